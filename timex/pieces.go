package timex

import (
	"unicode"
	"unicode/utf8"

	"github.com/recoupe/recoupe/internal/tokens"
)

// fromText builds the tokens of x.Src from its shared pieces (package
// internal/tokens) and looks each word up in lex. The tokens are those run
// makes of the same text: a piece of letters only is read from the
// pieces, with its folded key made from the piece's lower-case form, and
// joined to the next ones by hyphens and an elision; any other word
// piece (digits, combining marks, the apostrophe ʼ) is read from the text
// as run reads it.
func (tz *tokenizer) fromText(x *tokens.Text, lex *lexTable, fr bool) {
	tz.toks, tz.keys = tz.toks[:0], tz.keys[:0]
	text, st := x.Src, x.Toks
	var (
		sp, nl bool // white space, a line break before the next token
		i      int  // byte offset reached in the text
		rpos   int  // its rune offset
	)
	for p := 0; p < len(st); {
		t := &st[p]
		if int(t.B0) < i {
			// The rest of a word piece, after a token ending inside it.
			i, rpos = tz.one(text, i, rpos, false, false, lex, fr)
			for p < len(st) && int(st[p].B1) <= i {
				p++
			}
			continue
		}
		if t.Flags&tokens.Space != 0 {
			sp = true
			if t.Flags&tokens.Newline != 0 {
				nl = true
			} else if b0, r0 := gapStart(st, p); t.B0-b0 != t.R0-r0 && lineBreak(text[b0:t.B0]) {
				// Not ASCII white space only: U+2028, U+2029 or U+0085?
				nl = true
			}
		}
		switch {
		case t.Kind == tokens.Punct:
			if t.Ch == '\u200b' || t.Ch == '\ufeff' {
				// White space to timex, not to the pieces.
				sp = true
				p++
				continue
			}
			tz.toks = append(tz.toks, token{})
			u := &tz.toks[len(tz.toks)-1]
			u.b0, u.b1, u.r0, u.r1, u.kind, u.sp, u.nl, u.num = t.B0, t.B1, t.R0, t.R1, tPunct, sp, nl, t.Ch
			p++
			i, rpos = int(t.B1), int(t.R1)
		case lettersOnly(t):
			if q, ok := tz.wordFrom(x, p, sp, nl, lex, fr); ok {
				p = q
				i, rpos = int(st[p-1].B1), int(st[p-1].R1)
				break
			}
			i, rpos = tz.word(text, int(t.B0), int(t.R0), sp, nl, lex, fr)
			for p < len(st) && int(st[p].B1) <= i {
				p++
			}
		default:
			i, rpos = tz.one(text, int(t.B0), int(t.R0), sp, nl, lex, fr)
			for p < len(st) && int(st[p].B1) <= i {
				p++
			}
		}
		sp, nl = false, false
	}
}

// gapStart returns the byte and rune offsets where the white space
// before piece p starts.
func gapStart(st []tokens.Token, p int) (int32, int32) {
	if p == 0 {
		return 0, 0
	}
	return st[p-1].B1, st[p-1].R1
}

// lineBreak reports whether white space holds a line break other than a
// line feed: U+2028, U+2029 or U+0085.
func lineBreak(gap string) bool {
	for k := 0; k+1 < len(gap); k++ {
		switch gap[k] {
		case 0xc2: // U+0085
			if gap[k+1] == 0x85 {
				return true
			}
		case 0xe2: // U+2028, U+2029
			if k+2 < len(gap) && gap[k+1] == 0x80 && (gap[k+2] == 0xa8 || gap[k+2] == 0xa9) {
				return true
			}
		}
	}
	return false
}

// lettersOnly reports whether t is a word piece of letters only.
func lettersOnly(t *tokens.Token) bool {
	return t.Kind == tokens.Word && t.Flags&(tokens.Digit|tokens.Apos) == 0 && int32(t.Letters) == t.R1-t.R0
}

