package watch

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"reflect"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/recoupe/recoupe/article"
	"github.com/recoupe/recoupe/fetch"
)

// pageHTML is a news page the HTML extractor finds an article in. With
// meta false it has no metadata (no title, date or author).
func pageHTML(title string, meta bool) string {
	var b strings.Builder
	b.WriteString(`<!doctype html><html><head><meta charset="utf-8">`)
	if meta {
		fmt.Fprintf(&b, `<title>%s</title><meta name="author" content="Jeanne Page"><meta property="article:published_time" content="2024-02-01T08:00:00Z">`, title)
	}
	b.WriteString(`</head><body><nav><a href="/">Accueil</a></nav><article>`)
	for i := 1; i <= 3; i++ {
		fmt.Fprintf(&b, "<p>%s, paragraphe %d : le conseil municipal a voté mardi soir un budget de 12 millions d'euros pour la rénovation des écoles, après un débat de plus de trois heures avec l'opposition.</p>\n", title, i)
	}
	b.WriteString(`</article><footer>Mentions légales</footer></body></html>`)
	return b.String()
}

const rssFeed = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>
<title>Journal</title><link>%[1]s/</link><language>fr</language>
<item><title>Article un</title><link>%[1]s/a1</link><guid>id-a1</guid><pubDate>Mon, 04 Mar 2024 10:00:00 GMT</pubDate></item>
<item><title>Titre du flux deux</title><link>%[1]s/a2</link><guid isPermaLink="false">id-a2</guid><pubDate>Tue, 05 Mar 2024 11:30:00 +0100</pubDate><dc:creator>Paul Flux</dc:creator></item>
<item><title>Privé</title><link>%[1]s/private/p</link></item>
<item><title>Instable</title><link>%[1]s/flaky</link></item>
<item><title>Disparu</title><link>%[1]s/gone</link></item>
<item><title>Relatif</title><link>/rel</link></item>
</channel></rss>`

const atomFeed = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Autre</title><id>urn:x</id><updated>2024-03-05T00:00:00Z</updated>
<entry><title>Article b1</title><id>urn:b1</id><link href="%[1]s/b1"/><updated>2024-03-05T09:00:00Z</updated><author><name>Ann Atom</name></author></entry>
<entry><title>Article un, repris</title><id>urn:a1-copy</id><link href="%[1]s/a1"/><updated>2024-03-05T09:00:00Z</updated></entry>
</feed>`

// server is the test web site: feeds and pages, counting requests.
type server struct {
	*httptest.Server
	mu     sync.Mutex
	counts map[string]int
}

func newServer(t *testing.T) *server {
	s := &server{counts: map[string]int{}}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.counts[r.URL.Path]++
		n := s.counts[r.URL.Path]
		s.mu.Unlock()
		switch r.URL.Path {
		case "/robots.txt":
			fmt.Fprint(w, "User-agent: *\nDisallow: /private/\n")
		case "/rss.xml":
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprintf(w, rssFeed, s.URL)
		case "/atom.xml":
			if r.Header.Get("If-None-Match") == `"atom-1"` {
				w.WriteHeader(http.StatusNotModified)
				return
			}
			w.Header().Set("ETag", `"atom-1"`)
			w.Header().Set("Content-Type", "application/atom+xml")
			fmt.Fprintf(w, atomFeed, s.URL)
		case "/broken.xml":
			fmt.Fprint(w, "<html><body>This is not a feed</body></html>")
		case "/missing.xml", "/gone":
			http.NotFound(w, r)
		case "/flaky":
			if n == 1 {
				http.Error(w, "oops", http.StatusInternalServerError)
				return
			}
			fmt.Fprint(w, pageHTML("Instable", true))
		case "/a2":
			fmt.Fprint(w, pageHTML("Deux", false))
		default:
			fmt.Fprint(w, pageHTML(strings.TrimPrefix(r.URL.Path, "/"), true))
		}
	}))
	t.Cleanup(s.Close)
	return s
}

func (s *server) count(path string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.counts[path]
}

// sink records what it is given.
type sink struct {
	mu      sync.Mutex
	docs    []*article.Doc
	batches int
	fail    int // refuse this many batches first
}

func (k *sink) Ingest(ctx context.Context, docs []*article.Doc) error {
	k.mu.Lock()
	defer k.mu.Unlock()
	if k.fail > 0 {
		k.fail--
		return errors.New("store is busy")
	}
	k.batches++
	k.docs = append(k.docs, docs...)
	return nil
}

