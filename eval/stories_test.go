package eval

import (
	"errors"
	"strings"
	"testing"
)

func TestGoldFromNames(t *testing.T) {
	tests := []struct {
		name, story, thread string
		ok                  bool
	}{
		{"T01_C1_01.txt", "T01_C1", "T01", true},
		{"docs/T20_C2_10.txt", "T20_C2", "T20", true},
		{"T05_C2_03", "T05_C2", "T05", true},
		{"T01_C1_A1.txt", "", "", false},
		{"readme.txt", "", "", false},
	}
	for _, tc := range tests {
		s, th, ok := GoldFromNames(tc.name)
		if s != tc.story || th != tc.thread || ok != tc.ok {
			t.Errorf("GoldFromNames(%q) = %q, %q, %v", tc.name, s, th, ok)
		}
	}
}

func TestReadStoriesLabels(t *testing.T) {
	in := "# comment\n\na.json\ts1\tt1\r\nb.json\ts2\n"
	got, err := ReadStoriesLabels(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	want := []StoriesLabel{{"a.json", "s1", "t1"}, {"b.json", "s2", "s2"}}
	if len(got) != len(want) || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("got %+v, want %+v", got, want)
	}
	for _, bad := range []string{"a.json\n", "a\tb\tc\td\n", "\ts1\tt1\n"} {
		if _, err := ReadStoriesLabels(strings.NewReader(bad)); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
}

func TestPlainStoriesDoc(t *testing.T) {
	d, err := PlainStoriesDoc("x.txt", []byte("\ufeffLe titre\r\nLigne un.\r\nLigne deux."))
	if err != nil || d.Title != "Le titre" || d.Body != "Ligne un.\nLigne deux." || !d.Published.IsZero() {
		t.Errorf("text: %+v, %v", d, err)
	}
	d, err = PlainStoriesDoc("x.json", []byte(`{"title":"T","published":"2025-03-04","text":"B"}`))
	if err != nil || d.Title != "T" || d.Body != "B" || d.Published.Format("2006-01-02") != "2025-03-04" {
		t.Errorf("json: %+v, %v", d, err)
	}
	if _, err := PlainStoriesDoc("x.json", []byte(`{"published":"soon"}`)); err == nil {
		t.Error("bad date: no error")
	}
}

// Regression floors: the mean figures last measured (see
// stories.DefaultOptions), less 0.02. A drop below fails.
const (
	stRPM2ThreadFloor    = 0.878 - 0.02
	stRPM2StoryFloor     = 0.643 - 0.02
	stHandThreadFloor    = 1.000 - 0.02
	stHandStoryFloor     = 0.963 - 0.02
	stHandStoryPrecFloor = 1.000 - 0.02
)

func TestStoriesRPM2(t *testing.T) {
	dir, err := SharedData("rpm2")
	if errors.Is(err, ErrNoShared) {
		t.Skip("shared RPM2 data absent:", err)
	}
	if err != nil {
		t.Fatal(err)
	}
	s, err := RPM2Stories(dir, StoriesEvalOptions{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + s.String())
	if len(s.Runs) != 5 || s.Docs != 400 {
		t.Errorf("%d runs over %d articles, want 5 over 400", len(s.Runs), s.Docs)
	}
	if f := s.ThreadF1().Mean; f < stRPM2ThreadFloor {
		t.Errorf("RPM2 thread BCubed F1 %.3f < floor %.3f", f, stRPM2ThreadFloor)
	}
	if f := s.StoryF1().Mean; f < stRPM2StoryFloor {
		t.Errorf("RPM2 story BCubed F1 %.3f < floor %.3f", f, stRPM2StoryFloor)
	}
}

func TestStoriesHandmade(t *testing.T) {
	dir, err := StoriesSetPath()
	if err != nil {
		t.Fatal(err)
	}
	s, err := HandmadeStories(dir, StoriesEvalOptions{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + s.String())
	if s.Docs != 28 {
		t.Errorf("%d articles, want 28", s.Docs)
	}
	if f := s.ThreadF1().Min; f < stHandThreadFloor {
		t.Errorf("handmade thread BCubed F1 %.3f < %.3f", f, stHandThreadFloor)
	}
	if f := s.StoryF1().Mean; f < stHandStoryFloor {
		t.Errorf("handmade story BCubed F1 %.3f < %.3f", f, stHandStoryFloor)
	}
	if p := s.StoryP().Min; p < stHandStoryPrecFloor {
		t.Errorf("handmade story BCubed precision %.3f < %.3f", p, stHandStoryPrecFloor)
	}
}

// The stream order must not depend on labels or names: two orders with
// the same seed are equal, different seeds differ.
func TestStOrder(t *testing.T) {
	items := make([]StoriesItem, 50)
	a, b, c := stOrder(items, 1), stOrder(items, 1), stOrder(items, 2)
	same, diff := true, false
	for i := range a {
		same = same && a[i] == b[i]
		diff = diff || a[i] != c[i]
	}
	if !same || !diff {
		t.Errorf("seeded shuffle: same=%v diff=%v", same, diff)
	}
}

func FuzzReadStoriesLabels(f *testing.F) {
	f.Add("a\tb\tc\n# x\n\nd\te\n")
	f.Add("\t\t\n")
	f.Fuzz(func(t *testing.T, in string) {
		ls, err := ReadStoriesLabels(strings.NewReader(in))
		if err != nil {
			return
		}
		for _, l := range ls {
			if l.File == "" || l.Story == "" || l.Thread == "" {
				t.Fatalf("empty field in %+v", l)
			}
		}
	})
}

func FuzzPlainStoriesDoc(f *testing.F) {
	f.Add([]byte("\ufeffTitre\nCorps"))
	f.Add([]byte(`{"title":"T","published":"2025-03-04","text":"B"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		_, _ = PlainStoriesDoc("f", data) // must not panic
	})
}
