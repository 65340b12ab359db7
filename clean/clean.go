// Package clean separates the real content of an article's body from the
// boilerplate that copies of news carry (subscription calls, share widgets,
// captions, related headlines, author bios, ...), keeping every removed
// piece with the reason it was removed.
//
// Each non-empty line of a Doc ends up in exactly one place: the headline,
// a kept paragraph, or a piece of boilerplate (a paragraph whose trailing
// "Lire la suite…" fragment is cut off is both kept and, for the fragment,
// boilerplate). A line holding only spaces and invisible format characters
// is empty and is not reported. Doc.Dropped (what a reader removed) is not
// repeated in Cleaned.Boilerplate. The cleaner works in four steps:
//
//  1. Rules: lines that are recognisable boilerplate (a table of French and
//     English prefixes, wire credits, bylines, date stamps, captions with
//     their photo credits, breadcrumbs, lists of share buttons, ...) are
//     dropped with the rule's reason; a header such as "À découvrir
//     également" also takes the headline-like lines below it.
//  2. The headline is found: for plain text the first line when it looks
//     like a title (after menu or breadcrumb lines), otherwise the line
//     repeating Doc.Title.
//  3. Duplicates, pull quotes (a line repeating part of another paragraph,
//     with its "Name, job" attribution), author bios at the end, and lines
//     repeated across the articles of an outlet (CleanAll) are dropped.
//  4. For plain text and JSON bodies, a paragraph classifier in the spirit
//     of jusText: sentences are content, even short ones (a date, a quote, a
//     figure); long lines without sentence punctuation are content when
//     their stopword density is that of prose; short lines without sentence
//     punctuation (intertitles, tags, names, menus) are kept only when real
//     content follows them and precedes them or they read like a title.
//     The stoplist is the one of the document's language, found from the
//     stopwords of its lines. HTML extractions skip this step: their
//     paragraphs were already chosen, so only the rules apply.
package clean

import (
	"bytes"
	"path/filepath"
	"strings"
	"sync"

	"github.com/recoupe/recoupe/article"
)

// Options tunes a Cleaner. The zero value means the defaults.
type Options struct {
	// MinOutletDocs is the number of different stories of one outlet a
	// line must appear in to be dropped as repeated (default 3).
	MinOutletDocs int
	// MinCorpusDocs is the number of different stories, whatever their
	// outlet, a boilerplate-looking line must appear in to be dropped as
	// repeated (default 5).
	MinCorpusDocs int
}

// Cleaner cleans articles. Lines repeated across several articles of the
// same outlet are learnt from the whole batch given to CleanAll. A Cleaner
// is safe for concurrent use.
type Cleaner struct {
	opt  Options
	pool sync.Pool
}

// New returns a Cleaner with the built-in French and English rules.
func New() *Cleaner { return NewWithOptions(Options{}) }

// NewWithOptions returns a Cleaner with the given options.
func NewWithOptions(opt Options) *Cleaner {
	if opt.MinOutletDocs <= 0 {
		opt.MinOutletDocs = 3
	}
	if opt.MinCorpusDocs <= 0 {
		opt.MinCorpusDocs = 5
	}
	c := &Cleaner{opt: opt}
	c.pool.New = func() any { return new(scratch) }
	return c
}

// scratch is the per-call working memory, reused through a pool.
type scratch struct {
	buf   []byte
	lines []lineInfo
	keys  []uint64
}

// Classes of the paragraph classifier.
const (
	clsNone  uint8 = iota
	clsGood        // content
	clsKeep        // a short sentence: content, but no evidence for neighbours
	clsShort       // short line without sentence punctuation: decided by context
	clsBad         // long line without sentence punctuation nor prose stopwords
)

// Clean cleans one document on its own.
func (c *Cleaner) Clean(d *article.Doc) article.Cleaned {
	if d == nil {
		return article.Cleaned{Headline: -1}
	}
	return c.clean(d, nil)
}

// load analyses the non-empty lines of d into s.
func (s *scratch) load(d *article.Doc) {
	s.buf = s.buf[:0]
	s.lines = s.lines[:0]
	for i, line := range d.Lines {
		t := trimSpace(line)
		if t == "" {
			continue
		}
		s.lines = append(s.lines, lineInfo{idx: i})
		li := &s.lines[len(s.lines)-1]
		s.buf = analyze(s.buf, t, li)
		if li.hi == li.lo {
			// Only invisible characters: still accounted for, as "other".
			li.reason = ReasonOther
		}
	}
}

