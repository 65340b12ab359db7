package timex

import (
	"unicode"
	"unicode/utf8"
)

// tokKind is the coarse class of a token.
type tokKind uint8

const (
	tWord  tokKind = iota + 1 // letters, with inner hyphens and French elision
	tNum                      // a run of ASCII digits
	tPunct                    // any other single non-space rune
)

// token is one unit of the text, found once per call to Find. Offsets are
// kept both in bytes (for slicing the text) and in runes (for Span).
type token struct {
	b0, b1 int32 // byte offsets into the text
	r0, r1 int32 // rune offsets into the text
	k0, k1 int32 // tWord: its folded form in the key arena
	num    int32 // tNum: its value (capped), tPunct: the rune
	ndig   int16 // tNum: number of digits
	kind   tokKind
	sp     bool   // white space between the previous token and this one
	nl     bool   // a line break between the previous token and this one
	upper  bool   // tWord whose first letter is upper case
	lex    uint16 // index of the word's lexicon entry, 0 if none
}

// maxNum caps the value kept for long digit runs; no rule needs more.
const maxNum = 1 << 30

// keyBuf is big enough for any lexicon key; longer words are never looked up.
const keyBuf = 40

// tokenizer splits a text into tokens. Its slices are reused between calls.
type tokenizer struct {
	toks  []token
	keys  []byte // folded words, lower case without accents, back to back
	cache []int8 // the tense cache of state, reused
}

// tenses returns a zeroed cache of n entries.
func (tz *tokenizer) tenses(n int) []int8 {
	if cap(tz.cache) < n {
		tz.cache = make([]int8, n)
	}
	c := tz.cache[:n]
	clear(c)
	return c
}

// run tokenizes text and looks each word up in lex.
func (tz *tokenizer) run(text string, lex *lexTable, fr bool) {
	tz.toks, tz.keys = tz.toks[:0], tz.keys[:0]
	if len(text) > 1<<30 {
		text = text[:1<<30] // offsets are int32
	}
	var (
		rpos   int // rune offset of byte i
		sp, nl bool
		i      int
	)
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
				sp = true
				i++
				rpos++
				continue
			case c == '\n':
				sp, nl = true, true
				i++
				rpos++
				continue
			case c >= '0' && c <= '9':
				i, rpos = tz.number(text, i, rpos, sp, nl)
				sp, nl = false, false
				continue
			case asciiLetter[c]:
				i, rpos = tz.word(text, i, rpos, sp, nl, lex, fr)
				sp, nl = false, false
				continue
			}
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if r == utf8.RuneError && size <= 1 {
			// Invalid byte: one rune of punctuation, so offsets stay exact.
			tz.toks = append(tz.toks, token{b0: int32(i), b1: int32(i + 1), r0: int32(rpos), r1: int32(rpos + 1), kind: tPunct, sp: sp, nl: nl, num: int32(utf8.RuneError)})
			i++
			rpos++
			sp, nl = false, false
			continue
		}
		if isSpace(r) {
			sp = true
			if r == '\u2028' || r == '\u2029' || r == '\u0085' {
				nl = true
			}
			i += size
			rpos++
			continue
		}
		if !unicode.IsLetter(r) {
			tz.toks = append(tz.toks, token{b0: int32(i), b1: int32(i + size), r0: int32(rpos), r1: int32(rpos + 1), kind: tPunct, sp: sp, nl: nl, num: int32(r)})
			i += size
			rpos++
			sp, nl = false, false
			continue
		}
		i, rpos = tz.word(text, i, rpos, sp, nl, lex, fr)
		sp, nl = false, false
	}
}

// number reads the run of ASCII digits starting at byte i (rune rpos) and
// returns the position after it.
func (tz *tokenizer) number(text string, i, rpos int, sp, nl bool) (int, int) {
	t := token{b0: int32(i), r0: int32(rpos), kind: tNum, sp: sp, nl: nl}
	v := 0
	for i < len(text) && text[i] >= '0' && text[i] <= '9' {
		if v < maxNum {
			v = v*10 + int(text[i]-'0')
		}
		if t.ndig < 1<<14 {
			t.ndig++
		}
		i++
		rpos++
	}
	t.num, t.b1, t.r1 = int32(min(v, maxNum)), int32(i), int32(rpos)
	tz.toks = append(tz.toks, t)
	return i, rpos
}

