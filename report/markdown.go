package report

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
)

// mdEscaper escapes what GitHub-flavoured Markdown would otherwise read as
// markup: emphasis, code, links, tables, strike-through, and raw HTML
// (written as entities, so that a title cannot inject a tag).
var mdEscaper = strings.NewReplacer(
	`\`, `\\`,
	"`", "\\`",
	"*", `\*`,
	"_", `\_`,
	"[", `\[`,
	"]", `\]`,
	"|", `\|`,
	"~", `\~`,
	"&", "&amp;",
	"<", "&lt;",
	">", "&gt;",
)

// mdText escapes input text for inline Markdown, on one line. A leading
// character that would start a block (heading, list, quote, ordered list)
// is escaped too.
func mdText(s string) string {
	s = mdEscaper.Replace(oneLine(s))
	if s == "" {
		return s
	}
	switch s[0] {
	case '#', '-', '+', '=', '!':
		return `\` + s
	}
	if i := strings.IndexFunc(s, func(r rune) bool { return r < '0' || r > '9' }); i > 0 &&
		(s[i] == '.' || s[i] == ')') {
		return s[:i] + `\` + s[i:]
	}
	return s
}

// mdHeading escapes text for an ATX heading, whose closing run of "#"
// would otherwise be dropped.
func mdHeading(s string) string {
	s = mdText(s)
	if strings.HasSuffix(s, "#") {
		s = s[:len(s)-1] + `\#`
	}
	return s
}

// mdCell escapes input text for a table cell: as mdText, pipes included;
// line breaks, which would end the row, become <br>.
func mdCell(s string) string {
	lines := strings.FieldsFunc(s, func(r rune) bool { return r == '\n' || r == '\r' })
	for i, l := range lines {
		lines[i] = mdText(l)
	}
	out := strings.Join(lines, "<br>")
	if out == "" {
		return " "
	}
	return out
}

func mdIDs(list []string) string {
	out := make([]string, len(list))
	for i, id := range list {
		out[i] = mdText(id)
	}
	return strings.Join(out, ", ")
}

type mdWriter struct {
	v   *view
	buf *bytes.Buffer
	opt Options
}

func (m *mdWriter) line(parts ...string) {
	for _, p := range parts {
		m.buf.WriteString(p)
	}
	m.buf.WriteByte('\n')
}

// table writes a table; align holds "l" or "r" per column.
func (m *mdWriter) table(header []string, align string, rows [][]string) {
	m.line("| ", strings.Join(header, " | "), " |")
	seps := make([]string, len(header))
	for i := range seps {
		seps[i] = "---"
		if i < len(align) && align[i] == 'r' {
			seps[i] = "--:"
		}
	}
	m.line("|", strings.Join(seps, "|"), "|")
	for _, r := range rows {
		m.line("| ", strings.Join(r, " | "), " |")
	}
	m.line("")
}

func renderMarkdown(buf *bytes.Buffer, r *Report, opt Options) error {
	v := newView(r)
	m := &mdWriter{v: v, buf: buf, opt: opt}
	m.line("# recoupe report")
	m.line("")
	m.line(mdText(summaryLine(r)))
	m.line("")
	if len(v.stories) > 0 {
		m.line("## Stories")
		m.line("")
		for i := range v.stories {
			s := &v.stories[i]
			line := fmt.Sprintf("%d. %s (%s, %s", i+1, mdText(storyTitle(s.Story)),
				plural(len(s.arts), "article", "articles"),
				plural(s.src.count(s.Story), "independent source", "independent sources"))
			if n := countStatus(s.Story, "conflict"); n > 0 {
				line += ", **" + plural(n, "conflict", "conflicts") + "**"
			}
			m.line(line, ")")
		}
		m.line("")
	}
	for i := range v.stories {
		m.story(i+1, &v.stories[i])
	}
	if len(v.loose) > 0 {
		m.line("## Articles in no story")
		m.line("")
		m.articles(v.loose)
		m.boilerplate(v.loose)
	}
	if len(r.Errors) > 0 {
		m.line(fmt.Sprintf("## Input errors (%d)", len(r.Errors)))
		m.line("")
		rows := make([][]string, len(r.Errors))
		for i, e := range r.Errors {
			rows[i] = []string{mdCell(e.File), mdCell(e.Reason)}
		}
		m.table([]string{"File", "Reason"}, "", rows)
	}
	return nil
}

