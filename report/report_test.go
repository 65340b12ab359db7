package report

import (
	"bytes"
	"encoding/json"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// exampleReport loads the complete example of docs/report.md, so that the
// documented example is checked against the contract too.
func exampleReport(t *testing.T) (*Report, []byte) {
	t.Helper()
	doc, err := os.ReadFile("../docs/report.md")
	if err != nil {
		t.Fatalf("reading the documented example: %v", err)
	}
	m := regexp.MustCompile("(?s)## Complete example.*?```json\n(.*?)\n```").FindSubmatch(doc)
	if m == nil {
		t.Fatal("docs/report.md: no ```json block after the \"Complete example\" heading")
	}
	dec := json.NewDecoder(bytes.NewReader(m[1]))
	dec.DisallowUnknownFields()
	var r Report
	if err := dec.Decode(&r); err != nil {
		t.Fatalf("docs/report.md example does not decode into Report: %v", err)
	}
	return &r, m[1]
}

// keys of the contract, per object, as docs/report.md lists them.
var (
	reportKeys   = []string{"version", "articles", "stories", "errors"}
	articleKeys  = []string{"id", "file", "url", "title", "outlet", "wires", "authors", "dateline", "published", "published_basis", "language", "text", "boilerplate"}
	storyKeys    = []string{"id", "thread", "title", "articles", "sources", "copies", "entities", "claims", "timeline", "quotes", "summary"}
	bpKeys       = []string{"text", "reason", "line"}
	copyKeys     = []string{"articles", "kind", "score"}
	entityKeys   = []string{"name", "kind", "variants", "articles"}
	claimKeys    = []string{"measure", "unit", "status", "sources", "values"}
	valueKeys    = []string{"value", "low", "high", "approx", "as_of", "article", "sentence"}
	eventKeys    = []string{"date", "text", "articles"}
	quoteKeys    = []string{"speaker", "text", "articles"}
	sentenceKeys = []string{"text", "article"}
	errorKeys    = []string{"file", "reason"}

	// The optional keys, added within version 1, left out when empty.
	copyOptional  = []string{"original", "evidence"}
	claimOptional = []string{"kind"}
	valueOptional = []string{"retracted", "credit", "source", "date"}
	eventOptional = []string{"future"}
)

// hasKeys checks that obj has every key of keys, and no other key than
// those and the optional ones.
func hasKeys(t *testing.T, where string, obj any, keys []string, optional ...string) map[string]any {
	t.Helper()
	m, ok := obj.(map[string]any)
	if !ok {
		t.Fatalf("%s: not a JSON object: %T", where, obj)
	}
	for _, k := range keys {
		if _, ok := m[k]; !ok {
			t.Errorf("%s: key %q missing", where, k)
		}
	}
	for k := range m {
		if !slices.Contains(keys, k) && !slices.Contains(optional, k) {
			t.Errorf("%s: key %q is not in the contract", where, k)
		}
	}
	return m
}

func first(t *testing.T, where string, v any) any {
	t.Helper()
	a, ok := v.([]any)
	if !ok {
		t.Fatalf("%s: not an array but %T (%v)", where, v, v)
	}
	if len(a) == 0 {
		t.Fatalf("%s: empty", where)
	}
	return a[0]
}

func render(t *testing.T, r *Report, format string, opt Options) string {
	t.Helper()
	var b bytes.Buffer
	if err := Write(&b, r, format, opt); err != nil {
		t.Fatalf("Write(%s): %v", format, err)
	}
	return b.String()
}

func sp(s string) *string   { return &s }
func fp(x float64) *float64 { return &x }

// sparse is a report whose slices are all nil, at every level.
func sparse() *Report {
	return &Report{
		Articles: []Article{{ID: "a1", Title: "Seul"}},
		Stories: []Story{{
			ID:       "s1",
			Articles: []string{"a1"},
			Copies:   []Copy{{Kind: "exact"}},
			Entities: []Entity{{Name: "X", Kind: "other"}},
			Claims:   []Claim{{Measure: "m", Status: "single", Values: []Value{{Value: 1, AsOf: sp("")}}}},
			Timeline: []Event{{Date: "2025"}},
			Quotes:   []Quote{{Text: "q"}},
			Summary:  []Sentence{{Text: "s", Article: "a1"}},
		}},
		Errors: []InputErr{{File: "x.bin", Reason: "unknown format"}},
	}
}

// TestJSONKeysAlwaysPresent checks that every key of the contract is in
// the raw JSON even when the values are empty, and that the result decodes
// back into the same report.
func TestJSONKeysAlwaysPresent(t *testing.T) {
	for _, tt := range []struct {
		name string
		r    *Report
	}{
		{"sparse", sparse()},
		{"published empty string", func() *Report { r := sparse(); r.Articles[0].Published = sp(""); return r }()},
	} {
		t.Run(tt.name, func(t *testing.T) {
			out := render(t, tt.r, "json", Options{})
			var raw map[string]any
			if err := json.Unmarshal([]byte(out), &raw); err != nil {
				t.Fatalf("output is not JSON: %v\n%s", err, out)
			}
			hasKeys(t, "report", raw, reportKeys)
			if v := raw["version"]; v != float64(Version) {
				t.Errorf("version = %v, want %d", v, Version)
			}
			art := hasKeys(t, "articles[0]", first(t, "articles", raw["articles"]), articleKeys)
			for _, k := range []string{"wires", "authors", "boilerplate"} {
				if a, ok := art[k].([]any); !ok || len(a) != 0 {
					t.Errorf("articles[0].%s = %#v, want []", k, art[k])
				}
			}
			if art["published"] != nil {
				t.Errorf("articles[0].published = %#v, want null", art["published"])
			}
			st := hasKeys(t, "stories[0]", first(t, "stories", raw["stories"]), storyKeys)
			hasKeys(t, "copies[0]", first(t, "copies", st["copies"]), copyKeys)
			cp := st["copies"].([]any)[0].(map[string]any)
			if a, ok := cp["articles"].([]any); !ok || len(a) != 0 {
				t.Errorf("copies[0].articles = %#v, want []", cp["articles"])
			}
			hasKeys(t, "entities[0]", first(t, "entities", st["entities"]), entityKeys)
			cl := hasKeys(t, "claims[0]", first(t, "claims", st["claims"]), claimKeys)
			val := hasKeys(t, "values[0]", first(t, "values", cl["values"]), valueKeys)
			if val["as_of"] != nil || val["low"] != nil || val["high"] != nil {
				t.Errorf("values[0]: as_of/low/high = %v/%v/%v, want null", val["as_of"], val["low"], val["high"])
			}
			hasKeys(t, "timeline[0]", first(t, "timeline", st["timeline"]), eventKeys)
			if n, ok := st["sources"].(float64); !ok || n != 0 {
				t.Errorf("stories[0].sources = %#v, want 0", st["sources"])
			}
			hasKeys(t, "quotes[0]", first(t, "quotes", st["quotes"]), quoteKeys)
			hasKeys(t, "summary[0]", first(t, "summary", st["summary"]), sentenceKeys)
			hasKeys(t, "errors[0]", first(t, "errors", raw["errors"]), errorKeys)

			var back Report
			if err := json.Unmarshal([]byte(out), &back); err != nil {
				t.Fatalf("round trip: %v", err)
			}
			again := render(t, &back, "json", Options{})
			if again != out {
				t.Errorf("JSON changed over a round trip:\n%s\nvs\n%s", out, again)
			}
		})
	}
}

func TestJSONEmptyReport(t *testing.T) {
	for _, r := range []*Report{nil, {}} {
		out := render(t, r, "json", Options{})
		want := "{\n  \"version\": 1,\n  \"articles\": [],\n  \"stories\": [],\n  \"errors\": []\n}\n"
		if out != want {
			t.Errorf("empty report:\n%s\nwant\n%s", out, want)
		}
	}
}

// TestExampleRoundTrip decodes the documented example, checks its keys on
// the raw JSON and renders it back unchanged (same values, same order).
func TestExampleRoundTrip(t *testing.T) {
	r, raw := exampleReport(t)
	var m map[string]any
	if err := json.Unmarshal(raw, &m); err != nil {
		t.Fatal(err)
	}
	hasKeys(t, "report", m, reportKeys)
	hasKeys(t, "articles[0]", first(t, "articles", m["articles"]), articleKeys)
	hasKeys(t, "boilerplate[0]", first(t, "boilerplate", m["articles"].([]any)[0].(map[string]any)["boilerplate"]), bpKeys)
	hasKeys(t, "stories[0]", first(t, "stories", m["stories"]), storyKeys)
	for i, s := range m["stories"].([]any) {
		st := s.(map[string]any)
		for _, c := range st["copies"].([]any) {
			hasKeys(t, "copy", c, copyKeys, copyOptional...)
		}
		for _, e := range st["timeline"].([]any) {
			hasKeys(t, "event", e, eventKeys, eventOptional...)
		}
		for _, c := range st["claims"].([]any) {
			cl := hasKeys(t, "claim", c, claimKeys, claimOptional...)
			for _, v := range cl["values"].([]any) {
				hasKeys(t, "value", v, valueKeys, valueOptional...)
			}
			if st := cl["status"].(string); !strings.Contains("agree evolving conflict retracted single", st) {
				t.Errorf("story %d: status %q not in the contract", i, st)
			}
		}
	}
	out := render(t, r, "json", Options{})
	var a, b any
	if err := json.Unmarshal(raw, &a); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal([]byte(out), &b); err != nil {
		t.Fatal(err)
	}
	ja, _ := json.Marshal(a)
	jb, _ := json.Marshal(b)
	if !bytes.Equal(ja, jb) {
		t.Errorf("rendering the documented example changes it")
	}
	// Every article a story, copy, claim or quote names exists.
	ids := map[string]bool{}
	for _, a := range r.Articles {
		ids[a.ID] = true
	}
	for _, s := range r.Stories {
		refs := append([]string(nil), s.Articles...)
		for _, c := range s.Copies {
			refs = append(refs, c.Articles...)
		}
		for _, c := range s.Claims {
			for _, v := range c.Values {
				refs = append(refs, v.Article)
			}
		}
		for _, q := range s.Quotes {
			refs = append(refs, q.Articles...)
		}
		for _, e := range s.Timeline {
			refs = append(refs, e.Articles...)
		}
		for _, sn := range s.Summary {
			refs = append(refs, sn.Article)
		}
		for _, id := range refs {
			if !ids[id] {
				t.Errorf("story %s names unknown article %q", s.ID, id)
			}
		}
	}
}

func TestWriteDoesNotModify(t *testing.T) {
	r := sparse()
	for _, f := range Formats() {
		render(t, r, f, Options{})
	}
	if r.Version != 0 || r.Articles[0].Wires != nil || r.Stories[0].Copies[0].Articles != nil ||
		r.Stories[0].Claims[0].Values[0].AsOf == nil {
		t.Error("Write modified the report it was given")
	}
	r.Normalize()
	if r.Version != Version || r.Articles[0].Wires == nil || r.Stories[0].Copies[0].Articles == nil ||
		r.Stories[0].Claims[0].Values[0].AsOf != nil {
		t.Error("Normalize did not normalise in place")
	}
}

func TestUnknownFormat(t *testing.T) {
	var b bytes.Buffer
	err := Write(&b, &Report{}, "yaml", Options{})
	if err == nil {
		t.Fatal("no error for an unknown format")
	}
	for _, f := range []string{"yaml", "text", "markdown", "json", "html"} {
		if !strings.Contains(err.Error(), f) {
			t.Errorf("error %q does not name %q", err, f)
		}
	}
	if b.Len() != 0 {
		t.Errorf("wrote %d bytes despite the error", b.Len())
	}
}

// TestText checks the pieces of the text rendering of the example.
func TestText(t *testing.T) {
	r, _ := exampleReport(t)
	out := render(t, r, "text", Options{Width: 100})
	for _, want := range []string{
		"recoupe report — version 1 · 9 articles · 2 stories · 0 input errors",
		"== Story 1/2: Bulgarie : rupture du barrage de Zlatovrah dans les Rhodopes ==",
		"== Story 2/2: Randonnée",
		"8 articles · 4 independent sources · 2025-03-04 – 2025-03-06 · id s1 · thread t1",
		"1 article · 1 independent source · 2025-02-20 · id s2 · thread t2",
		"Articles (8)",
		"ID            OUTLET                PUBLISHED   WIRES    REMOVED  TITLE",
		"a51d0e7c9a28  Actu Express          2025-03-04  Reuters       12  Bulgarie : au moins 12 morts",
		"Copies",
		"near-duplicate  0.96  2 articles = 1 dispatch (Reuters): a7c2e91f04b3 (original), a51d0e7c9a28",
		"quotes          0.18  2 articles share quotes (Reuters): a7c2e91f04b3 (original), a6f4b0c81e97",
		"same wire credit 'Reuters'; same dateline 'Sofia'",
		"Stoyan Petkov (person) — also Stoïan Petkov; in 7 articles",
		// The claims: status and sources, then per value its date and
		// outlets, copies and repeats collapsed, credits named.
		"  morts (personnes) — evolving · 4 sources\n" +
			"    ≥12  2025-03-04  Reuters, France Horizon — per les autorités\n" +
			"    12   2025-03-04  Reuters\n",
		"  enfants parmi les morts (personnes) — retracted · 2 sources\n" +
			"    3 [retracted]  2025-03-04  Reuters — per les autorités\n",
		"  évacués (personnes) — CONFLICT · 3 sources\n" +
			"    450   2025-03-04  Reuters — per l'Agence nationale de protection civile\n" +
			"    ~300  2025-03-04  France Horizon — per les autorités locales\n",
		"    1\u202f000–1\u202f500  2025-03-05  L'Écho des Alpes — per la préfecture",
		"  capacité de la retenue (m3) — agree · 2 sources\n    4\u202f000\u202f000  Reuters\n",
		// Evidence for the conflict and the retraction only.
		"Conflicting and retracted values\n  enfants parmi les morts (personnes) — retracted\n",
		"    ~300  2025-03-04  France Horizon:\n      Selon les autorités locales, près de 300 habitants",
		"2025-03-03  Le barrage cède vers 23h30",
		"Stoyan Petkov: « Nous faisons face à la pire catastrophe que cette région ait connue depuis des\n" +
			"    décennies » [Reuters, Actu Express, France Horizon, Carnets des Balkans]",
		"Summary",
		"  1. Le barrage de Zlatovrah",
		"et Dolno Pole. [Reuters]",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("text output lacks %q", want)
		}
	}
	for _, no := range []string{"\x1b[", "Boilerplate removed", "Input errors", "Articles in no story",
		"L'Écho des Alpes:\n      La préfecture estime"} {
		if strings.Contains(out, no) {
			t.Errorf("text output has %q", no)
		}
	}
	for i, l := range strings.Split(out, "\n") {
		if w := width(l); w > 100 {
			t.Errorf("line %d is %d columns wide: %q", i+1, w, l)
		}
	}

	col := render(t, r, "text", Options{Width: 100, Color: true, ShowBoilerplate: true})
	for _, want := range []string{ansiRed + ansiBold + "CONFLICT" + ansiReset, ansiGreen + "agree" + ansiReset,
		ansiYellow + "evolving" + ansiReset, ansiRed + ansiBold + "évacués (personnes)" + ansiReset,
		ansiDim + ansiStrike + "3 [retracted]  2025-03-04  Reuters — per les autorités" + ansiReset,
		"Boilerplate removed", "[subscription] " + ansiDim + "Inscrivez-vous à notre newsletter", "line 9 [advert] " + ansiDim + "PUBLICITÉ"} {
		if !strings.Contains(col, want) {
			t.Errorf("coloured verbose output lacks %q", want)
		}
	}
}

