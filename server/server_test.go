package server

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/recoupe/recoupe/article"
	"github.com/recoupe/recoupe/report"
	"github.com/recoupe/recoupe/store"
)

// demoReport loads the hand-made cross-checked report of package report's
// tests: two stories, nine articles, claims with a conflict, a timeline,
// quotes, copies and a summary.
func demoReport(t testing.TB) *report.Report {
	t.Helper()
	data, err := os.ReadFile("../report/testdata/demo-crosscheck.json")
	if err != nil {
		t.Fatal(err)
	}
	var r report.Report
	if err := json.Unmarshal(data, &r); err != nil {
		t.Fatal(err)
	}
	return &r
}

var testTime = time.Date(2025, 3, 7, 12, 0, 0, 0, time.UTC)

// fakeIngester records what it is given; the same article (by content)
// is added once.
type fakeIngester struct {
	mu   sync.Mutex
	docs []*article.Doc
	seen map[string]bool
	err  error
}

func (f *fakeIngester) Ingest(ctx context.Context, docs []*article.Doc) (int, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.err != nil {
		return 0, f.err
	}
	if f.seen == nil {
		f.seen = make(map[string]bool)
	}
	n := 0
	for _, d := range docs {
		id := article.ContentID(d.Lines)
		if f.seen[id] {
			continue
		}
		f.seen[id] = true
		f.docs = append(f.docs, d)
		n++
	}
	return n, nil
}

func quietLogger() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

func newTestServer(t testing.TB, r store.Reader, opt Options) *httptest.Server {
	t.Helper()
	if opt.Logger == nil {
		opt.Logger = quietLogger()
	}
	s, err := New(r, opt)
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s)
	t.Cleanup(ts.Close)
	return ts
}

type answer struct {
	status int
	header http.Header
	body   []byte
}

func do(t testing.TB, ts *httptest.Server, method, path string, header map[string]string, body io.Reader) answer {
	t.Helper()
	req, err := http.NewRequest(method, ts.URL+path, body)
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range header {
		req.Header.Set(k, v)
	}
	resp, err := ts.Client().Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, path, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return answer{resp.StatusCode, resp.Header, b}
}

// apiError decodes an error answer and checks it is the documented JSON.
func apiError(t *testing.T, a answer) APIError {
	t.Helper()
	if ct := a.header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Errorf("error answer has Content-Type %q, want JSON", ct)
	}
	var e APIError
	dec := json.NewDecoder(bytes.NewReader(a.body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&e); err != nil {
		t.Fatalf("error body is not {error, detail}: %v: %s", err, a.body)
	}
	if e.Error == "" || e.Detail == "" {
		t.Errorf("error body lacks error or detail: %s", a.body)
	}
	return e
}

