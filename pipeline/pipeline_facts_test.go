package pipeline

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/recoupe/recoupe/article"
	"github.com/recoupe/recoupe/facts"
	"github.com/recoupe/recoupe/report"
)

// demoStory analyses the demo corpus and returns its (single, for now)
// story with the report's articles by ID.
func demoStory(t *testing.T) (report.Story, map[string]report.Article) {
	t.Helper()
	r := Report(Articles(demoDocs(t), nil), nil)
	if len(r.Stories) == 0 {
		t.Fatal("no story")
	}
	byID := make(map[string]report.Article)
	for _, a := range r.Articles {
		byID[a.ID] = a
	}
	// The dam story is the one holding the Reuters dispatch.
	for _, st := range r.Stories {
		for _, id := range st.Articles {
			if strings.HasSuffix(byID[id].File, "01-reuters.txt") {
				return st, byID
			}
		}
	}
	t.Fatal("no story holds demo/01-reuters.txt")
	return report.Story{}, nil
}

// TestDemoEntities checks that the spellings of one entity across the demo
// corpus's articles are merged (demo/README.md, "Entities and their
// variants").
func TestDemoEntities(t *testing.T) {
	st, _ := demoStory(t)
	tests := []struct {
		kind     string
		variants []string // all in one entity
	}{
		{"person", []string{"Stoyan Petkov", "Stoïan Petkov"}},
		{"person", []string{"Milena Draganova", "Miléna Draganova"}},
		{"person", []string{"Georgi Nedelchev", "Gueorgui Nedeltchev"}},
		{"organisation", []string{"ANPC", "NCPA"}},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.variants, "/"), func(t *testing.T) {
			var found []string
			for _, e := range st.Entities {
				has := 0
				for _, v := range tt.variants {
					if slices.Contains(e.Variants, v) {
						has++
					}
				}
				if has == len(tt.variants) {
					if e.Kind != tt.kind {
						t.Errorf("%s is a %s, want %s", e.Name, e.Kind, tt.kind)
					}
					return
				}
				if has > 0 {
					found = append(found, e.Name+" "+e.Kind+" "+strings.Join(e.Variants, "|"))
				}
			}
			t.Errorf("no entity holds all of %q; entities with some: %q", tt.variants, found)
		})
	}
}

