package read

import (
	"errors"
	"html"
	"strings"

	"github.com/recoupe/recoupe/article"
	"github.com/recoupe/recoupe/htmlbody"
)

// extractHTML finds the article in an HTML page; a variable so that tests
// can put a stand-in in its place.
var extractHTML = htmlbody.Extract

const noArticleInPage = "no article text found in the HTML page"

// htmlDoc extracts the article of an HTML page (UTF-8 text whose charset
// declarations say so). It returns the reason when there is none.
func htmlDoc(file, page, pageURL string) (*article.Doc, string) {
	p, err := extractHTML(strings.NewReader(page), pageURL)
	if err != nil {
		if errors.Is(err, htmlbody.ErrNoText) {
			return nil, noArticleInPage
		}
		return nil, "cannot extract the article from the HTML page: " + err.Error()
	}
	var lines []string
	for _, para := range p.Paragraphs {
		if para = oneLine(para); para != "" {
			lines = append(lines, para)
		}
	}
	if len(lines) == 0 {
		return nil, noArticleInPage
	}
	doc := &article.Doc{
		File:      file,
		Format:    "html",
		URL:       oneLine(p.URL),
		Title:     oneLine(p.Title),
		Outlet:    oneLine(p.Outlet),
		Authors:   oneLines(p.Authors),
		Published: oneLine(p.Published),
		Lang:      oneLine(p.Lang),
		Lines:     lines,
		Dropped:   p.Dropped,
	}
	if doc.URL == "" {
		doc.URL = oneLine(pageURL)
	}
	return doc, ""
}

// looksMarkup reports whether text (from a JSON text field) is an HTML
// fragment rather than plain text: it has paragraph or line-break tags.
func looksMarkup(s string) bool {
	if strings.IndexByte(s, '<') < 0 {
		return false
	}
	for _, tag := range [...]string{"<p>", "<p ", "</p>", "<br", "<div", "</div>", "<li>", "</li>", "<h2", "<h3", "<blockquote"} {
		if indexFold(s, tag) >= 0 {
			return true
		}
	}
	return false
}

// blockTags are the tags that break a line in an HTML fragment.
var blockTags = map[string]bool{
	"p": true, "br": true, "div": true, "li": true, "ul": true, "ol": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"blockquote": true, "tr": true, "table": true, "section": true,
	"article": true, "header": true, "footer": true, "aside": true,
	"figure": true, "figcaption": true, "hr": true, "pre": true, "dd": true,
	"dt": true, "dl": true, "main": true, "nav": true, "address": true,
}

// fragmentLines turns an HTML fragment (the body of a feed item, say) into
// lines: block tags break lines, other tags are dropped, scripts, styles
// and comments are skipped, white space inside the markup is a space, and
// character references are decoded.
func fragmentLines(s string) []string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		c := s[i]
		switch c {
		case '\n', '\r', '\t', '\f':
			b.WriteByte(' ')
			i++
			continue
		case '<':
		default:
			b.WriteByte(c)
			i++
			continue
		}
		if strings.HasPrefix(s[i:], "<!--") {
			end := strings.Index(s[i+4:], "-->")
			if end < 0 {
				break
			}
			i += 4 + end + 3
			continue
		}
		j := i + 1
		closing := j < len(s) && s[j] == '/'
		if closing {
			j++
		}
		if j >= len(s) || !isASCIILetter(s[j]) {
			b.WriteByte(c) // a literal '<'
			i++
			continue
		}
		k := j
		for k < len(s) && (isASCIILetter(s[k]) || isDigit(s[k])) {
			k++
		}
		name := strings.ToLower(s[j:k])
		end := strings.IndexByte(s[k:], '>')
		if end < 0 {
			break // an unterminated tag ends the fragment
		}
		i = k + end + 1
		switch {
		case !closing && (name == "script" || name == "style"):
			if e := indexFold(s[i:], "</"+name); e >= 0 {
				i += e
			} else {
				i = len(s)
			}
		case blockTags[name]:
			b.WriteByte('\n')
		case name == "td" || name == "th":
			b.WriteByte(' ')
		}
	}
	return splitLines(normNFC(html.UnescapeString(b.String())), nil)
}

// hasEntity reports whether s holds an HTML character reference such as
// "&amp;", "&#8217;" or "&eacute;".
func hasEntity(s string) bool {
	for i := strings.IndexByte(s, '&'); i >= 0; {
		j := i + 1
		if j < len(s) && s[j] == '#' {
			j++
		}
		k := j
		for k < len(s) && k-j < 32 && (isASCIILetter(s[k]) || isDigit(s[k])) {
			k++
		}
		if k > j && k < len(s) && s[k] == ';' {
			return true
		}
		next := strings.IndexByte(s[i+1:], '&')
		if next < 0 {
			break
		}
		i += 1 + next
	}
	return false
}
