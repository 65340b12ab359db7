package server

import (
	"bytes"
	"embed"
	"fmt"
	"html/template"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/recoupe/recoupe/report"
	"github.com/recoupe/recoupe/store"
)

//go:embed templates/*.html static/*.css static/openapi.json
var assets embed.FS

// pageCSP forbids scripts, frames and every outside load: the pages need
// only their inline styles and inline SVG.
const pageCSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

func parsePages() (*template.Template, error) {
	css, err := assets.ReadFile("static/style.css")
	if err != nil {
		return nil, err
	}
	return template.New("pages").Funcs(template.FuncMap{
		"css": func() template.CSS { return template.CSS(css) },
	}).ParseFS(assets, "templates/*.html")
}

// siteCSS is the style of the header added to the report page of a story.
var siteCSS = func() string {
	b, err := assets.ReadFile("static/site.css")
	if err != nil {
		panic("server: embedded static/site.css missing: " + err.Error())
	}
	return string(b)
}()

// render executes a page template into a buffer first, so that a template
// error becomes a clean 500 rather than half a page.
func (s *Server) render(w http.ResponseWriter, r *http.Request, status int, name string, data any) {
	var buf bytes.Buffer
	if err := s.pages.ExecuteTemplate(&buf, name, data); err != nil {
		s.log.Error("server: rendering page", "page", name, "err", err)
		if name != "error" {
			s.fail(w, r, http.StatusInternalServerError, "internal error", "rendering the page failed")
			return
		}
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	writeHTML(w, status, buf.Bytes())
}

func writeHTML(w http.ResponseWriter, status int, b []byte) {
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Content-Security-Policy", pageCSP)
	h.Set("Content-Length", strconv.Itoa(len(b)))
	h.Set("Cache-Control", "no-cache")
	w.WriteHeader(status)
	_, _ = w.Write(b)
}

type errorView struct {
	Title, Query    string
	Status          int
	Message, Detail string
}

func (s *Server) errorPage(w http.ResponseWriter, r *http.Request, status int, msg, detail string) {
	s.render(w, r, status, "error", errorView{Title: msg, Status: status, Message: msg, Detail: detail})
}

// pagesView is the newer/older navigation of a paged list.
type pagesView struct {
	Prev, Next, Label string
}

// pageNumber reads ?page= (1-based).
func pageNumber(r *http.Request) (int, error) {
	v := r.URL.Query().Get("page")
	if v == "" {
		return 1, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 || n > 1_000_000 {
		return 0, fmt.Errorf("page must be a positive integer")
	}
	return n, nil
}

// withPage is the current URL with ?page=n.
func withPage(r *http.Request, n int) string {
	q := r.URL.Query()
	if n <= 1 {
		q.Del("page")
	} else {
		q.Set("page", strconv.Itoa(n))
	}
	u := url.URL{Path: r.URL.Path, RawQuery: q.Encode()}
	return u.String()
}

type storyRow struct {
	ID, Href, Title                      string
	Articles, Sources, Claims, Conflicts string
	Dates, Thread, ThreadHref            string
}

type storiesView struct {
	Title, Query, Thread, Counts string
	From                         int
	Items                        []storyRow
	Pages                        pagesView
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

// dateSpan is "first – last", one date when equal, "" when unknown.
func dateSpan(first, last string) string {
	switch {
	case first == "" && last == "":
		return ""
	case first == "" || first == last:
		return last
	case last == "":
		return first
	}
	return first + " – " + last
}

func storyTitle(id, title string) string {
	if t := strings.TrimSpace(title); t != "" {
		return t
	}
	return "Untitled story " + id
}

func (s *Server) uiStories(w http.ResponseWriter, r *http.Request) {
	page, err := pageNumber(r)
	if err != nil {
		s.fail(w, r, http.StatusBadRequest, "bad request", err.Error())
		return
	}
	thread := r.URL.Query().Get("thread")
	if !utf8.ValidString(thread) || len(thread) > 200 {
		s.fail(w, r, http.StatusBadRequest, "bad request", "invalid thread")
		return
	}
	const size = DefaultPageSize
	ctx := r.Context()
	items, total, err := s.store.Stories(ctx, store.StoryQuery{Thread: thread, Limit: size, Offset: (page - 1) * size})
	if err != nil {
		s.storeFail(w, r, "stories", err)
		return
	}
	st, err := s.store.Stats(ctx)
	if err != nil {
		s.storeFail(w, r, "stats", err)
		return
	}
	v := storiesView{Thread: thread, From: (page-1)*size + 1,
		Counts: plural(total, "story", "stories") + " · " + plural(st.Articles, "article", "articles") + " stored"}
	if thread != "" {
		v.Title = "Thread " + thread
	}
	for _, it := range items {
		row := storyRow{ID: it.ID, Href: "/stories/" + url.PathEscape(it.ID), Title: storyTitle(it.ID, it.Title),
			Articles: plural(it.Articles, "article", "articles"),
			Sources:  plural(it.Sources, "independent source", "independent sources"),
			Dates:    dateSpan(it.First, it.Last)}
		if it.Claims > 0 {
			row.Claims = plural(it.Claims, "claim", "claims")
		}
		if it.Conflicts > 0 {
			row.Conflicts = plural(it.Conflicts, "conflict", "conflicts")
		}
		if thread == "" && it.Thread != "" {
			row.Thread, row.ThreadHref = it.Thread, "/?thread="+url.QueryEscape(it.Thread)
		}
		v.Items = append(v.Items, row)
	}
	pages := (total + size - 1) / size
	if page > 1 {
		v.Pages.Prev = withPage(r, page-1)
	}
	if page < pages {
		v.Pages.Next = withPage(r, page+1)
	}
	if pages > 1 {
		v.Pages.Label = fmt.Sprintf("page %d of %d", page, pages)
	}
	s.render(w, r, http.StatusOK, "stories", v)
}

func (s *Server) uiStory(w http.ResponseWriter, r *http.Request) {
	page, ok := s.storyOf(w, r)
	if !ok {
		return
	}
	id := r.PathValue("id")
	b, err := s.stories.get(page, s.renderStory)
	if err != nil {
		s.log.Error("server: rendering story", "story", id, "err", err)
		s.fail(w, r, http.StatusInternalServerError, "internal error", "rendering the story failed")
		return
	}
	writeHTML(w, http.StatusOK, b)
}

// renderStory renders one story with the report's HTML renderer (summary,
// claims, charts, sources matrix, timeline, quotes, copies, entities,
// the articles linked to their own pages) and puts the site's header on
// top of it.
func (s *Server) renderStory(page *store.StoryPage) ([]byte, error) {
	rep := &report.Report{Version: report.Version, Articles: page.Articles, Stories: []report.Story{page.Story}}
	var buf bytes.Buffer
	// The texts are on the article pages: a story page of hundreds of
	// articles stays small.
	opt := report.Options{ArticleHref: func(id string) string { return "/articles/" + url.PathEscape(id) }}
	if err := report.Write(&buf, rep, "html", opt); err != nil {
		return nil, err
	}
	var head bytes.Buffer
	if err := s.pages.ExecuteTemplate(&head, "header", ""); err != nil {
		return nil, err
	}
	updated := ""
	if !page.Updated.IsZero() {
		updated = `<p class="updated">Updated ` + template.HTMLEscapeString(page.Updated.UTC().Format("2006-01-02 15:04 MST")) +
			` · <a href="/api/stories/` + template.HTMLEscapeString(url.PathEscape(page.Story.ID)) + `">JSON</a></p>`
	}
	return []byte(spliceStory(buf.String(), storyTitle(page.Story.ID, page.Story.Title), head.String(), updated)), nil
}

// spliceStory adapts the report's page of one story to the site: the
// story's title in <title>, the site's style and header, and no report
// header or table of contents (they only repeat the story's title). When
// the report's markup is not what is expected, the header is put right
// after <body> and the rest is left alone.
func spliceStory(doc, title, header, updated string) string {
	doc = strings.Replace(doc, "<title>recoupe report</title>",
		"<title>"+template.HTMLEscapeString(title)+" · recoupe</title>", 1)
	doc = strings.Replace(doc, "</head>", `<link rel="icon" href="data:,"><style>`+siteCSS+"</style>\n</head>", 1)
	start := strings.Index(doc, "<header>")
	end := strings.Index(doc, `<section class="story"`)
	if start >= 0 && end > start {
		// Keep the updated line just below the story's title.
		rest := doc[end:]
		if i := strings.Index(rest, "</p>"); updated != "" && i >= 0 {
			rest = rest[:i+len("</p>")] + "\n" + updated + rest[i+len("</p>"):]
		}
		return doc[:start] + header + "\n" + rest
	}
	if i := strings.Index(doc, "<body>"); i >= 0 {
		i += len("<body>")
		return doc[:i] + "\n" + header + updated + doc[i:]
	}
	return doc
}

type storyLink struct{ ID, Href, Title string }

type articleView struct {
	Title, Query string
	Article      articleData
}

type articleData struct {
	ID, Title, Outlet, Published, Basis string
	URL                                 string
	Link                                bool
	Authors, Wires, Dateline, Language  string
	File, JSON                          string
	Stories                             []storyLink
	Paragraphs                          []string
	Boilerplate                         []report.Boilerplate
}

func (s *Server) uiArticle(w http.ResponseWriter, r *http.Request) {
	a, ok := s.articleOf(w, r)
	if !ok {
		return
	}
	id := r.PathValue("id")
	d := articleData{ID: a.ID, Title: a.Title, Outlet: a.Outlet, Basis: a.PublishedBasis, URL: a.URL,
		Authors: strings.Join(a.Authors, ", "), Wires: strings.Join(a.Wires, ", "), Dateline: a.Dateline,
		Language: a.Language, File: a.File, JSON: "/api/articles/" + url.PathEscape(a.ID), Boilerplate: a.Boilerplate}
	if a.Published != nil {
		d.Published = *a.Published
	}
	if u, err := url.Parse(a.URL); err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" {
		d.Link = true
	}
	for _, p := range strings.Split(a.Text, "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			d.Paragraphs = append(d.Paragraphs, p)
		}
	}
	if as, ok := s.store.(ArticleStories); ok {
		ids, err := as.ArticleStories(r.Context(), a.ID)
		if err != nil {
			s.storeFail(w, r, "stories of article "+id, err)
			return
		}
		for _, sid := range ids {
			link := storyLink{ID: sid, Href: "/stories/" + url.PathEscape(sid), Title: "story " + sid}
			if p, err := s.store.Story(r.Context(), sid); err == nil {
				link.Title = storyTitle(sid, p.Story.Title)
			}
			d.Stories = append(d.Stories, link)
		}
	}
	title := a.Title
	if title == "" {
		title = "Article " + a.ID
	}
	s.render(w, r, http.StatusOK, "article", articleView{Title: title, Article: d})
}

type searchView struct {
	Title, Query string
	From, To     int
	Hits         []hitView
	Pages        pagesView
}

type hitView struct {
	Article, Href, Title, Outlet, Published string
	Story, StoryHref                        string
	Snippet                                 []snipPart
}

// snipPart is a piece of a snippet; Mark is set on the matched words.
type snipPart struct {
	Text string
	Mark bool
}

// splitSnippet cuts a store snippet into plain and matched pieces. The
// store marks a match as «words»: a « directly followed by a non-space and
// closed, within 120 bytes, by a » directly after a non-space. A French
// quotation (« text », with spaces inside) is left as it is.
func splitSnippet(s string) []snipPart {
	var out []snipPart
	plain := func(t string) {
		if t == "" {
			return
		}
		if n := len(out); n > 0 && !out[n-1].Mark {
			out[n-1].Text += t
			return
		}
		out = append(out, snipPart{Text: t})
	}
	for s != "" {
		i := strings.Index(s, "«")
		if i < 0 {
			plain(s)
			break
		}
		rest := s[i+len("«"):]
		j := strings.Index(rest, "»")
		inner := ""
		if j >= 0 {
			inner = rest[:j]
		}
		if j <= 0 || j > 120 || strings.Contains(inner, "«") || isSpaceStart(inner) || isSpaceEnd(inner) {
			plain(s[:i+len("«")])
			s = rest
			continue
		}
		plain(s[:i])
		out = append(out, snipPart{Text: inner, Mark: true})
		s = rest[j+len("»"):]
	}
	return out
}

func isSpaceStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r == ' ' || r == '\u00a0' || r == '\u202f' || r == '\t' || r == '\n'
}