// TestDemoClaims checks the figures of the demo corpus that the issue
// names: the toll under one measure, the two evacuee counts (one
// approximate) under one measure, and a stated range with its bounds.
func TestDemoClaims(t *testing.T) {
	st, arts := demoStory(t)
	claim := func(measure string) *report.Claim {
		for i, c := range st.Claims {
			if c.Measure == measure {
				return &st.Claims[i]
			}
		}
		return nil
	}
	find := func(c *report.Claim, v float64) []report.Value {
		var out []report.Value
		for _, x := range c.Values {
			if x.Value == v {
				out = append(out, x)
			}
		}
		return out
	}

	dead := claim("morts")
	if dead == nil {
		t.Fatalf("no claim morts in %v", measures(st.Claims))
	}
	for _, v := range []float64{12, 19, 23} {
		if len(find(dead, v)) == 0 {
			t.Errorf("morts: no value %v in %+v", v, dead.Values)
		}
	}
	for _, v := range find(dead, 23) {
		if v.AsOf == nil || *v.AsOf != "2025-03-06" {
			t.Errorf("23 morts as of %v, want 2025-03-06", deref(v.AsOf))
		}
	}
	// "Le précédent bilan, mardi, faisait état de 12 morts." in the
	// Wednesday update is Tuesday's figure.
	for _, v := range find(dead, 12) {
		if strings.HasSuffix(arts[v.Article].File, "07-reuters-maj.txt") && deref(v.AsOf) != "2025-03-04" {
			t.Errorf("12 morts recalled by 07 as of %v, want 2025-03-04 (%q)", deref(v.AsOf), v.Sentence)
		}
	}

	evac := claim("évacués")
	if evac == nil {
		t.Fatalf("no claim évacués in %v", measures(st.Claims))
	}
	if vs := find(evac, 450); len(vs) == 0 || vs[0].Approx {
		t.Errorf("évacués: 450 missing or approximate: %+v", evac.Values)
	}
	if vs := find(evac, 300); len(vs) != 1 || !vs[0].Approx {
		t.Errorf("évacués: près de 300 missing or not approximate: %+v", evac.Values)
	}

	affected := claim("sinistrés")
	if affected == nil {
		t.Fatalf("no claim sinistrés in %v", measures(st.Claims))
	}
	ranged := false
	for _, v := range affected.Values {
		if v.Low != nil && v.High != nil && *v.Low == 1000 && *v.High == 1500 {
			ranged = true
			if v.Value != 1250 {
				t.Errorf("range 1 000-1 500 has value %v, want its midpoint", v.Value)
			}
		}
	}
	if !ranged {
		t.Errorf("sinistrés: no range 1000-1500 in %+v", affected.Values)
	}

	statuses := map[string]bool{"agree": true, "evolving": true, "conflict": true, "retracted": true, "single": true}
	for _, c := range st.Claims {
		if !statuses[c.Status] {
			t.Errorf("claim %s has status %q", c.Measure, c.Status)
		}
		if c.Measure == "morts" && c.Status != "evolving" {
			t.Errorf("the toll (12, 19, 23 over three days) is %q, want evolving", c.Status)
		}
		for _, v := range c.Values {
			if v.Sentence == "" || !strings.Contains(arts[v.Article].Text, v.Sentence) {
				t.Errorf("claim %s: sentence %q is not in article %s", c.Measure, v.Sentence, v.Article)
			}
		}
	}
	// The failure on the night of 3-4 March and the national mourning on
	// the 6th are on the timeline.
	days := map[string]bool{}
	for _, e := range st.Timeline {
		days[e.Date] = true
	}
	for _, d := range []string{"2025-03-04", "2025-03-06"} {
		if !days[d] && !days[d[:7]] {
			t.Errorf("timeline lacks %s: %+v", d, st.Timeline)
		}
	}
}

// TestDemoQuotes checks the main quotes of the demo corpus, their
// speakers under the entities' names, and that copies are one quote.
func TestDemoQuotes(t *testing.T) {
	st, arts := demoStory(t)
	tests := []struct {
		start, speaker string
		files          []string // at least these articles carry it
	}{
		{"Nous faisons face à la pire catastrophe", "Stoyan Petkov", []string{"01-reuters.txt", "02-portail.txt", "07-reuters-maj.txt"}},
		{"Les secouristes continueront à chercher jour et nuit", "Stoyan Petkov", []string{"01-reuters.txt", "02-portail.txt"}},
		{"Les responsabilités seront établies", "Stoyan Petkov", []string{"08-afp-suivi.txt"}},
		{"Il n'y a plus de village", "Milena Draganova", []string{"01-reuters.txt", "02-portail.txt"}},
		{"Nous avions demandé des travaux sur la digue", "Milena Draganova", []string{"04-echo-des-alpes.txt"}},
		{"Aucune anomalie n'avait été relevée", "Georgi Nedelchev", []string{"01-reuters.txt", "02-portail.txt"}},
	}
	for _, tt := range tests {
		t.Run(tt.start, func(t *testing.T) {
			var got []report.Quote
			for _, q := range st.Quotes {
				if strings.HasPrefix(strings.ReplaceAll(q.Text, "’", "'"), tt.start) {
					got = append(got, q)
				}
			}
			if len(got) != 1 {
				t.Fatalf("%d quotes start with %q, want one: %+v", len(got), tt.start, got)
			}
			q := got[0]
			if q.Speaker != tt.speaker {
				t.Errorf("speaker %q, want %q", q.Speaker, tt.speaker)
			}
			var files []string
			for _, id := range q.Articles {
				f := arts[id].File
				files = append(files, f[strings.LastIndex(f, "/")+1:])
			}
			for _, f := range tt.files {
				if !slices.Contains(files, f) {
					t.Errorf("quote not credited to %s: %v", f, files)
				}
			}
		})
	}
}

