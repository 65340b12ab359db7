package read

import (
	"bytes"
	"errors"
	"math/rand"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"

	"github.com/recoupe/recoupe/article"
)

// pad is enough ordinary text to keep a few stray control bytes below the
// binary threshold.
var pad = strings.Repeat("Le gouvernement a présenté mercredi son projet de loi. ", 8)

func TestText(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"lines", "Titre\n\nPremier paragraphe.  \nDeuxième.\n", []string{"Titre", "Premier paragraphe.", "Deuxième."}},
		{"crlf and bom", "\xef\xbb\xbfTitre\r\n\r\nCorps du texte\r\n", []string{"Titre", "Corps du texte"}},
		{"cr only", "un\rdeux\r\rtrois", []string{"un", "deux", "trois"}},
		{"surrounding space", "  \t Indenté \u00a0\n\u202f\nx", []string{"Indenté", "x"}},
		{"tab inside kept", "a\tb", []string{"a\tb"}},
		{"nfc", "e\u0301te\u0301 a\u0300 Paris", []string{"été à Paris"}},
		{"unicode breaks", "un\u2028deux\u2029trois\u0085quatre\fcinq\vsix", []string{"un", "deux", "trois", "quatre", "cinq", "six"}},
		{"controls replaced", pad + "\nun\x00deux\x07trois\u0090quatre\x7f", []string{strings.TrimSpace(pad), "un deux trois quatre"}},
		{"stray bom in text", "Titre\n\ufeffCorps", []string{"Titre", "Corps"}},
		{"no final newline", "seule ligne", []string{"seule ligne"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, err := Bytes("a.txt", []byte(tt.in), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if len(docs) != 1 {
				t.Fatalf("got %d docs, want 1", len(docs))
			}
			d := docs[0]
			if d.File != "a.txt" || d.Format != "text" {
				t.Errorf("File, Format = %q, %q", d.File, d.Format)
			}
			if !reflect.DeepEqual(d.Lines, tt.want) {
				t.Errorf("Lines = %q\nwant %q", d.Lines, tt.want)
			}
		})
	}
}

func mustEncode(t *testing.T, enc encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := enc.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("encoding %q: %v", s, err)
	}
	return b
}

