package read

import (
	"bytes"
	"encoding/json"
	"errors"
	"html"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/recoupe/recoupe/article"
)

// The JSON fields read, by normalised name (lower case, without '_' and
// '-'), in order of preference.
var (
	urlKeys    = []string{"url", "link"}
	titleKeys  = []string{"title", "headline"}
	textKeys   = []string{"text", "body", "content", "article", "articlebody"}
	htmlKeys   = []string{"html", "rawhtml"}
	dateKeys   = []string{"published", "publishedat", "datepublished", "pubdate", "date"}
	outletKeys = []string{"source", "outlet", "site", "sitename", "publisher"}
	authorKeys = []string{"author", "authors", "byline"}
	langKeys   = []string{"language", "lang"}

	// wrapperKeys name the array of articles in an object that wraps them,
	// such as {"status": "ok", "articles": [...]}.
	wrapperKeys = []string{"articles", "items", "data", "results", "entries", "posts", "documents", "docs", "records"}

	// subKeys are read, in order, when a field holds an object instead of
	// a string: {"name": "Le Monde"}, {"rendered": "<p>…</p>"}.
	subKeys = []string{"name", "rendered", "@value", "value", "text", "#text", "$date", "href", "url", "@id"}
)

// noTextReason is given for a record without an article text field.
const noTextReason = "no article text: none of the fields text, body, content, article, articleBody, html, raw_html holds any"

// maxRecordErrors is how many failing records of one input are reported
// one by one; the rest are counted in one more Error.
const maxRecordErrors = 100

// fields are the members of a JSON object by normalised name.
type fields map[string]json.RawMessage

func normKey(k string) string {
	var b strings.Builder
	for i := 0; i < len(k); i++ {
		c := k[i]
		switch {
		case c == '_' || c == '-' || c == ' ':
			continue
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		}
		b.WriteByte(c)
	}
	return b.String()
}