func TestTextSanitisesAndWraps(t *testing.T) {
	r := &Report{
		Articles: []Article{{ID: "a1", Title: "Evil\x1b[2Jtitle\nsecond line\u202e", Outlet: "Out\tlet"}},
		Stories: []Story{{ID: "s1", Title: "T", Articles: []string{"a1", "ghost"},
			Summary: []Sentence{{Text: strings.Repeat("mot ", 60), Article: "a1"}}}},
		Errors: []InputErr{{File: "bad.gz", Reason: "gzip: invalid header"}},
	}
	out := render(t, r, "text", Options{Width: 50})
	if strings.ContainsAny(out, "\x1b\t\u202e") {
		t.Errorf("control characters reached the terminal: %q", out)
	}
	for _, want := range []string{"Evil[2Jtitle se…", "Out let", "ghost", "== Input errors (1) ==", "bad.gz: gzip: invalid header"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	var sum []string
	for _, l := range strings.Split(out, "\n") {
		if strings.Contains(l, "mot") {
			sum = append(sum, l)
			if width(l) > 50 {
				t.Errorf("line wider than 50: %q", l)
			}
		}
	}
	if len(sum) < 4 {
		t.Errorf("long summary not wrapped: %d lines", len(sum))
	}
}

func TestMarkdown(t *testing.T) {
	r, _ := exampleReport(t)
	out := render(t, r, "markdown", Options{ShowBoilerplate: true})
	for _, want := range []string{
		"# recoupe report\n",
		"## Story 1: Bulgarie : rupture du barrage de Zlatovrah dans les Rhodopes\n",
		"| ID | Outlet | Published | Wires | Removed | Title |\n|---|---|---|---|--:|---|\n",
		"| a7c2e91f04b3 | Reuters | 2025-03-04 | Reuters | 1 | Bulgarie: Au moins 12 morts",
		"1. Bulgarie : rupture du barrage de Zlatovrah dans les Rhodopes (8 articles, 4 independent sources, **1 conflict**)",
		"**8 articles** · **4 independent sources** · 2025-03-04 – 2025-03-06 · story s1 · thread t1",
		"| Measure | Status | Sources | Values (as of · said by) |\n|---|---|--:|---|\n",
		"| **évacués (personnes)** | **⚠ conflict** | 3 | **450** · 2025-03-04 · Reuters — per l'Agence nationale de protection civile<br>**\\~300** · 2025-03-04 · France Horizon — per les autorités locales<br>",
		"| enfants parmi les morts (personnes) | *retracted* | 2 | ~~3~~ *(retracted)* · 2025-03-04 · Reuters — per les autorités<br>**2** · 2025-03-04 · Reuters<br>",
		"<details><summary>The sentences behind the figures (17)</summary>\n\n| Measure | Value | As of | Article | Sentence |",
		"|   | \\~300 | 2025-03-04 | France Horizon a6f4b0c81e97 (per les autorités locales) | Selon les autorités locales,",
		"- **2 articles = 1 dispatch (Reuters)** — near-duplicate (0.96): a7c2e91f04b3 (original), a51d0e7c9a28\n  - same wire credit 'Reuters'\n",
		"| Date | Event | Reported by |",
		"— *Reuters*, *Actu Express*, *France Horizon*, *Carnets des Balkans*",
		"### Timeline", "### Quotes", "### Summary",
		"- **Stoyan Petkov**: « Nous faisons face",
		"### Boilerplate removed",
		"  - line 9, *advert*: PUBLICITÉ",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("markdown lacks %q", want)
		}
	}
	// Every table row has as many cells as its header.
	cols := 0
	for _, l := range strings.Split(out, "\n") {
		if !strings.HasPrefix(l, "|") {
			cols = 0
			continue
		}
		n := len(regexp.MustCompile(`(^|[^\\])\|`).FindAllString(l, -1)) - 1
		if cols == 0 {
			cols = n
		} else if n != cols {
			t.Errorf("row has %d cells, header %d: %q", n, cols, l)
		}
	}
}

