package read

import (
	"bytes"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/unicode/norm"
)

// unicodeBOM looks for a byte order mark. A UTF-8 BOM is removed
// (utf8BOM reports it); UTF-16 with a BOM, or without one but with the
// unmistakable NUL pattern of mostly-Latin UTF-16 text, is converted to
// UTF-8 (and reported as utf8BOM too: the result is certainly UTF-8).
func unicodeBOM(data []byte) (out []byte, utf8BOM bool) {
	switch {
	case len(data) >= 3 && data[0] == 0xef && data[1] == 0xbb && data[2] == 0xbf:
		return data[3:], true
	case len(data) >= 2 && data[0] == 0xff && data[1] == 0xfe:
		return utf16ToUTF8(data[2:], false), true
	case len(data) >= 2 && data[0] == 0xfe && data[1] == 0xff:
		return utf16ToUTF8(data[2:], true), true
	}
	if be, ok := looksUTF16(data); ok {
		return utf16ToUTF8(data, be), true
	}
	return data, false
}

// looksUTF16 reports whether data, without a BOM, is UTF-16 text written
// mostly in the Latin script: one byte of (nearly) every pair is zero and
// the other a printable Latin-1 character.
func looksUTF16(data []byte) (bigEndian, ok bool) {
	n := len(data)
	if n > 4096 {
		n = 4096
	}
	pairs := n / 2
	if pairs < 2 || bytes.IndexByte(data[:n], 0) < 0 {
		return false, false
	}
	var zeroHi, zeroLo, textLE, textBE int
	for i := 0; i+1 < n; i += 2 {
		a, b := data[i], data[i+1]
		if b == 0 {
			zeroHi++ // little-endian: high byte second
			if latin1Printable(a) {
				textLE++
			}
		}
		if a == 0 {
			zeroLo++
			if latin1Printable(b) {
				textBE++
			}
		}
	}
	switch {
	case zeroHi*2 >= pairs && zeroLo*20 <= pairs && textLE*10 >= zeroHi*9:
		return false, true
	case zeroLo*2 >= pairs && zeroHi*20 <= pairs && textBE*10 >= zeroLo*9:
		return true, true
	}
	return false, false
}

func latin1Printable(c byte) bool {
	return c >= 0x20 && c < 0x7f || c >= 0xa0 || c == '\n' || c == '\r' || c == '\t'
}

// utf16ToUTF8 converts UTF-16 to UTF-8; unpaired surrogates become U+FFFD
// and an odd last byte is dropped.
func utf16ToUTF8(data []byte, bigEndian bool) []byte {
	out := make([]byte, 0, len(data)+len(data)/4)
	unit := func(i int) rune {
		if bigEndian {
			return rune(data[i])<<8 | rune(data[i+1])
		}
		return rune(data[i+1])<<8 | rune(data[i])
	}
	for i := 0; i+1 < len(data); i += 2 {
		r := unit(i)
		if utf16.IsSurrogate(r) {
			r2 := utf8.RuneError
			if i+3 < len(data) {
				r2 = utf16.DecodeRune(r, unit(i+2))
			}
			if r2 != utf8.RuneError {
				i += 2
			}
			r = r2
		}
		out = utf8.AppendRune(out, r)
	}
	return out
}

// decode returns data as UTF-8 text. Valid UTF-8 is taken as it is. After
// a UTF-8 BOM, invalid bytes are read as Windows-1252. Otherwise the text
// is in an 8-bit encoding (see decode8bit).
func decode(data []byte, utf8BOM bool) string {
	if utf8.Valid(data) {
		return string(data)
	}
	if utf8BOM {
		return utf8Fallback(data, charmap.Windows1252)
	}
	return decode8bit(data)
}

// decode8bit decodes text that is not valid UTF-8. The 8-bit encoding is
// Windows-1252 (a superset of ISO-8859-1 for text) or ISO-8859-15, told
// apart by their bytes (see guessCharmap). Text that is mostly UTF-8 with
// a few stray 8-bit bytes (a file patched together from two sources) keeps
// its UTF-8 and has only the stray bytes decoded as 8-bit characters.
func decode8bit(data []byte) string {
	cm, multi, invalid := guessCharmap(data)
	if multi > invalid {
		return utf8Fallback(data, cm)
	}
	var b strings.Builder
	b.Grow(len(data) + len(data)/8)
	start := 0
	for i, c := range data {
		if c < 0x80 {
			continue
		}
		b.Write(data[start:i])
		b.WriteRune(cm.DecodeByte(c))
		start = i + 1
	}
	b.Write(data[start:])
	return b.String()
}

