package server

import (
	"errors"
	"strings"
	"testing"

	"github.com/recoupe/recoupe/report"
	"github.com/recoupe/recoupe/store"
)

func TestFoldMap(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Sécurité CIVILE", "securite civile"},
		{"Ça déborde à Nîmes", "ca deborde a nimes"},
		{"ÉVACUÉES", "evacuees"},
		{"", ""},
		{"œuvre 12 000", "œuvre 12 000"},
	}
	for _, tc := range tests {
		got, pos := foldMap(tc.in)
		if got != tc.want {
			t.Errorf("foldMap(%q) = %q, want %q", tc.in, got, tc.want)
		}
		if len(pos) != len(got)+1 || pos[len(got)] != len(tc.in) {
			t.Errorf("foldMap(%q): %d positions for %d bytes", tc.in, len(pos), len(got))
		}
		for i, p := range pos {
			if p < 0 || p > len(tc.in) || (i > 0 && p < pos[i-1]) {
				t.Errorf("foldMap(%q): position %d is %d", tc.in, i, p)
			}
		}
	}
}

func TestReportReader(t *testing.T) {
	pub := "2025-03-05"
	rep := &report.Report{Version: 1,
		Articles: []report.Article{
			{ID: "a1", Title: "Crue à Lyon", Text: "La Saône déborde à Lyon. Les quais sont fermés.", Published: &pub},
			{ID: "a2", Title: "Sécurité", Text: "La sécurité civile est mobilisée à Lyon."},
			{ID: "a1", Title: "duplicate ID, ignored"},
			{ID: "a3", Title: "Hors sujet", Text: "Rien à voir."},
		},
		Stories: []report.Story{
			{ID: "s1", Thread: "t1", Title: "Crue", Articles: []string{"a1", "a2", "missing"}, Claims: []report.Claim{{Status: "conflict"}, {Status: "agree"}}},
			{ID: "s2", Thread: "t1", Title: "Autre", Articles: []string{"a3"}},
			{ID: "s3", Thread: "t2", Title: "Encore", Articles: []string{"a2"}},
		},
	}
	rr := NewReportReader(rep, testTime)
	ctx := t.Context()

	st, _ := rr.Stats(ctx)
	if st != (store.Stats{Articles: 3, Stories: 3, Threads: 2}) {
		t.Errorf("stats %+v", st)
	}
	items, total, _ := rr.Stories(ctx, store.StoryQuery{Thread: "t1", Limit: 1, Offset: 1})
	if total != 2 || len(items) != 1 || items[0].ID != "s2" {
		t.Errorf("thread t1 page 2: %d %+v", total, items)
	}
	items, total, _ = rr.Stories(ctx, store.StoryQuery{Offset: 10})
	if total != 3 || len(items) != 0 {
		t.Errorf("beyond the end: %d %+v", total, items)
	}
	items, _, _ = rr.Stories(ctx, store.StoryQuery{})
	if s1 := items[0]; s1.Articles != 3 || s1.Claims != 2 || s1.Conflicts != 1 || s1.First != pub || s1.Last != pub {
		t.Errorf("s1 item %+v", s1)
	}
	p, err := rr.Story(ctx, "s1")
	if err != nil || len(p.Articles) != 2 {
		t.Errorf("s1 page: %v, %d articles (the missing one left out)", err, len(p.Articles))
	}
	if _, err := rr.Story(ctx, "nope"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("unknown story: %v", err)
	}
	if a, err := rr.Article(ctx, "a1"); err != nil || a.Title != "Crue à Lyon" {
		t.Errorf("a1: %v %+v", err, a)
	}
	if ids, _ := rr.ArticleStories(ctx, "a2"); strings.Join(ids, ",") != "s1,s3" {
		t.Errorf("stories of a2: %v", ids)
	}

	hits, _ := rr.Search(ctx, "SECURITE lyon", 10, 0)
	if len(hits) != 1 || hits[0].Article != "a2" || hits[0].Story != "s1" || !strings.Contains(hits[0].Snippet, "«sécurité»") {
		t.Errorf("search: %+v", hits)
	}
	hits, _ = rr.Search(ctx, "lyon", 10, 0)
	if len(hits) != 2 || hits[0].Article != "a1" {
		// a1 has Lyon in its title and twice in all: it ranks first.
		t.Errorf("search lyon: %+v", hits)
	}
	if hits, _ := rr.Search(ctx, "lyon", 10, 1); len(hits) != 1 || hits[0].Article != "a2" {
		t.Errorf("search lyon offset 1: %+v", hits)
	}
	if hits, _ := rr.Search(ctx, "  ", 10, 0); len(hits) != 0 {
		t.Errorf("blank query: %+v", hits)
	}
}
