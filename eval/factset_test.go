package eval

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// fsSetDir is the committed fact set, relative to this package.
const fsSetDir = "../testdata/facts"

const fsHeader = "#id: t\n#lang: fr\n#published: 2025-03-12\n"

// fsSlice returns runes [a, b) of s.
func fsSlice(s string, a, b int) string { return string([]rune(s)[a:b]) }

func TestFsParse(t *testing.T) {
	// Offsets are counted by hand in runes: "é", "«", the narrow no-break
	// space U+202F and the emoji "🚀" (4 bytes) each count as one.
	src := fsHeader + "#note: x\n" +
		"[[Kiev|LOC]] 🚀 [[Zelensky|PER|Volodymyr Zelensky]]\n" +
		"\n" +
		"«\u202f{{Nous irons à [[Bucarest|LOC]].|Volodymyr Zelensky}}\u202f», a dit M. [[Zelensky|PER|Volodymyr Zelensky]].\n" +
		"Élan : “{{=irons à Bucarest}}” | fin {{vu|-}}\n"
	d, err := fsParse("dir/t.txt", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	wantText := "Kiev 🚀 Zelensky\n\n«\u202fNous irons à Bucarest.\u202f», a dit M. Zelensky.\n\nÉlan : “irons à Bucarest” | fin vu"
	if d.Text != wantText {
		t.Fatalf("Text = %q\nwant   %q", d.Text, wantText)
	}
	if d.Name != "t" || d.File != "t.txt" || d.Lang != "fr" || d.Published != "2025-03-12" || len(d.Paragraphs) != 3 {
		t.Errorf("headers/paragraphs: %+v", d)
	}
	wantEnts := []GoldEntity{
		{0, 4, "Kiev", KindPlace, "Kiev"},
		{7, 15, "Zelensky", KindPerson, "Volodymyr Zelensky"},
		// paragraph 2 starts at 17: « (17) U+202F (18) N (19)...
		{32, 40, "Bucarest", KindPlace, "Bucarest"},
		{54, 62, "Zelensky", KindPerson, "Volodymyr Zelensky"},
	}
	if len(d.Entities) != len(wantEnts) {
		t.Fatalf("entities = %+v", d.Entities)
	}
	for i, w := range wantEnts {
		g := d.Entities[i]
		if g != w {
			t.Errorf("entity %d = %+v, want %+v", i, g, w)
		}
		if s := fsSlice(d.Text, g.Start, g.End); s != g.Text {
			t.Errorf("entity %d: text at offsets %q != %q", i, s, g.Text)
		}
	}
	if len(d.Quotes) != 2 {
		t.Fatalf("quotes = %+v", d.Quotes)
	}
	q := d.Quotes[0]
	if q.Start != 19 || q.End != 41 || q.Text != "Nous irons à Bucarest." || q.Speaker != "Volodymyr Zelensky" {
		t.Errorf("quote 0 = %+v", q)
	}
	if fsSlice(d.Text, q.Start, q.End) != q.Text {
		t.Errorf("quote 0 offsets give %q", fsSlice(d.Text, q.Start, q.End))
	}
	// paragraph 3 starts at 65: "Élan : “" is 8 runes, so the repeat is 73..89.
	if len(q.Repeats) != 1 || q.Repeats[0] != (FactSpan{73, 89}) || fsSlice(d.Text, 73, 89) != "irons à Bucarest" {
		t.Errorf("quote 0 repeats = %+v", q.Repeats)
	}
	if q1 := d.Quotes[1]; q1.Text != "vu" || q1.Speaker != "" || fsSlice(d.Text, q1.Start, q1.End) != "vu" {
		t.Errorf("quote 1 = %+v", q1)
	}
	if a := d.Article(); a.Text() != d.Text || a.Meta.Language != "fr" || a.Meta.Published != "2025-03-12" || a.Body.Headline != -1 {
		t.Errorf("Article() = %+v", a)
	}
}

func TestFsParseCRLFAndBOM(t *testing.T) {
	src := "\ufeff#id: x\r\n#lang: en\r\n#published: 2024-01-31\r\n\r\n[[Ohio|LOC]] is \"{{fine|Ann}}\".\r\n"
	d, err := fsParse("x.txt", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if d.Text != `Ohio is "fine".` || len(d.Entities) != 1 || len(d.Quotes) != 1 || d.Quotes[0].Start != 9 || d.Quotes[0].End != 13 {
		t.Errorf("got %q %+v %+v", d.Text, d.Entities, d.Quotes)
	}
}

func TestFsParseErrors(t *testing.T) {
	tests := []struct {
		name, src string
		line      int
		want      string
	}{
		{"no id", "#lang: fr\n#published: 2025-01-01\ntext\n", 3, "missing #id"},
		{"no lang", "#id: a\n#published: 2025-01-01\ntext\n", 3, "missing #lang"},
		{"bad lang", "#id: a\n#lang: FR\n", 2, "lang"},
		{"bad date", "#id: a\n#lang: fr\n#published: 2025-13-01\n", 3, "YYYY-MM-DD"},
		{"unknown header", "#id: a\n#outlet: X\n", 2, "unknown header"},
		{"header without colon", "#id a\n", 1, "#key: value"},
		{"no text", fsHeader, 3, "no text"},
		{"unclosed entity", fsHeader + "ok\n[[Kiev|LOC and more\n", 5, "not closed"},
		{"unknown tag", fsHeader + "[[Kiev|CITY]]\n", 4, "unknown tag"},
		{"one field", fsHeader + "[[Kiev]]\n", 4, "want [[text|TAG]]"},
		{"four fields", fsHeader + "[[a|PER|b|c]]\n", 4, "want [[text|TAG]]"},
		{"padded entity", fsHeader + "[[ Kiev|LOC]]\n", 4, "spaces at its ends"},
		{"empty canonical", fsHeader + "[[Kiev|LOC|]]\n", 4, "canonical"},
		{"nested entity", fsHeader + "[[a [[b|PER]]|ORG]]\n", 4, "do not nest"},
		{"stray close", fsHeader + "text ]] more\n", 4, "stray"},
		{"stray quote close", fsHeader + "text }} more\n", 4, "stray"},
		{"quote without speaker", fsHeader + "« {{Non}} »\n", 4, "no |speaker"},
		{"unclosed quote", fsHeader + "« {{Non|X »\n", 4, "not closed"},
		{"nested quote", fsHeader + "« {{a {{b|X}} c|Y}} »\n", 4, "do not nest"},
		{"stray in quote", fsHeader + "« {{a ]] b|X}} »\n", 4, "stray"},
		{"marks inside", fsHeader + "{{« Non »|X}}\n", 4, "outside {{ }}"},
		{"closing mark inside", fsHeader + "« {{Non »|X}}\n", 4, "outside {{ }}"},
		{"padded quote", fsHeader + "« {{ Non|X}} »\n", 4, "spaces at its ends"},
		{"padded speaker", fsHeader + "« {{Non| X}} »\n", 4, "speaker"},
		{"empty quote", fsHeader + "« {{|X}} »\n", 4, "empty quote"},
		{"orphan repeat", fsHeader + "« {{oui|X}} »\n\n« {{=non}} »\n", 6, "repeats no quote"},
		{"ambiguous repeat", fsHeader + "« {{oui da|X}} » « {{oui non|Y}} »\n« {{=oui}} »\n", 5, "several quotes"},
		{"repeat speaker differs", fsHeader + "« {{oui|X}} »\n« {{=oui|Y}} »\n", 5, "differs"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := fsParse("d/f.txt", []byte(tt.src))
			if err == nil {
				t.Fatalf("no error for %q", tt.src)
			}
			prefix := fmt.Sprintf("d/f.txt:%d: ", tt.line)
			if !strings.HasPrefix(err.Error(), prefix) || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q, want prefix %q and %q", err, prefix, tt.want)
			}
		})
	}
	if _, err := fsParse("f.txt", []byte(fsHeader+"\xff\n")); err == nil || !strings.Contains(err.Error(), "UTF-8") {
		t.Errorf("invalid UTF-8: %v", err)
	}
}