// guessCharmap decides between Windows-1252 and ISO-8859-15 for the bytes
// of data that are not valid UTF-8, and counts the valid multi-byte UTF-8
// sequences (multi) and the invalid bytes (invalid).
//
// Bytes 0x80-0x9F are printable in Windows-1252 (’ œ € …) and control codes
// in ISO-8859-15: any of them means Windows-1252. Otherwise ISO-8859-15 is
// chosen when its euro sign (0xA4, the rarely used ¤ elsewhere) or its œ/Œ
// (0xBD/0xBC, ½/¼ elsewhere) next to a letter and not a digit appears;
// else Windows-1252, which then reads like ISO-8859-1.
func guessCharmap(data []byte) (cm *charmap.Charmap, multi, invalid int) {
	c1, latin9 := false, 0
	for i := 0; i < len(data); {
		c := data[i]
		if c < 0x80 {
			i++
			continue
		}
		r, size := utf8.DecodeRune(data[i:])
		if r != utf8.RuneError || size > 1 {
			multi++
			i += size
			continue
		}
		invalid++
		switch {
		case c <= 0x9f:
			c1 = true
		case c == 0xa4:
			latin9++
		case c == 0xbc || c == 0xbd:
			if oeContext(data, i) {
				latin9++
			}
		}
		i++
	}
	if c1 || latin9 == 0 {
		return charmap.Windows1252, multi, invalid
	}
	return charmap.ISO8859_15, multi, invalid
}

// oeContext reports whether the byte at i sits in a word, as œ does in
// "c\xbdur", rather than in a number, as ½ does in "1\xbd".
func oeContext(data []byte, i int) bool {
	var prev, next byte = ' ', ' '
	if i > 0 {
		prev = data[i-1]
	}
	if i+1 < len(data) {
		next = data[i+1]
	}
	if isDigit(prev) || isDigit(next) {
		return false
	}
	return latinLetter(prev) || latinLetter(next)
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// latinLetter reports whether c is a letter in ISO-8859-1/15.
func latinLetter(c byte) bool {
	return isASCIILetter(c) || c >= 0xc0 && c != 0xd7 && c != 0xf7
}

// utf8Fallback decodes data as UTF-8, reading each invalid byte as a
// character of cm.
func utf8Fallback(data []byte, cm *charmap.Charmap) string {
	var b strings.Builder
	b.Grow(len(data) + len(data)/8)
	start := 0
	for i := 0; i < len(data); {
		if data[i] < 0x80 {
			i++
			continue
		}
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			b.Write(data[start:i])
			b.WriteRune(cm.DecodeByte(data[i]))
			i++
			start = i
			continue
		}
		i += size
	}
	b.Write(data[start:])
	return b.String()
}

// prescanLen is how much of an HTML page is searched for a charset
// declaration.
const prescanLen = 8192

// decodeHTML returns an HTML page as UTF-8 text. A BOM or valid UTF-8 wins;
// otherwise the charset declared by a <meta charset> or <meta http-equiv
// content-type> tag is honoured, and without one the page is decoded like
// text (see decode8bit). The charset declarations of the result are
// rewritten to "utf-8" so that the HTML extractor does not decode the text
// a second time.
func decodeHTML(data []byte, utf8BOM bool) string {
	var s string
	switch {
	case utf8BOM || utf8.Valid(data):
		s = decode(data, utf8BOM)
	default:
		if enc := declaredEncoding(data); enc != nil {
			if t, err := enc.NewDecoder().Bytes(data); err == nil {
				s = string(t)
				break
			}
		}
		s = decode8bit(data)
	}
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	return declareUTF8(s)
}

// declaredEncoding returns the encoding declared in the head of an HTML
// page, nil when none is, or when it is UTF-8 (or UTF-16, which a page
// read as bytes cannot be: HTML says to read it as UTF-8).
func declaredEncoding(data []byte) encoding.Encoding {
	head := data
	if len(head) > prescanLen {
		head = head[:prescanLen]
	}
	h := string(head)
	for _, sp := range charsetLabels(h) {
		enc, err := htmlindex.Get(h[sp[0]:sp[1]])
		if err != nil {
			continue
		}
		name, _ := htmlindex.Name(enc)
		if name == "utf-8" || strings.HasPrefix(name, "utf-16") {
			return nil
		}
		return enc
	}
	return nil
}

