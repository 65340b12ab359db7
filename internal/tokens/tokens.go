// Package tokens splits an article's text into the small pieces every
// extractor of the facts stage starts from, once per article: runs of
// word characters and single punctuation marks, each with its byte and
// code-point offsets, its lower-case form and a few flags.
//
// The pieces are deliberately small. A run of word characters (letters,
// digits, combining marks) is one Word token; every other rune that is not
// white space is one Punct token. "Jean-Marie", "l’Union" and "a-t-il" are
// therefore several tokens, adjacent (no white space between them): each
// extractor joins them by its own rules (hyphenated names, French
// elisions, inverted pronouns) without scanning the text again. The
// lower-case forms of all tokens sit back to back in one string per text,
// so the lower-case form of adjacent tokens i..j-1 is one substring of it
// (Text.Lower), whatever the extractor joined.
//
// Invalid UTF-8 is read as it is by a range loop over a string: each bad
// byte is one code point, a Punct token whose rune is U+FFFD.
package tokens

import (
	"unicode"
	"unicode/utf8"
)

// Kind says what a token is.
type Kind uint8

// Kinds of tokens.
const (
	Word  Kind = iota + 1 // a run of letters, digits and combining marks
	Punct                 // one rune that is neither white space nor a word character
)

// Flags describe a token and the white space before it.
type Flags uint16

// Token flags.
const (
	// Space: white space comes before the token.
	Space Flags = 1 << iota
	// OneSpace: exactly one white-space rune comes before the token, and
	// it is no line feed or carriage return.
	OneSpace
	// Newline: a line feed ('\n') is in the white space before the token.
	Newline
	// Return: a carriage return ('\r') is in the white space before it.
	Return
	// Cap: the token's first rune is upper case (unicode.IsUpper).
	Cap
	// Title: the token's first rune is title case (unicode.IsTitle).
	Title
	// Digit: the token holds a digit (unicode.IsDigit).
	Digit
	// NonASCII: the token holds a rune outside ASCII.
	NonASCII
	// Apos: the token holds a typographic apostrophe (’, or ʼ, which is
	// a letter), made straight in its lower-case form.
	Apos
)

// Token is one piece of a text. Offsets are int32: a text longer than
// 1 GiB is cut there.
type Token struct {
	// B0 and B1 are the byte offsets of the token in the text, B1
	// excluded; R0 and R1 its code-point offsets.
	B0, B1 int32
	R0, R1 int32
	// L0 and L1 delimit the token's lower-case form in the string
	// Text.Lower returns.
	L0, L1 int32
	// NL is the code-point offset of the first line feed in the white
	// space before the token, -1 when there is none.
	NL int32
	// Letters counts the letters of a Word (unicode.IsLetter, but for
	// the apostrophe ʼ), Uppers those of them in upper case; both stop at
	// 65535.
	Letters, Uppers uint16
	// Ch is the token's first rune (the punctuation mark of a Punct).
	Ch    rune
	Kind  Kind
	Flags Flags
}

// Is reports whether all of flags f are set on t.
func (t *Token) Is(f Flags) bool { return t.Flags&f == f }

// Text is a text and its tokens. A zero Text is ready for Reset; one Text
// reused across texts reuses its memory.
type Text struct {
	// Src is the text.
	Src string
	// Toks are its tokens in order.
	Toks []Token
	// TrailNL is the code-point offset of the first line feed in the
	// white space ending the text, -1 when there is none.
	TrailNL int32
	// Runes is the length of the text in code points.
	Runes int32

	lower string
	buf   []byte
}

// New tokenizes src.
func New(src string) *Text {
	x := new(Text)
	x.Reset(src)
	return x
}

// maxLen caps the text read: offsets are int32.
const maxLen = 1<<30 - 1

