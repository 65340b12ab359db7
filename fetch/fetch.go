// Package fetch downloads web pages politely, for a watcher that runs for
// weeks: an honest User-Agent, at most one request per second to a host
// (or slower, when its robots.txt asks for a crawl delay), robots.txt
// honoured, conditional requests (ETag, Last-Modified), timeouts, a size
// limit, retries with exponential backoff and jitter on network errors,
// 429 and 5xx (Retry-After honoured), never on other 4xx, a bounded
// number of redirects, and no requests to loopback, private or link-local
// addresses unless allowed.
package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/temoto/robotstxt"
	"golang.org/x/time/rate"

	"github.com/recoupe/recoupe/internal/defaults"
)

// Version is the version of recoupe named in the default User-Agent.
var Version = "0.1"

// DefaultUserAgent is the User-Agent sent when Options.UserAgent is "".
func DefaultUserAgent() string {
	return "recoupe/" + Version + " (+https://github.com/recoupe/recoupe)"
}

// Defaults of Options.
const (
	DefaultInterval     = time.Second
	DefaultTimeout      = 30 * time.Second
	DefaultMaxBytes     = 10 << 20
	DefaultAttempts     = 4
	DefaultBackoff      = time.Second
	DefaultMaxBackoff   = 2 * time.Minute
	DefaultMaxRedirects = 5
	DefaultRobotsTTL    = 24 * time.Hour
)

// maxRobotsBytes bounds a robots.txt file (Google reads 500 KiB of it).
const maxRobotsBytes = 512 << 10

// Options configures a Fetcher. The zero value gives the defaults.
type Options struct {
	// UserAgent is sent with every request, and names the rules of
	// robots.txt that apply (their user-agent is matched against it).
	// Default: DefaultUserAgent().
	UserAgent string
	// Interval is the least time between two requests to one host.
	// Default: DefaultInterval. A robots.txt Crawl-delay longer than it
	// (up to a minute) is honoured.
	Interval time.Duration
	// Timeout bounds one request, the body included. Default: 30 s.
	Timeout time.Duration
	// MaxBytes bounds a response body (decompressed). Default: 10 MiB.
	MaxBytes int64
	// Attempts is how many times a request is tried in all when it fails
	// with a network error, 429 or 5xx. Default: 4; 1 means no retry.
	Attempts int
	// Backoff is the wait before the first retry; it doubles at each
	// retry, with jitter, up to MaxBackoff. Default: 1 s.
	Backoff time.Duration
	// MaxBackoff caps a wait between retries; a server whose Retry-After
	// asks for longer is not retried. Default: 2 min.
	MaxBackoff time.Duration
	// MaxRedirects is how many redirects a request follows. Default: 5;
	// negative means none.
	MaxRedirects int
	// RobotsTTL is how long a host's robots.txt is kept. Default: 24 h.
	RobotsTTL time.Duration
	// IgnoreRobots skips robots.txt (for tests and explicit user choice).
	IgnoreRobots bool
	// Cache keeps the validators (ETag, Last-Modified) of the URLs
	// fetched with Get. Default: an in-memory cache.
	Cache Cache
	// AllowPrivate allows requests to loopback, private, link-local and
	// other non-public addresses (refused by default: no SSRF).
	AllowPrivate bool
	// Transport replaces the default transport (tests). The address check
	// of AllowPrivate is then the transport's business.
	Transport http.RoundTripper
	// Logger receives a debug line per request and retry. Default: none.
	Logger *slog.Logger
}

// Validators are what a server gave to make a later request conditional.
type Validators struct {
	ETag         string
	LastModified string
}

// Cache keeps the validators of URLs. Implementations must be safe for
// concurrent use; a store can persist them.
type Cache interface {
	// Get returns the validators of url, if any.
	Get(url string) (Validators, bool)
	// Put records the validators of url.
	Put(url string, v Validators)
}

// MemoryCache is a Cache in memory.
type MemoryCache struct {
	mu sync.Mutex
	m  map[string]Validators
}

// Get implements Cache.
func (c *MemoryCache) Get(url string) (Validators, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	v, ok := c.m[url]
	return v, ok
}

// Put implements Cache.
func (c *MemoryCache) Put(url string, v Validators) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil {
		c.m = map[string]Validators{}
	}
	c.m[url] = v
}