func measures(cs []report.Claim) []string {
	var out []string
	for _, c := range cs {
		out = append(out, c.Measure)
	}
	return out
}

func TestFoldQuote(t *testing.T) {
	tests := []struct{ a, b string }{
		{"Il n'y a plus de village.", "il n y a plus de village"},
		{"il n’y a plus de village", "il n y a plus de village"},
		{"Élevé, « très » élevé !", "eleve tres eleve"},
		{"  Les   secouristes\u00a0continueront. ", "les secouristes continueront"},
	}
	for _, tt := range tests {
		if got := foldQuote(tt.a); got != tt.b {
			t.Errorf("foldQuote(%q) = %q, want %q", tt.a, got, tt.b)
		}
	}
}

func TestStoryQuotes(t *testing.T) {
	arts := []*article.Article{{ID: "a1"}, {ID: "a2"}, {ID: "a3"}}
	fs := map[string]facts.Facts{
		"a1": {Quotes: []facts.Quote{
			{Text: "Nous faisons face à la pire catastrophe. Les secours sont là.", Speaker: "Stoyan Petkov"},
			{Text: "Non", Speaker: "Stoyan Petkov"},
		}},
		"a2": {Quotes: []facts.Quote{
			{Text: "nous faisons face à la pire catastrophe", Speaker: "Stoïan Petkov"},
			{Text: "Non", Speaker: ""},
		}},
		"a3": {Quotes: []facts.Quote{
			{Text: "Nous faisons face à la pire catastrophe.", Speaker: "le ministre"},
			{Text: "Non merci", Speaker: "Milena Draganova"},
		}},
	}
	names := map[speakerKey]string{{"a2", "Stoïan Petkov"}: "Stoyan Petkov"}
	got := storyQuotes(arts, fs, names)
	want := []report.Quote{
		{Speaker: "Stoyan Petkov", Text: "Nous faisons face à la pire catastrophe. Les secours sont là.", Articles: []string{"a1", "a2", "a3"}},
		{Speaker: "Stoyan Petkov", Text: "Non", Articles: []string{"a1", "a2"}},
		{Speaker: "Milena Draganova", Text: "Non merci", Articles: []string{"a3"}},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d quotes, want %d: %+v", len(got), len(want), got)
	}
	for i := range want {
		if got[i].Speaker != want[i].Speaker || got[i].Text != want[i].Text || !slices.Equal(got[i].Articles, want[i].Articles) {
			t.Errorf("quote %d = %+v, want %+v", i, got[i], want[i])
		}
	}
}

