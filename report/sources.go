package report

import (
	"slices"
	"strconv"
	"strings"
)

// This file holds what the text, Markdown and HTML renderings derive from
// a story beyond its raw fields: its independent sources, the outlets
// that said what, the span of its dates, the values of its claims grouped
// for display.

// sourceGroup is one independent source of a story: an article alone, or
// the articles of one copy group.
type sourceGroup struct {
	// Label names the source for a reader: the outlet of an article
	// alone, the wire (or the original's outlet) of a group.
	Label string
	// Original is the ID of the group's original, the first of Articles.
	Original string
	// Articles are the IDs of its articles, the original first, then in
	// story order.
	Articles []string
}

// storySources holds a story's independent sources.
type storySources struct {
	groups  []sourceGroup
	groupOf map[string]int // article ID -> index in groups
}

// newStorySources groups a story's articles into independent sources:
// articles whose values carry the same Value.Source key, and articles of
// one copy group, are one source. A group of kind "quotes" only shares
// quotes, not the figures, and does not make one source (unless the
// cross-check's source keys say so). Articles named by the story's
// values or copies but not in its list come last.
func newStorySources(s *Story, byID map[string]*Article) *storySources {
	var order []string
	rank := map[string]int{}
	add := func(id string) {
		if _, ok := rank[id]; !ok {
			rank[id] = len(order)
			order = append(order, id)
		}
	}
	for _, id := range s.Articles {
		add(id)
	}
	for _, c := range s.Claims {
		for _, v := range c.Values {
			add(v.Article)
		}
	}
	for _, c := range s.Copies {
		for _, id := range c.Articles {
			add(id)
		}
	}

	parent := make([]int, len(order))
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	union := func(a, b int) {
		ra, rb := find(a), find(b)
		if ra == rb {
			return
		}
		if rb < ra {
			ra, rb = rb, ra
		}
		parent[rb] = ra
	}
	byKey := map[string]int{}
	for _, c := range s.Claims {
		for _, v := range c.Values {
			if v.Source == "" {
				continue
			}
			i := rank[v.Article]
			if j, ok := byKey[v.Source]; ok {
				union(i, j)
			} else {
				byKey[v.Source] = i
			}
		}
	}
	originals := map[string]bool{}
	for _, c := range s.Copies {
		if c.Original != "" {
			originals[c.Original] = true
		}
		if c.Kind == "quotes" || len(c.Articles) < 2 {
			continue
		}
		for _, id := range c.Articles[1:] {
			union(rank[c.Articles[0]], rank[id])
		}
	}

	ss := &storySources{groupOf: make(map[string]int, len(order))}
	rootGroup := map[int]int{}
	for i, id := range order {
		r := find(i)
		g, ok := rootGroup[r]
		if !ok {
			g = len(ss.groups)
			rootGroup[r] = g
			ss.groups = append(ss.groups, sourceGroup{})
		}
		ss.groupOf[id] = g
		ss.groups[g].Articles = append(ss.groups[g].Articles, id)
	}
	for i := range ss.groups {
		g := &ss.groups[i]
		// The original: one a copy group names, else the first.
		for j, id := range g.Articles {
			if originals[id] {
				copy(g.Articles[1:j+1], g.Articles[:j])
				g.Articles[0] = id
				break
			}
		}
		g.Original = g.Articles[0]
		g.Label = groupLabel(g.Articles, byID)
	}
	return ss
}

// count is the number of independent sources: the story's own figure
// when the cross-check gave one, else the groups found here among the
// story's articles.
func (ss *storySources) count(s *Story) int {
	if s.Sources > 0 {
		return s.Sources
	}
	seen := map[int]bool{}
	for _, id := range s.Articles {
		seen[ss.groupOf[id]] = true
	}
	return len(seen)
}

// claimSources is the number of independent sources giving the claim's
// values: the claim's own figure when set, else counted here.
func (ss *storySources) claimSources(c *Claim) int {
	if c.Sources > 0 {
		return c.Sources
	}
	seen := map[int]bool{}
	for _, v := range c.Values {
		seen[ss.groupOf[v.Article]] = true
	}
	return len(seen)
}

// groupLabel names a group of articles: the outlet of an article alone;
// for a copy group, the wire most of its articles credit when there is
// one, else the original's outlet.
func groupLabel(ids []string, byID map[string]*Article) string {
	if len(ids) == 0 {
		return ""
	}
	if len(ids) > 1 {
		count := map[string]int{}
		best, bestN := "", 0
		for _, id := range ids {
			a := byID[id]
			if a == nil {
				continue
			}
			for _, w := range a.Wires {
				w = oneLine(w)
				if w == "" {
					continue
				}
				count[w]++
				if n := count[w]; n > bestN {
					best, bestN = w, n
				}
			}
		}
		if bestN >= 2 {
			return best
		}
	}
	return outletName(ids[0], byID)
}

// outletName names an article for a reader: its outlet, else its first
// wire, else its ID.
func outletName(id string, byID map[string]*Article) string {
	if a := byID[id]; a != nil {
		if o := oneLine(a.Outlet); o != "" {
			return o
		}
		for _, w := range a.Wires {
			if w = oneLine(w); w != "" {
				return w
			}
		}
	}
	return oneLine(id)
}

// outletNames names articles by their outlets, each once, in order.
func outletNames(ids []string, byID map[string]*Article) []string {
	var out []string
	for _, id := range ids {
		if n := outletName(id, byID); !slices.Contains(out, n) {
			out = append(out, n)
		}
	}
	return out
}