func TestAPIReads(t *testing.T) {
	rep := demoReport(t)
	ts := newTestServer(t, NewReportReader(rep, testTime), Options{})

	t.Run("stats", func(t *testing.T) {
		a := do(t, ts, "GET", "/api/stats", nil, nil)
		var st store.Stats
		if err := json.Unmarshal(a.body, &st); err != nil || a.status != 200 {
			t.Fatalf("%d %v %s", a.status, err, a.body)
		}
		if st.Articles != len(rep.Articles) || st.Stories != len(rep.Stories) {
			t.Errorf("stats %+v, report has %d articles, %d stories", st, len(rep.Articles), len(rep.Stories))
		}
	})

	t.Run("stories paged", func(t *testing.T) {
		var seen []string
		for off := 0; off < 3; off++ {
			a := do(t, ts, "GET", "/api/stories?limit=1&offset="+string(rune('0'+off)), nil, nil)
			var l StoryList
			if err := json.Unmarshal(a.body, &l); err != nil || a.status != 200 {
				t.Fatalf("%d %v %s", a.status, err, a.body)
			}
			if l.Total != len(rep.Stories) || l.Limit != 1 || l.Offset != off {
				t.Errorf("offset %d: total %d limit %d offset %d", off, l.Total, l.Limit, l.Offset)
			}
			for _, it := range l.Stories {
				seen = append(seen, it.ID)
			}
		}
		if len(seen) != len(rep.Stories) || seen[0] != rep.Stories[0].ID || seen[1] != rep.Stories[1].ID {
			t.Errorf("paging one by one gave %v", seen)
		}
	})

	t.Run("story item counts", func(t *testing.T) {
		a := do(t, ts, "GET", "/api/stories?thread="+rep.Stories[0].Thread, nil, nil)
		var l StoryList
		if err := json.Unmarshal(a.body, &l); err != nil || len(l.Stories) != 1 {
			t.Fatalf("%v %s", err, a.body)
		}
		it, s := l.Stories[0], rep.Stories[0]
		conflicts := 0
		for _, c := range s.Claims {
			if c.Status == "conflict" {
				conflicts++
			}
		}
		if it.ID != s.ID || it.Articles != len(s.Articles) || it.Sources != s.Sources || it.Claims != len(s.Claims) || it.Conflicts != conflicts || conflicts == 0 {
			t.Errorf("item %+v for story with %d articles, %d claims, %d conflicts", it, len(s.Articles), len(s.Claims), conflicts)
		}
		if it.First == "" || it.First > it.Last {
			t.Errorf("dates %q..%q", it.First, it.Last)
		}
	})

	t.Run("story", func(t *testing.T) {
		a := do(t, ts, "GET", "/api/stories/"+rep.Stories[0].ID, nil, nil)
		var p store.StoryPage
		if err := json.Unmarshal(a.body, &p); err != nil || a.status != 200 {
			t.Fatalf("%d %v %s", a.status, err, a.body)
		}
		if p.Story.Title != rep.Stories[0].Title || len(p.Story.Claims) != len(rep.Stories[0].Claims) || len(p.Articles) != len(rep.Stories[0].Articles) {
			t.Errorf("story %q: %d claims, %d articles", p.Story.Title, len(p.Story.Claims), len(p.Articles))
		}
	})

	t.Run("article", func(t *testing.T) {
		want := rep.Articles[0]
		a := do(t, ts, "GET", "/api/articles/"+want.ID, nil, nil)
		var got report.Article
		if err := json.Unmarshal(a.body, &got); err != nil || a.status != 200 {
			t.Fatalf("%d %v %s", a.status, err, a.body)
		}
		if got.ID != want.ID || got.Text != want.Text || got.Title != want.Title {
			t.Errorf("article %q %q", got.ID, got.Title)
		}
	})

	t.Run("article stories", func(t *testing.T) {
		a := do(t, ts, "GET", "/api/articles/"+rep.Stories[0].Articles[0]+"/stories", nil, nil)
		var l ArticleStoryList
		if err := json.Unmarshal(a.body, &l); err != nil || a.status != 200 {
			t.Fatalf("%d %v %s", a.status, err, a.body)
		}
		if len(l.Stories) != 1 || l.Stories[0] != rep.Stories[0].ID {
			t.Errorf("stories %v, want [%s]", l.Stories, rep.Stories[0].ID)
		}
	})

	t.Run("search folds accents", func(t *testing.T) {
		// "evacuees" (no accents, lower case) must find "évacuées".
		a := do(t, ts, "GET", "/api/search?q=EVACUEES&limit=3", nil, nil)
		var res SearchResult
		if err := json.Unmarshal(a.body, &res); err != nil || a.status != 200 {
			t.Fatalf("%d %v %s", a.status, err, a.body)
		}
		if len(res.Hits) == 0 || len(res.Hits) > 3 {
			t.Fatalf("%d hits", len(res.Hits))
		}
		for _, h := range res.Hits {
			if !strings.Contains(strings.ToLower(h.Snippet), "«évacué") || h.Story == "" {
				t.Errorf("hit %s: story %q, snippet %q", h.Article, h.Story, h.Snippet)
			}
		}
	})

	for _, tc := range []struct {
		name, method, path string
		status             int
	}{
		{"unknown story", "GET", "/api/stories/nope", 404},
		{"unknown article", "GET", "/api/articles/nope", 404},
		{"stories of unknown article", "GET", "/api/articles/nope/stories", 404},
		{"bad limit", "GET", "/api/stories?limit=x", 400},
		{"negative offset", "GET", "/api/stories?offset=-1", 400},
		{"zero limit", "GET", "/api/search?q=a&limit=0", 400},
		{"missing query", "GET", "/api/search", 400},
		{"blank query", "GET", "/api/search?q=%20", 400},
		{"long query", "GET", "/api/search?q=" + strings.Repeat("a", 501), 400},
		{"invalid UTF-8 query", "GET", "/api/search?q=%ff%fe", 400},
		{"invalid UTF-8 thread", "GET", "/api/stories?thread=%ff", 400},
		{"control character in ID", "GET", "/api/stories/a%00b", 400},
		{"unknown endpoint", "GET", "/api/nothing", 404},
		{"wrong method", "DELETE", "/api/stats", 405},
		{"get on post endpoint", "GET", "/api/articles", 405},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := do(t, ts, tc.method, tc.path, nil, nil)
			if a.status != tc.status {
				t.Errorf("status %d, want %d: %s", a.status, tc.status, a.body)
			}
			apiError(t, a)
		})
	}
}

