package report

import (
	"bytes"
	"html/template"
	"slices"
	"strconv"
	"strings"
)

// The HTML page is built from a view model with every string already
// formatted; html/template escapes all of it for its context, the text
// of the inline SVG charts included. The page has no script and loads
// nothing: styles are inline, charts are inline SVG, and the only
// outside links are the articles' own http(s) addresses.

type htmlRef struct {
	Anchor string // id of the article's <details>, "" when none
	Href   string // where a link to the article goes, "" for no link
	ID     string
	Hint   string // outlet and title, for the link's tooltip
}

// htmlSaid is an article named by its outlet, linked to its details.
type htmlSaid struct {
	Ref    htmlRef
	Outlet string
}

type htmlRow struct {
	Ref       htmlRef
	Outlet    string
	Published string
	Wires     string
	Removed   int
	Title     string
	Source    string // label of its independent source
	Class     string // colour class of that source
}

type htmlCopy struct {
	Headline string // "5 articles = 1 dispatch (Reuters)"
	Kind     string
	Score    string
	Original htmlSaid
	HasOrig  bool
	Articles []htmlSaid // the others
	Evidence []string
}

type htmlEntity struct {
	Name, Kind string
	Variants   string
	Count      string // "7 articles"
	Said       []htmlSaid
}

// htmlValueGroup is the values of a claim that read the same.
type htmlValueGroup struct {
	Text      string
	Date      string
	Retracted bool
	Said      []htmlSaid
	Credits   string
}

// htmlEvidence is one value with its sentence.
type htmlEvidence struct {
	Measure   string // on the first value of a claim only
	Rows      int    // rowspan of Measure
	Value     string
	Retracted bool
	AsOf      string
	Said      htmlSaid
	Credit    string
	Sentence  string
}

type htmlClaim struct {
	Measure, Status, StatusClass string
	Sources                      int
	Groups                       []htmlValueGroup
}

type htmlEvent struct {
	N          int
	Date, Text string
	Future     bool
	Said       []htmlSaid
}

type htmlQuote struct {
	Speaker, Text string
	Said          []htmlSaid
}

type htmlSentence struct {
	Text string
	Said htmlSaid
}

// htmlMatrix is the sources matrix: rows are measures (then key
// entities), columns the story's articles grouped by independent source,
// cells what each article says.
type htmlMatrix struct {
	Groups   []htmlMatrixGroup
	Cols     []htmlMatrixCol
	Rows     []htmlMatrixRow
	Entities []htmlMatrixEntity
}

type htmlMatrixGroup struct {
	Label, Class string
	Span         int
	Note         string // "dispatch + 4 copies"
}

type htmlMatrixCol struct {
	Said  htmlSaid
	Date  string
	Copy  bool // not the original of its group
	First bool // first column of its group
}

type htmlMatrixRow struct {
	Measure, Status, StatusClass string
	Cells                        []htmlMatrixCell
}

type htmlMatrixCell struct {
	First  bool
	Values []htmlCellValue
}

type htmlCellValue struct {
	Text, Title string
	Retracted   bool
}

type htmlMatrixEntity struct {
	Name, Kind string
	Cells      []htmlEntityCell
}

type htmlEntityCell struct {
	First, Named bool
}

type htmlArticle struct {
	Anchor, ID, Title, Outlet, Published, Basis string
	File, URL, Dateline, Language, Authors      string
	Wires                                       string
	Link                                        bool // URL is http(s)
	Lang                                        string
	Paragraphs                                  []string
	Boilerplate                                 []Boilerplate
}

type htmlStory struct {
	Anchor, ID, Thread, Title string
	Count                     string // "8 articles"
	Sources                   string // "4 independent sources"
	Span                      string
	Conflicts                 string // "1 conflict", "" when none
	Rows                      []htmlRow
	Copies                    []htmlCopy
	Entities                  []htmlEntity
	Claims                    []htmlClaim
	Evidence                  []htmlEvidence
	Figures                   []*svgFigure
	Matrix                    *htmlMatrix
	Chart                     *svgTimeline
	Timeline                  []htmlEvent
	Quotes                    []htmlQuote
	Summary                   []htmlSentence
	// Texts are the story's articles not already detailed in an earlier
	// story; Seen are the others, linked.
	Texts []htmlArticle
	Seen  []htmlRef
}

type htmlPage struct {
	Counts  string
	Stories []htmlStory
	Loose   []htmlArticle
	Errors  []InputErr
}

// htmlBuilder resolves article IDs to anchors while building the page.
type htmlBuilder struct {
	v       *view
	href    func(id string) string // Options.ArticleHref
	anchors map[string]string      // article ID -> anchor
	used    map[string]bool        // anchors given out
	shown   map[string]bool        // articles already detailed
}

// anchorText keeps the characters that are safe and readable in a
// fragment identifier.
func anchorText(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '-', r == '_':
			b.WriteRune(r)
		default:
			b.WriteByte('_')
		}
		if b.Len() >= 64 {
			break
		}
	}
	return b.String()
}

// unique returns base, or base with a number appended when taken.
func (h *htmlBuilder) unique(base string) string {
	a := base
	for n := 2; h.used[a]; n++ {
		a = base + "-" + strconv.Itoa(n)
	}
	h.used[a] = true
	return a
}

func (h *htmlBuilder) ref(id string) htmlRef {
	r := htmlRef{ID: id, Anchor: h.anchors[id]}
	switch {
	case h.href != nil:
		r.Href = h.href(id)
	case r.Anchor != "":
		r.Href = "#" + r.Anchor
	}
	if a := h.v.byID[id]; a != nil {
		hint := a.Outlet
		if a.Title != "" {
			if hint != "" {
				hint += " — "
			}
			hint += a.Title
		}
		if p := publishedString(a); p != "" {
			hint += " (" + p + ")"
		}
		r.Hint = oneLine(hint)
	}
	return r
}

