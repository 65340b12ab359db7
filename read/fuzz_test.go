package read

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

func FuzzBytes(f *testing.F) {
	latin9, _ := charmap.ISO8859_15.NewEncoder().String("Le cœur coûte 15 €.\nSuite.")
	cp1252, _ := charmap.Windows1252.NewEncoder().String("L’été « déjà ».")
	seeds := []struct {
		name string
		data []byte
	}{
		{"a.txt", []byte("Titre\r\n\r\nCorps du texte.\n")},
		{"a.txt", []byte(latin9)},
		{"a.txt", []byte(cp1252)},
		{"a.txt", []byte("\xff\xfeT\x00i\x00t\x00r\x00e\x00")},
		{"a.html", []byte(`<html lang="fr"><head><meta charset="iso-8859-15"><title>T</title></head><body><p>Un</p><p>Deux</p></body></html>`)},
		{"a.json", []byte(`{"title": "T", "text": "Un\nDeux", "author": [{"name": "A"}], "source": {"name": "S"}}`)},
		{"a.json", []byte(`{"articles": [{"content": {"rendered": "<p>Un &amp; deux</p>"}}, {"html": "<p>x</p>"}]}`)},
		{"a.json", []byte(`{"k1": {"articleBody": "x"}, "k2": {"articleBody": "y"}}`)},
		{"a.jsonl", []byte("{\"text\": \"a\"}\n{bad\n[1]\n")},
		{"-", []byte("{\"text\": \"a\"}\n{\"text\": \"b\"}\n")},
		{"-", []byte("<!doctype html><p>x</p>")},
		{"a.txt.gz", gz(f, []byte("Titre\nCorps"))},
		{"a.json.gz", gz(f, []byte(`[{"text": "a"}]`))},
		{"a.gz", []byte{0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3}},
		{"a.txt", []byte("un\x00deux\x1b\u0085trois\u2028")},
	}
	for _, s := range seeds {
		f.Add(s.name, s.data)
	}
	useFakeExtract(f)
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		docs, err := Bytes(name, data, Options{MaxBytes: 1 << 20})
		if len(docs) == 0 && err == nil {
			t.Fatalf("no doc and no error")
		}
		for _, e := range Errors(err) {
			if e.Reason == "" || e.File == "" && name != "" {
				t.Errorf("error without file or reason: %#v", e)
			}
		}
		for _, d := range docs {
			if len(d.Lines) == 0 {
				t.Errorf("%s: doc without lines", d.File)
			}
			for _, l := range d.Lines {
				if l == "" || !utf8.ValidString(l) || strings.ContainsAny(l, "\x00\n\r") || l != strings.TrimSpace(l) {
					t.Errorf("%s: bad line %q", d.File, l)
				}
			}
			for _, s := range append([]string{d.Title, d.URL, d.Outlet, d.Published, d.Lang}, d.Authors...) {
				if !utf8.ValidString(s) || strings.ContainsAny(s, "\x00\n\r") {
					t.Errorf("%s: bad metadata %q", d.File, s)
				}
			}
		}
	})
}
