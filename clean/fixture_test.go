package clean_test

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/recoupe/recoupe/article"
	"github.com/recoupe/recoupe/clean"
)

// A fixture is a small noisy article written for these tests: one line of
// the body per line, prefixed with its expected fate and a tab:
//
//	T        the headline
//	K        kept (a "Lire la suite" fragment may still be cut off)
//	D:reason dropped as boilerplate for that reason
//
// Lines starting with "# format: ", "# title: " set Doc.Format and
// Doc.Title; other lines starting with "#" are comments.
type fixture struct {
	name   string
	doc    *article.Doc
	expect []string // per line of doc.Lines: "T", "K" or the drop reason
}

func loadFixtures(t *testing.T, dir string) []fixture {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures in %s: %v", dir, err)
	}
	var out []fixture
	for _, path := range files {
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		fx := fixture{name: filepath.Base(path), doc: &article.Doc{File: path, Format: "text"}}
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			line := sc.Text()
			switch {
			case strings.HasPrefix(line, "# format: "):
				fx.doc.Format = strings.TrimPrefix(line, "# format: ")
				continue
			case strings.HasPrefix(line, "# title: "):
				fx.doc.Title = strings.TrimPrefix(line, "# title: ")
				continue
			case strings.HasPrefix(line, "#") || line == "":
				continue
			}
			label, text, ok := strings.Cut(line, "\t")
			if !ok {
				t.Fatalf("%s: line without a label: %q", path, line)
			}
			label = strings.TrimPrefix(label, "D:")
			fx.doc.Lines = append(fx.doc.Lines, text)
			fx.expect = append(fx.expect, label)
		}
		f.Close()
		if err := sc.Err(); err != nil {
			t.Fatal(err)
		}
		out = append(out, fx)
	}
	return out
}

// fates returns what the cleaner did with each line of d: "T", "K" or the
// reason it was dropped.
func fates(d *article.Doc, c article.Cleaned) []string {
	got := make([]string, len(d.Lines))
	if c.Headline >= 0 {
		got[c.Headline] = "T"
	}
	for _, i := range c.KeptLines {
		got[i] = "K"
	}
	for _, b := range c.Boilerplate {
		if got[b.Line] == "" {
			got[b.Line] = b.Reason
		}
	}
	return got
}

// TestFixtures checks every line of the hand-written fixtures, and prints
// the line-level precision and recall of the kept lines.
func TestFixtures(t *testing.T) {
	fxs := loadFixtures(t, "testdata/articles")
	c := clean.New()
	var tp, fp, fn int
	for _, fx := range fxs {
		res := c.Clean(fx.doc)
		got := fates(fx.doc, res)
		for i, want := range fx.expect {
			keepW, keepG := want == "K", got[i] == "K"
			switch {
			case keepW && keepG:
				tp++
			case keepG:
				fp++
			case keepW:
				fn++
			}
			if got[i] != want {
				t.Errorf("%s line %d: got %s, want %s: %q", fx.name, i, got[i], want, fx.doc.Lines[i])
			}
		}
	}
	p, r := float64(tp)/float64(tp+fp), float64(tp)/float64(tp+fn)
	t.Logf("fixtures: kept-line precision %.3f recall %.3f F1 %.3f", p, r, 2*p*r/(p+r))
}

// TestFragments checks that a "Lire la suite" fragment glued to a
// paragraph is cut off and kept as boilerplate, the paragraph kept.
func TestFragments(t *testing.T) {
	para := "Le conseil municipal a voté mardi soir la fermeture de la piscine pour travaux, une décision contestée par l'opposition qui dénonce un manque de concertation."
	cases := []struct {
		line, keep, frag string
	}{
		{para + " Lire la suite", para, "Lire la suite"},
		{para + " Lire la suite…", para, "Lire la suite…"},
		{para + " [Lire la suite]", para, "[Lire la suite]"},
		{para + " (...) Lire la suite sur notre site", para + " (...)", "Lire la suite sur notre site"},
		{para + " LIRE AUSSI : La piscine fermée tout l'été", para, "LIRE AUSSI : La piscine fermée tout l'été"},
		{"The council voted on Tuesday to close the swimming pool for repairs, a decision the opposition said was taken without consultation. Read more »", "The council voted on Tuesday to close the swimming pool for repairs, a decision the opposition said was taken without consultation.", "Read more »"},
	}
	c := clean.New()
	for _, tc := range cases {
		d := &article.Doc{Format: "text", Lines: []string{para[:60] + " et la suite de la première phrase qui fait un paragraphe.", tc.line}}
		res := c.Clean(d)
		if len(res.Paragraphs) != 2 || res.Paragraphs[1] != tc.keep {
			t.Errorf("%q: paragraphs %q, want the second %q", tc.line, res.Paragraphs, tc.keep)
			continue
		}
		if len(res.Boilerplate) != 1 || res.Boilerplate[0].Text != tc.frag || res.Boilerplate[0].Reason != clean.ReasonReadMore || res.Boilerplate[0].Line != 1 {
			t.Errorf("%q: boilerplate %+v, want %q", tc.line, res.Boilerplate, tc.frag)
		}
	}
}

func Example() {
	d := &article.Doc{Format: "text", Lines: []string{
		"Inondations : le Pas-de-Calais en vigilance rouge",
		"Par Jeanne Martin",
		"Le département du Pas-de-Calais a été placé en vigilance rouge crues jeudi par Météo-France, une première depuis novembre.",
		"PUBLICITÉ",
		"Plus de 200 habitants ont été évacués.",
	}}
	res := clean.New().Clean(d)
	fmt.Println(res.Headline)
	for _, p := range res.Paragraphs {
		fmt.Println("K", p)
	}
	for _, b := range res.Boilerplate {
		fmt.Println("D", b.Reason, b.Text)
	}
	// Output:
	// 0
	// K Le département du Pas-de-Calais a été placé en vigilance rouge crues jeudi par Météo-France, une première depuis novembre.
	// K Plus de 200 habitants ont été évacués.
	// D byline Par Jeanne Martin
	// D advert PUBLICITÉ
}