func (m *mdWriter) story(n int, s *storyView) {
	m.line(fmt.Sprintf("## Story %d: %s", n, mdHeading(storyTitle(s.Story))))
	m.line("")
	meta := []string{"**" + plural(len(s.arts), "article", "articles") + "**",
		"**" + plural(s.src.count(s.Story), "independent source", "independent sources") + "**"}
	if span := dateSpan(s.arts); span != "" {
		meta = append(meta, mdText(span))
	}
	meta = append(meta, "story "+mdText(s.ID))
	if s.Thread != "" {
		meta = append(meta, "thread "+mdText(s.Thread))
	}
	m.line(strings.Join(meta, " · "))
	m.line("")

	if len(s.Summary) > 0 {
		m.line("### Summary")
		m.line("")
		for i, sn := range s.Summary {
			m.line(strconv.Itoa(i+1), ". ", mdText(sn.Text), " — *", mdText(m.v.outlet(sn.Article)), "*")
		}
		m.line("")
	}
	if len(s.Claims) > 0 {
		m.claims(s)
	}
	if len(s.Timeline) > 0 {
		m.line("### Timeline")
		m.line("")
		rows := make([][]string, len(s.Timeline))
		for i, e := range s.Timeline {
			text := mdCell(e.Text)
			if e.Future {
				text = "*(announced)* " + text
			}
			rows[i] = []string{mdCell(e.Date), text, m.outlets(e.Articles)}
		}
		m.table([]string{"Date", "Event", "Reported by"}, "", rows)
	}
	if len(s.Quotes) > 0 {
		m.line("### Quotes")
		m.line("")
		for _, q := range s.Quotes {
			sp := mdText(q.Speaker)
			if sp == "" {
				sp = "(unknown speaker)"
			}
			m.line("- **", sp, "**: « ", mdEscaper.Replace(oneLine(q.Text)), " » — ", m.outlets(q.Articles))
		}
		m.line("")
	}
	if len(s.Copies) > 0 {
		m.line("### Copies")
		m.line("")
		for _, c := range s.Copies {
			ids := copyIDs(&c)
			m.line("- **", mdText(copyHeadline(&c, m.v.byID)), "** — ", mdText(c.Kind), " (", formatScore(c.Score), "): ", mdText(ids))
			for _, e := range c.Evidence {
				m.line("  - ", mdText(e))
			}
		}
		m.line("")
	}
	if len(s.Entities) > 0 {
		m.line("### Entities")
		m.line("")
		rows := make([][]string, len(s.Entities))
		for i, e := range s.Entities {
			vs := make([]string, len(e.Variants))
			for j, x := range e.Variants {
				vs[j] = mdCell(x)
			}
			rows[i] = []string{mdCell(e.Name), mdCell(e.Kind), strings.Join(vs, ", "), mdIDs(e.Articles)}
		}
		m.table([]string{"Name", "Kind", "Variants", "Articles"}, "", rows)
	}
	m.line(fmt.Sprintf("### Articles (%d)", len(s.arts)))
	m.line("")
	m.articles(s.arts)
	m.boilerplate(s.arts)
}

// outlets names articles by their outlets, in italics, for a cell.
func (m *mdWriter) outlets(ids []string) string {
	names := outletNames(ids, m.v.byID)
	for i, n := range names {
		names[i] = "*" + mdCell(n) + "*"
	}
	if len(names) == 0 {
		return " "
	}
	return strings.Join(names, ", ")
}

// mdStatus is a claim status for a table: a conflict in bold with a
// warning sign, so that it stands out without colour.
func mdStatus(status string) string {
	switch status {
	case "conflict":
		return "**⚠ conflict**"
	case "retracted":
		return "*retracted*"
	}
	return mdCell(status)
}

