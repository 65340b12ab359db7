package warc

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/textproto"
	"strconv"
	"strings"
)

// DefaultMaxBody is the largest HTTP body (after decoding) that
// ReadResponse accepts when given a limit of 0.
const DefaultMaxBody = 16 << 20

// Response is an HTTP response as archived in a WARC response record.
type Response struct {
	Proto      string // "HTTP/1.1"
	StatusCode int
	Reason     string // "OK"
	Header     Header
	// MediaType is the lower-case media type of the Content-Type header,
	// e.g. "text/html"; "" when there is none.
	MediaType string
	// Charset is the lower-case charset parameter of the Content-Type
	// header, "" when there is none.
	Charset string
	// Body is the payload, with the transfer coding (chunked) and the
	// content codings (gzip, deflate) undone.
	Body []byte
}

// ReadResponse parses an HTTP/1.x response: status line, header fields and
// body, which is the rest of r. The chunked transfer coding and the gzip,
// x-gzip and deflate content codings are undone; a body that is declared
// coded but is not (archivers sometimes store it decoded and keep the
// header) is taken as it is. maxBody bounds the body, raw and decoded (0
// means DefaultMaxBody).
func ReadResponse(r io.Reader, maxBody int64) (*Response, error) {
	br := bufio.NewReader(r)
	resp, err := readResponseHead(br)
	if err != nil {
		return nil, err
	}
	if err := resp.readBody(br, maxBody); err != nil {
		return nil, err
	}
	return resp, nil
}

// readResponseHead reads the status line and the header fields.
func readResponseHead(br *bufio.Reader) (*Response, error) {
	line, err := readHTTPLine(br)
	if err != nil {
		if err == io.EOF {
			return nil, errors.New("empty HTTP response")
		}
		return nil, fmt.Errorf("reading the HTTP status line: %w", err)
	}
	proto, rest, _ := strings.Cut(line, " ")
	if !strings.HasPrefix(proto, "HTTP/") {
		return nil, fmt.Errorf("not an HTTP response: %q", shorten(line))
	}
	rest = strings.TrimLeft(rest, " ")
	code, reason, _ := strings.Cut(rest, " ")
	n, err := strconv.Atoi(code)
	if err != nil || len(code) != 3 || n < 100 {
		return nil, fmt.Errorf("bad HTTP status code in %q", shorten(line))
	}
	resp := &Response{Proto: proto, StatusCode: n, Reason: strings.TrimSpace(reason), Header: Header{}}
	size, last := 0, ""
	for {
		line, err := readHTTPLine(br)
		if err == io.EOF && line == "" {
			break // no body, not even the blank line
		}
		if err != nil && err != io.EOF {
			return nil, fmt.Errorf("reading the HTTP header: %w", err)
		}
		size += len(line)
		if size > maxHeader {
			return nil, fmt.Errorf("HTTP header larger than %d bytes", maxHeader)
		}
		if line == "" {
			break
		}
		if (line[0] == ' ' || line[0] == '\t') && last != "" {
			v := resp.Header[last]
			v[len(v)-1] = strings.TrimSpace(v[len(v)-1] + " " + strings.TrimSpace(line))
			continue
		}
		name, value, ok := strings.Cut(line, ":")
		name = strings.TrimSpace(name)
		if !ok || name == "" {
			continue // servers send junk lines; browsers skip them too
		}
		last = textproto.CanonicalMIMEHeaderKey(name)
		resp.Header.add(name, strings.TrimSpace(value))
		if err == io.EOF {
			break
		}
	}
	resp.MediaType, resp.Charset = parseContentType(resp.Header.Get("Content-Type"))
	return resp, nil
}

// readHTTPLine reads one line without its line break; lines longer than
// maxLine are an error.
func readHTTPLine(br *bufio.Reader) (string, error) {
	var line []byte
	for {
		frag, err := br.ReadSlice('\n')
		if len(line)+len(frag) > maxLine {
			return "", fmt.Errorf("a line longer than %d bytes", maxLine)
		}
		line = append(line, frag...)
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		s := strings.TrimRight(string(line), "\r\n")
		if err == io.EOF && len(line) > 0 {
			return s, nil
		}
		return s, err
	}
}

// parseContentType gives the lower-case media type and charset of a
// Content-Type value, leniently.
func parseContentType(v string) (mediaType, charset string) {
	if v == "" {
		return "", ""
	}
	mt, params, err := mime.ParseMediaType(v)
	if err == nil {
		return strings.ToLower(mt), strings.ToLower(strings.TrimSpace(params["charset"]))
	}
	parts := strings.Split(v, ";")
	mediaType = strings.ToLower(strings.TrimSpace(parts[0]))
	for _, p := range parts[1:] {
		k, val, ok := strings.Cut(p, "=")
		if ok && strings.EqualFold(strings.TrimSpace(k), "charset") {
			charset = strings.ToLower(strings.Trim(strings.TrimSpace(val), `"'`))
		}
	}
	return mediaType, charset
}

