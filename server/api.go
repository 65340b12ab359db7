package server

import (
	"bytes"
	"encoding/json"
	"errors"
	"net/http"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/recoupe/recoupe/report"
	"github.com/recoupe/recoupe/store"
)

// APIError is the body of every error answer of the API.
type APIError struct {
	// Error is a short, stable description: "bad request", "not found",
	// "unauthorized", ...
	Error string `json:"error"`
	// Detail says what exactly is wrong, for a human.
	Detail string `json:"detail"`
}

// StoryList is the answer of GET /api/stories.
type StoryList struct {
	Total   int               `json:"total"`
	Limit   int               `json:"limit"`
	Offset  int               `json:"offset"`
	Stories []store.StoryItem `json:"stories"`
}

// SearchResult is the answer of GET /api/search.
type SearchResult struct {
	Query  string      `json:"query"`
	Limit  int         `json:"limit"`
	Offset int         `json:"offset"`
	Hits   []store.Hit `json:"hits"`
}

// IngestResult is the answer of POST /api/articles.
type IngestResult struct {
	// Received is the number of articles in the request, Added the number
	// the store did not hold yet.
	Received int `json:"received"`
	Added    int `json:"added"`
}

// isAPI tells whether a request is for the JSON API (errors answered as
// JSON) rather than for a page.
func isAPI(r *http.Request) bool {
	return r.URL.Path == "/api" || strings.HasPrefix(r.URL.Path, "/api/") || r.URL.Path == "/healthz"
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(true)
	if err := enc.Encode(v); err != nil {
		status = http.StatusInternalServerError
		buf.Reset()
		_ = json.NewEncoder(&buf).Encode(APIError{Error: "internal error", Detail: "encoding the answer: " + err.Error()})
	}
	h := w.Header()
	h.Set("Content-Type", "application/json; charset=utf-8")
	h.Set("Content-Length", strconv.Itoa(buf.Len()))
	h.Set("Cache-Control", "no-cache")
	w.WriteHeader(status)
	_, _ = w.Write(buf.Bytes())
}

// fail answers an error: as JSON for the API, as a page for the UI.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, status int, msg, detail string) {
	if status >= 500 {
		s.log.Warn("server: request failed", "method", r.Method, "path", r.URL.Path, "status", status, "detail", detail)
	}
	if !utf8.ValidString(detail) {
		detail = strings.ToValidUTF8(detail, "\uFFFD")
	}
	if isAPI(r) {
		writeJSON(w, status, APIError{Error: msg, Detail: detail})
		return
	}
	s.errorPage(w, r, status, msg, detail)
}

// storeFail answers a store error: 404 for store.ErrNotFound, 499-like
// silence for a cancelled request, 500 otherwise.
func (s *Server) storeFail(w http.ResponseWriter, r *http.Request, what string, err error) {
	switch {
	case errors.Is(err, store.ErrNotFound):
		s.fail(w, r, http.StatusNotFound, "not found", what+" not found")
	case r.Context().Err() != nil:
		// The client went away; nobody reads the answer.
		s.fail(w, r, http.StatusServiceUnavailable, "cancelled", r.Context().Err().Error())
	default:
		s.fail(w, r, http.StatusInternalServerError, "store error", what+": "+err.Error())
	}
}

// paging reads limit and offset from the query: limit defaults to
// DefaultPageSize and is at most MaxPageSize; offset is at least 0.
func paging(r *http.Request) (limit, offset int, err error) {
	q := r.URL.Query()
	limit, offset = DefaultPageSize, 0
	if v := q.Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 {
			return 0, 0, errors.New("limit must be a positive integer")
		}
		limit = min(n, MaxPageSize)
	}
	if v := q.Get("offset"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 {
			return 0, 0, errors.New("offset must be a non-negative integer")
		}
		offset = n
	}
	return limit, offset, nil
}

// validID accepts the IDs recoupe gives out: short, printable, without
// slashes or spaces.
func validID(id string) bool {
	if id == "" || len(id) > 200 || !utf8.ValidString(id) {
		return false
	}
	for _, c := range id {
		if c <= ' ' || c == 0x7f || c == '/' || c == '\\' {
			return false
		}
	}
	return true
}

func (s *Server) apiStats(w http.ResponseWriter, r *http.Request) {
	st, err := s.store.Stats(r.Context())
	if err != nil {
		s.storeFail(w, r, "stats", err)
		return
	}
	writeJSON(w, http.StatusOK, st)
}

