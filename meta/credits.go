package meta

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// dateline is what starts a dispatch: "KIEV, 4 mars (Reuters) -".
type dateline struct {
	place string
	date  found // the date written in it; date.m == 0 when none
	text  string
	wires []string
}

// dateline finds the dateline at the start of the first kept paragraphs
// (or of one of the first lines).
func (x *extractor) dateline() dateline {
	tried := 0
	try := func(i int) (dateline, bool) {
		if i == x.c.Headline || x.isCaption(i) {
			return dateline{}, false
		}
		tried++
		return parseDateline(x.line(i), x.order)
	}
	for k := 0; k < 2 && k < len(x.c.KeptLines); k++ {
		if dl, ok := try(x.c.KeptLines[k]); ok {
			return dl
		}
	}
	for _, i := range x.head {
		if tried >= 5 {
			break
		}
		if dl, ok := try(i); ok {
			return dl
		}
	}
	return dateline{}
}

// notPlaces are capitalised words that open a paragraph like a place but
// are rubrics.
var notPlaces = map[string]bool{
	"urgent": true, "alerte": true, "flash": true, "breaking": true, "exclusif": true,
	"exclusive": true, "video": true, "vidéo": true, "photos": true, "live": true,
	"direct": true, "en direct": true, "update": true, "info": true, "analyse": true,
	"analysis": true, "interview": true, "enquête": true, "tribune": true, "edito": true,
	"édito": true, "opinion": true, "reportage": true, "document": true, "chronique": true,
	"commentary": true, "fact check": true, "watch": true, "updated": true, "new": true,
	"breaking news": true, "dernière minute": true, "mise à jour": true, "correction": true,
}

// parseDateline reads "KIEV, 4 mars (Reuters) - ...", "PARIS (AFP) -",
// "Washington, 3 mars 2022 (AFP) -", "BRUXELLES — ", "KYIV, Ukraine (AP) —",
// "Madrid, 4 mar (EFE).- ", "(ANSA) - ROMA, 4 MAR - ".
func parseDateline(s string, order byte) (dateline, bool) {
	var dl dateline
	rest := s
	if strings.HasPrefix(rest, "(") {
		if j := strings.IndexByte(rest, ')'); j > 0 && j < 40 {
			if ws := wireList(rest[1:j]); len(ws) > 0 {
				dl.wires = ws
				after := strings.TrimLeft(rest[j+1:], " ")
				if k, n := dashAt(after); k == 0 {
					rest = strings.TrimLeft(after[n:], " ")
				}
			}
		}
	}
	k, _ := dashAt(rest[:min(len(rest), 160)])
	if k <= 0 {
		return dateline{}, false
	}
	pre := strings.TrimSpace(rest[:k])
	pre = strings.TrimSpace(strings.TrimSuffix(pre, "."))
	if strings.HasSuffix(pre, ")") {
		if j := strings.LastIndexByte(pre, '('); j >= 0 {
			ws := wireList(pre[j+1 : len(pre)-1])
			dl.wires = append(dl.wires, ws...)
			pre = strings.TrimSpace(pre[:j])
		}
	}
	place, datePart, _ := strings.Cut(pre, ",")
	place, datePart = strings.TrimSpace(place), strings.TrimSpace(datePart)
	if !placeLike(place) || notPlaces[lower(place)] {
		return dateline{}, false
	}
	if datePart != "" {
		fs := findDates(datePart, order)
		switch {
		case len(fs) == 1 && fs[0].start <= 3 && fs[0].end >= len(datePart)-1:
			dl.date = fs[0]
		case len(fs) == 1 && fs[0].end >= len(datePart)-1 && strings.HasPrefix(lower(datePart), "le "):
			dl.date = fs[0] // "Paris, le 4 mars 2019 -"
		case len(fs) == 0 && placeLike(datePart):
			// a region or country: "KYIV, Ukraine (AP)"
		default:
			return dateline{}, false
		}
	}
	if dl.date.m == 0 && len(dl.wires) == 0 && !allCaps(place) {
		return dateline{}, false
	}
	dl.place = normalisePlace(place)
	dl.text = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(rest[:k]), "."))
	return dl, true
}

