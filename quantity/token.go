package quantity

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

type tokKind uint8

const (
	tWord  tokKind = iota + 1 // a run of letters
	tDigit                    // a run of ASCII digits
	tSym                      // any other single rune
)

// space classes: what separates a token from the previous one.
const (
	spNone  uint8 = iota // glued to the previous token
	spSpace              // exactly one U+0020
	spThin               // exactly one no-break, narrow no-break or thin space
	spOther              // any other run of white space
)

// tok is one token of the text. Offsets are byte offsets (b0, b1) and
// code-point offsets (r0, r1).
type tok struct {
	kind   tokKind
	sp     uint8
	b0, b1 int
	r0, r1 int
	// low is the lower-cased token for words and symbols, with typographic
	// apostrophes folded to '\''; for digits the digits themselves.
	low string
	// fold is low without accents, filled on demand by parser.folded for
	// non-ASCII words.
	fold string
}

// tokPool recycles token slices between calls.
var tokPool = sync.Pool{New: func() any { return new([]tok) }}

// tokenize splits text into tokens. It never fails.
func tokenize(text string) []tok {
	return tokenizeInto(make([]tok, 0, len(text)/4+1), text)
}

// tokenizeInto appends the tokens of text to toks[:0].
func tokenizeInto(toks []tok, text string) []tok {
	toks = toks[:0]
	r := 0 // rune offset
	sp := spNone
	var wsRunes int
	var wsRune rune
	for i := 0; i < len(text); {
		c, size := rune(text[i]), 1
		if c >= utf8.RuneSelf {
			c, size = utf8.DecodeRuneInString(text[i:])
		}
		switch {
		case c == ' ' || c == '\u00a0' || c == '\u202f' || c == '\u2009' || c == '\t' || c == '\n' || c == '\r' || (c >= utf8.RuneSelf && unicode.IsSpace(c)):
			wsRunes++
			wsRune = c
			i += size
			r++
			continue
		}
		if wsRunes > 0 {
			switch {
			case wsRunes == 1 && wsRune == ' ':
				sp = spSpace
			case wsRunes == 1 && (wsRune == '\u00a0' || wsRune == '\u202f' || wsRune == '\u2009'):
				sp = spThin
			default:
				sp = spOther
			}
		} else {
			sp = spNone
		}
		wsRunes = 0
		toks = append(toks, tok{sp: sp, b0: i, r0: r})
		t := &toks[len(toks)-1]
		switch {
		case c >= '0' && c <= '9':
			j := i
			for j < len(text) && text[j] >= '0' && text[j] <= '9' {
				j++
			}
			t.kind = tDigit
			t.b1 = j
			r += j - i
			i = j
			t.low = text[t.b0:t.b1]
		case isLetter(c):
			j := i
			upper := false
			for j < len(text) {
				d, n := rune(text[j]), 1
				if d >= utf8.RuneSelf {
					d, n = utf8.DecodeRuneInString(text[j:])
					if !unicode.IsLetter(d) && !unicode.Is(unicode.Mn, d) {
						break
					}
					if unicode.IsUpper(d) {
						upper = true
					}
				} else {
					if !(d >= 'a' && d <= 'z' || d >= 'A' && d <= 'Z') {
						break
					}
					if d <= 'Z' {
						upper = true
					}
				}
				j += n
				r++
			}
			t.kind = tWord
			t.b1 = j
			i = j
			t.low = text[t.b0:t.b1]
			if upper {
				t.low = strings.ToLower(t.low)
			}
		default:
			t.kind = tSym
			i += size
			r++
			t.b1 = i
			switch c {
			case '’', '‘', 'ʼ', '`', '´':
				t.low = "'"
			case '–', '—', '‑', '−':
				t.low = "-"
			default:
				t.low = text[t.b0:t.b1]
			}
		}
		t.r1 = r
	}
	return toks
}

// foldAccents maps a lower-case French word to its unaccented spelling.
func foldAccents(s string) string {
	if isASCII(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			b.WriteByte(c)
			i++
			continue
		}
		if c == 0xC3 && i+1 < len(s) {
			if f := latin1Fold[s[i+1]&0x3F]; f != 0 && s[i+1] >= 0x80 && s[i+1] < 0xC0 {
				b.WriteByte(f)
				i += 2
				continue
			}
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == 'œ' {
			b.WriteString("oe")
		} else {
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// latin1Fold maps the second byte (low six bits) of the UTF-8 encoding of
// U+00C0..U+00FF to its unaccented lower-case ASCII letter, 0 for none.
var latin1Fold = func() [64]byte {
	var t [64]byte
	for _, p := range []struct {
		r rune
		b byte
	}{
		{'à', 'a'}, {'â', 'a'}, {'ä', 'a'}, {'á', 'a'}, {'é', 'e'}, {'è', 'e'}, {'ê', 'e'}, {'ë', 'e'},
		{'î', 'i'}, {'ï', 'i'}, {'í', 'i'}, {'ô', 'o'}, {'ö', 'o'}, {'ó', 'o'}, {'ù', 'u'}, {'û', 'u'},
		{'ü', 'u'}, {'ú', 'u'}, {'ç', 'c'},
	} {
		t[(p.r-0xC0)&0x3F] = p.b
	}
	return t
}()

func isLetter(c rune) bool {
	if c < utf8.RuneSelf {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
	}
	return unicode.IsLetter(c)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