func (h *htmlBuilder) said(id string) htmlSaid {
	return htmlSaid{Ref: h.ref(id), Outlet: h.v.outlet(id)}
}

// saids names articles by their outlets, an outlet once (linked to its
// first article).
func (h *htmlBuilder) saids(ids []string) []htmlSaid {
	var out []htmlSaid
	seen := map[string]bool{}
	for _, id := range ids {
		s := h.said(id)
		if !seen[s.Outlet] {
			seen[s.Outlet] = true
			out = append(out, s)
		}
	}
	return out
}

func (h *htmlBuilder) row(a *Article, src *storySources) htmlRow {
	date := publishedString(a)
	if date == "" {
		date = "unknown"
	}
	g := src.groupOf[a.ID]
	return htmlRow{
		Ref:       h.ref(a.ID),
		Outlet:    a.Outlet,
		Published: date,
		Wires:     strings.Join(a.Wires, ", "),
		Removed:   len(a.Boilerplate),
		Title:     a.Title,
		Source:    src.groups[g].Label,
		Class:     sourceClass(g),
	}
}

// langCode reports whether s looks like an ISO 639 code, fit for a lang
// attribute.
func langCode(s string) bool {
	if len(s) < 2 || len(s) > 3 {
		return false
	}
	for _, r := range s {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}

// webURL reports whether u is an http(s) address, the only kind the page
// links to.
func webURL(u string) bool {
	lu := strings.ToLower(u)
	return (strings.HasPrefix(lu, "https://") || strings.HasPrefix(lu, "http://")) &&
		!strings.ContainsAny(u, " \t\r\n\"'<>`")
}

func (h *htmlBuilder) article(a *Article) htmlArticle {
	h.shown[a.ID] = true
	d := htmlArticle{
		Anchor:      h.anchors[a.ID],
		ID:          a.ID,
		Title:       a.Title,
		Outlet:      a.Outlet,
		Published:   publishedString(a),
		Basis:       a.PublishedBasis,
		File:        a.File,
		URL:         a.URL,
		Dateline:    a.Dateline,
		Language:    a.Language,
		Authors:     strings.Join(a.Authors, ", "),
		Wires:       strings.Join(a.Wires, ", "),
		Boilerplate: a.Boilerplate,
		Link:        webURL(a.URL),
	}
	if d.Published == "" {
		d.Published = "unknown"
	}
	if langCode(a.Language) {
		d.Lang = a.Language
	}
	for _, p := range strings.Split(a.Text, "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			d.Paragraphs = append(d.Paragraphs, p)
		}
	}
	return d
}

var statusClass = map[string]string{
	"agree": "agree", "evolving": "evolving", "conflict": "conflict",
	"retracted": "retracted", "single": "single",
}

func classOf(status string) string {
	if c := statusClass[status]; c != "" {
		return c
	}
	return "other"
}

// maxMatrixEntities bounds the entity rows of the sources matrix.
const maxMatrixEntities = 8

func (h *htmlBuilder) story(s *storyView) htmlStory {
	hs := htmlStory{
		Anchor:  h.unique("story-" + anchorText(s.ID)),
		ID:      s.ID,
		Thread:  s.Thread,
		Title:   storyTitle(s.Story),
		Count:   plural(len(s.arts), "article", "articles"),
		Sources: plural(s.src.count(s.Story), "independent source", "independent sources"),
		Span:    dateSpan(s.arts),
	}
	if n := countStatus(s.Story, "conflict"); n > 0 {
		hs.Conflicts = plural(n, "conflict", "conflicts")
	}
	for _, a := range s.arts {
		hs.Rows = append(hs.Rows, h.row(a, s.src))
	}
	for i := range s.Copies {
		c := &s.Copies[i]
		hc := htmlCopy{Headline: copyHeadline(c, h.v.byID), Kind: c.Kind, Score: formatScore(c.Score), Evidence: c.Evidence}
		if c.Original != "" {
			hc.Original, hc.HasOrig = h.said(c.Original), true
		}
		for _, id := range c.Articles {
			if id != c.Original {
				hc.Articles = append(hc.Articles, h.said(id))
			}
		}
		hs.Copies = append(hs.Copies, hc)
	}
	for _, e := range s.Entities {
		hs.Entities = append(hs.Entities, htmlEntity{Name: e.Name, Kind: e.Kind,
			Variants: strings.Join(e.Variants, ", "), Count: plural(len(e.Articles), "article", "articles"),
			Said: h.saids(e.Articles)})
	}
	for i := range s.Claims {
		c := &s.Claims[i]
		hc := htmlClaim{Measure: claimLabel(c), Status: c.Status, StatusClass: classOf(c.Status),
			Sources: s.src.claimSources(c)}
		for _, g := range groupValues(c) {
			hg := htmlValueGroup{Text: g.Text, Date: g.Date, Retracted: g.Retracted, Said: h.saids(g.Articles)}
			var credits []string
			for _, cr := range g.Credits {
				if cr != "" && !slices.Contains(credits, cr) {
					credits = append(credits, cr)
				}
			}
			hg.Credits = strings.Join(credits, "; ")
			hc.Groups = append(hc.Groups, hg)
		}
		hs.Claims = append(hs.Claims, hc)
		for j, v := range c.Values {
			e := htmlEvidence{Value: formatClaimValue(c, v), Retracted: v.Retracted, AsOf: "?",
				Said: h.said(v.Article), Credit: v.Credit, Sentence: v.Sentence}
			if v.AsOf != nil {
				e.AsOf = *v.AsOf
			}
			if j == 0 {
				e.Measure, e.Rows = claimLabel(c), len(c.Values)
			}
			hs.Evidence = append(hs.Evidence, e)
		}
		if chartable(c) {
			if f := h.figure(c, s); f != nil {
				hs.Figures = append(hs.Figures, f)
			}
		}
	}
	hs.Matrix = h.matrix(s)
	var tl []timelineEvent
	for i, e := range s.Timeline {
		said := h.saids(e.Articles)
		hs.Timeline = append(hs.Timeline, htmlEvent{N: i + 1, Date: e.Date, Text: e.Text, Future: e.Future, Said: said})
		tl = append(tl, timelineEvent{N: i + 1, Date: e.Date, Text: oneLine(e.Text), Future: e.Future,
			Sources: strings.Join(outletNames(e.Articles, h.v.byID), ", ")})
	}
	hs.Chart = layoutTimeline(tl)
	for _, q := range s.Quotes {
		hs.Quotes = append(hs.Quotes, htmlQuote{Speaker: q.Speaker, Text: q.Text, Said: h.saids(q.Articles)})
	}
	for _, sn := range s.Summary {
		hs.Summary = append(hs.Summary, htmlSentence{Text: sn.Text, Said: h.said(sn.Article)})
	}
	for _, a := range s.arts {
		switch {
		case h.v.byID[a.ID] == nil:
			// Unknown article: nothing to show.
		case h.href != nil:
			// The texts live on their own pages.
		case h.shown[a.ID]:
			hs.Seen = append(hs.Seen, h.ref(a.ID))
		default:
			hs.Texts = append(hs.Texts, h.article(a))
		}
	}
	return hs
}