// Result is a fetched response.
type Result struct {
	// URL is the final URL, after redirects.
	URL        string
	StatusCode int
	Header     http.Header
	// Body is the decompressed body; nil when NotModified.
	Body []byte
	// NotModified reports a 304 answer to a conditional request: the
	// content has not changed since it was last fetched.
	NotModified bool
}

// ContentType is the Content-Type header of the response.
func (r *Result) ContentType() string { return r.Header.Get("Content-Type") }

// Errors of Get; they come wrapped with the URL.
var (
	// ErrDisallowed is a URL that the site's robots.txt disallows.
	ErrDisallowed = errors.New("disallowed by robots.txt")
	// ErrRobotsUnavailable is a site whose robots.txt cannot be fetched
	// for now (server error or network error): nothing is fetched there.
	ErrRobotsUnavailable = errors.New("robots.txt unavailable")
	// ErrTooLarge is a response body over Options.MaxBytes.
	ErrTooLarge = errors.New("response too large")
	// ErrBlockedAddress is a host that resolves to a loopback, private,
	// link-local or otherwise non-public address.
	ErrBlockedAddress = errors.New("address not allowed (loopback, private or link-local)")
	// ErrTooManyRedirects is a request that was redirected too often.
	ErrTooManyRedirects = errors.New("too many redirects")
)

// StatusError is an HTTP status that is not a success.
type StatusError struct {
	URL  string
	Code int
	// RetryAfter is the wait the server asked for (429, 503), 0 if none.
	RetryAfter time.Duration
}

func (e *StatusError) Error() string {
	s := fmt.Sprintf("%s: HTTP status %d %s", e.URL, e.Code, http.StatusText(e.Code))
	if e.RetryAfter > 0 {
		s += fmt.Sprintf(" (retry after %s)", e.RetryAfter)
	}
	return s
}

// Temporary reports whether err may go away if the request is made again
// later: network errors, timeouts, 429 and 5xx statuses, an unavailable
// robots.txt. Disallowed URLs, other 4xx statuses, blocked addresses,
// bodies too large and bad URLs are not temporary.
func Temporary(err error) bool {
	var se *StatusError
	switch {
	case err == nil:
		return false
	case errors.As(err, &se):
		return se.Code == http.StatusTooManyRequests || se.Code >= 500
	case errors.Is(err, ErrRobotsUnavailable):
		return true
	case errors.Is(err, ErrDisallowed), errors.Is(err, ErrTooLarge), errors.Is(err, ErrBlockedAddress),
		errors.Is(err, ErrTooManyRedirects), errors.Is(err, errBadURL):
		return false
	}
	return true
}

var errBadURL = errors.New("not an http or https URL")

// Fetcher downloads pages. It is safe for concurrent use.
type Fetcher struct {
	opt    Options
	client *http.Client
	log    *slog.Logger

	mu    sync.Mutex
	hosts map[string]*host
}

// host is what a Fetcher knows of one host.
type host struct {
	lim *rate.Limiter

	robotsMu  sync.Mutex // one robots.txt fetch at a time
	robots    *robotstxt.RobotsData
	robotsErr error // ErrRobotsUnavailable, cached for a short while
	robotsExp time.Time
}

// New returns a Fetcher with the options.
func New(opt Options) *Fetcher {
	if opt.UserAgent == "" {
		opt.UserAgent = DefaultUserAgent()
	}
	defaults.Positive(&opt.Interval, DefaultInterval)
	defaults.Positive(&opt.Timeout, DefaultTimeout)
	defaults.Positive(&opt.MaxBytes, DefaultMaxBytes)
	defaults.Positive(&opt.Attempts, DefaultAttempts)
	defaults.Positive(&opt.Backoff, DefaultBackoff)
	defaults.Positive(&opt.MaxBackoff, DefaultMaxBackoff)
	if opt.MaxRedirects == 0 {
		opt.MaxRedirects = DefaultMaxRedirects
	}
	defaults.Positive(&opt.RobotsTTL, DefaultRobotsTTL)
	if opt.Cache == nil {
		opt.Cache = &MemoryCache{}
	}
	f := &Fetcher{opt: opt, hosts: map[string]*host{}, log: opt.Logger}
	if f.log == nil {
		f.log = slog.New(slog.DiscardHandler)
	}
	tr := opt.Transport
	if tr == nil {
		tr = newTransport(opt.AllowPrivate)
	}
	f.client = &http.Client{Transport: tr, Timeout: opt.Timeout, CheckRedirect: f.checkRedirect}
	return f
}

