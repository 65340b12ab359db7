// Package htmlbody extracts the main text of a news web page, as
// paragraphs, with the page's metadata.
//
// The main text is found by go-trafilatura; htmlbody keeps the block
// structure of what it returns (paragraphs, headings and list items each
// become a paragraph), removes the headline and the page furniture the
// extractor lets through (share and subscription prompts, bylines, image
// credits, "Advertisement" stamps) and reads the metadata (title, outlet,
// authors, date, language, canonical URL) from the page's meta tags and
// JSON-LD.
package htmlbody

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	nurl "net/url"
	"strings"
	"unicode/utf8"

	trafilatura "github.com/markusmobius/go-trafilatura"
	"github.com/recoupe/recoupe/article"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/transform"
)

// Page is what is extracted from one HTML page.
type Page struct {
	Title     string
	Outlet    string
	Authors   []string
	Published string // raw date string from the page's metadata, "" if none
	Lang      string
	URL       string
	// Paragraphs of the main text, in order; headings and list items are
	// paragraphs of their own.
	Paragraphs []string
	// Dropped lists what was removed from the extracted text as page
	// furniture (headline repeats, share and subscription prompts, image
	// credits, bylines, ...), in page order, with Line set to -1.
	Dropped []article.Boilerplate
}

// ErrNoText is returned (wrapped) by Extract when a page has no article text.
var ErrNoText = errors.New("no article text found in the HTML page")

// Extract reads an HTML page from r. pageURL, when known, helps the
// extractor resolve the site. It returns an error when the page has no
// article text.
func Extract(r io.Reader, pageURL string) (Page, error) {
	raw, err := io.ReadAll(r)
	if err != nil {
		return Page{}, fmt.Errorf("reading HTML page: %w", err)
	}
	doc, err := parse(raw)
	if err != nil {
		return Page{}, fmt.Errorf("parsing HTML page: %w", err)
	}
	base, _ := nurl.Parse(pageURL)
	if base != nil && !base.IsAbs() {
		base = nil
	}

	info := scanMeta(doc)

	opts := trafilatura.Options{
		ExcludeComments: true,
		Focus:           trafilatura.FavorRecall,
		// The date is read from the metadata by scanMeta; the meta stage
		// parses it.
		HtmlDateMode: trafilatura.Disabled,
	}
	if base != nil {
		opts.OriginalURL = base
	}
	res, err := trafilatura.ExtractDocument(doc, opts)
	if err != nil || res == nil || res.ContentNode == nil {
		return Page{}, fmt.Errorf("%w: %v", ErrNoText, err)
	}

	page := info.page(res.Metadata, base)
	paras := locate(blocks(res.ContentNode), doc)
	page.Paragraphs, page.Dropped = clean(paras, info.titles(page.Title), page.Authors)
	if len(page.Paragraphs) == 0 {
		return Page{}, ErrNoText
	}
	return page, nil
}

// parse decodes raw as HTML and parses it. A page whose bytes are valid
// UTF-8 is read as UTF-8 whatever it declares (a wrong declaration is far
// more common than Latin-1 text that happens to be valid UTF-8); other
// pages are decoded with the charset of their BOM or <meta> tag, else as
// Windows-1252.
func parse(raw []byte) (*html.Node, error) {
	var r io.Reader = bytes.NewReader(raw)
	if enc := pageEncoding(raw); enc != nil {
		r = transform.NewReader(r, enc.NewDecoder())
	}
	return html.Parse(r)
}

// pageEncoding returns the decoder needed for raw, nil for UTF-8.
func pageEncoding(raw []byte) encoding.Encoding {
	if utf8.Valid(raw) {
		return nil
	}
	enc, name, certain := charset.DetermineEncoding(raw, "text/html")
	if !certain && name == "windows-1252" {
		// DetermineEncoding only looks at the first 1024 bytes.
		if e := declaredCharset(raw[:min(len(raw), 16<<10)]); e != nil {
			enc = e
		}
	}
	if enc == encoding.Nop || name == "utf-8" {
		return nil
	}
	return enc
}

// declaredCharset returns the encoding named by the first "charset=" in
// head, nil if none is known.
func declaredCharset(head []byte) encoding.Encoding {
	low := bytes.ToLower(head)
	i := bytes.Index(low, []byte("charset="))
	if i < 0 {
		return nil
	}
	v := low[i+len("charset="):]
	v = bytes.TrimLeft(v, `"' `)
	end := bytes.IndexAny(v, `"'; />`)
	if end < 0 {
		end = len(v)
	}
	e, _ := charset.Lookup(string(v[:end]))
	return e
}

// normSpace collapses runs of white space to single spaces and trims s.
func normSpace(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
