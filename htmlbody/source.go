package htmlbody

import (
	"sort"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A para is one candidate paragraph of the article with what is known of
// where it came from in the page.
type para struct {
	text string
	tag  atom.Atom
	// src is the page paragraph it was matched to, nil when unknown.
	src *block
	// recovered is set for a paragraph of the page that the extractor left
	// out and that was put back.
	recovered bool
	// outside is set when the paragraph is outside the page element
	// holding most of the article.
	outside bool
	// boiler is the reason given by the class or id of an element around
	// the paragraph in the page ("related", "share", ...), "" if none.
	boiler string
}

// linkDensity is the share of the paragraph's text inside links in the
// page, 0 when unknown.
func (p *para) linkDensity() float64 {
	if p.src == nil || len(p.src.text) == 0 {
		return 0
	}
	return float64(p.src.linkLen) / float64(len(p.src.text))
}

// proseWords is the word count from which a paragraph counts as prose
// when locating the article in the page.
const proseWords = 10

// locate maps the extracted blocks onto the page's paragraphs, finds the
// element holding the article, and puts back the paragraphs of that
// element (or of elements of the same kind beside it, for articles split
// by advertisements) that the extractor dropped or cut in pieces.
func locate(ext []block, doc *html.Node) []para {
	src := sourceBlocks(doc)
	m := newMatcher(src)
	paras := make([]para, len(ext))
	match := make([]int, len(ext))
	partial := make([]bool, len(ext))
	for i, b := range ext {
		paras[i] = para{text: b.text, tag: b.tag}
		match[i], partial[i] = m.find(b.text)
		if match[i] >= 0 {
			paras[i].src = &src[match[i]]
		}
	}

	// The article element: the deepest element holding most of the
	// matched prose.
	weight := make(map[*html.Node]int)
	total := 0
	first, last := len(src), -1
	for i := range ext {
		if match[i] < 0 || partial[i] {
			continue
		}
		s := &src[match[i]]
		w := wordCount(s.text)
		if w < proseWords || s.node == nil {
			continue
		}
		total += w
		for n := s.node; n != nil; n = n.Parent {
			weight[n] += w
		}
	}
	var article *html.Node
	if total > 0 {
		best := -1
		for n, w := range weight {
			if w*10 < total*7 {
				continue
			}
			if d := depth(n); d > best {
				best, article = d, n
			}
		}
	}
	if article == nil {
		return paras
	}
	for i := range ext {
		if match[i] >= 0 && !partial[i] && wordCount(src[match[i]].text) >= proseWords && holds(article, src[match[i]].node) {
			first, last = min(first, match[i]), max(last, match[i])
		}
	}
	// Boilerplate classes around matched paragraphs, inside the article.
	for i := range paras {
		if paras[i].src != nil {
			paras[i].boiler = boilerAncestor(paras[i].src.node, article, weight, total)
			paras[i].outside = !holds(article, paras[i].src.node)
		}
	}

	// Page paragraphs that may be put back: prose left out between the
	// first and last matched paragraphs of the article element, before
	// them in the same parent element (a lead the extractor missed), and
	// in the article's twins.
	twinEls, twinRoot := twins(article)
	var firstParent *html.Node
	if first < len(src) && src[first].node != nil {
		firstParent = src[first].node.Parent
	}
	ok := func(i int) bool {
		s := &src[i]
		if s.node == nil || !recoverable(s) {
			return false
		}
		var scope *html.Node
		switch {
		case holds(article, s.node):
			scope = article
			if i > last || i < first && s.node != src[first].node && s.node.Parent != firstParent {
				return false
			}
		default:
			if scopeOf(s.node, twinEls) == nil {
				return false
			}
			scope = twinRoot
		}
		return boilerAncestor(s.node, scope, weight, total) == ""
	}

	// Extracted pieces of one page paragraph are replaced by it.
	out := make([]para, 0, len(paras))
	outMatch := make([]int, 0, len(paras))
	for i := 0; i < len(paras); i++ {
		if partial[i] && ok(match[i]) {
			j := i
			for j+1 < len(paras) && match[j+1] == match[i] && partial[j+1] {
				j++
			}
			s := &src[match[i]]
			out = append(out, para{text: s.text, tag: s.tag, src: s})
			outMatch = append(outMatch, match[i])
			i = j
			continue
		}
		out = append(out, paras[i])
		outMatch = append(outMatch, match[i])
	}

	var rec []int
	for i := range src {
		if !m.used[i] && ok(i) {
			rec = append(rec, i)
		}
	}
	if len(rec) == 0 {
		return out
	}
	return mergeRecovered(out, outMatch, src, rec)
}

// A matcher finds the page paragraph an extracted paragraph comes from.
type matcher struct {
	src   []block
	keys  []string
	byKey map[string][]int
	used  []bool
	last  int
}

func newMatcher(src []block) *matcher {
	m := &matcher{src: src, keys: make([]string, len(src)), byKey: make(map[string][]int, len(src)), used: make([]bool, len(src)), last: -1}
	for i := range src {
		m.keys[i] = squash(src[i].text)
		m.byKey[m.keys[i]] = append(m.byKey[m.keys[i]], i)
	}
	return m
}

// find returns the index of the page paragraph with the same text as t
// (letters and digits compared), the first unused one after the previous
// match if possible; failing that, with partial set, a page paragraph
// holding t near the previous match; -1 if none.
func (m *matcher) find(t string) (int, bool) {
	k := squash(t)
	pick := -1
	for _, c := range m.byKey[k] {
		if !m.used[c] && c > m.last {
			pick = c
			break
		}
	}
	if pick < 0 {
		for _, c := range m.byKey[k] {
			if !m.used[c] {
				pick = c
				break
			}
		}
	}
	if pick >= 0 {
		m.used[pick] = true
		m.last = pick
		return pick, false
	}
	// A piece of a page paragraph: look near the previous match.
	if len(k) < 20 {
		return -1, false
	}
	lo, hi := max(0, m.last-5), min(len(m.src), m.last+60)
	for c := lo; c < hi; c++ {
		if len(m.keys[c]) > len(k) && strings.Contains(m.keys[c], k) {
			m.used[c] = true
			m.last = c
			return c, true
		}
	}
	return -1, false
}

// recoverable reports whether a page paragraph the extractor dropped looks
// like article prose: long enough, few links, not in a figure, aside,
// navigation or form, and not page furniture by its text.
func recoverable(s *block) bool {
	if wordCount(s.text) < proseWords || s.linkLen*10 > len(s.text)*3 {
		return false
	}
	for n := s.node; n != nil; n = n.Parent {
		switch n.DataAtom {
		case atom.Figure, atom.Figcaption, atom.Aside, atom.Nav, atom.Footer,
			atom.Header, atom.Form, atom.Label, atom.Caption, atom.Table:
			return false
		}
	}
	return furniture(s.text) == ""
}

// mergeRecovered inserts the recovered page paragraphs rec (indexes into
// src, increasing) among paras in page order.
func mergeRecovered(paras []para, match []int, src []block, rec []int) []para {
	sort.Ints(rec)
	out := make([]para, 0, len(paras)+len(rec))
	j := 0
	for i, p := range paras {
		if match[i] >= 0 {
			for j < len(rec) && rec[j] < match[i] {
				s := &src[rec[j]]
				out = append(out, para{text: s.text, tag: s.tag, src: s, recovered: true})
				j++
			}
		}
		out = append(out, p)
	}
	for ; j < len(rec); j++ {
		s := &src[rec[j]]
		out = append(out, para{text: s.text, tag: s.tag, src: s, recovered: true})
	}
	return out
}

// twins returns the elements with the same name and class as article
// among its siblings and cousins: the other parts of an article body split
// by advertisements. root is the element holding them all.
func twins(article *html.Node) (out []*html.Node, root *html.Node) {
	class := attr(article, "class")
	if strings.TrimSpace(class) == "" || article.Parent == nil {
		return nil, nil
	}
	root = article.Parent
	if root.Parent != nil {
		root = root.Parent
	}
	var walk func(n *html.Node, d int)
	walk = func(n *html.Node, d int) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || c == article {
				continue
			}
			if c.Data == article.Data && attr(c, "class") == class {
				out = append(out, c)
				continue
			}
			if d < 2 {
				walk(c, d+1)
			}
		}
	}
	walk(root, 1)
	return out, root
}

