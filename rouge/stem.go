package rouge

import (
	"unicode"
	"unicode/utf8"
)

// French stemming after the Snowball French algorithm (M. Porter's
// description of the stemmer, classic form): regions RV, R1 and R2, step 1
// standard suffixes, steps 2a/2b verb suffixes, step 3 final Y/ç, step 4
// residual suffixes, step 5 undoubling and step 6 unaccenting.
//
// The word is handled as runes. The prelude marks the letters u, i and y
// that act as consonants by turning them to upper case (U, I, Y); the
// upper-case forms are not vowels, and the postlude lowers them again.

// isVowel reports whether r is a French vowel for the stemmer.
func isVowel(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiVowel[r]
	}
	switch r {
	case 'a', 'e', 'i', 'o', 'u', 'y', 'â', 'à', 'ë', 'é', 'ê', 'è', 'ï', 'î', 'ô', 'û', 'ù':
		return true
	}
	return false
}

var asciiVowel = [utf8.RuneSelf]bool{'a': true, 'e': true, 'i': true, 'o': true, 'u': true, 'y': true}

// Stem returns the Snowball French stem of word, which must be lower case
// and hold letters only (the tokeniser splits on everything else). Words
// of fewer than three letters are returned as they are.
func Stem(word string) string {
	w := []rune(word)
	if len(w) < 3 {
		return word
	}
	for _, r := range w {
		if !unicode.IsLetter(r) || unicode.IsUpper(r) {
			return word // digits, upper case: not a word the algorithm knows
		}
	}
	st := stemmer{w: w}
	st.prelude()
	st.markRegions()
	st.suffixes()
	st.postlude()
	return string(st.w)
}

type stemmer struct {
	w          []rune
	rv, r1, r2 int // start offsets of the regions (len(w) when empty)
}

func (s *stemmer) prelude() {
	w := s.w
	for i, r := range w {
		prevV := i > 0 && isVowel(w[i-1])
		nextV := i+1 < len(w) && isVowel(w[i+1])
		switch {
		case (r == 'u' || r == 'i') && prevV && nextV:
			w[i] -= 'a' - 'A'
		case r == 'y' && (prevV || nextV):
			w[i] = 'Y'
		case r == 'u' && i > 0 && w[i-1] == 'q':
			w[i] = 'U'
		}
	}
}

func (s *stemmer) markRegions() {
	w := s.w
	n := len(w)
	s.rv, s.r1, s.r2 = n, n, n
	switch {
	case n >= 2 && isVowel(w[0]) && isVowel(w[1]):
		s.rv = 3
	case hasPrefix(w, "par") || hasPrefix(w, "col") || hasPrefix(w, "tap"):
		s.rv = 3
	default:
		for i := 1; i < n; i++ {
			if isVowel(w[i]) {
				s.rv = i + 1
				break
			}
		}
	}
	if s.rv > n {
		s.rv = n
	}
	s.r1 = afterVC(w, 0)
	s.r2 = afterVC(w, s.r1)
}

// afterVC returns the offset after the first non-vowel that follows a
// vowel at or after from, or len(w).
func afterVC(w []rune, from int) int {
	for i := from + 1; i < len(w); i++ {
		if !isVowel(w[i]) && isVowel(w[i-1]) {
			return i + 1
		}
	}
	return len(w)
}

func hasPrefix(w []rune, p string) bool {
	i := 0
	for _, r := range p {
		if i >= len(w) || w[i] != r {
			return false
		}
		i++
	}
	return true
}

// ends reports whether the word ends with suffix and returns the offset
// where the suffix starts.
func (s *stemmer) ends(suffix string) (int, bool) {
	i := len(s.w)
	for len(suffix) > 0 {
		r, size := utf8.DecodeLastRuneInString(suffix)
		i--
		if i < 0 || s.w[i] != r {
			return 0, false
		}
		suffix = suffix[:len(suffix)-size]
	}
	return i, true
}

// suffixSet groups suffixes by their last letter.
type suffixSet map[rune][]string

func newSuffixSet(list ...string) suffixSet {
	set := make(suffixSet)
	for _, x := range list {
		r, _ := utf8.DecodeLastRuneInString(x)
		set[r] = append(set[r], x)
	}
	return set
}

// longest returns the longest suffix of set that the word ends with and
// that starts at or after lim, and where it starts; ok is false when none
// matches.
func (s *stemmer) longest(set suffixSet, lim int) (suf string, start int, ok bool) {
	if len(s.w) == 0 {
		return "", 0, false
	}
	best := -1
	for _, x := range set[s.w[len(s.w)-1]] {
		if st, m := s.ends(x); m && st >= lim && (best < 0 || st < best) {
			best, suf = st, x
		}
	}
	return suf, best, best >= 0
}

