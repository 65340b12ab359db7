package eval

import (
	"github.com/recoupe/recoupe/copies"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

func cpSetDir(t *testing.T) string {
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		t.Fatal("no caller")
	}
	return filepath.Join(filepath.Dir(file), "..", CopiesSetDir)
}

// TestCopySet runs the copies detector on the handmade set and checks the
// targets of the copies issue: no independent report linked as a copy,
// and every copy group found with its kind.
func TestCopySet(t *testing.T) {
	s, err := CopySet(cpSetDir(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d articles, %d links, %d groups", s.Articles, len(s.Links), len(s.Groups))
	for _, c := range append(s.Families, s.Overall, s.Grouping) {
		t.Logf("%-14s P %.3f (%d/%d)  R %.3f (%d/%d)", c.Family, c.Precision(), c.Correct, c.Predicted, c.Recall(), c.Found, c.Gold)
	}
	for _, src := range s.Sources {
		t.Logf("event %-8s independent sources: gold %d, predicted %d", src.Event, src.Gold, src.Predicted)
	}
	for _, w := range s.Wrong {
		t.Log(w)
	}
	if testing.Verbose() {
		for _, l := range s.Links {
			t.Logf("%s -> %s %s %.2f: %s", l.From, l.To, l.Kind, l.Score, strings.Join(l.Evidence, "; "))
		}
	}
	if len(s.IndependentLinked) > 0 {
		t.Errorf("independent reports linked as copies: %v", s.IndependentLinked)
	}
	if s.Grouping.Gold == 0 || s.Overall.Gold == 0 {
		t.Fatal("no gold pairs: labels not read")
	}
	// The quality floor: most copy pairs found with the right family, and
	// few wrong ones.
	if p, r := s.Overall.Precision(), s.Overall.Recall(); p < 0.8 || r < 0.7 {
		t.Errorf("overall precision %.2f recall %.2f, want >= 0.8 and >= 0.7", p, r)
	}
}

// TestCpScore checks the pair scoring on a small constructed case.
func TestCpScore(t *testing.T) {
	items := []CopyItem{
		{Name: "w", Group: "g", Kind: "wire"},
		{Name: "c", Group: "g", Kind: "near-duplicate"},
		{Name: "q", Group: "g", Kind: "quotes"},
		{Name: "i", Kind: "independent"},
	}
	tests := []struct {
		name          string
		links         []cpLinkSpec
		overallP      float64
		overallR      float64
		indepLinked   int
		textFound     int
		quotesPredict int
	}{
		{"perfect", []cpLinkSpec{{"c", "w", "near-duplicate"}, {"q", "w", "quotes"}}, 1, 1, 0, 1, 2},
		{"wrong kind", []cpLinkSpec{{"c", "w", "same-dispatch"}, {"q", "w", "quotes"}}, 2.0 / 3, 2.0 / 3, 0, 0, 2},
		{"independent linked", []cpLinkSpec{{"c", "w", "near-duplicate"}, {"i", "w", "same-dispatch"}}, 1.0 / 3, 1.0 / 3, 1, 1, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := cpScore(items, cpDocs(items), cpLinks(tt.links))
			if got := s.Overall.Precision(); !cpClose(got, tt.overallP) {
				t.Errorf("overall precision %.3f, want %.3f", got, tt.overallP)
			}
			if got := s.Overall.Recall(); !cpClose(got, tt.overallR) {
				t.Errorf("overall recall %.3f, want %.3f", got, tt.overallR)
			}
			if len(s.IndependentLinked) != tt.indepLinked {
				t.Errorf("independent linked %v, want %d", s.IndependentLinked, tt.indepLinked)
			}
			if s.Families[0].Found != tt.textFound {
				t.Errorf("text pairs found %d, want %d", s.Families[0].Found, tt.textFound)
			}
			if s.Families[2].Predicted != tt.quotesPredict {
				t.Errorf("quotes pairs predicted %d, want %d", s.Families[2].Predicted, tt.quotesPredict)
			}
		})
	}
}

func cpClose(a, b float64) bool { return a-b < 1e-9 && b-a < 1e-9 }

type cpLinkSpec struct{ from, to, kind string }

func cpLinks(specs []cpLinkSpec) []copies.Link {
	var ls []copies.Link
	for _, s := range specs {
		ls = append(ls, copies.Link{From: s.from, To: s.to, Kind: s.kind, Score: 1})
	}
	return ls
}

func cpDocs(items []CopyItem) []copies.Doc {
	docs := make([]copies.Doc, len(items))
	for i := range items {
		docs[i] = copies.Doc{ID: items[i].Name}
	}
	return docs
}