func (k *sink) urls() []string {
	k.mu.Lock()
	defer k.mu.Unlock()
	var out []string
	for _, d := range k.docs {
		out = append(out, d.URL)
	}
	sort.Strings(out)
	return out
}

func testFetcher() *fetch.Fetcher {
	return fetch.New(fetch.Options{AllowPrivate: true, Interval: time.Millisecond, Backoff: time.Millisecond, Attempts: 1, Timeout: 5 * time.Second})
}

func newWatcher(t *testing.T, s *server, k Sink, feeds ...string) (*Watcher, *bytes.Buffer) {
	var log bytes.Buffer
	var urls []string
	for _, f := range feeds {
		urls = append(urls, s.URL+f)
	}
	w, err := New(Config{Feeds: urls, Fetcher: testFetcher(), Sink: k, BatchSize: 2,
		Logger: slog.New(slog.NewTextHandler(&log, nil))})
	if err != nil {
		t.Fatal(err)
	}
	return w, &log
}

func TestPoll(t *testing.T) {
	s := newServer(t)
	k := &sink{}
	w, log := newWatcher(t, s, k, "/rss.xml", "/atom.xml", "/broken.xml", "/missing.xml")
	ctx := context.Background()
	u := func(p ...string) []string {
		var out []string
		for _, x := range p {
			out = append(out, s.URL+x)
		}
		sort.Strings(out)
		return out
	}

	st := w.Poll(ctx)
	want := Stats{Feeds: 4, FeedErrors: 2, Items: 8, New: 7, Ingested: 4, PageErrors: 3}
	if st != want {
		t.Errorf("first poll: %+v, want %+v", st, want)
	}
	if got := k.urls(); !reflect.DeepEqual(got, u("/a1", "/a2", "/b1", "/rel")) {
		t.Errorf("first poll ingested %q", got)
	}
	if k.batches != 2 {
		t.Errorf("%d batches, want 2 of 2 articles", k.batches)
	}
	for _, want := range []string{
		"feed=" + s.URL + "/broken.xml", "feed=" + s.URL + "/missing.xml", "404",
		"url=" + s.URL + "/private/p", "disallowed by robots.txt",
		"url=" + s.URL + "/flaky", "will try again",
		"url=" + s.URL + "/gone",
	} {
		if !strings.Contains(log.String(), want) {
			t.Errorf("log lacks %q:\n%s", want, log.String())
		}
	}

	t.Logf("log of the first poll:\n%s", log)
	st = w.Poll(ctx)
	want = Stats{Feeds: 4, FeedErrors: 2, NotModified: 1, Items: 6, New: 1, Ingested: 1}
	if st != want {
		t.Errorf("second poll: %+v, want %+v", st, want)
	}
	if got := k.urls(); !reflect.DeepEqual(got, u("/a1", "/a2", "/b1", "/flaky", "/rel")) {
		t.Errorf("after the second poll: %q", got)
	}

	st = w.Poll(ctx)
	if st.New != 0 || st.Ingested != 0 {
		t.Errorf("third poll: %+v, want nothing new", st)
	}
	for path, n := range map[string]int{"/a1": 1, "/b1": 1, "/private/p": 0, "/flaky": 2, "/gone": 1, "/robots.txt": 1, "/rss.xml": 3, "/atom.xml": 3} {
		if got := s.count(path); got != n {
			t.Errorf("%s requested %d times, want %d", path, got, n)
		}
	}
}

func TestMetadataFallbacks(t *testing.T) {
	s := newServer(t)
	k := &sink{}
	w, _ := newWatcher(t, s, k, "/rss.xml", "/atom.xml")
	w.Poll(context.Background())
	by := map[string]*article.Doc{}
	for _, d := range k.docs {
		by[strings.TrimPrefix(d.URL, s.URL)] = d
	}
	type meta struct {
		Title, Published, Lang, File string
		Authors                      []string
		HasText                      bool
	}
	get := func(p string) meta {
		d := by[p]
		if d == nil {
			return meta{}
		}
		return meta{d.Title, d.Published, d.Lang, d.File, d.Authors, len(d.Lines) == 3}
	}
	for path, want := range map[string]meta{
		// The page has no metadata: the item's title, date and author.
		"/a2": {"Titre du flux deux", "2024-03-05T10:30:00Z", "fr", s.URL + "/a2", []string{"Paul Flux"}, true},
		// The page's own metadata wins.
		"/a1": {"a1", "2024-02-01T08:00:00Z", "fr", s.URL + "/a1", []string{"Jeanne Page"}, true},
	} {
		if got := get(path); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: %+v, want %+v", path, got, want)
		}
	}
}

