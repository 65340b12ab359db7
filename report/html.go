package report

import (
	"bytes"
	"html/template"
	"strconv"
	"strings"
)

// The HTML page is built from a view model with every string already
// formatted; html/template escapes all of it for its context.

type htmlRef struct {
	Anchor string // id of the article's <details>, "" when none
	ID     string
	Hint   string // outlet and title, for the link's tooltip
}

type htmlRow struct {
	Ref       htmlRef
	Outlet    string
	Published string
	Wires     string
	Removed   int
	Title     string
}

type htmlCopy struct {
	Kind     string
	Score    string
	Articles []htmlRef
}

type htmlEntity struct {
	Name, Kind string
	Variants   string
	Articles   []htmlRef
}

type htmlValue struct {
	Value, AsOf, Sentence string
	Article               htmlRef
}

type htmlClaim struct {
	Measure, Status, StatusClass string
	Values                       []htmlValue
}

type htmlEvent struct {
	Date, Text string
	Articles   []htmlRef
}

type htmlQuote struct {
	Speaker, Text string
	Articles      []htmlRef
}

type htmlSentence struct {
	Text    string
	Article htmlRef
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
	Rows                      []htmlRow
	Copies                    []htmlCopy
	Entities                  []htmlEntity
	Claims                    []htmlClaim
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
	anchors map[string]string // article ID -> anchor
	used    map[string]bool   // anchors given out
	shown   map[string]bool   // articles already detailed
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
	if a := h.v.byID[id]; a != nil {
		hint := a.Outlet
		if a.Title != "" {
			if hint != "" {
				hint += " — "
			}
			hint += a.Title
		}
		r.Hint = oneLine(hint)
	}
	return r
}

func (h *htmlBuilder) refs(ids []string) []htmlRef {
	out := make([]htmlRef, len(ids))
	for i, id := range ids {
		out[i] = h.ref(id)
	}
	return out
}