// dashAt finds the dash that ends a dateline: " - ", " – ", " — ", " -- ",
// ")-", ").-". It returns its byte offset and length, or -1.
func dashAt(s string) (int, int) {
	// The bytes looked for, '-', '\n' and 0xE2 (the first byte of "–"
	// and "—"), never occur inside another character: s is read byte by
	// byte.
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '-':
			prevOK := i > 0 && (s[i-1] == ' ' || s[i-1] == ')' || s[i-1] == '.')
			nextOK := i+1 == len(s) || s[i+1] == ' ' || s[i+1] == '-'
			if i == 0 || prevOK && nextOK {
				n := 1
				for i+n < len(s) && s[i+n] == '-' {
					n++
				}
				return i, n
			}
		case 0xE2:
			if !strings.HasPrefix(s[i:], "–") && !strings.HasPrefix(s[i:], "—") {
				continue
			}
			const size = len("–")
			prevOK := i == 0 || s[i-1] == ' ' || s[i-1] == ')' || s[i-1] == '.'
			nextOK := i+size == len(s) || s[i+size] == ' '
			if prevOK || nextOK {
				return i, size
			}
		case '\n':
			return -1, 0
		}
	}
	return -1, 0
}

// particles are the lower-case words names of places and people keep.
var particles = map[string]bool{
	"de": true, "du": true, "des": true, "la": true, "le": true, "les": true, "d": true, "l": true,
	"sur": true, "sous": true, "en": true, "au": true, "aux": true, "lès": true, "of": true,
	"the": true, "upon": true, "am": true, "an": true, "der": true, "im": true, "van": true,
	"von": true, "da": true, "di": true, "del": true, "della": true, "do": true, "dos": true,
	"das": true, "y": true, "el": true, "al": true, "bin": true, "ben": true, "ter": true,
	"op": true, "zu": true, "et": true,
}

// placeLike reports whether s can be a place name: one to five words,
// each capitalised (particles aside), letters only.
func placeLike(s string) bool {
	if s == "" || len(s) > 40 {
		return false
	}
	words := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '-' || r == '\'' || r == '’' })
	if len(words) == 0 || len(words) > 5 {
		return false
	}
	for i, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && (i == 0 || !particles[lower(w)]) {
			return false
		}
		for _, r := range w {
			if !unicode.IsLetter(r) && r != '.' {
				return false
			}
		}
	}
	return true
}

// allCaps reports whether s has letters and no lower-case letter.
func allCaps(s string) bool {
	letters := false
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters = true
		}
	}
	return letters
}

// normalisePlace writes an upper-case place in title case: "KIEV" ->
// "Kiev", "RIO DE JANEIRO" -> "Rio de Janeiro", "PORT-AU-PRINCE" ->
// "Port-au-Prince", "L'AQUILA" -> "L'Aquila". Mixed-case names are kept.
func normalisePlace(s string) string {
	if !allCaps(s) {
		return s
	}
	return titleCase(s)
}

