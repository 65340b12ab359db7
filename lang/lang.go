// Package lang identifies the language of a text among the languages
// recoupe supports: French, English, German, Spanish, Italian, Portuguese
// and Dutch.
//
// Detection counts function words (articles, pronouns, prepositions,
// auxiliaries...) from stop-word lists (see profiles_gen.go and
// scripts/gen-langprofiles) and adds a little weight for the accented
// letters each language uses. Only the first maxWords words are read, so a
// call costs a few microseconds whatever the length of the text.
package lang

import (
	"math/bits"
	"unicode"
	"unicode/utf8"
)

// codes are the supported languages, in the bit order of profile.
var codes = [nLang]string{"fr", "en", "de", "es", "it", "pt", "nl"}

const (
	nLang = 7
	// maxWords is how many words of a text are read at most.
	maxWords = 1000
	// enoughHits stops reading once that many function words were seen.
	enoughHits = 300
	// maxWordLen is the longest word (in bytes) looked up; longer words
	// are no function words.
	maxWordLen = 24
	// coreWeight is the weight of a word in a language's core list, the
	// broad lists' words weighing 1.
	coreWeight = 2
	// charWeight is the weight of one accented letter, shared among the
	// languages that use it.
	charWeight = 0.3
	// minScore is the least score the best language must reach.
	minScore = 2
	// A text of minRatioWords words or more whose share of function
	// words is below minHitRatio is taken to be in another language (or
	// no prose: lists, tables); below lowHitRatio it is unless the best
	// language wins by a confidence of lowHitConfidence at least.
	minHitRatio      = 0.1
	lowHitRatio      = 0.2
	lowHitConfidence = 0.5
	minRatioWords    = 15
)

// Language bits, in the order of codes.
const (
	bFR = 1 << iota
	bEN
	bDE
	bES
	bIT
	bPT
	bNL
)

// accent gives, for the second byte of a lower-case letter encoded as
// 0xC3 0xXX (U+00DF..U+00FF), the languages that use it.
var accent = [64]uint8{
	0x1F: bDE,                   // ß
	0x20: bFR | bIT | bPT,       // à
	0x21: bES | bPT,             // á
	0x22: bFR | bPT,             // â
	0x23: bPT,                   // ã
	0x24: bDE,                   // ä
	0x27: bFR | bPT,             // ç
	0x28: bFR | bIT,             // è
	0x29: bFR | bES | bPT | bIT, // é
	0x2A: bFR | bPT,             // ê
	0x2B: bFR | bNL,             // ë
	0x2C: bIT,                   // ì
	0x2D: bES | bPT,             // í
	0x2E: bFR,                   // î
	0x2F: bFR | bNL,             // ï
	0x31: bES,                   // ñ
	0x32: bIT,                   // ò
	0x33: bES | bPT,             // ó
	0x34: bFR | bPT,             // ô
	0x35: bPT,                   // õ
	0x36: bDE | bNL,             // ö
	0x39: bFR | bIT,             // ù
	0x3A: bES | bPT,             // ú
	0x3B: bFR,                   // û
	0x3C: bDE,                   // ü
	0x3F: bFR,                   // ÿ
}

// scorer accumulates the evidence for each language.
type scorer struct {
	score   [nLang]float64
	words   int // words read
	hits    int // words found in profile
	latin   int // letters of the Latin script
	foreign int // letters of other scripts
}

// Detect returns the ISO 639-1 code of text's language and a confidence in
// [0,1]; "" when the text is too short or in no supported language.
func Detect(text string) (code string, confidence float64) {
	var s scorer
	s.scan(text)
	return s.result()
}

// DetectLines returns what Detect returns for the text made of lines, each
// followed by a line break, without building that text.
func DetectLines(lines []string) (code string, confidence float64) {
	var s scorer
	for _, l := range lines {
		// A line break ends a word as the end of a text does.
		if enough := s.scan(l); enough {
			break
		}
	}
	return s.result()
}

// Separators that matter to one-letter words.
const (
	sepOther = iota
	sepApostrophe
	sepPeriod
)

