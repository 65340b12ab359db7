package facts

import (
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/recoupe/recoupe/entity"
	"github.com/recoupe/recoupe/internal/cputime"
	"github.com/recoupe/recoupe/internal/tokens"
	"github.com/recoupe/recoupe/quantity"
	"github.com/recoupe/recoupe/quote"
	"github.com/recoupe/recoupe/timex"
)

var march6 = time.Date(2025, 3, 6, 0, 0, 0, 0, time.UTC)

func TestDropOverlaps(t *testing.T) {
	q := func(s, e int) Quantity { return Quantity{Start: s, End: e} }
	tests := []struct {
		name  string
		qs    []Quantity
		dates []Date
		ents  []Entity
		want  []int // starts of the figures kept
	}{
		{"nothing to drop", []Quantity{q(0, 2), q(10, 12)}, nil, nil, []int{0, 10}},
		{"date covers the figure", []Quantity{q(0, 2), q(10, 12)}, []Date{{Start: 9, End: 20}}, nil, []int{0}},
		{"date overlaps the start", []Quantity{q(10, 15)}, []Date{{Start: 5, End: 11}}, nil, nil},
		{"date just before and just after", []Quantity{q(10, 15)}, []Date{{Start: 5, End: 10}, {Start: 15, End: 20}}, nil, []int{10}},
		{"name covers the figure", []Quantity{q(3, 5), q(30, 32)}, nil, []Entity{{Start: 0, End: 6}}, []int{30}},
		{"nested names", []Quantity{q(12, 13), q(40, 41)}, nil, []Entity{{Start: 0, End: 20}, {Start: 2, End: 5}}, []int{40}},
		{"long name before a short one", []Quantity{q(12, 13)}, nil, []Entity{{Start: 0, End: 10}, {Start: 11, End: 30}}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []int
			for _, x := range dropOverlaps(tt.qs, tt.dates, tt.ents) {
				got = append(got, x.Start)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("kept %v, want %v", got, tt.want)
			}
		})
	}
}

func TestExtract(t *testing.T) {
	text := "SOFIA, 4 mars (Reuters) - Après 48 heures de pluie, au moins 12 personnes sont mortes mardi. " +
		"« Nous faisons face à la pire catastrophe », a déclaré le ministre de l'Intérieur, Stoyan Petkov. " +
		"Près de 300 habitants ont été évacués."
	f := Extract(text, "fr", march6)

	// The duration is a date span, not a figure.
	if !hasDate(f, "48 heures", "PT48H") {
		t.Errorf("no duration 48 heures in %+v", f.Dates)
	}
	if !hasDate(f, "mardi", "2025-03-04") {
		t.Errorf("mardi not resolved to 2025-03-04 in %+v", f.Dates)
	}
	for _, q := range f.Quantities {
		if q.Text == "48 heures" || q.Text == "48" {
			t.Errorf("the duration is also a figure: %+v", q)
		}
	}
	var twelve, three *Quantity
	for i, q := range f.Quantities {
		switch q.Value {
		case 12:
			twelve = &f.Quantities[i]
		case 300:
			three = &f.Quantities[i]
		}
	}
	if twelve == nil || twelve.Low == nil || *twelve.Low != 12 {
		t.Errorf("au moins 12: %+v", twelve)
	}
	if three == nil || !three.Approx || three.Measure != "évacués" {
		t.Errorf("près de 300 évacués: %+v", three)
	}

	// The entity recognizer's person is the quote's speaker.
	var person bool
	for _, e := range f.Entities {
		if e.Text == "Stoyan Petkov" && e.Kind == "person" {
			person = true
		}
	}
	if !person {
		t.Errorf("no person Stoyan Petkov in %+v", f.Entities)
	}
	if len(f.Quotes) != 1 || f.Quotes[0].Speaker != "Stoyan Petkov" ||
		f.Quotes[0].Text != "Nous faisons face à la pire catastrophe" {
		t.Errorf("quotes = %+v", f.Quotes)
	} else if q := f.Quotes[0]; string([]rune(text)[q.SpeakerStart:q.SpeakerEnd]) != "Stoyan Petkov" {
		t.Errorf("speaker span %d-%d", q.SpeakerStart, q.SpeakerEnd)
	}
	checkSpans(t, text, f)
}

