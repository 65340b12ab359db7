// Package meta finds an article's title, language, outlet, wire credits,
// dateline, authors and publication date.
//
// It reads the input's metadata first (Doc.Title, Outlet, Authors,
// Published, Lang), then a few candidate lines of the raw body: the first
// lines (headline, byline, stamp, dateline paragraph), the last lines
// (credits such as "afp/jop" or a Reuters "(Reportage ..., édité par ...)"
// block) and the lines the cleaner labelled as stamps, bylines or
// copyright. Captions (cleaner reason "caption", or lines carrying a photo
// credit) are never taken for the article's date or credits: "© AFP" under
// a photo does not make the article an AFP dispatch.
//
// Publication dates are never invented: when no year can be fixed,
// Meta.Published stays "" and Meta.PublishedBasis says what is known
// (e.g. the dateline's day and month, written "--03-04") and why the year
// is open; InferYears may then fix it from the other articles of a story.
package meta

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/recoupe/recoupe/article"
	"github.com/recoupe/recoupe/lang"
)

// Extract finds the metadata of one document, from its input metadata, its
// raw lines and its cleaned body.
func Extract(d *article.Doc, c article.Cleaned) article.Meta {
	if d == nil {
		return article.Meta{PublishedBasis: "no document"}
	}
	x := newExtractor(d, c)
	var m article.Meta
	m.Outlet = x.outlet()
	m.Title = x.title(m.Outlet)
	m.Language = x.language(m.Title)
	if m.Language == "en" {
		x.order = 'm'
	}
	dl := x.dateline()
	m.Dateline = dl.place
	var w nameSet
	for _, name := range dl.wires {
		w.add(name)
	}
	x.creditWires(&w)
	m.Authors = x.authors(&w, m.Outlet)
	m.Wires = w.list
	x.published(&m, dl)
	return m
}

// Candidate lines are the first headLines and last tailLines lines of the
// raw body, the first keptHead and last keptTail kept paragraphs, and up
// to maxLabelled lines the cleaner labelled as credits or stamps.
const (
	headLines   = 6
	tailLines   = 5
	keptHead    = 3
	keptTail    = 2
	maxLabelled = 8
	// maxCandidateLen is the longest line read as a byline, stamp,
	// credit or caption; longer lines are paragraphs (credits at a
	// paragraph's end are looked for separately).
	maxCandidateLen = 250
)

// candidateReasons are the cleaner's labels of lines worth reading for
// metadata wherever they stand.
var candidateReasons = map[string]bool{
	"stamp": true, "copyright": true, "bio": true, "byline": true, "credit": true,
	"editorial": true, "signature": true, "author": true, "date": true, "dateline": true,
}

type extractor struct {
	d       *article.Doc
	c       article.Cleaned
	caption map[int]bool // indices of d.Lines labelled as captions
	head    []int        // candidate lines at the start, in order
	tail    []int        // candidate lines at the end and labelled ones
	host    string       // URL host without "www."
	lines   []lineInfo   // lines[i] is what is known of d.Lines[i]
	order   byte         // numeric dates: 'd' day first, 'm' month first
}

func newExtractor(d *article.Doc, c article.Cleaned) *extractor {
	x := &extractor{d: d, c: c, host: hostOf(d.URL), order: 'd'}
	n := len(d.Lines)
	// The candidate lists are short (some twenty lines): a linear search
	// tells the lines already listed.
	addTo := func(list *[]int, i int) {
		if i >= 0 && i < n && !slices.Contains(x.head, i) && !slices.Contains(x.tail, i) {
			*list = append(*list, i)
		}
	}
	x.head = make([]int, 0, headLines+keptHead)
	x.tail = make([]int, 0, keptTail+tailLines+maxLabelled)
	for i := 0; i < headLines && i < n; i++ {
		addTo(&x.head, i)
	}
	for i := 0; i < keptHead && i < len(c.KeptLines); i++ {
		addTo(&x.head, c.KeptLines[i])
	}
	for i := max(0, len(c.KeptLines)-keptTail); i < len(c.KeptLines); i++ {
		addTo(&x.tail, c.KeptLines[i])
	}
	for i := max(0, n-tailLines); i < n; i++ {
		addTo(&x.tail, i)
	}
	labelled := 0
	for _, b := range c.Boilerplate {
		switch {
		case b.Reason == "caption":
			if x.caption == nil {
				x.caption = map[int]bool{}
			}
			x.caption[b.Line] = true
		case candidateReasons[b.Reason] && labelled < maxLabelled:
			labelled++
			addTo(&x.tail, b.Line)
		}
	}
	return x
}

