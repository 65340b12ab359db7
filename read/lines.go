package read

import (
	"strings"
	"unicode/utf8"
)

// Byte classes for the line scanner.
const (
	clText    = iota // any other byte
	clBreak          // \n \r \v \f: end of line
	clControl        // other C0 controls and DEL: replaced by a space
	clLead           // first byte of NEL, a C1 control, U+2028/U+2029 or U+FEFF
)

var byteClass = func() (t [256]uint8) {
	for c := 0; c < 0x20; c++ {
		t[c] = clControl
	}
	t['\t'] = clText
	t['\n'], t['\r'], t['\v'], t['\f'] = clBreak, clBreak, clBreak, clBreak
	t[0x7f] = clControl
	t[0xc2], t[0xe2], t[0xef] = clLead, clLead, clLead
	return t
}()

// special classifies the multi-byte character at s[i] (whose first byte is
// of class clLead): NEL (U+0085), LINE SEPARATOR and PARAGRAPH SEPARATOR
// (U+2028, U+2029) end a line; C1 controls (U+0080-U+009F) and the
// zero-width no-break space U+FEFF (a stray byte order mark) are controls.
func special(s string, i int) (class uint8, size int) {
	switch s[i] {
	case 0xc2:
		if i+1 < len(s) {
			switch c := s[i+1]; {
			case c == 0x85:
				return clBreak, 2
			case 0x80 <= c && c <= 0x9f:
				return clControl, 2
			}
		}
	case 0xe2:
		if i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0xa8 || s[i+2] == 0xa9) {
			return clBreak, 3
		}
	case 0xef:
		if i+2 < len(s) && s[i+1] == 0xbb && s[i+2] == 0xbf {
			return clControl, 3
		}
	}
	return clText, 1
}

// splitLines appends to dst the lines of s (valid UTF-8), each with its
// control characters replaced by spaces and its surrounding white space
// trimmed; blank lines are dropped. Lines end at \n, \r\n, \r, \v, \f,
// U+0085, U+2028 and U+2029. The lines are substrings of s unless they
// had control characters.
func splitLines(s string, dst []string) []string {
	start, dirty := 0, false
	slow := 0 // bytes before it are looked at one by one
	for i := 0; i < len(s); {
		if i >= slow && i+8 <= len(s) {
			if printable8(load8(s, i)) {
				i += 8
				continue
			}
			slow = i + 8
		}
		class := byteClass[s[i]]
		if class == clText {
			i++
			continue
		}
		size := 1
		if class == clLead {
			if class, size = special(s, i); class == clText {
				i++
				continue
			}
		}
		if class == clControl {
			dirty = true
			i += size
			continue
		}
		dst = appendLine(dst, s[start:i], dirty)
		if s[i] == '\r' && i+1 < len(s) && s[i+1] == '\n' {
			size = 2
		}
		i += size
		start, dirty = i, false
	}
	return appendLine(dst, s[start:], dirty)
}

func appendLine(dst []string, line string, dirty bool) []string {
	if dirty {
		line = replaceControls(line, false)
	}
	if line = strings.TrimSpace(line); line != "" {
		dst = append(dst, line)
	}
	return dst
}

// replaceControls replaces the control characters of s with spaces (and
// drops U+FEFF); with breaks, line breaks and tabs too, and runs of spaces
// are collapsed to one.
func replaceControls(s string, breaks bool) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false // the last byte written is a space written here
	for i := 0; i < len(s); {
		c := s[i]
		class, size := byteClass[c], 1
		if class == clLead {
			class, size = special(s, i)
		}
		if c == '\t' && breaks {
			class = clBreak
		}
		switch {
		case c == ' ' && breaks:
			if !space {
				b.WriteByte(' ')
				space = true
			}
		case class == clText:
			b.WriteString(s[i : i+size])
			space = false
		case size == 3 && s[i] == 0xef: // U+FEFF
		case class == clControl || breaks:
			if !space {
				b.WriteByte(' ')
				space = true
			}
		default:
			b.WriteString(s[i : i+size]) // a break kept as it is
			space = false
		}
		i += size
	}
	return b.String()
}

// oneLine cleans a value that is a single line (a title, a name, a date, a
// paragraph): in NFC, control characters, tabs and line breaks replaced by
// a space, trimmed.
func oneLine(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	for i := 0; i < len(s); {
		class, size := byteClass[s[i]], 1
		if class == clLead {
			class, size = special(s, i)
		}
		if class != clText || s[i] == '\t' {
			s = replaceControls(s, true)
			break
		}
		i += size
	}
	return strings.TrimSpace(normNFC(s))
}

// oneLines cleans each of a list of names with oneLine, dropping empty
// ones and repeats.
func oneLines(list []string) []string {
	var out []string
next:
	for _, s := range list {
		s = oneLine(s)
		if s == "" {
			continue
		}
		for _, t := range out {
			if t == s {
				continue next
			}
		}
		out = append(out, s)
	}
	return out
}
