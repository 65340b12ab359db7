package entity_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/recoupe/recoupe/entity"
	"github.com/recoupe/recoupe/eval"
)

// TestSharedArticles runs Find on real French articles (shared data set
// rpm2) and checks the invariants of its results on each.
func TestSharedArticles(t *testing.T) {
	dir, err := eval.SharedData("rpm2")
	if err != nil {
		t.Skipf("shared data set rpm2 absent: %v", err)
	}
	files, err := filepath.Glob(filepath.Join(dir, "documents", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Skipf("no rpm2 documents under %s", dir)
	}
	kinds := map[string]int{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		ms := entity.Find(string(b), "fr")
		checkSpans(t, string(b), ms)
		for _, m := range ms {
			kinds[m.Kind]++
		}
	}
	t.Logf("%d articles: %v", len(files), kinds)
	if kinds[entity.Person] == 0 || kinds[entity.Place] == 0 || kinds[entity.Organisation] == 0 {
		t.Errorf("a kind is never found on real articles: %v", kinds)
	}
}

// checkSpans checks offsets in bounds and in order, and Text equal to the
// runes spanned.
func checkSpans(t *testing.T, text string, ms []entity.Mention) {
	t.Helper()
	runes := []rune(text)
	prevEnd := 0
	for _, m := range ms {
		if m.Start < prevEnd || m.End <= m.Start || m.End > len(runes) {
			t.Fatalf("mention %q has bad span [%d,%d)", m.Text, m.Start, m.End)
		}
		if got := string(runes[m.Start:m.End]); got != m.Text {
			t.Fatalf("mention text %q, runes[%d:%d] = %q", m.Text, m.Start, m.End, got)
		}
		prevEnd = m.End
	}
}