func (c *Cleaner) clean(d *article.Doc, repeated func(f []byte, li *lineInfo) bool) article.Cleaned {
	s := c.pool.Get().(*scratch)
	defer c.pool.Put(s)
	s.load(d)
	lines := s.lines
	html := d.Format == "html"
	lang := detectLang(lines, d.Lang)
	if lang >= 0 {
		// A language whose stoplist hardly covers the text is not it.
		words, stops := 0, 0
		for k := range lines {
			words += lines[k].words
			stops += int(lines[k].stops[lang])
		}
		if 10*stops < words {
			lang = -1
		}
	}

	c.applyRules(s, html)
	head := findHeadline(s, d)
	if head >= 0 {
		lines[head].reason = ""
	}
	markDuplicates(s, head, d.Format != "html")
	markPullQuotes(s, head, html)
	if repeated != nil {
		for k := range lines {
			li := &lines[k]
			if k == head || li.reason != "" || li.cut > 0 {
				continue
			}
			if isSentence(li) && li.hi-li.lo >= 100 {
				continue // a long news sentence: copies of a dispatch share it
			}
			if repeated(s.buf[li.lo:li.hi], li) {
				li.reason = ReasonRepeated
			}
		}
	}
	classify(s, head, lang, html)

	// Build the result.
	res := article.Cleaned{Headline: -1}
	if head >= 0 {
		res.Headline = lines[head].idx
	}
	nKeep, nDrop := 0, 0
	for k := range lines {
		if k == head {
			continue
		}
		if lines[k].reason == "" {
			nKeep++
			if lines[k].cut > 0 {
				nDrop++
			}
		} else {
			nDrop++
		}
	}
	if nKeep > 0 {
		res.Paragraphs = make([]string, 0, nKeep)
		res.KeptLines = make([]int, 0, nKeep)
	}
	if nDrop > 0 {
		res.Boilerplate = make([]article.Boilerplate, 0, nDrop)
	}
	for k := range lines {
		li := &lines[k]
		if k == head {
			continue
		}
		if li.reason != "" {
			res.Boilerplate = append(res.Boilerplate, article.Boilerplate{Text: li.raw, Reason: li.reason, Line: li.idx})
			continue
		}
		if li.cut > 0 {
			para := strings.TrimRight(li.raw[:li.cut], " \t-|>([:\u00a0\u2013\u2014\u00bb")
			if para == "" {
				para = li.raw[:li.cut]
			}
			res.Paragraphs = append(res.Paragraphs, para)
			res.KeptLines = append(res.KeptLines, li.idx)
			res.Boilerplate = append(res.Boilerplate, article.Boilerplate{Text: trimSpace(li.raw[li.cut:]), Reason: ReasonReadMore, Line: li.idx})
			continue
		}
		res.Paragraphs = append(res.Paragraphs, li.raw)
		res.KeptLines = append(res.KeptLines, li.idx)
	}
	return res
}

// applyRules gives a reason to each line that a rule recognises, cuts
// trailing "Lire la suite" fragments, and extends header blocks.
func (c *Cleaner) applyRules(s *scratch, html bool) {
	lines := s.lines
	blockReason, blockLeft := "", 0
	for k := range lines {
		li := &lines[k]
		if li.reason != "" {
			continue
		}
		f := s.buf[li.lo:li.hi]
		core := s.buf[li.lo+li.core : li.hi]
		reason, header := ruleReason(f, core, li, html)
		if reason != "" {
			li.reason = reason
			if header {
				// A header: the headline-like lines below it are its
				// list (related headlines, sponsored links), its one
				// pointer (read-more) or its title (a video's caption).
				blockReason, blockLeft = reason, 1
				if reason != ReasonCaption {
					blockLeft = 12
				}
			}
			continue
		}
		if blockLeft > 0 {
			blockLeft--
			if headlineLike(li) && !isSentence(li) || isSentence(li) && li.hi-li.lo < 120 && li.words <= 20 && li.last == '?' {
				li.reason = blockReason
				continue
			}
			blockLeft = 0
		}
		if li.cues&cueFragment == 0 {
			continue
		}
		if off := trailingFragment(f); off > 0 {
			if bytes.Count(f[:off], []byte(" ")) < bytes.Count(f[off:], []byte(" ")) {
				// Mostly the pointer to another article: the whole line goes.
				li.reason = ReasonReadMore
				continue
			}
			li.cutOff = int32(off)
			li.cut = rawOffset(li.raw, off)
			if li.cut <= 0 || li.cut >= len(li.raw) {
				li.cut, li.cutOff = 0, 0
			}
		}
	}
}