// readBody reads the rest of br as the body and decodes it.
func (resp *Response) readBody(br *bufio.Reader, maxBody int64) error {
	if maxBody <= 0 {
		maxBody = DefaultMaxBody
	}
	body, err := readAtMost(br, maxBody)
	if err != nil {
		return err
	}
	if hasToken(resp.Header.Values("Transfer-Encoding"), "chunked") {
		if body, err = dechunk(body); err != nil {
			return err
		}
	}
	codings := tokens(resp.Header.Values("Content-Encoding"))
	for i := len(codings) - 1; i >= 0; i-- {
		if body, err = decodeContent(codings[i], body, maxBody); err != nil {
			return err
		}
	}
	resp.Body = body
	return nil
}

var errTooLarge = errors.New("too large")

func readAtMost(r io.Reader, max int64) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > max {
		return nil, fmt.Errorf("HTTP body larger than %d bytes: %w", max, errTooLarge)
	}
	return b, nil
}

// tokens splits comma-separated header values into lower-case tokens.
func tokens(values []string) []string {
	var out []string
	for _, v := range values {
		for _, t := range strings.Split(v, ",") {
			if t = strings.ToLower(strings.TrimSpace(t)); t != "" {
				out = append(out, t)
			}
		}
	}
	return out
}

func hasToken(values []string, tok string) bool {
	for _, t := range tokens(values) {
		if t == tok {
			return true
		}
	}
	return false
}

// dechunk undoes the chunked transfer coding. A body that does not start
// with a chunk size line was stored already decoded and is returned as it
// is; one that breaks off in the middle is an error.
func dechunk(b []byte) ([]byte, error) {
	if _, _, ok := chunkSize(b); !ok {
		return b, nil
	}
	out := make([]byte, 0, len(b))
	for {
		n, rest, ok := chunkSize(b)
		if !ok {
			return nil, errors.New("malformed chunked body: bad chunk size line")
		}
		if n == 0 {
			return out, nil // trailer fields, if any, are ignored
		}
		if int64(len(rest)) < n {
			return nil, fmt.Errorf("truncated chunked body: a chunk of %d bytes has only %d", n, len(rest))
		}
		out = append(out, rest[:n]...)
		b = rest[n:]
		switch {
		case bytes.HasPrefix(b, []byte("\r\n")):
			b = b[2:]
		case bytes.HasPrefix(b, []byte("\n")):
			b = b[1:]
		case len(b) == 0:
			return out, nil // the last chunk and its size line are missing: keep what came
		default:
			return nil, errors.New("malformed chunked body: no line break after a chunk")
		}
		if len(bytes.TrimSpace(b)) == 0 {
			return out, nil
		}
	}
}

// chunkSize parses a chunk size line (hex digits, optional extensions)
// at the start of b.
func chunkSize(b []byte) (n int64, rest []byte, ok bool) {
	i := bytes.IndexByte(b, '\n')
	if i < 0 || i > 1024 {
		return 0, nil, false
	}
	line := strings.TrimSpace(string(b[:i]))
	if semi := strings.IndexByte(line, ';'); semi >= 0 {
		line = strings.TrimSpace(line[:semi])
	}
	if line == "" || len(line) > 15 {
		return 0, nil, false
	}
	n, err := strconv.ParseInt(line, 16, 64)
	if err != nil || n < 0 {
		return 0, nil, false
	}
	return n, b[i+1:], true
}

// decodeContent undoes one content coding.
func decodeContent(coding string, b []byte, max int64) ([]byte, error) {
	var r io.Reader
	switch coding {
	case "identity", "none", "utf-8", "binary", "":
		return b, nil
	case "gzip", "x-gzip":
		if len(b) < 2 || b[0] != 0x1f || b[1] != 0x8b {
			return b, nil // stored decoded
		}
		z, err := gzip.NewReader(bytes.NewReader(b))
		if err != nil {
			return nil, fmt.Errorf("bad gzip body: %s", gzipReason(err))
		}
		r = z
	case "deflate":
		if len(b) >= 2 && b[0]&0x0f == 8 && (uint16(b[0])<<8|uint16(b[1]))%31 == 0 {
			z, err := zlib.NewReader(bytes.NewReader(b))
			if err != nil {
				return nil, fmt.Errorf("bad deflate body: %w", err)
			}
			r = z
		} else {
			if looksText(b) {
				return b, nil // stored decoded
			}
			r = flate.NewReader(bytes.NewReader(b))
		}
	default:
		if looksText(b) {
			return b, nil // stored decoded, or a bogus label
		}
		return nil, fmt.Errorf("unsupported Content-Encoding %q", shorten(coding))
	}
	out, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, fmt.Errorf("bad %s body: %s", coding, gzipReason(err))
	}
	if int64(len(out)) > max {
		return nil, fmt.Errorf("HTTP body larger than %d bytes after decoding: %w", max, errTooLarge)
	}
	return out, nil
}

// looksText reports whether the start of b looks like text or markup
// rather than compressed data: no control bytes other than white space.
func looksText(b []byte) bool {
	if len(b) > 512 {
		b = b[:512]
	}
	for _, c := range b {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			return false
		}
	}
	return true
}
