package htmlbody

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// blockAtoms are the elements that start and end a paragraph of their own.
var blockAtoms = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true,
	atom.H4: true, atom.H5: true, atom.H6: true, atom.Li: true, atom.Dt: true,
	atom.Dd: true, atom.Ul: true, atom.Ol: true, atom.Dl: true,
	atom.Blockquote: true, atom.Pre: true, atom.Table: true, atom.Tr: true,
	atom.Thead: true, atom.Tbody: true, atom.Tfoot: true, atom.Caption: true,
	atom.Section: true, atom.Article: true, atom.Header: true,
	atom.Footer: true, atom.Figure: true, atom.Figcaption: true,
	atom.Main: true, atom.Aside: true, atom.Nav: true, atom.Address: true,
	atom.Center: true, atom.Details: true, atom.Summary: true,
	atom.Form: true, atom.Fieldset: true, atom.Body: true, atom.Html: true,
}

// skipAtoms are the elements whose text is never part of the body.
var skipAtoms = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true,
	atom.Template: true, atom.Svg: true, atom.Math: true, atom.Head: true,
	atom.Button: true, atom.Select: true, atom.Textarea: true,
	atom.Iframe: true, atom.Object: true, atom.Canvas: true,
}

// A block is one paragraph of text with the element it came from.
type block struct {
	text string
	tag  atom.Atom  // the innermost block element holding the text
	node *html.Node // that element (nil at the root)
	// linkLen is how many bytes of text were inside links.
	linkLen int
}

// blockWalker turns a tree into blocks.
type blockWalker struct {
	out     []block
	cur     strings.Builder
	edge    bool // an inline element started or ended since the last text
	inLink  int  // depth of open <a> elements
	linkLen int  // bytes of the current paragraph inside links
	// source is set when walking an original page rather than the
	// extractor's output: the element names are then trusted (DataAtom)
	// and hidden elements are skipped.
	source bool
	stack  []*html.Node // open block elements
}

// blocks returns the paragraphs of the tree under root, in document order:
// every block element (paragraph, heading, list item, table row, ...)
// starts a new paragraph, and so does a line break. The cells of a table
// row are joined with " | ".
func blocks(root *html.Node) []block {
	w := &blockWalker{}
	w.walk(root)
	w.flush()
	return w.out
}

// sourceBlocks returns the paragraphs of a whole page, as blocks does,
// with the page's own elements and link lengths.
func sourceBlocks(doc *html.Node) []block {
	w := &blockWalker{source: true}
	w.walk(doc)
	w.flush()
	return w.out
}

func (w *blockWalker) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		w.text(n.Data)
		return
	case html.ElementNode:
	case html.DocumentNode:
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			w.walk(c)
		}
		return
	default:
		return
	}
	var a atom.Atom
	if w.source {
		a = n.DataAtom
		if hidden(n) {
			return
		}
	} else {
		a = tagOf(n)
	}
	if skipAtoms[a] {
		return
	}
	switch a {
	case atom.Br, atom.Hr:
		w.flush()
		return
	case atom.Td, atom.Th:
		if w.cur.Len() > 0 && strings.TrimSpace(w.cur.String()) != "" {
			w.cur.WriteString(" | ")
		}
	case atom.Pre:
		w.flush()
		w.stack = append(w.stack, n)
		var sb strings.Builder
		collectText(n, &sb, w.source)
		for _, line := range strings.Split(sb.String(), "\n") {
			w.cur.WriteString(line)
			w.flush()
		}
		w.stack = w.stack[:len(w.stack)-1]
		return
	case atom.A:
		w.inLink++
		defer func() { w.inLink-- }()
	}
	isBlock := blockAtoms[a]
	if isBlock {
		w.flush()
		w.stack = append(w.stack, n)
	} else {
		w.edge = true
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c)
	}
	switch {
	case isBlock:
		w.flush()
		w.stack = w.stack[:len(w.stack)-1]
	case a == atom.Td || a == atom.Th:
		w.cur.WriteByte(' ')
	default:
		w.edge = true
	}
}

// text appends a text node to the current paragraph. go-trafilatura trims
// the text around inline elements, so where a text follows an element
// edge with no white space on either side, a space is put back unless
// typography says the two pieces join (punctuation, a drop capital).
func (w *blockWalker) text(s string) {
	if s == "" {
		return
	}
	if w.edge && w.cur.Len() > 0 && !w.source {
		prev, _ := utf8.DecodeLastRuneInString(w.cur.String())
		next, _ := utf8.DecodeRuneInString(s)
		if !unicode.IsSpace(prev) && !unicode.IsSpace(next) && needSpace(prev, next, w.cur.String()) {
			w.cur.WriteByte(' ')
		}
	}
	w.edge = false
	if w.inLink > 0 {
		w.linkLen += len(strings.TrimSpace(s))
	}
	w.cur.WriteString(s)
}

// needSpace reports whether two pieces of text, the current paragraph
// text cur ending in prev and a piece starting with next, are separate
// words.
func needSpace(prev, next rune, cur string) bool {
	if strings.ContainsRune(",.;:!?)]}’”%…»", next) || strings.ContainsRune("([{“‘«/-–—#@$€£'\"", prev) ||
		next == '-' || next == '/' || next == '\'' {
		return false
	}
	// A drop capital: "<span>T</span>he".
	if unicode.IsUpper(prev) && unicode.IsLower(next) && len(strings.TrimSpace(cur)) <= utf8.RuneLen(prev) {
		return false
	}
	return true
}

// flush ends the current paragraph.
func (w *blockWalker) flush() {
	w.edge = false
	links := w.linkLen
	w.linkLen = 0
	if w.cur.Len() == 0 {
		return
	}
	t := normSpace(w.cur.String())
	w.cur.Reset()
	t = strings.TrimSuffix(strings.TrimPrefix(t, "| "), " |")
	if t == "" || t == "|" {
		return
	}
	b := block{text: t, linkLen: min(links, len(t))}
	if len(w.stack) > 0 {
		b.node = w.stack[len(w.stack)-1]
		if w.source {
			b.tag = b.node.DataAtom
		} else {
			b.tag = tagOf(b.node)
		}
	}
	w.out = append(w.out, b)
}

// collectText appends the text under n to sb, skipping non-text elements.
func collectText(n *html.Node, sb *strings.Builder, source bool) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			sb.WriteString(c.Data)
		case html.ElementNode:
			a := c.DataAtom
			if !source {
				a = tagOf(c)
			}
			if skipAtoms[a] {
				continue
			}
			if a == atom.Br {
				sb.WriteByte('\n')
				continue
			}
			collectText(c, sb, source)
		}
	}
}

// hidden reports whether an element of the original page is not shown.
func hidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if a.Val == "true" {
				return true
			}
		case "style":
			if strings.Contains(a.Val, "none") {
				s := strings.ReplaceAll(strings.ToLower(a.Val), " ", "")
				if strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden") {
					return true
				}
			}
		}
	}
	return false
}

// tagOf returns the atom of an element from its name: go-trafilatura
// creates and renames elements without setting DataAtom.
func tagOf(n *html.Node) atom.Atom {
	return atom.Lookup([]byte(n.Data))
}