func TestPostArticles(t *testing.T) {
	const token = "s3cret-token"
	rep := demoReport(t)
	ing := &fakeIngester{}
	ts := newTestServer(t, NewReportReader(rep, testTime), Options{Token: token, Ingester: ing, MaxBody: 1 << 20, MaxArticles: 3})
	auth := map[string]string{"Authorization": "Bearer " + token, "Content-Type": "application/json"}

	for _, tc := range []struct {
		name   string
		header map[string]string
		body   string
		status int
		// received is the article count of a good request.
		received int
	}{
		{"one object", auth, `{"title":"Crue à Lyon","text":"La Saône déborde.\nDes rues sont fermées.","outlet":"Le Progrès","published":"2025-03-05","authors":"Jean Dupont","language":"fr","url":"https://example.org/a"}`, 200, 1},
		{"array", auth, `[{"title":"A","text":["Premier paragraphe.","Second."]},{"html":"<html><body><p>Un texte assez long pour une page.</p></body></html>"}]`, 200, 2},
		{"JSON Lines", map[string]string{"Authorization": "Bearer " + token, "Content-Type": "application/x-ndjson"}, "{\"text\":\"ligne un\"}\n\n{\"text\":\"ligne deux\"}\n", 200, 2},
		{"no content type", map[string]string{"Authorization": "Bearer " + token}, `{"text":"sans type"}`, 200, 1},
		{"missing token", map[string]string{"Content-Type": "application/json"}, `{"text":"x"}`, 401, 0},
		{"wrong token", map[string]string{"Authorization": "Bearer nope"}, `{"text":"x"}`, 401, 0},
		{"token prefix", map[string]string{"Authorization": "Bearer " + token[:5]}, `{"text":"x"}`, 401, 0},
		{"basic auth", map[string]string{"Authorization": "Basic " + token}, `{"text":"x"}`, 401, 0},
		{"malformed JSON", auth, `{"text":"x"`, 400, 0},
		{"malformed JSON in array", auth, `[{"text":"x"},{"text":}]`, 400, 0},
		{"trailing garbage", auth, `[{"text":"x"}] ]`, 400, 0},
		{"not an object", auth, `"just a string"`, 400, 0},
		{"array of numbers", auth, `[1,2]`, 400, 0},
		{"unknown field", auth, `{"text":"x","titel":"typo"}`, 400, 0},
		{"wrong type", auth, `{"text":"x","title":42}`, 400, 0},
		{"text of numbers", auth, `{"text":[1,2]}`, 400, 0},
		{"invalid UTF-8", auth, "{\"text\":\"caf\xe9\"}", 400, 0},
		{"empty body", auth, ``, 400, 0},
		{"empty array", auth, `[]`, 400, 0},
		{"no text", auth, `{"title":"only a title"}`, 422, 0},
		{"blank text", auth, `{"text":["  ",""]}`, 422, 0},
		{"too many articles", auth, `[{"text":"1"},{"text":"2"},{"text":"3"},{"text":"4"}]`, 413, 0},
		{"wrong content type", map[string]string{"Authorization": "Bearer " + token, "Content-Type": "text/plain"}, `{"text":"x"}`, 415, 0},
		{"latin-1 charset", map[string]string{"Authorization": "Bearer " + token, "Content-Type": "application/json; charset=iso-8859-1"}, `{"text":"x"}`, 415, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := do(t, ts, "POST", "/api/articles", tc.header, strings.NewReader(tc.body))
			if a.status != tc.status {
				t.Fatalf("status %d, want %d: %s", a.status, tc.status, a.body)
			}
			if tc.status != 200 {
				e := apiError(t, a)
				if tc.status == 401 && a.header.Get("WWW-Authenticate") == "" {
					t.Errorf("401 without WWW-Authenticate (%s)", e.Detail)
				}
				return
			}
			var res IngestResult
			if err := json.Unmarshal(a.body, &res); err != nil || res.Received != tc.received {
				t.Errorf("result %s, want %d received (%v)", a.body, tc.received, err)
			}
		})
	}

	ing.mu.Lock()
	docs := ing.docs
	ing.mu.Unlock()
	if len(docs) != 6 {
		t.Fatalf("ingester got %d articles, want 6", len(docs))
	}
	d := docs[0]
	if d.Title != "Crue à Lyon" || d.Outlet != "Le Progrès" || d.Published != "2025-03-05" || d.URL != "https://example.org/a" ||
		len(d.Authors) != 1 || d.Lang != "fr" || len(d.Lines) != 2 || d.Lines[1] != "Des rues sont fermées." || !strings.HasPrefix(d.File, "api:") || !strings.HasSuffix(d.File, "#1") {
		t.Errorf("first doc read as %+v", *d)
	}
	if !strings.HasSuffix(docs[1].File, "#1") || !strings.HasSuffix(docs[2].File, "#2") || len(docs[2].Lines) != 1 {
		t.Errorf("array docs: %q %q %v", docs[1].File, docs[2].File, docs[2].Lines)
	}

	t.Run("same article twice is added once", func(t *testing.T) {
		a := do(t, ts, "POST", "/api/articles", auth, strings.NewReader(`{"text":"sans type"}`))
		var res IngestResult
		if err := json.Unmarshal(a.body, &res); err != nil || res.Received != 1 || res.Added != 0 {
			t.Errorf("%s", a.body)
		}
	})

	t.Run("50 MB body", func(t *testing.T) {
		// With its length announced, and streamed without it (chunked).
		for _, length := range []int64{50 << 20, -1} {
			body := io.MultiReader(strings.NewReader(`{"text":"`), &repeatReader{b: 'a', n: 50 << 20}, strings.NewReader(`"}`))
			req, _ := http.NewRequest("POST", ts.URL+"/api/articles", body)
			req.ContentLength = length
			req.Header.Set("Authorization", "Bearer "+token)
			resp, err := ts.Client().Do(req)
			if err != nil {
				// The server may close the connection while the client is
				// still sending; that is a refusal too, checked below by
				// the server still answering.
				t.Logf("length %d: %v", length, err)
				continue
			}
			b, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode != 413 {
				t.Errorf("length %d: status %d, want 413", length, resp.StatusCode)
			}
			apiError(t, answer{resp.StatusCode, resp.Header, b})
		}
	})

	t.Run("ingest failure", func(t *testing.T) {
		bad := &fakeIngester{err: errors.New("disk full")}
		ts2 := newTestServer(t, NewReportReader(rep, testTime), Options{Token: token, Ingester: bad})
		a := do(t, ts2, "POST", "/api/articles", auth, strings.NewReader(`{"text":"x"}`))
		if a.status != 500 || !strings.Contains(apiError(t, a).Detail, "disk full") {
			t.Errorf("%d %s", a.status, a.body)
		}
	})

	// The server is still up and answers.
	if a := do(t, ts, "GET", "/healthz", nil, nil); a.status != 200 {
		t.Errorf("healthz after bad input: %d %s", a.status, a.body)
	}
}

