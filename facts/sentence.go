package facts

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Span is a piece of a text: Start and End are code-point offsets, End
// excluded, and Text the runes between them.
type Span struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// Sentences splits a French or English text into sentences, in order,
// without the white space around them. A line break always ends a
// sentence (paragraphs are joined by blank lines, raw input by line
// breaks). Otherwise a sentence ends after ".", "!", "?" or "…" (and the
// closing quote marks and brackets right after them) when white space
// and the start of a new sentence follow: a capital letter, a digit, an
// opening quote mark or bracket, or a dash.
//
// A full stop does not end a sentence after a title or an abbreviation
// that stands before a name or a number ("M.", "Mme.", "MM.", "Dr.",
// "St.", "Mgr.", "Pr.", "Me.", "Mr.", "Gen.", "n.", "art.", "p."...),
// after an initial ("J. K. Rowling"), inside a number ("1.5", "3.000") or
// after hyphenated initials ("J.-P.", "J.-C."). After "etc." it does when
// a capitalised word follows; after a dotted acronym ("U.S.") or "Inc.",
// "Ltd.", "Jr."... only when a word that typically opens a sentence
// follows ("The", "Il", "Selon"). An exclamation or question mark followed
// by a lower-case word stays inside the sentence ("« Partez ! » a-t-il
// crié").
func Sentences(text string) []Span {
	if !utf8.ValidString(text) {
		// Offsets count an invalid byte as one code point, as []rune
		// does; so must Text.
		text = string([]rune(text))
	}
	var out []Span
	// Offsets are bytes below; runes counts code points for the spans,
	// which come in order.
	runes := runeCounter{text: text}
	start := 0
	emit := func(end int) {
		s, e := start, end
		for s < e {
			r, n := utf8.DecodeRuneInString(text[s:])
			if !unicode.IsSpace(r) {
				break
			}
			s += n
		}
		for e > s {
			r, n := utf8.DecodeLastRuneInString(text[s:e])
			if !unicode.IsSpace(r) {
				break
			}
			e -= n
		}
		if e > s {
			out = append(out, Span{Start: runes.at(s), End: runes.at(e), Text: text[s:e]})
		}
		start = end
	}
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029' {
			emit(i)
			i += n
			continue
		}
		if !isTerminal(r) {
			i += n
			continue
		}
		// Take the run of terminal marks and the closers after it.
		j := i + n
		for j < len(text) {
			r, n := utf8.DecodeRuneInString(text[j:])
			if !isTerminal(r) {
				break
			}
			j += n
		}
		j = skipClosers(text, j)
		if j == len(text) {
			emit(j)
			i = j
			continue
		}
		if r, _ := utf8.DecodeRuneInString(text[j:]); !unicode.IsSpace(r) {
			i = j
			continue
		}
		k := j
		for k < len(text) {
			r, n := utf8.DecodeRuneInString(text[k:])
			if !unicode.IsSpace(r) || r == '\n' || r == '\r' {
				break
			}
			k += n
		}
		if k == len(text) || text[k] == '\n' || text[k] == '\r' || endsSentence(text, i, n, j, k) {
			emit(j)
		}
		i = j
	}
	emit(len(text))
	return out
}

// runeCounter converts increasing byte offsets of text to code-point
// offsets.
type runeCounter struct {
	text     string
	b, runes int
}

func (c *runeCounter) at(b int) int {
	c.runes += utf8.RuneCountInString(c.text[c.b:b])
	c.b = b
	return c.runes
}

// endsSentence decides whether the terminal mark of n bytes at text[i]
// (with marks and closers up to j, then white space up to k, where the
// next word starts; all byte offsets) ends a sentence.
func endsSentence(text string, i, n, j, k int) bool {
	next, _ := utf8.DecodeRuneInString(text[k:])
	capital := unicode.IsUpper(next)
	starts := capital || unicode.IsDigit(next) || isOpener(next) || isDash(next)
	if !starts {
		return false
	}
	if text[i] != '.' || j > i+n {
		// "!", "?", "…", "..." or a full stop closing a quote or a
		// bracket: the next word decides alone.
		return true
	}
	// A single full stop: look at the word before it.
	w := i
	for w > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:w])
		if !unicode.IsLetter(r) && r != '.' && r != '-' {
			break
		}
		w -= n
	}
	word := text[w:i]
	if word == "" {
		return true
	}
	if strings.Contains(word, ".") {
		// Dotted abbreviations and acronyms ("U.S", "J.-C", "J.-P"):
		// hyphenated ones are initials or "J.-C.", the others end a
		// sentence only before a typical opener ("in the U.S. The").
		if strings.Contains(word, "-") {
			return false
		}
		return starter(text, k)
	}
	if isInitial(word) || neverEnd[word] {
		return false
	}
	if beforeNumber[word] && unicode.IsDigit(next) {
		return false
	}
	lw := strings.ToLower(word)
	if lw == "etc" {
		return capital
	}
	if mayEnd[lw] {
		return starter(text, k)
	}
	return true
}

