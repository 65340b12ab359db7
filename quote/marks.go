package quote

import "unicode"

// piece is one top-level quoted span found by pairing quote marks. A quote
// running over several paragraphs is a chain of pieces, one per paragraph.
type piece struct {
	// open and close are the rune offsets of the opening and closing
	// marks. open is the offset of the paragraph break for a piece that
	// continues the previous one without a mark; close is -1 when the
	// paragraph's end closes the piece.
	open, close int
	// start and end delimit the quoted words, spaces trimmed.
	start, end int
	// mark is the opening mark.
	mark rune
	// contPrev and contNext say the piece continues the previous piece or
	// is continued by the next one.
	contPrev, contNext bool
}

// opener is a quote mark waiting for its closing mark.
type opener struct {
	pos  int
	mark rune
	cont bool
}

// closerOf returns the closing mark of an opening mark.
func closerOf(m rune) rune {
	switch m {
	case '«':
		return '»'
	case '“', '„':
		return '”'
	case '‹':
		return '›'
	}
	return m
}

// pairer pairs the quote marks of a text.
type pairer struct {
	rs     []rune
	stack  []opener
	pieces []piece
}

// pair finds the top-level quotes of rs. Marks nested inside a quote are
// paired too but not reported.
func (p *pairer) pair() {
	rs := p.rs
	var carry *opener
	var carried opener
	for ps := 0; ps < len(rs); {
		pe := ps
		for pe < len(rs) && rs[pe] != '\n' {
			pe++
		}
		if blank(rs[ps:pe]) {
			ps = pe + 1
			continue // a carried quote goes on in the next paragraph
		}
		p.stack = p.stack[:0]
		skip := -1
		if carry != nil {
			p.stack = append(p.stack, *carry)
			if carry.pos >= ps {
				skip = carry.pos // the paragraph's own opening mark, consumed
			}
			carry = nil
		}
		for j := ps; j < pe; j++ {
			if r := rs[j]; (r == '"' || r >= '«' && isMarkRune(r)) && j != skip {
				p.mark(j, ps, pe)
			}
		}
		if len(p.stack) > 0 {
			b := p.stack[0]
			next := pe
			for next < len(rs) && (rs[next] == '\n' || isSpace(rs[next])) {
				next++
			}
			switch {
			case next < len(rs) && next > pe && p.opensAs(next, b.mark):
				p.record(b, pe, -1, true)
				carried = opener{pos: next, mark: b.mark, cont: true}
				carry = &carried
			case next < len(rs) && next > pe && p.closesFirst(next, b.mark):
				p.record(b, pe, -1, true)
				carried = opener{pos: next - 1, mark: b.mark, cont: true}
				carry = &carried
			case b.mark != '"':
				p.record(b, pe, -1, false)
			}
		}
		ps = pe + 1
	}
}

// opensAs reports whether the mark at i opens a quote the way mark m does,
// as the French convention repeats the opening mark at the start of each
// paragraph of a long quote.
func (p *pairer) opensAs(i int, m rune) bool {
	r := p.rs[i]
	if r == m {
		return true
	}
	return (m == '“' || m == '„') && (r == '“' || r == '„')
}

// closesFirst reports whether the paragraph starting at i closes a quote
// opened with m before it opens another one.
func (p *pairer) closesFirst(i int, m rune) bool {
	if m == '"' {
		return false
	}
	c := closerOf(m)
	for ; i < len(p.rs) && p.rs[i] != '\n'; i++ {
		switch p.rs[i] {
		case c:
			return true
		case m:
			return false
		}
	}
	return false
}

// mark handles the rune at j, in the paragraph [ps, pe).
func (p *pairer) mark(j, ps, pe int) {
	rs := p.rs
	switch r := rs[j]; r {
	case '«', '‹', '„':
		p.stack = append(p.stack, opener{pos: j, mark: r})
	case '»', '›':
		p.close(j, func(m rune) bool { return m == closerOfRev(r) })
	case '“':
		if n := len(p.stack); n > 0 && p.stack[n-1].mark == '„' {
			p.close(j, func(m rune) bool { return m == '„' })
			return
		}
		p.stack = append(p.stack, opener{pos: j, mark: r})
	case '”':
		if p.find(func(m rune) bool { return m == '“' || m == '„' }) >= 0 {
			p.close(j, func(m rune) bool { return m == '“' || m == '„' })
			return
		}
		// A right mark used as an opening one: ”text”.
		if (j == ps || isOpenSide(rs[j-1])) && j+1 < pe && !isCloseSide(rs[j+1]) {
			p.stack = append(p.stack, opener{pos: j, mark: '“'})
		}
	case '"':
		prev, next := ' ', ' '
		if j > ps {
			prev = rs[j-1]
		}
		if j+1 < pe {
			next = rs[j+1]
		}
		if d := p.find(func(m rune) bool { return m == '"' }); d >= 0 {
			p.close(j, func(m rune) bool { return m == '"' })
			return
		}
		if unicode.IsDigit(prev) {
			return // an inch or second mark: 27"
		}
		if isCloseSide(next) && !isOpenSide(prev) {
			return // a closing mark without its opening one
		}
		p.stack = append(p.stack, opener{pos: j, mark: '"'})
	}
}

// closerOfRev returns the opening mark of a closing guillemet.
func closerOfRev(r rune) rune {
	if r == '›' {
		return '‹'
	}
	return '«'
}

// find returns the index in the stack of the innermost opener accepted by
// ok, -1 if none.
func (p *pairer) find(ok func(rune) bool) int {
	for d := len(p.stack) - 1; d >= 0; d-- {
		if ok(p.stack[d].mark) {
			return d
		}
	}
	return -1
}

// close closes, at j, the innermost opener accepted by ok, dropping the
// openers inside it; a closing mark without opener is ignored.
func (p *pairer) close(j int, ok func(rune) bool) {
	d := p.find(ok)
	if d < 0 {
		return
	}
	if d == 0 {
		p.record(p.stack[0], j, j, false)
	}
	p.stack = p.stack[:d]
}

// record adds the piece opened by o and ending at end (the closing mark,
// or the paragraph end when close is -1).
func (p *pairer) record(o opener, end, close int, contNext bool) {
	s, e := o.pos+1, end
	for s < e && isSpace(p.rs[s]) {
		s++
	}
	for e > s && isSpace(p.rs[e-1]) {
		e--
	}
	if s >= e {
		return
	}
	p.pieces = append(p.pieces, piece{open: o.pos, close: close, start: s, end: e, mark: o.mark, contPrev: o.cont, contNext: contNext})
}

// isOpenSide reports whether r, before a mark, makes it an opening one.
func isOpenSide(r rune) bool {
	if isSpace(r) {
		return true
	}
	switch r {
	case '(', '[', '{', '—', '–', '-', '/', '«', '“', '‘', ':':
		return true
	}
	return false
}

// isCloseSide reports whether r, after a mark, makes it a closing one.
func isCloseSide(r rune) bool {
	if isSpace(r) {
		return true
	}
	switch r {
	case '.', ',', ';', ':', '!', '?', ')', ']', '}', '…', '»', '”', '’':
		return true
	}
	return false
}

// blank reports whether rs holds only spaces.
func blank(rs []rune) bool {
	for _, r := range rs {
		if !isSpace(r) {
			return false
		}
	}
	return true
}

// isMarkRune reports whether r is a quote mark.
func isMarkRune(r rune) bool {
	switch r {
	case '"', '«', '»', '“', '”', '„', '‹', '›':
		return true
	}
	return false
}