// figure lays out the evolution chart of a claim.
func (h *htmlBuilder) figure(c *Claim, s *storyView) *svgFigure {
	var vals []figureValue
	for _, v := range c.Values {
		if v.AsOf == nil || !validValue(v) {
			continue
		}
		vals = append(vals, figureValue{Value: v.Value, Low: v.Low, High: v.High, Approx: v.Approx,
			Retracted: v.Retracted, Date: *v.AsOf, Group: s.src.groupOf[v.Article],
			Text: formatValue(v), Said: h.v.outlet(v.Article)})
	}
	f := layoutFigure(vals, func(g int) string { return s.src.groups[g].Label })
	if f == nil {
		return nil
	}
	f.Measure, f.Status, f.StatusClass = claimLabel(c), c.Status, classOf(c.Status)
	f.Summary = claimLabel(c) + " over time, " + c.Status
	return f
}

// matrix builds the sources matrix of a story: a column per article,
// grouped by independent source (the original first), a row per
// measure, then a row per key entity. A story of one article has none.
func (h *htmlBuilder) matrix(s *storyView) *htmlMatrix {
	if len(s.Claims) == 0 && len(s.Entities) == 0 {
		return nil
	}
	m := &htmlMatrix{}
	var cols []string
	for gi, g := range s.src.groups {
		var ids []string
		for _, id := range g.Articles {
			if h.v.byID[id] != nil || slices.Contains(s.Articles, id) {
				ids = append(ids, id)
			}
		}
		if len(ids) == 0 {
			continue
		}
		mg := htmlMatrixGroup{Label: g.Label, Class: sourceClass(gi), Span: len(ids)}
		if len(ids) > 1 {
			mg.Note = "original + " + plural(len(ids)-1, "copy", "copies")
		}
		m.Groups = append(m.Groups, mg)
		for j, id := range ids {
			col := htmlMatrixCol{Said: h.said(id), Copy: j > 0, First: j == 0}
			if a := h.v.byID[id]; a != nil {
				col.Date = publishedString(a)
			}
			m.Cols = append(m.Cols, col)
			cols = append(cols, id)
		}
	}
	for i := range s.Claims {
		c := &s.Claims[i]
		row := htmlMatrixRow{Measure: claimLabel(c), Status: c.Status, StatusClass: classOf(c.Status)}
		for k, id := range cols {
			cell := htmlMatrixCell{First: m.Cols[k].First}
			for _, v := range c.Values {
				if v.Article != id {
					continue
				}
				cv := htmlCellValue{Text: formatClaimValue(c, v), Retracted: v.Retracted}
				title := cv.Text
				if v.AsOf != nil {
					title += " as of " + *v.AsOf
				}
				if v.Retracted {
					title += " (retracted)"
				}
				if v.Credit != "" {
					title += ", per " + v.Credit
				}
				if v.Sentence != "" {
					title += ": " + oneLine(v.Sentence)
				}
				cv.Title = title
				if !slices.ContainsFunc(cell.Values, func(x htmlCellValue) bool {
					return x.Text == cv.Text && x.Retracted == cv.Retracted
				}) {
					cell.Values = append(cell.Values, cv)
				}
			}
			row.Cells = append(row.Cells, cell)
		}
		m.Rows = append(m.Rows, row)
	}
	for i, e := range s.Entities {
		if i == maxMatrixEntities {
			break
		}
		me := htmlMatrixEntity{Name: e.Name, Kind: e.Kind}
		for k, id := range cols {
			me.Cells = append(me.Cells, htmlEntityCell{First: m.Cols[k].First, Named: slices.Contains(e.Articles, id)})
		}
		m.Entities = append(m.Entities, me)
	}
	if len(m.Cols) < 2 {
		// One article: nothing to compare.
		return nil
	}
	return m
}