// repeatReader yields n copies of b.
type repeatReader struct {
	b byte
	n int
}

func (r *repeatReader) Read(p []byte) (int, error) {
	if r.n <= 0 {
		return 0, io.EOF
	}
	k := min(len(p), r.n)
	for i := range p[:k] {
		p[i] = r.b
	}
	r.n -= k
	return k, nil
}

func TestWritesDisabled(t *testing.T) {
	rep := demoReport(t)
	for name, opt := range map[string]Options{
		"no token":    {Ingester: &fakeIngester{}},
		"no ingester": {Token: "t"},
	} {
		t.Run(name, func(t *testing.T) {
			ts := newTestServer(t, NewReportReader(rep, testTime), opt)
			a := do(t, ts, "POST", "/api/articles", map[string]string{"Authorization": "Bearer t"}, strings.NewReader(`{"text":"x"}`))
			if a.status != 403 {
				t.Errorf("status %d: %s", a.status, a.body)
			}
			apiError(t, a)
		})
	}
}

// panicReader panics on every call, as a broken backend might.
type panicReader struct{ store.Reader }

func (panicReader) Stories(context.Context, store.StoryQuery) ([]store.StoryItem, int, error) {
	panic("backend bug")
}

func TestRecoverFromPanic(t *testing.T) {
	ts := newTestServer(t, panicReader{NewReportReader(demoReport(t), testTime)}, Options{})
	for _, path := range []string{"/api/stories", "/"} {
		a := do(t, ts, "GET", path, nil, nil)
		if a.status != 500 {
			t.Errorf("%s: status %d", path, a.status)
		}
		if strings.Contains(string(a.body), "backend bug") {
			t.Errorf("%s: the panic value leaks to the client", path)
		}
	}
	apiError(t, do(t, ts, "GET", "/api/stories", nil, nil))
	if a := do(t, ts, "GET", "/api/stats", nil, nil); a.status != 200 {
		t.Errorf("after a panic: %d", a.status)
	}
}

