package warc

import (
	"bufio"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"
)

// Page is the body of a web page archived in a WARC file: an HTML or
// plain-text document served with status 200.
type Page struct {
	// Num, Offset and Inner locate the record, as in Record.
	Num    int
	Offset int64
	Inner  int64
	// URL is the record's WARC-Target-URI.
	URL string
	// Date is the record's WARC-Date (the time of the capture); zero when
	// the field is missing or malformed.
	Date time.Time
	// RecordID is the record's WARC-Record-ID.
	RecordID string
	// MediaType is "text/html", "application/xhtml+xml" or "text/plain".
	MediaType string
	// Charset is the charset named by the HTTP Content-Type header
	// (lower case), "" when none is.
	Charset string
	// Body is the document, as served (decoded from the transfer and
	// content codings, not from its charset).
	Body []byte
}

// pageTypes are the media types of the pages NextPage returns.
var pageTypes = map[string]bool{
	"text/html":             true,
	"application/xhtml+xml": true,
	"text/plain":            true,
}

// NextPage returns the next page of the file: the body of the next
// "response" record holding an HTTP 200 response with an HTML or text
// document (or of the next "resource" record holding such a document).
// Other records (requests, metadata, revisits, redirects, errors, images,
// scripts...) are skipped. maxBody bounds a body (0 means
// DefaultMaxBody). At the end of the file it returns io.EOF; a damaged
// record gives a *RecordError and reading can go on, as with Next.
func (r *Reader) NextPage(maxBody int64) (*Page, error) {
	if maxBody <= 0 {
		maxBody = DefaultMaxBody
	}
	for {
		rec, err := r.Next()
		if err != nil {
			return nil, err
		}
		p, err := r.page(rec, maxBody)
		if err != nil || p != nil {
			return p, err
		}
	}
}

// page reads the page held in rec; nil when there is none.
func (r *Reader) page(rec *Record, maxBody int64) (*Page, error) {
	uri := rec.TargetURI()
	lower := strings.ToLower(uri)
	if !strings.HasPrefix(lower, "http://") && !strings.HasPrefix(lower, "https://") {
		return nil, nil // dns:, urn:, whois:, screenshots...
	}
	p := &Page{Num: rec.Num, Offset: rec.Offset, Inner: rec.Inner, URL: uri, RecordID: rec.ID()}
	p.Date, _ = rec.Date()
	fail := func(reason string) error {
		// A body that went bad while being read is reported by the block
		// itself (its *RecordError); do not report it twice.
		var re *RecordError
		if b, ok := rec.Body.(*block); ok && b.err != nil && errors.As(b.err, &re) {
			return re
		}
		return r.recErr(rec.Num, rec.Offset, rec.Inner, reason)
	}
	switch rec.Type() {
	case "response":
		ct := strings.ToLower(rec.ContentType())
		if ct != "" && !strings.HasPrefix(ct, "application/http") {
			return nil, nil
		}
		br := bufio.NewReader(rec.Body)
		resp, err := readResponseHead(br)
		if err != nil {
			return nil, fail("HTTP response: " + err.Error())
		}
		if resp.StatusCode != 200 {
			return nil, nil
		}
		if resp.MediaType != "" && !pageTypes[resp.MediaType] {
			return nil, nil
		}
		if err := resp.readBody(br, maxBody); err != nil {
			return nil, fail("HTTP response body: " + err.Error())
		}
		p.MediaType, p.Charset, p.Body = resp.MediaType, resp.Charset, resp.Body
	case "resource":
		mt, cs := parseContentType(rec.ContentType())
		if mt != "" && !pageTypes[mt] {
			return nil, nil
		}
		if rec.ContentLength > maxBody {
			return nil, fail(fmt.Sprintf("resource larger than %d bytes", maxBody))
		}
		body, err := readAtMost(rec.Body, maxBody)
		if err != nil {
			return nil, fail(err.Error())
		}
		p.MediaType, p.Charset, p.Body = mt, cs, body
	default:
		return nil, nil
	}
	if p.MediaType == "" {
		mt, cs := parseContentType(http.DetectContentType(p.Body))
		if !pageTypes[mt] {
			return nil, nil
		}
		p.MediaType = mt
		if p.Charset == "" && cs != "utf-8" {
			p.Charset = cs
		}
	}
	if len(p.Body) == 0 {
		return nil, nil
	}
	return p, nil
}