func TestMarkdownEscapes(t *testing.T) {
	r := &Report{
		Articles: []Article{{ID: "a1", Title: "Pipes | in <b>title</b>\nand *stars*", Outlet: "A|B"}},
		Stories: []Story{{ID: "s1", Title: "# not a heading", Articles: []string{"a1"},
			Claims:  []Claim{{Measure: "x|y", Status: "single", Values: []Value{{Value: 1, Article: "a1", Sentence: "a | b\nc"}}}},
			Summary: []Sentence{{Text: "1. not a list", Article: "a1"}}}},
	}
	out := render(t, r, "markdown", Options{})
	for _, want := range []string{
		`| a1 | A\|B | unknown |  | 0 | Pipes \| in &lt;b&gt;title&lt;/b&gt;<br>and \*stars\* |`,
		`| x\|y | single | 1 | **1** · A\|B |`,
		`| x\|y | 1 | ? | A\|B a1 | a \| b<br>c |`,
		"## Story 1: \\# not a heading",
		"1. 1\\. not a list — *A\\|B*",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("markdown lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "<b>") {
		t.Error("raw HTML passed into the Markdown")
	}
}

func TestHTML(t *testing.T) {
	r, _ := exampleReport(t)
	out := render(t, r, "html", Options{})
	for _, want := range []string{
		"<!DOCTYPE html>", "<style>", "</html>\n",
		`<a href="#story-s1">Bulgarie : rupture du barrage de Zlatovrah dans les Rhodopes</a>`,
		`<section class="story" id="story-s1">`,
		`<span class="status conflict">conflict</span>`,
		`<details id="art-a7c2e91f04b3">`,
		`<div class="text" lang="fr">`,
		`<span class="reason">subscription</span>`,
		`<a href="https://www.francehorizon.fr/monde/europe/`,
		"<h3>Timeline</h3>",
		"<blockquote><p>« Nous faisons face",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("HTML lacks %q", want)
		}
	}
	for _, no := range []string{"<script", "<link", "src=", "@import", "http://", "Articles in no story"} {
		if strings.Contains(out, no) {
			t.Errorf("HTML has %q (external asset or misplaced section)", no)
		}
	}
	// Each article gets exactly one <details>, and anchors are unique.
	if n := strings.Count(out, "<details id="); n != len(r.Articles) {
		t.Errorf("%d <details>, want %d", n, len(r.Articles))
	}
	seen := map[string]bool{}
	for _, m := range regexp.MustCompile(` id="([^"]+)"`).FindAllStringSubmatch(out, -1) {
		if seen[m[1]] {
			t.Errorf("duplicate id %q", m[1])
		}
		seen[m[1]] = true
	}
}

