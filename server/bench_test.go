package server

import (
	"net/http/httptest"
	"testing"
)

// BenchmarkStoryPage renders the demo's main story page with the cache
// defeated (a fresh render each time) and served from the cache.
func BenchmarkStoryPage(b *testing.B) {
	rep := demoReport(b)
	rr := NewReportReader(rep, testTime)
	s, err := New(rr, Options{Logger: quietLogger()})
	if err != nil {
		b.Fatal(err)
	}
	page, err := rr.Story(b.Context(), rep.Stories[0].ID)
	if err != nil {
		b.Fatal(err)
	}
	b.Run("render", func(b *testing.B) {
		for b.Loop() {
			if _, err := s.renderStory(page); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("cached", func(b *testing.B) {
		for b.Loop() {
			w := httptest.NewRecorder()
			s.ServeHTTP(w, httptest.NewRequest("GET", "/stories/"+rep.Stories[0].ID, nil))
			if w.Code != 200 {
				b.Fatal(w.Code)
			}
		}
	})
	b.Run("list", func(b *testing.B) {
		for b.Loop() {
			w := httptest.NewRecorder()
			s.ServeHTTP(w, httptest.NewRequest("GET", "/", nil))
			if w.Code != 200 {
				b.Fatal(w.Code)
			}
		}
	})
}
