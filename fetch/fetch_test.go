package fetch

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
)

// site is a test server that records the requests it gets.
type site struct {
	*httptest.Server
	mu   sync.Mutex
	reqs []*http.Request
	at   []time.Time
}

func newSite(t *testing.T, h http.HandlerFunc) *site {
	s := &site{}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.reqs = append(s.reqs, r)
		s.at = append(s.at, time.Now())
		s.mu.Unlock()
		h(w, r)
	}))
	t.Cleanup(s.Close)
	return s
}

// paths lists the paths requested, in order.
func (s *site) paths() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []string
	for _, r := range s.reqs {
		out = append(out, r.URL.Path)
	}
	return out
}

func (s *site) count(path string) int {
	n := 0
	for _, p := range s.paths() {
		if p == path {
			n++
		}
	}
	return n
}

// testOptions are fast options for tests against 127.0.0.1.
func testOptions() Options {
	return Options{AllowPrivate: true, Interval: time.Millisecond, Backoff: time.Millisecond, MaxBackoff: 50 * time.Millisecond, Timeout: 2 * time.Second}
}

func TestRobotsAndUserAgent(t *testing.T) {
	s := newSite(t, func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/robots.txt":
			fmt.Fprint(w, "User-agent: *\nDisallow: /private/\n\nUser-agent: recoupe\nDisallow: /no-recoupe/\n")
		default:
			fmt.Fprint(w, "page "+r.URL.Path)
		}
	})
	opt := testOptions()
	opt.UserAgent = "recoupe/9.9 (+https://example.org/bot)"
	f := New(opt)
	ctx := context.Background()
	for _, c := range []struct {
		path    string
		allowed bool
	}{
		{"/a", true}, {"/private/x", true}, {"/no-recoupe/x", false}, {"/b?q=1", true},
	} {
		res, err := f.Get(ctx, s.URL+c.path)
		if c.allowed {
			if err != nil || string(res.Body) != "page "+strings.Split(c.path, "?")[0] {
				t.Errorf("%s: %v %v", c.path, res, err)
			}
		} else if !errors.Is(err, ErrDisallowed) || Temporary(err) {
			t.Errorf("%s: error %v, want ErrDisallowed", c.path, err)
		}
	}
	// The recoupe group replaces the * group: /private/ is allowed to it.
	if got, want := strings.Join(s.paths(), " "), "/robots.txt /a /private/x /b"; got != want {
		t.Errorf("requests %q, want %q (robots.txt once, disallowed path never)", got, want)
	}
	for _, r := range s.reqs {
		if ua := r.Header.Get("User-Agent"); ua != opt.UserAgent {
			t.Errorf("User-Agent %q, want %q", ua, opt.UserAgent)
		}
	}
	if ua := DefaultUserAgent(); !strings.HasPrefix(ua, "recoupe/") || !strings.Contains(ua, "(+http") {
		t.Errorf("default User-Agent %q is not honest", ua)
	}
}

func TestRobotsStatuses(t *testing.T) {
	for _, c := range []struct {
		status int
		want   error
	}{
		{404, nil}, {403, nil}, {500, ErrRobotsUnavailable}, {503, ErrRobotsUnavailable},
	} {
		s := newSite(t, func(w http.ResponseWriter, r *http.Request) {
			if r.URL.Path == "/robots.txt" {
				w.WriteHeader(c.status)
				return
			}
			fmt.Fprint(w, "ok")
		})
		f := New(testOptions())
		_, err := f.Get(context.Background(), s.URL+"/page")
		if !errors.Is(err, c.want) && !(c.want == nil && err == nil) {
			t.Errorf("robots.txt status %d: %v, want %v", c.status, err, c.want)
		}
		if c.want != nil && (s.count("/page") != 0 || !Temporary(err)) {
			t.Errorf("robots.txt status %d: page fetched %d times, temporary %v", c.status, s.count("/page"), Temporary(err))
		}
	}
}