func isSpaceEnd(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == ' ' || r == '\u00a0' || r == '\u202f' || r == '\t' || r == '\n'
}

func (s *Server) uiSearch(w http.ResponseWriter, r *http.Request) {
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	if len(q) > maxQuery || !utf8.ValidString(q) {
		s.fail(w, r, http.StatusBadRequest, "bad request", "the query must be valid UTF-8, at most 500 bytes")
		return
	}
	v := searchView{Title: "Search", Query: q}
	if q == "" {
		s.render(w, r, http.StatusOK, "search", v)
		return
	}
	page, err := pageNumber(r)
	if err != nil {
		s.fail(w, r, http.StatusBadRequest, "bad request", err.Error())
		return
	}
	const size = 20
	// Ask one more than shown to know whether there is a next page.
	hits, err := s.store.Search(r.Context(), q, size+1, (page-1)*size)
	if err != nil {
		s.storeFail(w, r, "search", err)
		return
	}
	more := len(hits) > size
	if more {
		hits = hits[:size]
	}
	v.Title = q + " · search"
	v.From, v.To = (page-1)*size+1, (page-1)*size+len(hits)
	for _, h := range hits {
		hv := hitView{Article: h.Article, Href: "/articles/" + url.PathEscape(h.Article), Title: h.Title,
			Outlet: h.Outlet, Published: h.Published, Story: h.Story, Snippet: splitSnippet(h.Snippet)}
		if h.Story != "" {
			hv.StoryHref = "/stories/" + url.PathEscape(h.Story)
		}
		v.Hits = append(v.Hits, hv)
	}
	if page > 1 {
		v.Pages.Prev = withPage(r, page-1)
	}
	if more {
		v.Pages.Next = withPage(r, page+1)
	}
	if page > 1 || more {
		v.Pages.Label = "page " + strconv.Itoa(page)
	}
	s.render(w, r, http.StatusOK, "search", v)
}

