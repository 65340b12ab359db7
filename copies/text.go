package copies

import (
	"encoding/binary"
	"slices"
	"unicode"
	"unicode/utf8"
)

// Text normalisation: words are runs of letters and digits, folded to
// lower case without diacritics ("Élysée" -> "elysee", "œuvre" ->
// "oeuvre"). Apostrophes, hyphens, punctuation and spaces separate words,
// so that typographic variants of one text ("l’AFP" and "l'AFP", "–" and
// "-", non-breaking spaces) fold to the same words.

// foldTab maps the Latin-1 and Latin Extended-A letters to their folded
// ASCII spelling; "" means the rune is folded by unicode.ToLower.
var foldTab [0x180]string

// latinUpper tells the upper-case letters below U+0180.
var latinUpper [0x180]bool

func init() {
	for r := rune(0); r < 0x180; r++ {
		latinUpper[r] = unicode.IsUpper(r)
	}
	for _, p := range []struct{ from, to string }{
		{"ÀÁÂÃÄÅàáâãäåĀāĂăĄą", "a"}, {"ÇçĆćĈĉĊċČč", "c"}, {"ĎďĐđÐð", "d"},
		{"ÈÉÊËèéêëĒēĔĕĖėĘęĚě", "e"}, {"ĜĝĞğĠġĢģ", "g"}, {"ĤĥĦħ", "h"},
		{"ÌÍÎÏìíîïĨĩĪīĬĭĮįİı", "i"}, {"Ĵĵ", "j"}, {"Ķķĸ", "k"}, {"ĹĺĻļĽľĿŀŁł", "l"},
		{"ÑñŃńŅņŇňŉŊŋ", "n"}, {"ÒÓÔÕÖØòóôõöøŌōŎŏŐő", "o"}, {"ŔŕŖŗŘř", "r"},
		{"ŚśŜŝŞşŠš", "s"}, {"ŢţŤťŦŧ", "t"}, {"ÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲų", "u"},
		{"Ŵŵ", "w"}, {"ÝýÿŶŷŸ", "y"}, {"ŹźŻżŽž", "z"},
		{"Ææ", "ae"}, {"Œœ", "oe"}, {"ß", "ss"}, {"Þþ", "th"}, {"Ĳĳ", "ij"},
	} {
		for _, r := range p.from {
			foldTab[r] = p.to
		}
	}
	for r := 'A'; r <= 'Z'; r++ {
		foldTab[r] = string(r + 'a' - 'A')
	}
	for r := 'a'; r <= 'z'; r++ {
		foldTab[r] = string(r)
	}
	for r := '0'; r <= '9'; r++ {
		foldTab[r] = string(r)
	}
}

// isWordRune reports whether r belongs to a word.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// appendFold appends the folded spelling of the word rune r to b.
func appendFold(b []byte, r rune) []byte {
	if r < 0x180 {
		if f := foldTab[r]; f != "" {
			return append(b, f...)
		}
	}
	return utf8.AppendRune(b, unicode.ToLower(r))
}

// word is one folded word of a text: its span in the text and, in the
// tokenizer's buffer, its folded spelling.
type word struct {
	hash       uint64   // wordHash of the folded spelling
	start, end int      // byte span in the text
	fold       [2]int32 // span in the folded buffer
	upper      bool     // first rune is upper case
	digit      bool     // first rune is a digit
}

// tokenizer splits texts into folded words, reusing its buffers.
type tokenizer struct {
	buf   []byte
	words []word
}

// tokenize splits s into words. The result is valid until the next call.
func (t *tokenizer) tokenize(s string) []word {
	// Folding never makes a word more than 3 times longer than its
	// UTF-8 form ("Œ", 2 bytes, becomes "oe"; "ß" becomes "ss").
	buf := slices.Grow(t.buf[:0], 2*len(s)+8)[:2*len(s)+8]
	words := t.words[:0]
	n := 0 // bytes used in buf
	in := false
	var w word
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			// ASCII fast path.
			switch {
			case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
				if !in {
					in = true
					w = word{start: i, digit: c <= '9'}
					w.fold[0] = int32(n)
				}
				buf[n] = c
				n++
			case 'A' <= c && c <= 'Z':
				if !in {
					in = true
					w = word{start: i, upper: true}
					w.fold[0] = int32(n)
				}
				buf[n] = c + 'a' - 'A'
				n++
			default:
				if in {
					w.end = i
					words = append(words, finishWord(buf, w, n))
					in = false
				}
			}
			i++
			continue
		}
		if c >= 0xc2 && c <= 0xc5 && i+1 < len(s) && s[i+1]&0xc0 == 0x80 {
			// Latin-1 Supplement and Latin Extended-A: table lookups.
			r := rune(c&0x1f)<<6 | rune(s[i+1]&0x3f)
			if f := foldTab[r]; f != "" {
				if !in {
					in = true
					w = word{start: i, upper: latinUpper[r]}
					w.fold[0] = int32(n)
				}
				n += copy(buf[n:], f)
			} else if in {
				w.end = i
				words = append(words, finishWord(buf, w, n))
				in = false
			}
			i += 2
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if isWordRune(r) {
			if !in {
				in = true
				w = word{start: i, upper: unicode.IsUpper(r)}
				w.fold[0] = int32(n)
			}
			if len(buf)-n < 8 {
				buf = append(buf[:n], make([]byte, 16)...)
				buf = buf[:cap(buf)]
			}
			n = len(appendFold(buf[:n], r))
		} else if in {
			w.end = i
			words = append(words, finishWord(buf, w, n))
			in = false
		}
		i += size
	}
	if in {
		w.end = len(s)
		words = append(words, finishWord(buf, w, n))
	}
	t.buf = buf[:n]
	t.words = words
	return words
}