// claims writes the claims table, one row per measure with its values
// grouped (value, date, outlets), then the sentences behind every value,
// folded.
func (m *mdWriter) claims(s *storyView) {
	m.line("### Claims")
	m.line("")
	rows := make([][]string, 0, len(s.Claims))
	for i := range s.Claims {
		c := &s.Claims[i]
		var vals []string
		for _, g := range groupValues(c) {
			v := mdCell(g.Text)
			if g.Retracted {
				v = "~~" + v + "~~ *(retracted)*"
			} else {
				v = "**" + v + "**"
			}
			if g.Date != "" {
				v += " · " + mdCell(g.Date)
			}
			v += " · " + mdCell(saidBy(g, m.v.byID))
			vals = append(vals, v)
		}
		measure := mdCell(claimLabel(c))
		if c.Status == "conflict" {
			measure = "**" + measure + "**"
		}
		cell := strings.Join(vals, "<br>")
		if cell == "" {
			cell = " "
		}
		rows = append(rows, []string{measure, mdStatus(c.Status), strconv.Itoa(s.src.claimSources(c)), cell})
	}
	m.table([]string{"Measure", "Status", "Sources", "Values (as of · said by)"}, "llr", rows)

	n := 0
	for _, c := range s.Claims {
		n += len(c.Values)
	}
	if n == 0 {
		return
	}
	m.line("<details><summary>The sentences behind the figures (", strconv.Itoa(n), ")</summary>")
	m.line("")
	var ev [][]string
	for i := range s.Claims {
		c := &s.Claims[i]
		for j, v := range c.Values {
			measure := " "
			if j == 0 {
				measure = mdCell(claimLabel(c))
			}
			val := mdCell(formatClaimValue(c, v))
			if v.Retracted {
				val = "~~" + val + "~~ *(retracted)*"
			}
			asOf := "?"
			if v.AsOf != nil {
				asOf = mdCell(*v.AsOf)
			}
			by := mdCell(m.v.outlet(v.Article)) + " " + mdText(v.Article)
			if v.Credit != "" {
				by += " (per " + mdCell(v.Credit) + ")"
			}
			ev = append(ev, []string{measure, val, asOf, by, mdCell(v.Sentence)})
		}
	}
	m.table([]string{"Measure", "Value", "As of", "Article", "Sentence"}, "lr", ev)
	m.line("</details>")
	m.line("")
}

func (m *mdWriter) articles(arts []*Article) {
	rows := make([][]string, len(arts))
	for i, a := range arts {
		date := publishedString(a)
		if date == "" {
			date = "unknown"
		}
		wires := make([]string, len(a.Wires))
		for j, x := range a.Wires {
			wires[j] = mdCell(x)
		}
		rows[i] = []string{mdCell(a.ID), mdCell(a.Outlet), mdCell(date), strings.Join(wires, ", "),
			strconv.Itoa(len(a.Boilerplate)), mdCell(a.Title)}
	}
	m.table([]string{"ID", "Outlet", "Published", "Wires", "Removed", "Title"}, "llllr", rows)
}

// boilerplate lists what was removed from each article when asked to.
func (m *mdWriter) boilerplate(arts []*Article) {
	if !m.opt.ShowBoilerplate {
		return
	}
	started := false
	for _, a := range arts {
		if len(a.Boilerplate) == 0 {
			continue
		}
		if !started {
			m.line("### Boilerplate removed")
			m.line("")
			started = true
		}
		m.line("- **", mdText(a.ID), "** (", plural(len(a.Boilerplate), "piece", "pieces"), ")")
		for _, b := range a.Boilerplate {
			where := ""
			if b.Line >= 0 {
				where = "line " + strconv.Itoa(b.Line) + ", "
			}
			m.line("  - ", where, "*", mdText(b.Reason), "*: ", mdEscaper.Replace(oneLine(b.Text)))
		}
	}
	if started {
		m.line("")
	}
}
