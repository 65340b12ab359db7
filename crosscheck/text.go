package crosscheck

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// fold lower-cases s, removes the accents of Latin letters and makes
// apostrophes and spaces plain. It maps every rune to exactly one rune, so
// that a rune offset in the result is the same offset in s.
func fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		b.WriteRune(foldRune(r))
	}
	return b.String()
}

// foldRune folds one rune (see fold).
func foldRune(r rune) rune {
	switch r {
	case 'à', 'â', 'ä', 'á', 'À', 'Â', 'Ä', 'Á':
		return 'a'
	case 'é', 'è', 'ê', 'ë', 'É', 'È', 'Ê', 'Ë':
		return 'e'
	case 'î', 'ï', 'í', 'Î', 'Ï', 'Í':
		return 'i'
	case 'ô', 'ö', 'ó', 'Ô', 'Ö', 'Ó':
		return 'o'
	case 'ù', 'û', 'ü', 'ú', 'Ù', 'Û', 'Ü', 'Ú':
		return 'u'
	case 'ç', 'Ç':
		return 'c'
	case 'ÿ', 'Ÿ':
		return 'y'
	case '’', 'ʼ', '‘', '´', '`':
		return '\''
	case '\u00a0', '\u202f', '\u2009', '\t', '\n', '\r':
		return ' '
	case '–', '—':
		return '-'
	}
	return unicode.ToLower(r)
}

// runeIndex converts a byte offset of s to a rune offset.
func runeIndex(s string, byteOff int) int {
	if byteOff > len(s) {
		byteOff = len(s)
	}
	return utf8.RuneCountInString(s[:byteOff])
}

// byteIndex converts a rune offset of s to a byte offset; an offset past
// the end gives len(s).
func byteIndex(s string, runeOff int) int {
	if runeOff <= 0 {
		return 0
	}
	n := 0
	for i := range s {
		if n == runeOff {
			return i
		}
		n++
	}
	return len(s)
}

// containsAny reports whether s contains one of the phrases.
func containsAny(s string, phrases []string) bool {
	for _, p := range phrases {
		if strings.Contains(s, p) {
			return true
		}
	}
	return false
}

// hasWordPhrase reports whether s contains phrase starting at a word
// boundary (the phrase itself says whether it must end on one, by ending
// with a space).
func hasWordPhrase(s, phrase string) bool {
	return wordPhraseAt(s, phrase, 0) >= 0
}

// wordPhraseAt returns the byte offset of the first occurrence of phrase
// in s at or after from that starts at a word boundary, -1 when none. A
// phrase ending with "#" must also end at a word boundary ("reporte#"
// matches "reporté" but not "reported").
func wordPhraseAt(s, phrase string, from int) int {
	whole := strings.HasSuffix(phrase, "#")
	phrase = strings.TrimSuffix(phrase, "#")
	for from <= len(s) {
		i := strings.Index(s[from:], phrase)
		if i < 0 {
			return -1
		}
		i += from
		e := i + len(phrase)
		if (i == 0 || !isWordByte(s, i)) && (!whole || e == len(s) || !isWordByte(s, e+utf8RuneLen(s[e:]))) {
			return i
		}
		from = i + 1
	}
	return -1
}

// utf8RuneLen is the length in bytes of the first rune of s (0 for "").
func utf8RuneLen(s string) int {
	_, n := utf8.DecodeRuneInString(s)
	return n
}

// isWordByte reports whether the rune ending right before byte offset i
// of s is a letter or a digit.
func isWordByte(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// anyWordPhrase reports whether s contains one of the phrases at a word
// boundary.
func anyWordPhrase(s string, phrases []string) bool {
	for _, p := range phrases {
		if hasWordPhrase(s, p) {
			return true
		}
	}
	return false
}

// words splits folded text into words of letters, digits, apostrophes
// inside a word and hyphens.
func words(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-')
	})
}

// clauses splits a folded sentence into clauses at semicolons, colons,
// brackets, dashes and a few contrastive conjunctions, and returns their
// byte ranges. Commas do not split: an apposition ("le chiffre de 5 000,
// avancé lundi, a été retiré") stays with its clause.
func clauses(s string) [][2]int {
	var out [][2]int
	start := 0
	cut := func(end, next int) {
		if end > start {
			out = append(out, [2]int{start, end})
		}
		start = next
	}
	for i := 0; i < len(s); {
		switch s[i] {
		case ';', ':', '(', ')', '[', ']':
			cut(i, i+1)
			i++
			continue
		case ' ':
			matched := false
			for _, c := range clauseBreaks {
				if strings.HasPrefix(s[i:], c) {
					cut(i, i+1)
					i += len(c) - 1
					matched = true
					break
				}
			}
			if matched {
				continue
			}
		}
		i++
	}
	cut(len(s), len(s))
	return out
}

// clauseBreaks are the words (with their surrounding spaces) that start a
// new clause.
var clauseBreaks = []string{" mais ", " alors que ", " tandis que ", " but ", " whereas ", " while ", " - "}

// clauseOf returns the byte range of the clause of s holding byte offset i.
func clauseOf(s string, i int) (int, int) {
	for _, c := range clauses(s) {
		if i >= c[0] && i < c[1] {
			return c[0], c[1]
		}
	}
	return 0, len(s)
}

// truncate shortens s to at most n runes, at a word boundary, with an
// ellipsis when it cut something.
func truncate(s string, n int) string {
	s = strings.TrimSpace(s)
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	cut := byteIndex(s, n)
	if i := strings.LastIndexByte(s[:cut], ' '); i > cut/2 {
		cut = i
	}
	return strings.TrimRight(s[:cut], " ,;:") + "…"
}