// declareUTF8 rewrites every charset label in the head of page s that
// names something other than UTF-8 to "utf-8".
func declareUTF8(s string) string {
	head := s
	if len(head) > prescanLen {
		head = head[:prescanLen]
	}
	spans := charsetLabels(head)
	if len(spans) == 0 {
		return s
	}
	var b strings.Builder
	last := 0
	for _, sp := range spans {
		if strings.EqualFold(s[sp[0]:sp[1]], "utf-8") {
			continue
		}
		if b.Len() == 0 {
			b.Grow(len(s))
		}
		b.WriteString(s[last:sp[0]])
		b.WriteString("utf-8")
		last = sp[1]
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// charsetLabels finds the charset labels of the <meta> tags in an HTML
// head, as [start, end) byte spans: <meta charset="x"> and <meta
// http-equiv="Content-Type" content="text/html; charset=x">.
func charsetLabels(h string) [][2]int {
	var spans [][2]int
	for i := 0; i < len(h); {
		j := indexFold(h[i:], "<meta")
		if j < 0 {
			break
		}
		start := i + j + len("<meta")
		end := strings.IndexByte(h[start:], '>')
		if end < 0 {
			end = len(h)
		} else {
			end += start
		}
		tag := h[start:end]
		for k := 0; k < len(tag); {
			m := indexFold(tag[k:], "charset")
			if m < 0 {
				break
			}
			q := k + m + len("charset")
			k = q
			q = skipBlank(tag, q)
			if q >= len(tag) || tag[q] != '=' {
				continue
			}
			q = skipBlank(tag, q+1)
			for q < len(tag) && (tag[q] == '"' || tag[q] == '\'') {
				q++
			}
			ls := q
			for q < len(tag) && labelByte(tag[q]) {
				q++
			}
			if q > ls {
				spans = append(spans, [2]int{start + ls, start + q})
			}
			k = q
		}
		i = end
	}
	return spans
}

func skipBlank(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r' || s[i] == '\f') {
		i++
	}
	return i
}

func labelByte(c byte) bool {
	return isASCIILetter(c) || isDigit(c) || c == '-' || c == '_' || c == '.' || c == ':'
}

// indexFold is strings.Index ignoring ASCII case; sub must be lower case.
func indexFold(s, sub string) int {
	if len(sub) == 0 {
		return 0
	}
	first := sub[0]
	for i := 0; i+len(sub) <= len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != first {
			continue
		}
		match := true
		for k := 1; k < len(sub); k++ {
			d := s[i+k]
			if 'A' <= d && d <= 'Z' {
				d += 'a' - 'A'
			}
			if d != sub[k] {
				match = false
				break
			}
		}
		if match {
			return i
		}
	}
	return -1
}

// plainNFC reports whether data is made only of the characters normNFC
// returns as they are (ASCII, U+0080-U+02FF, U+2002-U+203F and the euro
// sign), each correctly encoded: such data is valid UTF-8, in NFC.
func plainNFC(data []byte) bool {
	slow := 0 // bytes before it are looked at one by one
	for i := 0; i < len(data); {
		if i >= slow && i+8 <= len(data) {
			if ascii8(loadBytes8(data, i)) {
				i += 8
				continue
			}
			slow = i + 8
		}
		switch c := data[i]; {
		case c < 0x80:
			i++
		case 0xc2 <= c && c <= 0xcb && i+1 < len(data) && data[i+1]&0xc0 == 0x80: // U+0080-U+02FF
			i += 2
		case c == 0xe2 && i+2 < len(data) &&
			(data[i+1] == 0x80 && data[i+2] >= 0x82 && data[i+2] <= 0xbf || data[i+1] == 0x82 && data[i+2] == 0xac):
			i += 3
		default:
			return false
		}
	}
	return true
}

// normNFC puts s in Unicode normalization form C; it does not copy s when
// it already is. Text made only of characters that NFC leaves alone
// whatever follows them and that never combine with what precedes them
// (ASCII, U+0080-U+02FF, U+2002-U+203F, the euro sign: most French text)
// is returned without a call to the normaliser.
func normNFC(s string) string {
	slow := 0 // bytes before it are looked at one by one
	for i := 0; i < len(s); {
		if i >= slow && i+8 <= len(s) {
			if ascii8(load8(s, i)) {
				i += 8
				continue
			}
			slow = i + 8
		}
		switch c := s[i]; {
		case c < 0x80:
			i++
		case 0xc2 <= c && c <= 0xcb: // U+0080-U+02FF
			i += 2
		case c == 0xe2 && i+2 < len(s) &&
			(s[i+1] == 0x80 && s[i+2] >= 0x82 || s[i+1] == 0x82 && s[i+2] == 0xac):
			i += 3
		default:
			return norm.NFC.String(s)
		}
	}
	return s
}
