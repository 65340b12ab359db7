package clean

import (
	"hash/maphash"
	"unicode"
	"unicode/utf8"

	"github.com/recoupe/recoupe/stopwords"
)

// Languages whose stoplists the cleaner uses, as bits of a mask.
const (
	langFR uint8 = 1 << iota
	langEN
	langDE
	langES
	langIT
	nLangs = 5
)

var langCodes = [nLangs]string{"fr", "en", "de", "es", "it"}

// stopTable holds the folded stopwords of every language with the mask of
// the languages listing them, in an open-addressing table keyed by the
// packed bytes of the word. Probing reads tags, a small array that stays
// in cache, and slots only where the tag matches: most words of a text
// are no stopword and cost one byte read.
type stopTable struct {
	tags  []uint8 // tags[i]: 0 for an empty slot, else the tag of slots[i]'s word
	slots []stopSlot
	mask  uint64
}

type stopSlot struct {
	a, b  uint64 // the word's bytes, packed
	langs uint8  // languages listing the word as a stopword
	cues  uint8  // which boilerplate phrases the word may belong to
}

// Cues: a line holding one of these words may hold a phrase of that kind,
// so only such lines are searched for the phrases.
const (
	cuePhrase   uint8 = 1 << iota // phrases (subscription, advert, ...)
	cueFragment                   // trailing "Lire la suite" markers
	cueCredit                     // wire credits inside a line
	cueConsent                    // cookie and consent notices
)

// packWord packs a word of 1 to 16 bytes into two words, exactly: the
// bytes little-endian, zero-padded, with the length in the top byte of b.
func packWord(w []byte) (a, b uint64) {
	for i, c := range w[:min(len(w), 8)] {
		a |= uint64(c) << (8 * i)
	}
	for i := 8; i < len(w); i++ {
		b |= uint64(w[i]) << (8 * (i - 8))
	}
	return a, b ^ uint64(len(w))<<60
}

// slotOf returns the first slot to probe for the packed word a, b and its
// tag (never 0).
func slotOf(a, b, mask uint64) (i uint64, tag uint8) {
	h := (a ^ b*0x9E3779B97F4A7C15) * 0xBF58476D1CE4E5B9
	return (h >> 32) & mask, uint8(h>>24) | 1
}

func (t *stopTable) add(w []byte, langs, cues uint8) {
	if len(w) == 0 || len(w) > maxStopLen {
		return
	}
	a, b := packWord(w)
	i, tag := slotOf(a, b, t.mask)
	for ; ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if t.tags[i] == 0 || s.a == a && s.b == b {
			t.tags[i] = tag
			s.a, s.b = a, b
			s.langs |= langs
			s.cues |= cues
			return
		}
	}
}

// lookup returns the slot of w (1 to maxStopLen bytes), nil if w is
// neither a stopword nor a cue.
func (t *stopTable) lookup(w []byte) *stopSlot {
	a, b := packWord(w)
	i, tag := slotOf(a, b, t.mask)
	for ; ; i = (i + 1) & t.mask {
		switch t.tags[i] {
		case 0:
			return nil
		case tag:
			if s := &t.slots[i]; s.a == a && s.b == b {
				return s
			}
		}
	}
}

// anchorWord returns the word of phrase p whose presence in a line is
// required for p to occur in it: the longest word bounded by non-letters
// inside p (so that it is a whole word of the line too), else the longest.
func anchorWord(p string) string {
	best, bestIn := "", ""
	eachWord([]byte(p), isLetterByte, func(w []byte, end int) bool {
		start := end - len(w)
		if len(w) <= maxStopLen {
			if len(w) > len(best) {
				best = string(w)
			}
			if start > 0 && end < len(p) && len(w) > len(bestIn) {
				bestIn = string(w)
			}
		}
		return true
	})
	if len(bestIn) >= 4 {
		return bestIn
	}
	if best == "" {
		panic("clean: phrase without an anchor word: " + p) // a bug in a table, not input
	}
	return best
}