// ruleReason returns the reason of the first rule recognising the line,
// and whether the line is only a block header.
func ruleReason(f, core []byte, li *lineInfo, html bool) (string, bool) {
	if isCredit(core, li.raw, li.cues) {
		return ReasonCredit, false
	}
	if r, header := matchRule(f, core, html); r != nil {
		return r.reason, header && r.flags&block != 0
	}
	switch {
	case isByline(core, li.raw):
		return ReasonByline, false
	case li.digits > 0 && isDateLine(f) && f[len(f)-1] != ':': // a date line has digits
		return ReasonStamp, false
	}
	if r := phraseReason(f, li.cues); r != "" {
		// A short related-articles phrase heads a list.
		return r, r == ReasonRelated
	}
	switch {
	case isCaption(f, li):
		return ReasonCaption, false
	case isShareList(core):
		return ReasonShare, false
	case isBreadcrumb(f, li):
		return ReasonNavigation, false
	case countComments(core):
		return ReasonFooter, false
	}
	return "", false
}

// countComments reports whether f is a comment counter: "12 commentaires",
// "3 comments", "5 réactions".
func countComments(f []byte) bool {
	if len(f) > 40 || len(f) == 0 || f[0] < '0' || f[0] > '9' {
		return false
	}
	i := 0
	for i < len(f) && (f[i] >= '0' && f[i] <= '9' || f[i] == ' ') {
		i++
	}
	rest := f[i:]
	for _, w := range []string{"commentaire", "comment", "reaction", "partage", "share", "j'aime", "like", "vue", "view", "min de lecture", "min read", "minutes de lecture"} {
		if bytes.HasPrefix(rest, []byte(w)) {
			return true
		}
	}
	return false
}

// trailingFragment returns the folded offset where a "Lire la suite" /
// "Lire aussi" / "Read more" fragment glued to the end of a paragraph
// starts, or 0 when there is none.
func trailingFragment(f []byte) int {
	if len(f) < 30 {
		return 0
	}
	from := len(f) - 220
	if from < 0 {
		from = 0
	}
	_, best := fragmentMatcher.find(f, from)
	if best < 0 {
		return 0
	}
	p := best
	// What precedes must end a sentence, or be a separator.
	q := p - 1
	for q >= 0 && f[q] == ' ' {
		q--
	}
	for q >= 0 && (f[q] == '[' || f[q] == '(' || f[q] == '>' || f[q] == '-' || f[q] == '|') {
		p = q
		q--
		for q >= 0 && f[q] == ' ' {
			q--
		}
	}
	if q < 2 {
		return 0
	}
	switch f[q] {
	case '.', '!', '?', ')', ']', '"', '\'', ':', ';':
	default:
		return 0
	}
	return p
}

// fragmentMarkers start a trailing fragment (folded).
var fragmentMarkers = []string{
	"lire la suite", "lire aussi", "a lire aussi", "lire egalement", "a lire egalement",
	"voir aussi", "read more", "continue reading", "lire l'article", "la suite sur ",
	"suite de l'article", "read the full", "read full article", "keep reading",
}

var fragmentMatcher = newMatcher(fragmentMarkers)

// isSentence reports whether a line ends like a sentence (. ! ? … or a
// closing quote after them) with two words or more, or with a colon
// introducing what follows and three words or more.
func isSentence(li *lineInfo) bool {
	switch li.last {
	case '.', '!', '?':
		return li.words >= 2
	case ':', ';':
		return li.words >= 3
	}
	return false
}

// headlineLike reports whether a line could be a title: two to forty
// words, no sentence punctuation at its end, not starting in lower case.
func headlineLike(li *lineInfo) bool {
	if li.words < 2 || li.words > 40 || len(li.raw) > 300 || li.firstLo {
		return false
	}
	switch li.last {
	case '.', ',', ';', ':':
		return false
	}
	return true
}

