package server

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

var decodeSeeds = []string{
	`{"title":"Crue","text":"La Saône déborde.\nDes rues sont fermées.","outlet":"Le Progrès","authors":["A","B"]}`,
	`[{"text":["p1","p2"]},{"html":"<html><body><p>texte</p></body></html>"}]`,
	"{\"text\":\"a\"}\n{\"text\":\"b\"}\n",
	`{"text":"<p>un</p><p>deux &amp; trois</p>"}`,
	`{"text":null,"html":"<p>x</p>"}`,
	`[{"text":"x"}] ]`,
	`{"text":"x","extra":1}`,
	`{"text":[1]}`,
	"{\"text\":\"caf\xe9\"}",
	"\uFEFF{\"text\":\"bom\"}",
	`[]`, `[null]`, `{}`, ``, `"s"`, `[{"text":"x"},`,
}

func FuzzDecodeArticles(f *testing.F) {
	for _, s := range decodeSeeds {
		f.Add([]byte(s))
	}
	const max = 50
	f.Fuzz(func(t *testing.T, body []byte) {
		posted, err := DecodeArticles(body, max)
		if err != nil {
			var de *decodeError
			if !asDecodeError(err, &de) || de.status < 400 || de.status > 499 {
				t.Fatalf("error %v is not a 4xx decodeError", err)
			}
			if !utf8.ValidString(err.Error()) {
				t.Fatalf("error message is not UTF-8: %q", err)
			}
			return
		}
		if !utf8.Valid(body) {
			t.Fatalf("invalid UTF-8 accepted")
		}
		if len(posted) == 0 || len(posted) > max {
			t.Fatalf("%d articles", len(posted))
		}
		for i, a := range posted {
			if a.Text.blank() && strings.TrimSpace(a.HTML) == "" {
				t.Fatalf("article %d has no text", i)
			}
		}
		docs, err := Docs(posted, "api")
		if err == nil && len(docs) != len(posted) {
			t.Fatalf("%d articles gave %d docs without error", len(posted), len(docs))
		}
	})
}

func asDecodeError(err error, target **decodeError) bool {
	de, ok := err.(*decodeError)
	if ok {
		*target = de
	}
	return ok
}

// FuzzPostArticles sends arbitrary bodies through the whole handler: the
// answer is always 200 or a 4xx with a JSON body, never a 5xx.
func FuzzPostArticles(f *testing.F) {
	for _, s := range decodeSeeds {
		f.Add([]byte(s))
	}
	s, err := New(NewReportReader(demoReport(f), time.Now()), Options{Token: "t", Ingester: &fakeIngester{}, MaxBody: 1 << 16, MaxArticles: 20, Logger: quietLogger()})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		req := httptest.NewRequest("POST", "/api/articles", bytes.NewReader(body))
		req.Header.Set("Authorization", "Bearer t")
		w := httptest.NewRecorder()
		s.ServeHTTP(w, req)
		if w.Code != http.StatusOK && (w.Code < 400 || w.Code > 499) {
			t.Fatalf("status %d: %s", w.Code, w.Body)
		}
		if !json.Valid(w.Body.Bytes()) {
			t.Fatalf("answer is not JSON: %q", w.Body)
		}
	})
}
