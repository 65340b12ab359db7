package report

import (
	"bytes"
	"fmt"
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
	ansiBlue   = "\x1b[34m"
	ansiPurple = "\x1b[35m"
	ansiCyan   = "\x1b[36m"
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
	lines := wrap(text, max(avail, 20))
	if len(lines) == 0 {
		t.line(strings.TrimRight(first, " "))
		return
	}
	t.line(first, t.style(st, lines[0]))
	rest := strings.Join(lines[1:], " ")
	if rest == "" {
		return
	}
	for _, l := range wrap(rest, max(t.width-hang, 20)) {
		t.line(strings.Repeat(" ", hang), t.style(st, l))
	}
}

func (t *textWriter) section(name string) {
	t.line("")
	t.line(t.style(ansiBold, name))
}

// ids joins article IDs, flattened.
func ids(list []string) string {
	out := make([]string, len(list))
	for i, id := range list {
		out[i] = oneLine(id)
	}
	return strings.Join(out, ", ")
}

func renderText(buf *bytes.Buffer, r *Report, opt Options) error {
	t := &textWriter{buf: buf, color: opt.Color, width: opt.Width, opt: opt}
	if t.width <= 0 {
		t.width = 80
	}
	v := newView(r)
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
	meta := "id " + oneLine(s.ID)
	if s.Thread != "" {
		meta += " · thread " + oneLine(s.Thread)
	}
	t.line(t.style(ansiDim, meta))

	t.section(fmt.Sprintf("Articles (%d)", len(s.arts)))
	t.articles(s.arts)

	if len(s.Copies) > 0 {
		t.section("Copies")
		kw := 0
		for _, c := range s.Copies {
			kw = max(kw, width(oneLine(c.Kind)))
		}
		for _, c := range s.Copies {
			first := "  " + pad(oneLine(c.Kind), kw) + "  " + formatScore(c.Score) + "  "
			t.para(first, width(first), width(first), ids(c.Articles), "")
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
	if len(s.Claims) > 0 {
		t.section("Claims")
		for i := range s.Claims {
			t.claim(&s.Claims[i])
		}
	}
	if len(s.Timeline) > 0 {
		t.section("Timeline")
		dw := 10
		for _, e := range s.Timeline {
			dw = max(dw, width(oneLine(e.Date)))
		}
		for _, e := range s.Timeline {
			first := "  " + pad(oneLine(e.Date), dw) + "  "
			t.para(first, width(first), width(first), oneLine(e.Text)+" ["+ids(e.Articles)+"]", "")
		}
	}
	if len(s.Quotes) > 0 {
		t.section("Quotes")
		for _, q := range s.Quotes {
			sp := oneLine(q.Speaker)
			if sp == "" {
				sp = "(unknown speaker)"
			}
			t.para("  "+t.style(ansiBold, sp)+": ", 4+width(sp), 4, "« "+oneLine(q.Text)+" » ["+ids(q.Articles)+"]", "")
		}
	}
	if len(s.Summary) > 0 {
		t.section("Summary")
		for i, sn := range s.Summary {
			first := fmt.Sprintf("  %d. ", i+1)
			t.para(first, width(first), width(first), oneLine(sn.Text)+" ["+oneLine(sn.Article)+"]", "")
		}
	}
	t.boilerplate(s.arts)
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

func (t *textWriter) claim(c *Claim) {
	label := oneLine(measureLabel(c))
	st := oneLine(c.Status)
	t.para("  ", 2, 4, label+" — "+t.style(statusStyle[c.Status], st), "")
	vw, iw := 1, 1
	for _, v := range c.Values {
		vw = max(vw, width(formatValue(v)))
		iw = max(iw, width(oneLine(v.Article)))
	}
	for _, v := range c.Values {
		asOf := "?"
		if v.AsOf != nil {
			asOf = oneLine(*v.AsOf)
		}
		first := "    " + padLeft(formatValue(v), vw) + "  " + pad(asOf, 10) + "  " + pad(oneLine(v.Article), iw) + "  "
		fw := width(first)
		sent := oneLine(v.Sentence)
		if sent == "" {
			t.line(strings.TrimRight(first, " "))
			continue
		}
		t.para(first, fw, fw, sent, ansiDim)
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