// renderCache keeps the rendered pages of the most recently asked stories,
// up to a total size. A page is current while the story's update time and
// article count are those it was rendered from. When a story changes, the
// first request renders it again while the others are served the previous
// page until the new one is ready (rendering a large story takes tens of
// milliseconds, and a story being updated by ingestion is often the one
// being read). Concurrent misses on one story render it once.
type renderCache struct {
	mu       sync.Mutex
	maxBytes int
	size     int
	pages    map[string]*cachedPage
	order    []string // insertion order, for eviction
}

type cachedPage struct {
	updated  time.Time
	articles int
	html     []byte
	// busy is closed when a render in progress ends; nil when none runs.
	busy chan struct{}
	err  error
}

func newRenderCache(maxBytes int) *renderCache {
	return &renderCache{maxBytes: maxBytes, pages: make(map[string]*cachedPage)}
}

func (c *cachedPage) current(p *store.StoryPage) bool {
	return c.html != nil && !p.Updated.IsZero() && c.updated.Equal(p.Updated) && c.articles == len(p.Articles)
}

func (c *renderCache) get(p *store.StoryPage, render func(*store.StoryPage) ([]byte, error)) ([]byte, error) {
	if p.Updated.IsZero() {
		// Without an update time nothing tells when the page is stale.
		return render(p)
	}
	id := p.Story.ID
	c.mu.Lock()
	cp := c.pages[id]
	switch {
	case cp != nil && cp.current(p):
		b := cp.html
		c.mu.Unlock()
		return b, nil
	case cp != nil && cp.busy != nil && cp.html != nil:
		// Being refreshed: serve the previous page meanwhile.
		b := cp.html
		c.mu.Unlock()
		return b, nil
	case cp != nil && cp.busy != nil:
		// Being rendered for the first time: wait for it.
		busy := cp.busy
		c.mu.Unlock()
		<-busy
		c.mu.Lock()
		b, err := cp.html, cp.err
		c.mu.Unlock()
		if b == nil && err == nil {
			return render(p)
		}
		return b, err
	}
	if cp == nil {
		cp = &cachedPage{}
		c.pages[id] = cp
		c.order = append(c.order, id)
	}
	busy := make(chan struct{})
	cp.busy = busy
	stale := cp.html
	c.mu.Unlock()

	finish := func() ([]byte, error) {
		b, err := render(p)
		c.mu.Lock()
		defer c.mu.Unlock()
		cp.busy, cp.err = nil, err
		close(busy)
		if err != nil {
			return nil, err
		}
		c.size += len(b) - len(cp.html)
		cp.html, cp.updated, cp.articles = b, p.Updated, len(p.Articles)
		c.evict(id)
		return b, nil
	}
	if stale != nil {
		// Refresh in the background; this request gets the previous page.
		go func() { _, _ = finish() }()
		return stale, nil
	}
	return finish()
}

// evict drops the oldest pages, except keep, until the cache fits.
func (c *renderCache) evict(keep string) {
	for range len(c.order) {
		if c.size <= c.maxBytes {
			return
		}
		id := c.order[0]
		c.order = c.order[1:]
		if id == keep {
			c.order = append(c.order, id)
			continue
		}
		if cp := c.pages[id]; cp != nil {
			if cp.busy != nil {
				// Rendering: keep it for now.
				c.order = append(c.order, id)
				continue
			}
			c.size -= len(cp.html)
			delete(c.pages, id)
		}
	}
}
