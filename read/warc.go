package read

import (
	"errors"
	"io"
	"mime"
	"os"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/text/encoding/htmlindex"

	"github.com/recoupe/recoupe/article"
	"github.com/recoupe/recoupe/warc"
)

// WARC reads the web pages archived in the WARC file at path (plain or
// gzip-compressed, see package warc): the HTML and plain-text documents of
// the HTTP 200 responses, each read like an HTML or text input. It calls
// emit for each article in file order and returns one Error per record
// that could not be read or held no article (at most 100 one by one, then
// a count). The file is read as a stream, never whole.
//
// Each Doc is named path#N, N the record number in the file; its URL is
// the record's WARC-Target-URI; its Published date is the page's own,
// else the record's WARC-Date (the time of the capture).
func WARC(path string, opt Options, emit func(*article.Doc)) []*Error {
	f, err := os.Open(path)
	if err != nil {
		return []*Error{{File: path, Reason: "cannot open: " + osReason(err)}}
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.IsDir() {
		return []*Error{{File: path, Reason: "is a directory, not a WARC file"}}
	}
	return ReadWARC(f, path, opt, emit)
}

// ReadWARC is WARC reading from r; name names the input in Docs and
// errors. Options.MaxBytes bounds each page (after decompression), not
// the file.
func ReadWARC(r io.Reader, name string, opt Options, emit func(*article.Doc)) []*Error {
	wr := warc.NewReader(r, name)
	var errs []*Error
	failed, pages := 0, 0
	fail := func(e *Error) {
		failed++
		if failed <= maxRecordErrors {
			errs = append(errs, e)
		}
	}
	for {
		p, err := wr.NextPage(opt.maxBytes())
		if err == io.EOF {
			break
		}
		var re *warc.RecordError
		if errors.As(err, &re) {
			file := name
			if re.Num > 0 {
				file += "#" + strconv.Itoa(re.Num)
			}
			// The message of a RecordError starts with the file name,
			// which Error.File already gives.
			fail(&Error{File: file, Reason: strings.TrimPrefix(re.Error(), re.File+": ")})
			continue
		}
		if err != nil {
			errs = append(errs, &Error{File: name, Reason: "cannot read: " + strings.TrimPrefix(err.Error(), "warc: reading "+name+": ")})
			break
		}
		pages++
		file := name + "#" + strconv.Itoa(p.Num)
		doc, reason := pageDoc(file, p.URL, p.MediaType, p.Charset, p.Body)
		if reason != "" {
			fail(&Error{File: file, Reason: "record " + strconv.Itoa(p.Num) + " (" + p.URL + "): " + reason})
			continue
		}
		if doc.Published == "" && !p.Date.IsZero() {
			doc.Published = p.Date.Format(time.RFC3339)
		}
		if emit != nil {
			emit(doc)
		}
	}
	errs = moreErrors(errs, name, failed)
	if pages == 0 && failed == 0 && len(errs) == 0 {
		errs = append(errs, &Error{File: name, Reason: "no HTML or text page with status 200 in the WARC file"})
	}
	return errs
}

// Page reads one web page fetched from pageURL: body is the document as
// served (decoded from its transfer and content codings), contentType the
// value of its Content-Type header ("" when unknown: the type is then
// sniffed). HTML is read like an HTML input, text like a text input; the
// charset of contentType is honoured unless the body is valid UTF-8. The
// Doc is named name (a URL, say) and its URL is pageURL. The error is an
// *Error.
func Page(name, pageURL, contentType string, body []byte, opt Options) (*article.Doc, error) {
	if max := opt.maxBytes(); int64(len(body)) > max {
		return nil, &Error{File: name, Reason: "larger than " + formatSize(max) + " (the page is " + formatSize(int64(len(body))) + ")"}
	}
	var mt, cs string
	if contentType != "" {
		if t, params, err := mime.ParseMediaType(contentType); err == nil {
			mt, cs = strings.ToLower(t), strings.ToLower(params["charset"])
		} else {
			mt = strings.ToLower(strings.TrimSpace(strings.Split(contentType, ";")[0]))
		}
	}
	doc, reason := pageDoc(name, pageURL, mt, cs, body)
	if reason != "" {
		return nil, &Error{File: name, Reason: reason}
	}
	return doc, nil
}

// pageDoc reads a web page of media type mt (lower case; "" or another
// type means sniff) whose HTTP header declares charset cs ("" if none).
func pageDoc(name, pageURL, mt, cs string, body []byte) (*article.Doc, string) {
	if len(body) == 0 {
		return nil, "empty page"
	}
	data, bom := unicodeBOM(body)
	if len(skipSpace(data)) == 0 {
		return nil, "no text: the page holds only white space"
	}
	isHTML := false
	switch mt {
	case "text/html", "application/xhtml+xml":
		isHTML = true
	case "text/plain":
		isHTML = looksHTMLDocument(data)
	default:
		isHTML = sniff(data) == fmtHTML || looksHTMLDocument(data)
	}
	enc := ""
	if !bom && !utf8.Valid(data) && cs != "" {
		if e, err := htmlindex.Get(cs); err == nil {
			if n, _ := htmlindex.Name(e); n != "utf-8" && !strings.HasPrefix(n, "utf-16") {
				if t, err := e.NewDecoder().Bytes(data); err == nil {
					enc = string(t)
				}
			}
		}
	}
	if isHTML {
		var text string
		if enc != "" {
			text = declareUTF8(strings.ToValidUTF8(enc, "\uFFFD"))
		} else {
			text = decodeHTML(data, bom)
		}
		doc, reason := htmlDoc(name, text, pageURL)
		if reason != "" {
			return nil, reason
		}
		if pageURL != "" {
			doc.URL = oneLine(pageURL)
		}
		return doc, ""
	}
	if enc == "" {
		if reason := binaryReason(data); reason != "" {
			return nil, reason
		}
		enc = decode(data, bom)
	}
	lines := splitLines(normNFC(strings.ToValidUTF8(enc, "\uFFFD")), nil)
	if len(lines) == 0 {
		return nil, "no text: the page holds only white space and control characters"
	}
	return &article.Doc{File: name, Format: "text", URL: oneLine(pageURL), Lines: lines}, ""
}