// boilerAncestor returns the boilerplate reason given by the class or id
// of n or of an element between n and scope (excluded), "" if none. An
// element holding a good share of the article's prose is never taken for
// boilerplate.
func boilerAncestor(n, scope *html.Node, weight map[*html.Node]int, total int) string {
	for ; n != nil && n != scope; n = n.Parent {
		if n.Type != html.ElementNode {
			continue
		}
		r := boilerClass(attr(n, "class"))
		if r == "" {
			r = boilerClass(attr(n, "id"))
		}
		if r == "" {
			continue
		}
		if weight[n]*10 >= total*3 {
			return ""
		}
		return r
	}
	return ""
}

// boilerTokens maps class and id words naming page furniture to the
// reason a paragraph inside such an element is dropped.
var boilerTokens = map[string]string{
	"related": "related", "recirc": "related", "recommended": "related",
	"recommendations": "related", "mostpopular": "related", "popular": "related",
	"trending": "related", "mostread": "related", "readmore": "read-more",
	"readalso": "read-more", "morestories": "related", "outbrain": "related",
	"taboola": "related", "teaser": "related", "teasers": "related",
	"newsletter": "subscription", "signup": "subscription", "subscribe": "subscription",
	"subscription": "subscription", "paywall": "subscription", "promo": "advert",
	"share": "share", "sharing": "share", "social": "share", "sharebar": "share",
	"ad": "advert", "ads": "advert", "advert": "advert", "advertisement": "advert",
	"sponsor": "advert", "sponsored": "advert", "byline": "byline",
	"caption": "caption", "credit": "caption", "credits": "caption",
	"breadcrumb": "navigation", "breadcrumbs": "navigation", "tags": "navigation",
	"bio": "bio", "signin": "subscription", "login": "subscription",
	"comments": "comments", "comment": "comments", "disqus": "comments",
}

