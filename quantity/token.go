package quantity

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/recoupe/recoupe/internal/tokens"
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
	// low is the lower-cased token for words and symbols, with typographic
	// apostrophes folded to '\'' and dashes to '-'; for digits the digits
	// themselves.
	low string
	// fold is low without accents for words of the lexicon; for other
	// non-ASCII words it is filled on demand by parser.folded.
	fold   string
	cls    wordClass // what the lexicon says of the word or symbol
	kind   tokKind
	sp     uint8
	b0, b1 int
	r0, r1 int
}

// tokenizer holds the buffers one tokenisation reuses; tokPool recycles
// them between calls.
type tokenizer struct {
	toks    []tok
	arena   []byte     // lower-cased words that the text has in capitals
	lowers  []arenaRef // which tokens take their low from arena
	scratch []byte     // the folded word being looked up
	spans   []Span     // the figures found, before the copy returned
}

// arenaRef says that toks[tok].low is arena[a:b]; ascii is set for an
// ASCII word not in the lexicon, whose fold is then its low.
type arenaRef struct {
	tok, a, b int
	ascii     bool
}

var tokPool = sync.Pool{New: func() any { return new(tokenizer) }}

// tokenize splits text into tokens. It never fails.
func tokenize(text string) []tok {
	var z tokenizer
	return z.tokenize(text)
}

// tokenize splits text into tokens, reusing z's buffers: the tokens are
// valid until the next call.
func (z *tokenizer) tokenize(text string) []tok {
	z.arena, z.lowers = z.arena[:0], z.lowers[:0]
	return z.finish(z.scan(z.toks[:0], text, 0, len(text), 0))
}

// scan appends the tokens of text[i:end] to toks; r is the code-point
// offset of i. The first token counts as glued when no white space
// precedes it in text[i:end].
func (z *tokenizer) scan(toks []tok, text string, i, end, r int) []tok {
	sp := spNone
	var wsRunes int
	var wsRune rune
	for i < end {
		c, size := rune(text[i]), 1
		if c >= utf8.RuneSelf {
			c, size = utf8.DecodeRuneInString(text[i:])
		}
		if isSpaceRune(c) {
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
			t.kind = tWord
			i, r = z.word(t, len(toks)-1, text, i, r)
		default:
			i += size
			r++
			t.b1 = i
			setSym(t, c, text)
		}
		t.r1 = r
	}
	return toks
}

// setSym fills the symbol token t, whose rune is c.
func setSym(t *tok, c rune, text string) {
	t.kind = tSym
	switch c {
	case '’', '‘', 'ʼ', '`', '´':
		t.low = "'"
	case '–', '—', '‑', '−':
		t.low = "-"
	default:
		t.low = text[t.b0:t.b1]
	}
	t.fold = t.low
	if c < utf8.RuneSelf {
		t.cls = symClass[c]
	} else {
		t.cls = lexicon[t.low].cls
	}
}

// isSpaceRune reports the white space between tokens. Unlike
// unicode.IsSpace, it leaves out the vertical tab and the form feed,
// which are symbols here.
func isSpaceRune(c rune) bool {
	if c < utf8.RuneSelf {
		return c == ' ' || c == '\t' || c == '\n' || c == '\r'
	}
	return unicode.IsSpace(c)
}

// finish gives the tokens recorded in z.lowers their lower-case form,
// made from z.arena, and keeps toks for reuse.
func (z *tokenizer) finish(toks []tok) []tok {
	if len(z.lowers) > 0 {
		lowered := string(z.arena)
		for _, l := range z.lowers {
			toks[l.tok].low = lowered[l.a:l.b]
			if l.ascii {
				toks[l.tok].fold = toks[l.tok].low
			}
		}
	}
	z.toks = toks
	return toks
}