func (s *Server) apiStories(w http.ResponseWriter, r *http.Request) {
	limit, offset, err := paging(r)
	if err != nil {
		s.fail(w, r, http.StatusBadRequest, "bad request", err.Error())
		return
	}
	thread := r.URL.Query().Get("thread")
	if !utf8.ValidString(thread) || len(thread) > 200 {
		s.fail(w, r, http.StatusBadRequest, "bad request", "thread must be valid UTF-8, at most 200 bytes")
		return
	}
	items, total, err := s.store.Stories(r.Context(), store.StoryQuery{Thread: thread, Limit: limit, Offset: offset})
	if err != nil {
		s.storeFail(w, r, "stories", err)
		return
	}
	if items == nil {
		items = []store.StoryItem{}
	}
	writeJSON(w, http.StatusOK, StoryList{Total: total, Limit: limit, Offset: offset, Stories: items})
}

func (s *Server) apiStory(w http.ResponseWriter, r *http.Request) {
	if page, ok := s.storyOf(w, r); ok {
		writeJSON(w, http.StatusOK, page)
	}
}

// storyOf reads the story named by the request's {id}; on a bad ID or a
// store failure it has answered the request and ok is false.
func (s *Server) storyOf(w http.ResponseWriter, r *http.Request) (page *store.StoryPage, ok bool) {
	id := r.PathValue("id")
	if !validID(id) {
		s.fail(w, r, http.StatusBadRequest, "bad request", "invalid story ID")
		return nil, false
	}
	page, err := s.store.Story(r.Context(), id)
	if err != nil {
		s.storeFail(w, r, "story "+id, err)
		return nil, false
	}
	return page, true
}

// articleOf reads the article named by the request's {id}; on a bad ID or
// a store failure it has answered the request and ok is false.
func (s *Server) articleOf(w http.ResponseWriter, r *http.Request) (a *report.Article, ok bool) {
	id := r.PathValue("id")
	if !validID(id) {
		s.fail(w, r, http.StatusBadRequest, "bad request", "invalid article ID")
		return nil, false
	}
	a, err := s.store.Article(r.Context(), id)
	if err != nil {
		s.storeFail(w, r, "article "+id, err)
		return nil, false
	}
	return a, true
}

func (s *Server) apiArticle(w http.ResponseWriter, r *http.Request) {
	a, ok := s.articleOf(w, r)
	if !ok {
		return
	}
	writeJSON(w, http.StatusOK, a)
}

// ArticleStoryList is the answer of GET /api/articles/{id}/stories.
type ArticleStoryList struct {
	Article string   `json:"article"`
	Stories []string `json:"stories"`
}

func (s *Server) apiArticleStories(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if !validID(id) {
		s.fail(w, r, http.StatusBadRequest, "bad request", "invalid article ID")
		return
	}
	as, ok := s.store.(ArticleStories)
	if !ok {
		s.fail(w, r, http.StatusNotImplemented, "not implemented", "this store does not link articles to their stories")
		return
	}
	ids, err := as.ArticleStories(r.Context(), id)
	if err != nil {
		s.storeFail(w, r, "article "+id, err)
		return
	}
	if ids == nil {
		ids = []string{}
	}
	writeJSON(w, http.StatusOK, ArticleStoryList{Article: id, Stories: ids})
}

func (s *Server) apiOpenAPI(w http.ResponseWriter, r *http.Request) {
	b, err := assets.ReadFile("static/openapi.json")
	if err != nil {
		s.fail(w, r, http.StatusInternalServerError, "internal error", "the OpenAPI document is missing from the build")
		return
	}
	h := w.Header()
	h.Set("Content-Type", "application/json; charset=utf-8")
	h.Set("Content-Length", strconv.Itoa(len(b)))
	w.WriteHeader(http.StatusOK)
	_, _ = w.Write(b)
}

// maxQuery bounds a search query's length in bytes.
const maxQuery = 500

func (s *Server) apiSearch(w http.ResponseWriter, r *http.Request) {
	limit, offset, err := paging(r)
	if err != nil {
		s.fail(w, r, http.StatusBadRequest, "bad request", err.Error())
		return
	}
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	switch {
	case q == "":
		s.fail(w, r, http.StatusBadRequest, "bad request", "missing query: give ?q=words")
		return
	case len(q) > maxQuery || !utf8.ValidString(q):
		s.fail(w, r, http.StatusBadRequest, "bad request", "the query must be valid UTF-8, at most 500 bytes")
		return
	}
	hits, err := s.store.Search(r.Context(), q, limit, offset)
	if err != nil {
		s.storeFail(w, r, "search", err)
		return
	}
	if hits == nil {
		hits = []store.Hit{}
	}
	writeJSON(w, http.StatusOK, SearchResult{Query: q, Limit: limit, Offset: offset, Hits: hits})
}
