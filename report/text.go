package report

import (
	"bytes"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// ANSI styles of the text format.
const (
	ansiReset  = "\x1b[0m"
	ansiBold   = "\x1b[1m"
	ansiDim    = "\x1b[2m"
	ansiRed    = "\x1b[31m"
	ansiGreen  = "\x1b[32m"
	ansiYellow = "\x1b[33m"
	ansiPurple = "\x1b[35m"
	ansiCyan   = "\x1b[36m"
	ansiItalic = "\x1b[3m"
	ansiStrike = "\x1b[9m"
)

// statusStyle is the colour of each claim status.
var statusStyle = map[string]string{
	"agree":     ansiGreen,
	"evolving":  ansiYellow,
	"conflict":  ansiRed + ansiBold,
	"retracted": ansiPurple,
	"single":    ansiDim,
}

// textWriter renders the text format line by line.
type textWriter struct {
	v     *view
	buf   *bytes.Buffer
	color bool
	width int
	opt   Options
}

// style wraps s in an ANSI style when colours are on.
func (t *textWriter) style(code, s string) string {
	if !t.color || code == "" || s == "" {
		return s
	}
	return code + s + ansiReset
}

func (t *textWriter) line(parts ...string) {
	for _, p := range parts {
		t.buf.WriteString(p)
	}
	t.buf.WriteByte('\n')
}

// para writes text wrapped to the width: the first line after first (of
// display width firstW), the others indented by hang spaces. Styling of
// the text itself is applied per line by st.
func (t *textWriter) para(first string, firstW, hang int, text string, st string) {
	avail := t.width - firstW
	if avail < 16 && firstW > hang {
		// The lead-in leaves too little room: it takes a line of its
		// own and the text follows under it.
		t.line(strings.TrimRight(first, " "))
		first, avail = strings.Repeat(" ", hang), t.width-hang
	}
	lines := wrap(text, max(avail, 16))
	if len(lines) == 0 {
		t.line(strings.TrimRight(first, " "))
		return
	}
	t.line(first, t.style(st, lines[0]))
	rest := strings.Join(lines[1:], " ")
	if rest == "" {
		return
	}
	for _, l := range wrap(rest, max(t.width-hang, 16)) {
		t.line(strings.Repeat(" ", hang), t.style(st, l))
	}
}

func (t *textWriter) section(name string) {
	t.line("")
	t.line(t.style(ansiBold, name))
}

func renderText(buf *bytes.Buffer, r *Report, opt Options) error {
	v := newView(r)
	t := &textWriter{v: v, buf: buf, color: opt.Color, width: opt.Width, opt: opt}
	if t.width <= 0 {
		t.width = 80
	}
	t.line(t.style(ansiBold, "recoupe report"), " — ", summaryLine(r))
	for i := range v.stories {
		t.story(i+1, len(v.stories), &v.stories[i])
	}
	if len(v.loose) > 0 {
		t.line("")
		t.line(t.style(ansiBold+ansiCyan, "== Articles in no story =="))
		t.articles(v.loose)
		t.boilerplate(v.loose)
	}
	if len(r.Errors) > 0 {
		t.line("")
		t.line(t.style(ansiBold+ansiRed, fmt.Sprintf("== Input errors (%d) ==", len(r.Errors))))
		for _, e := range r.Errors {
			f := oneLine(e.File)
			t.para("  "+f+": ", 4+width(f), 4, oneLine(e.Reason), "")
		}
	}
	return nil
}

func (t *textWriter) story(n, total int, s *storyView) {
	t.line("")
	head := fmt.Sprintf("== Story %d/%d: ", n, total)
	t.para(t.style(ansiBold+ansiCyan, head), width(head), 4, oneLine(storyTitle(s.Story))+" ==", ansiBold+ansiCyan)
	meta := []string{plural(len(s.arts), "article", "articles"),
		plural(s.src.count(s.Story), "independent source", "independent sources")}
	if span := dateSpan(s.arts); span != "" {
		meta = append(meta, span)
	}
	meta = append(meta, "id "+oneLine(s.ID))
	if s.Thread != "" {
		meta = append(meta, "thread "+oneLine(s.Thread))
	}
	t.para("", 0, 0, strings.Join(meta, " · "), ansiDim)

	if len(s.Summary) > 0 {
		t.section("Summary")
		for i, sn := range s.Summary {
			first := fmt.Sprintf("  %d. ", i+1)
			t.para(first, width(first), width(first), oneLine(sn.Text)+" ["+t.v.outlet(sn.Article)+"]", "")
		}
	}
	if len(s.Claims) > 0 {
		t.section("Claims")
		t.claims(s)
	}
	if len(s.Timeline) > 0 {
		t.section("Timeline")
		dw := 10
		for _, e := range s.Timeline {
			dw = max(dw, width(oneLine(e.Date)))
		}
		for _, e := range s.Timeline {
			first := "  " + pad(oneLine(e.Date), dw) + "  "
			text := oneLine(e.Text)
			if e.Future {
				text = "[announced] " + text
			}
			if names := outletNames(e.Articles, t.v.byID); len(names) > 0 {
				text += " [" + strings.Join(names, ", ") + "]"
			}
			st := ""
			if e.Future {
				st = ansiItalic
			}
			t.para(first, width(first), width(first), text, st)
		}
	}
	if len(s.Quotes) > 0 {
		t.section("Quotes")
		for _, q := range s.Quotes {
			sp := oneLine(q.Speaker)
			if sp == "" {
				sp = "(unknown speaker)"
			}
			text := "« " + oneLine(q.Text) + " »"
			if names := outletNames(q.Articles, t.v.byID); len(names) > 0 {
				text += " [" + strings.Join(names, ", ") + "]"
			}
			t.para("  "+t.style(ansiBold, sp)+": ", 4+width(sp), 4, text, "")
		}
	}
	if len(s.Copies) > 0 {
		t.section("Copies")
		kw := 0
		for _, c := range s.Copies {
			kw = max(kw, width(oneLine(c.Kind)))
		}
		for _, c := range s.Copies {
			first := "  " + pad(oneLine(c.Kind), kw) + "  " + formatScore(c.Score) + "  "
			fw := width(first)
			t.para(first, fw, fw, copyHeadline(&c, t.v.byID)+": "+copyIDs(&c), "")
			if len(c.Evidence) > 0 {
				ev := make([]string, len(c.Evidence))
				for i, e := range c.Evidence {
					ev[i] = oneLine(e)
				}
				t.para(strings.Repeat(" ", fw), fw, fw, strings.Join(ev, "; "), ansiDim)
			}
		}
	}
	if len(s.Entities) > 0 {
		t.section("Entities")
		for _, e := range s.Entities {
			name := oneLine(e.Name)
			first := "  " + t.style(ansiBold, name) + " (" + oneLine(e.Kind) + ")"
			fw := 2 + width(name) + 3 + width(oneLine(e.Kind))
			var rest []string
			var others []string
			for _, v := range e.Variants {
				if v != e.Name {
					others = append(others, oneLine(v))
				}
			}
			if len(others) > 0 {
				rest = append(rest, "also "+strings.Join(others, ", "))
			}
			rest = append(rest, "in "+plural(len(e.Articles), "article", "articles"))
			t.para(first+" — ", fw+3, 4, strings.Join(rest, "; "), "")
		}
	}

	t.section(fmt.Sprintf("Articles (%d)", len(s.arts)))
	t.articles(s.arts)
	t.boilerplate(s.arts)
}

// copyIDs lists a copy group's articles, the original first and marked.
func copyIDs(c *Copy) string {
	var out []string
	if c.Original != "" {
		out = append(out, oneLine(c.Original)+" (original)")
	}
	for _, id := range c.Articles {
		if id != c.Original {
			out = append(out, oneLine(id))
		}
	}
	return strings.Join(out, ", ")
}

// retractedMark follows a retracted value in the text and Markdown
// formats.
const retractedMark = "[retracted]"

// claims writes the claims: per measure a line with its status and its
// number of independent sources, then its values, one line each with
// the date and the outlets giving it (and whom they credit); then the
// sentences behind conflicting and retracted values. A conflict is
// written in capitals, and in red when colours are on.
func (t *textWriter) claims(s *storyView) {
	var evidence []*Claim
	for i := range s.Claims {
		c := &s.Claims[i]
		st := oneLine(c.Status)
		if c.Status == "conflict" {
			st = "CONFLICT"
		}
		head := oneLine(claimLabel(c))
		if c.Status == "conflict" {
			head = t.style(ansiRed+ansiBold, head)
		}
		rest := t.style(statusStyle[c.Status], st) + " · " +
			plural(s.src.claimSources(c), "source", "sources")
		t.para("  ", 2, 4, head+" — "+rest, "")
		groups := groupValues(c)
		vw, dated := 0, false
		for _, g := range groups {
			vw = max(vw, width(valueText(g)))
			dated = dated || g.Date != ""
		}
		for _, g := range groups {
			text := pad(valueText(g), vw) + "  "
			if dated {
				d := g.Date
				if d == "" {
					d = "?"
				}
				text += pad(d, 10) + "  "
			}
			hang := width(text)
			if t.width-4-hang < 24 {
				hang = 2
			}
			text += saidBy(g, t.v.byID)
			for _, l := range wrapHang(text, max(t.width-4, 20), hang) {
				if g.Retracted {
					l = t.style(ansiDim+ansiStrike, l)
				}
				t.line("    ", l)
			}
		}
		if c.Status == "conflict" || c.Status == "retracted" {
			evidence = append(evidence, c)
		}
	}
	if len(evidence) == 0 {
		return
	}
	t.section("Conflicting and retracted values")
	for _, c := range evidence {
		t.para("  ", 2, 4, oneLine(claimLabel(c))+" — "+t.style(statusStyle[c.Status], oneLine(c.Status)), "")
		for _, e := range evidenceOf(c, s) {
			head := e.value + "  " + e.date + "  " + strings.Join(outletNames(e.articles, t.v.byID), ", ")
			if e.sentence != "" {
				head += ":"
			}
			lines := wrapHang(head, max(t.width-4, 16), 2)
			for _, l := range lines {
				t.line("    ", l)
			}
			if e.sentence != "" {
				for _, l := range wrap(e.sentence, max(t.width-6, 16)) {
					t.line("      ", t.style(ansiDim, l))
				}
			}
		}
	}
}

// evidence is one value of a claim with the sentence giving it, and the
// copies of the same source giving it too.
type evidence struct {
	value, date, sentence string
	articles              []string // the article whose sentence it is, then its copies
}

// evidenceOf lists a claim's values with their sentences, a value given
// by several copies of one source (same figure, same date) once.
func evidenceOf(c *Claim, s *storyView) []evidence {
	var out []evidence
	idx := map[string]int{}
	for _, v := range c.Values {
		val := formatClaimValue(c, v)
		if v.Retracted {
			val += " " + retractedMark
		}
		date := "?"
		if v.AsOf != nil {
			date = oneLine(*v.AsOf)
		}
		key := strconv.Itoa(s.src.groupOf[v.Article]) + "\x00" + val + "\x00" + date
		if i, ok := idx[key]; ok {
			if !slices.Contains(out[i].articles, v.Article) {
				out[i].articles = append(out[i].articles, v.Article)
			}
			continue
		}
		idx[key] = len(out)
		out = append(out, evidence{value: val, date: date, sentence: oneLine(v.Sentence), articles: []string{v.Article}})
	}
	return out
}

// valueText is a value group's figure, marked when retracted.
func valueText(g valueGroup) string {
	if g.Retracted {
		return g.Text + " " + retractedMark
	}
	return g.Text
}

// wrapHang wraps s to w columns at its spaces, keeping runs of spaces
// inside a line (they align columns), and indents the continuation lines
// by hang spaces (at most half the width). A word longer than a line is
// cut.
func wrapHang(s string, w, hang int) []string {
	w = max(w, 1)
	if s == "" {
		return nil
	}
	if width(s) <= w {
		return []string{s}
	}
	hang = min(hang, w/2)
	var lines []string
	var b strings.Builder
	bw, avail, indent, sep := 0, w, "", ""
	flush := func() {
		lines = append(lines, indent+b.String())
		b.Reset()
		bw, avail, indent, sep = 0, w-hang, strings.Repeat(" ", hang), ""
	}
	for _, tok := range splitSpaces(s) {
		if tok[0] == ' ' {
			sep = tok
			continue
		}
		ww := width(tok)
		if bw > 0 && bw+len(sep)+ww > avail {
			flush()
		}
		for bw == 0 && ww > avail {
			head, rest := cutWidth(tok, avail)
			b.WriteString(head)
			bw = width(head)
			flush()
			tok, ww = rest, width(rest)
		}
		if bw > 0 {
			b.WriteString(sep)
			bw += len(sep)
		}
		b.WriteString(tok)
		bw += ww
		sep = ""
	}
	if bw > 0 {
		lines = append(lines, indent+b.String())
	}
	return lines
}

// splitSpaces cuts s into words and runs of ASCII spaces, in order.
func splitSpaces(s string) []string {
	var out []string
	start := 0
	for i := 1; i <= len(s); i++ {
		if i == len(s) || (s[i] == ' ') != (s[start] == ' ') {
			out = append(out, s[start:i])
			start = i
		}
	}
	return out
}

// articles writes the articles table: ID, outlet, date, wires, how many
// pieces the cleaning removed, title.
func (t *textWriter) articles(arts []*Article) {
	type row struct{ id, outlet, date, wires, removed, title string }
	head := row{"ID", "OUTLET", "PUBLISHED", "WIRES", "REMOVED", "TITLE"}
	rows := make([]row, len(arts))
	widths := []int{len(head.id), len(head.outlet), len(head.date), len(head.wires), len(head.removed)}
	for i, a := range arts {
		date := publishedString(a)
		if date == "" {
			date = "unknown"
		}
		wires := make([]string, len(a.Wires))
		for j, x := range a.Wires {
			wires[j] = oneLine(x)
		}
		rows[i] = row{
			id:      truncate(oneLine(a.ID), 16),
			outlet:  truncate(oneLine(a.Outlet), 20),
			date:    truncate(oneLine(date), 10),
			wires:   truncate(strings.Join(wires, ","), 16),
			removed: strconv.Itoa(len(a.Boilerplate)),
			title:   oneLine(a.Title),
		}
		if rows[i].outlet == "" {
			rows[i].outlet = "-"
		}
		if rows[i].wires == "" {
			rows[i].wires = "-"
		}
		for j, s := range []string{rows[i].id, rows[i].outlet, rows[i].date, rows[i].wires, rows[i].removed} {
			widths[j] = max(widths[j], width(s))
		}
	}
	used := 2
	for _, x := range widths {
		used += x + 2
	}
	// Narrow the outlet and wires columns when the title would get less
	// than 16 columns.
	if over := used + 16 - t.width; over > 0 {
		for _, j := range []int{1, 3} {
			cut := min(over, widths[j]-len([]string{"", "OUTLET", "", "WIRES"}[j]))
			if cut > 0 {
				widths[j] -= cut
				used -= cut
				over -= cut
			}
		}
		for i := range rows {
			rows[i].outlet = truncate(rows[i].outlet, widths[1])
			rows[i].wires = truncate(rows[i].wires, widths[3])
		}
	}
	tw := max(t.width-used, 16)
	fmtRow := func(r row, header bool) {
		line := "  " + pad(r.id, widths[0]) + "  " + pad(r.outlet, widths[1]) + "  " +
			pad(r.date, widths[2]) + "  " + pad(r.wires, widths[3]) + "  " +
			padLeft(r.removed, widths[4]) + "  " + truncate(r.title, tw)
		line = strings.TrimRight(line, " ")
		if header {
			line = t.style(ansiDim, line)
		}
		t.line(line)
	}
	fmtRow(head, true)
	for _, r := range rows {
		fmtRow(r, false)
	}
}

// boilerplate lists what was removed from each article when asked to.
func (t *textWriter) boilerplate(arts []*Article) {
	if !t.opt.ShowBoilerplate {
		return
	}
	any := false
	for _, a := range arts {
		if len(a.Boilerplate) > 0 {
			any = true
		}
	}
	if !any {
		return
	}
	t.section("Boilerplate removed")
	for _, a := range arts {
		if len(a.Boilerplate) == 0 {
			continue
		}
		t.line("  ", t.style(ansiBold, oneLine(a.ID)), " ", t.style(ansiDim, "("+plural(len(a.Boilerplate), "piece", "pieces")+")"))
		for _, b := range a.Boilerplate {
			first := "    "
			if b.Line >= 0 {
				first += "line " + strconv.Itoa(b.Line) + " "
			}
			first += "[" + oneLine(b.Reason) + "] "
			fw := width(first)
			t.para(first, fw, 6, oneLine(b.Text), ansiDim)
		}
	}
}