// findHeadline returns the index in s.lines of the headline, or -1.
func findHeadline(s *scratch, d *article.Doc) int {
	lines := s.lines
	if title := trimSpace(d.Title); title != "" {
		n := len(s.buf)
		var tl lineInfo
		s.buf = analyze(s.buf, title, &tl)
		ft := s.buf[tl.lo:tl.hi]
		found := -1
		for k := 0; k < len(lines) && k < 10; k++ {
			if titleMatches(s.buf[lines[k].lo:lines[k].hi], ft) {
				found = k
				break
			}
		}
		s.buf = s.buf[:n]
		if found >= 0 || d.Format != "text" {
			return found
		}
	}
	if d.Format != "text" {
		return -1
	}
	// Plain text: the first line when it looks like a title, after menu
	// and breadcrumb lines.
	var skipped [4]int
	ns := 0
	for k := 0; k < len(lines) && k < 8; k++ {
		li := &lines[k]
		if li.reason != "" {
			if li.reason == ReasonRelated || li.reason == ReasonReadMore {
				return -1
			}
			continue
		}
		// A one-word rubric or a menu of capitalised words above the title.
		if (li.words == 1 && li.last != '.' || isMenuLine(li)) && ns < len(skipped) {
			if next := nextUnmarked(lines, k); next >= 0 && headlineLike(&lines[next]) && lines[next].words >= 3 {
				skipped[ns] = k
				ns++
				continue
			}
		}
		if !headlineLike(li) && !shortTitle(li) || li.hi-li.lo > 250 || li.cut > 0 || isDateline(li.raw) {
			return -1
		}
		for _, j := range skipped[:ns] {
			lines[j].reason = ReasonNavigation
		}
		return k
	}
	return -1
}

// shortTitle reports whether a line ending with a full stop is still
// short enough to be the title of a plain-text copy.
func shortTitle(li *lineInfo) bool {
	return li.words >= 2 && li.words <= 20 && li.hi-li.lo <= 160 && !li.firstLo && li.last == '.'
}

// isDateline reports whether a line opens with a wire dateline: "KIEV, 4
// mars (Reuters) -", "PARIS (AFP) -".
func isDateline(raw string) bool {
	head := raw
	if len(head) > 90 {
		head = head[:90]
	}
	i := strings.IndexByte(head, '(')
	if i <= 0 {
		return false
	}
	j := strings.IndexByte(head[i:], ')')
	if j < 0 {
		return false
	}
	ag := foldString(head[i+1 : i+j])
	for _, w := range strings.FieldsFunc(ag, func(r rune) bool { return r == '/' || r == ' ' || r == ',' }) {
		if agencies[w] {
			rest := strings.TrimLeft(head[i+j+1:], " ")
			return strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, "–") || strings.HasPrefix(rest, "—")
		}
	}
	return false
}

func nextUnmarked(lines []lineInfo, k int) int {
	for j := k + 1; j < len(lines); j++ {
		if lines[j].reason == "" {
			return j
		}
	}
	return -1
}

// isMenuLine reports whether a line is a run of capitalised words with no
// stopword: "Politique International Économie Culture".
func isMenuLine(li *lineInfo) bool {
	if li.words < 3 || li.capW != li.words {
		return false
	}
	for _, n := range li.stops {
		if n > 0 {
			return false
		}
	}
	return true
}

// titleMatches reports whether the folded line f repeats the folded title
// t, allowing for an outlet name before or after it in either.
func titleMatches(f, t []byte) bool {
	if len(f) == 0 || len(t) == 0 {
		return false
	}
	if bytes.Equal(f, t) {
		return true
	}
	short, long := f, t
	if len(short) > len(long) {
		short, long = long, short
	}
	if len(short) < 15 || len(short)*10 < len(long)*5 {
		return false
	}
	return bytes.HasPrefix(long, short) || bytes.HasSuffix(long, short)
}

// markDuplicates drops the later copies of a kept line.
func markDuplicates(s *scratch, head int, text bool) {
	s.keys = s.keys[:0]
	for k := range s.lines {
		li := &s.lines[k]
		if li.reason != "" && k != head {
			continue
		}
		dup := false
		for _, key := range s.keys {
			if key == li.key {
				dup = true
				break
			}
		}
		if dup && (text || li.hi-li.lo >= 80) {
			// (An HTML page repeats short lines on purpose: the questions
			// of a series of interviews, the items of recipes.)
			li.reason = ReasonDuplicate
			li.cut, li.cutOff = 0, 0
			continue
		}
		s.keys = append(s.keys, li.key)
	}
}