// newTransport is an HTTP transport that ignores proxy settings (they
// would get around the address check) and, unless allowPrivate, refuses
// to connect to non-public addresses, checked after name resolution.
func newTransport(allowPrivate bool) *http.Transport {
	d := &net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second}
	if !allowPrivate {
		d.Control = func(network, address string, _ syscall.RawConn) error {
			h, _, err := net.SplitHostPort(address)
			if err != nil {
				return err
			}
			if ip := net.ParseIP(h); ip == nil || !publicIP(ip) {
				return fmt.Errorf("%s: %w", h, ErrBlockedAddress)
			}
			return nil
		}
	}
	return &http.Transport{
		Proxy:                 nil,
		DialContext:           d.DialContext,
		ForceAttemptHTTP2:     true,
		MaxIdleConns:          100,
		MaxIdleConnsPerHost:   2,
		IdleConnTimeout:       90 * time.Second,
		TLSHandshakeTimeout:   10 * time.Second,
		ResponseHeaderTimeout: 30 * time.Second,
	}
}

// sharedNets are address ranges that are not public though the net
// package's predicates do not say so.
var sharedNets = []*net.IPNet{
	mustCIDR("100.64.0.0/10"), // carrier-grade NAT
	mustCIDR("0.0.0.0/8"),
	mustCIDR("192.0.0.0/24"),
	mustCIDR("198.18.0.0/15"), // benchmarking
	mustCIDR("64:ff9b::/96"),  // NAT64 can reach anything
}

func mustCIDR(s string) *net.IPNet {
	_, n, err := net.ParseCIDR(s)
	if err != nil {
		panic(err) // constant input
	}
	return n
}

// publicIP reports whether ip is a public unicast address.
func publicIP(ip net.IP) bool {
	if ip.IsLoopback() || ip.IsPrivate() || ip.IsLinkLocalUnicast() || ip.IsLinkLocalMulticast() ||
		ip.IsInterfaceLocalMulticast() || ip.IsMulticast() || ip.IsUnspecified() {
		return false
	}
	for _, n := range sharedNets {
		if n.Contains(ip) {
			return false
		}
	}
	return true
}

// Get fetches rawURL conditionally: when the cache holds validators for
// it, they are sent, and a 304 answer gives a Result with NotModified.
// The validators of a 200 answer are put in the cache.
func (f *Fetcher) Get(ctx context.Context, rawURL string) (*Result, error) {
	return f.get(ctx, rawURL, true)
}

// GetUncached fetches rawURL without validators, and does not record any.
func (f *Fetcher) GetUncached(ctx context.Context, rawURL string) (*Result, error) {
	return f.get(ctx, rawURL, false)
}

// ctxKey marks the context of a robots.txt request: its redirects are not
// checked against robots.txt.
type ctxKey struct{}

func (f *Fetcher) get(ctx context.Context, rawURL string, conditional bool) (*Result, error) {
	u, err := url.Parse(rawURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("%s: %w", rawURL, errBadURL)
	}
	u.Fragment = ""
	if err := f.allowed(ctx, u); err != nil {
		return nil, err
	}
	var v Validators
	var have bool
	if conditional {
		v, have = f.opt.Cache.Get(rawURL)
	}
	res, err := f.do(ctx, u, func(req *http.Request) {
		if have && v.ETag != "" {
			req.Header.Set("If-None-Match", v.ETag)
		}
		if have && v.LastModified != "" {
			req.Header.Set("If-Modified-Since", v.LastModified)
		}
	})
	if err != nil {
		return nil, err
	}
	if conditional && !res.NotModified {
		nv := Validators{ETag: res.Header.Get("ETag"), LastModified: res.Header.Get("Last-Modified")}
		if nv.ETag != "" || nv.LastModified != "" {
			f.opt.Cache.Put(rawURL, nv)
		}
	}
	return res, nil
}

// do makes the request, with retries.
func (f *Fetcher) do(ctx context.Context, u *url.URL, prepare func(*http.Request)) (*Result, error) {
	var last error
	for attempt := 1; ; attempt++ {
		res, retryAfter, err := f.once(ctx, u, prepare)
		if err == nil {
			return res, nil
		}
		last = err
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		if !retryable(err) || attempt >= f.opt.Attempts {
			return nil, last
		}
		wait := f.backoff(attempt)
		if retryAfter > 0 {
			if retryAfter > f.opt.MaxBackoff {
				return nil, last // the server asks for more patience than we have
			}
			wait = max(wait, retryAfter)
		}
		f.log.Debug("fetch: retrying", "url", u.String(), "attempt", attempt, "wait", wait, "error", err)
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil, ctx.Err()
		case <-t.C:
		}
	}
}

