// Package server is recoupe's HTTP service: a JSON API over a store and a
// web UI rendered on the server with html/template, from one handler.
//
// The API lives under /api/ (see docs/api.md); the UI is the story list at
// /, one story at /stories/{id}, one article at /articles/{id} and the
// search page at /search. Everything the pages need is embedded in the
// binary: there are no outside assets, and the pages work without
// JavaScript.
//
// Reads need nothing. Writes (POST /api/articles) need an Ingester and a
// bearer token; a server without both is read-only.
//
// Every string that comes from an article is hostile input: html/template
// escapes it for its context, and every page is served with a Content
// Security Policy that forbids scripts and outside loads.
package server

import (
	"context"
	"errors"
	"fmt"
	"html/template"
	"log/slog"
	"net"
	"net/http"
	"runtime/debug"
	"time"

	"github.com/recoupe/recoupe/article"
	"github.com/recoupe/recoupe/internal/defaults"
	"github.com/recoupe/recoupe/store"
)

// Ingester adds articles to the store behind the server. The lead wires it
// to the ingest engine; Ingest returns how many of docs were new (an
// article already stored is not added twice).
type Ingester interface {
	Ingest(ctx context.Context, docs []*article.Doc) (added int, err error)
}

// ArticleStories is an optional extension of store.Reader: the IDs of the
// stories an article belongs to. When the reader has it, the article page
// and GET /api/articles/{id}/stories link an article to its stories.
type ArticleStories interface {
	ArticleStories(ctx context.Context, articleID string) ([]string, error)
}

// storyCacheBytes bounds the memory of the rendered story pages kept.
const storyCacheBytes = 64 << 20

// Defaults of Options.
const (
	DefaultMaxBody     = 10 << 20
	DefaultMaxArticles = 1000
	DefaultPageSize    = 50
	MaxPageSize        = 1000
)

// Options configures a Server. The zero value is a read-only server with
// the default limits.
type Options struct {
	// Token is the bearer token POST /api/articles requires. Empty means
	// writes are disabled.
	Token string
	// Ingester receives posted articles. Nil means writes are disabled.
	Ingester Ingester
	// MaxBody is the largest request body accepted, in bytes; 0 means
	// DefaultMaxBody.
	MaxBody int64
	// MaxArticles is the most articles one POST may carry; 0 means
	// DefaultMaxArticles.
	MaxArticles int
	// CacheTTL is how long the answers of the read routes are served from
	// memory before the store is asked again: a page may lag the store by
	// that much. 0 means DefaultCacheTTL; negative disables the cache.
	CacheTTL time.Duration
	// Logger receives request errors and recovered panics; nil means
	// slog.Default().
	Logger *slog.Logger
	// Warm is how many of the most recently updated story pages Serve
	// renders in the background as it starts, so that the first visitors
	// do not wait for them; 0 means DefaultWarm, negative none.
	Warm int
}

// DefaultWarm is the number of story pages rendered as the server starts.
const DefaultWarm = 200

// Server serves the API and the UI over a store.Reader. It is an
// http.Handler and safe for concurrent use.
type Server struct {
	store   store.Reader
	opt     Options
	mux     *http.ServeMux
	pages   *template.Template
	log     *slog.Logger
	stories *renderCache
	resp    *respCache // nil when disabled
}

// New returns a Server reading from r.
func New(r store.Reader, opt Options) (*Server, error) {
	if r == nil {
		return nil, errors.New("server: nil store reader")
	}
	defaults.Positive(&opt.MaxBody, DefaultMaxBody)
	defaults.Positive(&opt.MaxArticles, DefaultMaxArticles)
	if opt.Logger == nil {
		opt.Logger = slog.Default()
	}
	pages, err := parsePages()
	if err != nil {
		return nil, fmt.Errorf("server: templates: %w", err)
	}
	s := &Server{
		store:   r,
		opt:     opt,
		mux:     http.NewServeMux(),
		pages:   pages,
		log:     opt.Logger,
		stories: newRenderCache(storyCacheBytes),
	}
	switch {
	case opt.CacheTTL == 0:
		s.resp = newRespCache(DefaultCacheTTL, respCacheBytes)
	case opt.CacheTTL > 0:
		s.resp = newRespCache(opt.CacheTTL, respCacheBytes)
	}
	s.routes()
	return s, nil
}

// route is one pattern of the mux and its handler.
type route struct {
	pattern string
	handler http.HandlerFunc
}

// routeTable lists every route; docs/api.md and static/openapi.json
// describe them (a test checks the OpenAPI document covers the API).
func (s *Server) routeTable() []route {
	c := s.cached
	return []route{
		{"GET /healthz", c(s.healthz)},
		{"GET /api/stats", c(s.apiStats)},
		{"GET /api/stories", c(s.apiStories)},
		{"GET /api/stories/{id}", c(s.apiStory)},
		{"GET /api/articles/{id}", c(s.apiArticle)},
		{"GET /api/articles/{id}/stories", c(s.apiArticleStories)},
		{"POST /api/articles", s.apiPostArticles},
		{"GET /api/search", c(s.apiSearch)},
		{"GET /api/openapi.json", s.apiOpenAPI},

		{"GET /{$}", c(s.uiStories)},
		{"GET /stories/{id}", c(s.uiStory)},
		{"GET /articles/{id}", c(s.uiArticle)},
		{"GET /search", c(s.uiSearch)},
	}
}