// errReader fails every call, as an unavailable store does.
type errReader struct{ store.Reader }

func (errReader) Stats(context.Context) (store.Stats, error) {
	return store.Stats{}, errors.New("database is locked")
}

func TestStoreErrors(t *testing.T) {
	ts := newTestServer(t, errReader{NewReportReader(demoReport(t), testTime)}, Options{})
	a := do(t, ts, "GET", "/api/stats", nil, nil)
	if a.status != 500 || !strings.Contains(apiError(t, a).Detail, "database is locked") {
		t.Errorf("%d %s", a.status, a.body)
	}
	if a := do(t, ts, "GET", "/healthz", nil, nil); a.status != 503 {
		t.Errorf("healthz with a broken store: %d", a.status)
	}
}

func TestTimeouts(t *testing.T) {
	s, err := New(NewReportReader(demoReport(t), testTime), Options{Logger: quietLogger()})
	if err != nil {
		t.Fatal(err)
	}
	hs := s.HTTPServer("127.0.0.1:0")
	if hs.ReadHeaderTimeout <= 0 || hs.ReadTimeout <= 0 || hs.WriteTimeout <= 0 || hs.IdleTimeout <= 0 {
		t.Fatalf("timeouts not all set: %+v", hs)
	}
	// A client that never finishes its headers is cut off, and others are
	// served meanwhile.
	hs.ReadHeaderTimeout = 300 * time.Millisecond
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go hs.Serve(l)
	defer hs.Close()
	c, err := net.Dial("tcp", l.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if _, err := c.Write([]byte("GET /api/stats HTTP/1.1\r\nHost: x\r\n")); err != nil {
		t.Fatal(err)
	}
	resp, err := http.Get("http://" + l.Addr().String() + "/api/stats")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Errorf("other client: %d", resp.StatusCode)
	}
	c.SetReadDeadline(time.Now().Add(5 * time.Second))
	start := time.Now()
	_, err = io.ReadAll(c)
	if err != nil {
		t.Fatalf("slow client not cut off: %v", err)
	}
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("slow client cut off after %v", d)
	}
}

func TestServeShutsDown(t *testing.T) {
	s, err := New(NewReportReader(demoReport(t), testTime), Options{Logger: quietLogger()})
	if err != nil {
		t.Fatal(err)
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Serve(ctx, l) }()
	resp, err := http.Get("http://" + l.Addr().String() + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Serve: %v", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Serve did not return after cancel")
	}
}

func TestOpenAPICoversRoutes(t *testing.T) {
	s, err := New(NewReportReader(demoReport(t), testTime), Options{Logger: quietLogger()})
	if err != nil {
		t.Fatal(err)
	}
	ts := newTestServer(t, NewReportReader(demoReport(t), testTime), Options{})
	a := do(t, ts, "GET", "/api/openapi.json", nil, nil)
	var doc struct {
		OpenAPI string                                `json:"openapi"`
		Paths   map[string]map[string]json.RawMessage `json:"paths"`
	}
	if err := json.Unmarshal(a.body, &doc); err != nil || a.status != 200 || !strings.HasPrefix(doc.OpenAPI, "3.") {
		t.Fatalf("%d %v %q", a.status, err, doc.OpenAPI)
	}
	n := 0
	for _, r := range s.routeTable() {
		method, path, _ := strings.Cut(r.pattern, " ")
		if !strings.HasPrefix(path, "/api/") && path != "/healthz" {
			continue
		}
		n++
		if _, ok := doc.Paths[path][strings.ToLower(method)]; !ok {
			t.Errorf("the OpenAPI document lacks %s", r.pattern)
		}
	}
	ops := 0
	for _, p := range doc.Paths {
		ops += len(p)
	}
	if ops != n {
		t.Errorf("the OpenAPI document has %d operations, the server %d API routes", ops, n)
	}
}

// countingReader counts the store's story queries.
type countingReader struct {
	store.Reader
	mu      sync.Mutex
	stories int
}