// titleCase capitalises each word of s, leaving particles inside it in
// lower case.
func titleCase(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	word := 0
	start := true
	runes := []rune(lower(s))
	for i := 0; i < len(runes); i++ {
		r := runes[i]
		if !unicode.IsLetter(r) {
			b.WriteRune(r)
			start = true
			continue
		}
		if start {
			j := i
			for j < len(runes) && unicode.IsLetter(runes[j]) {
				j++
			}
			w := string(runes[i:j])
			elided := j < len(runes) && (runes[j] == '\'' || runes[j] == '’') && j-i == 1
			if word > 0 && (particles[w] || elided && (w == "d" || w == "l")) {
				b.WriteString(w)
			} else {
				b.WriteRune(unicode.ToUpper(r))
				b.WriteString(string(runes[i+1 : j]))
			}
			word++
			i = j - 1
			start = false
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// wireList reads a list of agencies: "Reuters", "AFP/Reuters", "AFP, AP",
// "AFP et Reuters". It returns nil unless every item is an agency.
func wireList(s string) []string {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 60 {
		return nil
	}
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '/' || r == ',' || r == ';' || r == '&' || r == '+' })
	var out []string
	for _, p := range parts {
		for _, q := range splitAnd(p) {
			q = strings.TrimSpace(q)
			if q == "" {
				continue
			}
			name := wireName(q)
			if name == "" {
				return nil
			}
			out = append(out, name)
		}
	}
	return out
}

// andWords join the items of a list.
var andWords = []string{" et ", " and ", " und ", " y ", " e ", " en ", " & "}

func splitAnd(s string) []string {
	low := lower(s)
	var out []string
	start := 0
	for i := 0; i < len(low); i++ {
		if low[i] != ' ' {
			continue
		}
		for _, a := range andWords {
			if strings.HasPrefix(low[i:], a) {
				out = append(out, s[start:i])
				start = i + len(a)
				i = start - 2 // the next and-word may start at the space ending this one
				break
			}
		}
	}
	return append(out, s[start:])
}

// creditWires adds the agencies credited in the candidate lines: slash
// credits ("afp/jop"), "avec AFP", "Source : Reuters", Reuters credit
// blocks, copyright footers of agencies and "(AFP)" near the start of the
// first paragraph. Captions and mentions of an agency as a source in the
// text ("a rapporté l'agence TASS") are no credits.
func (x *extractor) creditWires(w *nameSet) {
	if len(x.c.KeptLines) > 0 {
		first := x.line(x.c.KeptLines[0])
		for _, name := range parenWires(first[:min(len(first), 150)]) {
			w.add(name)
		}
	}
	for _, list := range [][]int{x.head, x.tail} {
		for _, i := range list {
			if x.caption[i] || i == x.c.Headline {
				continue
			}
			li := x.info(i)
			if li.s == "" {
				continue
			}
			if _, ok := li.creditBlock(); ok {
				w.add("Reuters")
			}
			if len(li.s) > maxCandidateLen {
				continue
			}
			for _, name := range lineWires(li.s) {
				w.add(name)
			}
		}
	}
}

// parenWires returns the agencies named in parentheses in s: "(AFP)".
func parenWires(s string) []string {
	var out []string
	for {
		i := strings.IndexByte(s, '(')
		if i < 0 {
			return out
		}
		j := strings.IndexByte(s[i:], ')')
		if j < 0 {
			return out
		}
		out = append(out, wireList(s[i+1:i+j])...)
		s = s[i+j+1:]
	}
}

// lineWires reads the agencies a short line credits.
func lineWires(s string) []string {
	if ws := slashCredit(s); ws != nil {
		return ws
	}
	// Credits are short or open their line: only the start of a long line
	// is read.
	head := s[:min(len(s), 16)]
	if len(s) <= 100 {
		head = s
	}
	trimmed := strings.TrimFunc(s, isCreditEdge)
	// "(AFP)", "— AFP", "AFP -": a line that is only a credit, written as one.
	if name := wireName(trimmed); name != "" && trimmed != s {
		return []string{name}
	}
	// "avec AFP", "(avec AFP et Reuters)", "Le Monde avec AFP",
	// "Par Marie Durand avec AFP" (bylines are read by authors too).
	for _, kw := range []string{"avec ", "with "} {
		i := indexLower(head, kw)
		if i < 0 {
			continue
		}
		before := strings.Trim(s[:i], " (,–—-")
		if before == "" || len(s) <= 100 && (isBylineStart(before) || knownOutlet(before)) {
			after := strings.Trim(s[i+len(kw):], " ().")
			if ws := wireList(after); ws != nil {
				return ws
			}
		}
	}
	// "Source : AFP", "Sources : AFP, Reuters", "Quelle: dpa".
	for _, kw := range []string{"source", "sources", "quelle", "fuente", "fonte", "bron"} {
		if hasPrefixLower(head, 0, kw) {
			rest := strings.TrimSpace(s[len(kw):])
			if strings.HasPrefix(rest, ":") {
				if ws := wireList(strings.Trim(rest[1:], " .")); ws != nil {
					return ws
				}
			}
		}
	}
	// "© 2019 AFP", "Copyright AFP. Tous droits réservés". A bare "© AFP"
	// is a photo credit.
	if strings.HasPrefix(s, "©") || hasPrefixLower(head, 0, "(c)") || hasPrefixLower(head, 0, "copyright") {
		low := lower(head)
		if !strings.Contains(low, "photo") && !strings.Contains(low, "/") && (hasYear(s) || strings.Contains(low, "droits") || strings.Contains(low, "rights") || strings.HasPrefix(low, "copyright")) {
			return wordWires(s)
		}
	}
	// "The Associated Press contributed to this report."
	if strings.Contains(s, "contributed") && (strings.Contains(s, "contributed to this report") || strings.Contains(s, "contributed reporting")) ||
		strings.Contains(s, "Associated Press writer") {
		return wordWires(s)
	}
	return nil
}

// isCreditEdge reports whether r is trimmed off the ends of a line that is
// only a credit: "(AFP)", "— AFP", "AFP -".
func isCreditEdge(r rune) bool {
	switch r {
	case ' ', '(', ')', '[', ']', '-', '–', '—', '.':
		return true
	}
	return false
}

// slashCredit reads "afp/jop", "ats/afp/ber", "AFP/Reuters": agency
// initials and editors' initials joined by slashes. The first item counts
// if it is an agency; later ones only if they can be no one's initials.
func slashCredit(s string) []string {
	s = strings.Trim(s, " ().")
	if len(s) > 40 || !strings.Contains(s, "/") {
		return nil
	}
	parts := strings.Split(s, "/")
	for _, p := range parts {
		p = strings.TrimSpace(p)
		if len(p) < 2 || len(p) > 14 {
			return nil
		}
		for _, r := range p {
			if !unicode.IsLetter(r) && r != '-' {
				return nil
			}
		}
	}
	var out []string
	for i, p := range parts {
		p = strings.TrimSpace(p)
		name := wireName(p)
		if name == "" || i > 0 && ambiguousWire[lower(p)] {
			continue
		}
		out = append(out, name)
	}
	if len(out) == 0 || wireName(strings.TrimSpace(parts[0])) == "" && len(out) < 2 {
		return nil
	}
	return out
}

// wordWires finds the agencies named in s, word by word (two-word names
// such as "Associated Press" included).
func wordWires(s string) []string {
	var out []string
	var buf [64]token
	toks := tokenize(s, buf[:0], len(buf))
	for i := 0; i < len(toks); i++ {
		if toks[i].kind != 'w' {
			continue
		}
		if i+1 < len(toks) && toks[i+1].kind == 'w' {
			if name := wireName(s[toks[i].start:toks[i+1].end]); name != "" {
				out = append(out, name)
				i++
				continue
			}
		}
		w := toks[i].s
		if name := wireName(w); name != "" && (!ambiguousWire[lower(w)] || allCaps(w)) {
			out = append(out, name)
		}
	}
	return out
}

func hasYear(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			run++
			continue
		}
		if run == 4 {
			return true
		}
		run = 0
	}
	return run == 4
}

