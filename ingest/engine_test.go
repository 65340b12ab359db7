package ingest

import (
	"bytes"
	"context"
	"encoding/json"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/recoupe/recoupe/article"
	"github.com/recoupe/recoupe/read"
	"github.com/recoupe/recoupe/store"
	"github.com/recoupe/recoupe/store/sqlite"
	"github.com/recoupe/recoupe/stories/synth"
)

// synthJSONL returns n generated articles as JSON Lines, as
// scripts/gen-corpus writes them.
func synthJSONL(tb testing.TB, n int, seed uint64) []byte {
	tb.Helper()
	cfg := synth.Default
	cfg.Seed = seed
	g := synth.New(cfg)
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	for range n {
		d, _ := g.Next()
		rec := map[string]string{"id": d.ID, "title": d.Title, "published": d.Published.Format(time.RFC3339), "text": d.Body}
		if err := enc.Encode(rec); err != nil {
			tb.Fatal(err)
		}
	}
	return buf.Bytes()
}

// synthDocs returns n generated articles read back as Docs.
func synthDocs(tb testing.TB, n int, seed uint64) []*article.Doc {
	tb.Helper()
	docs, err := read.Bytes("corpus.jsonl", synthJSONL(tb, n, seed), read.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	if len(docs) != n {
		tb.Fatalf("read %d docs, want %d", len(docs), n)
	}
	return docs
}

func openStore(tb testing.TB, path string) *sqlite.DB {
	tb.Helper()
	db, err := sqlite.Open(path, sqlite.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	return db
}

// ingestAll adds docs in chunks of size batch.
func ingestAll(tb testing.TB, e *Engine, docs []*article.Doc, batch int) Result {
	tb.Helper()
	var total Result
	for _, c := range Chunks(docs, batch) {
		r, err := e.Add(context.Background(), c)
		if err != nil {
			tb.Fatal(err)
		}
		total.Added += r.Added
		total.Skipped += r.Skipped
		total.Stories += r.Stories
	}
	return total
}

// assignment maps every stored article to its story.
func assignment(tb testing.TB, st store.Store) map[string]string {
	tb.Helper()
	out := make(map[string]string)
	err := st.Replay(context.Background(), func(it store.ReplayItem) error {
		out[it.ID] = it.Story
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	return out
}

// reports returns every stored story's report, without its update time.
func reports(tb testing.TB, st store.Store) map[string]string {
	tb.Helper()
	ctx := context.Background()
	items, total, err := st.Stories(ctx, store.StoryQuery{Limit: 1000})
	if err != nil {
		tb.Fatal(err)
	}
	if total != len(items) {
		tb.Fatalf("%d stories listed, %d in total", len(items), total)
	}
	out := make(map[string]string)
	for _, it := range items {
		p, err := st.Story(ctx, it.ID)
		if err != nil {
			tb.Fatal(err)
		}
		b, _ := json.Marshal(p.Story)
		out[it.ID] = string(b)
	}
	return out
}

func TestAddIdempotentAndResumable(t *testing.T) {
	ctx := context.Background()
	docs := synthDocs(t, 600, 7)
	dir := t.TempDir()

	// Uninterrupted run.
	ref := openStore(t, filepath.Join(dir, "ref.db"))
	defer ref.Close()
	e, err := Open(ctx, ref, Options{})
	if err != nil {
		t.Fatal(err)
	}
	r := ingestAll(t, e, docs, 100)
	if r.Added != 600 || r.Skipped != 0 || r.Stories == 0 {
		t.Fatalf("first run: %+v", r)
	}
	// The same input again: everything skipped, nothing rebuilt.
	r = ingestAll(t, e, docs, 100)
	if r.Added != 0 || r.Skipped != 600 || r.Stories != 0 {
		t.Fatalf("second run: %+v", r)
	}
	st, err := ref.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles != 600 || st.Stories == 0 || st.Stories > 600 {
		t.Fatalf("stats %+v", st)
	}

	// A run stopped after 250 documents (mid-chunk: the engine is
	// dropped, as a killed process would be) and resumed from the start
	// of its input with a fresh engine.
	res := openStore(t, filepath.Join(dir, "res.db"))
	defer res.Close()
	e1, err := Open(ctx, res, Options{})
	if err != nil {
		t.Fatal(err)
	}
	ingestAll(t, e1, docs[:200], 100)
	e2, err := Open(ctx, res, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if e2.Len() != 200 {
		t.Fatalf("reopened engine holds %d articles, want 200", e2.Len())
	}
	r = ingestAll(t, e2, docs, 100)
	if r.Added != 400 || r.Skipped != 200 {
		t.Fatalf("resumed run: %+v", r)
	}
	if a, b := assignment(t, ref), assignment(t, res); !reflect.DeepEqual(a, b) {
		t.Fatalf("resumed run assigns %d articles differently from an uninterrupted one", diff(a, b))
	}
	if a, b := reports(t, ref), reports(t, res); !reflect.DeepEqual(a, b) {
		t.Fatalf("resumed run's reports differ: %d stories vs %d", len(a), len(b))
	}
}

func diff(a, b map[string]string) int {
	n := 0
	for k, v := range a {
		if b[k] != v {
			n++
		}
	}
	return n + max(0, len(b)-len(a))
}

// TestDirtyStoriesSurviveACrash checks that stories marked dirty by a
// committed batch whose rebuild never ran are rebuilt by Open.
func TestDirtyStoriesSurviveACrash(t *testing.T) {
	ctx := context.Background()
	docs := synthDocs(t, 120, 3)
	db := openStore(t, filepath.Join(t.TempDir(), "d.db"))
	defer db.Close()
	e, err := Open(ctx, db, Options{})
	if err != nil {
		t.Fatal(err)
	}
	ingestAll(t, e, docs[:60], 60)
	// Mark every story dirty, as a batch committed just before a crash
	// would leave them.
	items, _, err := db.Stories(ctx, store.StoryQuery{Limit: 1000})
	if err != nil {
		t.Fatal(err)
	}
	var refs []store.StoryRef
	for _, it := range items {
		refs = append(refs, store.StoryRef{ID: it.ID, Thread: it.Thread})
	}
	if err := db.Update(ctx, func(tx store.Tx) error { return tx.MarkDirty(refs) }); err != nil {
		t.Fatal(err)
	}
	dirty, err := db.Dirty(ctx)
	if err != nil || len(dirty) != len(items) {
		t.Fatalf("dirty %d (%v), want %d", len(dirty), err, len(items))
	}
	if _, err := Open(ctx, db, Options{}); err != nil {
		t.Fatal(err)
	}
	dirty, err = db.Dirty(ctx)
	if err != nil || len(dirty) != 0 {
		t.Fatalf("after reopening, %d stories still dirty (%v)", len(dirty), err)
	}
}

func TestStoryReportsMatchArticles(t *testing.T) {
	ctx := context.Background()
	docs := synthDocs(t, 300, 11)
	db := openStore(t, filepath.Join(t.TempDir(), "s.db"))
	defer db.Close()
	e, err := Open(ctx, db, Options{})
	if err != nil {
		t.Fatal(err)
	}
	ingestAll(t, e, docs, 50)
	asg := assignment(t, db)
	items, total, err := db.Stories(ctx, store.StoryQuery{Limit: 1000})
	if err != nil {
		t.Fatal(err)
	}
	seen := 0
	for _, it := range items {
		p, err := db.Story(ctx, it.ID)
		if err != nil {
			t.Fatal(err)
		}
		if len(p.Story.Articles) != it.Articles || len(p.Articles) != it.Articles {
			t.Fatalf("story %s: %d articles listed, report has %d, page %d", it.ID, it.Articles, len(p.Story.Articles), len(p.Articles))
		}
		for _, id := range p.Story.Articles {
			if asg[id] != it.ID {
				t.Fatalf("story %s lists %s, stored in %s", it.ID, id, asg[id])
			}
		}
		if p.Story.Title == "" || len(p.Story.Summary) == 0 {
			t.Errorf("story %s: empty title or summary", it.ID)
		}
		seen += it.Articles
	}
	if seen != 300 || total != len(items) {
		t.Fatalf("stories cover %d articles, want 300", seen)
	}
}

// TestCopiesAcrossBatches checks that a copy arriving in a later batch
// is linked to its original and both count as one source.
func TestCopiesAcrossBatches(t *testing.T) {
	ctx := context.Background()
	docs := synthDocs(t, 40, 5)
	orig := docs[3]
	dup := *orig
	dup.File = "copy.jsonl#1"
	dup.Outlet = "Portail"
	dup.Lines = append([]string(nil), orig.Lines...)
	dup.Lines[len(dup.Lines)-1] = strings.ToUpper(dup.Lines[len(dup.Lines)-1]) // same folded text, other content ID
	db := openStore(t, filepath.Join(t.TempDir(), "c.db"))
	defer db.Close()
	e, err := Open(ctx, db, Options{})
	if err != nil {
		t.Fatal(err)
	}
	ingestAll(t, e, docs, 20)
	// Reopen (replay) before the copy arrives.
	e, err = Open(ctx, db, Options{})
	if err != nil {
		t.Fatal(err)
	}
	r, err := e.Add(ctx, []*article.Doc{&dup})
	if err != nil || r.Added != 1 {
		t.Fatalf("adding the copy: %+v %v", r, err)
	}
	origID, dupID := article.ContentID(orig.Lines), article.ContentID(dup.Lines)
	asg := assignment(t, db)
	p, err := db.Story(ctx, asg[dupID])
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, c := range p.Story.Copies {
		if slices.Contains(c.Articles, origID) && slices.Contains(c.Articles, dupID) {
			found = true
		}
	}
	if !found {
		t.Fatalf("story %s (%d articles): no copy group with %s and %s: %+v", p.Story.ID, len(p.Story.Articles), origID, dupID, p.Story.Copies)
	}
	if asg[dupID] == asg[origID] && p.Story.Sources != len(p.Story.Articles)-1 {
		t.Errorf("story of %d articles with one copy pair counts %d sources", len(p.Story.Articles), p.Story.Sources)
	}
}