// word reads the word starting at byte i (rune rpos): letters, joined by
// single hyphens to further letters, with a French elision's apostrophe.
// It returns the position after it.
func (tz *tokenizer) word(text string, i, rpos int, sp, nl bool, lex *lexTable, fr bool) (int, int) {
	t := token{b0: int32(i), r0: int32(rpos), kind: tWord, sp: sp, nl: nl}
	if c := text[i]; c < utf8.RuneSelf {
		t.upper = c >= 'A' && c <= 'Z'
	} else {
		r0, _ := utf8.DecodeRuneInString(text[i:])
		t.upper = unicode.IsUpper(r0)
	}
	k0 := len(tz.keys)
	hyphenAt, hyphenRune, hyphenKey := -1, 0, 0
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			if asciiLetter[c] {
				// A run of ASCII letters, copied and lower-cased at once.
				j := i + 1
				for j < len(text) && asciiLetter[text[j]] {
					j++
				}
				k := len(tz.keys)
				tz.keys = append(tz.keys, text[i:j]...)
				for ; k < len(tz.keys); k++ {
					tz.keys[k] |= 0x20
				}
				rpos += j - i
				i = j
				continue
			}
			if c == '-' && i+1 < len(text) {
				r2, _ := utf8.DecodeRuneInString(text[i+1:])
				if unicode.IsLetter(r2) {
					if hyphenAt < 0 {
						hyphenAt, hyphenRune, hyphenKey = i, rpos, len(tz.keys)
					}
					tz.keys = append(tz.keys, '-')
					i++
					rpos++
					continue
				}
			}
			if fr && c == '\'' && tz.elision(text, &i, &rpos, k0) {
				break
			}
			break
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if unicode.IsLetter(r) {
			tz.keys = foldRune(tz.keys, r)
			i += size
			rpos++
			continue
		}
		if r == '\u2010' || r == '\u2011' {
			if j := i + size; j < len(text) {
				r2, _ := utf8.DecodeRuneInString(text[j:])
				if unicode.IsLetter(r2) {
					if hyphenAt < 0 {
						hyphenAt, hyphenRune, hyphenKey = i, rpos, len(tz.keys)
					}
					tz.keys = append(tz.keys, '-')
					i += size
					rpos++
					continue
				}
			}
		}
		if fr && r == '\u2019' && tz.elision(text, &i, &rpos, k0) {
			break
		}
		break
	}
	if hyphenAt < 0 {
		hyphenKey = -1
	}
	if tz.lookup(&t, text[t.b0:i], k0, hyphenKey, lex, fr) {
		i, rpos = hyphenAt, hyphenRune
	}
	t.b1, t.r1 = int32(i), int32(rpos)
	t.k0, t.k1 = int32(k0), int32(len(tz.keys))
	tz.toks = append(tz.toks, t)
	return i, rpos
}

// lookup finds the lexicon entry of word t, written raw, whose folded form
// is tz.keys[k0:], with its first hyphen at hyphenKey in tz.keys (-1 when
// it has none). It reports whether the word is to end before that hyphen
// ("mars-avril"), its key then cut there.
func (tz *tokenizer) lookup(t *token, raw string, k0, hyphenKey int, lex *lexTable, fr bool) (split bool) {
	key := tz.keys[k0:]
	if fr && (string(key) == "a" || string(key) == "des") && !isASCII(raw) {
		// à and dès are not a and des: keep the accent.
		if len(key) == 1 {
			tz.keys = append(tz.keys[:k0], "à"...)
		} else {
			tz.keys = append(tz.keys[:k0], "dès"...)
		}
		key = tz.keys[k0:]
	}
	if len(key) > keyBuf {
		return false
	}
	t.lex = lex.index(key)
	if t.lex != 0 || hyphenKey < 0 {
		return false
	}
	k := len(key)
	switch {
	case k > 3 && (string(key[k-3:]) == "-ci" || string(key[k-3:]) == "-la"):
		// mois-ci, semaine-là: the head word.
		if x := lex.index(key[:k-3]); x != 0 && lex.list[x].cls&(cUnit|cPOD|cSeason) != 0 {
			t.lex = x
		}
	default:
		// mars-avril, samedi-dimanche: split at the hyphen.
		if x := lex.index(tz.keys[k0:hyphenKey]); x != 0 && lex.list[x].cls&(cMonth|cWeekday|cDeictic|cSeason) != 0 {
			t.lex = x
			tz.keys = tz.keys[:hyphenKey]
			return true
		}
	}
	return false
}

