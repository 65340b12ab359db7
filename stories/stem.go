package stories

// A light French stemmer, in the spirit of the light stemmers used for
// French retrieval: it conflates the inflections (plural, feminine,
// common verb endings) and the most frequent derivational suffixes, and
// never tries to be linguistically exact. It works on folded words (lower
// case, no diacritics) and, being light, does no harm to English words
// beyond stripping a plural "s".

// stemSuffixes are tried in order, the first matching one is removed (or
// replaced by its rep) when at least minStem bytes remain.
var stemSuffixes = []struct {
	suf, rep string
}{
	{"issements", ""}, {"issement", ""},
	{"ements", ""}, {"ement", ""},
	{"atrices", ""}, {"atrice", ""}, {"ateurs", ""}, {"ateur", ""},
	{"ations", ""}, {"ation", ""},
	{"itions", ""}, {"ition", ""},
	{"logies", "log"}, {"logie", "log"},
	{"ismes", ""}, {"isme", ""}, {"istes", ""}, {"iste", ""},
	{"iennes", ""}, {"ienne", ""}, {"iens", ""}, {"ien", ""},
	{"euses", ""}, {"euse", ""}, {"eux", ""},
	{"iques", ""}, {"ique", ""},
	{"ives", ""}, {"ive", ""}, {"ifs", ""}, {"if", ""},
	{"elles", ""}, {"elle", ""}, {"els", ""}, {"el", ""},
	{"ites", ""}, {"ite", ""},
	{"eraient", ""}, {"erions", ""}, {"eront", ""}, {"erait", ""}, {"erons", ""}, {"erez", ""}, {"era", ""},
	{"aient", ""}, {"ait", ""},
	{"antes", ""}, {"ante", ""}, {"ants", ""}, {"ant", ""},
	{"ees", ""}, {"ee", ""}, {"es", ""}, {"er", ""}, {"ez", ""},
	{"aux", "al"},
	{"s", ""}, {"x", ""}, {"e", ""},
}

const minStem = 3

// suffixesByLast lists the suffixes by their last byte, in order.
var suffixesByLast = func() (t [256][]int) {
	for i, s := range stemSuffixes {
		c := s.suf[len(s.suf)-1]
		t[c] = append(t[c], i)
	}
	return t
}()

// stem returns the stem of the folded word w, reusing w's storage.
func stem(w []byte) []byte {
	if len(w) <= minStem+1 {
		// Short words: only a plural s.
		if len(w) > minStem && w[len(w)-1] == 's' && w[len(w)-2] != 's' {
			return w[:len(w)-1]
		}
		return w
	}
	for _, i := range suffixesByLast[w[len(w)-1]] {
		s := stemSuffixes[i]
		n := len(s.suf)
		if len(w)-n < minStem || string(w[len(w)-n:]) != s.suf {
			continue
		}
		w = append(w[:len(w)-n], s.rep...)
		break
	}
	// Undouble a final consonant left by the feminine ("ancienn" is gone,
	// but "nett", "group" and the like stay comparable).
	if n := len(w); n > minStem+1 && w[n-1] == w[n-2] && w[n-1] != 'e' && w[n-1] != 'i' && !isDigit(w[n-1]) {
		w = w[:n-1]
	}
	return w
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }
