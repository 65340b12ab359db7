// Package htmlbody extracts the main text of a news web page, as
// paragraphs, with the page's metadata.
package htmlbody

import "io"

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
}

// Extract reads an HTML page from r. pageURL, when known, helps the
// extractor resolve the site. It returns an error when the page has no
// article text.
func Extract(r io.Reader, pageURL string) (Page, error) {
	panic("htmlbody.Extract: not implemented yet")
}
