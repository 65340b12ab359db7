package htmlbody

import (
	"encoding/json"
	nurl "net/url"
	"strings"

	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pageInfo is the metadata found in one pass over a page.
type pageInfo struct {
	lang      string
	title     string            // <title>
	h1        []string          // texts of the first few <h1>
	meta      map[string]string // lower-cased name/property/itemprop -> first content
	canonical string
	timeAttr  string // first <time datetime>, preferring a publication one
	timePub   bool   // timeAttr is marked as the publication date
	ld        ldInfo
}

// ldInfo is what the JSON-LD scripts of a page say about its article.
type ldInfo struct {
	headline  string
	published string
	authors   []string
	publisher string
	url       string
	article   bool // the fields come from an Article-like object
}

// Meta keys holding the publication date, best first.
var publishedKeys = []string{
	"article:published_time", "og:article:published_time",
	"article.published", "datepublished", "published_time",
	"publication_date", "publish-date", "published-date", "publishdate",
	"pubdate", "parsely-pub-date", "sailthru.date", "dc.date.issued",
	"dcterms.issued", "dcterms.created", "dc.date", "dcterms.date",
	"citation_publication_date", "citation_date", "date", "og:published_time",
	"cxenseparse:recs:publishtime", "article:modified_time",
	"og:updated_time", "datemodified", "last-modified",
}

// Meta keys holding author names.
var authorKeys = []string{
	"author", "article:author", "parsely-author", "sailthru.author",
	"dc.creator", "dcterms.creator", "citation_author", "byl", "twitter:creator",
}

// Meta keys holding the outlet's name.
var outletKeys = []string{
	"og:site_name", "application-name", "publisher", "dc.publisher",
	"cxenseparse:recs:publisher", "twitter:site",
}

// Meta keys holding the headline.
var titleKeys = []string{
	"og:title", "twitter:title", "headline", "sailthru.title",
	"parsely-title", "dc.title", "citation_title", "title",
}

// scanMeta reads the metadata of doc in one walk.
func scanMeta(doc *html.Node) *pageInfo {
	info := &pageInfo{meta: make(map[string]string)}
	var walk func(n *html.Node, inHead bool)
	walk = func(n *html.Node, inHead bool) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Html:
				if info.lang == "" {
					info.lang = strings.TrimSpace(attr(n, "lang"))
					if info.lang == "" {
						info.lang = strings.TrimSpace(attr(n, "xml:lang"))
					}
				}
			case atom.Head:
				inHead = true
			case atom.Title:
				if inHead && info.title == "" {
					info.title = normSpace(textOf(n))
				}
				return
			case atom.Meta:
				info.addMeta(n)
				return
			case atom.Link:
				if info.canonical == "" && strings.EqualFold(strings.TrimSpace(attr(n, "rel")), "canonical") {
					info.canonical = strings.TrimSpace(attr(n, "href"))
				}
				return
			case atom.Script:
				if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") {
					info.ld.merge(textOf(n))
				}
				return
			case atom.Style, atom.Noscript, atom.Template, atom.Svg:
				return
			case atom.H1:
				if len(info.h1) < 3 {
					if t := normSpace(textOf(n)); t != "" {
						info.h1 = append(info.h1, t)
					}
				}
			case atom.Time:
				info.addTime(n)
			}
			if ip := strings.ToLower(attr(n, "itemprop")); ip != "" {
				info.addItemprop(n, ip)
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inHead)
		}
	}
	walk(doc, false)
	return info
}

// addMeta records a <meta> tag.
func (info *pageInfo) addMeta(n *html.Node) {
	content := attr(n, "content")
	if content == "" {
		return
	}
	if info.lang == "" && strings.EqualFold(attr(n, "http-equiv"), "content-language") {
		info.lang = strings.TrimSpace(content)
	}
	for _, k := range [...]string{"property", "name", "itemprop"} {
		key := strings.ToLower(strings.TrimSpace(attr(n, k)))
		if key == "" {
			continue
		}
		if _, ok := info.meta[key]; !ok {
			info.meta[key] = normSpace(content)
		}
	}
}