func TestExtractEmptyIsNotNull(t *testing.T) {
	data, err := json.Marshal(Extract("", "fr", time.Time{}))
	if err != nil {
		t.Fatal(err)
	}
	want := `{"dates":[],"quantities":[],"entities":[],"quotes":[]}`
	if string(data) != want {
		t.Errorf("got %s, want %s", data, want)
	}
}

// TestExtractJSONKeys checks the keys of each kind of fact, in order, as
// docs/extract.md documents them.
func TestExtractJSONKeys(t *testing.T) {
	f := Facts{
		Dates:      []Date{{Mod: "APPROX", Future: true}},
		Quantities: []Quantity{{Kind: "count", Qualifier: "près de"}},
		Entities:   []Entity{{Role: "ministre"}},
		Quotes:     []Quote{{Partial: true}},
	}
	data, err := json.Marshal(f)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"dates":[{"start":0,"end":0,"text":"","value":"","kind":""}],` +
		`"quantities":[{"start":0,"end":0,"text":"","value":0,"low":null,"high":null,"approx":false,"unit":"","measure":""}],` +
		`"entities":[{"start":0,"end":0,"text":"","kind":"","canonical":""}],` +
		`"quotes":[{"start":0,"end":0,"text":"","speaker":"","speaker_start":0,"speaker_end":0}]}`
	if string(data) != want {
		t.Errorf("got\n%s\nwant\n%s", data, want)
	}
}

func hasDate(f Facts, text, value string) bool {
	for _, d := range f.Dates {
		if d.Text == text && d.Value == value {
			return true
		}
	}
	return false
}

// checkSpans checks that every span lies within the text and that its
// Text is the code points between its offsets.
func checkSpans(t *testing.T, text string, f Facts) {
	t.Helper()
	rs := []rune(text)
	check := func(what string, s, e int, got string) {
		if s < 0 || e > len(rs) || s > e {
			t.Errorf("%s %d-%d out of [0, %d]", what, s, e, len(rs))
			return
		}
		if want := string(rs[s:e]); got != want {
			t.Errorf("%s %d-%d: Text %q, the text has %q", what, s, e, got, want)
		}
	}
	for _, d := range f.Dates {
		check("date", d.Start, d.End, d.Text)
	}
	for _, q := range f.Quantities {
		check("quantity", q.Start, q.End, q.Text)
	}
	for _, e := range f.Entities {
		check("entity", e.Start, e.End, e.Text)
	}
	for _, q := range f.Quotes {
		check("quote", q.Start, q.End, q.Text)
		if q.SpeakerStart != -1 || q.SpeakerEnd != -1 {
			if q.SpeakerStart < 0 || q.SpeakerEnd > len(rs) || q.SpeakerStart > q.SpeakerEnd {
				t.Errorf("quote speaker %d-%d out of [0, %d]", q.SpeakerStart, q.SpeakerEnd, len(rs))
			}
		}
	}
}

func FuzzExtract(f *testing.F) {
	f.Add("SOFIA, 4 mars (Reuters) - Au moins 12 personnes ont été tuées mardi, a déclaré M. Petkov : « C'est la pire catastrophe. »", "fr")
	f.Add("Environ 1 200 personnes sont sinistrées, dont 700 ont été évacuées, selon l'Agence nationale de protection civile (ANPC).", "fr")
	f.Add(`"We will rebuild," said John Smith, 45, on Monday. About 3,000 people left by March 4, 2025.`, "en")
	f.Add("« \u00a0»« “ ” \" 1 000 à 1 500 \u202f% J.-P. etc.. M. \n\n\r\n « ouvert", "fr")
	f.Add("\xff\xfe12 morts\xc3 « \xe2\x80 »", "fr")
	f.Fuzz(func(t *testing.T, text, lang string) {
		if len(text) > 4000 {
			return
		}
		ref := march6
		if len(text)%2 == 1 {
			ref = time.Time{}
		}
		got := Extract(text, lang, ref)
		if !utf8.ValidString(text) {
			text = string([]rune(text))
		}
		checkSpans(t, text, got)
		rs := []rune(text)
		for _, s := range Sentences(text) {
			if s.Start < 0 || s.End > len(rs) || s.Start >= s.End || string(rs[s.Start:s.End]) != s.Text {
				t.Errorf("sentence %d-%d %q does not match the text", s.Start, s.End, s.Text)
			}
		}
	})
}

// benchArticle is a French news article of about 3 KB.
func benchArticle(b *testing.B) string {
	data, err := os.ReadFile("../timex/testdata/article_fr.txt")
	if err != nil {
		b.Skipf("benchmark article absent: %v", err)
	}
	return string(data)
}

// BenchmarkExtract measures the four extractors on one 3 KB French
// article (one op = one article). The target is 3,000 articles a
// second on one core: at most 333 µs (cpu-ns/op 333000) with -cpu 1.
func BenchmarkExtract(b *testing.B) {
	text := benchArticle(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	Extract(text, "fr", march6) // load the extractors' tables first
	start := cputime.Now()
	defer cputime.Report(b, start)
	for b.Loop() {
		Extract(text, "fr", march6)
	}
}

// TestBenchArticle keeps the benchmark honest: its article yields facts of
// every kind.
func TestBenchArticle(t *testing.T) {
	data, err := os.ReadFile("../timex/testdata/article_fr.txt")
	if err != nil {
		t.Skipf("benchmark article absent: %v", err)
	}
	text := string(data)
	f := Extract(text, "fr", march6)
	if len(f.Dates) == 0 || len(f.Quantities) == 0 || len(f.Entities) == 0 {
		t.Errorf("benchmark article yields %d dates, %d figures, %d names", len(f.Dates), len(f.Quantities), len(f.Entities))
	}
	if !strings.Contains(text, "«") && !strings.Contains(text, "“") {
		t.Logf("the benchmark article has no quotes: the quote extractor runs on none")
	}
	checkSpans(t, text, f)
}

// BenchmarkExtractors measures each extractor alone on the benchmark
// article, to tell where Extract spends its time.
func BenchmarkExtractors(b *testing.B) {
	text := benchArticle(b)
	Extract(text, "fr", march6) // load the extractors' tables first
	ms := entity.Find(text, "fr")
	qms := make([]quote.Mention, len(ms))
	for i, m := range ms {
		qms[i] = quote.Mention{Start: m.Start, End: m.End, Text: m.Text, Kind: m.Kind, Canonical: m.Canonical, Role: m.Role}
	}
	run := func(name string, f func()) {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			start := cputime.Now()
			defer cputime.Report(b, start)
			for b.Loop() {
				f()
			}
		})
	}
	var x tokens.Text
	x.Reset(text)
	run("tokens", func() { x.Reset(text) })
	run("entity", func() { entity.Find(text, "fr") })
	run("entity-shared", func() { entity.FindIn(&x, "fr") })
	run("timex", func() { timex.Find(text, timex.Ref{Date: march6, Lang: "fr"}) })
	run("quantity", func() { quantity.Find(text, "fr") })
	run("quote", func() { quote.Find(text, "fr", qms) })
	run("quote-shared", func() { quote.FindIn(&x, "fr", qms) })
	run("sentences", func() { Sentences(text) })
}

// BenchmarkExtractParts runs entity, timex and quote in turn as Extract
// does (one token stream shared by entity and quote), without the
// quantity extractor: the share of the facts stage outside quantity,
// measured with the others' tables competing for the caches.
func BenchmarkExtractParts(b *testing.B) {
	text := benchArticle(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	Extract(text, "fr", march6)
	start := cputime.Now()
	defer cputime.Report(b, start)
	var x tokens.Text
	for b.Loop() {
		x.Reset(text)
		ms := entity.FindIn(&x, "fr")
		qms := make([]quote.Mention, len(ms))
		for i, m := range ms {
			qms[i] = quote.Mention{Start: m.Start, End: m.End, Text: m.Text, Kind: m.Kind, Canonical: m.Canonical, Role: m.Role}
		}
		timex.Find(text, timex.Ref{Date: march6, Lang: "fr"})
		quote.FindIn(&x, "fr", qms)
	}
}
