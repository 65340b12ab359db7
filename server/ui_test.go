package server

import (
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/recoupe/recoupe/report"
	"github.com/recoupe/recoupe/store"
)

// hostileReport is a story whose every string tries to inject markup.
func hostileReport() *report.Report {
	const evil = `<script>alert("x")</script><img src=x onerror=alert(1)>`
	pub := "2025-03-04"
	return &report.Report{Version: 1,
		Articles: []report.Article{{ID: "a1", Title: "Titre " + evil, Outlet: "Site " + evil, URL: `javascript:alert(1)`,
			Published: &pub, Text: "Premier paragraphe " + evil + "\n\nSecond </p><p>paragraphe.", Authors: []string{evil}}},
		Stories: []report.Story{{ID: "s1", Thread: "t1", Title: "Histoire " + evil, Articles: []string{"a1"}, Sources: 1,
			Claims:   []report.Claim{{Measure: "morts " + evil, Unit: "personnes", Status: "single", Sources: 1, Values: []report.Value{{Value: 3, Article: "a1", Sentence: evil}}}},
			Quotes:   []report.Quote{{Speaker: evil, Text: evil, Articles: []string{"a1"}}},
			Summary:  []report.Sentence{{Text: evil, Article: "a1"}},
			Timeline: []report.Event{{Date: "2025-03-04", Text: evil, Articles: []string{"a1"}}},
			Entities: []report.Entity{{Name: evil, Kind: "person", Variants: []string{evil}, Articles: []string{"a1"}}}}},
	}
}

func TestUIEscapesHostileText(t *testing.T) {
	ts := newTestServer(t, NewReportReader(hostileReport(), testTime), Options{})
	for _, path := range []string{"/", "/stories/s1", "/articles/a1", "/search?q=alert", "/search?q=%3Cscript%3E", "/stories/%3Cscript%3E"} {
		t.Run(path, func(t *testing.T) {
			a := do(t, ts, "GET", path, nil, nil)
			if a.status != 200 && a.status != 404 {
				t.Fatalf("status %d", a.status)
			}
			body := string(a.body)
			for _, bad := range []string{"<script", "<img", `href="javascript:`} {
				if strings.Contains(body, bad) {
					t.Errorf("page holds %q unescaped", bad)
				}
			}
			if a.status == 200 && !strings.Contains(body, "&lt;script&gt;alert(") {
				t.Errorf("the hostile text is not shown, escaped")
			}
			if !strings.Contains(a.header.Get("Content-Type"), "text/html") {
				t.Errorf("Content-Type %q", a.header.Get("Content-Type"))
			}
			csp := a.header.Get("Content-Security-Policy")
			if !strings.Contains(csp, "default-src 'none'") || strings.Contains(csp, "script-src") {
				t.Errorf("CSP %q", csp)
			}
		})
	}
}

func TestUIPages(t *testing.T) {
	rep := demoReport(t)
	ts := newTestServer(t, NewReportReader(rep, testTime), Options{})
	s0 := rep.Stories[0]
	tests := []struct {
		path   string
		status int
		want   []string
	}{
		{"/", 200, []string{"<h1>Stories", escapeHTML(s0.Title), escapeHTML(rep.Stories[1].Title), `href="/stories/` + s0.ID + `"`,
			`class="pill conflict">1 conflict`, "8 articles", "4 independent sources", "2025-03-04 – 2025-03-06"}},
		{"/?thread=" + rep.Stories[1].Thread, 200, []string{escapeHTML(rep.Stories[1].Title), "1 story"}},
		{"/?page=0", 400, []string{"page must be"}},
		{"/stories/" + s0.ID, 200, []string{"<title>" + escapeHTML(s0.Title) + " · recoupe</title>", `<header class="site">`,
			`<table class="claims">`, `class="row-conflict"`, `<svg class="timeline"`, `<svg class="figure"`, `<table class="matrix">`,
			"<h3>Summary</h3>", "<h3>Quotes</h3>", "<h3>Copies</h3>", "<h3>Entities</h3>", "Updated 2025-03-07 12:00 UTC"}},
		{"/stories/nope", 404, []string{"story nope not found"}},
		{"/articles/" + rep.Articles[4].ID, 200, []string{escapeHTML(rep.Articles[4].Title), `href="` + rep.Articles[4].URL + `" rel="noopener noreferrer nofollow"`, "Boilerplate removed",
			`<a href="/stories/` + s0.ID + `">` + escapeHTML(s0.Title) + `</a>`}},
		{"/articles/nope", 404, []string{"not found"}},
		{"/search", 200, []string{"case and accents do not matter"}},
		{"/search?q=evacuees+Smolyan", 200, []string{"Results 1–", "<mark>"}},
		{"/search?q=zzzzqqq", 200, []string{"Nothing found for"}},
		{"/nothing/here", 404, []string{"no such page"}},
	}
	for _, tc := range tests {
		t.Run(tc.path, func(t *testing.T) {
			a := do(t, ts, "GET", tc.path, nil, nil)
			if a.status != tc.status {
				t.Fatalf("status %d, want %d", a.status, tc.status)
			}
			body := string(a.body)
			for _, w := range tc.want {
				if !strings.Contains(body, w) {
					t.Errorf("page lacks %q", w)
				}
			}
			if strings.Contains(body, "<h1>recoupe report</h1>") || strings.Contains(body, `<nav class="toc">`) {
				t.Errorf("the report's own header is left in the page")
			}
		})
	}
}