// retryable reports whether a failed attempt is worth another now.
func retryable(err error) bool {
	return Temporary(err) && !errors.Is(err, ErrRobotsUnavailable)
}

// backoff is the wait before retry number attempt (1-based): Backoff
// doubled at each retry, capped by MaxBackoff, the upper half drawn at
// random (jitter, so that many clients do not retry in step).
func (f *Fetcher) backoff(attempt int) time.Duration {
	d := f.opt.Backoff
	for i := 1; i < attempt && d < f.opt.MaxBackoff; i++ {
		d *= 2
	}
	d = min(d, f.opt.MaxBackoff)
	half := d / 2
	return half + rand.N(half+1)
}

// once makes one attempt.
func (f *Fetcher) once(ctx context.Context, u *url.URL, prepare func(*http.Request)) (*Result, time.Duration, error) {
	if err := f.wait(ctx, u); err != nil {
		return nil, 0, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, 0, fmt.Errorf("%s: %w", u, err)
	}
	req.Header.Set("User-Agent", f.opt.UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5")
	if prepare != nil {
		prepare(req)
	}
	start := time.Now()
	resp, err := f.client.Do(req)
	if err != nil {
		return nil, 0, unwrapURLError(u, err)
	}
	defer resp.Body.Close()
	f.log.Debug("fetch", "url", u.String(), "status", resp.StatusCode, "elapsed", time.Since(start))
	final := resp.Request.URL.String()
	switch {
	case resp.StatusCode == http.StatusNotModified:
		io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
		return &Result{URL: final, StatusCode: resp.StatusCode, Header: resp.Header, NotModified: true}, 0, nil
	case resp.StatusCode < 200 || resp.StatusCode > 299:
		io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
		se := &StatusError{URL: u.String(), Code: resp.StatusCode, RetryAfter: retryAfter(resp.Header.Get("Retry-After"), time.Now())}
		return nil, se.RetryAfter, se
	}
	if resp.ContentLength > f.opt.MaxBytes {
		return nil, 0, fmt.Errorf("%s: %w: %d bytes, more than %d", u, ErrTooLarge, resp.ContentLength, f.opt.MaxBytes)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, f.opt.MaxBytes+1))
	if err != nil {
		return nil, 0, unwrapURLError(u, err)
	}
	if int64(len(body)) > f.opt.MaxBytes {
		return nil, 0, fmt.Errorf("%s: %w: more than %d bytes", u, ErrTooLarge, f.opt.MaxBytes)
	}
	return &Result{URL: final, StatusCode: resp.StatusCode, Header: resp.Header, Body: body}, 0, nil
}

// unwrapURLError names the URL once, whatever net/http wrapped around err.
func unwrapURLError(u *url.URL, err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		err = ue.Err
	}
	return fmt.Errorf("%s: %w", u, err)
}

// retryAfter parses a Retry-After value: seconds, or an HTTP date.
func retryAfter(v string, now time.Time) time.Duration {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0
	}
	if n, err := strconv.Atoi(v); err == nil {
		if n < 0 {
			return 0
		}
		return time.Duration(min(n, 1<<20)) * time.Second
	}
	if t, err := http.ParseTime(v); err == nil && t.After(now) {
		return t.Sub(now)
	}
	return 0
}

// hostOf gives the state of u's host.
func (f *Fetcher) hostOf(u *url.URL) *host {
	key := strings.ToLower(u.Scheme + "://" + u.Host)
	f.mu.Lock()
	defer f.mu.Unlock()
	h := f.hosts[key]
	if h == nil {
		h = &host{lim: rate.NewLimiter(rate.Every(f.opt.Interval), 1)}
		f.hosts[key] = h
	}
	return h
}

// wait waits for the turn of u's host.
func (f *Fetcher) wait(ctx context.Context, u *url.URL) error {
	return f.hostOf(u).lim.Wait(ctx)
}

// checkRedirect bounds redirects, and checks each new URL against its
// robots.txt and waits for its host's turn.
func (f *Fetcher) checkRedirect(req *http.Request, via []*http.Request) error {
	if f.opt.MaxRedirects < 0 || len(via) > f.opt.MaxRedirects {
		return fmt.Errorf("%w (more than %d)", ErrTooManyRedirects, max(f.opt.MaxRedirects, 0))
	}
	if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
		return fmt.Errorf("redirect to %s: %w", req.URL, errBadURL)
	}
	ctx := req.Context()
	if ctx.Value(ctxKey{}) == nil {
		if err := f.allowed(ctx, req.URL); err != nil {
			return err
		}
	}
	return f.wait(ctx, req.URL)
}

