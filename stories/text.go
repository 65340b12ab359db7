package stories

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/recoupe/recoupe/stopwords"
)

// token is one word of a line as the tokenizer hands it on.
type token struct {
	// folded is the word lower-cased with its diacritics removed; it
	// aliases the tokenizer's buffer and is only valid until the next token.
	folded []byte
	// cap: the word starts with an upper-case letter; caps: every letter of
	// it is upper case and it has at least two.
	cap, caps bool
	// start: the word opens a sentence (first of its line, or after . ! ?
	// : or an opening quote following one of those).
	start bool
	// joined: only spaces (or an apostrophe or hyphen) separate the word
	// from the previous one, so it may continue a name.
	joined bool
	// digits: the word is made of digits only.
	digits bool
}

// tokenize calls fn for every word of s. Words are maximal runs of letters
// and digits; an apostrophe or hyphen splits words but keeps them joined.
func tokenize(s string, buf []byte, fn func(t *token)) []byte {
	var t token
	start := true
	joined := false
	inWord := false
	letters, uppers := 0, 0
	digitsOnly := true
	flush := func() {
		if !inWord {
			return
		}
		t.folded = buf
		t.caps = letters >= 2 && uppers == letters
		t.digits = digitsOnly
		fn(&t)
		inWord = false
		buf = buf[:0]
		start = false
		joined = true
	}
	for _, r := range s {
		if r < utf8.RuneSelf {
			switch {
			case 'a' <= r && r <= 'z':
				goto letter
			case 'A' <= r && r <= 'Z':
				goto letter
			case '0' <= r && r <= '9':
				goto letter
			}
		} else if unicode.IsLetter(r) || unicode.IsDigit(r) {
			goto letter
		}
		// Not a word character.
		flush()
		switch r {
		case ' ', '\t', '\u00a0', '\u202f', '\'', '\u2019', '-', '\u2010', '\u2011':
			// keeps the next word joined
		case '.', '!', '?', ':', ';', '\u2026':
			start = true
			joined = false
		default:
			joined = false
		}
		continue
	letter:
		if !inWord {
			inWord = true
			t = token{start: start, joined: joined}
			letters, uppers = 0, 0
			digitsOnly = true
			t.cap = unicode.IsUpper(r)
		}
		if unicode.IsLetter(r) {
			letters++
			digitsOnly = false
			if unicode.IsUpper(r) {
				uppers++
			}
		}
		buf = appendFolded(buf, r)
	}
	flush()
	return buf
}

// appendFolded appends r lower-cased and without diacritics.
func appendFolded(b []byte, r rune) []byte {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return append(b, byte(r))
	}
	switch r {
	case 'à', 'á', 'â', 'ã', 'ä', 'å', 'À', 'Á', 'Â', 'Ã', 'Ä', 'Å':
		return append(b, 'a')
	case 'ç', 'Ç':
		return append(b, 'c')
	case 'è', 'é', 'ê', 'ë', 'È', 'É', 'Ê', 'Ë':
		return append(b, 'e')
	case 'ì', 'í', 'î', 'ï', 'Ì', 'Í', 'Î', 'Ï':
		return append(b, 'i')
	case 'ñ', 'Ñ':
		return append(b, 'n')
	case 'ò', 'ó', 'ô', 'õ', 'ö', 'Ò', 'Ó', 'Ô', 'Õ', 'Ö':
		return append(b, 'o')
	case 'ù', 'ú', 'û', 'ü', 'Ù', 'Ú', 'Û', 'Ü':
		return append(b, 'u')
	case 'ý', 'ÿ', 'Ý':
		return append(b, 'y')
	case 'œ', 'Œ':
		return append(b, 'o', 'e')
	case 'æ', 'Æ':
		return append(b, 'a', 'e')
	case 'ß':
		return append(b, 's', 's')
	case 'ă', 'ā', 'ą', 'Ă', 'Ā', 'Ą':
		return append(b, 'a')
	case 'ș', 'ş', 'ś', 'š', 'Ș', 'Ş', 'Ś', 'Š':
		return append(b, 's')
	case 'ț', 'ţ', 'ť', 'Ț', 'Ţ', 'Ť':
		return append(b, 't')
	case 'č', 'ć', 'Č', 'Ć':
		return append(b, 'c')
	case 'ž', 'ź', 'ż', 'Ž', 'Ź', 'Ż':
		return append(b, 'z')
	case 'ł', 'Ł':
		return append(b, 'l')
	case 'ø', 'Ø':
		return append(b, 'o')
	case 'ě', 'ę', 'ē', 'Ě', 'Ę', 'Ē':
		return append(b, 'e')
	case 'ń', 'ň', 'Ń', 'Ň':
		return append(b, 'n')
	case 'ř', 'Ř':
		return append(b, 'r')
	case 'ğ', 'Ğ':
		return append(b, 'g')
	case 'ı', 'İ':
		return append(b, 'i')
	}
	return utf8.AppendRune(b, unicode.ToLower(r))
}

// fold lower-cases s and removes its diacritics.
func fold(s string) string {
	var b []byte
	for _, r := range s {
		b = appendFolded(b, r)
	}
	return string(b)
}

// stopSet is the folded union of the French and English stoplists, plus
// the elided forms and a few words that carry no topic in news copy.
var stopSet = func() map[string]struct{} {
	m := make(map[string]struct{}, 2048)
	for _, lang := range []string{"fr", "en"} {
		for _, w := range stopwords.Words(lang) {
			m[fold(w)] = struct{}{}
		}
	}
	for _, w := range strings.Fields(`l d j qu n s c m t jusqu lorsqu puisqu
		quoiqu presqu a le la les un une des de du et ou the of to and in
		afp reuters ap lundi mardi mercredi jeudi vendredi samedi dimanche
		janvier fevrier mars avril mai juin juillet aout septembre octobre
		novembre decembre monday tuesday wednesday thursday friday saturday
		sunday`) {
		m[w] = struct{}{}
	}
	return m
}()

// isStop reports whether the folded word w is a stopword.
func isStop(w []byte) bool {
	_, ok := stopSet[string(w)]
	return ok
}

// nameLinks may sit inside a proper name ("Caisse d'Epargne", "Banque de
// France") without ending it.
var nameLinks = map[string]bool{"de": true, "du": true, "des": true, "d": true, "la": true, "le": true, "l": true, "van": true, "von": true, "al": true, "el": true, "of": true}

// lineWeight weighs a body line: running prose counts fully, short lines
// that are not sentences (menus, related headlines, captions, bylines)
// count little, so that boilerplate left in a copy pulls little.
func lineWeight(line string, words int) float32 {
	if words >= 12 {
		return 1
	}
	l := strings.TrimRight(line, " \t\u00a0\"'»”)")
	if words >= 5 && l != "" {
		r, _ := utf8.DecodeLastRuneInString(l)
		switch r {
		case '.', '!', '?', '\u2026', ':', ';':
			return 1
		}
	}
	return 0.2
}

// countWords counts the space-separated words of s.
func countWords(s string) int {
	n := 0
	in := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		sp := c == ' ' || c == '\t' || c == '\n' || c == '\r'
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}