// creditBlock finds a Reuters-style credit block at the end of a line:
// "(Reportage de X et Y ; version française Z, édité par W)",
// "(Reporting by X; Editing by Y)". It returns the block's text.
func creditBlock(s string) (string, bool) {
	s = strings.TrimRight(s, " .")
	if !strings.HasSuffix(s, ")") {
		// Unbracketed English form on its own line.
		if len(s) >= 300 {
			return "", false
		}
		if hasPrefixLower(s, 0, "reporting by") || hasPrefixLower(s, 0, "writing by") || hasPrefixLower(s, 0, "additional reporting by") {
			if strings.Contains(lower(s), "editing by") {
				return s, true
			}
		}
		return "", false
	}
	i := strings.LastIndexByte(s, '(')
	if i < 0 || len(s)-i > 400 {
		return "", false
	}
	group := s[i+1 : len(s)-1]
	low := lower(group)
	for _, kw := range creditMarkers {
		if strings.Contains(low, kw) {
			return group, true
		}
	}
	return "", false
}

// creditMarkers identify a Reuters credit block.
var creditMarkers = []string{
	"version française", "édité par", "edité par", "editing by", "reporting by",
	"reportage de", "rédigé par", "writing by", "rédaction de", "avec la contribution de",
}

// creditRoles are the roles a credit block names, in the order they are
// tried; author tells whether the people named are the article's authors.
var creditRoles = []struct {
	prefix string
	author bool
}{
	{"additional reporting by", true}, {"reporting by", true}, {"reportage de", true},
	{"reportage", true}, {"rédigé par", true}, {"redigé par", true}, {"rédaction de", true},
	{"writing by", true}, {"written by", true}, {"avec la contribution de", true},
	{"contribution de", true}, {"par", true}, {"by", true},
	{"version française", false}, {"traduction", false}, {"traduit par", false},
	{"édité par", false}, {"edité par", false}, {"editing by", false}, {"edited by", false},
	{"compiled by", false}, {"bureau de", false}, {"graphics by", false},
}

