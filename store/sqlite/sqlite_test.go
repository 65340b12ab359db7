package sqlite

import (
	"context"
	"errors"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/recoupe/recoupe/article"
	"github.com/recoupe/recoupe/copies"
	"github.com/recoupe/recoupe/facts"
	"github.com/recoupe/recoupe/report"
	"github.com/recoupe/recoupe/store"
)

func testArticle(id, title string, paras ...string) *article.Article {
	lines := append([]string{title}, paras...)
	kept := make([]int, len(paras))
	for i := range paras {
		kept[i] = i + 1
	}
	return &article.Article{
		ID:   id,
		Doc:  &article.Doc{File: id + ".txt", Format: "text", Lines: lines},
		Body: article.Cleaned{Headline: 0, Paragraphs: paras, KeptLines: kept},
		Meta: article.Meta{Title: title, Language: "fr", Outlet: "Le Monde", Published: "2025-03-04", PublishedBasis: "metadata:published"},
	}
}

// putArticles stores arts in one transaction, all in story s1.
func putArticles(t *testing.T, db *DB, arts ...*article.Article) {
	t.Helper()
	err := db.Update(context.Background(), func(tx store.Tx) error {
		for _, a := range arts {
			s := &store.Stored{Seq: tx.NextSeq(), Batch: 1, Article: a, Facts: facts.Facts{}, Story: "s1", Thread: "t1", Replay: []byte{1}}
			if err := tx.PutArticle(s); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestMigrations(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	want := SchemaVersion()
	if want < 2 {
		t.Fatalf("SchemaVersion %d, want at least 2", want)
	}

	// An empty store is brought to the last version.
	db, err := Open(filepath.Join(dir, "empty.db"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if v, err := db.Version(ctx); err != nil || v != want {
		t.Fatalf("new store at version %d (%v), want %d", v, err, want)
	}
	db.Close()

	// A store at version 1 holding an article is migrated, and the
	// article becomes searchable (version 2 builds the full-text index).
	path := filepath.Join(dir, "v1.db")
	old, err := openAt(path, Options{}, 1)
	if err != nil {
		t.Fatal(err)
	}
	if v, _ := old.Version(ctx); v != 1 {
		t.Fatalf("store at version %d, want 1", v)
	}
	putArticles(t, old, testArticle("a1", "Sécurité routière", "La Sécurité routière publie son bilan."))
	if err := old.Close(); err != nil {
		t.Fatal(err)
	}
	db, err = Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if v, _ := db.Version(ctx); v != want {
		t.Fatalf("migrated store at version %d, want %d", v, want)
	}
	hits, err := db.Search(ctx, "securite", 10, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) != 1 || hits[0].Article != "a1" {
		t.Fatalf("search after migration: %+v", hits)
	}
	// Reopening applies nothing more.
	db2, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	db2.Close()
}

func TestSearchFoldsCaseAndAccents(t *testing.T) {
	ctx := context.Background()
	db, err := Open(filepath.Join(t.TempDir(), "s.db"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	putArticles(t, db,
		testArticle("a1", "Inondations à Valence", "Les pompiers ont évacué 1 200 habitants de Valence."),
		testArticle("a2", "Élections en Bavière", "Le scrutin régional s'est déroulé dimanche."),
		testArticle("a3", "Cessez-le-feu fragile", "Le cessez-le-feu tient depuis mardi à Gaza."),
	)
	tests := []struct {
		query string
		want  []string
	}{
		{"evacue", []string{"a1"}},
		{"ÉVACUÉ valence", []string{"a1"}},
		{"elections", []string{"a2"}},
		{"baviere", []string{"a2"}},
		{"cessez-le-feu", []string{"a3"}},
		{"evacu*", []string{"a1"}},
		{"valence baviere", nil},
		{`"OR" NEAR(`, nil}, // operators are plain words, no syntax error
		{"", nil},
		{"***", nil},
	}
	for _, tt := range tests {
		hits, err := db.Search(ctx, tt.query, 10, 0)
		if err != nil {
			t.Errorf("Search(%q): %v", tt.query, err)
			continue
		}
		var got []string
		for _, h := range hits {
			got = append(got, h.Article)
			if h.Story != "s1" || h.Title == "" || h.Snippet == "" {
				t.Errorf("Search(%q): incomplete hit %+v", tt.query, h)
			}
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Search(%q) = %v, want %v", tt.query, got, tt.want)
		}
	}
	hits, _ := db.Search(ctx, "valence", 10, 0)
	if len(hits) == 1 && !(strings.Contains(hits[0].Snippet, "«") && strings.Contains(hits[0].Snippet, "»")) {
		t.Errorf("snippet %q does not mark the match", hits[0].Snippet)
	}
}

func TestStoriesAndArticles(t *testing.T) {
	ctx := context.Background()
	db, err := Open(filepath.Join(t.TempDir(), "r.db"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	a1 := testArticle("a1", "Séisme au Maroc", "Le bilan s'élève à 2 000 morts.")
	a2 := testArticle("a2", "Séisme : le bilan s'alourdit", "Le bilan atteint 2 500 morts.")
	putArticles(t, db, a1, a2)

	// Not built yet: not listed.
	if _, err := db.Story(ctx, "s1"); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("unbuilt story: err %v, want ErrNotFound", err)
	}
	if err := db.Update(ctx, func(tx store.Tx) error {
		return tx.MarkDirty([]store.StoryRef{{ID: "s1", Thread: "t1"}, {ID: "s2", Thread: "t1"}})
	}); err != nil {
		t.Fatal(err)
	}
	if d, _ := db.Dirty(ctx); !reflect.DeepEqual(d, []string{"s1", "s2"}) {
		t.Fatalf("dirty %v", d)
	}
	st := report.Story{ID: "s1", Thread: "t1", Title: "Séisme au Maroc", Articles: []string{"a2", "a1"}, Sources: 2,
		Claims:   []report.Claim{{Measure: "morts", Unit: "personnes", Status: "conflict", Sources: 2}, {Measure: "blessés", Status: "single"}},
		Copies:   []report.Copy{{Articles: []string{"a1", "a2"}, Kind: copies.NearDuplicate, Score: 0.9, Original: "a1"}},
		Entities: []report.Entity{{Name: "Mohammed VI", Kind: "person", Variants: []string{"Mohammed VI", "le roi Mohammed VI"}, Articles: []string{"a1"}}},
	}
	when := time.Date(2025, 3, 5, 10, 0, 0, 0, time.UTC)
	if err := db.Update(ctx, func(tx store.Tx) error {
		if err := tx.PutLinks([]copies.Link{{From: "a2", To: "a1", Kind: copies.NearDuplicate, Score: 0.9}}); err != nil {
			return err
		}
		return tx.PutStory(&st, store.StoryInfo{First: "2025-03-04", Last: "2025-03-04", Updated: when})
	}); err != nil {
		t.Fatal(err)
	}
	if d, _ := db.Dirty(ctx); !reflect.DeepEqual(d, []string{"s2"}) {
		t.Fatalf("dirty after PutStory %v", d)
	}
	items, total, err := db.Stories(ctx, store.StoryQuery{})
	if err != nil {
		t.Fatal(err)
	}
	want := store.StoryItem{ID: "s1", Thread: "t1", Title: "Séisme au Maroc", Articles: 2, Sources: 2, Claims: 2, Conflicts: 1,
		First: "2025-03-04", Last: "2025-03-04", Updated: when}
	if total != 1 || len(items) != 1 || items[0] != want {
		t.Fatalf("Stories = %+v (%d), want %+v", items, total, want)
	}
	if items, total, _ := db.Stories(ctx, store.StoryQuery{Thread: "t9"}); len(items) != 0 || total != 0 {
		t.Fatalf("thread filter: %+v", items)
	}
	p, err := db.Story(ctx, "s1")
	if err != nil {
		t.Fatal(err)
	}
	if p.Story.Title != st.Title || len(p.Articles) != 2 || p.Articles[0].ID != "a2" || p.Articles[1].ID != "a1" {
		t.Fatalf("Story page: %+v", p)
	}
	if p.Articles[1].Text != "Le bilan s'élève à 2 000 morts." || p.Articles[1].Published == nil || *p.Articles[1].Published != "2025-03-04" {
		t.Fatalf("article a1: %+v", p.Articles[1])
	}
	a, err := db.Article(ctx, "a2")
	if err != nil || a.Title != "Séisme : le bilan s'alourdit" {
		t.Fatalf("Article a2: %+v, %v", a, err)
	}
	if ss, err := db.ArticleStories(ctx, "a2"); err != nil || !reflect.DeepEqual(ss, []string{"s1"}) {
		t.Fatalf("ArticleStories a2: %v %v", ss, err)
	}
	if _, err := db.ArticleStories(ctx, "nope"); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("ArticleStories of an unknown article: %v", err)
	}
	if _, err := db.Article(ctx, "nope"); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("unknown article: %v", err)
	}
	links, err := db.Links(ctx, []string{"a1"})
	if err != nil || len(links) != 1 || links[0].From != "a2" {
		t.Fatalf("Links: %+v %v", links, err)
	}
	members, err := db.Members(ctx, "s1")
	if err != nil || len(members) != 2 || members[0].Article.ID != "a1" || !reflect.DeepEqual(members[0].Article.Body, a1.Body) ||
		!reflect.DeepEqual(members[0].Article.Meta, a1.Meta) || members[0].Article.Doc.File != a1.Doc.File {
		t.Fatalf("Members: %v %+v", err, members)
	}
	// A second call is served from the cache of decoded articles: the
	// same articles and facts, the thread as stored now.
	if err := db.Update(ctx, func(tx store.Tx) error {
		return tx.SetThreads([]store.StoryRef{{ID: "s1", Thread: "t2"}})
	}); err != nil {
		t.Fatal(err)
	}
	again, err := db.Members(ctx, "s1")
	if err != nil || len(again) != len(members) {
		t.Fatalf("Members again: %v %+v", err, again)
	}
	for i := range again {
		if again[i].Article != members[i].Article || !reflect.DeepEqual(again[i].Facts, members[i].Facts) ||
			again[i].Seq != members[i].Seq || again[i].Thread != "t2" {
			t.Errorf("Members again [%d] = %+v, want %+v in thread t2", i, again[i], members[i])
		}
	}
	if err := db.Update(ctx, func(tx store.Tx) error {
		return tx.SetThreads([]store.StoryRef{{ID: "s1", Thread: "t1"}})
	}); err != nil {
		t.Fatal(err)
	}
	known, err := db.Known(ctx, []string{"a1", "x", "a2"})
	if err != nil || !reflect.DeepEqual(known, map[string]bool{"a1": true, "a2": true}) {
		t.Fatalf("Known: %v %v", known, err)
	}
	for _, name := range []string{"Mohammed VI", "le roi Mohammed VI"} {
		e, err := db.Entity(ctx, name, 10)
		if err != nil || e.Name != "Mohammed VI" || !reflect.DeepEqual(e.Variants, []string{"Mohammed VI", "le roi Mohammed VI"}) ||
			!reflect.DeepEqual(e.Kinds, []string{"person"}) || len(e.Stories) != 1 || e.Stories[0].ID != "s1" {
			t.Fatalf("Entity(%q) = %+v, %v", name, e, err)
		}
	}
	if _, err := db.Entity(ctx, "Mohammed", 10); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("unknown entity: %v", err)
	}
	stats, err := db.Stats(ctx)
	if err != nil || stats != (store.Stats{Articles: 2, Stories: 1, Threads: 1}) {
		t.Fatalf("Stats: %+v %v", stats, err)
	}
	// The same article twice is refused, and the transaction rolled
	// back as a whole.
	err = db.Update(ctx, func(tx store.Tx) error {
		if err := tx.PutArticle(&store.Stored{Seq: tx.NextSeq(), Article: testArticle("a3", "x", "y")}); err != nil {
			return err
		}
		return tx.PutArticle(&store.Stored{Seq: tx.NextSeq(), Article: a1})
	})
	if err == nil {
		t.Fatal("storing a1 twice: no error")
	}
	if known, _ := db.Known(ctx, []string{"a3"}); known["a3"] {
		t.Fatal("a3 kept from a rolled-back transaction")
	}
}

func TestReadersWhileWriting(t *testing.T) {
	ctx := context.Background()
	db, err := Open(filepath.Join(t.TempDir(), "c.db"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	done := make(chan error)
	go func() {
		for i := range 50 {
			a := testArticle("w"+string(rune('A'+i%26))+string(rune('a'+i/26)), "Titre", "Un texte sur la sécurité.")
			if err := db.Update(ctx, func(tx store.Tx) error {
				return tx.PutArticle(&store.Stored{Seq: tx.NextSeq(), Article: a, Story: "s1"})
			}); err != nil {
				done <- err
				return
			}
		}
		done <- nil
	}()
	for i := 0; ; i++ {
		select {
		case err := <-done:
			if err != nil {
				t.Fatal(err)
			}
			s, err := db.Stats(ctx)
			if err != nil || s.Articles != 50 {
				t.Fatalf("stats %+v %v", s, err)
			}
			return
		default:
		}
		if _, err := db.Search(ctx, "securite", 5, 0); err != nil {
			t.Fatalf("search while writing: %v", err)
		}
	}
}

func TestFTSQuery(t *testing.T) {
	tests := []struct{ in, want string }{
		{"sécurité routière", `"sécurité" "routière"`},
		{`a "b" OR c`, `"a" "b" "OR" "c"`},
		{"évacu*", `"évacu"*`},
		{"  ", ""},
		{"*", ""},
		{"l'armée", `"l" "armée"`},
	}
	for _, tt := range tests {
		if got := ftsQuery(tt.in); got != tt.want {
			t.Errorf("ftsQuery(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzSearch(f *testing.F) {
	db, err := Open(filepath.Join(f.TempDir(), "f.db"), Options{})
	if err != nil {
		f.Fatal(err)
	}
	defer db.Close()
	for _, s := range []string{"securite", `"`, "a*b", "NEAR(a b)", "-x", "^", "\x00", "é*"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, q string) {
		if _, err := db.Search(context.Background(), q, 5, 0); err != nil {
			t.Fatalf("Search(%q): %v", q, err)
		}
	})
}

func TestDefaultPath(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("XDG layout is checked on Linux")
	}
	t.Setenv("XDG_DATA_HOME", "/data/home")
	if p, err := DefaultPath(); err != nil || p != "/data/home/recoupe/recoupe.db" {
		t.Errorf("DefaultPath with XDG_DATA_HOME = %q, %v", p, err)
	}
	t.Setenv("XDG_DATA_HOME", "relative/ignored")
	t.Setenv("HOME", "/home/u")
	if p, err := DefaultPath(); err != nil || p != "/home/u/.local/share/recoupe/recoupe.db" {
		t.Errorf("DefaultPath without XDG_DATA_HOME = %q, %v", p, err)
	}
}