// stops is the table of the stoplists of package stopwords.
var stops = func() *stopTable {
	const size = 1 << 14 // some 3,500 words: the table is a fifth full
	t := &stopTable{tags: make([]uint8, size), slots: make([]stopSlot, size), mask: size - 1}
	var buf []byte
	for i, code := range langCodes {
		for _, w := range stopwords.Words(code) {
			buf = buf[:0]
			for _, r := range w {
				buf, _, _ = foldRune(buf, r)
			}
			// Split like analyze does: on apostrophes and hyphens.
			start := 0
			for j := 0; j <= len(buf); j++ {
				if j == len(buf) || buf[j] == '\'' || buf[j] == '-' || buf[j] == ' ' {
					if j > start {
						t.add(buf[start:j], 1<<i, 0)
					}
					start = j + 1
				}
			}
		}
	}
	for _, p := range phrases {
		t.add([]byte(anchorWord(p.text)), 0, cuePhrase)
	}
	for _, p := range fragmentMarkers {
		t.add([]byte(anchorWord(p)), 0, cueFragment)
	}
	for _, p := range creditInfixes {
		t.add([]byte(anchorWord(p)), 0, cueCredit)
	}
	for _, w := range []string{"cookie", "cookies", "consent", "consentement", "traceurs", "consentir"} {
		t.add([]byte(w), 0, cueConsent)
	}
	return t
}()

// lineInfo is what the cleaner knows of one non-empty line.
type lineInfo struct {
	idx    int    // index in Doc.Lines
	raw    string // the line, trimmed
	lo, hi int32  // folded text in scratch.buf[lo:hi]
	core   int32  // folded text after leading punctuation: buf[lo+core:hi]

	words   int            // words (letters or digits)
	letters int            // letter runes
	capW    int            // words starting with an upper-case letter
	upperL  int            // upper-case letters
	digits  int            // digit runes
	stops   [nLangs]uint16 // stopwords of each language
	own     [nLangs]uint16 // stopwords (of 2 letters or more) listed by that language only
	quotes  int            // quotation marks
	seps    int            // menu separators: | > › • · /
	firstUp bool           // first letter of the line is upper-case or the line starts with a digit
	firstLo bool           // first letter of the line is lower-case
	last    byte           // last folded byte that is not a space or closing quote/bracket
	lastRaw byte           // last folded byte

	key  uint64 // hash of the folded text
	cues uint8  // cue words found (cuePhrase, ...)

	reason string // boilerplate reason, "" while kept
	cut    int    // raw offset where a trailing fragment starts, 0 if none
	cutOff int32  // folded offset (from lo) of that fragment
	class  uint8  // jusText class
}

// asciiFold gives the folded byte, kind and case of each ASCII byte.
var asciiFold = func() (t [utf8.RuneSelf]struct {
	b     byte
	kind  foldKind
	upper bool
}) {
	for c := 0; c < utf8.RuneSelf; c++ {
		out, k, up := foldRune(nil, rune(c))
		t[c].b, t[c].kind, t[c].upper = out[0], k, up
	}
	return t
}()

// latin1Fold gives the folded form, kind and case of the characters
// U+00C0-U+00FF (Latin-1 letters, written 0xC3 0x80-0xBF), by their second
// byte's low six bits: the accented letters of French and its neighbours.
var latin1Fold = func() (t [64]struct {
	out   []byte
	kind  foldKind
	upper bool
}) {
	for i := range t {
		t[i].out, t[i].kind, t[i].upper = foldRune(nil, rune(0xC0+i))
	}
	return t
}()

// maxStopLen is the longest folded word looked up, in bytes.
const maxStopLen = 16

// addWord records the word w (folded) in li's counts.
func (li *lineInfo) addWord(w []byte, upper, digit bool) {
	li.words++
	if upper {
		li.capW++
	}
	if digit || len(w) > maxStopLen {
		return
	}
	slot := stops.lookup(w)
	if slot == nil {
		return
	}
	li.cues |= slot.cues
	m := slot.langs
	for i := 0; i < nLangs; i++ {
		if m&(1<<i) != 0 {
			li.stops[i]++
			if m == 1<<i && len(w) > 1 {
				li.own[i]++
			}
		}
	}
}