// creditAuthors returns the reporters and writers of a credit block,
// leaving out translators and editors.
func creditAuthors(block string) []string {
	var out []string
	author := false
	for _, seg := range strings.FieldsFunc(block, func(r rune) bool { return r == ';' || r == ',' }) {
		seg = strings.TrimSpace(seg)
		for _, role := range creditRoles {
			// The role, alone or followed by a space.
			if hasPrefixLower(seg, 0, role.prefix) && (len(seg) == len(role.prefix) || seg[len(role.prefix)] == ' ') {
				author = role.author
				seg = strings.TrimSpace(seg[len(role.prefix):])
				if hasPrefixLower(seg, 0, "de ") {
					seg = seg[3:]
				}
				break
			}
		}
		if !author {
			continue
		}
		for _, n := range splitAnd(seg) {
			if name, ok := personName(n); ok {
				out = append(out, name)
			}
		}
	}
	return out
}

// bylineWords open a byline.
var bylineWords = []string{
	"par ", "by ", "von ", "por ", "door ", "texte : ", "texte: ", "texte de ",
	"propos recueillis par ", "un article de ", "written by ", "reportage de ",
}

// isBylineStart reports whether s opens with a byline word.
func isBylineStart(s string) bool {
	low := lower(s)
	for _, w := range bylineWords {
		if strings.HasPrefix(low, w) {
			return true
		}
	}
	return false
}

// bylineStops end the names of a byline.
var bylineStops = []string{
	", avec ", " avec ", " with ", "(", " – ", " — ", " - ", " | ", ";", " pour ", " for ",
	" publié", " mis à jour", " updated", " published", " à ", " in ", ", envoy", ", corres",
}

// dateWords are left at the end of a byline cut before a date ("Par X le
// 4 mars", "By X on March 4").
var dateWords = map[string]bool{
	"le": true, "on": true, "am": true, "el": true, "il": true, "op": true, "the": true, "du": true,
}

// parseByline reads "Par Marie Durand et Paul Martin, avec AFP", "By JOHN
// SMITH, Associated Press", "Par AFP": the people named and the agencies.
// ok is false when s is no byline.
func parseByline(s string) (names, wires []string, ok bool) {
	kw := ""
	for _, w := range bylineWords {
		if len(s) > len(w) && strings.EqualFold(s[:len(w)], w) {
			kw = w
			break
		}
	}
	if kw == "" {
		return nil, nil, false
	}
	names, wires = nameList(s[len(kw):])
	return names, wires, len(names) > 0 || len(wires) > 0
}

// nameList reads the people and agencies of a byline without its opening
// word.
func nameList(rest string) (names, wires []string) {
	rest = strings.TrimSpace(rest)
	low := lower(rest)
	end := len(rest)
	for _, stop := range bylineStops {
		if i := strings.Index(low, stop); i >= 0 && i < end {
			end = i
		}
	}
	// Agencies credited after "avec"/"with".
	for _, kw := range []string{" avec ", " with "} {
		if i := strings.Index(low, kw); i >= 0 {
			after := strings.Trim(rest[i+len(kw):], " ().")
			if j := strings.IndexAny(after, "|–—"); j >= 0 {
				after = after[:j]
			}
			wires = append(wires, wireList(strings.TrimSpace(after))...)
		}
	}
	if i := strings.IndexAny(rest[:end], "0123456789"); i >= 0 {
		end = i
	}
	head := strings.TrimSpace(rest[:end])
	for {
		f := strings.Fields(head)
		if len(f) == 0 {
			break
		}
		last := lower(f[len(f)-1])
		if _, isDay := weekdayOf(last); !dateWords[last] && !isDay {
			break
		}
		head = strings.TrimSpace(head[:strings.LastIndex(head, f[len(f)-1])])
	}
	for _, part := range strings.Split(head, ",") {
		for _, n := range splitAnd(part) {
			n = strings.TrimSpace(n)
			if n == "" {
				continue
			}
			if name := wireName(n); name != "" {
				wires = append(wires, name)
				continue
			}
			if f := strings.Fields(n); len(f) == 2 && wireName(f[0]) != "" && strings.EqualFold(f[1], "staff") {
				wires = append(wires, wireName(f[0]))
				continue
			}
			if name, ok := personName(n); ok {
				names = append(names, name)
			}
		}
	}
	return names, wires
}

