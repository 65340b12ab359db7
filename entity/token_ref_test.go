package entity

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/recoupe/recoupe/internal/tokens"
)

// The recognizer's own tokenizer as it was before it read the shared
// token stream (package internal/tokens), kept as the reference the
// stream's words must match.

// tokenize splits text into words and punctuation marks. Hyphens and
// apostrophes inside words are kept ("Jean-Marie", "O'Brien"), except after
// a French elision ("l'Union" is "l'" and "Union").
func tokenizeRef(text string, toks []token) []token {
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
		if isWordRuneRef(c) {
			// Scan a word: letters, digits, inner hyphens, apostrophes, dots of numbers.
			j, rj := i, r
			for j < len(text) {
				d, dsize := rune(text[j]), 1
				if d >= utf8.RuneSelf {
					d, dsize = utf8.DecodeRuneInString(text[j:])
				}
				if d < utf8.RuneSelf && asciiWord[d] || d >= utf8.RuneSelf && isWordRuneRef(d) {
					j += dsize
					rj++
					continue
				}
				if (d == '-' || d == '\'' || d == '’' || d == 'ʼ') && j+dsize < len(text) {
					e, _ := utf8.DecodeRuneInString(text[j+dsize:])
					if isWordRuneRef(e) {
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
			toks = append(toks, makeWordRef(text[i:j], i, j, r, rj, sentence, gap))
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

func makeWordRef(s string, b0, b1, r0, r1 int, start, gap bool) token {
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

// isSpace is the reference's white space.
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

// isWordRuneRef is the reference's word rune: combining marks of class Mn
// only, where the shared stream takes every mark.
func isWordRuneRef(c rune) bool {
	if c < utf8.RuneSelf {
		return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return unicode.IsLetter(c) || unicode.IsDigit(c) || unicode.Is(unicode.Mn, c)
}

// FuzzFromText checks that the words built from the shared token stream
// are the reference tokenizer's, but for texts holding spacing or
// enclosing marks (Mc, Me), which the stream keeps inside words.
func FuzzFromText(f *testing.F) {
	for _, s := range []string{
		"SOFIA, 4 mars (Reuters) - Au moins 12 personnes, selon l’AFP.",
		"Russia’s troops; O'Brien's dog, aujourd'hui presqu'île jusqu’à l'ONU",
		"M. Zelensky\r\nW. Bush lʼhomme Zaporizhzhiaʼs ǅemal İSTANBUL",
		"a\xffb -- « Non » Jean-Marie al-Assad d’d’Arc",
	} {
		f.Add(s)
	}
	var x tokens.Text
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			text = string([]rune(text))
		}
		if strings.IndexFunc(text, func(r rune) bool { return unicode.In(r, unicode.Mc, unicode.Me) }) >= 0 {
			t.Skip("spacing or enclosing mark")
		}
		x.Reset(text)
		got := fromText(&x, nil)
		want := tokenizeRef(text, nil)
		if !slices.Equal(got, want) {
			for i := range min(len(got), len(want)) {
				if got[i] != want[i] {
					t.Fatalf("token %d: got %+v, want %+v", i, got[i], want[i])
				}
			}
			t.Fatalf("got %d tokens, want %d", len(got), len(want))
		}
	})
}