// lineInfo is what is worked out once about a line read several times.
type lineInfo struct {
	s       string // the line, trimmed
	low     string // lower(s), "" for lines longer than maxLowLen
	block   string // the credit block ending the line (see creditBlock)
	isBlock bool   // the line ends with a credit block

	loaded, lowDone, photoDone, blockDone bool
	photo                                 bool // the line carries a photo caption or credit
}

// lower returns lower(li.s), or "" when the line is longer than maxLowLen.
func (li *lineInfo) lower() string {
	if !li.lowDone {
		li.lowDone = true
		if len(li.s) <= maxLowLen {
			li.low = lower(li.s)
		}
	}
	return li.low
}

// isPhoto reports whether the line is a photo caption or credit (lines
// longer than maxLowLen are paragraphs).
func (li *lineInfo) isPhoto() bool {
	if !li.photoDone {
		li.photoDone = true
		li.photo = len(li.s) <= maxLowLen && photoLine(li.s)
	}
	return li.photo
}

// creditBlock returns creditBlock(li.s), worked out once.
func (li *lineInfo) creditBlock() (string, bool) {
	if !li.blockDone {
		li.blockDone = true
		li.block, li.isBlock = creditBlock(li.s)
	}
	return li.block, li.isBlock
}

// maxLowLen is the longest line whose lower-case form is kept and that
// can be a caption; longer lines are paragraphs, no credits or stamps.
const maxLowLen = maxCandidateLen

// info returns what is known of line i, working it out the first time.
// The lines are held in one slice, made at the first call.
func (x *extractor) info(i int) *lineInfo {
	if i < 0 || i >= len(x.d.Lines) {
		return &lineInfo{loaded: true}
	}
	if x.lines == nil {
		x.lines = make([]lineInfo, len(x.d.Lines))
	}
	li := &x.lines[i]
	if !li.loaded {
		li.loaded = true
		li.s = strings.TrimSpace(x.d.Lines[i])
	}
	return li
}

// line returns d.Lines[i] trimmed.
func (x *extractor) line(i int) string { return x.info(i).s }

// isCaption reports whether line i is a caption or carries a photo credit.
func (x *extractor) isCaption(i int) bool {
	return x.caption[i] || x.info(i).isPhoto()
}

// photoWords mark a line as a photo caption or credit; photoLine knows
// their order.
var photoWords = []string{"©", "(c)", "photo", "foto", "crédit", "credit", "getty", "illustration", "image"}

// photoLine reports whether a line is a photo caption or credit: it has
// a photo word, or an agency after a slash ("Sergueï Supinsky / AFP").
// Letters are compared as lower(s) has them, without lower-casing s: the
// line is most often a paragraph, and no caption.
func photoLine(s string) bool {
	for i := 0; i < len(s); i++ {
		var words []string
		switch lowerByte(s, i) {
		case 0xC2:
			words = photoWords[0:1]
		case '(':
			words = photoWords[1:2]
		case 'p':
			words = photoWords[2:3]
		case 'f':
			words = photoWords[3:4]
		case 'c':
			words = photoWords[4:6]
		case 'g':
			words = photoWords[6:7]
		case 'i':
			words = photoWords[7:9]
		case '/':
			if i > 0 && s[i-1] == ' ' {
				// Spaces and punctuation are the same in lower(s), and
				// wireName ignores case (its names have no Latin-1
				// letter).
				after := strings.TrimLeft(s[i+1:], " ")
				end := strings.IndexAny(after, " ,.;)")
				if end < 0 {
					end = len(after)
				}
				if wireName(after[:end]) != "" {
					return true
				}
			}
			continue
		default:
			continue
		}
		for _, w := range words {
			if hasPrefixLower(s, i, w) {
				return true
			}
		}
	}
	return false
}

