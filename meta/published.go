package meta

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/recoupe/recoupe/article"
)

// currentYear is the year now, the upper bound of a publication year (plus
// one); a variable so that tests can fix it.
var currentYear = func() int { return time.Now().Year() }

const (
	// yearWindow is how many years back a dateline's missing year is
	// looked for.
	yearWindow = 30
	// nearDays is how far apart (in days) two dates of one story may be.
	nearDays = 60
	// maxStampLen is the longest line read as a date stamp.
	maxStampLen = 200
)

// Words that introduce a publication or an update date in a stamp.
var (
	pubWords = []string{
		"publié", "publiée", "mis en ligne", "posté", "paru le", "date de publication",
		"published", "posted", "first published", "publicado", "pubblicato",
		"veröffentlicht", "gepubliceerd", "créé le",
	}
	updWords = []string{
		"mis à jour", "mise à jour", "màj", "modifié", "actualisé", "updated",
		"last updated", "aktualisiert", "actualizado", "aggiornato", "bijgewerkt",
	}
)

// stamp is a date found in a stamp line.
type stamp struct {
	found
	text string
}

// published sets m.Published (or PublishedPartial) and PublishedBasis:
// input metadata first, then the text's stamps ("Publié le 4 mars 2019"),
// then the dateline, whose missing year is inferred only when the
// evidence leaves a single year.
func (x *extractor) published(m *article.Meta, dl dateline) {
	var partial date
	partialBasis := ""
	var notes []string
	if raw := collapse(x.d.Published); raw != "" {
		if t, ok := parseMetaDate(raw, x.order); ok {
			if t.full() {
				m.Published = t.String()
				m.PublishedBasis = "metadata:published"
				return
			}
			partial, partialBasis = t, "metadata:published '"+short(raw, 40)+"'"
		} else {
			notes = append(notes, "metadata date '"+short(raw, 40)+"' unreadable")
		}
	}
	pub, upd, bare, header := x.stamps()
	if partial.y == 0 && header.y != 0 {
		partial, partialBasis = header.date, "text:header '"+header.text+"'"
	}
	consistent := func(t date) bool {
		return partial.y == 0 || t.y == partial.y && (partial.m == 0 || t.m == partial.m)
	}
	if pub.full() && consistent(pub.date) {
		m.Published = pub.date.String()
		m.PublishedBasis = "text:stamp '" + pub.text + "'"
		return
	}
	if bare.full() && consistent(bare.date) {
		m.Published = bare.date.String()
		m.PublishedBasis = "text:date '" + bare.text + "'"
		return
	}
	if dl.date.m != 0 && dl.date.y != 0 && consistent(dl.date.date) {
		m.Published = dl.date.date.String()
		m.PublishedBasis = "dateline '" + dl.text + "'"
		return
	}
	if t, seg := urlDate(x.d.URL); t.full() && consistent(t) {
		m.Published = t.String()
		m.PublishedBasis = "url:'" + seg + "'"
		return
	} else if t.y != 0 && partial.y == 0 {
		partial, partialBasis = t, "url:'"+seg+"'"
	}
	if dl.date.m != 0 {
		if dl.date.y == 0 {
			y, why := x.inferYear(dl, partial, partialBasis, upd)
			if y != 0 {
				m.Published = dl.date.withYear(y).String()
				m.PublishedBasis = why
				return
			}
			notes = append(notes, why)
		}
	}
	if upd.full() {
		notes = append(notes, "updated stamp '"+upd.text+"' is no publication date")
	}
	if partial.y != 0 {
		m.PublishedPartial = partial.String()
		m.PublishedBasis = strings.Join(append([]string{partialBasis}, notes...), "; ")
		return
	}
	if len(notes) == 0 {
		notes = append(notes, "no date in metadata, text or dateline")
	}
	m.PublishedBasis = strings.Join(notes, "; ")
}