// scan reads the words of text, lower-casing them into a small buffer and
// looking each up in profile. It reports whether enough words were read,
// in which case it may stop before the end of text.
func (s *scorer) scan(text string) (enough bool) {
	var buf [maxWordLen]byte
	n := 0
	h := uint32(fnvOffset) // FNV-1a of buf[:n]
	long := false
	upper := false     // the word's first letter is upper-case
	afterApos := false // the word follows an apostrophe
	latin := 0         // letters of the Latin script, added to s.latin on return
	// end ends the current word, if any, at a separator; it reports
	// whether enough words were read (only a word's end changes that).
	end := func(sep int) (enough bool) {
		if n > 0 || long {
			s.words++
			if !long {
				s.word(buf[:n], h, upper, afterApos, sep)
			}
		}
		n, long, upper, h = 0, false, false, fnvOffset
		afterApos = sep == sepApostrophe
		return s.words >= maxWords || s.hits >= enoughHits
	}
	for i := 0; i < len(text); {
		c := text[i]
		switch {
		case c < utf8.RuneSelf:
			i++
			if 'A' <= c && c <= 'Z' {
				if n == 0 {
					upper = true
				}
				c += 'a' - 'A'
			} else if c < 'a' || c > 'z' {
				sep := sepOther
				switch c {
				case '\'':
					sep = sepApostrophe
				case '.':
					sep = sepPeriod
				}
				if end(sep) {
					s.latin += latin
					return true
				}
				continue
			}
			latin++
			if n < maxWordLen {
				buf[n] = c
				n++
				h = (h ^ uint32(c)) * fnvPrime
			} else {
				long = true
			}
		case c == 0xC3 && i+1 < len(text) && text[i+1] >= 0x80 && text[i+1] <= 0xBF:
			c2 := text[i+1]
			i += 2
			if c2 == 0x97 || c2 == 0xB7 { // × ÷
				if end(sepOther) {
					s.latin += latin
					return true
				}
				continue
			}
			if c2 < 0x9F { // À..Þ to à..þ
				if n == 0 {
					upper = true
				}
				c2 += 0x20
			}
			latin++
			if m := accent[c2&0x3F]; m != 0 {
				s.addChar(m)
			}
			if n+2 <= maxWordLen {
				buf[n], buf[n+1] = 0xC3, c2
				n += 2
				h = (((h ^ 0xC3) * fnvPrime) ^ uint32(c2)) * fnvPrime
			} else {
				long = true
			}
		default:
			r, size := utf8.DecodeRuneInString(text[i:])
			i += size
			if !unicode.IsLetter(r) {
				sep := sepOther
				if r == '’' || r == 'ʼ' {
					sep = sepApostrophe
				}
				if end(sep) {
					s.latin += latin
					return true
				}
				continue
			}
			if r >= 0x100 && r < 0x250 {
				latin++
				if n == 0 && unicode.IsUpper(r) {
					upper = true
				}
				r = unicode.ToLower(r)
				if r == 'œ' { // œ
					s.addChar(bFR)
				}
			} else {
				s.foreign++
			}
			if n+utf8.RuneLen(r) <= maxWordLen {
				k := utf8.EncodeRune(buf[n:], r)
				for _, b := range buf[n : n+k] {
					h = (h ^ uint32(b)) * fnvPrime
				}
				n += k
			} else {
				long = true
			}
		}
	}
	s.latin += latin
	return end(sepOther)
}

// oneLetterWord reports whether a word of one letter, given where it
// stands, can be a function word: an elided article or pronoun before an
// apostrophe (l', d', j'), or a vowel standing alone ("a", "e", "y", "à"),
// not an initial ("J. Smith") nor the tail of an English contraction ('s).
func oneLetterWord(w []byte, upper, afterApos bool, sep int) bool {
	switch {
	case sep == sepApostrophe:
		return true
	case afterApos, upper && sep == sepPeriod:
		return false
	case len(w) > 1: // an accented letter: à, è, é, ò...
		return true
	}
	switch w[0] {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return true
	}
	return false
}

// word scores one lower-cased word; upper, afterApos and sep tell where
// it stands, which matters for words of one letter.
func (s *scorer) word(w []byte, h uint32, upper, afterApos bool, sep int) {
	if (len(w) == 1 || len(w) == 2 && w[0] >= 0xC0) && !oneLetterWord(w, upper, afterApos, sep) {
		return
	}
	sl := words.lookup(w, h)
	if sl == nil {
		return
	}
	s.hits++
	for l, x := range sl.weight {
		s.score[l] += float64(x)
	}
}