// addItemprop records microdata outside <meta> tags.
func (info *pageInfo) addItemprop(n *html.Node, prop string) {
	switch prop {
	case "datepublished":
		v := attr(n, "datetime")
		if v == "" {
			v = attr(n, "content")
		}
		if v = strings.TrimSpace(v); v != "" {
			if _, ok := info.meta[prop]; !ok {
				info.meta[prop] = v
			}
		}
	case "author", "creator":
		if _, ok := info.meta["author"]; ok {
			return
		}
		// <span itemprop="author"><span itemprop="name">...</span></span>
		t := normSpace(textOf(n))
		if t != "" && len(t) < 80 {
			info.meta["itemprop:author"] = t
		}
	}
}

// addTime records a <time datetime> element, preferring one marked as
// the publication date.
func (info *pageInfo) addTime(n *html.Node) {
	v := strings.TrimSpace(attr(n, "datetime"))
	if v == "" || info.timePub {
		return
	}
	pub := hasAttr(n, "pubdate") || strings.EqualFold(attr(n, "itemprop"), "datePublished") ||
		strings.Contains(strings.ToLower(attr(n, "class")), "publish")
	if info.timeAttr == "" || pub {
		info.timeAttr = v
		info.timePub = pub
	}
}

// merge reads one JSON-LD script. Article-like objects win over others.
func (ld *ldInfo) merge(src string) {
	var v any
	if err := json.Unmarshal([]byte(strings.TrimSpace(src)), &v); err != nil {
		return
	}
	ld.visit(v, 0)
}

func (ld *ldInfo) visit(v any, depth int) {
	if depth > 4 {
		return
	}
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			ld.visit(e, depth+1)
		}
	case map[string]any:
		if g, ok := x["@graph"]; ok {
			ld.visit(g, depth+1)
		}
		isArticle := ldIsArticle(x["@type"])
		if ld.article && !isArticle {
			return
		}
		if isArticle && !ld.article {
			*ld = ldInfo{article: true}
		}
		if ld.headline == "" {
			ld.headline = normSpace(ldString(x["headline"]))
		}
		if ld.published == "" {
			ld.published = strings.TrimSpace(ldString(x["datePublished"]))
		}
		if len(ld.authors) == 0 {
			ld.authors = ldNames(x["author"])
		}
		if ld.publisher == "" {
			if names := ldNames(x["publisher"]); len(names) > 0 {
				ld.publisher = names[0]
			}
		}
		if ld.url == "" && isArticle {
			ld.url = strings.TrimSpace(ldString(x["url"]))
		}
	}
}

// ldIsArticle reports whether a JSON-LD @type names an article.
func ldIsArticle(t any) bool {
	switch x := t.(type) {
	case string:
		return strings.HasSuffix(x, "Article") || x == "BlogPosting" || x == "Report"
	case []any:
		for _, e := range x {
			if ldIsArticle(e) {
				return true
			}
		}
	}
	return false
}

// ldString returns v when it is a string.
func ldString(v any) string {
	s, _ := v.(string)
	return s
}

// ldNames returns the names in a JSON-LD person/organisation value: a
// string, an object with a name, or a list of either.
func ldNames(v any) []string {
	var out []string
	switch x := v.(type) {
	case string:
		if s := normSpace(x); s != "" && !looksLikeURL(s) {
			out = append(out, s)
		}
	case map[string]any:
		if s := normSpace(ldString(x["name"])); s != "" {
			out = append(out, s)
		}
	case []any:
		for _, e := range x {
			out = append(out, ldNames(e)...)
		}
	}
	return out
}