func TestHTMLEscapes(t *testing.T) {
	const evil = "<script>alert(1)</script>"
	r := &Report{
		Articles: []Article{{ID: `a"1`, Title: evil, Outlet: evil, URL: "javascript:alert(1)", Text: evil,
			Boilerplate: []Boilerplate{{Text: evil, Reason: "advert", Line: 2}}}},
		Stories: []Story{{ID: "s1", Title: evil, Articles: []string{`a"1`},
			Quotes: []Quote{{Speaker: evil, Text: evil, Articles: []string{`a"1`}}}}},
		Errors: []InputErr{{File: evil, Reason: evil}},
	}
	out := render(t, r, "html", Options{})
	if strings.Contains(out, "<script") {
		t.Fatalf("unescaped script tag in HTML:\n%s", out)
	}
	if !strings.Contains(out, "&lt;script&gt;alert(1)&lt;/script&gt;") {
		t.Error("escaped title missing")
	}
	if strings.Contains(out, `href="javascript:`) {
		t.Error("javascript: URL became a link")
	}
	if !strings.Contains(out, `id="art-a_1"`) {
		t.Error("article anchor not sanitised")
	}
}

func TestFormatValue(t *testing.T) {
	tests := []struct {
		v    Value
		want string
	}{
		{Value{Value: 12}, "12"},
		{Value{Value: 12, Low: fp(12)}, "≥12"},
		{Value{Value: 10, High: fp(10)}, "≤10"},
		{Value{Value: 1250, Low: fp(1000), High: fp(1500)}, "1\u202f000–1\u202f500"},
		{Value{Value: 300, Approx: true}, "~300"},
		{Value{Value: 4.2e6}, "4\u202f200\u202f000"},
		{Value{Value: -12500.5}, "-12\u202f500.5"},
		{Value{Value: 2.5}, "2.5"},
		{Value{Value: 999}, "999"},
		{Value{Value: 1200, Approx: true}, "~1\u202f200"},
	}
	for _, tt := range tests {
		if got := formatValue(tt.v); got != tt.want {
			t.Errorf("formatValue(%+v) = %q, want %q", tt.v, got, tt.want)
		}
	}
}