// one reads the token starting at byte i (rune rpos) inside a word piece,
// as run does, and returns the position after it.
func (tz *tokenizer) one(text string, i, rpos int, sp, nl bool, lex *lexTable, fr bool) (int, int) {
	c := text[i]
	switch {
	case c >= '0' && c <= '9':
		return tz.number(text, i, rpos, sp, nl)
	case asciiLetter[c]:
		return tz.word(text, i, rpos, sp, nl, lex, fr)
	}
	r, size := utf8.DecodeRuneInString(text[i:])
	if unicode.IsLetter(r) {
		return tz.word(text, i, rpos, sp, nl, lex, fr)
	}
	tz.toks = append(tz.toks, token{b0: int32(i), b1: int32(i + size), r0: int32(rpos), r1: int32(rpos + 1), kind: tPunct, sp: sp, nl: nl, num: r})
	return i + size, rpos + 1
}

// wordFrom reads the word starting at piece p, a piece of letters only,
// as word does, and returns the index of the piece after it. It reports
// false, having added nothing, when the word runs into a piece that is
// not letters only: word reads it then.
func (tz *tokenizer) wordFrom(x *tokens.Text, p int, sp, nl bool, lex *lexTable, fr bool) (int, bool) {
	st := x.Toks
	first := &st[p]
	// The token is written in place: a copy of it costs as much as
	// reading it.
	n0 := len(tz.toks)
	tz.toks = append(tz.toks, token{})
	t := &tz.toks[n0]
	t.b0, t.r0, t.kind, t.sp, t.nl, t.upper = first.B0, first.R0, tWord, sp, nl, first.Flags&tokens.Cap != 0
	k0 := len(tz.keys)
	hyphen, hyphenKey := -1, -1 // the first hyphen's piece and key offset
	q := p
	for {
		w := &st[q]
		if !lettersOnly(w) {
			tz.toks, tz.keys = tz.toks[:n0], tz.keys[:k0]
			return 0, false
		}
		tz.keys = appendLower(tz.keys, x.Lower(q, q+1), w.Flags&tokens.NonASCII != 0)
		q++
		if q >= len(st) || st[q].B0 != w.B1 || st[q].Kind != tokens.Punct {
			break
		}
		h := &st[q]
		if h.Ch == '-' || h.Ch == '\u2010' || h.Ch == '\u2011' {
			if n := q + 1; n < len(st) && st[n].B0 == h.B1 && st[n].Kind == tokens.Word && unicode.IsLetter(st[n].Ch) {
				if hyphen < 0 {
					hyphen, hyphenKey = q, len(tz.keys)
				}
				tz.keys = append(tz.keys, '-')
				q = n
				continue
			}
			break
		}
		if fr && (h.Ch == '\'' || h.Ch == '’') && elides(tz.keys[k0:]) {
			// l', d', qu', jusqu': the apostrophe ends the word.
			tz.keys = append(tz.keys, '\'')
			q++
			if string(tz.keys[k0:]) == "aujourd'" && hasFoldPrefix(x.Src[h.B1:], "hui") {
				if n := &st[q]; n.B1-n.B0 != 3 {
					tz.toks, tz.keys = tz.toks[:n0], tz.keys[:k0]
					return 0, false
				}
				tz.keys = append(tz.keys, "hui"...)
				q++
			}
		}
		break
	}
	last := &st[q-1]
	if tz.lookup(t, x.Src[t.b0:last.B1], k0, hyphenKey, lex, fr) {
		q = hyphen
		last = &st[q-1]
	}
	t.b1, t.r1 = last.B1, last.R1
	t.k0, t.k1 = int32(k0), int32(len(tz.keys))
	return q, true
}

// appendLower appends to b the folded form of low, the lower-case form of
// a piece of letters: low itself, without accents.
func appendLower(b []byte, low string, nonASCII bool) []byte {
	if !nonASCII {
		return append(b, low...)
	}
	for _, r := range low {
		if r < utf8.RuneSelf {
			b = append(b, byte(r))
		} else if s := unaccent(r); s != "" {
			b = append(b, s...)
		} else {
			b = utf8.AppendRune(b, r)
		}
	}
	return b
}
