package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// extractDoc mirrors docs/extract.md.
type extractDoc struct {
	Articles []struct {
		File    string  `json:"file"`
		RefDate *string `json:"ref_date"`
		Dates   []struct {
			Start, End        int
			Text, Value, Kind string
		}
		Quantities []struct {
			Start, End int
			Text       string
			Value      float64
			Low, High  *float64
			Approx     bool
			Unit       string
			Measure    string
		}
		Entities []struct {
			Start, End            int
			Text, Kind, Canonical string
		}
		Quotes []struct {
			Start, End int
			Text       string
			Speaker    string
			SpeakerS   int `json:"speaker_start"`
			SpeakerE   int `json:"speaker_end"`
		}
	} `json:"articles"`
}

const extractSample = `Barrage : au moins 12 morts

SOFIA, 4 mars (Reuters) - Au moins 12 personnes ont été tuées mardi dans la rupture d'un barrage, a annoncé l'Agence nationale de protection civile.

« Nous faisons face à la pire catastrophe », a déclaré le ministre de l'Intérieur, Stoyan Petkov.

Partager sur Facebook Partager sur X
`

func TestExtractJSON(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(path, []byte(extractSample), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name  string
		args  []string
		clean bool
	}{
		{"cleaned", []string{"extract", "--ref-date", "2025-03-04", path}, true},
		{"raw", []string{"extract", "--no-clean", "--ref-date", "2025-03-04", path}, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			out, errOut, code := run(t, "", tt.args...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			var raw map[string][]map[string]any
			if err := json.Unmarshal([]byte(out), &raw); err != nil {
				t.Fatalf("not JSON: %v\n%s", err, out)
			}
			for _, k := range []string{"file", "ref_date", "dates", "quantities", "entities", "quotes"} {
				if _, ok := raw["articles"][0][k]; !ok {
					t.Errorf("key %q missing", k)
				}
			}
			var doc extractDoc
			if err := json.Unmarshal([]byte(out), &doc); err != nil {
				t.Fatal(err)
			}
			if len(doc.Articles) != 1 {
				t.Fatalf("%d articles", len(doc.Articles))
			}
			a := doc.Articles[0]
			if a.RefDate == nil || *a.RefDate != "2025-03-04" {
				t.Errorf("ref_date %v", a.RefDate)
			}
			// The text the offsets count: the cleaned paragraphs or the raw
			// lines; the headline and the share line are only in the raw.
			// The reader keeps the non-blank lines.
			lines := strings.Split(strings.TrimSuffix(extractSample, "\n"), "\n\n")
			text := strings.Join(lines, "\n")
			if tt.clean {
				text = strings.Join(lines[1:3], "\n\n")
			}
			rs := []rune(text)
			at := func(s, e int) string {
				if s < 0 || e > len(rs) || s > e {
					return "<out of range>"
				}
				return string(rs[s:e])
			}
			mardi := false
			for _, d := range a.Dates {
				if at(d.Start, d.End) != d.Text {
					t.Errorf("date %d-%d %q is %q in the text", d.Start, d.End, d.Text, at(d.Start, d.End))
				}
				mardi = mardi || d.Text == "mardi" && d.Value == "2025-03-04"
			}
			if !mardi {
				t.Errorf("mardi not resolved against --ref-date: %+v", a.Dates)
			}
			for _, q := range a.Quantities {
				if at(q.Start, q.End) != q.Text {
					t.Errorf("figure %d-%d %q is %q in the text", q.Start, q.End, q.Text, at(q.Start, q.End))
				}
			}
			for _, e := range a.Entities {
				if at(e.Start, e.End) != e.Text {
					t.Errorf("entity %d-%d %q is %q in the text", e.Start, e.End, e.Text, at(e.Start, e.End))
				}
			}
			if len(a.Quotes) != 1 || a.Quotes[0].Speaker != "Stoyan Petkov" || at(a.Quotes[0].SpeakerS, a.Quotes[0].SpeakerE) != "Stoyan Petkov" {
				t.Errorf("quotes %+v", a.Quotes)
			}
			headline := false
			for _, q := range a.Quantities {
				headline = headline || q.Start < 30
			}
			if headline == tt.clean {
				t.Errorf("figure of the headline found: %v, want %v", headline, !tt.clean)
			}
		})
	}
}

func TestExtractText(t *testing.T) {
	out, errOut, code := run(t, extractSample, "extract", "--format", "text", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{"quantities (", "entities (", "Stoyan Petkov: « Nous faisons face à la pire catastrophe »", "reference date none"} {
		if !strings.Contains(out, want) {
			t.Errorf("no %q in\n%s", want, out)
		}
	}
}

func TestExtractErrors(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "a.txt")
	bad := filepath.Join(dir, "b.bin")
	os.WriteFile(good, []byte(extractSample), 0o644)
	os.WriteFile(bad, []byte{0, 1, 2, 0, 3}, 0o644)
	out, errOut, code := run(t, "", "extract", good, bad)
	if code != 2 || !strings.Contains(errOut, "b.bin") {
		t.Errorf("exit %d, stderr %q; want 2 naming b.bin", code, errOut)
	}
	var doc extractDoc
	if err := json.Unmarshal([]byte(out), &doc); err != nil || len(doc.Articles) != 1 {
		t.Errorf("the readable input is not extracted: %v %s", err, out)
	}
	for _, args := range [][]string{
		{"extract", "--ref-date", "4 mars", good},
		{"extract", "--format", "xml", good},
		{"extract"},
	} {
		if _, _, code := run(t, "", args...); code != 1 {
			t.Errorf("%v: exit %d, want 1", args, code)
		}
	}
}