// stamps reads the date stamps among the candidate lines: the first
// publication stamp, the first update stamp, the first line that is only a
// date ("Mardi 4 mars 2025", "Le 04/03/2019 à 10:12") and a "date
// 2019-06" header. Captions and photo credits are skipped: their dates are
// the photo's.
func (x *extractor) stamps() (pub, upd, bare, header stamp) {
	for _, list := range [][]int{x.head, x.tail} {
		for _, i := range list {
			li := x.info(i)
			s := li.s
			if s == "" || len(s) > maxStampLen || !hasDigit(s) {
				continue
			}
			maybeHeader := header.y == 0 && len(s) <= 40 && hasPrefixLower(s, 0, "date")
			// Only full dates make stamps: a line that can hold none is
			// passed over without reading its dates.
			if !maybeHeader && !mayHoldFullDate(s) || x.isCaption(i) {
				continue
			}
			if maybeHeader {
				rest := strings.TrimLeft(s[4:], " :")
				if t, ok := parseMetaDate(rest, x.order); ok && !t.full() {
					header = stamp{found{date: t}, short(s, 40)}
					continue
				}
			}
			prev := 0
			for _, f := range findDates(s, x.order) {
				if !f.full() {
					prev = f.end
					continue
				}
				before := li.lower()[prev:f.start]
				kind, at := stampKind(before)
				// A publication keyword opens the line, or the line is short:
				// "le rapport publié le 4 mars" in a paragraph is no stamp.
				if kind == 'p' && prev+at > 4 && len(s) > 100 {
					kind = 0
				}
				prev = f.end
				if kind == 0 && bareDate(s, f) {
					kind = 'b'
				}
				st := stamp{f, short(strings.TrimSpace(s[:f.end]), 60)}
				switch {
				case kind == 'p' && !pub.full():
					pub = st
				case kind == 'u' && !upd.full():
					upd = st
				case kind == 'b' && !bare.full():
					bare = st
				}
			}
		}
	}
	return pub, upd, bare, header
}

// stampKind tells from the text before a date whether it is a
// publication ('p') or update ('u') date, or neither (0): the keyword
// closest to the date decides; at is its offset in before.
func stampKind(before string) (kind byte, at int) {
	best := -1
	for _, w := range pubWords {
		if i := strings.LastIndex(before, w); i >= 0 && i+len(w) > best {
			best, kind, at = i+len(w), 'p', i
		}
	}
	for _, w := range updWords {
		if i := strings.LastIndex(before, w); i >= 0 && i+len(w) >= best {
			best, kind, at = i+len(w), 'u', i
		}
	}
	return kind, at
}

// bareDate reports whether the line is little more than the date f: a
// weekday, "Le", a time.
func bareDate(s string, f found) bool {
	other := 0
	for i, r := range s {
		if i >= f.start && i < f.end {
			continue
		}
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 0x7f {
			other++
		}
	}
	return other <= 12
}

// mayHoldFullDate reports whether findDates may find a full date (day,
// month and year) in s. Each has a year of four digits ("4 mars 2019",
// "2019-03-04"), eight digits ("20190304") or digits after a separator
// ("04/03/19", "4.3.19"): a text with none of these holds no full date.
func mayHoldFullDate(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			continue
		}
		// A run of digits, after a separator or of the length of a year.
		if i > 0 && (s[i-1] == '/' || s[i-1] == '.' || s[i-1] == '-') {
			return true
		}
		j := i + 1
		for j < len(s) && '0' <= s[j] && s[j] <= '9' {
			j++
		}
		if n := j - i; n == 4 || n == 8 {
			return true
		}
		i = j
	}
	return false
}

func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if '0' <= s[i] && s[i] <= '9' {
			return true
		}
	}
	return false
}

// short cuts s to n bytes at most, on a rune boundary.
func short(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && s[n]&0xC0 == 0x80 {
		n--
	}
	return s[:n] + "…"
}