// objectFields decodes a JSON object. When two members have the same
// normalised name, the one whose name sorts first is kept, so that the
// result does not depend on map order. kind is "" for an object, else what
// the value is.
func objectFields(raw []byte) (f fields, kind string, err error) {
	if k := jsonKind(raw); k != "object" {
		if k == "" {
			// Let the decoder say what is wrong.
			var v any
			err = json.Unmarshal(raw, &v)
			if err == nil {
				err = errors.New("not a JSON value")
			}
			return nil, "", err
		}
		if err := json.Unmarshal(raw, new(any)); err != nil {
			return nil, "", err
		}
		return nil, k, nil
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal(raw, &m); err != nil {
		return nil, "", err
	}
	f = make(fields, len(m))
	orig := make(map[string]string, len(m))
	for k, v := range m {
		nk := normKey(k)
		if o, ok := orig[nk]; ok && o < k {
			continue
		}
		orig[nk] = k
		f[nk] = v
	}
	return f, "", nil
}

// jsonKind names the kind of a JSON value from its first byte: "object",
// "array", "string", "number", "boolean", "null", or "" when it is none.
func jsonKind(raw []byte) string {
	raw = skipSpace(raw)
	if len(raw) == 0 {
		return ""
	}
	switch c := raw[0]; {
	case c == '{':
		return "object"
	case c == '[':
		return "array"
	case c == '"':
		return "string"
	case c == '-' || isDigit(c):
		return "number"
	case c == 't' || c == 'f':
		return "boolean"
	case c == 'n':
		return "null"
	}
	return ""
}

// str reads a field that holds one value: a string, a number (as written),
// an object with a name (see subKeys), or the first such value in an array.
func str(raw json.RawMessage) string {
	switch jsonKind(raw) {
	case "string":
		var s string
		if json.Unmarshal(raw, &s) == nil {
			return s
		}
	case "number":
		return string(bytes.TrimSpace(raw))
	case "object":
		var m map[string]json.RawMessage
		if json.Unmarshal(raw, &m) == nil {
			for _, k := range subKeys {
				if v, ok := m[k]; ok {
					if s := str(v); strings.TrimSpace(s) != "" {
						return s
					}
				}
			}
		}
	case "array":
		var a []json.RawMessage
		if json.Unmarshal(raw, &a) == nil {
			for _, v := range a {
				if s := str(v); strings.TrimSpace(s) != "" {
					return s
				}
			}
		}
	}
	return ""
}

// strs reads a field that holds a list of values (authors): one value, or
// an array of them.
func strs(raw json.RawMessage) []string {
	if jsonKind(raw) != "array" {
		if s := str(raw); s != "" {
			return []string{s}
		}
		return nil
	}
	var a []json.RawMessage
	if json.Unmarshal(raw, &a) != nil {
		return nil
	}
	var out []string
	for _, v := range a {
		if s := str(v); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// first returns the first of keys present in f with a non-blank value.
func (f fields) first(keys []string) string {
	for _, k := range keys {
		if raw, ok := f[k]; ok {
			if s := str(raw); strings.TrimSpace(s) != "" {
				return s
			}
		}
	}
	return ""
}

// metaField cleans a metadata value: one line, character references
// decoded.
func metaField(s string) string {
	if hasEntity(s) {
		s = html.UnescapeString(s)
	}
	return oneLine(s)
}

// bodyLines reads the article text of a record: a string (or an array of
// strings, one per paragraph), plain text (whose character references, if
// any, are decoded) or an HTML fragment.
func bodyLines(raw json.RawMessage) []string {
	var text string
	if jsonKind(raw) == "array" {
		text = strings.Join(strs(raw), "\n")
	} else {
		text = str(raw)
	}
	if looksMarkup(text) {
		return fragmentLines(text)
	}
	if hasEntity(text) {
		text = html.UnescapeString(text) // escaped plain text: "R&amp;D"
	}
	return splitLines(normNFC(text), nil)
}

// recordDoc makes a Doc from the fields of one JSON record, or says why it
// cannot.
func recordDoc(f fields, file string) (*article.Doc, string) {
	doc := &article.Doc{
		File:      file,
		Format:    "json",
		URL:       oneLine(f.first(urlKeys)),
		Title:     metaField(f.first(titleKeys)),
		Outlet:    metaField(f.first(outletKeys)),
		Published: oneLine(f.first(dateKeys)),
		Lang:      oneLine(f.first(langKeys)),
	}
	for _, k := range authorKeys {
		if raw, ok := f[k]; ok {
			list := strs(raw)
			for i, s := range list {
				list[i] = metaField(s)
			}
			if doc.Authors = oneLines(list); len(doc.Authors) > 0 {
				break
			}
		}
	}
	for _, k := range textKeys {
		if raw, ok := f[k]; ok {
			if doc.Lines = bodyLines(raw); len(doc.Lines) > 0 {
				return doc, ""
			}
		}
	}
	page := f.first(htmlKeys)
	if strings.TrimSpace(page) == "" {
		return nil, noTextReason
	}
	// Read the page; the record's own metadata wins over the page's.
	p, reason := htmlDoc(file, declareUTF8(page), doc.URL)
	if reason != "" {
		return nil, reason
	}
	p.Format = "json"
	for _, kv := range [...]struct{ dst, src *string }{
		{&p.URL, &doc.URL}, {&p.Title, &doc.Title}, {&p.Outlet, &doc.Outlet},
		{&p.Published, &doc.Published}, {&p.Lang, &doc.Lang},
	} {
		if *kv.src != "" {
			*kv.dst = *kv.src
		}
	}
	if len(doc.Authors) > 0 {
		p.Authors = doc.Authors
	}
	return p, ""
}

// parseJSON reads a JSON input: one article object, an array of them, an
// object wrapping such an array ({"articles": [...]}), an object whose
// members are all article objects (keyed by ID), or several such values
// one after the other.
func parseJSON(name, s string) ([]*article.Doc, []*Error) {
	dec := json.NewDecoder(strings.NewReader(s))
	var values []json.RawMessage
	for {
		var v json.RawMessage
		err := dec.Decode(&v)
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, []*Error{{File: name, Reason: jsonSyntaxReason(err, s, dec.InputOffset())}}
		}
		values = append(values, v)
	}
	var records []json.RawMessage
	single := false
	for _, v := range values {
		switch k := jsonKind(v); k {
		case "array":
			var a []json.RawMessage
			if err := json.Unmarshal(v, &a); err != nil {
				return nil, []*Error{{File: name, Reason: "invalid JSON: " + err.Error()}}
			}
			records = append(records, a...)
		case "object":
			if inner := unwrap(v); inner != nil {
				records = append(records, inner...)
			} else {
				records = append(records, v)
				single = len(values) == 1
			}
		default:
			if len(values) == 1 {
				return nil, []*Error{{File: name, Reason: "the JSON holds " + article1(k) + ", not an article object or an array of them"}}
			}
			records = append(records, v)
		}
	}
	if len(records) == 0 {
		return nil, []*Error{{File: name, Reason: "no articles: the JSON array is empty"}}
	}
	var docs []*article.Doc
	var errs []*Error
	failed := 0
	for i, r := range records {
		file := name
		if !single {
			file = name + "#" + strconv.Itoa(i+1)
		}
		doc, reason := recordFromJSON(r, file)
		if reason != "" {
			failed++
			if failed <= maxRecordErrors {
				errs = append(errs, &Error{File: file, Reason: reason})
			}
			continue
		}
		docs = append(docs, doc)
	}
	return docs, moreErrors(errs, name, failed)
}

// moreErrors adds to errs one Error counting the failed records not
// reported one by one.
func moreErrors(errs []*Error, name string, failed int) []*Error {
	if failed > maxRecordErrors {
		errs = append(errs, &Error{File: name, Reason: commas(failed-maxRecordErrors) +
			" more records could not be read (the first " + strconv.Itoa(maxRecordErrors) + " are reported)"})
	}
	return errs
}

// article1 puts "a" or "an" before a JSON kind.
func article1(kind string) string {
	if kind == "array" || kind == "object" {
		return "an " + kind
	}
	return "a " + kind
}

// unwrap returns the article records held in a JSON object that is not an
// article itself: the array under one of wrapperKeys, or the member values
// when they are all objects. It returns nil when the object is an article
// (or is not a wrapper).
func unwrap(raw json.RawMessage) []json.RawMessage {
	f, _, err := objectFields(raw)
	if err != nil || isRecord(f) {
		return nil
	}
	for _, k := range wrapperKeys {
		if v, ok := f[k]; ok && jsonKind(v) == "array" {
			var a []json.RawMessage
			if json.Unmarshal(v, &a) == nil && len(a) > 0 && jsonKind(a[0]) == "object" {
				return a
			}
		}
	}
	values, ok := memberValues(raw)
	if !ok || len(values) == 0 {
		return nil
	}
	for _, v := range values {
		if jsonKind(v) != "object" {
			return nil
		}
	}
	return values
}

// isRecord reports whether f has an article text field.
func isRecord(f fields) bool {
	for _, keys := range [...][]string{textKeys, htmlKeys} {
		for _, k := range keys {
			if _, ok := f[k]; ok {
				return true
			}
		}
	}
	return false
}

// memberValues returns the values of a JSON object's members, in order.
func memberValues(raw json.RawMessage) ([]json.RawMessage, bool) {
	dec := json.NewDecoder(bytes.NewReader(raw))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return nil, false
	}
	var out []json.RawMessage
	for dec.More() {
		if _, err := dec.Token(); err != nil { // the member name
			return nil, false
		}
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			return nil, false
		}
		out = append(out, v)
	}
	return out, true
}

