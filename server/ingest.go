package server

import (
	"bytes"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/recoupe/recoupe/article"
	"github.com/recoupe/recoupe/read"
)

// PostedArticle is one article of a POST /api/articles body. Its fields are
// the canonical names of the JSON input format (docs/input-formats.md);
// any other field is refused, so that a typo does not silently drop data.
type PostedArticle struct {
	URL   string `json:"url,omitempty"`
	Title string `json:"title,omitempty"`
	// Text is the body: a string (plain text, or an HTML fragment with
	// <p> or <br> tags) or an array of paragraphs.
	Text TextField `json:"text,omitempty"`
	// HTML is a whole web page, read by the HTML extractor; used only when
	// Text is empty.
	HTML string `json:"html,omitempty"`
	// Published is the publication date as written; the meta stage
	// parses it.
	Published string `json:"published,omitempty"`
	Outlet    string `json:"outlet,omitempty"`
	// Authors is one name or an array of names.
	Authors  TextField `json:"authors,omitempty"`
	Language string    `json:"language,omitempty"`
}

// TextField is a JSON string or an array of strings (null is empty).
type TextField []string

// UnmarshalJSON accepts a string, an array of strings or null.
func (t *TextField) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	switch {
	case bytes.Equal(b, []byte("null")):
		*t = nil
		return nil
	case len(b) > 0 && b[0] == '"':
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		*t = TextField{s}
		return nil
	case len(b) > 0 && b[0] == '[':
		var ss []string
		if err := json.Unmarshal(b, &ss); err != nil {
			return errors.New("expected a string or an array of strings")
		}
		*t = ss
		return nil
	}
	return errors.New("expected a string or an array of strings")
}

// blank tells whether the field holds no text.
func (t TextField) blank() bool {
	for _, s := range t {
		if strings.TrimSpace(s) != "" {
			return false
		}
	}
	return true
}

// decodeError is a body that cannot be decoded; status is the HTTP status
// to answer with.
type decodeError struct {
	status int
	msg    string
}

func (e *decodeError) Error() string { return e.msg }

func badBody(format string, args ...any) error {
	return &decodeError{status: http.StatusBadRequest, msg: fmt.Sprintf(format, args...)}
}

// DecodeArticles decodes a POST /api/articles body: one JSON object, an
// array of objects, or objects one after the other (JSON Lines). It refuses
// invalid UTF-8, unknown fields, values of the wrong type, trailing data,
// an empty batch, more than max articles (max > 0), and articles with
// neither text nor html.
func DecodeArticles(body []byte, max int) ([]PostedArticle, error) {
	if !utf8.Valid(body) {
		off := 0
		for off < len(body) {
			r, n := utf8.DecodeRune(body[off:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			off += n
		}
		return nil, badBody("the body is not valid UTF-8 (first bad byte at offset %d)", off)
	}
	body = bytes.TrimPrefix(body, []byte("\uFEFF"))
	trimmed := bytes.TrimLeft(body, " \t\r\n")
	if len(trimmed) == 0 {
		return nil, badBody("empty body: send a JSON object, an array of objects, or JSON Lines")
	}
	dec := json.NewDecoder(bytes.NewReader(trimmed))
	dec.DisallowUnknownFields()
	var out []PostedArticle
	add := func() error {
		if max > 0 && len(out) >= max {
			return &decodeError{status: http.StatusRequestEntityTooLarge, msg: fmt.Sprintf("too many articles: at most %d per request", max)}
		}
		var a PostedArticle
		if err := dec.Decode(&a); err != nil {
			return badBody("article %d: %s", len(out)+1, jsonProblem(err))
		}
		if a.Text.blank() && strings.TrimSpace(a.HTML) == "" {
			return &decodeError{status: http.StatusUnprocessableEntity, msg: fmt.Sprintf("article %d: no text: give \"text\" (a string or an array of paragraphs) or \"html\"", len(out)+1)}
		}
		out = append(out, a)
		return nil
	}
	switch trimmed[0] {
	case '[':
		if _, err := dec.Token(); err != nil {
			return nil, badBody("%s", jsonProblem(err))
		}
		for dec.More() {
			if err := add(); err != nil {
				return nil, err
			}
		}
		if _, err := dec.Token(); err != nil {
			return nil, badBody("after article %d: %s", len(out), jsonProblem(err))
		}
		if _, err := dec.Token(); err != io.EOF {
			return nil, badBody("trailing data after the array")
		}
	case '{':
		return decodeSequence(trimmed, max)
	default:
		return nil, badBody("expected a JSON object, an array of objects, or JSON Lines; the body starts with %q", firstRune(trimmed))
	}
	if len(out) == 0 {
		return nil, badBody("no articles in the body")
	}
	return out, nil
}

// decodeSequence decodes objects one after the other (one object, or JSON
// Lines).
func decodeSequence(body []byte, max int) ([]PostedArticle, error) {
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	var out []PostedArticle
	for {
		var a PostedArticle
		err := dec.Decode(&a)
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, badBody("article %d: %s", len(out)+1, jsonProblem(err))
		}
		if max > 0 && len(out) >= max {
			return nil, &decodeError{status: http.StatusRequestEntityTooLarge, msg: fmt.Sprintf("too many articles: at most %d per request", max)}
		}
		if a.Text.blank() && strings.TrimSpace(a.HTML) == "" {
			return nil, &decodeError{status: http.StatusUnprocessableEntity, msg: fmt.Sprintf("article %d: no text: give \"text\" (a string or an array of paragraphs) or \"html\"", len(out)+1)}
		}
		out = append(out, a)
	}
	if len(out) == 0 {
		return nil, badBody("no articles in the body")
	}
	return out, nil
}

func firstRune(b []byte) string {
	r, _ := utf8.DecodeRune(b)
	return string(r)
}

// jsonProblem words a decoding error for a client: the offset of a syntax
// error, the field of a type error.
func jsonProblem(err error) string {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		return fmt.Sprintf("malformed JSON at byte %d: %v", syn.Offset, err)
	case errors.As(err, &typ):
		return fmt.Sprintf("field %q: expected %s, got JSON %s", typ.Field, typ.Type, typ.Value)
	case errors.Is(err, io.ErrUnexpectedEOF):
		return "malformed JSON: the body ends in the middle of a value"
	}
	return strings.TrimPrefix(err.Error(), "json: ")
}