func (s *stemmer) cut(at int) { s.w = s.w[:at] }

func (s *stemmer) replace(at int, with string) {
	s.w = s.w[:at]
	for _, r := range with {
		s.w = append(s.w, r)
	}
}

var (
	step1Suffixes = newSuffixSet(
		"ance", "iqUe", "isme", "able", "iste", "eux", "ances", "iqUes", "ismes", "ables", "istes",
		"atrice", "ateur", "ation", "atrices", "ateurs", "ations",
		"logie", "logies", "usion", "ution", "usions", "utions", "ence", "ences",
		"ement", "ements", "ité", "ités", "if", "ive", "ifs", "ives",
		"eaux", "aux", "euse", "euses", "issement", "issements",
		"amment", "emment", "ment", "ments",
	)
	step2aSuffixes = newSuffixSet(
		"îmes", "ît", "îtes", "i", "ie", "ies", "ir", "ira", "irai", "iraIent", "irais", "irait",
		"iras", "irent", "irez", "iriez", "irions", "irons", "iront", "is", "issaIent", "issais",
		"issait", "issant", "issante", "issantes", "issants", "isse", "issent", "isses", "issez",
		"issiez", "issions", "issons", "it",
	)
	step2bSuffixes = newSuffixSet(
		"ions",
		"é", "ée", "ées", "és", "èrent", "er", "era", "erai", "eraIent", "erais", "erait", "eras",
		"erez", "eriez", "erions", "erons", "eront", "ez", "iez",
		"âmes", "ât", "âtes", "a", "ai", "aIent", "ais", "ait", "ant", "ante", "antes", "ants",
		"as", "asse", "assent", "asses", "assiez", "assions",
	)
	step4Suffixes = newSuffixSet("ion", "ier", "ière", "Ier", "Ière", "e", "ë")
	undouble      = []string{"enn", "onn", "ett", "ell", "eill"}
)

// suffixes runs steps 1 to 6.
func (s *stemmer) suffixes() {
	done, goVerb := s.step1()
	if !done || goVerb {
		done = s.step2a() || s.step2b()
	}
	if done {
		// step 3
		if n := len(s.w); n > 0 {
			switch s.w[n-1] {
			case 'Y':
				s.w[n-1] = 'i'
			case 'ç':
				s.w[n-1] = 'c'
			}
		}
	} else {
		s.step4()
	}
	s.step5()
	s.step6()
}

// step1 removes a standard suffix. done reports that a suffix was found
// and its conditions held; goVerb is set for the -ment family, after which
// the verb steps run (and step 1 does not count as done).
func (s *stemmer) step1() (done, goVerb bool) {
	suf, at, ok := s.longest(step1Suffixes, 0)
	if !ok {
		return false, false
	}
	inR2 := func(i int) bool { return i >= s.r2 }
	inR1 := func(i int) bool { return i >= s.r1 }
	inRV := func(i int) bool { return i >= s.rv }
	switch suf {
	case "ance", "iqUe", "isme", "able", "iste", "eux", "ances", "iqUes", "ismes", "ables", "istes":
		if !inR2(at) {
			return false, false
		}
		s.cut(at)
	case "atrice", "ateur", "ation", "atrices", "ateurs", "ations":
		if !inR2(at) {
			return false, false
		}
		s.cut(at)
		if p, m := s.ends("ic"); m {
			if inR2(p) {
				s.cut(p)
			} else {
				s.replace(p, "iqU")
			}
		}
	case "logie", "logies":
		if !inR2(at) {
			return false, false
		}
		s.replace(at, "log")
	case "usion", "ution", "usions", "utions":
		if !inR2(at) {
			return false, false
		}
		s.replace(at, "u")
	case "ence", "ences":
		if !inR2(at) {
			return false, false
		}
		s.replace(at, "ent")
	case "ement", "ements":
		if !inRV(at) {
			return false, false
		}
		s.cut(at)
		if p, m := s.ends("iv"); m {
			if inR2(p) {
				s.cut(p)
				if q, m := s.ends("at"); m && inR2(q) {
					s.cut(q)
				}
			}
		} else if p, m := s.ends("eus"); m {
			if inR2(p) {
				s.cut(p)
			} else if inR1(p) {
				s.replace(p, "eux")
			}
		} else if p, m := s.ends("abl"); m {
			if inR2(p) {
				s.cut(p)
			}
		} else if p, m := s.ends("iqU"); m {
			if inR2(p) {
				s.cut(p)
			}
		} else if p, m := s.ends("ièr"); m {
			if inRV(p) {
				s.replace(p, "i")
			}
		} else if p, m := s.ends("Ièr"); m {
			if inRV(p) {
				s.replace(p, "i")
			}
		}
	case "ité", "ités":
		if !inR2(at) {
			return false, false
		}
		s.cut(at)
		if p, m := s.ends("abil"); m {
			if inR2(p) {
				s.cut(p)
			} else {
				s.replace(p, "abl")
			}
		} else if p, m := s.ends("ic"); m {
			if inR2(p) {
				s.cut(p)
			} else {
				s.replace(p, "iqU")
			}
		} else if p, m := s.ends("iv"); m {
			if inR2(p) {
				s.cut(p)
			}
		}
	case "if", "ive", "ifs", "ives":
		if !inR2(at) {
			return false, false
		}
		s.cut(at)
		if p, m := s.ends("at"); m && inR2(p) {
			s.cut(p)
			if q, m := s.ends("ic"); m {
				if inR2(q) {
					s.cut(q)
				} else {
					s.replace(q, "iqU")
				}
			}
		}
	case "eaux":
		s.replace(at, "eau")
	case "aux":
		if !inR1(at) {
			return false, false
		}
		s.replace(at, "al")
	case "euse", "euses":
		switch {
		case inR2(at):
			s.cut(at)
		case inR1(at):
			s.replace(at, "eux")
		default:
			return false, false
		}
	case "issement", "issements":
		if !inR1(at) || at == 0 || isVowel(s.w[at-1]) {
			return false, false
		}
		s.cut(at)
	case "amment":
		if inRV(at) {
			s.replace(at, "ant")
		}
		return false, true
	case "emment":
		if inRV(at) {
			s.replace(at, "ent")
		}
		return false, true
	case "ment", "ments":
		// delete when preceded by a vowel lying in RV
		if at > 0 && at-1 >= s.rv && isVowel(s.w[at-1]) {
			s.cut(at)
		}
		return false, true
	}
	return true, false
}