func TestEncodings(t *testing.T) {
	const (
		cp1252Text = "L’été « déjà » : 15 € pour l’œuvre… ça coûte !\nDeuxième ligne."
		latin9Text = "L'été « déjà » : 15 € pour le cœur de l'œuvre.\nDeuxième ligne."
		oeOnly     = "Le cœur et l'œuvre de sa sœur, Œdipe."
		latin1Text = "Noël à Besançon, où l'on mange ½ bûche ; ¼ d'heure."
		utf8Text   = "Déjà vu, c’est l’été à Noël."
	)
	utf16le := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM)
	utf16be := unicode.UTF16(unicode.BigEndian, unicode.UseBOM)
	utf16leNoBOM := unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)
	tests := []struct {
		name string
		in   []byte
		want string
	}{
		{"utf-8", []byte(utf8Text), utf8Text},
		{"utf-8 bom", append([]byte("\xef\xbb\xbf"), utf8Text...), utf8Text},
		{"windows-1252", mustEncode(t, charmap.Windows1252, cp1252Text), cp1252Text},
		{"iso-8859-15 euro", mustEncode(t, charmap.ISO8859_15, latin9Text), latin9Text},
		{"iso-8859-15 oe", mustEncode(t, charmap.ISO8859_15, oeOnly), oeOnly},
		{"iso-8859-1", mustEncode(t, charmap.ISO8859_1, latin1Text), latin1Text},
		{"iso-8859-1 acute accent as apostrophe", mustEncode(t, charmap.ISO8859_1, "Rentrée à l´école, ½ journée"), "Rentrée à l´école, ½ journée"},
		{"utf-16le bom", mustEncode(t, utf16le, utf8Text), utf8Text},
		{"utf-16be bom", mustEncode(t, utf16be, utf8Text), utf8Text},
		{"utf-16le no bom", mustEncode(t, utf16leNoBOM, latin1Text), latin1Text},
		{"utf-8 with a stray latin-1 byte", append([]byte(utf8Text+" Et l"), 0xe0, '.'), utf8Text + " Et là."},
		{"utf-8 bom with a stray cp1252 byte", append([]byte("\xef\xbb\xbfC"), 0x92, 'e', 's', 't'), "C’est"},
		{"decomposed to nfc", []byte("Cafe\u0301"), "Café"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, err := Bytes("a.txt", tt.in, Options{})
			if err != nil {
				t.Fatal(err)
			}
			got := strings.Join(docs[0].Lines, "\n")
			if got != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestHTML(t *testing.T) {
	useFakeExtract(t)
	page := func(head, body string) string {
		return `<!DOCTYPE html><html lang="fr"><head>` + head + `<title>Le titre</title></head><body>` + body + `</body></html>`
	}
	tests := []struct {
		name     string
		file     string
		in       []byte
		wantText string
		// wantDecl is the charset declaration the extractor must be given.
		wantDecl string
	}{
		{"utf-8", "p.html", []byte(page(`<meta charset="utf-8">`, "<p>L’été à Paris</p><p>Suite</p>")), "L’été à Paris\nSuite", `charset="utf-8"`},
		{"meta charset iso-8859-15", "p.htm",
			mustEncode(t, charmap.ISO8859_15, page(`<meta charset="ISO-8859-15">`, "<p>Le cœur coûte 15 €</p>")),
			"Le cœur coûte 15 €", `charset="utf-8"`},
		{"http-equiv windows-1252", "p.html",
			mustEncode(t, charmap.Windows1252, page(`<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">`, "<p>L’été</p>")),
			"L’été", `charset=utf-8"`},
		{"declared latin-1 but valid utf-8", "p.html", []byte(page(`<meta charset='iso-8859-1'>`, "<p>Noël</p>")), "Noël", `charset='utf-8'`},
		{"no declaration, latin-1 bytes", "p.html", mustEncode(t, charmap.ISO8859_1, page("", "<p>Noël à Besançon</p>")), "Noël à Besançon", ""},
		{"sniffed without extension", "page", []byte(page("", "<p>Texte</p>")), "Texte", ""},
		{"web page saved as .txt", "page.txt", []byte(page("", "<p>Texte</p>")), "Texte", ""},
		{"paragraph with line breaks", "p.html", []byte(page("", "<p>Le président\n   a déclaré</p>")), "Le président a déclaré", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, err := Bytes(tt.file, tt.in, Options{})
			if err != nil {
				t.Fatal(err)
			}
			d := docs[0]
			if got := strings.Join(d.Lines, "\n"); got != tt.wantText {
				t.Errorf("text %q, want %q", got, tt.wantText)
			}
			if d.Format != "html" || d.Title != "Le titre" || d.Lang != "fr" || d.File != tt.file {
				t.Errorf("Format, Title, Lang, File = %q, %q, %q, %q", d.Format, d.Title, d.Lang, d.File)
			}
			if tt.wantDecl != "" && !strings.Contains(lastPage, tt.wantDecl) {
				t.Errorf("extractor was given a page without %s:\n%s", tt.wantDecl, lastPage)
			}
		})
	}
}

func TestJSON(t *testing.T) {
	useFakeExtract(t)
	tests := []struct {
		name     string
		file     string
		in       string
		want     []docView
		wantErrs []string
	}{
		{
			name: "one object",
			file: "a.json",
			in: `{"url": "https://ex.fr/a", "title": "Titre", "text": "Para un.\n\nPara deux.",
				"published": "2024-03-01T10:00:00Z", "source": "Le Monde", "author": "Jean Dupont",
				"language": "fr", "tags": ["x"], "extra": {"a": 1}}`,
			want: []docView{{File: "a.json", Format: "json", URL: "https://ex.fr/a", Title: "Titre", Outlet: "Le Monde",
				Published: "2024-03-01T10:00:00Z", Lang: "fr", Authors: []string{"Jean Dupont"}, Lines: []string{"Para un.", "Para deux."}}},
		},
		{
			name: "other field names",
			file: "a.json",
			in: `{"link": "https://ex.fr/b", "headline": "Gros titre", "articleBody": "Corps.",
				"datePublished": "2024-03-02", "publisher": {"@type": "Organization", "name": "Libération"},
				"authors": [{"name": "A. Martin"}, {"name": "B. Durand"}, {"name": "A. Martin"}], "lang": "fr"}`,
			want: []docView{{File: "a.json", Format: "json", URL: "https://ex.fr/b", Title: "Gros titre", Outlet: "Libération",
				Published: "2024-03-02", Lang: "fr", Authors: []string{"A. Martin", "B. Durand"}, Lines: []string{"Corps."}}},
		},
		{
			name: "snake case, numbers, byline",
			file: "a.json",
			in:   `{"body": "Corps.", "site_name": "20 Minutes", "published_at": 1709287200, "byline": "Par Marie Curie"}`,
			want: []docView{{File: "a.json", Format: "json", Outlet: "20 Minutes", Published: "1709287200",
				Authors: []string{"Par Marie Curie"}, Lines: []string{"Corps."}}},
		},
		{
			name: "wordpress rendered html",
			file: "a.json",
			in: `{"title": {"rendered": "L&#8217;été &amp; l&rsquo;hiver"},
				"content": {"rendered": "<p>Un &amp; deux</p>\n<p>Trois <em>quatre</em><br/>cinq</p><script>x()</script>"},
				"pubDate": "Fri, 01 Mar 2024 10:00:00 +0100"}`,
			want: []docView{{File: "a.json", Format: "json", Title: "L’été & l’hiver", Published: "Fri, 01 Mar 2024 10:00:00 +0100",
				Lines: []string{"Un & deux", "Trois quatre", "cinq"}}},
		},
		{
			name: "text as array of paragraphs",
			file: "a.json",
			in:   `{"content": ["Un.", "", "Deux.\nTrois &amp; quatre."], "date": "2024-01-01"}`,
			want: []docView{{File: "a.json", Format: "json", Published: "2024-01-01", Lines: []string{"Un.", "Deux.", "Trois & quatre."}}},
		},
		{
			name: "mongodb date, url object",
			file: "a.json",
			in:   `{"text": "Corps.", "date": {"$date": "2024-01-02T00:00:00Z"}, "url": {"href": "https://ex.fr/d"}}`,
			want: []docView{{File: "a.json", Format: "json", URL: "https://ex.fr/d", Published: "2024-01-02T00:00:00Z", Lines: []string{"Corps."}}},
		},
		{
			name: "array",
			file: "a.json",
			in:   `[{"text": "Un"}, {"body": "Deux"}]`,
			want: []docView{{File: "a.json#1", Format: "json", Lines: []string{"Un"}}, {File: "a.json#2", Format: "json", Lines: []string{"Deux"}}},
		},
		{
			name: "wrapper object",
			file: "a.json",
			in:   `{"status": "ok", "totalResults": 2, "articles": [{"title": "T1", "content": "Un", "source": {"id": null, "name": "AFP"}}, {"content": "Deux"}]}`,
			want: []docView{{File: "a.json#1", Format: "json", Title: "T1", Outlet: "AFP", Lines: []string{"Un"}}, {File: "a.json#2", Format: "json", Lines: []string{"Deux"}}},
		},
		{
			name: "records keyed by id, in document order",
			file: "a.json",
			in:   `{"zz": {"articleBody": "Un", "url": "u1"}, "aa": {"articleBody": "Deux", "url": "u2"}}`,
			want: []docView{{File: "a.json#1", Format: "json", URL: "u1", Lines: []string{"Un"}}, {File: "a.json#2", Format: "json", URL: "u2", Lines: []string{"Deux"}}},
		},
		{
			name: "concatenated objects",
			file: "a.json",
			in:   "{\"text\": \"Un\"}\n{\n  \"text\": \"Deux\"\n}\n",
			want: []docView{{File: "a.json#1", Format: "json", Lines: []string{"Un"}}, {File: "a.json#2", Format: "json", Lines: []string{"Deux"}}},
		},
		{
			name: "html field, json metadata wins",
			file: "a.json",
			in: `{"url": "https://ex.fr/c", "title": "Titre JSON", "raw_html":
				"<html lang=\"fr\"><head><meta charset=\"iso-8859-1\"><title>Titre page</title><meta name=\"author\" content=\"Page Author\"></head><body><p>Corps été</p></body></html>"}`,
			want: []docView{{File: "a.json", Format: "json", URL: "https://ex.fr/c", Title: "Titre JSON", Lang: "fr",
				Authors: []string{"Page Author"}, Lines: []string{"Corps été"}}},
		},
		{
			name: "text wins over html",
			file: "a.json",
			in:   `{"text": "Texte", "html": "<p>Page</p>"}`,
			want: []docView{{File: "a.json", Format: "json", Lines: []string{"Texte"}}},
		},
		{
			name:     "one record of an array has no text",
			file:     "a.json",
			in:       `[{"text": "Un"}, {"title": "Sans texte", "text": "  "}, {"text": "Trois"}]`,
			want:     []docView{{File: "a.json#1", Format: "json", Lines: []string{"Un"}}, {File: "a.json#3", Format: "json", Lines: []string{"Trois"}}},
			wantErrs: []string{"a.json#2: " + noTextReason},
		},
		{
			name:     "invalid json",
			file:     "a.json",
			in:       "{\"text\": \"Un\",\n \"title\": nope}",
			wantErrs: []string{"a.json: invalid JSON at line 2, column 12: invalid character 'o' in literal null (expecting 'u')"},
		},
		{
			name:     "truncated json",
			file:     "a.json",
			in:       `{"text": "Un`,
			wantErrs: []string{"a.json: invalid JSON at line 1, column 13: unexpected end of input (truncated?)"},
		},
		{
			name:     "no text",
			file:     "a.json",
			in:       `{"title": "Rien", "url": "u"}`,
			wantErrs: []string{"a.json: " + noTextReason},
		},
		{
			name:     "html field without article",
			file:     "a.json",
			in:       `{"html": "<html><body><div>menu</div></body></html>"}`,
			wantErrs: []string{"a.json: no article text found in the HTML page"},
		},
		{
			name:     "scalar",
			file:     "a.json",
			in:       `"juste une chaîne"`,
			wantErrs: []string{"a.json: the JSON holds a string, not an article object or an array of them"},
		},
		{
			name:     "empty array",
			file:     "a.json",
			in:       `[]`,
			wantErrs: []string{"a.json: no articles: the JSON array is empty"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, err := Bytes(tt.file, []byte(tt.in), Options{})
			if got := views(docs); !reflect.DeepEqual(got, tt.want) && (len(got) > 0 || len(tt.want) > 0) {
				t.Errorf("docs:\n got %+v\nwant %+v", got, tt.want)
			}
			if got := errStrings(Errors(err)); !reflect.DeepEqual(got, tt.wantErrs) && (len(got) > 0 || len(tt.wantErrs) > 0) {
				t.Errorf("errors:\n got %q\nwant %q", got, tt.wantErrs)
			}
		})
	}
}

func TestJSONLines(t *testing.T) {
	in := strings.Join([]string{
		`{"title": "Un", "text": "Premier."}`,
		`{"title": "Deux", "text": "Cassé.`,
		``,
		`[1, 2]`,
		`{"title": "Cinq", "body": "Cinquième."}`,
		`{"title": "Six"}`,
		`   `,
	}, "\r\n")
	for _, name := range []string{"x.jsonl", "x.ndjson", "x.dat", "x.jsonl.gz"} {
		t.Run(name, func(t *testing.T) {
			data := []byte(in)
			if strings.HasSuffix(name, ".gz") {
				data = gz(t, data)
			}
			docs, err := Bytes(name, data, Options{})
			want := []docView{
				{File: name + "#1", Format: "json", Title: "Un", Lines: []string{"Premier."}},
				{File: name + "#5", Format: "json", Title: "Cinq", Lines: []string{"Cinquième."}},
			}
			if got := views(docs); !reflect.DeepEqual(got, want) {
				t.Errorf("docs:\n got %+v\nwant %+v", got, want)
			}
			wantErrs := []string{
				name + "#2: line 2: invalid JSON: unexpected end of JSON input",
				name + "#4: line 4: not an article: the JSON value is an array, not an object",
				name + "#6: line 6: " + noTextReason,
			}
			if got := errStrings(Errors(err)); !reflect.DeepEqual(got, wantErrs) {
				t.Errorf("errors:\n got %q\nwant %q", got, wantErrs)
			}
		})
	}
}

func TestJSONLinesManyErrors(t *testing.T) {
	var b strings.Builder
	for i := 0; i < maxRecordErrors+5; i++ {
		b.WriteString("{oops\n")
	}
	b.WriteString(`{"text": "Bon"}` + "\n")
	docs, err := Bytes("x.jsonl", []byte(b.String()), Options{})
	errs := Errors(err)
	if len(docs) != 1 || len(errs) != maxRecordErrors+1 {
		t.Fatalf("got %d docs and %d errors, want 1 and %d", len(docs), len(errs), maxRecordErrors+1)
	}
	if got, want := errs[len(errs)-1].Error(), "x.jsonl: 5 more records could not be read (the first 100 are reported)"; got != want {
		t.Errorf("last error %q, want %q", got, want)
	}
}

func TestGzip(t *testing.T) {
	useFakeExtract(t)
	text := []byte("Titre\n\nCorps de l’article.")
	tests := []struct {
		name string
		file string
		in   []byte
		want []docView
	}{
		{"text", "a.txt.gz", gz(t, text), []docView{{File: "a.txt.gz", Format: "text", Lines: []string{"Titre", "Corps de l’article."}}}},
		{"upper-case suffix", "A.TXT.GZ", gz(t, text), []docView{{File: "A.TXT.GZ", Format: "text", Lines: []string{"Titre", "Corps de l’article."}}}},
		{"json", "a.json.gz", gz(t, []byte(`[{"text": "Un"}]`)), []docView{{File: "a.json.gz#1", Format: "json", Lines: []string{"Un"}}}},
		{"html", "a.html.gz", gz(t, []byte(`<html><title>T</title><p>Corps</p></html>`)), []docView{{File: "a.html.gz", Format: "html", Title: "T", Lines: []string{"Corps"}}}},
		{"sniffed by magic", "download", gz(t, []byte(`{"text": "Un"}`)), []docView{{File: "download", Format: "json", Lines: []string{"Un"}}}},
		{"named .gz but not compressed", "a.txt.gz", text, []docView{{File: "a.txt.gz", Format: "text", Lines: []string{"Titre", "Corps de l’article."}}}},
		{"concatenated members", "a.txt.gz", append(gz(t, []byte("Un\n")), gz(t, []byte("Deux\n"))...), []docView{{File: "a.txt.gz", Format: "text", Lines: []string{"Un", "Deux"}}}},
		{"trailing zero padding", "a.txt.gz", append(gz(t, text), make([]byte, 64)...), []docView{{File: "a.txt.gz", Format: "text", Lines: []string{"Titre", "Corps de l’article."}}}},
		{"latin-1 inside gzip", "a.txt.gz", gz(t, mustEncode(t, charmap.ISO8859_1, "Noël")), []docView{{File: "a.txt.gz", Format: "text", Lines: []string{"Noël"}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, err := Bytes(tt.file, tt.in, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if got := views(docs); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("docs:\n got %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

func TestSniff(t *testing.T) {
	tests := []struct {
		in   string
		want format
	}{
		{"Un texte ordinaire.", fmtText},
		{"  \n{\"text\": \"x\"}", fmtJSON},
		{"[1, 2]", fmtJSON},
		{"{\"a\": 1}\n{\"a\": 2}\n", fmtJSONL},
		{"{\"a\": 1}\n{\"a\": \n", fmtJSONL},
		{"{\n\"a\": 1\n", fmtJSON}, // broken JSON: the JSON parser reports it
		{"<!DOCTYPE html><html></html>", fmtHTML},
		{"<HTML><body>x</body></HTML>", fmtHTML},
		{"<p>Un paragraphe</p>", fmtHTML},
		{"< 3 ans, c'est jeune", fmtText},
		{"{ accolade ouverte dans du texte", fmtJSON},
	}
	for _, tt := range tests {
		if got := sniff([]byte(tt.in)); got != tt.want {
			t.Errorf("sniff(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}

func TestFormatOf(t *testing.T) {
	tests := map[string]format{
		"a.txt": fmtText, "dir/a.TXT": fmtText, "a.text": fmtText, "a.html": fmtHTML, "a.htm.gz": fmtHTML,
		"a.json": fmtJSON, "a.jsonl": fmtJSONL, "a.ndjson.GZ": fmtJSONL, "a.md": fmtUnknown,
		"a.gz": fmtUnknown, "-": fmtUnknown, "README": fmtUnknown, "a.tar.gz": fmtUnknown,
	}
	for name, want := range tests {
		if got := formatOf(name); got != want {
			t.Errorf("formatOf(%q) = %d, want %d", name, got, want)
		}
	}
}

// noise is n bytes of random data, the same on every run.
func noise(n int) []byte {
	b := make([]byte, n)
	rand.New(rand.NewSource(1)).Read(b)
	return b
}

func TestBadInput(t *testing.T) {
	useFakeExtract(t)
	truncated := gz(t, []byte(strings.Repeat("Un texte assez long pour être compressé. ", 50)))
	truncated = truncated[:len(truncated)/2]
	corrupt := gz(t, []byte("Un texte."))
	corrupt[len(corrupt)-6] ^= 0xff // the CRC-32
	withNUL := bytes.Repeat([]byte("texte\x00"), 3204)
	tests := []struct {
		name   string
		file   string
		in     []byte
		max    int64
		reason string
	}{
		{"empty", "a.txt", nil, 0, "empty file"},
		{"white space", "a.txt", []byte(" \r\n\t\n "), 0, "no text: the file holds only white space"},
		{"nul bytes", "a.txt", withNUL, 0, "binary data, not text (3,204 NUL bytes)"},
		{"random bytes", "a.txt", noise(4000), 0, "binary data, not text ("},
		{"random bytes, sniffed", "-", noise(4000), 0, "binary data, not text ("},
		{"pdf", "a.txt", []byte("%PDF-1.4\n%âãÏÓ\n1 0 obj"), 0, "binary data, not text (a PDF document)"},
		{"zip named txt", "a.txt", append([]byte("PK\x03\x04"), noise(100)...), 0, "binary data, not text (a ZIP archive (or an office document))"},
		{"too large", "a.txt", bytes.Repeat([]byte("a"), 200), 100, "larger than 100 bytes (the input is 200 bytes)"},
		{"too large after decompression", "a.txt.gz", gz(t, bytes.Repeat([]byte("a"), 5000)), 1000, "larger than 1000 bytes after decompression"},
		{"truncated gzip", "a.txt.gz", truncated, 0, "truncated gzip stream: unexpected EOF"},
		{"gzip header only", "a.gz", []byte{0x1f, 0x8b, 8}, 0, "truncated gzip stream: unexpected EOF"},
		{"corrupt gzip", "a.txt.gz", corrupt, 0, "corrupt gzip stream: checksum mismatch"},
		{"gzip inside gzip", "a.txt.gz", gz(t, gz(t, []byte("Texte"))), 0, "binary data, not text (a gzip stream compressed twice)"},
		{"empty gzip", "a.txt.gz", gz(t, nil), 0, "empty file (after decompression)"},
		{"invalid json", "a.json", []byte(`{"text": }`), 0, "invalid JSON at line 1, column 10: invalid character '}' looking for beginning of value"},
		{"json without text", "a.json", []byte(`{"title": "T"}`), 0, noTextReason},
		{"html without article", "a.html", []byte("<html><body><nav>Menu</nav></body></html>"), 0, "no article text found in the HTML page"},
		{"html extractor failure", "a.html", []byte("<html><body>EXPLODE</body></html>"), 0, "cannot extract the article from the HTML page: parsing HTML page: boom"},
		{"html with only blank paragraphs", "a.html", []byte("<html><p> </p><p>\x00</p><!--" + pad + "--></html>"), 0, "no article text found in the HTML page"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, err := Bytes(tt.file, tt.in, Options{MaxBytes: tt.max})
			errs := Errors(err)
			if len(docs) != 0 || len(errs) != 1 {
				t.Fatalf("got %d docs and errors %q, want no doc and one error", len(docs), errStrings(errs))
			}
			if errs[0].File != tt.file || !strings.HasPrefix(errs[0].Reason, tt.reason) {
				t.Errorf("error %q, want %s: %s…", errs[0], tt.file, tt.reason)
			}
		})
	}
}

func TestErrorsHelper(t *testing.T) {
	a, b := &Error{"a", "x"}, &Error{"b", "y"}
	if got := Errors(nil); got != nil {
		t.Errorf("Errors(nil) = %v", got)
	}
	if got := Errors(a); !reflect.DeepEqual(got, []*Error{a}) {
		t.Errorf("Errors(a) = %v", got)
	}
	if got := Errors(errors.Join(a, b)); !reflect.DeepEqual(got, []*Error{a, b}) {
		t.Errorf("Errors(join) = %v", got)
	}
}

func TestFormatSize(t *testing.T) {
	tests := map[int64]string{1: "1 byte", 100: "100 bytes", 2048: "2 KiB", 1536: "1.5 KiB",
		64 << 20: "64 MiB", 70 << 20 / 10 * 11: "77 MiB", 1<<20 + 1<<19: "1.5 MiB"}
	for n, want := range tests {
		if got := formatSize(n); got != want {
			t.Errorf("formatSize(%d) = %q, want %q", n, got, want)
		}
	}
	for n, want := range map[int]string{0: "0", 999: "999", 1000: "1,000", 3204: "3,204", 1234567: "1,234,567"} {
		if got := commas(n); got != want {
			t.Errorf("commas(%d) = %q, want %q", n, got, want)
		}
	}
}

// writeTree writes files (path -> content) under dir.
func writeTree(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func collect(paths []string, stdin *strings.Reader, opt Options) ([]string, []string) {
	var files []string
	var in = stdin
	var errs []*Error
	if in == nil {
		errs = Paths(paths, nil, opt, func(d *article.Doc) { files = append(files, d.File) })
	} else {
		errs = Paths(paths, in, opt, func(d *article.Doc) { files = append(files, d.File) })
	}
	return files, errStrings(errs)
}

func TestPathsWalk(t *testing.T) {
	useFakeExtract(t)
	root := t.TempDir()
	writeTree(t, root, map[string]string{
		"b.txt":            "B",
		"a.txt":            "A",
		"A.TXT":            "grand A",
		"10.txt":           "dix",
		"9.txt":            "neuf",
		"sub/c.json":       `{"text": "C"}`,
		"sub/d.jsonl":      "{\"text\": \"D1\"}\n{\"text\": \"D2\"}\n",
		"sub/deeper/e.htm": "<html><p>E</p></html>",
		"page.html":        "<html><p>Page</p></html>",
		".hidden.txt":      "caché",
		".git/x.txt":       "caché",
		"notes.md":         "pas lu",
		"README":           "pas lu",
		"img.png":          "\x89PNG\r\n\x1a\n",
		"zz.gz":            "pas lu",
	})
	if err := os.WriteFile(filepath.Join(root, "z.txt.gz"), gz(t, []byte("Z")), 0o644); err != nil {
		t.Fatal(err)
	}
	files, errs := collect([]string{root}, nil, Options{})
	rel := func(s ...string) []string {
		for i := range s {
			s[i] = filepath.Join(root, s[i])
		}
		return s
	}
	want := rel("10.txt", "9.txt", "A.TXT", "a.txt", "b.txt", "page.html",
		"sub/c.json", "sub/d.jsonl#1", "sub/d.jsonl#2", "sub/deeper/e.htm", "z.txt.gz")
	if !reflect.DeepEqual(files, want) || len(errs) != 0 {
		t.Errorf("files %q\nwant  %q\nerrors %q", files, want, errs)
	}

	// Files named explicitly are read whatever their name.
	files, errs = collect(rel("notes.md", ".hidden.txt", "README"), nil, Options{})
	if want := rel("notes.md", ".hidden.txt", "README"); !reflect.DeepEqual(files, want) || len(errs) != 0 {
		t.Errorf("explicit files %q, errors %q; want %q", files, errs, want)
	}
	// A symbolic link to a directory, named explicitly, is walked.
	link := filepath.Join(t.TempDir(), "lien")
	if err := os.Symlink(filepath.Join(root, "sub"), link); err != nil {
		t.Fatal(err)
	}
	files, errs = collect([]string{link}, nil, Options{})
	if want := []string{link + "/c.json", link + "/d.jsonl#1", link + "/d.jsonl#2", link + "/deeper/e.htm"}; !reflect.DeepEqual(files, want) || len(errs) != 0 {
		t.Errorf("symlinked root: files %q, errors %q; want %q", files, errs, want)
	}
	// A hidden directory named explicitly is walked.
	files, _ = collect(rel(".git"), nil, Options{})
	if want := rel(".git/x.txt"); !reflect.DeepEqual(files, want) {
		t.Errorf("hidden root: files %q, want %q", files, want)
	}
}

func TestPathsErrorsAndContinue(t *testing.T) {
	root := t.TempDir()
	writeTree(t, root, map[string]string{
		"good.txt":      "Bon texte.",
		"empty.txt":     "",
		"big.txt":       strings.Repeat("x", 300),
		"dir/ok.txt":    "Dans le dossier.",
		"dir/empty.txt": "",
	})
	missing := filepath.Join(root, "absent.txt")
	if err := os.Symlink(filepath.Join(root, "nowhere.txt"), filepath.Join(root, "dir", "broken.txt")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(root, "good.txt"), filepath.Join(root, "dir", "link.txt")); err != nil {
		t.Fatal(err)
	}
	p := func(s string) string { return filepath.Join(root, s) }
	files, errs := collect([]string{missing, p("empty.txt"), p("good.txt"), p("big.txt"), p("dir")}, nil, Options{MaxBytes: 200})
	wantFiles := []string{p("good.txt"), p("dir/link.txt"), p("dir/ok.txt")}
	wantErrs := []string{
		missing + ": cannot open: no such file or directory",
		p("empty.txt") + ": empty file",
		p("big.txt") + ": larger than 200 bytes (the file is 300 bytes)",
		p("dir/broken.txt") + ": cannot open: no such file or directory",
		p("dir/empty.txt") + ": empty file",
	}
	if !reflect.DeepEqual(files, wantFiles) {
		t.Errorf("files %q\nwant  %q", files, wantFiles)
	}
	if !reflect.DeepEqual(errs, wantErrs) {
		t.Errorf("errors %q\nwant   %q", errs, wantErrs)
	}
}

func TestPathsUnreadableDirectory(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("running as root: permissions do not stop reading")
	}
	root := t.TempDir()
	writeTree(t, root, map[string]string{"a.txt": "A", "locked/b.txt": "B", "z.txt": "Z"})
	locked := filepath.Join(root, "locked")
	if err := os.Chmod(locked, 0); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(locked, 0o755) })
	files, errs := collect([]string{root}, nil, Options{})
	want := []string{filepath.Join(root, "a.txt"), filepath.Join(root, "z.txt")}
	if !reflect.DeepEqual(files, want) {
		t.Errorf("files %q, want %q", files, want)
	}
	if len(errs) != 1 || !strings.Contains(errs[0], "cannot read directory: permission denied") {
		t.Errorf("errors %q, want one 'cannot read directory'", errs)
	}
}

func TestPathsStdin(t *testing.T) {
	tests := []struct {
		name      string
		in        string
		max       int64
		wantFiles []string
		wantErrs  []string
	}{
		{"text", "Titre\nCorps", 0, []string{"-"}, nil},
		{"json lines", "{\"text\": \"a\"}\n{\"text\": \"b\"}\n", 0, []string{"-#1", "-#2"}, nil},
		{"gzip json", string(gz(t, []byte(`{"text": "a"}`))), 0, []string{"-"}, nil},
		{"empty", "", 0, nil, []string{"-: empty file"}},
		{"too large", strings.Repeat("a", 101), 100, nil, []string{"-: larger than 100 bytes"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			files, errs := collect([]string{"-"}, strings.NewReader(tt.in), Options{MaxBytes: tt.max})
			if !reflect.DeepEqual(files, tt.wantFiles) || !reflect.DeepEqual(errs, tt.wantErrs) {
				t.Errorf("files %q errors %q, want %q %q", files, errs, tt.wantFiles, tt.wantErrs)
			}
		})
	}
	files, errs := collect([]string{"-"}, nil, Options{})
	if len(files) != 0 || !reflect.DeepEqual(errs, []string{"-: no standard input to read"}) {
		t.Errorf("nil stdin: files %q errors %q", files, errs)
	}
}