// isInitial reports whether word is a single capital letter ("J" of
// "J. K. Rowling").
func isInitial(word string) bool {
	r, n := utf8.DecodeRuneInString(word)
	return n == len(word) && unicode.IsUpper(r)
}

// skipClosers returns the byte offset after the quote marks and brackets
// that close what a terminal mark before j ended: "», ”, ), ]", with the
// space French puts before a closing guillemet.
func skipClosers(text string, j int) int {
	for j < len(text) {
		r, n := utf8.DecodeRuneInString(text[j:])
		if isCloser(r) {
			j += n
			continue
		}
		k := j
		for k < len(text) {
			r, n := utf8.DecodeRuneInString(text[k:])
			if r != ' ' && r != '\u00a0' && r != '\u202f' && r != '\u2009' {
				break
			}
			k += n
		}
		if k > j && k < len(text) {
			if r, n := utf8.DecodeRuneInString(text[k:]); r == '»' || r == '›' {
				j = k + n
				continue
			}
		}
		return j
	}
	return j
}

// starter reports whether the word at text[k:] is a word that often
// starts a sentence and is seldom part of a name ("The", "Il", "Selon").
func starter(text string, k int) bool {
	e := k
	for e < len(text) {
		r, n := utf8.DecodeRuneInString(text[e:])
		if !unicode.IsLetter(r) {
			break
		}
		e += n
	}
	return starters[text[k:e]]
}

// neverEnd holds abbreviations, with their case as written, that stand
// before a name and so never end a sentence.
var neverEnd = map[string]bool{
	"M": true, "MM": true, "Mme": true, "Mmes": true, "Mlle": true, "Mlles": true,
	"Dr": true, "Drs": true, "Pr": true, "Me": true, "Mgr": true, "St": true, "Ste": true,
	"Mr": true, "Mrs": true, "Ms": true, "Prof": true, "Gen": true, "Gén": true,
	"Col": true, "Lt": true, "Sgt": true, "Capt": true, "Cpt": true, "Gov": true,
	"Sen": true, "Rep": true, "Rev": true, "Hon": true, "Cdt": true, "Mt": true,
	"Ft": true, "Adm": true, "Maj": true, "cf": true, "Cf": true, "vs": true,
	"av": true, "bd": true, "Bd": true,
}

// beforeNumber holds abbreviations that do not end a sentence when a
// number follows ("n. 5", "art. 49", "p. 12", "Jan. 5").
var beforeNumber = map[string]bool{
	"n": true, "No": true, "Nos": true, "nos": true, "art": true, "Art": true,
	"p": true, "pp": true, "vol": true, "Vol": true, "fig": true, "Fig": true,
	"chap": true, "env": true, "tel": true, "tél": true, "ex": true,
	"Jan": true, "Feb": true, "Aug": true, "Sept": true, "Sep": true, "Oct": true,
	"Nov": true, "Dec": true, "janv": true, "févr": true, "déc": true,
}

// mayEnd holds abbreviations (lower-cased) that end a sentence only when
// a typical sentence opener follows ("Apple Inc. The company").
var mayEnd = map[string]bool{
	"inc": true, "ltd": true, "co": true, "corp": true, "jr": true, "sr": true, "cie": true,
}

// starters are words that often open a sentence and seldom continue a
// name, in French and English.
var starters = map[string]bool{
	"The": true, "A": true, "An": true, "He": true, "She": true, "It": true, "They": true,
	"We": true, "I": true, "In": true, "On": true, "But": true, "And": true, "This": true,
	"That": true, "These": true, "Its": true, "His": true, "Her": true, "Their": true,
	"Le": true, "La": true, "Les": true, "Il": true, "Elle": true, "Ils": true, "Elles": true,
	"Un": true, "Une": true, "Des": true, "Mais": true, "Et": true, "Ce": true, "Cette": true,
	"Ces": true, "En": true, "Selon": true, "Pour": true, "Dans": true, "Au": true, "Aux": true,
	"Son": true, "Sa": true, "Ses": true, "Leur": true, "Leurs": true, "Nous": true, "Je": true,
	"Depuis": true, "Après": true, "Avant": true,
}

func isTerminal(r rune) bool { return r == '.' || r == '!' || r == '?' || r == '…' }

func isCloser(r rune) bool {
	switch r {
	case '»', '"', '”', '’', '\'', ')', ']', '›', '“':
		return true
	}
	return false
}

func isOpener(r rune) bool {
	switch r {
	case '«', '"', '“', '„', '(', '[', '‹', '‘', '\'':
		return true
	}
	return false
}

func isDash(r rune) bool { return r == '-' || r == '–' || r == '—' }