// notNames are words that make a capitalised phrase no person's name.
var notNames = map[string]bool{
	"rédaction": true, "redaction": true, "staff": true, "équipe": true, "equipe": true,
	"service": true, "agence": true, "agency": true, "correspondant": true, "correspondante": true,
	"envoyé": true, "envoyée": true, "journaliste": true, "desk": true, "news": true, "team": true,
	"press": true, "presse": true, "reporters": true, "editors": true, "editorial": true,
	"board": true, "avec": true, "with": true, "le": true, "la": true, "les": true, "the": true,
	"spécial": true, "spéciale": true, "special": true, "bureau": true,
}

// personName validates and normalises a person's name: two to five
// capitalised words (particles such as "de" or "van" aside); names in
// capitals are written in title case.
func personName(s string) (string, bool) {
	s = strings.Trim(strings.TrimSpace(s), " .,;:()")
	if i := strings.Index(s, " à "); i > 0 {
		s = s[:i]
	}
	if i := strings.Index(s, " in "); i > 0 {
		s = s[:i]
	}
	words := strings.Fields(s)
	if len(words) < 2 || len(words) > 5 || len(s) > 60 {
		return "", false
	}
	for i, w := range words {
		lw := lower(w)
		if notNames[lw] && !(i > 0 && particles[lw]) {
			return "", false
		}
		if i > 0 && i < len(words)-1 && particles[lw] {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return "", false
		}
		for _, r := range w {
			if !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' && r != '.' {
				return "", false
			}
		}
	}
	if wireName(s) != "" || knownOutlet(s) {
		return "", false
	}
	if allCaps(s) {
		s = titleCase(s)
	}
	return strings.Join(strings.Fields(s), " "), true
}

// authors returns the article's authors from the input's metadata, a
// byline among the candidate lines and the reporters of a credit block;
// agencies met there are added to w.
func (x *extractor) authors(w *nameSet, outlet string) []string {
	var a nameSet
	for _, raw := range x.d.Authors {
		raw = collapse(raw)
		if raw == "" || len(raw) > 200 {
			continue
		}
		names, wires, ok := parseByline(raw)
		if !ok {
			names, wires = nameList(raw)
		}
		for _, n := range wires {
			w.add(n)
		}
		for _, n := range names {
			a.add(n)
		}
		if !ok && len(names) == 0 && len(wires) == 0 && plausibleAuthor(raw, outlet) {
			a.add(raw)
		}
	}
	found := false
	for _, list := range [][]int{x.head, x.tail} {
		for _, i := range list {
			if x.caption[i] || i == x.c.Headline {
				continue
			}
			li := x.info(i)
			s := li.s
			if block, ok := li.creditBlock(); ok {
				for _, n := range creditAuthors(block) {
					a.add(n)
				}
				continue
			}
			if found || len(s) > 150 {
				continue
			}
			if names, wires, ok := parseByline(s); ok {
				found = true
				for _, n := range wires {
					w.add(n)
				}
				for _, n := range names {
					a.add(n)
				}
			}
		}
	}
	if outlet == "" {
		return a.list
	}
	// "Par Actu Express avec Reuters": the site signs, nobody in person.
	out := a.list[:0]
	for _, n := range a.list {
		if !strings.EqualFold(n, outlet) {
			out = append(out, n)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// plausibleAuthor accepts an author name from metadata that is no name in
// the usual form ("Madonna", "jdupont"), unless it is a site or a URL.
func plausibleAuthor(s, outlet string) bool {
	if len(s) > 60 || strings.ContainsAny(s, "@/:<>{}") || len(strings.Fields(s)) > 5 {
		return false
	}
	return !isSiteName(s, outlet, "") && wireName(s) == ""
}