// inferYear looks for the year of a dateline written without one. The
// candidates are the years of the last yearWindow whose calendar fits the
// weekday named with the date (when one is); evidence then narrows them: a
// partial metadata date, a year in the URL, an update stamp, full dates of
// the text a few days or weeks before the dateline, and last a year the
// text names. A year is returned only when exactly one is left; otherwise
// why says what is known, in a form InferYears reads back ("--03-04").
func (x *extractor) inferYear(dl dateline, partial date, partialBasis string, upd stamp) (year int, why string) {
	md := dl.date.date
	now := currentYear()
	wd, wdWord, hasWD := x.weekdayFor(dl)
	known := "dateline '" + dl.text + "' (" + md.String()
	if hasWD {
		known += ", weekday " + wdWord
	}
	known += ")"
	var cands []int
	for y := now + 1; y >= now-yearWindow; y-- {
		if validDay(y, md.m, md.d) && (!hasWD || md.withYear(y).weekday() == wd) {
			cands = append(cands, y)
		}
	}
	var used []string
	narrow := func(keep func(y int) bool, what string) bool {
		var next []int
		for _, y := range cands {
			if keep(y) {
				next = append(next, y)
			}
		}
		if len(next) == 0 {
			return false
		}
		if len(next) < len(cands) {
			used = append(used, what)
		}
		cands = next
		return true
	}
	contradiction := ""
	if partial.y != 0 {
		if !narrow(func(y int) bool { return y == partial.y && (partial.m == 0 || partial.m == md.m) }, partialBasis) {
			contradiction = partialBasis
		}
	}
	if t, _ := urlDate(x.d.URL); t.y != 0 && t.y != partial.y && contradiction == "" {
		y := t.y
		if !narrow(func(c int) bool { return c == y }, "URL year "+strconv.Itoa(y)) {
			contradiction = "URL year " + strconv.Itoa(y)
		}
	}
	if upd.full() && contradiction == "" {
		if !narrow(func(y int) bool {
			n := daysBetween(md.withYear(y), upd.date)
			return n >= 0 && n <= nearDays
		}, "updated "+upd.date.String()) {
			contradiction = "updated " + upd.date.String()
		}
	}
	if contradiction == "" && len(cands) > 1 {
		near := x.textDateYears(md, cands)
		if len(near) > 0 && !narrow(func(y int) bool { return near[y] != "" }, "text date "+firstValue(near, cands)) {
			contradiction = "text dates"
		}
	}
	if contradiction != "" {
		return 0, known + ": year not fixed, no year fits both the dateline and " + contradiction
	}
	if len(cands) == 1 && (hasWD || len(used) > 0) {
		return cands[0], basisFor(known, used, cands[0])
	}
	if hasWD && len(cands) > 1 {
		// Last resort: the text names one of the years, and no later one.
		years, latest := x.namedYears(now + 1)
		var named []int
		for _, y := range cands {
			if years[y] {
				named = append(named, y)
			}
		}
		if len(named) == 1 && named[0] == latest {
			return named[0], basisFor(known, append(used, "year "+strconv.Itoa(latest)+" named in the text"), named[0])
		}
	}
	switch {
	case len(cands) == 0:
		return 0, known + ": year not fixed, no year fits"
	case !hasWD && len(used) == 0:
		return 0, known + ": year not fixed, weekday not given"
	}
	var ys []string
	for i := len(cands) - 1; i >= 0 && len(ys) < 8; i-- {
		ys = append(ys, strconv.Itoa(cands[i]))
	}
	return 0, known + ": year not fixed, " + strings.Join(ys, "/") + " fit"
}

func basisFor(known string, used []string, y int) string {
	s := known
	for _, u := range used {
		s += " + " + u
	}
	return s + " -> " + strconv.Itoa(y)
}

func firstValue(m map[int]string, order []int) string {
	for _, y := range order {
		if v := m[y]; v != "" {
			return v
		}
	}
	return ""
}

