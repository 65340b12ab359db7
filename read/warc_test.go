package read

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"

	"github.com/recoupe/recoupe/article"
)

// warcRecord writes one WARC record.
func warcRecord(typ, uri, date, ctype string, block []byte) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "WARC/1.1\r\nWARC-Type: %s\r\n", typ)
	if uri != "" {
		fmt.Fprintf(&b, "WARC-Target-URI: %s\r\n", uri)
	}
	fmt.Fprintf(&b, "WARC-Date: %s\r\nWARC-Record-ID: <urn:uuid:%d>\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n", date, len(block), ctype, len(block))
	b.Write(block)
	b.WriteString("\r\n\r\n")
	return b.Bytes()
}

// warcResponse writes a response record of an HTTP 200 (or other status).
func warcResponse(uri, date string, status int, header string, body []byte) []byte {
	block := append([]byte(fmt.Sprintf("HTTP/1.1 %d X\r\n%s\r\n", status, header)), body...)
	return warcRecord("response", uri, date, "application/http; msgtype=response", block)
}

// writeWARC writes the records, each its own gzip member, to a file.
func writeWARC(t *testing.T, records ...[]byte) string {
	t.Helper()
	var b bytes.Buffer
	for _, r := range records {
		b.Write(gz(t, r))
	}
	path := filepath.Join(t.TempDir(), "crawl.warc.gz")
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func readWARCFile(t *testing.T, path string) ([]*article.Doc, []string) {
	t.Helper()
	var docs []*article.Doc
	errs := WARC(path, Options{}, func(d *article.Doc) { docs = append(docs, d) })
	return docs, errStrings(errs)
}

func TestWARC(t *testing.T) {
	useFakeExtract(t)
	latin, _ := charmap.ISO8859_1.NewEncoder().String(`<html lang="fr"><title>Été</title><p>L'été est chaud.</p></html>`)
	var chunked bytes.Buffer
	page := []byte(`<html lang="fr"><title>Deux</title><p>Premier paragraphe.</p><p>Second.</p></html>`)
	fmt.Fprintf(&chunked, "%x\r\n%s\r\n0\r\n\r\n", len(page), page)
	path := writeWARC(t,
		warcRecord("warcinfo", "", "2024-03-05T10:00:00Z", "application/warc-fields", []byte("software: test\r\n")),
		warcResponse("https://ex.fr/un", "2024-03-05T10:00:01Z", 200, "Content-Type: text/html; charset=iso-8859-1\r\n", []byte(latin)),
		warcRecord("request", "https://ex.fr/deux", "2024-03-05T10:00:02Z", "application/http; msgtype=request", []byte("GET /deux HTTP/1.1\r\n\r\n")),
		warcResponse("https://ex.fr/deux", "2024-03-05T10:00:02Z", 200, "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n", bytes.Replace(chunked.Bytes(), page, page, 1)),
		warcResponse("https://ex.fr/absent", "2024-03-05T10:00:03Z", 404, "Content-Type: text/html\r\n", []byte("<p>Not found</p>")),
		warcResponse("https://ex.fr/menu", "2024-03-05T10:00:04Z", 200, "Content-Type: text/html\r\n", []byte("<html><div>menu</div></html>")),
		warcResponse("https://ex.fr/trois.txt", "2024-03-05T10:00:05Z", 200, "Content-Type: text/plain; charset=windows-1252\r\n", []byte("Titre\n\nCorps \x93cit\xe9\x94.\n")),
		warcResponse("https://ex.fr/logo.png", "2024-03-05T10:00:06Z", 200, "Content-Type: image/png\r\n", []byte("\x89PNG")),
	)
	docs, errs := readWARCFile(t, path)
	want := []docView{
		{File: path + "#2", Format: "html", URL: "https://ex.fr/un", Title: "Été", Published: "2024-03-05T10:00:01Z", Lang: "fr", Lines: []string{"L'été est chaud."}},
		{File: path + "#4", Format: "html", URL: "https://ex.fr/deux", Title: "Deux", Published: "2024-03-05T10:00:02Z", Lang: "fr", Lines: []string{"Premier paragraphe.", "Second."}},
		{File: path + "#7", Format: "text", URL: "https://ex.fr/trois.txt", Published: "2024-03-05T10:00:05Z", Lines: []string{"Titre", "Corps “cité”."}},
	}
	if got := views(docs); !reflect.DeepEqual(got, want) {
		t.Errorf("docs:\n%+v\nwant\n%+v", got, want)
	}
	wantErrs := []string{path + "#6: record 6 (https://ex.fr/menu): no article text found in the HTML page"}
	if !reflect.DeepEqual(errs, wantErrs) {
		t.Errorf("errors %q, want %q", errs, wantErrs)
	}
}

func TestWARCDamaged(t *testing.T) {
	useFakeExtract(t)
	ok := warcResponse("https://ex.fr/a", "2024-03-05T10:00:01Z", 200, "Content-Type: text/html\r\n", []byte("<p>Un.</p>"))
	ok2 := warcResponse("https://ex.fr/b", "2024-03-05T10:00:01Z", 200, "Content-Type: text/html\r\n", []byte("<p>Deux.</p>"))
	g1, g2 := gz(t, ok), gz(t, ok2)
	trunc := gz(t, warcResponse("https://ex.fr/c", "2024-03-05T10:00:01Z", 200, "Content-Type: text/html\r\n", bytes.Repeat([]byte("<p>Trois.</p>"), 500)))
	data := bytes.Join([][]byte{g1, trunc[:len(trunc)/2], g2}, nil)
	path := filepath.Join(t.TempDir(), "bad.warc.gz")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	docs, errs := readWARCFile(t, path)
	var urls []string
	for _, d := range docs {
		urls = append(urls, d.URL)
	}
	if !reflect.DeepEqual(urls, []string{"https://ex.fr/a", "https://ex.fr/b"}) {
		t.Errorf("read %q, want the two sound records", urls)
	}
	wantPrefix := fmt.Sprintf("%s#2: record 2 at offset %d: ", path, len(g1))
	if len(errs) != 1 || !strings.HasPrefix(errs[0], wantPrefix) {
		t.Errorf("errors %q, want one starting %q", errs, wantPrefix)
	}

	if _, errs := readWARCFile(t, filepath.Join(t.TempDir(), "missing.warc")); len(errs) != 1 || !strings.Contains(errs[0], "no such file") {
		t.Errorf("missing file: %q", errs)
	}
	empty := writeWARC(t, warcRecord("warcinfo", "", "2024-03-05T10:00:00Z", "application/warc-fields", []byte("a: b\r\n")))
	if _, errs := readWARCFile(t, empty); len(errs) != 1 || !strings.Contains(errs[0], "no HTML or text page") {
		t.Errorf("WARC without pages: %q", errs)
	}
}

// TestWARCRealExtractor runs one archived news page through the real HTML
// extractor: the article text, the page's own date and its title come out.
func TestWARCRealExtractor(t *testing.T) {
	var body strings.Builder
	body.WriteString(`<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Crue de la Loire : trois communes évacuées</title>
<meta property="article:published_time" content="2024-02-28T08:15:00+01:00"></head><body>
<nav><a href="/">Accueil</a> <a href="/france">France</a></nav><article><h1>Crue de la Loire : trois communes évacuées</h1>`)
	paras := []string{
		"La préfecture du Loiret a ordonné mercredi l'évacuation de trois communes riveraines de la Loire, dont le niveau a atteint 5,20 mètres à Orléans dans la nuit.",
		"Selon les services de l'État, près de 1 200 habitants sont concernés par cette mesure, qui devrait durer au moins jusqu'à vendredi, selon les prévisions de Vigicrues.",
		"« La situation reste sous contrôle, mais nous ne prendrons aucun risque », a déclaré le préfet lors d'un point presse organisé en fin de matinée à la mairie de Jargeau.",
	}
	for _, p := range paras {
		body.WriteString("<p>" + p + "</p>\n")
	}
	body.WriteString(`</article><footer>© Journal 2024</footer></body></html>`)
	path := writeWARC(t, warcResponse("https://journal.example/crue-loire", "2024-03-01T09:00:00Z", 200, "Content-Type: text/html; charset=utf-8\r\n", []byte(body.String())))
	docs, errs := readWARCFile(t, path)
	if len(errs) > 0 || len(docs) != 1 {
		t.Fatalf("docs %d, errors %q", len(docs), errs)
	}
	d := docs[0]
	if d.URL != "https://journal.example/crue-loire" || !strings.HasPrefix(d.Published, "2024-02-28") || d.Lang != "fr" {
		t.Errorf("URL %q, Published %q, Lang %q", d.URL, d.Published, d.Lang)
	}
	if got := strings.Join(d.Lines, "\n"); got != strings.Join(paras, "\n") {
		t.Errorf("lines:\n%s\nwant\n%s", got, strings.Join(paras, "\n"))
	}
}

func TestPage(t *testing.T) {
	useFakeExtract(t)
	cp1252, _ := charmap.Windows1252.NewEncoder().String("<p>Déjà là</p>")
	cases := []struct {
		name, ctype string
		body        string
		format      string
		lines       []string
		err         string
	}{
		{"html", "text/html; charset=windows-1252", cp1252, "html", []string{"Déjà là"}, ""},
		{"sniffed html", "", "<!doctype html><p>Un</p>", "html", []string{"Un"}, ""},
		{"xhtml", "application/xhtml+xml", "<html><p>Un</p></html>", "html", []string{"Un"}, ""},
		{"text", "text/plain", "Un\nDeux\n", "text", []string{"Un", "Deux"}, ""},
		{"html served as text", "text/plain", "<html><p>Un</p></html>", "html", []string{"Un"}, ""},
		{"no article", "text/html", "<html><div>menu</div></html>", "", nil, "no article text"},
		{"binary", "application/octet-stream", "\x00\x01\x02\x03\x04\x05\x06\x07\x00\x00", "", nil, "binary"},
		{"empty", "text/html", "", "", nil, "empty page"},
		{"bad content type", "text/html;;;", "<p>Un</p>", "html", []string{"Un"}, ""},
	}
	for _, c := range cases {
		doc, err := Page("https://ex.fr/x", "https://ex.fr/x", c.ctype, []byte(c.body), Options{})
		if c.err != "" {
			if err == nil || !strings.Contains(err.Error(), c.err) {
				t.Errorf("%s: error %v, want %q", c.name, err, c.err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if doc.Format != c.format || !reflect.DeepEqual(doc.Lines, c.lines) || doc.URL != "https://ex.fr/x" || doc.File != "https://ex.fr/x" {
			t.Errorf("%s: got %+v", c.name, view(doc))
		}
	}
	if _, err := Page("x", "", "text/plain", bytes.Repeat([]byte("a"), 100), Options{MaxBytes: 10}); err == nil || !strings.Contains(err.Error(), "larger than") {
		t.Errorf("page over the limit: %v", err)
	}
}

// TestPathsWARC checks that Paths reads a .warc.gz found in a folder as an
// archive, page by page, and that Bytes does the same for a .warc name.
func TestPathsWARC(t *testing.T) {
	useFakeExtract(t)
	rec := warcResponse("https://ex.fr/a", "2024-03-05T10:00:01Z", 200, "Content-Type: text/html\r\n", []byte(`<html><title>A</title><p>Un paragraphe.</p></html>`))
	path := writeWARC(t, rec)
	var docs []*article.Doc
	errs := Paths([]string{filepath.Dir(path)}, nil, Options{}, func(d *article.Doc) { docs = append(docs, d) })
	if len(errs) != 0 || len(docs) != 1 || docs[0].URL != "https://ex.fr/a" || docs[0].File != path+"#1" {
		t.Fatalf("Paths: docs %+v errs %v, want one page from %s#1", views(docs), errStrings(errs), path)
	}
	got, err := Bytes("crawl.warc", rec, Options{})
	if err != nil || len(got) != 1 || got[0].Title != "A" {
		t.Fatalf("Bytes: docs %+v err %v", views(got), err)
	}
}