// outlet names the publication: input metadata, else the URL's host
// (named when it is a well-known site), else a "© Name" line.
func (x *extractor) outlet() string {
	if o := collapse(x.d.Outlet); o != "" {
		return o
	}
	if x.host != "" {
		return outletOfHost(x.host)
	}
	for _, list := range [][]int{x.tail, x.head} {
		for _, i := range list {
			if o := copyrightOutlet(x.line(i)); o != "" && !x.caption[i] {
				return o
			}
		}
	}
	return x.bannerOutlet()
}

// bannerOutlet reads the site's name off the top of a plain-text copy: the
// first segment of a breadcrumb ("Actu Express › Monde › Europe") or a
// short capitalised line beside the headline that the cleaner dropped
// ("La Gazette continentale"), unless it is a section name.
func (x *extractor) bannerOutlet() string {
	for _, b := range x.c.Boilerplate {
		if b.Line < 0 || b.Line >= headLines {
			continue
		}
		var cand string
		switch b.Reason {
		case "navigation":
			cand = b.Text
			if i := strings.IndexAny(cand, "›»>|"); i > 0 {
				cand = cand[:i]
			}
		case "short":
			if x.c.Headline < 0 || b.Line > x.c.Headline+1 || b.Line < x.c.Headline-1 {
				continue
			}
			cand = b.Text
		default:
			continue
		}
		cand = strings.TrimSpace(cand)
		if o := plausibleOutlet(cand); o != "" {
			return o
		}
	}
	return ""
}

// sectionNames are the folded names of site sections and generic
// navigation entries, which are no outlet.
var sectionNames = map[string]bool{
	"accueil": true, "home": true, "une": true, "a la une": true, "actualite": true, "actualites": true,
	"actu": true, "info": true, "infos": true, "news": true, "monde": true, "international": true,
	"france": true, "europe": true, "politique": true, "economie": true, "societe": true, "sport": true,
	"sports": true, "culture": true, "faits divers": true, "regions": true, "region": true, "sciences": true,
	"sante": true, "environnement": true, "planete": true, "tech": true, "medias": true, "opinions": true,
	"idees": true, "world": true, "politics": true, "business": true, "local": true, "direct": true,
	"en direct": true, "video": true, "videos": true, "meteo": true, "justice": true, "education": true,
}

// unaccent folds the accented letters of French section names.
var unaccent = strings.NewReplacer("é", "e", "è", "e", "ê", "e", "à", "a", "â", "a", "ô", "o", "î", "i", "ï", "i", "û", "u", "ù", "u", "ç", "c")

// plausibleOutlet returns s when it can be a publication's name: one to
// five words, starting with a capital, no sentence punctuation, no wire
// agency and no section name.
func plausibleOutlet(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 || len(f) > 5 || len(s) > 60 || strings.ContainsAny(s, ".!?:;,«»\"©@/") {
		return ""
	}
	if r, _ := utf8.DecodeRuneInString(s); !unicode.IsUpper(r) {
		return ""
	}
	if wireName(s) != "" || sectionNames[unaccent.Replace(lower(strings.Join(f, " ")))] {
		return ""
	}
	return strings.Join(f, " ")
}

// copyrightOutlet reads "© Le Parisien", "© 2019 Le Parisien. Tous droits
// réservés", "Source : Le Monde" (a well-known outlet only). Agencies are
// not outlets (they are wire credits or photo credits).
func copyrightOutlet(s string) string {
	if s == "" || len(s) > 120 {
		return ""
	}
	var rest string
	switch {
	case strings.HasPrefix(s, "©"):
		rest = s[len("©"):]
	case hasPrefixLower(s, 0, "copyright"):
		rest = strings.TrimPrefix(strings.TrimSpace(s[len("copyright"):]), "©")
	case hasPrefixLower(s, 0, "source :"), hasPrefixLower(s, 0, "source:"):
		rest = s[strings.IndexByte(s, ':')+1:]
		if !knownOutlet(rest) {
			return ""
		}
	default:
		return ""
	}
	rest = strings.TrimSpace(rest)
	rest = strings.TrimLeft(rest, "0123456789 -–")
	lowRest := lower(rest) // lower works byte by byte: a prefix of it is the lower form of the prefix
	for _, stop := range []string{" - ", " – ", ". ", ",", " tous droits", " all rights", " | "} {
		if i := strings.Index(lowRest, stop); i > 0 {
			rest, lowRest = rest[:i], lowRest[:i]
		}
	}
	rest = strings.TrimRight(strings.TrimSpace(rest), ".")
	if rest == "" || wireName(rest) != "" || strings.ContainsAny(rest, "/©") || len(strings.Fields(rest)) > 5 {
		return ""
	}
	if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return ""
	}
	return rest
}

