package entity

import (
	"strings"
)

// Key returns the transliteration-folded key of one name word: lower-case,
// without diacritics, with the spellings that French, English and other
// transliterations give to one sound mapped to one letter (kh/h -> h;
// dj/dzh/zh/j -> j; ch/sh/tch/sch -> c; ou -> u; w -> v; y -> i; g/q/k and
// hard c -> k; doubled letters single), an initial "ye" read as "e", a
// final mute "e" dropped, and the vowels before a final "v" dropped
// (Kiev/Kyiv, Kharkov/Kharkiv, Aliev/Aliyev).
func Key(word string) string {
	var b strings.Builder
	for _, r := range word {
		if r == '\'' || r == '’' || r == 'ʼ' || r == '-' || r == '.' {
			continue
		}
		writeFolded(&b, r)
	}
	s := b.String()
	if strings.HasPrefix(s, "ye") || strings.HasPrefix(s, "ie") && len(s) > 4 && !isVowel(s[2]) {
		s = s[1:]
	}
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		rest := s[i:]
		next := byte(0)
		switch {
		case strings.HasPrefix(rest, "shch"), strings.HasPrefix(rest, "tsch"):
			out, i = append(out, 'c'), i+4
			continue
		case strings.HasPrefix(rest, "chtch"):
			out, i = append(out, 'c'), i+5
			continue
		case strings.HasPrefix(rest, "tch"), strings.HasPrefix(rest, "sch"), strings.HasPrefix(rest, "dzh"):
			if rest[0] == 'd' {
				out = append(out, 'j')
			} else {
				out = append(out, 'c')
			}
			i += 3
			continue
		}
		if len(rest) > 1 {
			next = rest[1]
		}
		c := rest[0]
		switch {
		case (c == 'c' || c == 's') && next == 'h':
			out, i = append(out, 'c'), i+2
		case (c == 'd' || c == 'z') && next == 'j', c == 'z' && next == 'h':
			out, i = append(out, 'j'), i+2
		case c == 'd' && next == 'h', c == 't' && next == 'h', c == 'k' && next == 'h', c == 'g' && next == 'h':
			// dh -> d, th -> t, kh -> h, gh -> g (then k)
			switch c {
			case 'd':
				out = append(out, 'd')
			case 't':
				out = append(out, 't')
			case 'k':
				out = append(out, 'h')
			case 'g':
				out = append(out, 'k')
			}
			i += 2
		case c == 'p' && next == 'h':
			out, i = append(out, 'f'), i+2
		case c == 'c' && next == 'k':
			out, i = append(out, 'k'), i+2
		case c == 'g' && next == 'u' && len(rest) > 2 && (rest[2] == 'e' || rest[2] == 'i' || rest[2] == 'y'):
			out, i = append(out, 'k'), i+2
		case c == 'q' && next == 'u' && len(rest) > 2 && isVowel(rest[2]):
			out, i = append(out, 'k'), i+2
		case c == 'o' && next == 'u':
			if len(rest) > 2 && isVowel(rest[2]) && rest[2] != 'i' {
				out = append(out, 'v')
			} else {
				out = append(out, 'u')
			}
			i += 2
		case c == 'c':
			if next == 'e' || next == 'i' || next == 'y' {
				out = append(out, 's')
			} else {
				out = append(out, 'k')
			}
			i++
		case c == 'x':
			out, i = append(out, 'k', 's'), i+1
		case c == 'q' || c == 'g':
			out, i = append(out, 'k'), i+1
		case c == 'w':
			out, i = append(out, 'v'), i+1
		case c == 'y':
			out, i = append(out, 'i'), i+1
		default:
			out, i = append(out, c), i+1
		}
	}
	// Doubled letters single.
	w := 0
	for i := range out {
		if w > 0 && out[w-1] == out[i] {
			continue
		}
		out[w] = out[i]
		w++
	}
	out = out[:w]
	// Final mute e after a consonant (Poutine, Prigojine, Salmane).
	if n := len(out); n > 3 && out[n-1] == 'e' && !isVowel(out[n-2]) {
		out = out[:n-1]
	}
	// Vowels before a final v (Kiev/Kyiv, Kharkov/Kharkiv, Aliev/Aliyev).
	if n := len(out); n > 2 && out[n-1] == 'v' {
		j := n - 1
		for j > 1 && isVowel(out[j-1]) {
			j--
		}
		out = append(out[:j], 'v')
	}
	return string(out)
}

