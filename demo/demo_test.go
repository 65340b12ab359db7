package demo

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestFilesStableAndNamed(t *testing.T) {
	a, err := Files()
	if err != nil {
		t.Fatal(err)
	}
	b, err := Files()
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"demo/01-reuters.txt",
		"demo/02-portail.txt",
		"demo/03-ferme-contenu.txt",
		"demo/04-echo-des-alpes.txt",
		"demo/05-france-horizon.html",
		"demo/06-blog.jsonl",
		"demo/07-reuters-maj.txt",
		"demo/08-afp-suivi.txt",
	}
	if len(a) != len(want) {
		t.Fatalf("Files() returned %d files, want %d", len(a), len(want))
	}
	for i, f := range a {
		if f.Name != want[i] {
			t.Errorf("file %d: name %q, want %q", i, f.Name, want[i])
		}
		if f.Name != b[i].Name || !bytes.Equal(f.Data, b[i].Data) {
			t.Errorf("file %d differs between two calls", i)
		}
		if len(f.Data) == 0 {
			t.Errorf("%s is empty", f.Name)
		}
	}
}

func files(t *testing.T) map[string][]byte {
	t.Helper()
	fs, err := Files()
	if err != nil {
		t.Fatal(err)
	}
	m := make(map[string][]byte, len(fs))
	for _, f := range fs {
		m[strings.TrimPrefix(f.Name, Prefix)] = f.Data
	}
	return m
}

// TestJSONLRecords checks that every JSON Lines record carries the fields
// the reader expects.
func TestJSONLRecords(t *testing.T) {
	data := files(t)["06-blog.jsonl"]
	lines := bytes.Split(bytes.TrimSpace(data), []byte("\n"))
	if len(lines) != 2 {
		t.Fatalf("06-blog.jsonl has %d records, want 2", len(lines))
	}
	for i, l := range lines {
		var rec map[string]string
		if err := json.Unmarshal(l, &rec); err != nil {
			t.Fatalf("record %d: %v", i+1, err)
		}
		for _, k := range []string{"url", "title", "text", "published", "outlet"} {
			if rec[k] == "" {
				t.Errorf("record %d: field %q missing or empty", i+1, k)
			}
		}
	}
}

// TestTraps checks that the corpus still carries the traps README.md
// documents, so that an edit cannot remove one silently.
func TestTraps(t *testing.T) {
	m := files(t)
	tests := []struct {
		file, want, trap string
	}{
		{"01-reuters.txt", "SOFIA, 4 mars (Reuters) -", "wire dateline without a year"},
		{"01-reuters.txt", "(Reportage de Dimitar Kolev, version française", "wire credit block"},
		{"01-reuters.txt", "Stoyan Petkov", "English-style transliteration"},
		{"01-reuters.txt", "450 personnes ont été évacuées", "evacuees per the wire"},
		{"01-reuters.txt", "dont trois enfants", "figure corrected later"},
		{"02-portail.txt", "d\u2019un barrage", "typographic apostrophes in the near-verbatim copy"},
		{"02-portail.txt", "PUBLICITÉ", "advert stamp"},
		{"02-portail.txt", "Lire aussi : Glissement de terrain dans les Abruzzes : 8 disparus", "figure inside a related headline"},
		{"02-portail.txt", "Inscrivez-vous à notre newsletter", "newsletter call"},
		{"03-ferme-contenu.txt", "\r\n", "CRLF line ends"},
		{"03-ferme-contenu.txt", "Stoïan Petkov", "French-style transliteration"},
		{"03-ferme-contenu.txt", "National Civil Protection Agency (NCPA)", "English acronym of the ANPC"},
		{"03-ferme-contenu.txt", "À propos de l'auteur", "spam author bio"},
		{"04-echo-des-alpes.txt", "Publié le 05/03/2025 à 18h42 Modifié le 05/03/2025 à 21h10", "publication stamp"},
		{"04-echo-des-alpes.txt", "entre 1\u202f000 et 1\u202f500 sinistrés", "range with narrow no-break spaces"},
		{"04-echo-des-alpes.txt", "Gueorgui Nedeltchev", "French-style transliteration"},
		{"04-echo-des-alpes.txt", "19 morts", "toll on day two"},
		{"05-france-horizon.html", "charset=windows-1252", "legacy encoding"},
		{"05-france-horizon.html", "Vid\xe9o 02:35", "video caption (Windows-1252 bytes)"},
		{"05-france-horizon.html", "\xc0 d\xe9couvrir \xe9galement", "related headlines block"},
		{"05-france-horizon.html", "pr\xe8s de 300 habitants ont \xe9t\xe9 \xe9vacu\xe9s", "evacuees conflicting with the wire"},
		{"05-france-horizon.html", "\xa9 Petar Stoyanov / AFP", "wire named only in a photo credit"},
		{"06-blog.jsonl", "a confirmé Reuters", "blog citing the wire"},
		{"06-blog.jsonl", "3 commentaires", "comment footer"},
		{"07-reuters-maj.txt", "(Corrige le nombre d'enfants", "wire correction note"},
		{"07-reuters-maj.txt", "Le précédent bilan, mardi, faisait état de 12 morts.", "old figure recalled in an update"},
		{"08-afp-suivi.txt", "SOFIA, 6 mars 2025 (AFP) -", "wire dateline with a year"},
		{"08-afp-suivi.txt", "23 morts", "toll on day three"},
		{"08-afp-suivi.txt", "dk/cr/ib", "AFP signature initials"},
	}
	for _, tt := range tests {
		data, ok := m[tt.file]
		if !ok {
			t.Errorf("%s: file missing", tt.file)
			continue
		}
		if !bytes.Contains(data, []byte(tt.want)) {
			t.Errorf("%s: lost trap %q (%s)", tt.file, tt.want, tt.trap)
		}
	}
	if utf8.Valid(m["05-france-horizon.html"]) {
		t.Error("05-france-horizon.html is valid UTF-8; it must stay Windows-1252")
	}
	if bytes.Contains(m["01-reuters.txt"], []byte("2025")) {
		t.Error("01-reuters.txt names the year; the wire copy must not")
	}
}