// Docs turns decoded articles into article.Docs the same way `recoupe
// analyze` reads a JSON input (package read). Each is named name#N, N
// being its 1-based position in posted.
func Docs(posted []PostedArticle, name string) ([]*article.Doc, error) {
	data, err := json.Marshal(posted)
	if err != nil {
		return nil, fmt.Errorf("server: re-encoding articles: %w", err)
	}
	docs, err := read.Bytes("api.json", data, read.Options{MaxBytes: int64(len(data)) + 1})
	if err != nil {
		return nil, err
	}
	for _, d := range docs {
		d.File = name + strings.TrimPrefix(d.File, "api.json")
	}
	return docs, nil
}

// authorized checks the bearer token in constant time (the hashes of the
// two tokens are compared, so that the length does not leak either).
func (s *Server) authorized(r *http.Request) (ok bool, detail string) {
	h := r.Header.Get("Authorization")
	if h == "" {
		return false, "missing token: send the header Authorization: Bearer <token>"
	}
	scheme, tok, found := strings.Cut(h, " ")
	if !found || !strings.EqualFold(scheme, "Bearer") {
		return false, "the Authorization header must be: Bearer <token>"
	}
	got := sha256.Sum256([]byte(strings.TrimSpace(tok)))
	want := sha256.Sum256([]byte(s.opt.Token))
	if subtle.ConstantTimeCompare(got[:], want[:]) != 1 {
		return false, "wrong token"
	}
	return true, ""
}

func (s *Server) apiPostArticles(w http.ResponseWriter, r *http.Request) {
	if s.opt.Token == "" || s.opt.Ingester == nil {
		s.fail(w, r, http.StatusForbidden, "writes disabled", "this server is read-only: start it with --token (or RECOUPE_TOKEN) to accept articles")
		return
	}
	if ok, detail := s.authorized(r); !ok {
		w.Header().Set("WWW-Authenticate", `Bearer realm="recoupe"`)
		s.fail(w, r, http.StatusUnauthorized, "unauthorized", detail)
		return
	}
	if ct := r.Header.Get("Content-Type"); ct != "" {
		mt, params, err := mime.ParseMediaType(ct)
		switch {
		case err != nil:
			s.fail(w, r, http.StatusUnsupportedMediaType, "unsupported media type", "cannot parse Content-Type: "+err.Error())
			return
		case mt != "application/json" && mt != "application/x-ndjson" && mt != "application/jsonl" && mt != "application/x-jsonlines":
			s.fail(w, r, http.StatusUnsupportedMediaType, "unsupported media type", "send application/json or application/x-ndjson, not "+mt)
			return
		case params["charset"] != "" && !strings.EqualFold(params["charset"], "utf-8"):
			s.fail(w, r, http.StatusUnsupportedMediaType, "unsupported media type", "the body must be UTF-8")
			return
		}
	}
	if r.ContentLength > s.opt.MaxBody {
		s.fail(w, r, http.StatusRequestEntityTooLarge, "request too large", "the body is limited to "+strconv.FormatInt(s.opt.MaxBody, 10)+" bytes")
		return
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, s.opt.MaxBody))
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			s.fail(w, r, http.StatusRequestEntityTooLarge, "request too large", "the body is limited to "+strconv.FormatInt(s.opt.MaxBody, 10)+" bytes")
			return
		}
		s.fail(w, r, http.StatusBadRequest, "bad request", "reading the body: "+err.Error())
		return
	}
	posted, err := DecodeArticles(body, s.opt.MaxArticles)
	if err != nil {
		status := http.StatusBadRequest
		var de *decodeError
		if errors.As(err, &de) {
			status = de.status
		}
		s.fail(w, r, status, http.StatusText(status), err.Error())
		return
	}
	docs, err := Docs(posted, "api:"+time.Now().UTC().Format(time.RFC3339Nano))
	if err != nil {
		s.fail(w, r, http.StatusUnprocessableEntity, "unprocessable article", err.Error())
		return
	}
	added, err := s.opt.Ingester.Ingest(r.Context(), docs)
	if err != nil {
		if r.Context().Err() != nil {
			s.fail(w, r, http.StatusServiceUnavailable, "cancelled", r.Context().Err().Error())
			return
		}
		s.fail(w, r, http.StatusInternalServerError, "ingest failed", err.Error())
		return
	}
	writeJSON(w, http.StatusOK, IngestResult{Received: len(docs), Added: added})
}