func TestConditional(t *testing.T) {
	s := newSite(t, func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/etag":
			if r.Header.Get("If-None-Match") == `"v1"` {
				w.WriteHeader(http.StatusNotModified)
				return
			}
			w.Header().Set("ETag", `"v1"`)
		case "/lm":
			if r.Header.Get("If-Modified-Since") == "Mon, 04 Mar 2024 10:00:00 GMT" {
				w.WriteHeader(http.StatusNotModified)
				return
			}
			w.Header().Set("Last-Modified", "Mon, 04 Mar 2024 10:00:00 GMT")
		}
		fmt.Fprint(w, "body")
	})
	cache := &MemoryCache{}
	opt := testOptions()
	opt.IgnoreRobots = true
	opt.Cache = cache
	f := New(opt)
	ctx := context.Background()
	for _, path := range []string{"/etag", "/lm"} {
		res, err := f.Get(ctx, s.URL+path)
		if err != nil || res.NotModified || string(res.Body) != "body" {
			t.Fatalf("%s first: %+v %v", path, res, err)
		}
		res, err = f.Get(ctx, s.URL+path)
		if err != nil || !res.NotModified || res.Body != nil {
			t.Errorf("%s second: %+v %v, want not modified", path, res, err)
		}
		res, err = f.GetUncached(ctx, s.URL+path)
		if err != nil || res.NotModified || string(res.Body) != "body" {
			t.Errorf("%s uncached: %+v %v, want the body", path, res, err)
		}
	}
	if v, ok := cache.Get(s.URL + "/etag"); !ok || v.ETag != `"v1"` {
		t.Errorf("cache holds %+v %v", v, ok)
	}
}

func TestRetries(t *testing.T) {
	var mu sync.Mutex
	calls := map[string]int{}
	s := newSite(t, func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		calls[r.URL.Path]++
		n := calls[r.URL.Path]
		mu.Unlock()
		switch r.URL.Path {
		case "/flaky": // two 503s, then fine
			if n <= 2 {
				w.WriteHeader(503)
				return
			}
		case "/down":
			w.WriteHeader(500)
			return
		case "/missing":
			w.WriteHeader(404)
			return
		case "/forbidden":
			w.WriteHeader(403)
			return
		case "/slow-down": // 429 with a Retry-After of 1 s, then fine
			if n == 1 {
				w.Header().Set("Retry-After", "1")
				w.WriteHeader(429)
				return
			}
		case "/go-away":
			w.Header().Set("Retry-After", "3600")
			w.WriteHeader(503)
			return
		case "/reset": // the connection drops once
			if n == 1 {
				conn, _, err := w.(http.Hijacker).Hijack()
				if err == nil {
					conn.Close()
				}
				return
			}
		}
		fmt.Fprint(w, "ok")
	})
	opt := testOptions()
	opt.IgnoreRobots = true
	opt.Attempts = 3
	opt.MaxBackoff = 2 * time.Second
	f := New(opt)
	ctx := context.Background()
	cases := []struct {
		path      string
		ok        bool
		requests  int
		status    int
		temporary bool
		minWait   time.Duration
	}{
		{"/flaky", true, 3, 0, false, 0},
		{"/down", false, 3, 500, true, 0},
		{"/missing", false, 1, 404, false, 0},
		{"/forbidden", false, 1, 403, false, 0},
		{"/slow-down", true, 2, 0, false, time.Second},
		{"/go-away", false, 1, 503, true, 0},
		{"/reset", true, 2, 0, false, 0},
	}
	for _, c := range cases {
		start := time.Now()
		res, err := f.Get(ctx, s.URL+c.path)
		took := time.Since(start)
		if c.ok != (err == nil) {
			t.Errorf("%s: %v", c.path, err)
			continue
		}
		if c.ok && string(res.Body) != "ok" {
			t.Errorf("%s: body %q", c.path, res.Body)
		}
		var se *StatusError
		if !c.ok && (!errors.As(err, &se) || se.Code != c.status || Temporary(err) != c.temporary) {
			t.Errorf("%s: error %v, want status %d (temporary %v)", c.path, err, c.status, c.temporary)
		}
		if n := s.count(c.path); n != c.requests {
			t.Errorf("%s: %d requests, want %d", c.path, n, c.requests)
		}
		if took < c.minWait {
			t.Errorf("%s: took %v, want at least %v (Retry-After)", c.path, took, c.minWait)
		}
	}
}

