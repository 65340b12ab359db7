// Package article defines the data that flows between recoupe's pipeline
// stages: a Doc as read from the input, the Cleaned body, the Meta found
// in it, and the finished Article.
//
// The stages run in this order and each one only adds to what it is given:
//
//	read    -> []*Doc
//	clean   -> Cleaned   (per Doc, with corpus-level repeated-line detection)
//	meta    -> Meta      (title, language, outlet, wires, dateline, authors, date)
//	Article  = Doc + Cleaned + Meta, with a stable ID
package article

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
)

// Doc is one article as read from an input, before any cleaning.
// Readers fill what the input gives; everything else stays zero.
type Doc struct {
	// File is the input path as given on the command line ("-" for stdin).
	// For a file holding several articles (JSON Lines, a JSON array, WARC)
	// it is suffixed with "#N", N being the 1-based record number.
	File string
	// Format is the format the article was read from: "text", "html", "json".
	Format string
	// URL of the article when the input names it.
	URL string
	// Title given by the input's metadata (HTML title/og:title, JSON "title").
	// Empty for plain text, whose title is found by the meta stage.
	Title string
	// Outlet (site or publication name) given by the input's metadata.
	Outlet string
	// Authors given by the input's metadata.
	Authors []string
	// Published is the raw publication date string from the input's metadata
	// (JSON "published", HTML meta tags, a "date 2019-06" header), unparsed.
	Published string
	// Lang is the language declared by the input (HTML lang attribute,
	// JSON "language"), unverified.
	Lang string
	// Lines is the body, one paragraph or line per element, in order, as
	// text (HTML already reduced to its paragraphs). Nothing is removed yet.
	Lines []string
	// Dropped holds what a reader already removed (e.g. HTML boilerplate the
	// extractor left out is not listed; lines a reader decided to drop are).
	Dropped []Boilerplate
}

// Boilerplate is one piece of text removed from an article's body, kept so
// that a user can audit what was dropped.
type Boilerplate struct {
	Text string `json:"text"`
	// Reason is a short machine-readable label: "subscription", "share",
	// "advert", "read-more", "caption", "copyright", "footer", "reblog",
	// "related", "pull-quote", "bio", "editorial", "stamp", "repeated",
	// "duplicate", "short", "navigation", ...
	Reason string `json:"reason"`
	// Line is the 0-based index of the piece in Doc.Lines, -1 if unknown.
	Line int `json:"line"`
}

// Cleaned is the body of a Doc after cleaning.
type Cleaned struct {
	// Headline is the index in Doc.Lines of the line the cleaner took for
	// the article's headline (the first line of a plain-text copy, or a line
	// repeating Doc.Title), -1 when there is none. The headline is neither a
	// paragraph nor boilerplate; the meta stage uses it for the title.
	Headline int
	// Paragraphs kept, in order.
	Paragraphs []string
	// KeptLines[i] is the index in Doc.Lines of Paragraphs[i].
	KeptLines []int
	// Boilerplate removed, in order of Line.
	Boilerplate []Boilerplate
}

// Text joins the kept paragraphs with blank lines.
func (c Cleaned) Text() string { return strings.Join(c.Paragraphs, "\n\n") }

// Meta is what the meta stage finds about an article.
type Meta struct {
	Title    string
	Language string // ISO 639-1 code, "" when unknown
	Outlet   string
	Wires    []string // normalised agency names: "Reuters", "AFP", "AP", ...
	Authors  []string
	Dateline string // place of the dateline, e.g. "Kiev"
	// Published is "YYYY-MM-DD", or "" when unknown (never invented).
	Published string
	// PublishedBasis says where Published came from, e.g.
	// "metadata:published", "dateline+weekday", "text:Publié le", or why
	// it is unknown.
	PublishedBasis string
	// PublishedPartial is a partial date ("YYYY-MM" or "YYYY") when only
	// that much is known (e.g. a "date 2019-06" header); Published stays "".
	PublishedPartial string
}

// Article is a Doc after cleaning and metadata extraction.
type Article struct {
	ID   string
	Doc  *Doc
	Body Cleaned
	Meta Meta
}

// Text is the cleaned body.
func (a *Article) Text() string { return a.Body.Text() }

// ContentID returns a stable identifier derived from the content of a
// document: its whitespace-normalised body lines. The same text read from
// two files gets the same ID; callers that need unique IDs in one run
// disambiguate collisions.
func ContentID(lines []string) string {
	h := sha256.New()
	for _, l := range lines {
		f := strings.Fields(l)
		if len(f) == 0 {
			continue
		}
		h.Write([]byte(strings.Join(f, " ")))
		h.Write([]byte{'\n'})
	}
	return "a" + hex.EncodeToString(h.Sum(nil))[:11]
}
