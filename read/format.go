package read

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"encoding/binary"
	"encoding/json"
	"errors"
	"io"
	"path/filepath"
	"strings"
)

// format is an input format.
type format int

const (
	fmtUnknown format = iota
	fmtText
	fmtHTML
	fmtJSON
	fmtJSONL
	fmtWARC // read as a stream by WARC, never whole
)

// formatOf gives the format that a file name's extension names, looking
// through a ".gz" suffix; fmtUnknown when the extension says nothing.
func formatOf(name string) format {
	ext := filepath.Ext(name)
	if strings.EqualFold(ext, ".gz") {
		ext = filepath.Ext(name[:len(name)-len(ext)])
	}
	switch strings.ToLower(ext) {
	case ".txt", ".text":
		return fmtText
	case ".html", ".htm", ".xhtml":
		return fmtHTML
	case ".json":
		return fmtJSON
	case ".jsonl", ".ndjson":
		return fmtJSONL
	case ".warc", ".arc":
		return fmtWARC
	}
	return fmtUnknown
}

// skipSpace returns data without its leading ASCII white space.
func skipSpace(data []byte) []byte {
	for i, c := range data {
		switch c {
		case ' ', '\t', '\n', '\r', '\f', '\v':
		default:
			return data[i:]
		}
	}
	return nil
}

// hasPrefixFold reports whether s begins with prefix, ignoring ASCII case;
// prefix must be lower case.
func hasPrefixFold(s []byte, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[i] {
			return false
		}
	}
	return true
}

// sniff guesses the format of data (already without a BOM) from its first
// bytes: JSON or JSON Lines when it starts with '{' or '[', HTML when it
// starts with a tag, else plain text.
func sniff(data []byte) format {
	d := skipSpace(data)
	if len(d) == 0 {
		return fmtText
	}
	switch d[0] {
	case '[':
		return fmtJSON
	case '{':
		if json.Valid(d) {
			return fmtJSON
		}
		if looksJSONLines(d) {
			return fmtJSONL
		}
		return fmtJSON // the JSON parser will say what is wrong
	case '<':
		if len(d) > 1 && (isASCIILetter(d[1]) || d[1] == '!' || d[1] == '?') && bytes.IndexByte(d, '>') > 0 {
			return fmtHTML
		}
	}
	return fmtText
}

// looksJSONLines reports whether data has several non-blank lines and one
// of its first few is a JSON value on its own.
func looksJSONLines(data []byte) bool {
	lines, valid := 0, false
	for len(data) > 0 && lines < 5 {
		line := data
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			line, data = data[:i], data[i+1:]
		} else {
			data = nil
		}
		line = bytes.TrimSpace(line)
		if len(line) == 0 {
			continue
		}
		lines++
		if json.Valid(line) {
			valid = true
		}
	}
	return valid && (lines > 1 || len(skipSpace(data)) > 0)
}

// looksHTMLDocument reports whether data starts like an HTML document
// (a doctype or an <html> tag).
func looksHTMLDocument(data []byte) bool {
	d := skipSpace(data)
	return hasPrefixFold(d, "<!doctype html") || hasPrefixFold(d, "<html")
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

func isGzip(data []byte) bool { return len(data) >= 2 && data[0] == 0x1f && data[1] == 0x8b }

// gunzip decompresses data, which starts with the gzip magic bytes, into at
// most max bytes. Concatenated gzip members are read in turn; junk after
// the last complete member (often zero padding) is ignored. The reason is
// "" on success.
func gunzip(data []byte, max int64) ([]byte, string) {
	br := bytes.NewReader(data)
	zr, err := gzip.NewReader(br)
	if err != nil {
		return nil, gzipReason(err)
	}
	// The trailer holds the uncompressed size (mod 2^32) of the last
	// member: a hint for the buffer, trusted only within reason.
	hint := int64(binary.LittleEndian.Uint32(data[len(data)-4:]))
	if limit := 32*int64(len(data)) + 4096; hint > limit {
		hint = limit
	}
	if hint > max {
		hint = max
	}
	out := make([]byte, 0, hint+1)
	for {
		zr.Multistream(false)
		out, err = appendLimited(out, zr, max)
		if errors.Is(err, errTooLarge) {
			return nil, "larger than " + formatSize(max) + " after decompression"
		}
		if err != nil {
			return nil, gzipReason(err)
		}
		if br.Len() == 0 {
			return out, ""
		}
		rest := data[len(data)-br.Len():]
		if err := zr.Reset(br); err != nil {
			if errors.Is(err, io.ErrUnexpectedEOF) && isGzip(rest) {
				return nil, gzipReason(err)
			}
			return out, "" // trailing junk after a complete stream
		}
	}
}

// gzipReason says what is wrong with a gzip stream.
func gzipReason(err error) string {
	var corrupt flate.CorruptInputError
	switch {
	case errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		return "truncated gzip stream: unexpected EOF"
	case errors.Is(err, gzip.ErrChecksum):
		return "corrupt gzip stream: checksum mismatch"
	case errors.Is(err, gzip.ErrHeader):
		return "corrupt gzip stream: invalid header"
	case errors.As(err, &corrupt):
		return "corrupt gzip stream: " + err.Error()
	}
	return "cannot decompress gzip stream: " + err.Error()
}

// magic lists the signatures of common binary files that are not text,
// with the name given in the error.
var magic = []struct{ sig, what string }{
	{"%PDF-", "a PDF document"},
	{"PK\x03\x04", "a ZIP archive (or an office document)"},
	{"\x89PNG\r\n\x1a\n", "a PNG image"},
	{"\xff\xd8\xff", "a JPEG image"},
	{"GIF87a", "a GIF image"},
	{"GIF89a", "a GIF image"},
	{"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document"},
	{"\xfd7zXZ\x00", "an xz archive"},
	{"\x28\xb5\x2f\xfd", "a zstd archive"},
	{"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"},
	{"BZh91AY&SY", "a bzip2 archive"},
	{"\x7fELF", "an executable"},
	{"\x1f\x8b", "a gzip stream compressed twice"},
	{"WARC/", "a WARC web archive: name it .warc or .warc.gz to have its pages read"},
}

// binaryReason says why data is not text ("" when it is text): a known
// binary signature, or too many NUL or other control bytes.
func binaryReason(data []byte) string {
	for _, m := range magic {
		if bytes.HasPrefix(data, []byte(m.sig)) {
			return "binary data, not text (" + m.what + ")"
		}
	}
	var nul, ctrl int
	slow := 0 // bytes before it are looked at one by one
	for i := 0; i < len(data); i++ {
		if i >= slow && i+8 <= len(data) {
			if noControl8(loadBytes8(data, i)) {
				i += 7
				continue
			}
			slow = i + 8
		}
		c := data[i]
		if c >= 0x20 && c != 0x7f {
			continue
		}
		switch c {
		case '\t', '\n', '\r', '\f', '\v':
		case 0:
			nul++
		default:
			ctrl++
		}
	}
	n := len(data)
	// Text has next to no control bytes: a few stray ones are replaced by
	// spaces; more than 1 in 200 NULs, or 1 in 50 control bytes, is data.
	switch {
	case nul > 0 && nul*200 >= n:
		return "binary data, not text (" + commas(nul) + " NUL " + plural(nul, "byte") + ")"
	case (nul+ctrl)*50 >= n && nul+ctrl > 0:
		return "binary data, not text (" + commas(nul+ctrl) + " control " + plural(nul+ctrl, "byte") + ")"
	}
	return ""
}

func plural(n int, word string) string {
	if n == 1 {
		return word
	}
	return word + "s"
}