func TestBackoffGrowsWithJitter(t *testing.T) {
	f := New(Options{Backoff: 100 * time.Millisecond, MaxBackoff: time.Second})
	for attempt, want := range map[int]time.Duration{1: 100 * time.Millisecond, 2: 200 * time.Millisecond, 3: 400 * time.Millisecond, 5: time.Second, 10: time.Second} {
		seen := map[time.Duration]bool{}
		for range 50 {
			d := f.backoff(attempt)
			if d < want/2 || d > want {
				t.Fatalf("attempt %d: wait %v, want within [%v, %v]", attempt, d, want/2, want)
			}
			seen[d] = true
		}
		if len(seen) < 10 {
			t.Errorf("attempt %d: only %d distinct waits in 50: no jitter", attempt, len(seen))
		}
	}
}

func TestRetryAfter(t *testing.T) {
	now := time.Date(2024, 3, 4, 10, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		in   string
		want time.Duration
	}{
		{"", 0}, {"120", 2 * time.Minute}, {"-3", 0}, {"soon", 0},
		{"Mon, 04 Mar 2024 10:00:30 GMT", 30 * time.Second},
		{"Mon, 04 Mar 2024 09:00:00 GMT", 0},
	} {
		if got := retryAfter(c.in, now); got != c.want {
			t.Errorf("retryAfter(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

func TestLimits(t *testing.T) {
	big := strings.Repeat("x", 5000)
	s := newSite(t, func(w http.ResponseWriter, r *http.Request) {
		switch {
		case r.URL.Path == "/robots.txt":
			fmt.Fprint(w, "User-agent: *\nDisallow: /secret\n")
		case r.URL.Path == "/big":
			fmt.Fprint(w, big)
		case r.URL.Path == "/big-chunked":
			w.(http.Flusher).Flush() // no Content-Length
			fmt.Fprint(w, big)
		case r.URL.Path == "/slow":
			time.Sleep(300 * time.Millisecond)
			fmt.Fprint(w, "late")
		case strings.HasPrefix(r.URL.Path, "/hop/"):
			var n int
			fmt.Sscanf(r.URL.Path, "/hop/%d", &n)
			http.Redirect(w, r, fmt.Sprintf("/hop/%d", n+1), http.StatusFound)
		case r.URL.Path == "/to-secret":
			http.Redirect(w, r, "/secret", http.StatusMovedPermanently)
		case r.URL.Path == "/to-page":
			http.Redirect(w, r, "/page", http.StatusMovedPermanently)
		default:
			fmt.Fprint(w, "page")
		}
	})
	opt := testOptions()
	opt.MaxBytes = 1000
	opt.Timeout = 100 * time.Millisecond
	opt.Attempts = 1
	opt.MaxRedirects = 3
	f := New(opt)
	ctx := context.Background()
	for _, c := range []struct {
		path string
		want error
	}{
		{"/big", ErrTooLarge},
		{"/big-chunked", ErrTooLarge},
		{"/hop/0", ErrTooManyRedirects},
		{"/to-secret", ErrDisallowed},
	} {
		if _, err := f.Get(ctx, s.URL+c.path); !errors.Is(err, c.want) || Temporary(err) {
			t.Errorf("%s: %v, want %v", c.path, err, c.want)
		}
	}
	if _, err := f.Get(ctx, s.URL+"/slow"); err == nil || !Temporary(err) {
		t.Errorf("/slow: %v, want a temporary timeout", err)
	}
	res, err := f.Get(ctx, s.URL+"/to-page")
	if err != nil || res.URL != s.URL+"/page" || string(res.Body) != "page" {
		t.Errorf("/to-page: %+v %v", res, err)
	}
	if n := s.count("/secret"); n != 0 {
		t.Errorf("the disallowed target was requested %d times", n)
	}
	for _, bad := range []string{"ftp://x/y", "/relative", "http://"} {
		if _, err := f.Get(ctx, bad); err == nil || Temporary(err) {
			t.Errorf("%q: %v, want a permanent error", bad, err)
		}
	}
}

func TestRateLimitPerHost(t *testing.T) {
	ok := func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "ok") }
	a, b := newSite(t, ok), newSite(t, ok)
	opt := testOptions()
	opt.IgnoreRobots = true
	opt.Interval = 250 * time.Millisecond
	f := New(opt)
	ctx := context.Background()
	start := time.Now()
	var wg sync.WaitGroup
	for _, s := range []*site{a, b} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 4 {
				if _, err := f.Get(ctx, fmt.Sprintf("%s/%d", s.URL, i)); err != nil {
					t.Error(err)
				}
			}
		}()
	}
	wg.Wait()
	took := time.Since(start)
	for _, s := range []*site{a, b} {
		for i := 1; i < len(s.at); i++ {
			if gap := s.at[i].Sub(s.at[i-1]); gap < 240*time.Millisecond {
				t.Errorf("two requests to one host %v apart, want at least 250ms", gap)
			}
		}
	}
	// Both hosts are fetched in parallel: 4 requests each need 3 gaps.
	if took > 1400*time.Millisecond {
		t.Errorf("8 requests to 2 hosts took %v: hosts wait for each other", took)
	}
}