// markPullQuotes drops a line that repeats a passage of a longer kept
// paragraph (a pull quote), with the "Name, job" line that follows it.
func markPullQuotes(s *scratch, head int, html bool) {
	lines := s.lines
	for k := range lines {
		li := &lines[k]
		if k == head || li.reason != "" || li.hi-li.lo > 400 {
			continue
		}
		attr := false
		if k+1 < len(lines) && lines[k+1].reason == "" {
			next := &lines[k+1]
			attr = isAttribution(next) || li.quotes > 0 && isSpeaker(next)
		}
		if !attr && !inlineAttribution(li.raw) {
			continue // no speaker: a quote used as an intertitle, or no quote
		}
		if html && li.quotes == 0 {
			continue
		}
		f := s.buf[li.lo:li.hi]
		q := quotedPassage(f)
		if len(q) < 25 {
			continue
		}
		found := -1
		for j := range lines {
			o := &lines[j]
			if j == k || j == head || o.reason != "" && o.reason != ReasonDuplicate {
				continue
			}
			of := s.buf[o.lo:o.hi]
			if len(of) < len(f)+10 {
				continue
			}
			if bytes.Contains(of, q) {
				found = j
				break
			}
		}
		if found < 0 {
			continue
		}
		li.reason = ReasonPullQuote
		li.cut, li.cutOff = 0, 0
		if attr {
			lines[k+1].reason = ReasonPullQuote
			lines[k+1].cut, lines[k+1].cutOff = 0, 0
		}
	}
}

// quotedPassage returns the passage a pull quote repeats: the text inside
// its leading quotation marks, or the line without its end punctuation.
func quotedPassage(f []byte) []byte {
	f = bytes.TrimLeft(f, " -\"'")
	if i := bytes.IndexByte(f, '"'); i >= 25 {
		f = f[:i]
	}
	return bytes.Trim(f, " .,;:!?\"'-")
}

// inlineAttribution reports whether a line that opens with a quotation
// ends, after the closing mark, with a "Name, job" attribution.
func inlineAttribution(raw string) bool {
	open := firstRune(raw)
	var closing string
	switch open {
	case '«':
		closing = "»"
	case '“':
		closing = "”"
	case '"':
		closing = "\""
	default:
		return false
	}
	i := strings.Index(raw[len(string(open)):], closing)
	if i < 0 {
		return false
	}
	rest := trimSpace(strings.TrimLeft(raw[len(string(open))+i+len(closing):], " ,.-–— "))
	if rest == "" || strings.HasSuffix(rest, ".") {
		return false
	}
	r := firstRune(rest)
	if !(r >= 'A' && r <= 'Z' || r >= 0xC0 && r <= 0xDE) {
		return false
	}
	return len(strings.Fields(rest)) <= 14
}

// isSpeaker reports whether a line could name the speaker of a quote
// above it: short, no sentence punctuation ("Le frère de la victime").
func isSpeaker(li *lineInfo) bool {
	if li.words < 2 || li.words > 10 || li.firstLo || li.hi-li.lo > 100 {
		return false
	}
	switch li.last {
	case '.', '?', '!', ':', ';', ',':
		return false
	}
	return true
}

// isAttribution reports whether a line is a pull quote's "Name, job".
func isAttribution(li *lineInfo) bool {
	if li.words < 2 || li.words > 12 || li.firstLo || li.hi-li.lo > 140 || li.capW < 2 {
		return false
	}
	switch li.last {
	case '.', '?', '!', ':', ';':
		return false
	}
	if strings.Contains(li.raw, ", ") {
		return true
	}
	switch firstRune(li.raw) {
	case '-', '\u2013', '\u2014':
		return true
	}
	return false
}