// page assembles the Page metadata from what the walk found, completed by
// go-trafilatura's metadata.
func (info *pageInfo) page(tm trafilatura.Metadata, base *nurl.URL) Page {
	var p Page
	p.Lang = info.lang
	if p.Lang == "" {
		p.Lang = strings.ReplaceAll(info.meta["og:locale"], "_", "-")
	}

	// Outlet.
	p.Outlet = info.firstMeta(outletKeys[:1])
	if p.Outlet == "" {
		p.Outlet = info.ld.publisher
	}
	if p.Outlet == "" {
		p.Outlet = info.firstMeta(outletKeys[1:])
	}
	if p.Outlet == "" {
		p.Outlet = tm.Sitename
	}
	p.Outlet = strings.TrimPrefix(p.Outlet, "@")
	if looksLikeURL(p.Outlet) {
		p.Outlet = ""
	}
	// "LinkNaija | Nigeria's popular news platform"
	for _, sep := range []string{" | ", " - ", " – ", " — ", ": "} {
		if i := strings.Index(p.Outlet, sep); i >= 3 {
			p.Outlet = p.Outlet[:i]
		}
	}

	// Title.
	p.Title = info.headline(p.Outlet)
	if p.Title == "" {
		p.Title = normSpace(tm.Title)
	}

	// Authors.
	p.Authors = info.ld.authors
	if len(p.Authors) == 0 {
		for _, k := range authorKeys {
			if v := info.meta[k]; v != "" && !looksLikeURL(v) && !strings.HasPrefix(v, "@") {
				p.Authors = splitAuthors(v)
				break
			}
		}
	}
	if len(p.Authors) == 0 && info.meta["itemprop:author"] != "" {
		p.Authors = splitAuthors(info.meta["itemprop:author"])
	}
	if len(p.Authors) == 0 && tm.Author != "" {
		p.Authors = splitAuthors(tm.Author)
	}
	p.Authors = cleanAuthors(p.Authors)

	// Publication date, raw.
	switch {
	case info.ld.article && info.ld.published != "":
		p.Published = info.ld.published
	case info.firstMeta(publishedKeys) != "":
		p.Published = info.firstMeta(publishedKeys)
	case info.ld.published != "":
		p.Published = info.ld.published
	case info.timeAttr != "":
		p.Published = info.timeAttr
	case !tm.Date.IsZero():
		p.Published = tm.Date.Format("2006-01-02")
	}

	// URL.
	for _, u := range []string{info.canonical, info.meta["og:url"], info.ld.url} {
		if abs := absURL(u, base); abs != "" {
			p.URL = abs
			break
		}
	}
	if p.URL == "" && base != nil {
		p.URL = base.String()
	}
	return p
}

// titles returns the page's title candidates, to recognise a headline
// repeated in the body.
func (info *pageInfo) titles(title string) []string {
	out := []string{title, info.title, info.ld.headline}
	out = append(out, info.h1...)
	for _, k := range titleKeys {
		if v := info.meta[k]; v != "" {
			out = append(out, v)
		}
	}
	return out
}

// firstMeta returns the first non-empty meta value among keys.
func (info *pageInfo) firstMeta(keys []string) string {
	for _, k := range keys {
		if v := info.meta[k]; v != "" {
			return v
		}
	}
	return ""
}

// titleSeps separate a headline from the site name in page titles.
var titleSeps = []string{" | ", " - ", " – ", " — ", " :: ", " · ", " // ", " « ", " » ", " • "}

// headline returns the article's headline: the metadata title (og:title,
// JSON-LD headline, ...) or the page's <h1>, else the <title>, with the
// site name stripped.
func (info *pageInfo) headline(outlet string) string {
	t := info.firstMeta(titleKeys[:2])
	if t == "" {
		t = info.ld.headline
	}
	if t == "" {
		t = info.firstMeta(titleKeys[2:])
	}
	if t == "" && len(info.h1) > 0 {
		t = info.h1[0]
	}
	if t == "" {
		t = info.title
	}
	return stripSiteName(t, outlet, info.h1)
}

// stripSiteName removes a " | Site" suffix or "Site | " prefix from a
// title: a part naming the outlet, or the part that is not the page's h1.
func stripSiteName(t, outlet string, h1 []string) string {
	t = normSpace(t)
	// The page's h1 inside a longer title ("Opinion | Headline - Site").
	for _, h := range h1 {
		if h != t && len(h) > 10 && len(h)*10 >= len(t)*4 && strings.Contains(t, h) {
			return h
		}
	}
	site := squash(outlet)
	for _, sep := range titleSeps {
		i := strings.LastIndex(t, sep)
		if i <= 0 {
			continue
		}
		head, tail := t[:i], t[i+len(sep):]
		if site != "" && squashEq(tail, site) || looksLikeSiteName(tail) {
			return strings.TrimSpace(head)
		}
		j := strings.Index(t, sep)
		head, tail = t[:j], t[j+len(sep):]
		if site != "" && squashEq(head, site) {
			return strings.TrimSpace(tail)
		}
	}
	return t
}