func isVowel(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return true
	}
	return false
}

// similar reports whether two keys are the same name up to the vowels that
// transliterations render differently: a weighted edit distance where a
// vowel or h counts half and any other letter one, within a bound that
// grows with the length of the shorter key.
func similar(a, b string) bool {
	if a == b {
		return true
	}
	n := min(len(a), len(b))
	var bound int // in half units
	switch {
	case n <= 3:
		return false
	case n == 4:
		if a[0] != b[0] {
			return false
		}
		bound = 1
	case n <= 6:
		bound = 1
	case n <= 9:
		bound = 2
	default:
		bound = 3
	}
	if d := len(a) - len(b); d > bound || -d > bound {
		return false
	}
	return distance(a, b, bound) <= bound
}

// distance is the weighted edit distance in half units, cut at bound+1.
func distance(a, b string, bound int) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := 1; j <= len(b); j++ {
		prev[j] = prev[j-1] + indel(b, j-1)
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = prev[0] + indel(a, i-1)
		best := cur[0]
		for j := 1; j <= len(b); j++ {
			c := prev[j-1] + sub(a[i-1], b[j-1])
			c = min(c, prev[j]+indel(a, i-1), cur[j-1]+indel(b, j-1))
			cur[j] = c
			best = min(best, c)
		}
		if best > bound {
			return bound + 1
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

func sub(x, y byte) int {
	switch {
	case x == y:
		return 0
	case (isVowel(x) || x == 'j') && (isVowel(y) || y == 'j'):
		return 1
	}
	return 2
}

func indel(s string, i int) int {
	c := s[i]
	if isVowel(c) || c == 'h' || (c == 's' && i == len(s)-1) {
		return 1
	}
	return 2
}

// parsedName is a name cut into folded words for comparison.
type parsedName struct {
	keys    []string // transliteration keys of the name words, particles left out
	raw     []string // the same words folded but not transliterated
	gen     string   // generation marker: "jr", "ii"
	acronym string   // folded acronym when the name is one word in capitals
}

func parseName(s string) parsedName {
	var p parsedName
	words := strings.FieldsFunc(s, func(r rune) bool {
		return r == ' ' || r == '-' || r == '\t' || r == '\n' || r == '\u00a0' || r == ','
	})
	// Leading titles.
	for len(words) > 1 && titles[strings.ToLower(strings.TrimSuffix(words[0], "."))] {
		words = words[1:]
	}
	if len(words) == 1 {
		w := words[0]
		letters, uppers := 0, 0
		for _, r := range w {
			if r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r > 0x80 {
				letters++
				if toLower(r) != r {
					uppers++
				}
			}
		}
		if letters >= 2 && uppers == letters {
			p.acronym = foldName(w)
		}
	}
	for i, w := range words {
		f := foldName(strings.TrimSuffix(w, "."))
		// Elided particles glued to the word: "d'Estaing", "l'Atlantique".
		if len(f) > 2 && f[1] == '\'' {
			f = f[2:]
		}
		if f == "" {
			continue
		}
		if i > 0 && generations[f] {
			p.gen = f
			continue
		}
		if nameArticles[f] && len(words) > 1 {
			continue
		}
		p.raw = append(p.raw, f)
		p.keys = append(p.keys, Key(f))
	}
	return p
}

// SameName reports whether two names can be the same entity's: two
// spellings of one name (Zelensky/Zelenskyy, Choïgou/Shoigu,
// Kadhafi/Gaddafi), a name with and without its first names or titles, an
// acronym and its expansion or its other-language form (OTAN/NATO). Two
// names with different first names (Raúl and Fidel Castro) or different
// generation markers (Donald Trump, Donald Trump Jr.) are never the same.
// SameName reads both names as person names when they have several words;
// use SameEntity when the kinds are known.
func SameName(a, b string) bool {
	return sameName(parseName(a), parseName(b), true)
}

// SameEntity is SameName with kinds: entities of different kinds are never
// the same ("Washington" the city, "George Washington"), and names that are
// not people's must match as a whole ("République du Congo" is not
// "République démocratique du Congo"). An empty kind or "other" matches any.
func SameEntity(kindA, a, kindB, b string) bool {
	if kindA != "" && kindB != "" && kindA != Other && kindB != Other && kindA != kindB {
		return false
	}
	person := kindA == Person || kindB == Person || (kindA == "" && kindB == "")
	return sameName(parseName(a), parseName(b), person)
}

func sameName(a, b parsedName, person bool) bool {
	if len(a.keys) == 0 || len(b.keys) == 0 {
		return false
	}
	if a.acronym != "" || b.acronym != "" {
		return sameAcronym(a, b)
	}
	if a.gen != b.gen {
		return false
	}
	ja, jb := strings.Join(a.keys, ""), strings.Join(b.keys, "")
	if similar(ja, jb) {
		return true
	}
	if !person {
		return false
	}
	if len(a.keys) > len(b.keys) {
		a, b = b, a
	}
	la, lb := a.keys[len(a.keys)-1], b.keys[len(b.keys)-1]
	if len(a.keys) == 1 {
		// A surname alone, or the family name of a name written family
		// name first (Xi, Kim).
		return similar(la, lb) || (len(b.keys[0]) <= 3 && la == b.keys[0])
	}
	if !similar(la, lb) {
		return false
	}
	return compatibleGiven(a, b)
}

// compatibleGiven compares the words before the surname: the same first
// name, an initial of it, or one list of given names inside the other.
func compatibleGiven(a, b parsedName) bool {
	ga, gb := a.keys[:len(a.keys)-1], b.keys[:len(b.keys)-1]
	ra, rb := a.raw[:len(a.raw)-1], b.raw[:len(b.raw)-1]
	if similar(ga[0], gb[0]) || initialOf(ra[0], rb[0]) || initialOf(rb[0], ra[0]) {
		return true
	}
	if len(ga) > len(gb) {
		ga, gb = gb, ga
	}
	j := 0
	for _, g := range gb {
		if j < len(ga) && similar(ga[j], g) {
			j++
		}
	}
	return j == len(ga) && len(ga) > 0 && len(gb) > len(ga)
}

// initialOf reports whether a is the initial of b ("v" and "vladimir").
func initialOf(a, b string) bool {
	return len(a) == 1 && len(b) > 0 && a[0] == b[0]
}

// sameAcronym compares names of which one at least is an acronym: the same
// acronym, the French and English acronyms of one body, or an acronym and
// the words whose initials spell it (or spell its other-language form).
func sameAcronym(a, b parsedName) bool {
	if a.acronym == "" {
		a, b = b, a
	}
	if b.acronym != "" {
		if a.acronym == b.acronym {
			return true
		}
		ga, gb := bilingual[a.acronym], bilingual[b.acronym]
		return ga != 0 && ga == gb
	}
	if len(b.raw) < 2 {
		return false
	}
	var ini strings.Builder
	for _, w := range b.raw {
		if acronymFunction[w] {
			continue
		}
		ini.WriteByte(w[0])
	}
	s := ini.String()
	if s == a.acronym {
		return true
	}
	g := bilingual[a.acronym]
	return g != 0 && bilingual[s] == g
}
