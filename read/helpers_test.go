package read

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/recoupe/recoupe/article"
	"github.com/recoupe/recoupe/htmlbody"
)

// fakeExtract stands in for htmlbody.Extract in tests: the title is the
// <title> element, the language the lang attribute of <html>, the
// paragraphs the <p> elements. A page without <p> has no article text; a
// page holding "EXPLODE" gives another error. The last page given is kept
// in lastPage.
var lastPage string

func fakeExtract(r io.Reader, pageURL string) (htmlbody.Page, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return htmlbody.Page{}, err
	}
	s := string(b)
	lastPage = s
	if strings.Contains(s, "EXPLODE") {
		return htmlbody.Page{}, fmt.Errorf("parsing HTML page: boom")
	}
	p := htmlbody.Page{URL: pageURL}
	p.Title, _ = between(s, "<title>", "</title>")
	p.Lang, _ = between(s, `<html lang="`, `"`)
	if a, ok := between(s, `<meta name="author" content="`, `"`); ok {
		p.Authors = []string{a}
	}
	for rest := s; ; {
		i := strings.Index(rest, "<p>")
		if i < 0 {
			break
		}
		rest = rest[i+3:]
		j := strings.Index(rest, "</p>")
		if j < 0 {
			break
		}
		p.Paragraphs = append(p.Paragraphs, rest[:j])
		rest = rest[j+4:]
	}
	if len(p.Paragraphs) == 0 {
		return htmlbody.Page{}, fmt.Errorf("%w: nothing", htmlbody.ErrNoText)
	}
	return p, nil
}

func between(s, open, close string) (string, bool) {
	i := strings.Index(s, open)
	if i < 0 {
		return "", false
	}
	s = s[i+len(open):]
	j := strings.Index(s, close)
	if j < 0 {
		return "", false
	}
	return s[:j], true
}

// useFakeExtract puts fakeExtract in the place of the HTML extractor for
// the duration of a test.
func useFakeExtract(t testing.TB) {
	t.Helper()
	old := extractHTML
	extractHTML = fakeExtract
	t.Cleanup(func() { extractHTML = old })
}

func gz(t testing.TB, data []byte) []byte {
	t.Helper()
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	if _, err := w.Write(data); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// docView is the part of a Doc the tests compare.
type docView struct {
	File, Format, URL, Title, Outlet, Published, Lang string
	Authors                                           []string
	Lines                                             []string
}

func view(d *article.Doc) docView {
	return docView{d.File, d.Format, d.URL, d.Title, d.Outlet, d.Published, d.Lang, d.Authors, d.Lines}
}

func views(docs []*article.Doc) []docView {
	out := make([]docView, len(docs))
	for i, d := range docs {
		out[i] = view(d)
	}
	return out
}

func errStrings(errs []*Error) []string {
	if len(errs) == 0 {
		return nil
	}
	out := make([]string, len(errs))
	for i, e := range errs {
		out[i] = e.Error()
	}
	return out
}