func TestWrapAndTruncate(t *testing.T) {
	tests := []struct {
		in   string
		w    int
		want []string
	}{
		{"un deux trois", 7, []string{"un deux", "trois"}},
		{"anticonstitutionnellement", 10, []string{"anticonsti", "tutionnell", "ement"}},
		{"«\u00a0Il n'y a\u00a0»", 6, []string{"«\u00a0Il", "n'y", "a\u00a0»"}},
		{"東京都 庁", 4, []string{"東京", "都", "庁"}},
		{"", 10, nil},
	}
	for _, tt := range tests {
		got := wrap(tt.in, tt.w)
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("wrap(%q, %d) = %q, want %q", tt.in, tt.w, got, tt.want)
		}
	}
	if got := truncate("Rupture du barrage", 10); got != "Rupture d…" {
		t.Errorf("truncate = %q", got)
	}
	if got := truncate("court", 10); got != "court" {
		t.Errorf("truncate = %q", got)
	}
}

// crosscheckFixture loads the hand-made report of testdata: the demo
// story with every cross-check field filled (statuses, credits,
// retractions, source keys, future events, a date claim).
func crosscheckFixture(t testing.TB) *Report {
	t.Helper()
	b, err := os.ReadFile("testdata/demo-crosscheck.json")
	if err != nil {
		t.Fatalf("reading the fixture: %v", err)
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	var r Report
	if err := dec.Decode(&r); err != nil {
		t.Fatalf("the fixture does not decode into Report: %v", err)
	}
	return &r
}

// TestTextWidth checks that no line is wider than asked, at any width
// the articles table fits in, and that the claims keep within narrower
// widths too.
func TestTextWidth(t *testing.T) {
	r := crosscheckFixture(t)
	for _, w := range []int{80, 100, 132} {
		out := render(t, r, "text", Options{Width: w, ShowBoilerplate: true})
		for i, l := range strings.Split(out, "\n") {
			if width(l) > w {
				t.Errorf("width %d: line %d is %d columns: %q", w, i+1, width(l), l)
			}
		}
	}
	for _, w := range []int{48, 60} {
		out := render(t, r, "text", Options{Width: w})
		start := strings.Index(out, "\nClaims\n")
		end := strings.Index(out, "\nTimeline\n")
		if start < 0 || end < start {
			t.Fatalf("width %d: no claims then timeline", w)
		}
		for _, l := range strings.Split(out[start:end], "\n") {
			if width(l) > w {
				t.Errorf("width %d: claims line is %d columns: %q", w, width(l), l)
			}
		}
	}
}

// TestTextCrosscheck checks the cross-check fields in the text format:
// a future event, a date claim, copies grouped with their evidence.
func TestTextCrosscheck(t *testing.T) {
	out := render(t, crosscheckFixture(t), "text", Options{Width: 100})
	for _, want := range []string{
		"  2025-03-12  [announced] La commission d'enquête doit remettre",
		"  fin de l'état d'urgence — evolving · 2 sources\n" +
			"    2025-03-14  2025-03-05  Reuters\n" +
			"    2025-03-21  2025-03-06  La Gazette continentale\n",
		"same-dispatch   0.41  5 articles = 1 dispatch (Reuters): a7c2e91f04b3 (original), a51d0e7c9a28,",
		"    3 [retracted]  2025-03-04  Reuters, Actu Express, Infos Monde 24\n",
		// Evidence: copies of one source giving one figure once.
		"    3 [retracted]  2025-03-04  Reuters, Actu Express, Infos Monde 24:\n      SOFIA, 4 mars (Reuters)",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("text lacks %q", want)
		}
	}
	if n := strings.Count(out, "[retracted]"); n != 2 {
		t.Errorf("%d retracted marks, want 2 (the table and the evidence)", n)
	}
}