// boilerClass returns the reason for a class or id value naming page
// furniture, "" if it does not.
func boilerClass(v string) string {
	if v == "" {
		return ""
	}
	v = strings.ToLower(v)
	toks := strings.FieldsFunc(v, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
	})
	for i, tok := range toks {
		if r, ok := boilerTokens[tok]; ok {
			return r
		}
		// "read-more", "most-read", "sign-up"
		if i > 0 {
			if r, ok := boilerTokens[toks[i-1]+tok]; ok {
				return r
			}
		}
	}
	return ""
}

// wordCount counts the space-separated words of s.
func wordCount(s string) int {
	n, in := 0, false
	for _, r := range s {
		if r == ' ' {
			in = false
		} else if !in {
			in = true
			n++
		}
	}
	return n
}

// depth returns the number of ancestors of n.
func depth(n *html.Node) int {
	d := 0
	for p := n.Parent; p != nil; p = p.Parent {
		d++
	}
	return d
}

// isAncestor reports whether a is an ancestor of n.
func isAncestor(a, n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p == a {
			return true
		}
	}
	return false
}

// holds reports whether n is a or inside it.
func holds(a, n *html.Node) bool {
	return n == a || isAncestor(a, n)
}

// within reports whether n is one of scopes or inside one.
func within(n *html.Node, scopes []*html.Node) bool {
	return scopeOf(n, scopes) != nil
}

// scopeOf returns the element of scopes that is n or holds it, nil if none.
func scopeOf(n *html.Node, scopes []*html.Node) *html.Node {
	for p := n; p != nil; p = p.Parent {
		for _, s := range scopes {
			if p == s {
				return s
			}
		}
	}
	return nil
}