// word reads the word starting at byte i, rune r, into t (toks[k]): its
// end, its lower-case form and its class. It returns the byte and rune
// offsets after the word.
func (z *tokenizer) word(t *tok, k int, text string, i, r int) (int, int) {
	j := i
	upper, ascii := false, true
	for j < len(text) {
		d, n := rune(text[j]), 1
		if d >= utf8.RuneSelf {
			d, n = utf8.DecodeRuneInString(text[j:])
			if !unicode.IsLetter(d) && !unicode.Is(unicode.Mn, d) {
				break
			}
			ascii = false
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
	t.b1 = j
	w := text[i:j]
	t.low = w
	if upper {
		a := len(z.arena)
		z.arena = appendLower(z.arena, w)
		if ascii {
			e, ok := lookupLexicon(z.arena[a:])
			if ok {
				t.fold, t.cls = e.key, e.cls
			}
			z.lowers = append(z.lowers, arenaRef{k, a, len(z.arena), !ok})
			return j, r
		}
		z.lowers = append(z.lowers, arenaRef{k, a, len(z.arena), false})
		z.scratch = appendFold(z.scratch[:0], string(z.arena[a:]))
	} else if ascii {
		t.fold = w
		if e, ok := lookupLexicon(w); ok {
			t.cls = e.cls
		}
		return j, r
	} else {
		z.scratch = appendFold(z.scratch[:0], w)
	}
	if e, ok := lookupLexicon(z.scratch); ok {
		t.fold, t.cls = e.key, e.cls
	}
	return j, r
}

// appendLower appends the lower case of w to b.
func appendLower(b []byte, w string) []byte {
	for i := 0; i < len(w); {
		c := w[i]
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(w[i:])
			b = utf8.AppendRune(b, unicode.ToLower(r))
			i += size
			continue
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
		i++
	}
	return b
}

// appendFold appends the unaccented spelling of the lower-case word w to
// b ("é" -> "e", "œ" -> "oe").
func appendFold(b []byte, w string) []byte {
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			b = append(b, c)
			i++
			continue
		}
		if c == 0xC3 && i+1 < len(w) && w[i+1] >= 0x80 && w[i+1] < 0xC0 {
			if f := latin1Fold[w[i+1]&0x3F]; f != 0 {
				b = append(b, f)
				i += 2
				continue
			}
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		if r == 'œ' {
			b = append(b, "oe"...)
		} else {
			b = append(b, w[i:i+size]...)
		}
		i += size
	}
	return b
}

// foldAccents maps a lower-case French word to its unaccented spelling.
func foldAccents(s string) string {
	if isASCII(s) {
		return s
	}
	return string(appendFold(make([]byte, 0, len(s)), s))
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

// fromText makes the tokens of x.Src from the shared token stream,
// reusing z's buffers: the tokens are those tokenize returns for x.Src,
// valid until the next call. A Word of the stream is one word or one
// number here unless it mixes them or holds runes tokenize splits on
// (combining marks, digits outside ASCII, 'ʼ'): such rare words are
// scanned again. The stream's white space includes the vertical tab and
// the form feed, symbols here: a gap holding them is scanned again too.
func (z *tokenizer) fromText(x *tokens.Text) []tok {
	z.arena, z.lowers = z.arena[:0], z.lowers[:0]
	toks := z.toks[:0]
	if cap(toks) < len(x.Toks) {
		toks = make([]tok, 0, len(x.Toks)+len(x.Toks)/4)
	}
	text := x.Src
	end, rend := 0, 0 // byte and code-point offsets after the last token
	for i := range x.Toks {
		xt := &x.Toks[i]
		b0, b1, r0, r1 := int(xt.B0), int(xt.B1), int(xt.R0), int(xt.R1)
		sp := spNone
		if b0 > end {
			toks, sp = z.gap(toks, text, end, b0, rend)
		}
		end, rend = b1, r1
		if xt.Kind == tokens.Punct {
			toks = append(toks, tok{sp: sp, b0: b0, b1: b1, r0: r0, r1: r1})
			setSym(&toks[len(toks)-1], xt.Ch, text)
			continue
		}
		letters := int(xt.Letters)
		switch {
		case xt.Flags&tokens.Digit == 0 && letters == r1-r0:
			// letters only: one word
			low := text[b0:b1]
			if xt.Uppers > 0 {
				// lower-cased like tokenize: only words with a capital
				low = x.Lower(i, i+1)
			}
			var fold string
			var cls wordClass
			if xt.Flags&tokens.NonASCII == 0 {
				fold = low
				if e, ok := lookupLexicon(low); ok {
					cls = e.cls
				}
			} else {
				z.scratch = appendFold(z.scratch[:0], low)
				if e, ok := lookupLexicon(z.scratch); ok {
					fold, cls = e.key, e.cls
				}
			}
			toks = append(toks, tok{kind: tWord, sp: sp, b0: b0, b1: b1, r0: r0, r1: r1, low: low, fold: fold, cls: cls})
		case letters == 0 && xt.Flags&tokens.NonASCII == 0:
			// ASCII digits only: one number
			toks = append(toks, tok{kind: tDigit, sp: sp, b0: b0, b1: b1, r0: r0, r1: r1, low: text[b0:b1]})
		default:
			k := len(toks)
			toks = z.scan(toks, text, b0, b1, r0)
			toks[k].sp = sp
		}
	}
	if end < len(text) {
		toks, _ = z.gap(toks, text, end, len(text), rend)
	}
	return z.finish(toks)
}

// gap reads the white space text[i:j] before a token, at code-point
// offset r: it returns the space class of the token and appends the
// vertical tabs and form feeds it holds as symbols.
func (z *tokenizer) gap(toks []tok, text string, i, j, r int) ([]tok, uint8) {
	s := text[i:j]
	switch s {
	case " ":
		return toks, spSpace
	case "\u00a0", "\u202f", "\u2009":
		return toks, spThin
	}
	k := strings.LastIndexAny(s, "\v\f")
	if k < 0 {
		return toks, spOther
	}
	toks = z.scan(toks, text, i, i+k+1, r)
	switch rest := s[k+1:]; rest {
	case "":
		return toks, spNone
	case " ":
		return toks, spSpace
	case "\u00a0", "\u202f", "\u2009":
		return toks, spThin
	}
	return toks, spOther
}
