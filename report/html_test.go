package report

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"errors"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/recoupe/recoupe/internal/chromium"
)

// parseHTML parses a rendered page.
func parseHTML(t *testing.T, page string) *html.Node {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatalf("the page does not parse: %v", err)
	}
	return doc
}

func attr(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

func hasClass(n *html.Node, class string) bool {
	v, _ := attr(n, "class")
	for _, c := range strings.Fields(v) {
		if c == class {
			return true
		}
	}
	return false
}

// findAll returns the elements under n (n included) that match.
func findAll(n *html.Node, match func(*html.Node) bool) []*html.Node {
	var out []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && match(n) {
			out = append(out, n)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return out
}

func tagClass(tag, class string) func(*html.Node) bool {
	return func(n *html.Node) bool {
		return n.Data == tag && (class == "" || hasClass(n, class))
	}
}

// textOf is the text content of n.
func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// svgSources returns the raw source of every inline <svg> of a page.
func svgSources(page string) []string {
	return regexp.MustCompile(`(?s)<svg\b.*?</svg>`).FindAllString(page, -1)
}

// checkSVGWellFormed parses every inline SVG of the page as XML: the
// charts must be well-formed on their own (e.g. to be saved as files).
func checkSVGWellFormed(t *testing.T, page string) {
	t.Helper()
	for i, src := range svgSources(page) {
		dec := xml.NewDecoder(strings.NewReader(src))
		dec.Strict = true
		for {
			_, err := dec.Token()
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				t.Errorf("svg %d is not well-formed XML: %v\n%.300s", i, err, src)
				break
			}
		}
	}
}

// chartReport is a story built to know what its figure chart must hold.
// Sources: a1 with its copy a4 (one source), a2, a3. Values of "morts":
//
//	a1 10 on 1 March, 12 on 2 March      2 points, one line
//	a4 12 on 2 March (a copy of a1)      merged into a1's point
//	a2 ~11 on 1 March                    a ring
//	a2 8 on 2 March, retracted           a cross
//	a3 10–14 on 2 March                  a point and a range bar
//	a3 9, undated                        no point
func chartReport() *Report {
	d1, d2 := "2025-03-01", "2025-03-02"
	return &Report{
		Articles: []Article{
			{ID: "a1", Outlet: "Wire", Published: sp(d1)},
			{ID: "a2", Outlet: "Paper", Published: sp(d1)},
			{ID: "a3", Outlet: "TV", Published: sp(d2)},
			{ID: "a4", Outlet: "Portal", Published: sp(d2)},
		},
		Stories: []Story{{
			ID: "s1", Title: "Chart", Articles: []string{"a1", "a2", "a3", "a4"},
			Copies: []Copy{{Articles: []string{"a1", "a4"}, Kind: "near-duplicate", Score: 0.9, Original: "a1"}},
			Claims: []Claim{
				{Measure: "morts", Unit: "personnes", Status: "conflict", Values: []Value{
					{Value: 10, AsOf: sp(d1), Article: "a1"},
					{Value: 11, Approx: true, AsOf: sp(d1), Article: "a2"},
					{Value: 12, AsOf: sp(d2), Article: "a1"},
					{Value: 12, AsOf: sp(d2), Article: "a4"},
					{Value: 8, AsOf: sp(d2), Article: "a2", Retracted: true},
					{Value: 12, Low: fp(10), High: fp(14), AsOf: sp(d2), Article: "a3"},
					{Value: 9, Article: "a3"},
				}},
				// Not drawn: one dated value only.
				{Measure: "blessés", Status: "single", Values: []Value{{Value: 3, AsOf: sp(d1), Article: "a1"}}},
				// Not drawn: a date claim.
				{Measure: "fin", Unit: "date", Kind: "date", Status: "evolving", Values: []Value{
					{Value: 20250314, Date: "2025-03-14", AsOf: sp(d1), Article: "a1"},
					{Value: 20250321, Date: "2025-03-21", AsOf: sp(d2), Article: "a3"},
				}},
			},
			Timeline: []Event{
				{Date: "2019", Text: "Audit", Articles: []string{"a1"}},
				{Date: "2025-03-01", Text: "Failure", Articles: []string{"a1", "a2"}},
				{Date: "2025-03-01", Text: "First toll", Articles: []string{"a2"}},
				{Date: "2025-03-02", Text: "New toll", Articles: []string{"a3"}},
				{Date: "2025-03-10", Text: "Report due", Articles: []string{"a3"}, Future: true},
				{Date: "soon", Text: "Undated", Articles: []string{"a3"}},
			},
		}},
	}
}

func TestHTMLFigureChart(t *testing.T) {
	page := render(t, chartReport(), "html", Options{})
	doc := parseHTML(t, page)
	checkSVGWellFormed(t, page)

	figs := findAll(doc, tagClass("svg", "figure"))
	if len(figs) != 1 {
		t.Fatalf("%d figure charts, want 1 (one measure with values on two days)", len(figs))
	}
	f := figs[0]
	pts := findAll(f, func(n *html.Node) bool { return hasClass(n, "pt") })
	shapes := map[string]int{}
	for _, p := range pts {
		for _, s := range []string{"dot", "ring", "cross", "up", "down"} {
			if hasClass(p, s) {
				shapes[s]++
			}
		}
		if titles := findAll(p, tagClass("title", "")); len(titles) != 1 {
			t.Errorf("point without its <title>")
		}
	}
	if len(pts) != 5 || shapes["dot"] != 3 || shapes["ring"] != 1 || shapes["cross"] != 1 {
		t.Errorf("points: %d %v, want 5: 3 dots, 1 ring, 1 cross", len(pts), shapes)
	}
	lines := findAll(f, tagClass("polyline", "line"))
	if len(lines) != 1 {
		t.Fatalf("%d lines, want 1 (only a1 has values on two days)", len(lines))
	}
	points, _ := attr(lines[0], "points")
	if n := len(strings.Fields(points)); n != 2 {
		t.Errorf("line through %d points, want 2: %q", n, points)
	}
	if n := len(findAll(f, tagClass("g", "bar"))); n != 1 {
		t.Errorf("%d range bars, want 1", n)
	}
	// a1 and a4 are one source: same colour, and the legend names three.
	legend := findAll(doc, tagClass("ul", "legend"))
	if len(legend) != 1 || len(findAll(legend[0], tagClass("li", ""))) != 3 {
		t.Errorf("legend: want one with three sources")
	}
	// Every coordinate is a number inside the view box.
	vb, _ := attr(f, "viewBox")
	var w, h float64
	if fs := strings.Fields(vb); len(fs) == 4 {
		w, _ = strconv.ParseFloat(fs[2], 64)
		h, _ = strconv.ParseFloat(fs[3], 64)
	}
	if w == 0 || h == 0 {
		t.Fatalf("bad viewBox %q", vb)
	}
	for _, n := range findAll(f, func(*html.Node) bool { return true }) {
		for _, a := range n.Attr {
			var limit float64
			switch a.Key {
			case "x", "x1", "x2", "cx":
				limit = w
			case "y", "y1", "y2", "cy":
				limit = h
			default:
				continue
			}
			x, err := strconv.ParseFloat(a.Val, 64)
			if err != nil || x < 0 || x > limit {
				t.Errorf("<%s %s=%q> outside 0..%v", n.Data, a.Key, a.Val, limit)
			}
		}
	}
	// The higher value is drawn higher.
	var y10, y12 float64
	for _, p := range pts {
		title := textOf(p)
		cy, _ := attr(p, "cy")
		y, _ := strconv.ParseFloat(cy, 64)
		switch {
		case strings.HasPrefix(title, "10 —"):
			y10 = y
		case strings.HasPrefix(title, "12 —"):
			y12 = y
		}
	}
	if !(y12 < y10) || y10 == 0 {
		t.Errorf("12 drawn at y=%v, 10 at y=%v: want 12 above", y12, y10)
	}
}

func TestHTMLTimelineChart(t *testing.T) {
	page := render(t, chartReport(), "html", Options{})
	doc := parseHTML(t, page)
	charts := findAll(doc, tagClass("svg", "timeline"))
	if len(charts) != 1 {
		t.Fatalf("%d timeline charts, want 1", len(charts))
	}
	c := charts[0]
	marks := findAll(c, tagClass("circle", "mark"))
	if len(marks) != 5 {
		t.Errorf("%d event markers, want 5 (the undated event is only listed)", len(marks))
	}
	future := 0
	for _, m := range marks {
		if hasClass(m, "future") {
			future++
		}
	}
	if future != 1 {
		t.Errorf("%d hollow markers, want 1", future)
	}
	// Two events on 1 March share one x; 2019 is far before: the axis
	// breaks once.
	xs := map[string]int{}
	for _, m := range marks {
		cx, _ := attr(m, "cx")
		xs[cx]++
	}
	if len(xs) != 4 {
		t.Errorf("markers at %d positions, want 4: %v", len(xs), xs)
	}
	if n := len(findAll(c, tagClass("path", "brk"))); n != 1 {
		t.Errorf("%d axis breaks, want 1", n)
	}
	var titles []string
	for _, g := range findAll(c, tagClass("g", "event")) {
		titles = append(titles, textOf(g))
	}
	if !slicesContainsPrefix(titles, "5. 2025-03-10 (announced) — Report due [TV]") {
		t.Errorf("hover titles %q lack the future event", titles)
	}
	items := findAll(doc, func(n *html.Node) bool { return n.Data == "li" && n.Parent != nil && hasClass(n.Parent, "timeline") })
	if len(items) != 6 {
		t.Errorf("%d timeline items, want 6", len(items))
	}
}

func slicesContainsPrefix(list []string, prefix string) bool {
	for _, s := range list {
		if strings.HasPrefix(s, prefix) {
			return true
		}
	}
	return false
}

// TestHTMLClaimsAndMatrix checks the claims table and the sources
// matrix of the fixture.
func TestHTMLClaimsAndMatrix(t *testing.T) {
	r := crosscheckFixture(t)
	page := render(t, r, "html", Options{})
	doc := parseHTML(t, page)
	checkSVGWellFormed(t, page)
	s := r.Stories[0]

	tables := findAll(doc, tagClass("table", "claims"))
	if len(tables) != 2 {
		t.Fatalf("%d claims tables, want one per story", len(tables))
	}
	rows := findAll(tables[0], func(n *html.Node) bool { return n.Data == "tr" && n.Parent.Data == "tbody" })
	if len(rows) != len(s.Claims) {
		t.Fatalf("%d claim rows, want %d", len(rows), len(s.Claims))
	}
	for i, row := range rows {
		c := s.Claims[i]
		if got := hasClass(row, "row-conflict"); got != (c.Status == "conflict") {
			t.Errorf("claim %q: conflict highlight %v, status %s", c.Measure, got, c.Status)
		}
		badge := findAll(row, tagClass("span", "status"))
		if len(badge) != 1 || !hasClass(badge[0], c.Status) || textOf(badge[0]) != c.Status {
			t.Errorf("claim %q: no %s badge", c.Measure, c.Status)
		}
		dels := findAll(row, tagClass("del", ""))
		retracted := map[string]bool{}
		for _, v := range c.Values {
			if v.Retracted {
				retracted[formatClaimValue(&c, v)] = true
			}
		}
		if len(dels) != len(retracted) {
			t.Errorf("claim %q: %d struck values, want %d", c.Measure, len(dels), len(retracted))
		}
		for _, d := range dels {
			if !retracted[textOf(d)] || d.NextSibling == nil || !hasClass(d.NextSibling, "note") {
				t.Errorf("claim %q: struck %q without its note", c.Measure, textOf(d))
			}
		}
	}
	if !strings.Contains(textOf(rows[0]), "per les autorités") {
		t.Error("credits missing from the claims table")
	}

	m := findAll(doc, tagClass("table", "matrix"))
	if len(m) == 0 {
		t.Fatal("no sources matrix")
	}
	heads := findAll(m[0], tagClass("tr", ""))
	groups := findAll(heads[0], tagClass("th", "grp"))
	if len(groups) != 4 {
		t.Errorf("%d source groups in the matrix, want the story's 4 independent sources", len(groups))
	}
	span, _ := attr(groups[0], "colspan")
	if span != "5" || !strings.Contains(textOf(groups[0]), "Reuters") {
		t.Errorf("first group %q spans %s columns, want Reuters over 5", textOf(groups[0]), span)
	}
	cols := findAll(heads[1], tagClass("th", ""))
	if len(cols) != len(s.Articles) {
		t.Errorf("%d article columns, want %d", len(cols), len(s.Articles))
	}
	body := findAll(m[0], func(n *html.Node) bool { return n.Data == "tr" && n.Parent.Data == "tbody" })
	wantRows := len(s.Claims) + 1 + min(len(s.Entities), maxMatrixEntities)
	if len(body) != wantRows {
		t.Errorf("%d matrix rows, want %d", len(body), wantRows)
	}
	// The évacués row: France Horizon's cell says ~300.
	for _, row := range body {
		if strings.HasPrefix(textOf(row), "évacués") {
			if !hasClass(row, "st-conflict") || !strings.Contains(textOf(row), "~300") {
				t.Errorf("évacués row: %q", textOf(row))
			}
		}
	}

	// One figure per count measure with values on two days or two
	// different values: every measure of the fixture but the capacity,
	// the height, the aid (undated or single) and the date claim.
	if n := len(findAll(doc, tagClass("svg", "figure"))); n != 7 {
		t.Errorf("%d figure charts, want 7", n)
	}
	if n := len(findAll(doc, tagClass("svg", "timeline"))); n != 1 {
		t.Errorf("%d timeline charts, want 1 (the second story has no timeline)", n)
	}
}

// TestHTMLNoExternalResources checks that the page loads nothing: no
// script, no style sheet, image or frame from elsewhere; the only
// outside links are <a> to the articles' http(s) addresses.
func TestHTMLNoExternalResources(t *testing.T) {
	r := crosscheckFixture(t)
	r.Articles[0].URL = "javascript:alert(1)"
	r.Articles[1].URL = "data:text/html,<script>alert(1)</script>"
	r.Articles[2].URL = "http://example.org/a\" onmouseover=\"alert(1)"
	urls := map[string]bool{}
	for _, a := range r.Articles {
		if webURL(a.URL) {
			urls[a.URL] = true
		}
	}
	page := render(t, r, "html", Options{})
	doc := parseHTML(t, page)
	for _, n := range findAll(doc, func(*html.Node) bool { return true }) {
		switch n.Data {
		case "script", "link", "img", "iframe", "object", "embed", "video", "audio", "source", "base", "form", "image", "use", "foreignObject":
			t.Errorf("element <%s> in the page", n.Data)
		}
		for _, a := range n.Attr {
			switch {
			case strings.HasPrefix(a.Key, "on"):
				t.Errorf("<%s> has an event handler %s", n.Data, a.Key)
			case a.Key == "src" || a.Key == "xlink:href" || a.Key == "srcset" || a.Key == "action":
				t.Errorf("<%s %s=%q>", n.Data, a.Key, a.Val)
			case a.Key == "href":
				if strings.HasPrefix(a.Val, "#") {
					continue
				}
				if n.Data != "a" || !urls[a.Val] || !(strings.HasPrefix(a.Val, "https://") || strings.HasPrefix(a.Val, "http://")) {
					t.Errorf("<%s href=%q>: not an anchor nor an article's web address", n.Data, a.Val)
				}
			case a.Key == "style":
				t.Errorf("<%s style=%q>: styles belong in the sheet", n.Data, a.Val)
			}
		}
	}
	style := findAll(doc, tagClass("style", ""))
	if len(style) != 1 {
		t.Fatalf("%d style sheets, want 1", len(style))
	}
	if css := textOf(style[0]); strings.Contains(css, "url(") || strings.Contains(css, "@import") || strings.Contains(css, "http") {
		t.Error("the style sheet refers to something outside the page")
	}
	links := findAll(doc, func(n *html.Node) bool {
		h, _ := attr(n, "href")
		return n.Data == "a" && strings.HasPrefix(h, "http")
	})
	if len(links) != len(urls) || len(urls) != 3 {
		t.Errorf("%d outside links, want one per article with a web address: %d (France Horizon, two blog posts)", len(links), len(urls))
	}
	// Every in-page link has its target.
	ids := map[string]bool{}
	for _, n := range findAll(doc, func(n *html.Node) bool { _, ok := attr(n, "id"); return ok }) {
		id, _ := attr(n, "id")
		if ids[id] {
			t.Errorf("duplicate id %q", id)
		}
		ids[id] = true
	}
	for _, n := range findAll(doc, tagClass("a", "")) {
		if h, _ := attr(n, "href"); strings.HasPrefix(h, "#") && !ids[h[1:]] {
			t.Errorf("link to missing anchor %q", h)
		}
	}
}

// hostileReport puts markup in every string a report carries, the
// charts' included.
func hostileReport() *Report {
	const x = `<script>alert(1)</script>`
	q := func(s string) string { return s + x }
	r := chartReport()
	for i := range r.Articles {
		a := &r.Articles[i]
		a.Title, a.Outlet, a.Text = q("T"), q("O"+strconv.Itoa(i)), q("body")+"\n\n"+x
		a.Wires, a.Authors = []string{q("W")}, []string{q("A")}
		a.Dateline, a.File, a.PublishedBasis = q("D"), q("F"), q("B")
		a.Boilerplate = []Boilerplate{{Text: q("bp"), Reason: q("r"), Line: 1}}
	}
	r.Articles[0].URL = "https://example.org/?q=" + x
	s := &r.Stories[0]
	s.Title, s.Thread = q("story"), q("thread")
	s.Copies[0].Evidence = []string{q("ev")}
	for i := range s.Claims {
		c := &s.Claims[i]
		c.Measure, c.Unit = q("m"), c.Unit+x
		for j := range c.Values {
			v := &c.Values[j]
			v.Sentence, v.Credit, v.Source = q("s"), q("c"), q("k")
		}
	}
	s.Claims[2].Values[0].Date = x
	s.Claims = append(s.Claims, Claim{Measure: q("m2"), Status: x, Values: []Value{{Value: 1, AsOf: sp(x), Article: x}}})
	for i := range s.Timeline {
		s.Timeline[i].Text = q("e")
	}
	s.Timeline = append(s.Timeline, Event{Date: x, Text: x, Articles: []string{x}})
	s.Entities = []Entity{{Name: q("n"), Kind: x, Variants: []string{x}, Articles: []string{"a1", x}}}
	s.Quotes = []Quote{{Speaker: q("sp"), Text: q("qt"), Articles: []string{"a1"}}}
	s.Summary = []Sentence{{Text: q("sum"), Article: x}}
	r.Errors = []InputErr{{File: x, Reason: x}}
	return r
}

// TestHostileInput renders markup-laden input in every format: the HTML
// shows it as text, the SVG stays well-formed, the Markdown escapes it,
// the text drops control characters.
func TestHostileInput(t *testing.T) {
	r := hostileReport()
	page := render(t, r, "html", Options{})
	if strings.Contains(strings.ToLower(page), "<script") {
		t.Fatal("a script tag reached the HTML")
	}
	doc := parseHTML(t, page)
	checkSVGWellFormed(t, page)
	if n := len(findAll(doc, tagClass("script", ""))); n != 0 {
		t.Fatalf("%d script elements", n)
	}
	// The text is all there, as text, in the SVG too.
	text := textOf(doc)
	for _, want := range []string{"O0<script>alert(1)</script>", "m<script>", "story<script>", "sp<script>", "ev<script>", "bp<script>"} {
		if !strings.Contains(text, want) {
			t.Errorf("text %q not shown", want)
		}
	}
	var svgText strings.Builder
	for _, s := range findAll(doc, tagClass("svg", "")) {
		svgText.WriteString(textOf(s))
	}
	if !strings.Contains(svgText.String(), "O0<script>") {
		t.Error("outlet names missing from the chart titles")
	}
	for _, n := range findAll(doc, func(*html.Node) bool { return true }) {
		for _, a := range n.Attr {
			if strings.HasPrefix(a.Key, "on") {
				t.Errorf("<%s %s>", n.Data, a.Key)
			}
			if a.Key == "class" && strings.ContainsAny(a.Val, "<>\"'") {
				t.Errorf("input reached a class attribute: %q", a.Val)
			}
		}
	}

	md := render(t, r, "markdown", Options{ShowBoilerplate: true})
	if strings.Contains(md, "<script") {
		t.Error("a script tag reached the Markdown")
	}
	for _, l := range strings.Split(md, "\n") {
		if strings.HasPrefix(l, "<") && !strings.HasPrefix(l, "<details><summary>") && l != "</details>" {
			t.Errorf("raw HTML line in the Markdown: %q", l)
		}
	}
	txt := render(t, r, "text", Options{Width: 80, ShowBoilerplate: true})
	if strings.ContainsAny(txt, "\x1b\r") {
		t.Error("control characters in the text")
	}
}

// TestHTMLPrintAndPhone checks the style sheet has what printing and
// small screens need.
func TestHTMLPrintAndPhone(t *testing.T) {
	page := render(t, crosscheckFixture(t), "html", Options{})
	for _, want := range []string{
		"@media print", "details::details-content", // details expanded on paper
		"@media (max-width:40rem)", ".scroll{overflow-x:auto", // tables scroll on phones
		"@media (prefers-color-scheme:dark)", `<meta name="viewport"`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	doc := parseHTML(t, page)
	for _, tb := range findAll(doc, tagClass("table", "")) {
		if !hasClass(tb.Parent, "scroll") {
			t.Errorf("a table outside a scrolling box: %q", textOf(tb)[:min(40, len(textOf(tb)))])
		}
	}
}

// TestHTMLInChromium opens the rendered fixture in headless Chromium,
// fails on any console error, and saves a screenshot in a temporary
// directory. It needs /usr/bin/chromium and RECOUPE_BROWSER_TESTS=1 (or
// CI=true).
func TestHTMLInChromium(t *testing.T) {
	if ok, why := chromium.Enabled(); !ok {
		t.Skip(why)
	}
	dir := t.TempDir()
	page := filepath.Join(dir, "report.html")
	if err := os.WriteFile(page, []byte(render(t, crosscheckFixture(t), "html", Options{})), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	dom, console, err := chromium.DumpDOM(ctx, "file://"+page, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range console {
		t.Errorf("console message (the page has no script: any is an error): %s", l)
	}
	if !strings.Contains(dom, `<svg class="timeline"`) || !strings.Contains(dom, `class="fig conflict"`) {
		t.Errorf("the browser's DOM lacks the charts (%d bytes)", len(dom))
	}

	shot := filepath.Join(dir, "report.png")
	if _, _, err := chromium.Run(ctx, "file://"+page, t.TempDir(), "--window-size=1280,2400", "--hide-scrollbars", "--screenshot="+shot); err != nil {
		t.Fatal(err)
	}
	info, err := os.Stat(shot)
	if err != nil || info.Size() < 10000 {
		t.Fatalf("no screenshot: %v", err)
	}
	t.Logf("screenshot: %s (%d bytes)", shot, info.Size())
}

// FuzzWrite renders arbitrary reports in every format: no panic, no
// error, and the HTML never lets markup or a script through.
func FuzzWrite(f *testing.F) {
	// Small seeds only: the fuzzer minimises every input that finds new
	// code, and a big one (the demo fixture) takes it minutes.
	for _, r := range []*Report{chartReport(), hostileReport(), sparse()} {
		b, err := json.Marshal(r)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(`{"stories":[{"articles":["x"],"claims":[{"values":[{"value":1e308,"as_of":"2025-01-01","article":"x"},{"value":-1e308,"low":1e308,"as_of":"2025-01-02","article":"y"}]}],"timeline":[{"date":"0000-01-01"},{"date":"9999-12-31","future":true}]}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var r Report
		if json.Unmarshal(data, &r) != nil {
			return
		}
		for _, format := range Formats() {
			var b bytes.Buffer
			if err := Write(&b, &r, format, Options{Width: 60, Color: true, ShowBoilerplate: true}); err != nil {
				t.Fatalf("%s: %v", format, err)
			}
			if format == "html" && strings.Contains(strings.ToLower(b.String()), "<script") {
				t.Fatal("a script tag reached the HTML")
			}
		}
	})
}

// TestHTMLArticleHref checks that with Options.ArticleHref every mention of
// an article links to its own page and the full texts are left out.
func TestHTMLArticleHref(t *testing.T) {
	r := crosscheckFixture(t)
	full := render(t, r, "html", Options{})
	page := render(t, r, "html", Options{ArticleHref: func(id string) string { return "/articles/" + id }})
	if !strings.Contains(full, "Article texts") || strings.Contains(page, "Article texts") {
		t.Errorf("the texts section: in the full page %v, in the linked page %v",
			strings.Contains(full, "Article texts"), strings.Contains(page, "Article texts"))
	}
	id := r.Stories[0].Summary[0].Article
	if !strings.Contains(page, `href="/articles/`+id+`"`) {
		t.Errorf("no link to /articles/%s", id)
	}
	if strings.Contains(page, `href="#art-`) {
		t.Error("a link still points into the page at an article text that is not there")
	}
	if len(page) >= len(full) {
		t.Errorf("the linked page (%d bytes) is not smaller than the full one (%d)", len(page), len(full))
	}
}