func TestFsParseAcceptsNestedMarks(t *testing.T) {
	// Inner marks are part of the quote; a straight " inside text is text.
	src := fsHeader + "« {{Il a dit “partez”|X}} » et « {{“Non”, répétait-il|X}} » 12\" d'écran\n"
	d, err := fsParse("f.txt", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Quotes) != 2 || d.Quotes[0].Text != "Il a dit “partez”" || d.Quotes[1].Text != "“Non”, répétait-il" {
		t.Errorf("quotes = %+v", d.Quotes)
	}
}

func TestLoadFactSet(t *testing.T) {
	dir := t.TempDir()
	write := func(name, s string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, name), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("b.txt", "#id: b\n#lang: en\n#published: 2024-01-01\n[[Ohio|LOC]]\n")
	write("a.txt", "#id: a\n#lang: fr\n#published: 2024-01-02\n[[Lyon|LOC]]\n")
	write("README.md", "[[not|a set file\n")
	docs, err := LoadFactSet(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 || docs[0].Name != "a" || docs[1].Name != "b" {
		t.Fatalf("got %+v", docs)
	}
	write("c.txt", "#id: a\n#lang: fr\n#published: 2024-01-02\nx\n")
	if _, err := LoadFactSet(dir); err == nil || !strings.Contains(err.Error(), "already used") {
		t.Errorf("duplicate id: %v", err)
	}
	write("c.txt", "#id: c\n#lang: fr\n#published: 2024-01-02\n\nok\n[[x|PER\n")
	if _, err := LoadFactSet(dir); err == nil || !strings.Contains(err.Error(), filepath.Join(dir, "c.txt")+":6:") {
		t.Errorf("malformed file: %v, want the path and line 6", err)
	}
	if _, err := LoadFactSet(t.TempDir()); err == nil || !strings.Contains(err.Error(), "no .txt files") {
		t.Errorf("empty dir: %v", err)
	}
	if _, err := LoadFactSet(filepath.Join(dir, "missing")); err == nil {
		t.Error("missing dir: no error")
	}
}

func TestRuneSpan(t *testing.T) {
	d := FactSetDoc{Text: "é🚀ab"}
	tests := []struct{ bs, be, rs, re int }{
		{0, 2, 0, 1},   // é
		{2, 6, 1, 2},   // 🚀
		{6, 8, 2, 4},   // ab
		{0, 8, 0, 4},   // all
		{8, 8, 4, 4},   // empty at the end
		{-3, 99, 0, 4}, // clamped
		{99, 99, 4, 4}, // past the end
	}
	for _, tt := range tests {
		rs, re := d.RuneSpan(tt.bs, tt.be)
		if rs != tt.rs || re != tt.re {
			t.Errorf("RuneSpan(%d, %d) = %d, %d, want %d, %d", tt.bs, tt.be, rs, re, tt.rs, tt.re)
		}
	}
}

func TestSpeakerMatches(t *testing.T) {
	tests := []struct {
		pred, gold string
		want       bool
	}{
		{"Volodymyr Zelensky", "Volodymyr Zelensky", true},
		{"M. Zelensky", "Volodymyr Zelensky", true},
		{"zelensky", "Volodymyr Zelensky", true},
		{"Zelenski", "Volodymyr Zelensky", false},
		{"Xi", "Xi Jinping", false},
		{"Jean-Luc Berthier", "Jean-Luc  Berthier", true},
		{"Marie-Hélène de La Rochère", "Marie-Helene de la Rochere", true},
		{"Mme de La Rochère", "Marie-Hélène de La Rochère", true},
		{"Choïgou", "Sergueï Choïgou", true},
		{"Sergueï Lavrov", "Sergueï Choïgou", false},
		{"UFIP", "UFIP", true},
		{"", "UFIP", false},
		{"UFIP", "", false},
		{"", "", true},
		{"l’Œuvre", "L'Oeuvre", true},
		{"Kremlin", "le Kremlin", true},
		{"Florence", "Florence Arnaud", false},
	}
	for _, tt := range tests {
		if got := SpeakerMatches(tt.pred, tt.gold); got != tt.want {
			t.Errorf("SpeakerMatches(%q, %q) = %v, want %v", tt.pred, tt.gold, got, tt.want)
		}
	}
}

func fsNear(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func fsCheckPRF(t *testing.T, what string, got FactPRF, tp, pred, gold int) {
	t.Helper()
	if got.TP != tp || got.Pred != pred || got.Gold != gold {
		t.Errorf("%s: TP/pred/gold = %d/%d/%d, want %d/%d/%d", what, got.TP, got.Pred, got.Gold, tp, pred, gold)
		return
	}
	p, r := 0.0, 0.0
	if pred > 0 {
		p = float64(tp) / float64(pred)
	}
	if gold > 0 {
		r = float64(tp) / float64(gold)
	}
	f := 0.0
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	if !fsNear(got.Precision, p) || !fsNear(got.Recall, r) || !fsNear(got.F1, f) {
		t.Errorf("%s: P/R/F1 = %.4f/%.4f/%.4f, want %.4f/%.4f/%.4f", what, got.Precision, got.Recall, got.F1, p, r, f)
	}
}

func TestScoreEntities(t *testing.T) {
	// "Emmanuel Macron a vu l'OTAN à Paris" with gold PER 0-15, ORG 23-27,
	// LOC 30-35; a second document with one gold place and no prediction.
	docs := []FactSetDoc{
		{Name: "a", Text: "Emmanuel Macron a vu l'OTAN à Paris", Entities: []GoldEntity{
			{Start: 0, End: 15, Kind: KindPerson},
			{Start: 23, End: 27, Kind: KindOrganisation},
			{Start: 30, End: 35, Kind: KindPlace},
		}},
		{Name: "b", Text: "Lyon", Entities: []GoldEntity{{Start: 0, End: 4, Kind: KindPlace}}},
	}
	pred := [][]PredEntity{{
		{Start: 9, End: 15, Kind: KindPerson},        // "Macron": relaxed only
		{Start: 23, End: 27, Kind: KindOrganisation}, // exact
		{Start: 30, End: 35, Kind: KindOrganisation}, // right span, wrong kind
		{Start: 23, End: 27, Kind: KindOrganisation}, // duplicate: spurious
		{Start: 0, End: 8, Kind: "brand"},            // unknown kind
		{Start: 40, End: 50, Kind: KindPlace},        // clamped to 35..35: spurious
	}}
	s := ScoreEntities(docs, pred)
	if s.Docs != 2 {
		t.Errorf("Docs = %d", s.Docs)
	}
	fsCheckPRF(t, "exact", s.Exact, 1, 6, 4)
	fsCheckPRF(t, "relaxed", s.Relaxed, 2, 6, 4)
	// span only: OTAN and Paris are right whatever the kind.
	fsCheckPRF(t, "untyped", s.Untyped, 2, 6, 4)
	fsCheckPRF(t, "exact person", s.ExactByKind[KindPerson], 0, 1, 1)
	fsCheckPRF(t, "relaxed person", s.RelaxedByKind[KindPerson], 1, 1, 1)
	fsCheckPRF(t, "exact org", s.ExactByKind[KindOrganisation], 1, 3, 1)
	fsCheckPRF(t, "exact place", s.ExactByKind[KindPlace], 0, 1, 2)
	fsCheckPRF(t, "exact brand", s.ExactByKind["brand"], 0, 1, 0)
	if len(s.Missed) != 3 || len(s.Spurious) != 5 {
		t.Errorf("missed %+v\nspurious %+v", s.Missed, s.Spurious)
	}
	found := false
	for _, m := range s.Missed {
		if m.Doc == "b" && m.Text == "Lyon" && m.Kind == KindPlace {
			found = true
		}
	}
	if !found {
		t.Errorf("Lyon not listed as missed: %+v", s.Missed)
	}
	if !strings.Contains(s.String(), "person") || !strings.Contains(s.String(), "brand") {
		t.Errorf("String() = %s", s)
	}
	// No predictions at all: zero precision and recall, no panic.
	z := ScoreEntities(docs, nil)
	fsCheckPRF(t, "none", z.Exact, 0, 0, 4)
}

func TestScoreEntitiesRelaxedOneToOne(t *testing.T) {
	// One long prediction overlapping two gold mentions matches only one;
	// the best-overlapping pair is taken first.
	docs := []FactSetDoc{{Text: "Jean Dupont et Marie Durand", Entities: []GoldEntity{
		{Start: 0, End: 11, Kind: KindPerson},
		{Start: 15, End: 27, Kind: KindPerson},
	}}}
	pred := [][]PredEntity{{{Start: 5, End: 20, Kind: KindPerson}, {Start: 0, End: 11, Kind: KindPerson}}}
	s := ScoreEntities(docs, pred)
	fsCheckPRF(t, "relaxed", s.Relaxed, 2, 2, 2)
	fsCheckPRF(t, "exact", s.Exact, 1, 2, 2)
}

func TestScoreQuotes(t *testing.T) {
	// Gold: the quote at 2..22, its box repeat at 42..54, "oui" at 63..66.
	text := "« Nous ne céderons pas », a dit X. Box: « céderons pas » fin « oui »."
	docs := []FactSetDoc{{Name: "a", Text: text, Quotes: []GoldQuote{
		{Start: 2, End: 22, Text: "Nous ne céderons pas", Speaker: "Volodymyr Zelensky", Repeats: []FactSpan{{42, 54}}},
		{Start: 63, End: 66, Text: "oui", Speaker: ""},
	}}, {Name: "b", Text: "« Non »", Quotes: []GoldQuote{{Start: 2, End: 5, Text: "Non", Speaker: "Ann Lee"}}}}
	pred := [][]PredQuote{
		{
			{Start: 0, End: 24, Speaker: "M. Zelensky"}, // marks included: matches, exact after trimming
			{Start: 42, End: 54, Speaker: "Zelensky"},   // the box again: gold already matched, spurious
			{Start: 63, End: 66, Speaker: "quelqu'un"},  // unnamed gold: not in speaker accuracy
		},
		{{Start: 2, End: 3, Speaker: "Ann Lee"}}, // 1 of 3 runes: under half, no match
	}
	s := ScoreQuotes(docs, pred)
	fsCheckPRF(t, "span", s.Span, 2, 4, 3)
	fsCheckPRF(t, "exact", s.Exact, 2, 4, 3)
	if s.SpeakerCorrect != 1 || s.SpeakerTotal != 1 || s.Unnamed != 1 || !fsNear(s.SpeakerAccuracy, 1) {
		t.Errorf("speakers: %d/%d unnamed %d acc %v", s.SpeakerCorrect, s.SpeakerTotal, s.Unnamed, s.SpeakerAccuracy)
	}

	// A prediction on the box alone matches the quote through its repeat;
	// a wrong speaker is listed.
	s = ScoreQuotes(docs[:1], [][]PredQuote{{{Start: 40, End: 55, Speaker: "Henrik Solvang"}}})
	fsCheckPRF(t, "box only", s.Span, 1, 1, 2)
	fsCheckPRF(t, "box only exact", s.Exact, 1, 1, 2)
	if s.SpeakerCorrect != 0 || s.SpeakerTotal != 1 || len(s.WrongSpeakers) != 1 || s.WrongSpeakers[0].Pred != "Henrik Solvang" {
		t.Errorf("wrong speaker: %+v", s)
	}

	// Half the gold span is enough; a prediction twice as long as the
	// gold still matches as long as it covers half of it.
	half := ScoreQuotes(docs[:1], [][]PredQuote{{{Start: 12, End: 40, Speaker: "Zelensky"}}})
	fsCheckPRF(t, "half", half.Span, 1, 1, 2)
	fsCheckPRF(t, "half exact", half.Exact, 0, 1, 2)
	under := ScoreQuotes(docs[:1], [][]PredQuote{{{Start: 13, End: 22, Speaker: "Zelensky"}}})
	fsCheckPRF(t, "under half", under.Span, 0, 1, 2)
	if !strings.Contains(s.String(), "speaker accuracy") {
		t.Errorf("String() = %s", s)
	}
}

// TestFactSetGoldScoresPerfect checks the loader and the metrics agree:
// the gold annotations scored as predictions give exactly 1.
func TestFactSetGoldScoresPerfect(t *testing.T) {
	docs, err := LoadFactSet(fsSetDir)
	if err != nil {
		t.Fatal(err)
	}
	ents := make([][]PredEntity, len(docs))
	quotes := make([][]PredQuote, len(docs))
	for i, d := range docs {
		for _, e := range d.Entities {
			ents[i] = append(ents[i], PredEntity{e.Start, e.End, e.Kind})
		}
		for _, q := range d.Quotes {
			quotes[i] = append(quotes[i], PredQuote{q.Start, q.End, q.Speaker})
		}
	}
	es := ScoreEntities(docs, ents)
	qs := ScoreQuotes(docs, quotes)
	if es.Exact.F1 != 1 || es.Relaxed.F1 != 1 || qs.Span.F1 != 1 || qs.Exact.F1 != 1 || qs.SpeakerAccuracy != 1 {
		t.Errorf("gold vs gold:\n%s%s", es, qs)
	}
}

// TestFactSetComposition checks the committed set is big and varied
// enough for the targets it measures, and consistent with its guide.
func TestFactSetComposition(t *testing.T) {
	docs, err := LoadFactSet(fsSetDir)
	if err != nil {
		t.Fatal(err)
	}
	langs := map[string]int{}
	kinds := map[string]map[string]int{"fr": {}, "en": {}}
	quotes := map[string]int{}
	var repeats, unnamed, partial, multi int
	for _, d := range docs {
		langs[d.Lang]++
		if d.Lang != "fr" && d.Lang != "en" {
			t.Errorf("%s: lang %q, want fr or en", d.File, d.Lang)
			continue
		}
		if d.File != d.Name+".txt" || !strings.HasPrefix(d.Name, d.Lang+"-") {
			t.Errorf("%s: id %q should be the file name and start with %q", d.File, d.Name, d.Lang+"-")
		}
		if n := len(strings.Fields(d.Text)); n < 150 || n > 600 {
			t.Errorf("%s: %d words, want 150 to 600", d.File, n)
		}
		if len(d.Entities) < 3 {
			t.Errorf("%s: %d entities, want at least 3", d.File, len(d.Entities))
		}
		names := map[string]bool{}
		for _, e := range d.Entities {
			kinds[d.Lang][e.Kind]++
			names[e.Canonical] = true
			names[e.Text] = true
			if e.Text != fsSlice(d.Text, e.Start, e.End) {
				t.Errorf("%s: entity %q offsets give %q", d.File, e.Text, fsSlice(d.Text, e.Start, e.End))
			}
		}
		for _, q := range d.Quotes {
			quotes[d.Lang]++
			repeats += len(q.Repeats)
			if q.Speaker == "" {
				unnamed++
			} else if !names[q.Speaker] {
				t.Errorf("%s: speaker %q of %q is no entity of the article", d.File, q.Speaker, fsShorten(q.Text))
			}
			if utf8.RuneCountInString(q.Text) < 40 && !strings.ContainsAny(q.Text, ".!?") {
				partial++
			}
			if strings.Count(strings.TrimRight(q.Text, ".!?… "), ". ") > 0 {
				multi++
			}
		}
	}
	fr := kinds["fr"]
	t.Logf("fact set: %d docs %v", len(docs), langs)
	for _, l := range []string{"fr", "en"} {
		k := kinds[l]
		t.Logf("  %s: person %d, organisation %d, place %d, other %d, quotes %d",
			l, k[KindPerson], k[KindOrganisation], k[KindPlace], k[KindOther], quotes[l])
	}
	t.Logf("  quotes: %d repeats (pull quotes/headlines), %d unnamed speakers, %d short partial, %d multi-sentence", repeats, unnamed, partial, multi)
	checks := []struct {
		what     string
		got, min int
	}{
		{"French docs", langs["fr"], 36},
		{"English docs", langs["en"], 4},
		{"French person mentions", fr[KindPerson], 150},
		{"French place mentions", fr[KindPlace], 100},
		{"French organisation mentions", fr[KindOrganisation], 100},
		{"French other mentions", fr[KindOther], 20},
		{"French quotes", quotes["fr"], 60},
		{"repeated quotes", repeats, 3},
		{"quotes with an unnamed speaker", unnamed, 10},
		{"short partial quotes", partial, 20},
		{"multi-sentence quotes", multi, 15},
	}
	for _, c := range checks {
		if c.got < c.min {
			t.Errorf("%s: %d, want at least %d", c.what, c.got, c.min)
		}
	}
}

// TestFactSetConsistency flags, per article, a string annotated as a
// mention somewhere but left bare elsewhere as a whole word, which is how
// a forgotten annotation shows. Surfaces that the guide allows to be
// bare (inside a longer mention) are covered by the check itself.
func TestFactSetConsistency(t *testing.T) {
	docs, err := LoadFactSet(fsSetDir)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range docs {
		if bare := fsBare(d); len(bare) > 0 {
			t.Errorf("%s: annotated elsewhere but bare here: %s", d.File, strings.Join(bare, ", "))
		}
	}
}

// fsBare lists the whole-word occurrences of annotated surfaces that no
// mention covers.
func fsBare(d FactSetDoc) []string {
	r := []rune(d.Text)
	covered := make([]bool, len(r))
	surfaces := map[string]bool{}
	for _, e := range d.Entities {
		surfaces[e.Text] = true
		for i := e.Start; i < e.End && i < len(r); i++ {
			covered[i] = true
		}
	}
	var bare []string
	for s := range surfaces {
		sr := []rune(s)
		for i := 0; i+len(sr) <= len(r); i++ {
			if covered[i] || string(r[i:i+len(sr)]) != s {
				continue
			}
			if (i > 0 && fsWordRune(r[i-1])) || (i+len(sr) < len(r) && fsWordRune(r[i+len(sr)])) {
				continue
			}
			bare = append(bare, fmt.Sprintf("%q at %d", s, i))
		}
	}
	sort.Strings(bare)
	return bare
}

func TestFsBare(t *testing.T) {
	d, err := fsParse("f.txt", []byte(fsHeader+"[[Lyon|LOC]] et Lyon, Lyonnais, Paris-Lyon, [[Villeurbanne|LOC]]\n"))
	if err != nil {
		t.Fatal(err)
	}
	if got := fsBare(d); len(got) != 1 || got[0] != `"Lyon" at 8` {
		t.Errorf("fsBare = %v, want the bare Lyon at 8 only", got)
	}
}

func fsWordRune(r rune) bool { return r == '-' || unicode.IsLetter(r) || unicode.IsDigit(r) }

func FuzzFsParse(f *testing.F) {
	f.Add([]byte(fsHeader + "[[Kiev|LOC]] « {{Non, [[Paris|LOC]]|X}} » {{=Non|X}}\n"))
	f.Add([]byte(fsHeader + "[[a|PER|b]] {{x|-}} [[ ]] }} {{\n"))
	f.Add([]byte("#id: a\n#lang: en\n#published: 2020-02-29\n\"{{“q”|Y}}\" [[é🚀|MISC]]\n"))
	f.Add([]byte(fsHeader + "{{=|}} {{|}} [[|]] [[||]]\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := fsParse("f.txt", data)
		if err != nil {
			return
		}
		n := utf8.RuneCountInString(d.Text)
		if d.Text != strings.Join(d.Paragraphs, "\n\n") {
			t.Fatalf("Text is not the joined paragraphs")
		}
		for _, e := range d.Entities {
			if e.Start < 0 || e.End > n || e.Start >= e.End || fsSlice(d.Text, e.Start, e.End) != e.Text {
				t.Fatalf("bad entity %+v in %q", e, d.Text)
			}
		}
		for _, q := range d.Quotes {
			if q.Start < 0 || q.End > n || q.Start >= q.End || fsSlice(d.Text, q.Start, q.End) != q.Text {
				t.Fatalf("bad quote %+v in %q", q, d.Text)
			}
			for _, r := range q.Repeats {
				if r.Start < 0 || r.End > n || r.Start >= r.End {
					t.Fatalf("bad repeat %+v", r)
				}
			}
		}
	})
}
