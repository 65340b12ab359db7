package pipeline

import (
	"strings"
	"testing"

	"github.com/recoupe/recoupe/article"
	"github.com/recoupe/recoupe/demo"
	"github.com/recoupe/recoupe/read"
)

func demoDocs(tb testing.TB) []*article.Doc {
	tb.Helper()
	files, err := demo.Files()
	if err != nil {
		tb.Fatal(err)
	}
	var docs []*article.Doc
	for _, f := range files {
		ds, err := read.Bytes(f.Name, f.Data, read.Options{})
		if err != nil {
			tb.Fatalf("%s: %v", f.Name, err)
		}
		docs = append(docs, ds...)
	}
	return docs
}

func TestArticlesUniqueIDs(t *testing.T) {
	body := []string{"Titre", "PARIS (AFP) - Le conseil a voté mardi le budget, en hausse de 3 %, a indiqué la mairie dans un communiqué."}
	docs := []*article.Doc{
		{File: "a.txt", Format: "text", Lines: body},
		{File: "b.txt", Format: "text", Lines: append([]string(nil), body...)},
		{File: "c.txt", Format: "text", Lines: []string{"Autre", "Un autre texte, sans rapport, qui parle de la pluie et du beau temps à Lyon."}},
	}
	arts := Articles(docs, nil)
	if len(arts) != 3 {
		t.Fatalf("%d articles, want 3", len(arts))
	}
	if arts[0].ID == arts[1].ID {
		t.Errorf("identical texts from two files share the ID %s", arts[0].ID)
	}
	if !strings.HasPrefix(arts[1].ID, arts[0].ID) {
		t.Errorf("the second copy's ID %s is not derived from the first's %s", arts[1].ID, arts[0].ID)
	}
	if again := Articles(docs[:1], nil); again[0].ID != arts[0].ID {
		t.Errorf("ID not stable across runs: %s then %s", arts[0].ID, again[0].ID)
	}
}

func TestReportFromDemo(t *testing.T) {
	docs := demoDocs(t)
	arts := Articles(docs, nil)
	r := Report(arts, []*read.Error{{File: "x.bin", Reason: "binary data"}})
	if len(r.Articles) != len(docs) {
		t.Fatalf("%d articles in the report, want %d", len(r.Articles), len(docs))
	}
	// Dated articles come first, in date order.
	last := ""
	undated := false
	for _, a := range r.Articles {
		if a.Published == nil {
			undated = true
			continue
		}
		if undated {
			t.Errorf("dated article %s after an undated one", a.File)
		}
		if *a.Published < last {
			t.Errorf("article %s (%s) before %s", a.File, *a.Published, last)
		}
		last = *a.Published
	}
	if len(r.Errors) != 1 || r.Errors[0].File != "x.bin" {
		t.Errorf("errors = %+v", r.Errors)
	}
	// The HTML page's extractor drops are part of the audit trail.
	for _, a := range r.Articles {
		if strings.HasSuffix(a.File, ".html") && len(a.Boilerplate) == 0 {
			t.Errorf("%s: no boilerplate recorded for an HTML page with share widgets and captions", a.File)
		}
		if a.Language != "fr" {
			t.Errorf("%s: language %q", a.File, a.Language)
		}
		for _, b := range a.Boilerplate {
			if strings.Contains(a.Text, b.Text) && len(b.Text) > 30 {
				t.Errorf("%s: removed piece still in the text: %q", a.File, b.Text)
			}
		}
	}
	// The hiking post from the same blog and region is a story of its own;
	// the dam failure holds everything else.
	if len(r.Stories) != 2 {
		t.Fatalf("%d stories, want 2 (the dam failure and the hike)", len(r.Stories))
	}
	dam, hike := r.Stories[0], r.Stories[1]
	if len(dam.Articles) != len(docs)-1 || len(hike.Articles) != 1 {
		t.Errorf("story sizes %d and %d, want %d and 1", len(dam.Articles), len(hike.Articles), len(docs)-1)
	}
	for _, a := range r.Articles {
		if a.ID == hike.Articles[0] && a.File != "demo/06-blog.jsonl#2" {
			t.Errorf("the lone story holds %s, not the hike post", a.File)
		}
	}
	// Copies of the Reuters dispatch count once: the Reuters family (with
	// the re-translation and the reblog), France Horizon, L'Écho des Alpes
	// and the AFP follow-up.
	if dam.Sources != 4 {
		t.Errorf("dam story: %d independent sources, want 4", dam.Sources)
	}
	if len(dam.Copies) == 0 {
		t.Fatal("dam story: no copy group found")
	}
	files := map[string]string{}
	for _, a := range r.Articles {
		files[a.ID] = a.File
	}
	for _, c := range dam.Copies {
		for _, id := range c.Articles {
			if files[id] == "demo/05-france-horizon.html" {
				t.Errorf("France Horizon, an independent report quoting the same statements, is in a %s group", c.Kind)
			}
		}
	}
}