// title returns the article's title: the input's title without a site
// suffix, else the cleaner's headline line, else the first kept paragraph
// when it reads like a headline; never a site banner.
func (x *extractor) title(outlet string) string {
	if t := stripSite(collapse(x.d.Title), outlet, x.host); t != "" && !x.banner(t, outlet) {
		return t
	}
	if h := x.c.Headline; h >= 0 && h < len(x.d.Lines) {
		if t := collapse(x.d.Lines[h]); t != "" && !x.banner(t, outlet) {
			return t
		}
	}
	if len(x.c.Paragraphs) > 0 {
		if t := collapse(x.c.Paragraphs[0]); headlineLike(t) && !x.banner(t, outlet) {
			if _, ok := parseDateline(t, x.order); !ok {
				return t
			}
		}
	}
	return ""
}

// titleSeparators split a title from a site name.
var titleSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " · ", " » "}

// stripSite removes a site name before or after a title: "Title - Le
// Monde", "Title | France 24", "Le Figaro | Title".
func stripSite(t, outlet, host string) string {
	for range 2 {
		cut := false
		for _, sep := range titleSeparators {
			if i := strings.LastIndex(t, sep); i > 0 {
				head, tail := strings.TrimSpace(t[:i]), strings.TrimSpace(t[i+len(sep):])
				if isSiteName(tail, outlet, host) || sep == " | " && len(strings.Fields(tail)) <= 4 && len(strings.Fields(head)) >= 3 {
					t, cut = head, true
					break
				}
			}
			if i := strings.Index(t, sep); i > 0 {
				head, tail := strings.TrimSpace(t[:i]), strings.TrimSpace(t[i+len(sep):])
				if isSiteName(head, outlet, host) && tail != "" {
					t, cut = tail, true
					break
				}
			}
		}
		if !cut {
			break
		}
	}
	return t
}

// isSiteName reports whether s names the outlet or site.
func isSiteName(s, outlet, host string) bool {
	var buf, buf2 [squashMax]byte
	k := squashTo(&buf, s)
	if len(k) == 0 {
		return false
	}
	if outletKeys[string(k)] || outlet != "" && string(k) == string(squashTo(&buf2, outlet)) {
		return true
	}
	if host != "" {
		label := host
		if i := strings.LastIndexByte(label, '.'); i > 0 {
			label = label[:i]
		}
		if j := strings.LastIndexByte(label, '.'); j >= 0 {
			label = label[j+1:]
		}
		if string(k) == string(squashTo(&buf2, label)) || string(k) == string(squashTo(&buf2, host)) {
			return true
		}
	}
	return false
}

// banners are page names, not article titles.
var banners = map[string]bool{
	"accueil": true, "home": true, "homepage": true, "actualités": true, "actualites": true,
	"news": true, "à la une": true, "la une": true, "une": true, "info": true, "infos": true,
}

// banner reports whether t is a site banner rather than a title.
func (x *extractor) banner(t, outlet string) bool {
	if isSiteName(t, outlet, x.host) {
		return true
	}
	low := lower(t)
	if banners[low] {
		return true
	}
	return fieldsAtMost(t, 3) && t == strings.ToUpper(t) && low != t
}

// fieldsAtMost reports whether s has at most n fields (as strings.Fields
// splits it).
func fieldsAtMost(s string, n int) bool {
	for range strings.FieldsSeq(s) {
		if n--; n < 0 {
			return false
		}
	}
	return true
}