// allowed checks u against its host's robots.txt, fetching it when it is
// not known or too old.
func (f *Fetcher) allowed(ctx context.Context, u *url.URL) error {
	if f.opt.IgnoreRobots {
		return nil
	}
	h := f.hostOf(u)
	h.robotsMu.Lock()
	defer h.robotsMu.Unlock()
	if time.Now().After(h.robotsExp) {
		f.fetchRobots(ctx, u, h)
	}
	if h.robotsErr != nil {
		return fmt.Errorf("%s: %w", u, h.robotsErr)
	}
	if !h.robots.TestAgent(u.RequestURI(), f.opt.UserAgent) {
		return fmt.Errorf("%s: %w", u, ErrDisallowed)
	}
	return nil
}

// fetchRobots fetches and parses the robots.txt of u's host into h.
// A missing file (4xx) allows everything; a server error disallows
// everything for a while, as does a network error (for less long).
func (f *Fetcher) fetchRobots(ctx context.Context, u *url.URL, h *host) {
	ru := &url.URL{Scheme: u.Scheme, Host: u.Host, Path: "/robots.txt"}
	rctx := context.WithValue(ctx, ctxKey{}, true)
	if err := f.wait(rctx, ru); err != nil {
		h.robotsErr = fmt.Errorf("%w: %v", ErrRobotsUnavailable, err)
		return // the context ended: try again next time
	}
	req, err := http.NewRequestWithContext(rctx, http.MethodGet, ru.String(), nil)
	if err != nil {
		h.robotsErr = fmt.Errorf("%w: %v", ErrRobotsUnavailable, err)
		return
	}
	req.Header.Set("User-Agent", f.opt.UserAgent)
	resp, err := f.client.Do(req)
	now := time.Now()
	if err != nil {
		err = unwrapURLError(ru, err)
		if errors.Is(err, ErrBlockedAddress) {
			h.robotsErr = err
		} else {
			h.robotsErr = fmt.Errorf("%w: %v", ErrRobotsUnavailable, err)
		}
		h.robotsExp = now.Add(min(f.opt.RobotsTTL, time.Minute))
		return
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, maxRobotsBytes))
	if err != nil {
		h.robotsErr = fmt.Errorf("%w: %v", ErrRobotsUnavailable, unwrapURLError(ru, err))
		h.robotsExp = now.Add(min(f.opt.RobotsTTL, time.Minute))
		return
	}
	f.log.Debug("fetch: robots.txt", "url", ru.String(), "status", resp.StatusCode)
	h.robotsErr = nil
	h.robotsExp = now.Add(f.opt.RobotsTTL)
	switch code := resp.StatusCode; {
	case code >= 200 && code < 300:
		r, err := parseRobots(body)
		if err != nil {
			// An unreadable file holds no rule we can follow.
			f.log.Debug("fetch: unreadable robots.txt, nothing disallowed", "url", ru.String(), "error", err)
			r, _ = robotstxt.FromStatusAndBytes(404, nil)
		}
		h.robots = r
	case code >= 400 && code < 500 && code != http.StatusTooManyRequests:
		h.robots, _ = robotstxt.FromStatusAndBytes(404, nil)
	default: // 429, 5xx, and 1xx/3xx left after redirects
		h.robots = nil
		h.robotsErr = fmt.Errorf("%w: HTTP status %d", ErrRobotsUnavailable, code)
		h.robotsExp = now.Add(min(f.opt.RobotsTTL, 10*time.Minute))
		return
	}
	if g := h.robots.FindGroup(f.opt.UserAgent); g != nil && g.CrawlDelay > f.opt.Interval {
		h.lim.SetLimit(rate.Every(min(g.CrawlDelay, time.Minute)))
	}
}

// parseRobots parses a robots.txt file; a panic of the parser on hostile
// input is an error.
func parseRobots(body []byte) (r *robotstxt.RobotsData, err error) {
	defer func() {
		if p := recover(); p != nil {
			r, err = nil, fmt.Errorf("robots.txt parser failure: %v", p)
		}
	}()
	return robotstxt.FromBytes(body)
}