// classify runs the paragraph classifier and the context rules. For HTML
// it only drops author bios.
func classify(s *scratch, head, lang int, html bool) {
	lines := s.lines
	// firstGood is the first line that reads as a paragraph of the text: a
	// short capitalised line with a number above it is a site banner
	// ("Infos Monde 24", "TF1 Info 2"), not a figure of the news.
	firstGood := len(lines)
	for k := range lines {
		li := &lines[k]
		if k != head && li.reason == "" && isSentence(li) && li.hi-li.lo >= 40 {
			firstGood = k
			break
		}
	}
	for k := range lines {
		li := &lines[k]
		if k == head || li.reason != "" {
			li.class = clsNone
			continue
		}
		n := int(li.hi - li.lo)
		if li.cut > 0 {
			n = int(li.cutOff)
		}
		switch {
		case li.cut > 0:
			li.class = clsGood
		case isSentence(li) && n >= 40:
			li.class = clsGood
		case isSentence(li) || li.quotes >= 2 && li.words >= 3:
			li.class = clsKeep
		case isListItem(li.raw) && li.words >= 2 || li.digits > 0 && li.words >= 3 && li.upperL < li.letters && !addressesReader(s.buf[li.lo:li.hi]) &&
			!(k < firstGood && li.words <= 4 && li.capW >= li.words-1):
			// A list of facts, a figure, a score line.
			li.class = clsKeep
		case li.last == '-' && li.lastRaw == '-' && li.words >= 1:
			// "PARIS (Reuters) -", "CYCLISME -": the start of the next line.
			li.class = clsKeep
		case n >= 120 && (lang < 0 || li.stopDensity(lang) >= 0.2):
			li.class = clsGood
		case n >= 120:
			li.class = clsBad
		default:
			li.class = clsShort
		}
	}
	// Author bios: near the end, followed by at most one content line.
	goodAfter := 0
	for k := len(lines) - 1; k >= 0 && k >= len(lines)/2; k-- {
		li := &lines[k]
		if li.class == clsNone {
			continue
		}
		if goodAfter <= 1 && isBio(s.buf[li.lo:li.hi], li.raw) {
			li.reason = ReasonBio
			li.class = clsNone
			continue
		}
		if li.class == clsGood {
			goodAfter++
		}
	}
	if html {
		return
	}
	for k := range lines {
		li := &lines[k]
		switch li.class {
		case clsShort:
			prev, next := neighbour(lines, k, -1, head), neighbour(lines, k, 1, head)
			// A short title-like line before a paragraph is a subheading,
			// but above the first paragraph a line of capitalised words is
			// a banner or a rubric ("Infos Monde 24", "Monde").
			banner := k < firstGood && li.capW >= li.words-1
			if next == clsGood && (prev == clsGood || titleLike(li) && !banner || li.last == ':') {
				continue
			}
			li.reason = ReasonShort
		case clsBad:
			prev, next := neighbour(lines, k, -1, head), neighbour(lines, k, 1, head)
			if prev == clsGood && next == clsGood {
				continue
			}
			li.reason = ReasonOther
		}
	}
}

// neighbour returns the class of the nearest line before (dir -1) or
// after (dir 1) line k that is not short, skipping the headline and the
// boilerplate found inside the text (adverts, captions, pull quotes,
// duplicates); clsBad at the document's edge or at other boilerplate.
func neighbour(lines []lineInfo, k, dir, head int) uint8 {
	for j := k + dir; j >= 0 && j < len(lines); j += dir {
		li := &lines[j]
		if j == head {
			continue
		}
		if li.reason != "" {
			switch li.reason {
			case ReasonAdvert, ReasonCaption, ReasonPullQuote, ReasonDuplicate, ReasonShort:
				continue
			}
			return clsBad
		}
		switch li.class {
		case clsShort:
			continue
		case clsKeep:
			return clsGood
		}
		return li.class
	}
	return clsBad
}

// addressesReader reports whether the folded line speaks to the reader
// (vous, votre, you, your): promotions do, figures of the news seldom.
func addressesReader(f []byte) bool {
	return hasWord(f, "vous") || hasWord(f, "votre") || hasWord(f, "vos") || hasWord(f, "you") || hasWord(f, "your")
}

// isListItem reports whether a line starts with a list bullet.
func isListItem(raw string) bool {
	switch firstRune(raw) {
	case '-', '\u2013', '\u2014', '\u2022', '*', '\u25cf', '\u25aa', '\u2023', '\u00b7', '>':
		return len(raw) > 2
	}
	return false
}

// titleLike reports whether a short line reads like a title (an
// intertitle, a deck): three words or more, with a stopword or lower-case
// words, not in capitals only.
func titleLike(li *lineInfo) bool {
	if li.words < 3 {
		return false
	}
	stops := 0
	for _, n := range li.stops {
		stops += int(n)
	}
	return stops > 0 || li.capW < li.words
}

// outletKey is the group a document's repeated lines are counted in: its
// outlet, or else the directory of its file.
func outletKey(d *article.Doc) string {
	if o := strings.TrimSpace(d.Outlet); o != "" {
		return "o:" + strings.ToLower(o)
	}
	f := d.File
	if i := strings.LastIndexByte(f, '#'); i >= 0 {
		f = f[:i]
	}
	return "d:" + filepath.Dir(f)
}