func (s *Server) routes() {
	for _, r := range s.routeTable() {
		s.mux.HandleFunc(r.pattern, r.handler)
	}
}

// ServeHTTP serves one request. A panic in a handler is recovered and
// answered with a 500; an unknown path or method gets a 404 or 405 as JSON
// under /api/ and as a page elsewhere.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	defer func() {
		v := recover()
		if v == nil {
			return
		}
		if v == http.ErrAbortHandler {
			panic(v)
		}
		s.log.Error("server: panic serving request", "method", r.Method, "path", r.URL.Path, "panic", v, "stack", string(debug.Stack()))
		// The handler may have written already; if so this is appended to
		// a broken answer, which is the best that can be done.
		s.fail(w, r, http.StatusInternalServerError, "internal error", "the server failed on this request; it has been logged")
	}()
	h := w.Header()
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("X-Frame-Options", "DENY")
	handler, pattern := s.mux.Handler(r)
	if pattern == "" {
		// Let the mux say whether it is a 404 or a 405 (and which methods
		// are allowed), then answer in our own format.
		rec := &statusRecorder{header: http.Header{}}
		handler.ServeHTTP(rec, r)
		if allow := rec.header.Get("Allow"); allow != "" {
			h.Set("Allow", allow)
		}
		switch rec.status {
		case http.StatusMethodNotAllowed:
			s.fail(w, r, rec.status, "method not allowed", r.Method+" is not allowed on "+r.URL.Path)
		case http.StatusNotFound, 0:
			s.fail(w, r, http.StatusNotFound, "not found", "no such page: "+r.URL.Path)
		default:
			// A redirect (e.g. path cleaning): pass it on as the mux wrote it.
			for k, v := range rec.header {
				h[k] = v
			}
			w.WriteHeader(rec.status)
		}
		return
	}
	// The mux itself sets the path values ({id}) when it serves.
	s.mux.ServeHTTP(w, r)
}

// statusRecorder keeps what the mux's own not-found and method-not-allowed
// handlers write, so that the server can answer in its own format.
type statusRecorder struct {
	header http.Header
	status int
}

func (r *statusRecorder) Header() http.Header { return r.header }
func (r *statusRecorder) Write(b []byte) (int, error) {
	if r.status == 0 {
		r.status = http.StatusOK
	}
	return len(b), nil
}
func (r *statusRecorder) WriteHeader(code int) {
	if r.status == 0 {
		r.status = code
	}
}

// HTTPServer returns an http.Server for s on addr with read, write and
// idle timeouts, so that slow or stuck clients cannot hold connections
// for ever.
func (s *Server) HTTPServer(addr string) *http.Server {
	return &http.Server{
		Addr:              addr,
		Handler:           s,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
	}
}

// Serve answers connections on l until ctx is done, then shuts down
// gracefully, giving requests in flight up to 10 seconds to finish.
func (s *Server) Serve(ctx context.Context, l net.Listener) error {
	hs := s.HTTPServer(l.Addr().String())
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(l) }()
	go s.warm(ctx)
	select {
	case err := <-errc:
		return fmt.Errorf("server: %w", err)
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := hs.Shutdown(sctx); err != nil {
		return fmt.Errorf("server: shutting down: %w", err)
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("server: %w", err)
	}
	return nil
}

func (s *Server) healthz(w http.ResponseWriter, r *http.Request) {
	if _, err := s.store.Stats(r.Context()); err != nil {
		s.fail(w, r, http.StatusServiceUnavailable, "store unavailable", err.Error())
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
}

// warm renders the most recently updated story pages into the page cache,
// one at a time, until done or ctx ends. Requests are served meanwhile.
func (s *Server) warm(ctx context.Context) {
	n := s.opt.Warm
	if n == 0 {
		n = DefaultWarm
	}
	for off := 0; off < n && ctx.Err() == nil; off += 100 {
		items, _, err := s.store.Stories(ctx, store.StoryQuery{Limit: min(100, n-off), Offset: off})
		if err != nil {
			s.log.Warn("server: warming the story pages", "err", err)
			return
		}
		for _, it := range items {
			if ctx.Err() != nil {
				return
			}
			page, err := s.store.Story(ctx, it.ID)
			if err != nil {
				continue
			}
			if _, err := s.stories.get(page, s.renderStory); err != nil {
				s.log.Warn("server: warming the story pages", "story", it.ID, "err", err)
			}
		}
		if len(items) < 100 {
			return
		}
	}
}