// finishWord completes w, whose folded spelling ends at buf[n] (buf
// having at least 8 bytes after n).
func finishWord(buf []byte, w word, n int) word {
	w.fold[1] = int32(n)
	a := int(w.fold[0])
	if n-a <= 8 {
		// Read the word in one load and mask what follows it.
		x := binary.LittleEndian.Uint64(buf[a : a+8])
		x &= ^uint64(0) >> (64 - 8*(n-a))
		w.hash = mix64(x ^ uint64(n-a)*0x9e3779b97f4a7c15)
	} else {
		w.hash = wordHash(buf[a:n])
	}
	return w
}

// wordHash hashes a folded word: its bytes read 8 at a time, each chunk
// mixed into the state by the splitmix64 finaliser. Words are short, and
// this is several times faster than a general hash on them.
func wordHash(b []byte) uint64 {
	h := uint64(len(b)) * 0x9e3779b97f4a7c15
	if len(b) <= 8 {
		var x uint64
		for i, c := range b {
			x |= uint64(c) << (8 * i)
		}
		return mix64(x ^ h)
	}
	for len(b) >= 8 {
		h = mix64(h ^ binary.LittleEndian.Uint64(b))
		b = b[8:]
	}
	if len(b) > 0 {
		var tail uint64
		for i, c := range b {
			tail |= uint64(c) << (8 * i)
		}
		h = mix64(h ^ tail)
	}
	return h
}

// folded returns the folded spelling of w (valid until the next tokenize).
func (t *tokenizer) folded(w *word) []byte { return t.buf[w.fold[0]:w.fold[1]] }

// exactHash is the hash of a text's normalised form (see Normalize): the
// hashes of its folded words chained in order. Two texts that differ
// only in case, diacritics, punctuation, typography or spacing have the
// same hash. It returns 0 for a text without words.
func (t *tokenizer) exactHash(words []word) uint64 {
	if len(words) == 0 {
		return 0
	}
	h := uint64(len(words))
	for i := range words {
		h = mix64(h ^ words[i].hash)
	}
	if h == 0 {
		h = 1
	}
	return h
}

// Normalize returns the normalised form of a text that exact copies share:
// its words folded to lower case without diacritics, separated by single
// spaces.
func Normalize(s string) string {
	var t tokenizer
	words := t.tokenize(s)
	out := make([]byte, 0, len(t.buf)+len(words))
	for i := range words {
		if i > 0 {
			out = append(out, ' ')
		}
		out = append(out, t.folded(&words[i])...)
	}
	return string(out)
}

// hashSet is a set of word hashes (wordHash of folded words), for the word
// lists looked up once per word of a text: faster than a string map.
type hashSet struct {
	tab  []uint64
	mask uint64
}

// newHashSet returns the set of the folded words of the given strings.
func newHashSet(words []string) hashSet {
	var t tokenizer
	var hs []uint64
	for _, w := range words {
		for _, tw := range t.tokenize(w) {
			hs = append(hs, tw.hash)
		}
	}
	n := 16
	for n < 2*len(hs) {
		n *= 2
	}
	s := hashSet{tab: make([]uint64, n), mask: uint64(n - 1)}
	for _, h := range hs {
		if h == 0 {
			h = 1
		}
		i := h & s.mask
		for s.tab[i] != 0 && s.tab[i] != h {
			i = (i + 1) & s.mask
		}
		s.tab[i] = h
	}
	return s
}

func (s hashSet) has(h uint64) bool {
	if h == 0 {
		h = 1
	}
	for i := h & s.mask; ; i = (i + 1) & s.mask {
		switch s.tab[i] {
		case h:
			return true
		case 0:
			return false
		}
	}
}

// mix64 is a 64-bit finaliser (the splitmix64 one): a bijection that
// spreads every input bit over the output.
func mix64(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

func rotl(x uint64, k uint) uint64 { return x<<k | x>>(64-k) }

// shingleLen is the number of words in a shingle.
const shingleLen = 5

// shingleHash combines the hashes of consecutive words (shingleLen of
// them, or fewer for a text shorter than a shingle), in order, into the
// shingle's hash.
func shingleHash(ws []word) uint64 {
	h := ws[0].hash
	for k := 1; k < len(ws) && k < shingleLen; k++ {
		h = rotl(h, 13) ^ ws[k].hash
	}
	return mix64(h)
}