// weekdayFor finds the weekday the dateline paragraph gives its date: one
// anchored to it ("ce mardi", "mardi 4 mars", "this Tuesday") or else the
// weekday the paragraph names, when it names only one.
func (x *extractor) weekdayFor(dl dateline) (time.Weekday, string, bool) {
	var para string
	for k := 0; k < 2 && k < len(x.c.KeptLines); k++ {
		if p := x.line(x.c.KeptLines[k]); strings.HasPrefix(p, dl.text) || strings.Contains(p, dl.text) {
			para = p
			break
		}
	}
	if para == "" {
		return 0, "", false
	}
	para = para[:min(len(para), 600)]
	var buf [128]token
	toks := tokenize(para, buf[:0], len(buf))
	var plain []int
	for i, t := range toks {
		if t.kind != 'w' {
			continue
		}
		wd, ok := weekdayOf(t.s)
		if !ok {
			continue
		}
		if i > 0 && toks[i-1].kind == 'w' && anchorWords[lower(toks[i-1].s)] ||
			i+1 < len(toks) && toks[i+1].kind == 'n' && toks[i+1].n == dl.date.d {
			return wd, t.s, true
		}
		plain = append(plain, i)
	}
	if len(plain) == 0 {
		return 0, "", false
	}
	first, _ := weekdayOf(toks[plain[0]].s)
	for _, i := range plain[1:] {
		if wd, _ := weekdayOf(toks[i].s); wd != first {
			return 0, "", false
		}
	}
	return first, toks[plain[0]].s, true
}

// anchorWords before a weekday tie it to the day of writing.
var anchorWords = map[string]bool{
	"ce": true, "this": true, "today": true, "hui": true, "heute": true, "hoy": true,
	"oggi": true, "hoje": true, "vandaag": true, "diesen": true, "este": true, "questo": true,
}

// textDateYears maps each candidate year to a full date of the body that
// lies up to nearDays days before (or 3 days after) the dateline's day in
// that year. Captions are skipped.
func (x *extractor) textDateYears(md date, cands []int) map[int]string {
	out := map[int]string{}
	for k, p := range x.c.Paragraphs {
		if !mayHoldFullDate(p) {
			continue
		}
		checked := false // whether p was checked for a caption, only needed with a full date
		for _, f := range findDates(p, x.order) {
			if !f.full() {
				continue
			}
			if !checked {
				checked = true
				if k < len(x.c.KeptLines) && x.isCaption(x.c.KeptLines[k]) {
					break
				}
			}
			for _, y := range cands {
				n := daysBetween(f.date, md.withYear(y))
				if n >= -3 && n <= nearDays && out[y] == "" {
					out[y] = f.date.String()
				}
			}
		}
	}
	return out
}

// namedYears returns the years from 1900 to upTo the body names, and the
// latest of them.
func (x *extractor) namedYears(upTo int) (map[int]bool, int) {
	years := map[int]bool{}
	latest := 0
	for k, p := range x.c.Paragraphs {
		if k < len(x.c.KeptLines) && x.isCaption(x.c.KeptLines[k]) {
			continue
		}
		for i := 0; i+4 <= len(p); i++ {
			if !isDigitAt(p, i) || i > 0 && (isDigitAt(p, i-1) || isLetterByte(p[i-1])) {
				continue
			}
			j := i
			for j < len(p) && isDigitAt(p, j) {
				j++
			}
			if j-i == 4 && (j == len(p) || !isLetterByte(p[j])) {
				y, _ := strconv.Atoi(p[i:j])
				if y >= minYear && y <= upTo {
					years[y] = true
					latest = max(latest, y)
				}
			}
			i = j
		}
	}
	return years, latest
}

func isDigitAt(s string, i int) bool { return s[i] >= '0' && s[i] <= '9' }

func isLetterByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80 }

// urlDate finds a date in a URL's path: "/2019/03/04/", "/2019-03-04-",
// or a year and month: "/2019/03/". seg is the part of the path read.
func urlDate(raw string) (t date, seg string) {
	i := strings.Index(raw, "://")
	if i < 0 {
		return date{}, ""
	}
	rest := raw[i+3:]
	j := strings.IndexByte(rest, '/')
	if j < 0 {
		return date{}, ""
	}
	path := rest[j:]
	if k := strings.IndexAny(path, "?#"); k >= 0 {
		path = path[:k]
	}
	now := currentYear()
	num := func(s string) int {
		n := 0
		for k := 0; k < len(s); k++ {
			if s[k] < '0' || s[k] > '9' {
				return -1
			}
			n = n*10 + int(s[k]-'0')
		}
		return n
	}
	for k := 0; k+6 <= len(path); k++ {
		if path[k] != '/' && path[k] != '-' && path[k] != '_' {
			continue
		}
		p := path[k+1:]
		if len(p) < 7 || (p[4] != '/' && p[4] != '-') {
			continue
		}
		y := num(p[:4])
		if y < 1990 || y > now+1 {
			continue
		}
		sep := p[4]
		m := num(p[5:7])
		if m < 1 || m > 12 || len(p) > 7 && p[7] != sep && p[7] != '/' && p[7] != '-' && p[7] != '_' && p[7] != '.' {
			continue
		}
		if len(p) >= 10 && p[7] == sep {
			d := num(p[8:10])
			if d > 0 && validDay(y, m, d) && (len(p) == 10 || p[10] < '0' || p[10] > '9') {
				return date{y, m, d}, path[k : k+11]
			}
		}
		if sep == '/' {
			return date{y: y, m: m}, path[k : k+8]
		}
	}
	return date{}, ""
}

