package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is one word or punctuation mark of a text.
type token struct {
	s      string // the token as written
	lower  string // lower-cased, apostrophes straight (words only)
	b0, b1 int    // byte offsets
	r0, r1 int    // code-point offsets
	word   bool   // letters or digits
	cap    bool   // word starting with an upper-case letter
	upper  bool   // word of at least two letters, all upper-case
	digit  bool   // word holding a digit
	elided bool   // French elided article or preposition, "l'", "d'"
	start  bool   // first word of a sentence or line
	gap    bool   // separated from the previous token by something other than one space
	cues   cue    // the cue lists the lower-cased word belongs to
}

// tokenize splits text into words and punctuation marks. Hyphens and
// apostrophes inside words are kept ("Jean-Marie", "O'Brien"), except after
// a French elision ("l'Union" is "l'" and "Union").
func tokenize(text string, toks []token) []token {
	toks = toks[:0]
	r := 0 // rune offset of i
	sentence := true
	spaceRun := 0
	newline := false
	for i := 0; i < len(text); {
		c, size := rune(text[i]), 1
		if c >= utf8.RuneSelf {
			c, size = utf8.DecodeRuneInString(text[i:])
		}
		if isSpace(c) {
			spaceRun++
			if c == '\n' || c == '\r' {
				newline = true
			}
			i += size
			r++
			continue
		}
		gap := spaceRun != 1 || newline
		if newline {
			sentence = true
		}
		if isWordRune(c) {
			// Scan a word: letters, digits, inner hyphens, apostrophes, dots of numbers.
			j, rj := i, r
			for j < len(text) {
				d, dsize := rune(text[j]), 1
				if d >= utf8.RuneSelf {
					d, dsize = utf8.DecodeRuneInString(text[j:])
				}
				if d < utf8.RuneSelf && asciiWord[d] || d >= utf8.RuneSelf && isWordRune(d) {
					j += dsize
					rj++
					continue
				}
				if (d == '-' || d == '\'' || d == '’' || d == 'ʼ') && j+dsize < len(text) {
					e, _ := utf8.DecodeRuneInString(text[j+dsize:])
					if isWordRune(e) {
						if d != '-' && j-i <= 7 && elisions[strings.ToLower(text[i:j])] {
							// "l'Union": the elided part is its own token.
							j += dsize
							rj++
							break
						}
						j += dsize
						rj++
						continue
					}
				}
				break
			}
			// An English possessive is not part of the name: "Russia’s".
			if n := j - i; n > 4 && text[j-1] == 's' {
				switch {
				case text[j-2] == '\'':
					j, rj = j-2, rj-2
				case strings.HasSuffix(text[i:j-1], "’"):
					j, rj = j-4, rj-2
				}
			}
			toks = append(toks, makeWord(text[i:j], i, j, r, rj, sentence, gap))
			sentence = false
			i, r = j, rj
		} else {
			toks = append(toks, token{s: text[i : i+size], b0: i, b1: i + size, r0: r, r1: r + 1, gap: gap})
			switch c {
			case '.', '!', '?', '…', ':', ';', '«', '"', '“', '”', '»', '—', '–', '•', '|':
				if c == '.' && len(toks) >= 2 && isInitialDot(toks, text) {
					break
				}
				sentence = true
			case '-':
				// A hyphen standing between spaces is a dash: "SOFIA, 4 mars
				// (Reuters) - Au moins 12 personnes".
				if (spaceRun > 0 || newline) && i+1 < len(text) && (text[i+1] == ' ' || text[i+1] == '\n') {
					sentence = true
				}
			}
			i += size
			r++
		}
		spaceRun = 0
		newline = false
	}
	return toks
}

// isInitialDot reports whether the '.' just appended follows a single
// capital letter or a title abbreviation ("W." "M."), so that it does not
// end a sentence.
func isInitialDot(toks []token, text string) bool {
	prev := toks[len(toks)-2]
	if !prev.word || prev.b1 != toks[len(toks)-1].b0 {
		return false
	}
	if utf8.RuneCountInString(prev.s) == 1 && prev.cap {
		return true
	}
	return prev.is(cTitle) && prev.cap
}

func isSpace(c rune) bool {
	if c < utf8.RuneSelf {
		return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\v' || c == '\f'
	}
	return unicode.IsSpace(c) || c == '\u00a0' || c == '\u202f'
}

// asciiWord marks the ASCII letters and digits.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

func isWordRune(c rune) bool {
	if c < utf8.RuneSelf {
		return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return unicode.IsLetter(c) || unicode.IsDigit(c) || unicode.Is(unicode.Mn, c)
}

func makeWord(s string, b0, b1, r0, r1 int, start, gap bool) token {
	t := token{s: s, lower: s, b0: b0, b1: b1, r0: r0, r1: r1, word: true, start: start, gap: gap}
	letters, uppers := 0, 0
	ascii := true
	for k := 0; k < len(s); k++ {
		c := s[k]
		switch {
		case c >= utf8.RuneSelf:
			ascii = false
		case 'a' <= c && c <= 'z':
			letters++
		case 'A' <= c && c <= 'Z':
			letters++
			uppers++
		case '0' <= c && c <= '9':
			t.digit = true
		}
	}
	curly := false // a typographic apostrophe to straighten
	if !ascii {
		letters, uppers = 0, 0
		for _, c := range s {
			switch {
			case c < utf8.RuneSelf:
				switch {
				case 'a' <= c && c <= 'z':
					letters++
				case 'A' <= c && c <= 'Z':
					letters++
					uppers++
				case '0' <= c && c <= '9':
					t.digit = true
				}
			case c == '’' || c == 'ʼ':
				curly = true
			case unicode.IsLetter(c):
				letters++
				if unicode.IsUpper(c) {
					uppers++
				}
			case unicode.IsDigit(c):
				t.digit = true
			}
		}
	}
	first, _ := utf8.DecodeRuneInString(s)
	t.cap = unicode.IsUpper(first) || unicode.IsTitle(first)
	t.upper = letters >= 2 && uppers == letters
	switch {
	case ascii && uppers > 0:
		t.lower = strings.ToLower(s)
	case !ascii && (uppers > 0 || curly):
		t.lower = strings.Map(func(c rune) rune {
			if c == '’' || c == 'ʼ' {
				return '\''
			}
			return unicode.ToLower(c)
		}, s)
	}
	if n := len(t.lower); n >= 2 && t.lower[n-1] == '\'' && elisions[t.lower[:n-1]] {
		t.elided = true
	}
	if !t.cap && particleName(s) {
		t.cap = true
	}
	t.cues = cueOf(t.lower)
	return t
}

// particleName reports a name that starts with a lower-case Arabic article
// or filiation particle joined by a hyphen: "al-Assad", "el-Masri",
// "ben-Gvir". Such a word is capitalised for the purposes of names.
func particleName(s string) bool {
	if s[0] < 'a' || s[0] > 'z' {
		return false
	}
	i := strings.IndexByte(s, '-')
	if i < 1 || i > 4 || i+1 >= len(s) || !nameArticles[s[:i]] {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i+1:])
	return unicode.IsUpper(r)
}
