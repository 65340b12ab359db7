package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/recoupe/recoupe/internal/tokens"
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

// fromText builds the recognizer's words and punctuation marks from the
// shared token stream of a text. Hyphens and apostrophes inside words are
// kept ("Jean-Marie", "O'Brien"): adjacent word pieces joined by an inner hyphen or apostrophe are
// one word, a French elision is split off the word it precedes, and an
// English possessive ending is split off the name.
func fromText(x *tokens.Text, toks []token) []token {
	toks = toks[:0]
	text := x.Src
	st := x.Toks
	sentence := true
	for i := 0; i < len(st); {
		t := &st[i]
		gap := !t.Is(tokens.OneSpace)
		if t.Flags&(tokens.Newline|tokens.Return) != 0 {
			sentence = true
		}
		if t.Kind == tokens.Word {
			// Join the pieces: inner hyphens and apostrophes before a word
			// piece.
			j := i + 1
			for j+1 < len(st) && isJoiner(st[j].Ch) && st[j].Kind == tokens.Punct && st[j].B0 == st[j-1].B1 &&
				st[j+1].Kind == tokens.Word && st[j+1].B0 == st[j].B1 {
				if st[j].Ch != '-' && st[j].B0-t.B0 <= 7 && elisions[x.Lower(i, j)] {
					// "l'Union": the elided part is its own token.
					j++
					break
				}
				j += 2
			}
			// An English possessive is not part of the name: "Russia’s".
			if last := &st[j-1]; j-i >= 3 && last.B1-t.B0 > 4 && last.B1-last.B0 == 1 && text[last.B0] == 's' &&
				(st[j-2].Ch == '\'' || st[j-2].Ch == '’') {
				j -= 2
			}
			toks = append(toks, makeWord(x, i, j, sentence, gap))
			sentence = false
			i = j
			continue
		}
		c := t.Ch
		toks = append(toks, token{s: text[t.B0:t.B1], b0: int(t.B0), b1: int(t.B1), r0: int(t.R0), r1: int(t.R1), gap: gap})
		switch c {
		case '.', '!', '?', '…', ':', ';', '«', '"', '“', '”', '»', '—', '–', '•', '|':
			if c == '.' && len(toks) >= 2 && isInitialDot(toks, text) {
				break
			}
			sentence = true
		case '-':
			// A hyphen standing between spaces is a dash: "SOFIA, 4 mars
			// (Reuters) - Au moins 12 personnes".
			if t.Flags&tokens.Space != 0 && t.B1 < int32(len(text)) && (text[t.B1] == ' ' || text[t.B1] == '\n') {
				sentence = true
			}
		}
		i++
	}
	return toks
}

// isJoiner reports a rune that joins two word pieces into one word.
func isJoiner(c rune) bool { return c == '-' || c == '\'' || c == '’' || c == 'ʼ' }

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

// makeWord makes the word of pieces i to j-1 of x.
func makeWord(x *tokens.Text, i, j int, start, gap bool) token {
	a, b := &x.Toks[i], &x.Toks[j-1]
	s := x.Src[a.B0:b.B1]
	t := token{s: s, lower: s, b0: int(a.B0), b1: int(b.B1), r0: int(a.R0), r1: int(b.R1), word: true, start: start, gap: gap}
	letters, uppers := 0, 0
	curly := false // a typographic apostrophe to straighten
	for k := i; k < j; k++ {
		p := &x.Toks[k]
		if p.Kind == tokens.Word {
			letters += int(p.Letters)
			uppers += int(p.Uppers)
			if p.Flags&tokens.Digit != 0 {
				t.digit = true
			}
		}
		if p.Flags&tokens.Apos != 0 {
			curly = true
		}
	}
	t.cap = a.Flags&(tokens.Cap|tokens.Title) != 0
	t.upper = letters >= 2 && uppers == letters
	if uppers > 0 || curly {
		t.lower = x.Lower(i, j)
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