// analyze folds raw (already trimmed) into buf and computes the line's
// features. It returns the extended buffer.
func analyze(buf []byte, raw string, li *lineInfo) []byte {
	li.raw = raw
	li.lo = int32(len(buf))
	space := true // at a space (or the start): further spaces are dropped
	wordStart := -1
	wordUpper, wordDigit := false, false
	firstSeen := false
	coreSet := false
	letters, upperL := 0, 0
	var tmp [8]byte
	for i := 0; i < len(raw); {
		c := raw[i]
		var (
			out []byte
			k   foldKind
			up  bool
			r   rune
		)
		if c < utf8.RuneSelf {
			i++
			e := &asciiFold[c]
			switch e.kind {
			case kindLetter:
				if wordStart < 0 {
					if !coreSet {
						li.core = int32(len(buf)) - li.lo
						coreSet = true
					}
					wordStart = len(buf)
					wordUpper, wordDigit = e.upper, false
					if !firstSeen {
						firstSeen = true
						li.firstUp = e.upper
						li.firstLo = !e.upper
					}
				}
				letters++
				if e.upper {
					upperL++
				}
				space = false
				buf = append(buf, e.b)
				// The lower-case ASCII letters that follow, the bulk of
				// most texts, in one go: they only add to the word.
				j := i
				for j < len(raw) && 'a' <= raw[j] && raw[j] <= 'z' {
					j++
				}
				buf = append(buf, raw[i:j]...)
				letters += j - i
				i = j
				continue
			case kindSpace:
				if wordStart >= 0 {
					li.addWord(buf[wordStart:], wordUpper, wordDigit)
					wordStart = -1
				}
				if !space {
					space = true
					buf = append(buf, ' ')
				}
				continue
			}
			tmp[0] = e.b
			out, k, up, r = tmp[:1], e.kind, e.upper, rune(c)
		} else if c == 0xC3 && i+1 < len(raw) && raw[i+1]&0xC0 == 0x80 {
			e := &latin1Fold[raw[i+1]&0x3F]
			out, k, up, r = e.out, e.kind, e.upper, 0xC0+rune(raw[i+1]&0x3F)
			i += 2
		} else {
			var n int
			r, n = utf8.DecodeRuneInString(raw[i:])
			i += n
			out, k, up = foldRune(tmp[:0], r)
		}
		if k == kindSpace {
			if wordStart >= 0 {
				li.addWord(buf[wordStart:], wordUpper, wordDigit)
				wordStart = -1
			}
			if !space {
				space = true
				buf = append(buf, ' ')
			}
			continue
		}
		if len(out) == 0 {
			continue // an invisible character or a combining mark: dropped
		}
		space = false
		switch k {
		case kindLetter:
			if !coreSet {
				li.core = int32(len(buf)) - li.lo
				coreSet = true
			}
			if wordStart < 0 {
				wordStart = len(buf)
				wordUpper, wordDigit = up, false
			}
			letters++
			if up {
				upperL++
			}
			if !firstSeen {
				firstSeen = true
				li.firstUp = up
				li.firstLo = !up && unicode.IsLower(r)
			}
		case kindDigit:
			if !coreSet {
				li.core = int32(len(buf)) - li.lo
				coreSet = true
			}
			if wordStart < 0 {
				wordStart = len(buf)
				wordUpper = false
			}
			wordDigit = true
			li.digits++
			if !firstSeen {
				firstSeen = true
				li.firstUp = true
			}
		default:
			if wordStart >= 0 {
				li.addWord(buf[wordStart:], wordUpper, wordDigit)
				wordStart = -1
			}
			switch out[0] {
			case '"':
				li.quotes++
			case '|', '>', '/':
				li.seps++
			}
			switch r {
			case '\u2022', '\u00b7':
				li.seps++
			case '\u00a9': // ©: a rule matches on it
				if !coreSet {
					li.core = int32(len(buf)) - li.lo
					coreSet = true
				}
			}
		}
		buf = append(buf, out...)
	}
	if wordStart >= 0 {
		li.addWord(buf[wordStart:], wordUpper, wordDigit)
	}
	li.letters, li.upperL = letters, upperL
	if n := len(buf); n > int(li.lo) && buf[n-1] == ' ' {
		buf = buf[:n-1]
	}
	li.hi = int32(len(buf))
	if !coreSet || li.core > li.hi-li.lo {
		li.core = li.hi - li.lo
	}
	f := buf[li.lo:li.hi]
	li.key = maphash.Bytes(hashSeed, f)
	if len(f) > 0 {
		li.lastRaw = f[len(f)-1]
	}
	for i := len(f) - 1; i >= 0; i-- {
		c := f[i]
		if c == ' ' || c == '"' || c == ')' || c == ']' || c == '\'' || c == '*' {
			continue
		}
		if c >= 0x80 {
			// Sentence ends of other scripts: 。！？ ؟ ۔ ।
			r, _ := utf8.DecodeLastRune(f[:i+1])
			switch r {
			case '\u3002', '\uff01', '\uff1f', '\uff0e', '\u061f', '\u06d4', '\u0964':
				c = '.'
			}
		}
		li.last = c
		break
	}
	return buf
}