func (c *countingReader) Story(ctx context.Context, id string) (*store.StoryPage, error) {
	c.mu.Lock()
	c.stories++
	c.mu.Unlock()
	return c.Reader.Story(ctx, id)
}

func (c *countingReader) count() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.stories
}

func TestResponseCache(t *testing.T) {
	rep := demoReport(t)
	id := rep.Stories[0].ID
	for _, tc := range []struct {
		name  string
		ttl   time.Duration
		path  string
		calls int // store queries for 20 requests in a row
	}{
		{"page cached", 200 * time.Millisecond, "/stories/" + id, 1},
		{"API cached", 200 * time.Millisecond, "/api/stories/" + id, 1},
		{"cache off", -1, "/stories/" + id, 20},
		{"errors not cached", 200 * time.Millisecond, "/stories/nope", 20},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cr := &countingReader{Reader: NewReportReader(rep, testTime)}
			ts := newTestServer(t, cr, Options{CacheTTL: tc.ttl})
			var first []byte
			for i := range 20 {
				a := do(t, ts, "GET", tc.path, nil, nil)
				if i == 0 {
					first = a.body
				} else if !bytes.Equal(a.body, first) {
					t.Fatalf("request %d: a different answer", i)
				}
				if tc.calls == 1 && a.header.Get("Content-Security-Policy") == "" && strings.HasPrefix(tc.path, "/stories/") {
					t.Errorf("request %d: cached page without its headers", i)
				}
			}
			if n := cr.count(); n != tc.calls {
				t.Errorf("%d store queries, want %d", n, tc.calls)
			}
			if tc.ttl > 0 && tc.calls == 1 {
				time.Sleep(tc.ttl + 50*time.Millisecond)
				do(t, ts, "GET", tc.path, nil, nil)
				if n := cr.count(); n != 2 {
					t.Errorf("after the TTL: %d store queries, want 2", n)
				}
			}
		})
	}
}

func TestResponseCacheBounded(t *testing.T) {
	c := newRespCache(time.Minute, 100)
	now := testTime
	// Failed answers leave nothing behind.
	for i := range 5000 {
		key := "/stories/nope" + strconv.Itoa(i)
		if _, lead := c.begin(key, now); !lead {
			t.Fatalf("%s: not leading on a miss", key)
		}
		c.finish(key, http.StatusNotFound, nil, nil, now)
	}
	if len(c.m) != 0 || len(c.order) > 1024+1 {
		t.Errorf("after 5000 misses: %d entries, %d keys in order", len(c.m), len(c.order))
	}
	// Answers beyond the byte bound evict the oldest.
	for i := range 30 {
		key := "/p" + strconv.Itoa(i)
		c.begin(key, now)
		c.finish(key, http.StatusOK, http.Header{}, bytes.Repeat([]byte("x"), 10), now)
	}
	if c.size > 100 || len(c.m) != 10 {
		t.Errorf("size %d, %d entries", c.size, len(c.m))
	}
	if hit, _ := c.begin("/p29", now); hit == nil {
		t.Errorf("the newest answer was evicted")
	}
	if hit, lead := c.begin("/p0", now); hit != nil || !lead {
		t.Errorf("the oldest answer was kept")
	}
}

// TestServeWarmsStoryPages checks that Serve renders the story pages in
// the background as it starts, and that Warm < 0 turns that off.
func TestServeWarmsStoryPages(t *testing.T) {
	for _, tc := range []struct {
		warm int
		want int
	}{{0, len(demoReport(t).Stories)}, {-1, 0}} {
		s, err := New(NewReportReader(demoReport(t), testTime), Options{Logger: quietLogger(), Warm: tc.warm})
		if err != nil {
			t.Fatal(err)
		}
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan error, 1)
		go func() { done <- s.Serve(ctx, l) }()
		cached := func() int {
			s.stories.mu.Lock()
			defer s.stories.mu.Unlock()
			return len(s.stories.pages)
		}
		deadline := time.Now().Add(10 * time.Second)
		for cached() < tc.want && time.Now().Before(deadline) {
			time.Sleep(20 * time.Millisecond)
		}
		time.Sleep(100 * time.Millisecond)
		if got := cached(); got != tc.want {
			t.Errorf("Warm %d: %d story pages rendered, want %d", tc.warm, got, tc.want)
		}
		cancel()
		if err := <-done; err != nil {
			t.Error(err)
		}
	}
}