// headlineLike reports whether a paragraph reads like a headline: short,
// not a sentence ending with a full stop.
func headlineLike(t string) bool {
	n := len(strings.Fields(t))
	if n < 2 || n > 30 || len(t) > 250 {
		return false
	}
	if strings.HasSuffix(t, ".") && !strings.HasSuffix(t, "...") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t)
	return !unicode.IsLower(r)
}

// language detects the body's language, falling back on the title and
// then on the language the input declared.
func (x *extractor) language(title string) string {
	const enough = 2000 // bytes: some 300 words are plenty
	src := x.c.Paragraphs
	if len(src) == 0 {
		src = x.d.Lines
	}
	// The paragraphs read: each is counted with its line break, and
	// reading stops at the first that makes enough.
	n, size := 0, 0
	for n < len(src) && size < enough {
		size += len(src[n]) + 1
		n++
	}
	if code, _ := lang.DetectLines(src[:n]); code != "" {
		return code
	}
	if n == 0 {
		if code, _ := lang.Detect(title); code != "" {
			return code
		}
	}
	declared := lower(strings.TrimSpace(x.d.Lang))
	if len(declared) >= 2 && (len(declared) == 2 || declared[2] == '-' || declared[2] == '_') {
		if c := declared[:2]; c[0] >= 'a' && c[0] <= 'z' && c[1] >= 'a' && c[1] <= 'z' {
			return c
		}
	}
	return ""
}

// collapse trims s and collapses its runs of ASCII white space (tabs,
// line breaks, repeated spaces) into one space. No-break spaces, which
// French typography puts before "?" or "%", are kept.
func collapse(s string) string {
	s = strings.Trim(s, " \t\r\n\v\f")
	clean := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f' || c == ' ' && i > 0 && s[i-1] == ' ' {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case ' ', '\t', '\r', '\n', '\v', '\f':
			space = true
		default:
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteByte(c)
		}
	}
	return b.String()
}

// nameSet is an ordered set of names, compared without case.
type nameSet struct {
	list []string
}

func (s *nameSet) add(name string) {
	if name == "" {
		return
	}
	for _, n := range s.list {
		if strings.EqualFold(n, name) {
			return
		}
	}
	s.list = append(s.list, name)
}

// lowerByte returns lower(s)[i].
func lowerByte(s string, i int) byte {
	c := s[i]
	switch {
	case 'A' <= c && c <= 'Z':
		return c + 'a' - 'A'
	case i > 0 && s[i-1] == 0xC3 && c >= 0x80 && c <= 0x9E && c != 0x97:
		return c + 0x20
	}
	return c
}

// hasPrefixLower reports whether lower(s)[i:] starts with prefix.
func hasPrefixLower(s string, i int, prefix string) bool {
	if len(s)-i < len(prefix) {
		return false
	}
	for k := 0; k < len(prefix); k++ {
		if lowerByte(s, i+k) != prefix[k] {
			return false
		}
	}
	return true
}

// indexLower returns the index of the first instance of sub in lower(s),
// or -1. sub starts with an ASCII lower-case letter, which only the bytes
// c with c|0x20 == sub[0] can give.
func indexLower(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i]|0x20 == sub[0] && hasPrefixLower(s, i, sub) {
			return i
		}
	}
	return -1
}

// lower lower-cases the ASCII and Latin-1 letters of s, keeping its
// length in bytes so that offsets found in lower(s) are offsets in s.
// Other letters are left as they are. A byte's lower form depends on it
// and on the byte before it only (see lowerByte): lower(s[:j]) is
// lower(s)[:j].
func lower(s string) string {
	var b strings.Builder
	done := 0 // s[:done] is written to b
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case 'A' <= c && c <= 'Z':
		case c == 0xC3 && i+1 < len(s) && s[i+1] >= 0x80 && s[i+1] <= 0x9E && s[i+1] != 0x97:
			i++ // À..Þ: the second byte changes
		default:
			continue
		}
		// Both changes add 0x20: A..Z to a..z, 0x80..0x9E to 0xA0..0xBE.
		if done == 0 {
			b.Grow(len(s))
		}
		b.WriteString(s[done:i])
		b.WriteByte(s[i] + 0x20)
		done = i + 1
	}
	if done == 0 {
		return s
	}
	b.WriteString(s[done:])
	return b.String()
}