// Reset tokenizes src into x, reusing x's memory. The lower-case forms
// are written to one buffer and made one string: the only allocation once
// x's slices are large enough.
func (x *Text) Reset(src string) {
	if len(src) > maxLen {
		src = src[:maxLen]
	}
	x.Src = src
	x.Toks = x.Toks[:0]
	buf := x.buf[:0]
	if cap(buf) < len(src) {
		buf = make([]byte, 0, len(src)+len(src)/8)
	}
	var (
		r      int32 // code-point offset of i
		spaces int   // white-space runes since the last token
		flags  Flags // white-space flags for the next token
		nl     = int32(-1)
	)
	for i := 0; i < len(src); {
		c, size := rune(src[i]), 1
		if c >= utf8.RuneSelf {
			c, size = utf8.DecodeRuneInString(src[i:])
		}
		if isSpace(c) {
			spaces++
			flags |= Space
			switch c {
			case '\n':
				flags |= Newline
				if nl < 0 {
					nl = r
				}
			case '\r':
				flags |= Return
			}
			i += size
			r++
			continue
		}
		if spaces == 1 && flags&(Newline|Return) == 0 {
			flags |= OneSpace
		}
		t := Token{B0: int32(i), R0: r, NL: nl, Ch: c, Flags: flags, L0: int32(len(buf))}
		spaces, flags, nl = 0, 0, -1
		if !isWordRune(c) {
			t.Kind = Punct
			switch {
			case c < utf8.RuneSelf:
				buf = append(buf, byte(c))
			case c == '’':
				buf = append(buf, '\'')
				t.Flags |= NonASCII | Apos
			default:
				// An invalid byte reads as U+FFFD, as in a range loop.
				buf = utf8.AppendRune(buf, unicode.ToLower(c))
				t.Flags |= NonASCII
			}
			i += size
			r++
			t.B1, t.R1, t.L1 = int32(i), r, int32(len(buf))
			x.Toks = append(x.Toks, t)
			continue
		}
		t.Kind = Word
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				t.Flags |= Cap
			}
		} else {
			if unicode.IsUpper(c) {
				t.Flags |= Cap
			}
			if unicode.IsTitle(c) {
				t.Flags |= Title
			}
		}
		var letters, uppers int
		for i < len(src) {
			c := src[i]
			if c < utf8.RuneSelf {
				switch {
				case 'a' <= c && c <= 'z':
					letters++
				case 'A' <= c && c <= 'Z':
					letters++
					uppers++
					c += 'a' - 'A'
				case '0' <= c && c <= '9':
					t.Flags |= Digit
				default:
					goto end
				}
				buf = append(buf, c)
				i++
				r++
				continue
			}
			d, dsize := utf8.DecodeRuneInString(src[i:])
			switch {
			case d == 'ʼ':
				// A letter, but an apostrophe all the same: not counted.
				t.Flags |= NonASCII | Apos
				buf = append(buf, '\'')
				i += dsize
				r++
				continue
			case unicode.IsLetter(d):
				letters++
				if unicode.IsUpper(d) {
					uppers++
				}
			case unicode.IsDigit(d):
				t.Flags |= Digit
			case unicode.IsMark(d):
			default:
				goto end
			}
			t.Flags |= NonASCII
			buf = utf8.AppendRune(buf, unicode.ToLower(d))
			i += dsize
			r++
		}
	end:
		t.Letters, t.Uppers = uint16(min(letters, 1<<16-1)), uint16(min(uppers, 1<<16-1))
		t.B1, t.R1, t.L1 = int32(i), r, int32(len(buf))
		x.Toks = append(x.Toks, t)
	}
	x.TrailNL, x.Runes = nl, r
	x.buf = buf
	x.lower = string(buf)
}

// Lower returns the lower-case form of tokens i to j-1, which must be
// adjacent for it to be the lower-case form of the text they cover:
// runes lower-cased with unicode.ToLower, typographic apostrophes (’ ʼ)
// made straight ('). It returns "" when i >= j.
func (x *Text) Lower(i, j int) string {
	if i >= j {
		return ""
	}
	return x.lower[x.Toks[i].L0:x.Toks[j-1].L1]
}

// Adjacent reports whether token i directly follows token i-1, with no
// white space between them.
func (x *Text) Adjacent(i int) bool {
	return i > 0 && i < len(x.Toks) && x.Toks[i].B0 == x.Toks[i-1].B1
}

// Source returns the text of tokens i to j-1 with what lies between
// them.
func (x *Text) Source(i, j int) string {
	if i >= j {
		return ""
	}
	return x.Src[x.Toks[i].B0:x.Toks[j-1].B1]
}

// isSpace reports white space: unicode.IsSpace, with a fast path for
// ASCII.
func isSpace(c rune) bool {
	if c < utf8.RuneSelf {
		return c == ' ' || '\t' <= c && c <= '\r'
	}
	return unicode.IsSpace(c)
}

// isWordRune reports a letter, a digit or a combining mark.
func isWordRune(c rune) bool {
	if c < utf8.RuneSelf {
		return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return unicode.IsLetter(c) || unicode.IsDigit(c) || unicode.IsMark(c)
}

// IsWordRune reports whether c is part of Word tokens: a letter, a digit
// or a combining mark.
func IsWordRune(c rune) bool { return isWordRune(c) }