// recordFromJSON reads one article record.
func recordFromJSON(raw []byte, file string) (*article.Doc, string) {
	f, kind, err := objectFields(raw)
	if err != nil {
		return nil, "invalid JSON: " + jsonErrText(err)
	}
	if kind != "" {
		return nil, "not an article: the JSON value is " + article1(kind) + ", not an object"
	}
	return recordDoc(f, file)
}

// parseJSONL reads JSON Lines: one article object per line. Each line is
// read on its own: a bad line gives an Error naming it and the others are
// still read. Docs and errors are named name#N, N the line number.
func parseJSONL(name, s string) ([]*article.Doc, []*Error) {
	var docs []*article.Doc
	var errs []*Error
	failed := 0
	for n := 1; len(s) > 0; n++ {
		line := s
		if i := strings.IndexByte(s, '\n'); i >= 0 {
			line, s = s[:i], s[i+1:]
		} else {
			s = ""
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		file := name + "#" + strconv.Itoa(n)
		doc, reason := recordFromJSON([]byte(line), file)
		if reason != "" {
			failed++
			if failed <= maxRecordErrors {
				errs = append(errs, &Error{File: file, Reason: "line " + strconv.Itoa(n) + ": " + reason})
			}
			continue
		}
		docs = append(docs, doc)
	}
	return docs, moreErrors(errs, name, failed)
}

// jsonErrText is the text of a JSON decoding error, without the package
// prefix.
func jsonErrText(err error) string {
	if errors.Is(err, io.ErrUnexpectedEOF) {
		return "unexpected end of input (truncated?)"
	}
	return strings.TrimPrefix(err.Error(), "json: ")
}

// jsonSyntaxReason says where a JSON input is invalid: the line and column
// of the error in s, found from the decoder's offset.
func jsonSyntaxReason(err error, s string, offset int64) string {
	var se *json.SyntaxError
	switch {
	case errors.Is(err, io.ErrUnexpectedEOF):
		offset = int64(len(s)) // just after the end
	case errors.As(err, &se) && se.Offset > 0:
		offset = se.Offset - 1 // the offset counts the offending byte
	}
	if offset < 0 || offset > int64(len(s)) {
		offset = int64(len(s))
	}
	before := s[:offset]
	line := strings.Count(before, "\n") + 1
	col := utf8.RuneCountInString(before[strings.LastIndexByte(before, '\n')+1:]) + 1
	return "invalid JSON at line " + strconv.Itoa(line) + ", column " + strconv.Itoa(col) + ": " + jsonErrText(err)
}