// dateSpan is the range of the articles' publication dates, "" when none
// is known.
func dateSpan(arts []*Article) string {
	lo, hi := "", ""
	for _, a := range arts {
		d := oneLine(publishedString(a))
		if d == "" {
			continue
		}
		if lo == "" || d < lo {
			lo = d
		}
		if d > hi {
			hi = d
		}
	}
	if lo == hi {
		return lo
	}
	return lo + " – " + hi
}

// isDateClaim reports whether the claim's values are dates.
func isDateClaim(c *Claim) bool { return c.Kind == "date" || c.Unit == "date" }

// claimLabel is a claim's measure with its unit in brackets (none for a
// date claim).
func claimLabel(c *Claim) string {
	if isDateClaim(c) {
		return c.Measure
	}
	return measureLabel(c)
}

// dayNumber formats a YYYYMMDD number as YYYY-MM-DD, or "" when x is not
// one.
func dayNumber(x float64) string {
	if x != float64(int64(x)) || x < 10000101 || x > 99991231 {
		return ""
	}
	n := int64(x)
	y, m, d := n/10000, n/100%100, n%100
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return ""
	}
	return strconv.FormatInt(y, 10) + "-" + twoDigits(m) + "-" + twoDigits(d)
}

func twoDigits(n int64) string {
	if n < 10 {
		return "0" + strconv.FormatInt(n, 10)
	}
	return strconv.FormatInt(n, 10)
}

// formatDateBound renders one bound of a date claim.
func formatDateBound(x float64) string {
	if d := dayNumber(x); d != "" {
		return d
	}
	return formatNumber(x)
}

// formatClaimValue renders one value of c: formatValue for a figure; for
// a date claim the date, "≤date" for "by", "≥date" for "after", a range
// as "date–date".
func formatClaimValue(c *Claim, v Value) string {
	if !isDateClaim(c) {
		return formatValue(v)
	}
	var s string
	switch {
	case v.Low != nil && v.High != nil && *v.Low != *v.High:
		s = formatDateBound(*v.Low) + "–" + formatDateBound(*v.High)
	case v.Low != nil && v.High == nil:
		s = "≥" + formatDateBound(*v.Low)
	case v.High != nil && v.Low == nil:
		s = "≤" + formatDateBound(*v.High)
	case v.Date != "":
		s = oneLine(v.Date)
	default:
		s = formatDateBound(v.Value)
	}
	if v.Approx {
		s = "~" + s
	}
	return s
}

// valueGroup is the values of a claim that read the same (same figure,
// same date, retracted or not), with the articles giving them.
type valueGroup struct {
	Text      string // formatted value
	Date      string // as_of, "" when unknown
	Retracted bool
	Articles  []string
	Credits   []string // credit per article, "" when none
}

// groupValues gathers a claim's values that read the same, in the order
// they first come.
func groupValues(c *Claim) []valueGroup {
	var out []valueGroup
	idx := map[string]int{}
	for _, v := range c.Values {
		g := valueGroup{Text: formatClaimValue(c, v), Retracted: v.Retracted}
		if v.AsOf != nil {
			g.Date = oneLine(*v.AsOf)
		}
		key := g.Text + "\x00" + g.Date + "\x00" + strconv.FormatBool(g.Retracted)
		i, ok := idx[key]
		if !ok {
			i = len(out)
			idx[key] = i
			out = append(out, g)
		}
		if !slices.Contains(out[i].Articles, v.Article) {
			out[i].Articles = append(out[i].Articles, v.Article)
			out[i].Credits = append(out[i].Credits, oneLine(v.Credit))
		}
	}
	return out
}

// saidBy names the outlets of a value group, each once, then whom they
// credit for it: "Reuters, Actu Express — per les autorités".
func saidBy(g valueGroup, byID map[string]*Article) string {
	out := strings.Join(outletNames(g.Articles, byID), ", ")
	var credits []string
	for _, c := range g.Credits {
		if c != "" && !slices.Contains(credits, c) {
			credits = append(credits, c)
		}
	}
	if len(credits) > 0 {
		out += " — per " + strings.Join(credits, "; ")
	}
	return out
}

// copyHeadline describes a copy group in words: "5 articles = 1 dispatch
// (Reuters)" or, for shared quotes, "2 articles share quotes (Reuters)".
func copyHeadline(c *Copy, byID map[string]*Article) string {
	n := plural(len(c.Articles), "article", "articles")
	ids := c.Articles
	if c.Original != "" && !slices.Contains(ids, c.Original) {
		ids = append([]string{c.Original}, ids...)
	} else if c.Original != "" {
		ids = append([]string{c.Original}, slices.DeleteFunc(slices.Clone(ids), func(s string) bool { return s == c.Original })...)
	}
	name := groupLabel(ids, byID)
	switch c.Kind {
	case "exact":
		return n + " = 1 text (" + name + ")"
	case "near-duplicate", "same-dispatch":
		return n + " = 1 dispatch (" + name + ")"
	case "quotes":
		return n + " share quotes (" + name + ")"
	}
	return n + " (" + name + ")"
}

// countStatus counts a story's claims of one status.
func countStatus(s *Story, status string) int {
	n := 0
	for _, c := range s.Claims {
		if c.Status == status {
			n++
		}
	}
	return n
}