// elision handles an apostrophe at text[*i] after the word whose key
// starts at k0: French elision (l', d', qu', jusqu') keeps it, and
// aujourd'hui is one word. It reports whether the word ends there.
func (tz *tokenizer) elision(text string, i, rpos *int, k0 int) bool {
	if !elides(tz.keys[k0:]) {
		return false
	}
	_, size := utf8.DecodeRuneInString(text[*i:])
	tz.keys = append(tz.keys, '\'')
	*i += size
	*rpos++
	if string(tz.keys[k0:]) == "aujourd'" && hasFoldPrefix(text[*i:], "hui") {
		tz.keys = append(tz.keys, "hui"...)
		*i += 3
		*rpos += 3
	}
	return true
}

// elides reports whether a folded French word takes an elided form before
// a vowel (the apostrophe is then part of the word).
func elides(w []byte) bool {
	switch string(w) {
	case "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu", "aujourd":
		return true
	}
	return false
}

// hasFoldPrefix reports whether s starts with the ASCII lower-case word p,
// ignoring case, not followed by another letter.
func hasFoldPrefix(s, p string) bool {
	if len(s) < len(p) {
		return false
	}
	for i := 0; i < len(p); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != p[i] {
			return false
		}
	}
	if len(s) > len(p) {
		r, _ := utf8.DecodeRuneInString(s[len(p):])
		if unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

func isSpace(r rune) bool {
	switch r {
	case '\u00a0', '\u202f', '\u2009', '\u2007', '\u200b', '\ufeff':
		return true
	}
	return unicode.IsSpace(r)
}

// foldAppend writes the lower-case, accent-free form of r at buf[k:] and
// returns the new length; ok is false when buf is full.
func foldAppend(buf []byte, k int, r rune) (int, bool) {
	if r < utf8.RuneSelf {
		if k >= len(buf) {
			return k, false
		}
		c := byte(r)
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[k] = c
		return k + 1, true
	}
	lr := unicode.ToLower(r)
	s := unaccent(lr)
	if s == "" {
		// Other letters are kept as they are (lower-cased).
		n := utf8.RuneLen(lr)
		if n < 0 || k+n > len(buf) {
			return k, false
		}
		utf8.EncodeRune(buf[k:], lr)
		return k + n, true
	}
	if k+len(s) > len(buf) {
		return k, false
	}
	copy(buf[k:], s)
	return k + len(s), true
}

// unaccent returns the accent-free form of the lower-case letter r, ""
// when it has none.
func unaccent(r rune) string {
	switch r {
	case 'à', 'â', 'ä', 'á', 'ã', 'å':
		return "a"
	case 'é', 'è', 'ê', 'ë':
		return "e"
	case 'î', 'ï', 'í', 'ì':
		return "i"
	case 'ô', 'ö', 'ó', 'ò', 'õ':
		return "o"
	case 'û', 'ü', 'ú', 'ù':
		return "u"
	case 'ç':
		return "c"
	case 'ÿ':
		return "y"
	case 'ñ':
		return "n"
	case 'œ':
		return "oe"
	case 'æ':
		return "ae"
	}
	return ""
}

// foldRune appends the folded form of a non-ASCII letter r.
func foldRune(b []byte, r rune) []byte {
	var buf [8]byte
	k, ok := foldAppend(buf[:], 0, r)
	if !ok {
		return b
	}
	return append(b, buf[:k]...)
}

// fold returns the folded form of a word (lower case, no accents), for
// building tables and for the rare rules that inspect a word's ending.
func fold(w string) string {
	var buf [keyBuf]byte
	k := 0
	for _, r := range w {
		if r == '\u2019' {
			r = '\''
		}
		var ok bool
		k, ok = foldAppend(buf[:], k, r)
		if !ok {
			return ""
		}
	}
	return string(buf[:k])
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// asciiLetter marks A-Z and a-z.
var asciiLetter = func() (t [256]bool) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = true, true
	}
	return t
}()