func renderHTML(buf *bytes.Buffer, r *Report, opt Options) error {
	v := newView(r)
	h := &htmlBuilder{v: v, href: opt.ArticleHref, anchors: map[string]string{}, used: map[string]bool{}, shown: map[string]bool{}}
	for i := range r.Articles {
		id := r.Articles[i].ID
		if _, ok := h.anchors[id]; !ok {
			h.anchors[id] = h.unique("art-" + anchorText(id))
		}
	}
	page := htmlPage{Counts: summaryLine(r), Errors: r.Errors}
	for i := range v.stories {
		page.Stories = append(page.Stories, h.story(&v.stories[i]))
	}
	for _, a := range v.loose {
		if !h.shown[a.ID] {
			page.Loose = append(page.Loose, h.article(a))
		}
	}
	return htmlTmpl.Execute(buf, page)
}

var htmlTmpl = template.Must(template.New("report").Funcs(template.FuncMap{
	"inc": func(n int) int { return n + 1 },
}).Parse(htmlSource))

// htmlStyle is the page's style sheet: light and dark, screen, phone and
// print.
const htmlStyle = `
:root{color-scheme:light dark;--fg:#1b1b1f;--bg:#fff;--mute:#5f6368;--line:#dcdde1;--zebra:#f6f7f9;--card:#fafafb;--link:#0b57d0;
--agree:#1e7b34;--evolving:#9a6200;--conflict:#b3261e;--retracted:#7b1fa2;--single:#5f6368;
--agree-bg:#e7f4ea;--evolving-bg:#fdf1d8;--conflict-bg:#fde7e5;--retracted-bg:#f3e5f7;--single-bg:#eef0f2;
--s0:#2563eb;--s1:#d97706;--s2:#059669;--s3:#db2777;--s4:#7c3aed;--s5:#0891b2;--s6:#65a30d;--s7:#78716c}
@media (prefers-color-scheme:dark){:root{--fg:#e6e6e9;--bg:#141619;--mute:#9aa0a6;--line:#363a40;--zebra:#1c1f23;--card:#191c20;--link:#8ab4f8;
--agree:#81c995;--evolving:#fdd663;--conflict:#f28b82;--retracted:#d7aefb;--single:#9aa0a6;
--agree-bg:#17301f;--evolving-bg:#33290c;--conflict-bg:#3c1a18;--retracted-bg:#2d1d36;--single-bg:#23262a;
--s0:#7aa7ff;--s1:#fbbf24;--s2:#34d399;--s3:#f472b6;--s4:#a78bfa;--s5:#22d3ee;--s6:#a3e635;--s7:#a8a29e}}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0 auto;max-width:76rem;padding:1rem 1.25rem 3rem;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:var(--fg);background:var(--bg)}
h1{font-size:1.7rem;margin:.3rem 0 0;letter-spacing:-.01em}
h2{font-size:1.45rem;line-height:1.25;margin:2.2rem 0 .4rem;padding-bottom:.3rem;border-bottom:2px solid var(--line)}
h3{font-size:1.08rem;margin:1.6rem 0 .5rem}h4{font-size:.95rem;margin:1rem 0 .3rem}
a{color:var(--link)}.mute{color:var(--mute)}
.meta{color:var(--mute);font-size:.92rem;margin:.3rem 0}
code,.id{font:.84em ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
.id{white-space:nowrap}
.pill{display:inline-block;padding:.05rem .55rem;margin:.1rem .15rem .1rem 0;border-radius:1rem;background:var(--zebra);border:1px solid var(--line);color:var(--fg);font-size:.85rem;white-space:nowrap}
.pill.conflict{background:var(--conflict-bg);border-color:var(--conflict);color:var(--conflict);font-weight:600}
.scroll{overflow-x:auto;-webkit-overflow-scrolling:touch;max-width:100%}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{border:1px solid var(--line);padding:.35rem .5rem;text-align:left;vertical-align:top}
thead th{background:var(--zebra);font-weight:600}
td.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}td.date{white-space:nowrap}
.status{display:inline-block;padding:0 .5rem;border-radius:.8rem;border:1px solid currentColor;font-size:.8rem;font-weight:600;white-space:nowrap}
.ph{display:none}
.agree{color:var(--agree)}.evolving{color:var(--evolving)}.conflict{color:var(--conflict)}.retracted{color:var(--retracted)}.single,.other{color:var(--single)}
.status.agree{background:var(--agree-bg)}.status.evolving{background:var(--evolving-bg)}.status.conflict{background:var(--conflict-bg)}.status.retracted{background:var(--retracted-bg)}.status.single,.status.other{background:var(--single-bg)}
nav.toc ol{padding-left:1.4rem}nav.toc li{margin:.25rem 0}
ol.summary{padding-left:1.4rem}ol.summary li{margin:.45rem 0}
.src{font-size:.8rem;white-space:nowrap;padding:0 .35rem;border-radius:.3rem;background:var(--zebra);border:1px solid var(--line);text-decoration:none;color:var(--fg)}
a.src:hover{border-color:var(--link)}
table.claims td{vertical-align:middle}
table.claims tr.row-conflict td{background:var(--conflict-bg)}
table.claims tr.row-conflict td:first-child{box-shadow:inset 4px 0 0 var(--conflict);font-weight:600}
table.claims td.measure{min-width:9rem}
ul.values{list-style:none;margin:0;padding:0}ul.values li{margin:.1rem 0}
.v{font-weight:650;font-variant-numeric:tabular-nums}
.when{color:var(--mute);font-size:.82rem;margin:0 .3rem;white-space:nowrap}
.credit{color:var(--mute);font-size:.82rem;font-style:italic}
del{text-decoration-thickness:2px;text-decoration-color:var(--retracted)}
.note{font-size:.72rem;font-weight:600;color:var(--retracted);border:1px solid currentColor;border-radius:.6rem;padding:0 .35rem;margin-left:.3rem;white-space:nowrap}
details{border:1px solid var(--line);border-radius:.45rem;margin:.5rem 0;padding:.35rem .75rem;background:var(--card)}
summary{cursor:pointer;font-weight:600}details[open]>summary{margin-bottom:.45rem}
details.evidence td{font-size:.86rem}
.charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(26rem,1fr));gap:1rem}
figure{margin:0}
figure.fig{border:1px solid var(--line);border-radius:.5rem;padding:.5rem .6rem .4rem;background:var(--card)}
figure.fig.conflict{border-color:var(--conflict);box-shadow:inset 0 3px 0 var(--conflict)}
figcaption{font-weight:600;font-size:.92rem;display:flex;gap:.5rem;align-items:center;justify-content:space-between}
svg{display:block;width:100%;height:auto;overflow:visible}
svg text{font:11px system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;fill:var(--mute)}
svg .axis{stroke:var(--mute);stroke-width:1.2}svg .grid{stroke:var(--line);stroke-width:1}
svg .vlabel{fill:var(--fg);font-weight:600;font-size:10.5px}
svg .line{fill:none;stroke-width:2;stroke-opacity:.75}
svg .bar{stroke-width:2}
svg .pt{stroke-width:2}svg .pt.ring{fill:var(--card)!important}svg .pt.cross{fill:none;stroke-width:2.4}
.s0{--c:var(--s0)}.s1{--c:var(--s1)}.s2{--c:var(--s2)}.s3{--c:var(--s3)}.s4{--c:var(--s4)}.s5{--c:var(--s5)}.s6{--c:var(--s6)}.s7{--c:var(--s7)}
svg .line,svg .bar{stroke:var(--c)}svg .pt{fill:var(--c);stroke:var(--c)}
ul.legend{list-style:none;display:flex;flex-wrap:wrap;gap:.2rem .9rem;padding:0;margin:.3rem 0 0;font-size:.8rem;color:var(--mute)}
.sw{display:inline-block;width:.75rem;height:.75rem;border-radius:50%;background:var(--c);margin-right:.3rem;vertical-align:-.05rem}
.shapes{font-size:.8rem;color:var(--mute);margin:.4rem 0 0}
.tl svg{min-width:40rem}
svg .stem{stroke:var(--line);stroke-width:2}
svg .mark{fill:var(--link);stroke:var(--link);stroke-width:2}svg .mark.future{fill:var(--bg);stroke-dasharray:3 2.5}
svg .mark-n{fill:var(--bg);font-weight:700;font-size:10.5px}svg .mark-n.future{fill:var(--link)}
svg .brk{stroke:var(--mute);stroke-width:1.5}svg .brk-gap{fill:var(--bg)}
ol.timeline{list-style:none;padding-left:0;margin:.6rem 0}
ol.timeline li{display:grid;grid-template-columns:2rem 6.5rem 1fr;gap:.5rem;margin:.25rem 0;align-items:baseline}
.n{display:inline-block;min-width:1.5rem;text-align:center;border-radius:1rem;background:var(--link);color:var(--bg);font-size:.75rem;font-weight:700}
.n.future{background:transparent;color:var(--link);border:1.5px dashed var(--link)}
ol.timeline time{font-weight:600;font-variant-numeric:tabular-nums}
.tag{font-size:.72rem;font-weight:600;color:var(--link);border:1px dashed currentColor;border-radius:.6rem;padding:0 .35rem;margin-right:.3rem}
table.matrix{width:auto;min-width:100%}
table.matrix th,table.matrix td{text-align:center;white-space:nowrap;font-size:.84rem;padding:.3rem .4rem}
table.matrix thead th{white-space:normal;min-width:4.5rem;max-width:8rem;line-height:1.25}
table.matrix thead .src{white-space:normal;display:inline-block}
table.matrix th.rowh,table.matrix td.rowh{text-align:left;white-space:normal;min-width:9rem;max-width:13rem;position:sticky;left:0;background:var(--bg);z-index:1}
table.matrix thead th.grp{border-top:4px solid var(--c)}
table.matrix .gfirst{border-left:2px solid var(--mute)}
table.matrix th.copy{font-weight:400}table.matrix th.copy .src{font-style:italic;color:var(--mute)}
table.matrix th small{display:block;font-weight:400;color:var(--mute);font-size:.72rem}
table.matrix td.empty{color:var(--line)}
table.matrix tr.sep td{background:var(--zebra);font-weight:600;text-align:left;font-size:.8rem;color:var(--mute)}
table.matrix tbody tr.st-conflict td:not(.rowh){background:var(--conflict-bg)}
table.matrix .dot{color:var(--fg)}
blockquote{margin:.6rem 0;padding:.2rem .9rem;border-left:4px solid var(--line)}blockquote p{margin:.2rem 0;font-size:1.02rem}
blockquote footer{color:var(--mute);font-size:.88rem}
ul.copies>li{margin:.4rem 0}ul.ev{font-size:.85rem;color:var(--mute);margin:.2rem 0}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.1rem .8rem;font-size:.9rem;margin:.4rem 0}
dl.facts dt{color:var(--mute)}dl.facts dd{margin:0;overflow-wrap:anywhere}
.text p{margin:.5rem 0;max-width:48rem}.reason{font-weight:600;margin-right:.3rem}
ul.bp{font-size:.86rem;color:var(--mute)}
.errors li{margin:.2rem 0}
@media (max-width:40rem){body{padding:.7rem .8rem 2rem;font-size:15px}h1{font-size:1.4rem}h2{font-size:1.22rem}
th,td{padding:.3rem .35rem}.charts{grid-template-columns:1fr}
ol.timeline li{grid-template-columns:1.8rem 1fr}ol.timeline li .ev{grid-column:2}
table.claims,table.claims tbody,table.claims tr{display:block;width:100%}
table.claims thead{display:none}table.claims tr{border:1px solid var(--line);border-radius:.4rem;margin:.5rem 0;padding:.25rem 0}
table.claims td{display:inline-block;border:0;padding:.15rem .2rem .15rem .6rem;width:auto;min-width:0}
table.claims td.vals{display:block;padding-top:.3rem}table.claims td.measure{font-weight:600}
table.claims td.num .ph{display:inline}
table.claims tr.row-conflict{border-color:var(--conflict)}table.claims tr.row-conflict td:first-child{box-shadow:none}
svg.figure text{font-size:17px}svg.figure .vlabel{font-size:16px}}
@media print{:root{color-scheme:light}body{max-width:none;font-size:10.5pt;padding:0}
nav.toc a,a{color:inherit;text-decoration:none}
section.story{break-before:page}section.story:first-of-type{break-before:auto}
tr,blockquote,figure,li{break-inside:avoid}h2,h3{break-after:avoid}
.scroll{overflow:visible}.tl svg{min-width:0}
table.matrix th.rowh,table.matrix td.rowh{position:static}
details{border:0;padding:0;background:none}details>summary{list-style:none}
details::details-content{content-visibility:visible;display:block;height:auto}}
`