// hashSeed seeds the hashes of folded lines (duplicates, repeated lines):
// they are compared within one process only.
var hashSeed = maphash.MakeSeed()

// normKey returns the hash of the normalised form of the folded line f:
// letters, digits and single spaces, each run of digits folded to one 0.
// Lines differing only in punctuation or numbers share it.
func normKey(f []byte) uint64 {
	var h maphash.Hash
	h.SetSeed(hashSeed)
	var tmp [64]byte
	n := 0
	space, digit := true, false
	for _, c := range f {
		switch {
		case c >= '0' && c <= '9':
			if digit {
				continue
			}
			digit, space = true, false
			c = '0'
		case c >= 'a' && c <= 'z' || c >= 0x80:
			digit, space = false, false
		default:
			digit = false
			if space {
				continue
			}
			space = true
			c = ' '
		}
		tmp[n] = c
		if n++; n == len(tmp) {
			h.Write(tmp[:n])
			n = 0
		}
	}
	if n > 0 && tmp[n-1] == ' ' {
		n--
	}
	h.Write(tmp[:n])
	return h.Sum64()
}

// stopDensity is the share of li's words in the stoplist of language l
// (an index into langCodes); 0 for an unknown language.
func (li *lineInfo) stopDensity(l int) float64 {
	if l < 0 || li.words == 0 {
		return 0
	}
	return float64(li.stops[l]) / float64(li.words)
}

// detectLang picks the document's language from the stopwords of its
// lines: each word listed by exactly one language votes for it. It
// returns an index into langCodes, or -1 when the evidence is too thin;
// declared (Doc.Lang) settles thin evidence.
func detectLang(lines []lineInfo, declared string) int {
	var votes [nLangs]int
	for i := range lines {
		for l := 0; l < nLangs; l++ {
			votes[l] += int(lines[i].own[l])
		}
	}
	best, second := 0, 0
	for l := 1; l < nLangs; l++ {
		if votes[l] > votes[best] {
			best = l
		}
	}
	for l := 0; l < nLangs; l++ {
		if l != best && votes[l] > second {
			second = votes[l]
		}
	}
	if votes[best] >= 3 && votes[best] >= 2*second {
		return best
	}
	if len(declared) >= 2 {
		d0, d1 := declared[0]|0x20, declared[1]|0x20
		for l, code := range langCodes {
			if code[0] == d0 && code[1] == d1 {
				return l
			}
		}
	}
	if votes[best] > second {
		return best
	}
	return -1
}
