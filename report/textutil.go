package report

import (
	"strings"
	"unicode"
)

// isNoBreakSpace reports whether r is a space that must not break a line
// (French typography puts them inside guillemets and between digit groups).
func isNoBreakSpace(r rune) bool { return r == '\u00a0' || r == '\u202f' || r == '\u2007' }

// oneLine makes a piece of input text safe and flat for a terminal or a
// table cell: white space (newlines included) collapses to single spaces,
// no-break spaces are kept, and control characters, including escape sequences and bidirectional
// overrides that could disguise the output, are dropped.
func oneLine(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case isNoBreakSpace(r):
		case unicode.IsSpace(r):
			space = true
			continue
		case unicode.IsControl(r) || isBidiControl(r):
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

func isBidiControl(r rune) bool {
	return (r >= '\u202a' && r <= '\u202e') || (r >= '\u2066' && r <= '\u2069') ||
		r == '\u200e' || r == '\u200f' || r == '\u061c'
}

// runeWidth is the number of terminal columns r takes: 0 for combining
// and format characters, 2 for East Asian wide and full-width ones.
func runeWidth(r rune) int {
	switch {
	case unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf):
		return 0
	case r >= 0x1100 && r <= 0x115f, // Hangul Jamo
		r >= 0x2e80 && r <= 0xa4cf && r != 0x303f, // CJK ... Yi
		r >= 0xac00 && r <= 0xd7a3,                // Hangul syllables
		r >= 0xf900 && r <= 0xfaff,                // CJK compatibility ideographs
		r >= 0xfe30 && r <= 0xfe4f,                // CJK compatibility forms
		r >= 0xff00 && r <= 0xff60,                // full-width forms
		r >= 0xffe0 && r <= 0xffe6,
		r >= 0x1f300 && r <= 0x1f64f, // pictographs, emoticons
		r >= 0x1f900 && r <= 0x1f9ff,
		r >= 0x20000 && r <= 0x3fffd:
		return 2
	}
	return 1
}

// width is the number of terminal columns s takes.
func width(s string) int {
	n := 0
	for _, r := range s {
		n += runeWidth(r)
	}
	return n
}

// truncate cuts s to at most w columns, ending it with "…" when cut.
func truncate(s string, w int) string {
	if width(s) <= w {
		return s
	}
	if w <= 0 {
		return ""
	}
	var b strings.Builder
	n := 0
	for _, r := range s {
		rw := runeWidth(r)
		if n+rw > w-1 {
			break
		}
		b.WriteRune(r)
		n += rw
	}
	return strings.TrimRight(b.String(), " ") + "…"
}

// pad fills s with spaces up to w columns.
func pad(s string, w int) string {
	if n := width(s); n < w {
		return s + strings.Repeat(" ", w-n)
	}
	return s
}

// padLeft right-aligns s in w columns.
func padLeft(s string, w int) string {
	if n := width(s); n < w {
		return strings.Repeat(" ", w-n) + s
	}
	return s
}

// wrap breaks s (flattened by oneLine) into lines of at most w columns at
// its ASCII spaces; a word longer than a line is cut.
func wrap(s string, w int) []string {
	if w < 1 {
		w = 1
	}
	var lines []string
	var cur strings.Builder
	curW := 0
	for _, word := range strings.Split(s, " ") {
		ww := width(word)
		for ww > w { // a word longer than a line: flush, then cut it
			if curW > 0 {
				lines = append(lines, cur.String())
				cur.Reset()
				curW = 0
			}
			head, rest := cutWidth(word, w)
			lines = append(lines, head)
			word, ww = rest, width(rest)
		}
		switch {
		case ww == 0:
		case curW == 0:
			cur.WriteString(word)
			curW = ww
		case curW+1+ww <= w:
			cur.WriteByte(' ')
			cur.WriteString(word)
			curW += 1 + ww
		default:
			lines = append(lines, cur.String())
			cur.Reset()
			cur.WriteString(word)
			curW = ww
		}
	}
	if curW > 0 {
		lines = append(lines, cur.String())
	}
	return lines
}

// cutWidth splits s after at most w columns (at least one rune).
func cutWidth(s string, w int) (head, rest string) {
	n := 0
	for i, r := range s {
		rw := runeWidth(r)
		if n+rw > w && i > 0 {
			return s[:i], s[i:]
		}
		n += rw
	}
	return s, ""
}