func (h *htmlBuilder) row(a *Article) htmlRow {
	date := publishedString(a)
	if date == "" {
		date = "unknown"
	}
	return htmlRow{
		Ref:       h.ref(a.ID),
		Outlet:    a.Outlet,
		Published: date,
		Wires:     strings.Join(a.Wires, ", "),
		Removed:   len(a.Boilerplate),
		Title:     a.Title,
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
	}
	if d.Published == "" {
		d.Published = "unknown"
	}
	lu := strings.ToLower(a.URL)
	d.Link = strings.HasPrefix(lu, "https://") || strings.HasPrefix(lu, "http://")
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

func (h *htmlBuilder) story(s *storyView) htmlStory {
	hs := htmlStory{
		Anchor: h.unique("story-" + anchorText(s.ID)),
		ID:     s.ID,
		Thread: s.Thread,
		Title:  storyTitle(s.Story),
		Count:  plural(len(s.arts), "article", "articles"),
	}
	for _, a := range s.arts {
		hs.Rows = append(hs.Rows, h.row(a))
	}
	for _, c := range s.Copies {
		hs.Copies = append(hs.Copies, htmlCopy{Kind: c.Kind, Score: formatScore(c.Score), Articles: h.refs(c.Articles)})
	}
	for _, e := range s.Entities {
		hs.Entities = append(hs.Entities, htmlEntity{Name: e.Name, Kind: e.Kind,
			Variants: strings.Join(e.Variants, ", "), Articles: h.refs(e.Articles)})
	}
	for i := range s.Claims {
		c := &s.Claims[i]
		hc := htmlClaim{Measure: measureLabel(c), Status: c.Status, StatusClass: statusClass[c.Status]}
		if hc.StatusClass == "" {
			hc.StatusClass = "other"
		}
		for _, v := range c.Values {
			asOf := "?"
			if v.AsOf != nil {
				asOf = *v.AsOf
			}
			hc.Values = append(hc.Values, htmlValue{Value: formatValue(v), AsOf: asOf, Sentence: v.Sentence, Article: h.ref(v.Article)})
		}
		hs.Claims = append(hs.Claims, hc)
	}
	for _, e := range s.Timeline {
		hs.Timeline = append(hs.Timeline, htmlEvent{Date: e.Date, Text: e.Text, Articles: h.refs(e.Articles)})
	}
	for _, q := range s.Quotes {
		hs.Quotes = append(hs.Quotes, htmlQuote{Speaker: q.Speaker, Text: q.Text, Articles: h.refs(q.Articles)})
	}
	for _, sn := range s.Summary {
		hs.Summary = append(hs.Summary, htmlSentence{Text: sn.Text, Article: h.ref(sn.Article)})
	}
	for _, a := range s.arts {
		switch {
		case h.v.byID[a.ID] == nil:
			// Unknown article: nothing to show.
		case h.shown[a.ID]:
			hs.Seen = append(hs.Seen, h.ref(a.ID))
		default:
			hs.Texts = append(hs.Texts, h.article(a))
		}
	}
	return hs
}

func renderHTML(buf *bytes.Buffer, r *Report, _ Options) error {
	v := newView(r)
	h := &htmlBuilder{v: v, anchors: map[string]string{}, used: map[string]bool{}, shown: map[string]bool{}}
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

var htmlTmpl = template.Must(template.New("report").Parse(htmlSource))

const htmlSource = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="recoupe">
<title>recoupe report</title>
<style>
:root{--fg:#1b1b1b;--bg:#fff;--mute:#5f6368;--line:#d9d9d9;--zebra:#f6f7f8;--link:#0b57d0;
--agree:#1e7b34;--evolving:#8a5a00;--conflict:#b3261e;--retracted:#7b1fa2;--single:#5f6368}
@media (prefers-color-scheme:dark){:root{--fg:#e6e6e6;--bg:#16181b;--mute:#9aa0a6;--line:#3a3d42;
--zebra:#1f2226;--link:#8ab4f8;--agree:#81c995;--evolving:#fdd663;--conflict:#f28b82;--retracted:#d7aefb;--single:#9aa0a6}}
*{box-sizing:border-box}
body{margin:0 auto;max-width:72rem;padding:1rem;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
h1{font-size:1.6rem;margin:.2rem 0}h2{font-size:1.35rem;margin:2rem 0 .3rem;border-bottom:2px solid var(--line);padding-bottom:.2rem}
h3{font-size:1.05rem;margin:1.3rem 0 .4rem}h4{font-size:.95rem;margin:1rem 0 .3rem}
a{color:var(--link)}.mute,.meta{color:var(--mute)}.meta{font-size:.9rem;margin:.2rem 0}
code,.id{font:.85em ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;white-space:nowrap}
.scroll{overflow-x:auto;-webkit-overflow-scrolling:touch}
table{border-collapse:collapse;width:100%;font-size:.92rem}
th,td{border:1px solid var(--line);padding:.3rem .45rem;text-align:left;vertical-align:top}
th{background:var(--zebra)}tbody tr:nth-child(even) td{background:var(--zebra)}
td.num{text-align:right;white-space:nowrap}td.date{white-space:nowrap}
.status{display:inline-block;padding:0 .4rem;border-radius:.7rem;border:1px solid currentColor;font-size:.85rem;font-weight:600}
.agree{color:var(--agree)}.evolving{color:var(--evolving)}.conflict{color:var(--conflict)}.retracted{color:var(--retracted)}.single,.other{color:var(--single)}
ol.timeline{list-style:none;padding-left:0}ol.timeline li{margin:.3rem 0;padding-left:.6rem;border-left:3px solid var(--line)}
ol.timeline time{font-weight:600;margin-right:.4rem}
blockquote{margin:.6rem 0;padding:.2rem .8rem;border-left:4px solid var(--line)}blockquote p{margin:.2rem 0}
blockquote footer{color:var(--mute);font-size:.9rem}
details{border:1px solid var(--line);border-radius:.4rem;margin:.5rem 0;padding:.3rem .7rem}
summary{cursor:pointer;font-weight:600}details[open] summary{margin-bottom:.4rem}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.1rem .8rem;font-size:.9rem;margin:.4rem 0}
dl.facts dt{color:var(--mute)}dl.facts dd{margin:0;overflow-wrap:anywhere}
.text p{margin:.5rem 0}.reason{font-weight:600;margin-right:.3rem}
ul.bp{font-size:.88rem;color:var(--mute)}
.errors li{margin:.2rem 0}
@media (max-width:40rem){body{padding:.6rem;font-size:15px}th,td{padding:.25rem .3rem}}
@media print{body{max-width:none;font-size:11pt}nav.toc{display:none}a{color:inherit;text-decoration:none}
section.story{break-before:page}section.story:first-of-type{break-before:auto}tr,blockquote{break-inside:avoid}
details{border:0;padding:0}details::details-content{content-visibility:visible;display:block}}
</style>
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
<li><a href="#{{.Anchor}}">{{.Title}}</a> <span class="mute">({{.Count}})</span></li>
{{- end}}
</ol>
</nav>
{{- end}}
{{- range .Stories}}
<section class="story" id="{{.Anchor}}">
<h2>{{.Title}}</h2>
<p class="meta">Story <span class="id">{{.ID}}</span>{{if .Thread}} · thread <span class="id">{{.Thread}}</span>{{end}}</p>
<h3>Articles</h3>
{{template "rows" .Rows}}
{{- if .Copies}}
<h3>Copies</h3>
<ul>
{{- range .Copies}}
<li><strong>{{.Kind}}</strong> <span class="mute">score {{.Score}}</span>: {{template "refs" .Articles}}</li>
{{- end}}
</ul>
{{- end}}
{{- if .Entities}}
<h3>Entities</h3>
<div class="scroll"><table>
<thead><tr><th>Name</th><th>Kind</th><th>Variants</th><th>Articles</th></tr></thead>
<tbody>
{{- range .Entities}}
<tr><td>{{.Name}}</td><td>{{.Kind}}</td><td>{{.Variants}}</td><td>{{template "refs" .Articles}}</td></tr>
{{- end}}
</tbody>
</table></div>
{{- end}}
{{- if .Claims}}
<h3>Claims</h3>
<div class="scroll"><table>
<thead><tr><th>Measure</th><th>Status</th><th>Value</th><th>As of</th><th>Article</th><th>Sentence</th></tr></thead>
{{- range .Claims}}
<tbody>
{{- $c := .}}
{{- if not .Values}}
<tr><td>{{.Measure}}</td><td><span class="status {{.StatusClass}}">{{.Status}}</span></td><td></td><td></td><td></td><td></td></tr>
{{- end}}
{{- range $i, $v := .Values}}
<tr>{{if eq $i 0}}<td rowspan="{{len $c.Values}}">{{$c.Measure}}</td><td rowspan="{{len $c.Values}}"><span class="status {{$c.StatusClass}}">{{$c.Status}}</span></td>{{end}}<td class="num">{{$v.Value}}</td><td class="date">{{$v.AsOf}}</td><td>{{template "ref" $v.Article}}</td><td>{{$v.Sentence}}</td></tr>
{{- end}}
</tbody>
{{- end}}
</table></div>
{{- end}}
{{- if .Timeline}}
<h3>Timeline</h3>
<ol class="timeline">
{{- range .Timeline}}
<li><time>{{.Date}}</time> {{.Text}} <span class="mute">{{template "refs" .Articles}}</span></li>
{{- end}}
</ol>
{{- end}}
{{- if .Quotes}}
<h3>Quotes</h3>
{{- range .Quotes}}
<blockquote><p>« {{.Text}} »</p><footer>— {{if .Speaker}}{{.Speaker}}{{else}}unknown speaker{{end}} · {{template "refs" .Articles}}</footer></blockquote>
{{- end}}
{{- end}}
{{- if .Summary}}
<h3>Summary</h3>
<ol>
{{- range .Summary}}
<li>{{.Text}} <span class="mute">[{{template "ref" .Article}}]</span></li>
{{- end}}
</ol>
{{- end}}
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
{{- define "ref"}}{{if .Anchor}}<a class="id" href="#{{.Anchor}}"{{if .Hint}} title="{{.Hint}}"{{end}}>{{.ID}}</a>{{else}}<span class="id">{{.ID}}</span>{{end}}{{end}}
{{- define "refs"}}{{range $i, $r := .}}{{if $i}}, {{end}}{{template "ref" $r}}{{end}}{{end}}
{{- define "rows"}}<div class="scroll"><table>
<thead><tr><th>ID</th><th>Outlet</th><th>Published</th><th>Wires</th><th>Removed</th><th>Title</th></tr></thead>
<tbody>
{{- range .}}
<tr><td>{{template "ref" .Ref}}</td><td>{{.Outlet}}</td><td class="date">{{.Published}}</td><td>{{.Wires}}</td><td class="num">{{.Removed}}</td><td>{{.Title}}</td></tr>
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
