package report

import (
	"bytes"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
)

// Options tunes the human-readable renderings. JSON ignores it.
type Options struct {
	// Color enables ANSI colours in the text format. Off by default: the
	// caller turns it on only for a terminal.
	Color bool
	// Width is the line width the text format wraps and truncates to;
	// 0 or less means 80.
	Width int
	// ShowBoilerplate lists every removed piece of each article in the text
	// and Markdown formats instead of only counting them. The HTML format
	// always lists them, folded.
	ShowBoilerplate bool
	// ArticleHref, when set, makes the HTML format link every mention of
	// an article to ArticleHref(id) (a page of its own, as the web UI
	// has) and leave the articles' full texts out of the page.
	ArticleHref func(id string) string
}

// formats are the valid values of Write's format, in the order help texts
// list them.
var formats = []string{"text", "markdown", "json", "html"}

// Formats returns the names of the formats Write accepts.
func Formats() []string { return append([]string(nil), formats...) }

// Write renders r to w in the named format: "text", "markdown", "json" or
// "html". r is not modified: the rendering works on a normalised copy (see
// Report.Normalize). An unknown format is an error naming the valid ones.
func Write(w io.Writer, r *Report, format string, opt Options) error {
	if r == nil {
		r = &Report{}
	}
	var render func(*bytes.Buffer, *Report, Options) error
	switch format {
	case "json":
		render = renderJSON
	case "text":
		render = renderText
	case "markdown":
		render = renderMarkdown
	case "html":
		render = renderHTML
	default:
		return fmt.Errorf("report: unknown format %q (valid formats: %s)", format, strings.Join(formats, ", "))
	}
	c := r.clone()
	c.Normalize()
	var buf bytes.Buffer
	if err := render(&buf, c, opt); err != nil {
		return fmt.Errorf("report: rendering %s: %w", format, err)
	}
	if _, err := w.Write(buf.Bytes()); err != nil {
		return fmt.Errorf("report: writing %s: %w", format, err)
	}
	return nil
}

// view is what the text, Markdown and HTML renderings share: the stories
// with their articles resolved, and the articles no story holds.
type view struct {
	r       *Report
	byID    map[string]*Article
	stories []storyView
	loose   []*Article
}

type storyView struct {
	*Story
	// arts are the story's articles; an ID the report does not hold gets
	// a placeholder carrying only the ID.
	arts []*Article
	// src are its independent sources.
	src *storySources
}

func newView(r *Report) *view {
	v := &view{r: r, byID: make(map[string]*Article, len(r.Articles))}
	for i := range r.Articles {
		a := &r.Articles[i]
		if _, dup := v.byID[a.ID]; !dup {
			v.byID[a.ID] = a
		}
	}
	inStory := make(map[string]bool)
	for i := range r.Stories {
		s := &r.Stories[i]
		sv := storyView{Story: s, src: newStorySources(s, v.byID)}
		for _, id := range s.Articles {
			a := v.byID[id]
			if a == nil {
				a = &Article{ID: id}
			}
			sv.arts = append(sv.arts, a)
			inStory[id] = true
		}
		v.stories = append(v.stories, sv)
	}
	for i := range r.Articles {
		if a := &r.Articles[i]; !inStory[a.ID] {
			v.loose = append(v.loose, a)
		}
	}
	return v
}

// outlet names an article by its outlet (see outletName).
func (v *view) outlet(id string) string { return outletName(id, v.byID) }

// storyTitle is the story's title, or a stand-in naming its ID.
func storyTitle(s *Story) string {
	if t := strings.TrimSpace(s.Title); t != "" {
		return t
	}
	return "Untitled story " + s.ID
}

// publishedString is the article's date, or "" when unknown.
func publishedString(a *Article) string {
	if a.Published == nil {
		return ""
	}
	return *a.Published
}

// formatNumber writes x without exponent or trailing zeros, grouping the
// thousands of numbers from 1 000 up with narrow no-break spaces, as
// French typography does.
func formatNumber(x float64) string {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return strconv.FormatFloat(x, 'g', -1, 64)
	}
	s := strconv.FormatFloat(x, 'f', -1, 64)
	if math.Abs(x) < 1000 {
		return s
	}
	sign := ""
	if s[0] == '-' {
		sign, s = "-", s[1:]
	}
	intPart, frac := s, ""
	if i := strings.IndexByte(s, '.'); i >= 0 {
		intPart, frac = s[:i], s[i:]
	}
	var b strings.Builder
	for i, c := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteRune('\u202f')
		}
		b.WriteRune(c)
	}
	return sign + b.String() + frac
}

// formatValue renders one figure: a range as "low–high", a bound alone as
// "≥ low" or "≤ high", an approximate figure prefixed with "~".
func formatValue(v Value) string {
	var s string
	switch {
	case v.Low != nil && v.High != nil:
		s = formatNumber(*v.Low) + "–" + formatNumber(*v.High)
	case v.Low != nil:
		s = "≥" + formatNumber(*v.Low)
	case v.High != nil:
		s = "≤" + formatNumber(*v.High)
	default:
		s = formatNumber(v.Value)
	}
	if v.Approx {
		s = "~" + s
	}
	return s
}

// measureLabel is a claim's measure with its unit in brackets.
func measureLabel(c *Claim) string {
	if c.Unit == "" {
		return c.Measure
	}
	return c.Measure + " (" + c.Unit + ")"
}

// formatScore renders a copy score with two decimals.
func formatScore(x float64) string { return strconv.FormatFloat(x, 'f', 2, 64) }

// plural returns "n one" or "n many" as n is 1 or not.
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

// summaryLine is the one-line count the text and Markdown headers show.
func summaryLine(r *Report) string {
	return fmt.Sprintf("version %d · %s · %s · %s", r.Version,
		plural(len(r.Articles), "article", "articles"),
		plural(len(r.Stories), "story", "stories"),
		plural(len(r.Errors), "input error", "input errors"))
}