const htmlSource = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="recoupe">
<meta name="color-scheme" content="light dark">
<title>recoupe report</title>
<style>` + htmlStyle + `</style>
</head>
<body>
<header>
<h1>recoupe report</h1>
<p class="meta">{{.Counts}}</p>
</header>
{{- if .Stories}}
<nav class="toc">
<h2>Stories</h2>
<ol>
{{- range .Stories}}
<li><a href="#{{.Anchor}}">{{.Title}}</a> <span class="mute">· {{.Count}} · {{.Sources}}{{if .Span}} · {{.Span}}{{end}}</span>{{if .Conflicts}} <span class="pill conflict">{{.Conflicts}}</span>{{end}}</li>
{{- end}}
</ol>
</nav>
{{- end}}
{{- range .Stories}}
<section class="story" id="{{.Anchor}}">
<h2>{{.Title}}</h2>
<p class="meta"><span class="pill">{{.Count}}</span><span class="pill">{{.Sources}}</span>{{if .Span}}<span class="pill">{{.Span}}</span>{{end}}{{if .Conflicts}}<span class="pill conflict">{{.Conflicts}}</span>{{end}} story <span class="id">{{.ID}}</span>{{if .Thread}} · thread <span class="id">{{.Thread}}</span>{{end}}</p>
{{- if .Summary}}
<h3>Summary</h3>
<ol class="summary">
{{- range .Summary}}
<li>{{.Text}} {{template "said" .Said}}</li>
{{- end}}
</ol>
{{- end}}
{{- if .Claims}}
<h3>Claims</h3>
<div class="scroll"><table class="claims">
<thead><tr><th>Measure</th><th>Status</th><th>Sources</th><th>Values · as of · said by</th></tr></thead>
<tbody>
{{- range .Claims}}
<tr class="row-{{.StatusClass}}"><td class="measure">{{.Measure}}</td><td><span class="status {{.StatusClass}}">{{.Status}}</span></td><td class="num" title="independent sources">{{.Sources}}<span class="ph mute"> {{if eq .Sources 1}}source{{else}}sources{{end}}</span></td><td class="vals"><ul class="values">
{{- range .Groups}}
<li>{{if .Retracted}}<del class="v">{{.Text}}</del><span class="note">retracted</span>{{else}}<span class="v">{{.Text}}</span>{{end}}{{if .Date}}<span class="when">{{.Date}}</span>{{end}} {{range .Said}} {{template "said" .}}{{end}}{{if .Credits}} <span class="credit">per {{.Credits}}</span>{{end}}</li>
{{- end}}
</ul></td></tr>
{{- end}}
</tbody>
</table></div>
{{- if .Evidence}}
<details class="evidence"><summary>The sentences behind the figures ({{len .Evidence}})</summary>
<div class="scroll"><table>
<thead><tr><th>Measure</th><th>Value</th><th>As of</th><th>Said by</th><th>Sentence</th></tr></thead>
<tbody>
{{- range .Evidence}}
<tr>{{if .Measure}}<td rowspan="{{.Rows}}">{{.Measure}}</td>{{end}}<td class="num">{{if .Retracted}}<del>{{.Value}}</del><span class="note">retracted</span>{{else}}{{.Value}}{{end}}</td><td class="date">{{.AsOf}}</td><td>{{template "said" .Said}}{{if .Credit}} <span class="credit">per {{.Credit}}</span>{{end}}</td><td>{{.Sentence}}</td></tr>
{{- end}}
</tbody>
</table></div>
</details>
{{- end}}
{{- end}}
{{- if .Figures}}
<h3>Figures over time</h3>
<div class="charts">
{{- range .Figures}}{{template "figure" .}}{{end}}
</div>
<p class="shapes">● exact · ○ approximate · ▲ at least · ▼ at most · ┃ range · ✕ retracted — one colour and one line per independent source.</p>
{{- end}}
{{- with .Matrix}}
<h3>Who said what</h3>
<div class="scroll"><table class="matrix">
<thead>
<tr><th class="rowh" rowspan="2">Measure</th>{{range .Groups}}<th class="grp gfirst {{.Class}}" colspan="{{.Span}}"><span class="sw {{.Class}}"></span>{{.Label}}{{if .Note}}<small>{{.Note}}</small>{{end}}</th>{{end}}</tr>
<tr>{{range .Cols}}<th class="{{if .First}}gfirst{{end}}{{if .Copy}} copy{{end}}">{{template "said" .Said}}<small>{{.Date}}{{if .Copy}}{{if .Date}} · {{end}}copy{{end}}</small></th>{{end}}</tr>
</thead>
<tbody>
{{- range .Rows}}
<tr class="st-{{.StatusClass}}"><td class="rowh">{{.Measure}} <span class="status {{.StatusClass}}">{{.Status}}</span></td>{{$st := .StatusClass}}{{range .Cells}}<td class="{{if .First}}gfirst {{end}}{{if .Values}}{{$st}}{{else}}empty{{end}}">{{range $i, $v := .Values}}{{if $i}}<br>{{end}}<span title="{{$v.Title}}">{{if $v.Retracted}}<del>{{$v.Text}}</del>{{else}}<span class="v">{{$v.Text}}</span>{{end}}</span>{{else}}·{{end}}</td>{{end}}</tr>
{{- end}}
{{- if .Entities}}
<tr class="sep"><td class="rowh" colspan="{{len .Cols | inc}}">Named in the article</td></tr>
{{- range .Entities}}
<tr><td class="rowh">{{.Name}} <span class="mute">({{.Kind}})</span></td>{{range .Cells}}<td class="{{if .First}}gfirst {{end}}{{if not .Named}}empty{{end}}">{{if .Named}}<span class="dot">●</span>{{else}}·{{end}}</td>{{end}}</tr>
{{- end}}
{{- end}}
</tbody>
</table></div>
{{- end}}
{{- if .Timeline}}
<h3>Timeline</h3>
{{- with .Chart}}
<div class="scroll tl"><svg class="timeline" viewBox="0 0 {{.W}} {{.H}}" role="img" aria-label="Timeline of the story">
<title>Timeline of the story</title>
<line class="axis" x1="{{.X0}}" y1="{{.AxisY}}" x2="{{.X1}}" y2="{{.AxisY}}"/>
{{- $ay := .AxisY}}
{{- range .Breaks}}
<g transform="translate({{.}},{{$ay}})"><rect class="brk-gap" x="-6" y="-7" width="12" height="14"/><path class="brk" d="M-6 6L-2 -6M2 6L6 -6"/></g>
{{- end}}
{{- range .Dates}}
<text x="{{.X}}" y="{{.Y}}" text-anchor="{{.Anchor}}">{{.Text}}</text>
{{- end}}
{{- range .Stems}}
<line class="stem" x1="{{.X}}" y1="{{.Y1}}" x2="{{.X}}" y2="{{.Y2}}"/>
{{- end}}
{{- range .Marks}}
<g class="event"><title>{{.Title}}</title><circle class="mark{{if .Future}} future{{end}}" cx="{{.X}}" cy="{{.Y}}" r="10"/><text class="mark-n{{if .Future}} future{{end}}" x="{{.X}}" y="{{.TextY}}" text-anchor="middle">{{.N}}</text></g>
{{- end}}
</svg></div>
{{- end}}
<ol class="timeline">
{{- range .Timeline}}
<li{{if .Future}} class="future"{{end}}><span class="n{{if .Future}} future{{end}}">{{.N}}</span><time>{{.Date}}</time><span class="ev">{{if .Future}}<span class="tag">announced</span>{{end}}{{.Text}} {{range .Said}} {{template "said" .}}{{end}}</span></li>
{{- end}}
</ol>
{{- end}}
{{- if .Quotes}}
<h3>Quotes</h3>
{{- range .Quotes}}
<blockquote><p>« {{.Text}} »</p><footer>— {{if .Speaker}}<strong>{{.Speaker}}</strong>{{else}}unknown speaker{{end}} · {{range .Said}} {{template "said" .}}{{end}}</footer></blockquote>
{{- end}}
{{- end}}
{{- if .Copies}}
<h3>Copies</h3>
<ul class="copies">
{{- range .Copies}}
<li><strong>{{.Headline}}</strong> <span class="mute">· {{.Kind}} · score {{.Score}}</span><br>{{if .HasOrig}}original {{template "said" .Original}}{{if .Articles}} · copies {{end}}{{end}}{{range .Articles}} {{template "said" .}}{{end}}
{{- if .Evidence}}<ul class="ev">{{range .Evidence}}<li>{{.}}</li>{{end}}</ul>{{end}}</li>
{{- end}}
</ul>
{{- end}}
{{- if .Entities}}
<h3>Entities</h3>
<div class="scroll"><table>
<thead><tr><th>Name</th><th>Kind</th><th>Variants</th><th>Named by</th></tr></thead>
<tbody>
{{- range .Entities}}
<tr><td>{{.Name}}</td><td>{{.Kind}}</td><td>{{.Variants}}</td><td><span class="mute">{{.Count}}:</span> {{range .Said}} {{template "said" .}}{{end}}</td></tr>
{{- end}}
</tbody>
</table></div>
{{- end}}
<h3>Articles</h3>
{{template "rows" .Rows}}
{{- if or .Texts .Seen}}
<h3>Article texts</h3>
{{- range .Texts}}{{template "article" .}}{{end}}
{{- if .Seen}}
<p class="mute">Shown with an earlier story: {{template "refs" .Seen}}</p>
{{- end}}
{{- end}}
</section>
{{- end}}
{{- if .Loose}}
<section class="loose">
<h2>Articles in no story</h2>
{{- range .Loose}}{{template "article" .}}{{end}}
</section>
{{- end}}
{{- if .Errors}}
<section class="errors">
<h2>Input errors ({{len .Errors}})</h2>
<ul>
{{- range .Errors}}
<li><code>{{.File}}</code>: {{.Reason}}</li>
{{- end}}
</ul>
</section>
{{- end}}
</body>
</html>
{{- define "ref"}}{{if .Href}}<a class="id" href="{{.Href}}"{{if .Hint}} title="{{.Hint}}"{{end}}>{{.ID}}</a>{{else}}<span class="id">{{.ID}}</span>{{end}}{{end}}
{{- define "refs"}}{{range $i, $r := .}}{{if $i}}, {{end}}{{template "ref" $r}}{{end}}{{end}}
{{- define "said"}}{{if .Ref.Href}}<a class="src" href="{{.Ref.Href}}"{{if .Ref.Hint}} title="{{.Ref.Hint}}"{{end}}>{{.Outlet}}</a>{{else}}<span class="src">{{.Outlet}}</span>{{end}}{{end}}
{{- define "figure"}}
<figure class="fig {{.StatusClass}}">
<figcaption><span>{{.Measure}}</span><span class="status {{.StatusClass}}">{{.Status}}</span></figcaption>
<svg class="figure" viewBox="0 0 {{.W}} {{.H}}" role="img" aria-label="{{.Summary}}">
<title>{{.Summary}}</title>
{{- $f := .}}
{{- range .YTicks}}
<line class="grid" x1="{{$f.PlotX0}}" y1="{{.Y}}" x2="{{$f.PlotX1}}" y2="{{.Y}}"/><text x="{{.X}}" y="{{.Y}}" dy="4" text-anchor="{{.Anchor}}">{{.Text}}</text>
{{- end}}
<line class="axis" x1="{{.PlotX0}}" y1="{{.PlotY0}}" x2="{{.PlotX1}}" y2="{{.PlotY0}}"/>
{{- range .XTicks}}
<text x="{{.X}}" y="{{.Y}}" text-anchor="{{.Anchor}}">{{.Text}}</text>
{{- end}}
{{- range .Lines}}
<polyline class="line {{.Class}}" points="{{.Points}}"/>
{{- end}}
{{- range .Bars}}
<g class="bar {{.Class}}"><line class="bar" x1="{{.X}}" y1="{{.Y1}}" x2="{{.X}}" y2="{{.Y2}}"/><line class="bar" x1="{{.CapX0}}" y1="{{.Y1}}" x2="{{.CapX1}}" y2="{{.Y1}}"/><line class="bar" x1="{{.CapX0}}" y1="{{.Y2}}" x2="{{.CapX1}}" y2="{{.Y2}}"/></g>
{{- end}}
{{- range .Points}}
{{- if .Path}}
<path class="pt {{.Shape}} {{.Class}}" d="{{.Path}}"><title>{{.Title}}</title></path>
{{- else}}
<circle class="pt {{.Shape}} {{.Class}}" cx="{{.X}}" cy="{{.Y}}" r="4.5"><title>{{.Title}}</title></circle>
{{- end}}
{{- end}}
{{- range .Labels}}
<text class="vlabel" x="{{.X}}" y="{{.Y}}" text-anchor="{{.Anchor}}">{{.Text}}</text>
{{- end}}
</svg>
<ul class="legend">{{range .Legend}}<li><span class="sw {{.Class}}"></span>{{.Label}}</li>{{end}}</ul>
</figure>
{{- end}}
{{- define "rows"}}<div class="scroll"><table>
<thead><tr><th>ID</th><th>Outlet</th><th>Source</th><th>Published</th><th>Wires</th><th>Removed</th><th>Title</th></tr></thead>
<tbody>
{{- range .}}
<tr><td>{{template "ref" .Ref}}</td><td>{{.Outlet}}</td><td><span class="sw {{.Class}}"></span>{{.Source}}</td><td class="date">{{.Published}}</td><td>{{.Wires}}</td><td class="num">{{.Removed}}</td><td>{{.Title}}</td></tr>
{{- end}}
</tbody>
</table></div>{{end}}
{{- define "article"}}
<details id="{{.Anchor}}">
<summary>{{if .Outlet}}{{.Outlet}} — {{end}}{{if .Title}}{{.Title}}{{else}}<span class="id">{{.ID}}</span>{{end}} <span class="mute">({{.Published}})</span></summary>
<dl class="facts">
<dt>ID</dt><dd class="id">{{.ID}}</dd>
{{- if .File}}<dt>File</dt><dd><code>{{.File}}</code></dd>{{end}}
{{- if .URL}}<dt>URL</dt><dd>{{if .Link}}<a href="{{.URL}}" rel="noopener noreferrer nofollow">{{.URL}}</a>{{else}}{{.URL}}{{end}}</dd>{{end}}
{{- if .Authors}}<dt>Authors</dt><dd>{{.Authors}}</dd>{{end}}
{{- if .Wires}}<dt>Wires</dt><dd>{{.Wires}}</dd>{{end}}
{{- if .Dateline}}<dt>Dateline</dt><dd>{{.Dateline}}</dd>{{end}}
<dt>Published</dt><dd>{{.Published}}{{if .Basis}} <span class="mute">({{.Basis}})</span>{{end}}</dd>
{{- if .Language}}<dt>Language</dt><dd>{{.Language}}</dd>{{end}}
</dl>
<div class="text"{{if .Lang}} lang="{{.Lang}}"{{end}}>
{{- range .Paragraphs}}
<p>{{.}}</p>
{{- else}}
<p class="mute">No text kept.</p>
{{- end}}
</div>
{{- if .Boilerplate}}
<h4>Boilerplate removed ({{len .Boilerplate}})</h4>
<ul class="bp">
{{- range .Boilerplate}}
<li><span class="reason">{{.Reason}}</span>{{if ge .Line 0}}<span class="mute">line {{.Line}}:</span> {{end}}{{.Text}}</li>
{{- end}}
</ul>
{{- end}}
</details>
{{- end}}
`
