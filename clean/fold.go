package clean

import (
	"unicode"
	"unicode/utf8"
)

// Folding turns a line into a canonical lower-case form on which the rules
// match: ASCII letters lower-cased, Latin accents removed, typographic
// apostrophes, quotes, dashes, ellipses and spaces reduced to one ASCII
// form each, runs of spaces collapsed and the ends trimmed. Every other
// rune is kept, lower-cased. Folding is a function of the rune sequence
// only, so a folded offset can be mapped back to the raw text (rawOffset).

// foldTab gives the folded form of the runes U+00C0..U+017F (Latin-1
// Supplement letters and Latin Extended-A); "" means keep the lower-cased
// rune.
var foldTab = func() [0x180 - 0xC0]string {
	var t [0x180 - 0xC0]string
	set := func(base string, runes string) {
		for _, r := range runes {
			if r >= 0xC0 && r < 0x180 {
				t[r-0xC0] = base
			}
		}
	}
	set("a", "ÀÁÂÃÄÅàáâãäåĀāĂăĄą")
	set("ae", "Ææ")
	set("c", "ÇçĆćĈĉĊċČč")
	set("d", "ĎďĐđÐð")
	set("e", "ÈÉÊËèéêëĒēĔĕĖėĘęĚě")
	set("g", "ĜĝĞğĠġĢģ")
	set("h", "ĤĥĦħ")
	set("i", "ÌÍÎÏìíîïĨĩĪīĬĭĮįİı")
	set("j", "Ĵĵ")
	set("k", "Ķķ")
	set("l", "ĹĺĻļĽľĿŀŁł")
	set("n", "ÑñŃńŅņŇňŉ")
	set("o", "ÒÓÔÕÖØòóôõöøŌōŎŏŐő")
	set("oe", "Œœ")
	set("r", "ŔŕŖŗŘř")
	set("s", "ŚśŜŝŞşŠš")
	set("ss", "ß")
	set("t", "ŢţŤťŦŧ")
	set("u", "ÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲų")
	set("w", "Ŵŵ")
	set("y", "ÝýÿŶŷŸ")
	set("z", "ŹźŻżŽž")
	set("th", "Þþ")
	return t
}()

// foldKind classifies a folded rune for the caller: letter (part of a
// word), digit, space, or punctuation/symbol.
type foldKind uint8

const (
	kindPunct foldKind = iota
	kindLetter
	kindDigit
	kindSpace
)

// foldRune returns the folded form of r as bytes appended to dst, and its
// kind. upper reports whether r is an upper-case letter.
func foldRune(dst []byte, r rune) (out []byte, kind foldKind, upper bool) {
	if r < utf8.RuneSelf {
		c := byte(r)
		switch {
		case c >= 'a' && c <= 'z':
			return append(dst, c), kindLetter, false
		case c >= 'A' && c <= 'Z':
			return append(dst, c+'a'-'A'), kindLetter, true
		case c >= '0' && c <= '9':
			return append(dst, c), kindDigit, false
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f':
			return append(dst, ' '), kindSpace, false
		case c == '`':
			return append(dst, '\''), kindPunct, false
		case c < ' ' || c == 0x7f:
			return append(dst, ' '), kindSpace, false
		}
		return append(dst, c), kindPunct, false
	}
	if r >= 0xC0 && r < 0x180 && r != 0xD7 && r != 0xF7 {
		if s := foldTab[r-0xC0]; s != "" {
			return append(dst, s...), kindLetter, unicode.IsUpper(r)
		}
	}
	switch r {
	case '\u2019', '\u2018', '\u02bc', '\u00b4', '\u2032', '\u201b':
		return append(dst, '\''), kindPunct, false
	case '\u00ab', '\u00bb', '\u201c', '\u201d', '\u201e', '\u201f', '\u2033':
		return append(dst, '"'), kindPunct, false
	case '\u2039', '\u203a':
		// Single guillemets are rare as quote marks in news; they are the
		// usual separator of breadcrumbs ("Accueil › Monde › Europe").
		if r == '\u2039' {
			return append(dst, '<'), kindPunct, false
		}
		return append(dst, '>'), kindPunct, false
	case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212':
		return append(dst, '-'), kindPunct, false
	case '\u2026':
		return append(dst, "..."...), kindPunct, false
	case '\u00a0', '\u202f', '\u2007', '\u2009', '\u200a', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006', '\u2008', '\u3000', '\u0085', '\u2028', '\u2029', '\u1680', '\u205f':
		return append(dst, ' '), kindSpace, false
	case '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad':
		return dst, kindPunct, false // invisible: dropped
	case utf8.RuneError:
		return append(dst, '?'), kindPunct, false
	}
	switch {
	case unicode.IsLetter(r):
		lr := unicode.ToLower(r)
		return utf8.AppendRune(dst, lr), kindLetter, lr != r
	case unicode.IsDigit(r):
		return utf8.AppendRune(dst, r), kindDigit, false
	case unicode.IsSpace(r):
		return append(dst, ' '), kindSpace, false
	case unicode.IsMark(r):
		return dst, kindLetter, false // combining accent: dropped, part of the word
	}
	return utf8.AppendRune(dst, r), kindPunct, false
}

// trimSpace trims the spaces and invisible format characters (zero-width
// space, byte order mark, ...) at both ends of s. A line that trims to ""
// is empty: it carries no content and the cleaner does not report it.
func trimSpace(s string) string {
	for len(s) > 0 {
		c := s[0]
		if c < utf8.RuneSelf {
			if c != ' ' && (c < '\t' || c > '\r') {
				break
			}
			s = s[1:]
			continue
		}
		r, n := utf8.DecodeRuneInString(s)
		if !invisible(r) {
			break
		}
		s = s[n:]
	}
	for len(s) > 0 {
		c := s[len(s)-1]
		if c < utf8.RuneSelf {
			if c != ' ' && (c < '\t' || c > '\r') {
				break
			}
			s = s[:len(s)-1]
			continue
		}
		r, n := utf8.DecodeLastRuneInString(s)
		if !invisible(r) {
			break
		}
		s = s[:len(s)-n]
	}
	return s
}

// invisible reports whether r is a space or a format character.
func invisible(r rune) bool {
	return unicode.IsSpace(r) || unicode.Is(unicode.Cf, r)
}

// rawOffset returns the byte offset in raw (as given to analyze) of the
// folded byte offset off: the start of the rune whose folded form covers
// off. It reproduces the space collapsing of analyze.
func rawOffset(raw string, off int) int {
	n := 0
	space := true // leading spaces are trimmed
	var tmp [8]byte
	for i, r := range raw {
		out, k, _ := foldRune(tmp[:0], r)
		if k == kindSpace {
			if space {
				continue
			}
			space = true
		} else if len(out) > 0 {
			space = false
		}
		if n+len(out) > off {
			return i
		}
		n += len(out)
	}
	return len(raw)
}

// foldString returns the folded form of s (allocating; for rare paths).
func foldString(s string) string {
	var b []byte
	for _, r := range s {
		b, _, _ = foldRune(b, r)
	}
	return string(b)
}