// step2a removes an i-verb suffix lying in RV and preceded by a non-vowel
// also in RV.
func (s *stemmer) step2a() bool {
	_, at, ok := s.longest(step2aSuffixes, s.rv)
	if !ok || at-1 < s.rv || isVowel(s.w[at-1]) {
		return false
	}
	s.cut(at)
	return true
}

// step2b removes another verb suffix lying in RV.
func (s *stemmer) step2b() bool {
	suf, at, ok := s.longest(step2bSuffixes, s.rv)
	if !ok {
		return false
	}
	switch {
	case suf == "ions":
		if at < s.r2 {
			return false
		}
		s.cut(at)
	case suf[0] == 'a' || suf == "âmes" || suf == "ât" || suf == "âtes":
		s.cut(at)
		if p, m := s.ends("e"); m && p >= s.rv {
			s.cut(p)
		}
	default:
		s.cut(at)
	}
	return true
}

// step4 removes a residual suffix.
func (s *stemmer) step4() {
	if n := len(s.w); n >= 2 && s.w[n-1] == 's' {
		switch s.w[n-2] {
		case 'a', 'i', 'o', 'u', 'è', 's':
		default:
			s.cut(n - 1)
		}
	}
	suf, at, ok := s.longest(step4Suffixes, s.rv)
	if !ok {
		return
	}
	switch suf {
	case "ion":
		if at >= s.r2 && at-1 >= s.rv && (s.w[at-1] == 's' || s.w[at-1] == 't') {
			s.cut(at)
		}
	case "ier", "ière", "Ier", "Ière":
		s.replace(at, "i")
	case "e":
		s.cut(at)
	case "ë":
		if at-2 >= s.rv && s.w[at-2] == 'g' && s.w[at-1] == 'u' {
			s.cut(at)
		}
	}
}

// step5 undoubles enn, onn, ett, ell and eill.
func (s *stemmer) step5() {
	for _, x := range undouble {
		if _, m := s.ends(x); m {
			s.cut(len(s.w) - 1)
			return
		}
	}
}

// step6 unaccents é or è followed by at least one non-vowel at the end.
func (s *stemmer) step6() {
	i := len(s.w) - 1
	for i >= 0 && !isVowel(s.w[i]) {
		i--
	}
	if i < 0 || i == len(s.w)-1 {
		return
	}
	if s.w[i] == 'é' || s.w[i] == 'è' {
		s.w[i] = 'e'
	}
}

func (s *stemmer) postlude() {
	for i, r := range s.w {
		switch r {
		case 'I', 'U', 'Y':
			s.w[i] = r + ('a' - 'A')
		}
	}
}