func TestCrawlDelay(t *testing.T) {
	s := newSite(t, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			fmt.Fprint(w, "User-agent: *\nCrawl-delay: 0.3\n")
			return
		}
		fmt.Fprint(w, "ok")
	})
	f := New(testOptions())
	for i := range 3 {
		if _, err := f.Get(context.Background(), fmt.Sprintf("%s/%d", s.URL, i)); err != nil {
			t.Fatal(err)
		}
	}
	for i := 2; i < len(s.at); i++ { // after robots.txt
		if gap := s.at[i].Sub(s.at[i-1]); gap < 280*time.Millisecond {
			t.Errorf("requests %v apart despite a crawl delay of 300ms", gap)
		}
	}
}

func TestBlocksPrivateAddresses(t *testing.T) {
	s := newSite(t, func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "secret") })
	opt := testOptions()
	opt.AllowPrivate = false
	f := New(opt)
	_, err := f.Get(context.Background(), s.URL+"/admin")
	if !errors.Is(err, ErrBlockedAddress) || Temporary(err) {
		t.Errorf("got %v, want ErrBlockedAddress", err)
	}
	if n := len(s.paths()); n != 0 {
		t.Errorf("the server got %d requests", n)
	}
	for _, c := range []struct {
		ip     string
		public bool
	}{
		{"127.0.0.1", false}, {"10.1.2.3", false}, {"192.168.0.1", false}, {"172.16.5.5", false},
		{"169.254.169.254", false}, {"100.64.0.1", false}, {"0.0.0.0", false}, {"::1", false},
		{"fe80::1", false}, {"fc00::1", false}, {"::ffff:127.0.0.1", false},
		{"93.184.216.34", true}, {"2606:2800:220:1::1", true},
	} {
		if got := publicIP(parseIP(t, c.ip)); got != c.public {
			t.Errorf("publicIP(%s) = %v, want %v", c.ip, got, c.public)
		}
	}
}

func TestContextCancel(t *testing.T) {
	s := newSite(t, func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(503) })
	opt := testOptions()
	opt.IgnoreRobots = true
	opt.Attempts = 100
	opt.Backoff = time.Second
	opt.MaxBackoff = time.Second
	f := New(opt)
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, err := f.Get(ctx, s.URL+"/x")
	if !errors.Is(err, context.DeadlineExceeded) || time.Since(start) > time.Second {
		t.Errorf("got %v after %v, want the context's error promptly", err, time.Since(start))
	}
}

func parseIP(t *testing.T, s string) net.IP {
	ip := net.ParseIP(s)
	if ip == nil {
		t.Fatalf("bad IP %q", s)
	}
	return ip
}

func FuzzParseRobots(f *testing.F) {
	f.Add([]byte("User-agent: *\nDisallow: /private/\nCrawl-delay: 2\n"))
	f.Add([]byte("User-agent: recoupe\nAllow: /*.html$\nDisallow: /\nSitemap: http://x/s.xml\n"))
	f.Fuzz(func(t *testing.T, body []byte) {
		r, err := parseRobots(body)
		if err != nil || r == nil {
			return
		}
		r.TestAgent("/a/b?c", "recoupe/0.1")
		r.FindGroup("recoupe/0.1")
	})
}