func TestSinkFailureRetried(t *testing.T) {
	s := newServer(t)
	k := &sink{fail: 1}
	w, log := newWatcher(t, s, k, "/atom.xml")
	w.cfg.BatchSize = 10
	st := w.Poll(context.Background())
	if st.SinkErrors != 1 || st.Ingested != 0 || !strings.Contains(log.String(), "store is busy") {
		t.Errorf("first poll: %+v", st)
	}
	// The feed has not changed (its ETag would give a 304) but its items
	// were not ingested: the next poll fetches it again in full.
	st = w.Poll(context.Background())
	if st.Ingested != 2 || st.NotModified != 0 {
		t.Errorf("after the sink recovered: %+v", st)
	}
}

func TestRunStopsOnCancel(t *testing.T) {
	s := newServer(t)
	ctx, cancel := context.WithCancel(context.Background())
	k := SinkFunc(func(context.Context, []*article.Doc) error { cancel(); return nil })
	w, err := New(Config{Feeds: []string{s.URL + "/rss.xml"}, Interval: 10 * time.Millisecond, Fetcher: testFetcher(), Sink: k,
		Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error)
	go func() { done <- w.Run(ctx) }()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Run: %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Run did not stop after cancel")
	}
}

func TestNewChecksConfig(t *testing.T) {
	if _, err := New(Config{Feeds: []string{"http://x/"}}); err == nil {
		t.Error("no sink: no error")
	}
	if _, err := New(Config{Sink: &sink{}}); err == nil {
		t.Error("no feeds: no error")
	}
}

func TestFileSeen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "seen.txt")
	s, err := OpenFileSeen(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Add("guid:1", "http://x/a", "multi\nline"); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s, err = OpenFileSeen(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for key, want := range map[string]bool{"guid:1": true, "http://x/a": true, "multi\nline": true, "http://x/b": false} {
		if got, _ := s.Has(key); got != want {
			t.Errorf("Has(%q) = %v after reopening, want %v", key, got, want)
		}
	}
}

func TestParseFeeds(t *testing.T) {
	in := "\uFEFF# my feeds\n\nhttps://a.example/rss.xml\n  http://b.example/feed#frag   # trailing comment\n" +
		"https://a.example/rss.xml\nftp://c.example/x\nnot a url\nhttps:///nohost\n\thttps://d.example/atom\t\n"
	urls, err := ParseFeeds(strings.NewReader(in))
	want := []string{"https://a.example/rss.xml", "http://b.example/feed#frag", "https://d.example/atom"}
	if !slices.Equal(urls, want) {
		t.Errorf("urls %q, want %q", urls, want)
	}
	if err == nil {
		t.Fatal("no error for the bad lines")
	}
	for _, w := range []string{"line 6: ", "line 7: ", "line 8: "} {
		if !strings.Contains(err.Error(), w) {
			t.Errorf("error %q does not name %q", err, w)
		}
	}
	if urls, err := ParseFeeds(strings.NewReader("# nothing\n")); err != nil || len(urls) != 0 {
		t.Errorf("comments only: %q %v", urls, err)
	}
}

func FuzzParseFeeds(f *testing.F) {
	f.Add("https://a.example/rss.xml\n# c\nhttp://b/#x # y\n")
	f.Add("\uFEFFhttp://[::1]:80/x\r\nhttp://%zz\n")
	f.Fuzz(func(t *testing.T, in string) {
		urls, _ := ParseFeeds(strings.NewReader(in))
		for _, u := range urls {
			if !strings.HasPrefix(u, "http://") && !strings.HasPrefix(u, "https://") {
				t.Fatalf("accepted %q", u)
			}
			if again, err := feedURL(u); err != nil || again != u {
				t.Fatalf("%q does not parse to itself: %q %v", u, again, err)
			}
		}
	})
}

func FuzzParseFeed(f *testing.F) {
	f.Add([]byte(fmt.Sprintf(rssFeed, "http://x")))
	f.Add([]byte(fmt.Sprintf(atomFeed, "http://x")))
	f.Add([]byte(`{"version": "https://jsonfeed.org/version/1.1", "title": "J", "items": [{"id": "1", "url": "http://x/1", "content_html": "<p>x</p>"}]}`))
	f.Fuzz(func(t *testing.T, body []byte) {
		feed, err := parseFeed(body)
		if err != nil {
			return
		}
		base, _ := url.Parse("http://x/feed")
		for _, it := range feed.Items {
			if it != nil {
				itemLink(base, it)
			}
		}
	})
}