// weights spreads the evidence of one profile entry among its languages:
// one point shared among the languages whose broad list has the word, the
// share of those whose core list also has it counting coreWeight times.
func weights(v uint16) [nLang]float32 {
	var w [nLang]float32
	broad := uint8(v)
	core := uint8(v >> 8)
	if broad == 0 {
		return w
	}
	share := 1 / float32(bits.OnesCount8(broad))
	for m := broad; m != 0; m &= m - 1 {
		l := bits.TrailingZeros8(m)
		w[l] = share
		if core&(1<<l) != 0 {
			w[l] *= coreWeight
		}
	}
	return w
}

// addChar scores one accented letter used by the languages in mask.
func (s *scorer) addChar(mask uint8) {
	share := charWeight / float64(bits.OnesCount8(mask))
	for m := mask; m != 0; m &= m - 1 {
		s.score[bits.TrailingZeros8(m)] += share
	}
}

// result picks the best language, if the evidence is enough.
func (s *scorer) result() (string, float64) {
	if s.foreign > s.latin {
		return "", 0
	}
	ratio := 1.0
	if s.words >= minRatioWords {
		ratio = float64(s.hits) / float64(s.words)
	}
	if ratio < minHitRatio {
		return "", 0
	}
	best, second := -1, -1
	for l := range s.score {
		switch {
		case best < 0 || s.score[l] > s.score[best]:
			best, second = l, best
		case second < 0 || s.score[l] > s.score[second]:
			second = l
		}
	}
	top := s.score[best]
	if top < minScore {
		return "", 0
	}
	margin := (top - s.score[second]) / top
	evidence := top / 10
	if evidence > 1 {
		evidence = 1
	}
	conf := margin * evidence
	if ratio < lowHitRatio && conf < lowHitConfidence {
		return "", 0
	}
	return codes[best], conf
}

// FNV-1a, the hash of the word table, computed while a word is read.
const (
	fnvOffset = 2166136261
	fnvPrime  = 16777619
)

func fnv(b []byte) uint32 {
	h := uint32(fnvOffset)
	for _, c := range b {
		h = (h ^ uint32(c)) * fnvPrime
	}
	return h
}

// wordTable is profile as an open-addressing hash table keyed by the FNV-1a
// hash the scanner computes as it reads, which saves hashing each word a
// second time in a map lookup. The table is a quarter full, and probing
// reads only tags, a small array that stays in cache, so that the many
// words that are no function word cost little; entry is read only for
// the words whose tag matches.
type wordTable struct {
	tags  []uint16 // tag of the word in each slot (see tagOf); 0 marks an empty slot
	index []uint16 // index in entry of the word in each slot
	entry []entry
	mask  uint32
}

type entry struct {
	key    string
	weight [nLang]float32
}

// words is profile as a wordTable.
var words = newWordTable(profile)

// tagOf returns the tag of a word whose hash is h: its top 16 bits, never
// 0. The slot comes from the low bits.
func tagOf(h uint32) uint16 { return uint16(h>>16) | 1 }

func newWordTable(m map[string]uint16) *wordTable {
	size := 1
	for size < 4*len(m) {
		size <<= 1
	}
	t := &wordTable{
		tags:  make([]uint16, size),
		index: make([]uint16, size),
		entry: make([]entry, 0, len(m)),
		mask:  uint32(size - 1),
	}
	if len(m) > 1<<16 {
		panic("lang: profile too large for a 16-bit index") // a bug in the table, not input
	}
	for k, v := range m {
		h := fnv([]byte(k))
		i := h & t.mask
		for t.tags[i] != 0 {
			i = (i + 1) & t.mask
		}
		t.tags[i] = tagOf(h)
		t.index[i] = uint16(len(t.entry))
		t.entry = append(t.entry, entry{key: k, weight: weights(v)})
	}
	return t
}

// lookup returns the entry of w, whose hash is h, or nil.
func (t *wordTable) lookup(w []byte, h uint32) *entry {
	tag := tagOf(h)
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		switch t.tags[i] {
		case 0:
			return nil
		case tag:
			if e := &t.entry[t.index[i]]; e.key == string(w) {
				return e
			}
		}
	}
}