// looksLikeSiteName reports whether s, a title part, is a domain name
// such as "lemonde.fr".
func looksLikeSiteName(s string) bool {
	i := strings.LastIndexByte(s, '.')
	return i > 0 && i < len(s)-2 && !strings.ContainsAny(s, " ")
}

// squash lower-cases s and keeps only its letters and digits.
func squash(s string) string {
	var sb strings.Builder
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127 {
			sb.WriteRune(r)
		}
	}
	return sb.String()
}

// squashEq reports whether part names the site (squashed comparison,
// allowing a ".com"-like suffix).
func squashEq(part, site string) bool {
	p := squash(part)
	return p != "" && (p == site || strings.HasPrefix(p, site) && len(p)-len(site) <= 4 ||
		strings.HasPrefix(site, p) && len(site)-len(p) <= 4)
}

// splitAuthors splits an author string on commas, semicolons, "and", "&".
func splitAuthors(s string) []string {
	s = strings.NewReplacer(" and ", ";", " et ", ";", " & ", ";", ",", ";", "|", ";").Replace(s)
	var out []string
	for _, a := range strings.Split(s, ";") {
		a = normSpace(a)
		if low := strings.ToLower(a); strings.HasPrefix(low, "by ") || strings.HasPrefix(low, "par ") {
			a = strings.TrimSpace(a[strings.IndexByte(a, ' ')+1:])
		}
		if a != "" && !looksLikeURL(a) {
			out = append(out, a)
		}
	}
	return out
}

// roleWords mark the part of an author string that is a job title
// ("Tom Krisher, AP Auto Writer").
var roleWords = []string{"writer", "correspondent", "reporter", "editor", "contributor",
	"staff", "columnist", "journaliste", "rédact", "envoyé", "special to", "photographer"}

// cleanAuthors strips "By", job titles, handles and dates from author
// names and removes repeats.
func cleanAuthors(in []string) []string {
	var out []string
	for _, a := range in {
		for _, part := range splitAuthors(a) {
			low := strings.ToLower(part)
			role := false
			for _, w := range roleWords {
				if strings.Contains(low, w) {
					role = true
					break
				}
			}
			if role {
				continue
			}
			// "Bryan DeArdo @BryanDeArdo Nov 18": the name ends at a
			// handle, a number or a bullet.
			var kept []string
			for _, f := range strings.Fields(part) {
				if strings.HasPrefix(f, "@") || strings.ContainsAny(f, "0123456789•|") {
					break
				}
				kept = append(kept, f)
			}
			if len(kept) > 1 && len(kept) < len(strings.Fields(part)) && dateWords[strings.ToLower(kept[len(kept)-1])] {
				kept = kept[:len(kept)-1]
			}
			if part = strings.Join(kept, " "); part != "" {
				out = append(out, part)
			}
		}
	}
	return dedupe(out)
}

// dedupe removes repeated strings, keeping the first.
func dedupe(ss []string) []string {
	var out []string
	seen := make(map[string]bool, len(ss))
	for _, s := range ss {
		k := strings.ToLower(s)
		if !seen[k] {
			seen[k] = true
			out = append(out, s)
		}
	}
	return out
}

// looksLikeURL reports whether s is a URL rather than a name.
func looksLikeURL(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "//")
}

// absURL resolves u against base; "" when u is empty or not absolute.
func absURL(u string, base *nurl.URL) string {
	u = strings.TrimSpace(u)
	if u == "" {
		return ""
	}
	pu, err := nurl.Parse(u)
	if err != nil {
		return ""
	}
	if !pu.IsAbs() {
		if base == nil {
			return ""
		}
		pu = base.ResolveReference(pu)
	}
	if pu.Scheme != "http" && pu.Scheme != "https" {
		return ""
	}
	return pu.String()
}

// attr returns the value of n's attribute key, "" if absent.
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// hasAttr reports whether n has the attribute key.
func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

// textOf returns the text under n.
func textOf(n *html.Node) string {
	var sb strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				sb.WriteString(c.Data)
			case html.ElementNode:
				if c.DataAtom == atom.Script || c.DataAtom == atom.Style {
					continue
				}
				sb.WriteByte(' ')
				walk(c)
				sb.WriteByte(' ')
			}
		}
	}
	walk(n)
	return sb.String()
}