func TestSentenceDate(t *testing.T) {
	ref := time.Date(2025, 3, 5, 0, 0, 0, 0, time.UTC)
	sent := facts.Span{Start: 100, End: 200}
	d := func(start int, value, kind string) facts.Date {
		return facts.Date{Start: start, End: start + 5, Value: value, Kind: kind}
	}
	tests := []struct {
		name  string
		dates []facts.Date
		ref   time.Time
		want  string
	}{
		{"one day in the sentence", []facts.Date{d(120, "2025-03-04", "DATE")}, ref, "2025-03-04"},
		{"a time of that day", []facts.Date{d(120, "2025-03-04TEV", "TIME")}, ref, "2025-03-04"},
		{"dates outside the sentence", []facts.Date{d(10, "2025-03-01", "DATE"), d(250, "2025-03-02", "DATE")}, ref, ""},
		{"two different days", []facts.Date{d(110, "2025-03-03", "DATE"), d(150, "2025-03-04", "DATE")}, ref, ""},
		{"the same day twice", []facts.Date{d(110, "2025-03-04", "DATE"), d(150, "2025-03-04TNI", "TIME")}, ref, "2025-03-04"},
		{"a year is background", []facts.Date{d(110, "1972", "DATE")}, ref, ""},
		{"a year beside a day", []facts.Date{d(110, "1972", "DATE"), d(150, "2025-03-04", "DATE")}, ref, ""},
		{"a duration does not count", []facts.Date{d(110, "P10D", "DURATION"), d(150, "2025-03-04", "DATE")}, ref, "2025-03-04"},
		{"after the article", []facts.Date{d(110, "2025-03-09", "DATE")}, ref, ""},
		{"long before the article", []facts.Date{d(110, "2024-10-15", "DATE")}, ref, ""},
		{"no reference date", []facts.Date{d(110, "2024-10-15", "DATE")}, time.Time{}, "2024-10-15"},
		{"a deadline", []facts.Date{{Start: 110, End: 115, Value: "2025-03-04", Kind: "DATE", Mod: "BEFORE"}}, ref, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := sentenceDate(tt.dates, sent, tt.ref); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestStoryClaims(t *testing.T) {
	lo, hi := 1000.0, 1500.0
	text := "Au moins 12 morts mardi. Entre 1 000 et 1 500 sinistrés. Âgé de 45 ans. Le 3e jour."
	arts := []*article.Article{
		{ID: "a1", Body: article.Cleaned{Paragraphs: []string{text}}, Meta: article.Meta{Published: "2025-03-05"}},
		{ID: "a2", Body: article.Cleaned{Paragraphs: []string{"Près de 300 évacués."}}},
	}
	fs := map[string]facts.Facts{
		"a1": {
			Dates: []facts.Date{{Start: 18, End: 23, Text: "mardi", Value: "2025-03-04", Kind: "DATE"}},
			Quantities: []facts.Quantity{
				{Start: 9, End: 11, Value: 12, Low: &lo, Measure: "morts", Kind: "count"},
				{Start: 31, End: 46, Value: 1000, Low: &lo, High: &hi, Measure: "sinistrés", Kind: "count"},
				{Start: 66, End: 72, Value: 45, Unit: "year", Kind: "age"},
				{Start: 77, End: 79, Value: 3, Kind: "ordinal"},
				{Start: 9, End: 11, Value: 12, Low: &lo, Measure: "morts", Kind: "count"}, // repeated
			},
		},
		"a2": {Quantities: []facts.Quantity{{Start: 8, End: 11, Value: 300, High: ptr(300), Approx: true, Measure: "évacués", Kind: "count"}}},
	}
	got := storyClaims(arts, fs)
	if len(got) != 3 {
		t.Fatalf("got %d claims, want 3 (morts, sinistrés, évacués): %+v", len(got), got)
	}
	byMeasure := map[string]report.Claim{}
	for _, c := range got {
		byMeasure[c.Measure] = c
		if c.Unit != "personnes" {
			t.Errorf("%s: unit %q, want personnes", c.Measure, c.Unit)
		}
		if len(c.Values) != 1 {
			t.Errorf("%s: %d values, want 1", c.Measure, len(c.Values))
		}
	}
	if v := byMeasure["morts"].Values[0]; deref(v.AsOf) != "2025-03-04" || v.Sentence != "Au moins 12 morts mardi." {
		t.Errorf("morts: %+v", v)
	}
	if v := byMeasure["sinistrés"].Values[0]; v.Value != 1250 || deref(v.AsOf) != "2025-03-05" {
		t.Errorf("sinistrés: value %v as of %s", v.Value, deref(v.AsOf))
	}
	if v := byMeasure["évacués"].Values[0]; v.AsOf != nil || !v.Approx || v.Value != 300 {
		t.Errorf("évacués: %+v", v)
	}
}

func ptr(f float64) *float64 { return &f }