// InferYears completes publication dates whose year could not be fixed
// from an article alone, using the other dated articles of the group (the
// same story). It only narrows: a date is set only when one year fits,
// that is when the article's day and month (and weekday, if its text gave
// one) fall within nearDays days of a dated article in a single year.
func InferYears(arts []*article.Article) {
	var dated []date
	for _, a := range arts {
		if a == nil {
			continue
		}
		if t, ok := parseISODate(a.Meta.Published); ok {
			dated = append(dated, t)
		}
	}
	if len(dated) == 0 {
		return
	}
	for _, a := range arts {
		if a == nil || a.Meta.Published != "" {
			continue
		}
		md, wd, hasWD, ok := partialOf(a.Meta.PublishedBasis)
		if !ok {
			continue
		}
		partial, _ := parseMetaDate(a.Meta.PublishedPartial, 'd')
		var fits []int
		for _, t := range dated {
			for y := t.y - 1; y <= t.y+1; y++ {
				if !validDay(y, md.m, md.d) || slices.Contains(fits, y) {
					continue
				}
				c := md.withYear(y)
				n := daysBetween(t, c)
				if n < -nearDays || n > nearDays || hasWD && c.weekday() != wd {
					continue
				}
				if partial.y != 0 && (partial.y != y || partial.m != 0 && partial.m != md.m) {
					continue
				}
				fits = append(fits, y)
			}
		}
		if len(fits) != 1 {
			continue
		}
		a.Meta.Published = md.withYear(fits[0]).String()
		a.Meta.PublishedPartial = ""
		a.Meta.PublishedBasis = "story: year " + strconv.Itoa(fits[0]) + " from " + strconv.Itoa(len(dated)) +
			" dated articles; " + a.Meta.PublishedBasis
	}
}

// parseISODate reads "YYYY-MM-DD".
func parseISODate(s string) (date, bool) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return date{}, false
	}
	y, e1 := strconv.Atoi(s[:4])
	m, e2 := strconv.Atoi(s[5:7])
	d, e3 := strconv.Atoi(s[8:10])
	if e1 != nil || e2 != nil || e3 != nil || !validDay(y, m, d) {
		return date{}, false
	}
	return date{y, m, d}, true
}

// partialOf reads back the day, month and weekday a basis written by
// inferYear keeps: "dateline '...' (--03-04, weekday mardi): ...".
func partialOf(basis string) (md date, wd time.Weekday, hasWD bool, ok bool) {
	i := strings.Index(basis, "(--")
	if i < 0 || len(basis) < i+8 {
		return date{}, 0, false, false
	}
	m, e1 := strconv.Atoi(basis[i+3 : i+5])
	d, e2 := strconv.Atoi(basis[i+6 : i+8])
	if e1 != nil || e2 != nil || basis[i+5] != '-' || !validDay(0, m, d) {
		return date{}, 0, false, false
	}
	md = date{m: m, d: d}
	rest := basis[i+8:]
	if strings.HasPrefix(rest, ", weekday ") {
		word := rest[len(", weekday "):]
		if j := strings.IndexByte(word, ')'); j >= 0 {
			wd, hasWD = weekdayOf(word[:j])
		}
	}
	return md, wd, hasWD, true
}