func escapeHTML(s string) string {
	return strings.NewReplacer("&", "&amp;", "'", "&#39;", "<", "&lt;", ">", "&gt;", `"`, "&#34;").Replace(s)
}

func TestRenderCache(t *testing.T) {
	var (
		mu      sync.Mutex
		renders int
	)
	render := func(p *store.StoryPage) ([]byte, error) {
		mu.Lock()
		renders++
		mu.Unlock()
		return []byte(p.Story.ID + p.Updated.Format("1504")), nil
	}
	rendered := func() int {
		mu.Lock()
		defer mu.Unlock()
		return renders
	}
	page := func(id string, updated time.Time) *store.StoryPage {
		return &store.StoryPage{Story: report.Story{ID: id}, Updated: updated}
	}
	t1, t2 := testTime, testTime.Add(time.Minute)
	// Each page is 5 bytes: the cache holds two.
	c := newRenderCache(10)
	steps := []struct {
		p       *store.StoryPage
		want    string
		renders int // total renders after the step
	}{
		{page("a", t1), "a1200", 1},
		{page("a", t1), "a1200", 1}, // cached
		{page("a", t2), "a1200", 2}, // updated: the old page while it renders again
		{page("a", t2), "a1201", 2},
		{page("b", t1), "b1200", 3},
		{page("a", t2), "a1201", 3},
		{page("c", t1), "c1200", 4}, // evicts a, the oldest
		{page("a", t2), "a1201", 5},
		{page("z", time.Time{}), "z0000", 6}, // no update time: never cached
		{page("z", time.Time{}), "z0000", 7},
	}
	for i, st := range steps {
		b, err := c.get(st.p, render)
		if err != nil || string(b) != st.want {
			t.Fatalf("step %d: %q %v, want %q", i, b, err, st.want)
		}
		// Let a background refresh finish.
		for deadline := time.Now().Add(2 * time.Second); rendered() < st.renders && time.Now().Before(deadline); {
			time.Sleep(time.Millisecond)
		}
		time.Sleep(5 * time.Millisecond)
		if n := rendered(); n != st.renders {
			t.Errorf("step %d: %d renders, want %d", i, n, st.renders)
		}
	}

	// Concurrent first requests for one story render it once.
	release := make(chan struct{})
	slow := func(p *store.StoryPage) ([]byte, error) {
		<-release
		return render(p)
	}
	before := rendered()
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if b, err := c.get(page("d", t1), slow); err != nil || string(b) != "d1200" {
				t.Errorf("concurrent get: %q %v", b, err)
			}
		}()
	}
	time.Sleep(20 * time.Millisecond)
	close(release)
	wg.Wait()
	if n := rendered() - before; n != 1 {
		t.Errorf("8 concurrent misses rendered %d times", n)
	}
}

func TestSplitSnippet(t *testing.T) {
	tests := []struct {
		in   string
		want []snipPart
	}{
		{"plain text", []snipPart{{Text: "plain text"}}},
		{"a «b» c", []snipPart{{Text: "a "}, {Text: "b", Mark: true}, {Text: " c"}}},
		{"«b»«c»", []snipPart{{Text: "b", Mark: true}, {Text: "c", Mark: true}}},
		// A French quotation, spaces inside the marks, is text.
		{"il dit « non » hier", []snipPart{{Text: "il dit « non » hier"}}},
		{"« Nous «faisons» face »", []snipPart{{Text: "« Nous "}, {Text: "faisons", Mark: true}, {Text: " face »"}}},
		{"unclosed «word", []snipPart{{Text: "unclosed «word"}}},
		{"empty «» marks", []snipPart{{Text: "empty «» marks"}}},
		{"", nil},
	}
	for _, tc := range tests {
		if got := splitSnippet(tc.in); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("splitSnippet(%q) = %+v, want %+v", tc.in, got, tc.want)
		}
	}
}

func TestSpliceStoryFallback(t *testing.T) {
	// Markup the splice does not recognise keeps all of it, with the
	// header after <body>.
	got := spliceStory("<html><head></head><body><p>x</p></body></html>", "T", "<header>H</header>", "")
	if !strings.Contains(got, "<body>\n<header>H</header><p>x</p>") {
		t.Errorf("got %q", got)
	}
}
