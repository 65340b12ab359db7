package copies

import (
	"cmp"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/recoupe/recoupe/stopwords"
	"github.com/zeebo/xxh3"
)

// The evidence of one article, as 32-bit keys (hashes of normalised
// values, one namespace per section) with, for the article being added,
// the text to show when a key matches.

// Evidence sections, in the order they are stored.
const (
	secFigure = iota
	secDate
	secEntity
	secQuote // stems of the content words of the quotes
	secAuthor
	secWire
	secCited // sources the text cites ("selon l'AFP")
	secDateline
	secOutlet
	// secMeasure holds, for each figure given with what it counts, the
	// key of value+unit+measure and a marker key of value+unit saying
	// that the article names what that figure counts.
	secMeasure
	numSections
)

// Per-section caps on stored keys: they bound the memory per article and
// the cost of a comparison.
var sectionCap = [numSections]int{
	secFigure: 16, secDate: 6, secEntity: 16, secQuote: 32, secAuthor: 4,
	secWire: 3, secCited: 3, secDateline: 1, secOutlet: 1, secMeasure: 16,
}

// sectionSeed seeds the hash of each section's values; wires, cited
// sources and outlets share one key space so that they can be matched.
var sectionSeed = [numSections]uint64{1, 2, 3, 4, 5, 6, 6, 7, 6, 8}

// item is one piece of evidence of the article being added.
type item struct {
	key  uint32
	text string // as shown in a Link's evidence
	df   int    // documents that had it before this one
}

// evidence is what the detector compares between two articles.
type evidence struct {
	secs [numSections][]item
	// measured maps the key of a figure (secFigure) to its measure keys
	// in secMeasure, for the figures given with what they count.
	measured map[uint32]measureKeys
}

// measureKeys are the secMeasure keys of one figure.
type measureKeys struct{ measure, marker uint32 }

func (e *evidence) reset() {
	for i := range e.secs {
		e.secs[i] = e.secs[i][:0]
	}
	clear(e.measured)
}

// keyOf hashes a normalised value into section sec's key space (never 0).
func keyOf(sec int, norm string) uint32 {
	k := uint32(xxh3.HashStringSeed(norm, sectionSeed[sec]))
	if k == 0 {
		k = 1
	}
	return k
}

// keyWords is the key of a value given as folded words (a name, a
// place): their hashes chained in order, in section sec's key space.
func keyWords(sec int, words []word) uint32 {
	h := sectionSeed[sec] * 0x9e3779b97f4a7c15
	for i := range words {
		h = mix64(h ^ words[i].hash)
	}
	return keyHash(h)
}

// keyHash turns a 64-bit hash into a key (never 0).
func keyHash(h uint64) uint32 {
	k := uint32(h >> 32)
	if k == 0 {
		k = 1
	}
	return k
}

// add appends an item unless the section is full or already holds it.
func (e *evidence) add(sec int, norm, text string) {
	if norm == "" {
		return
	}
	e.addKey(sec, keyOf(sec, norm), text)
}

// addKey appends an item by key.
func (e *evidence) addKey(sec int, k uint32, text string) {
	if len(e.secs[sec]) >= sectionCap[sec] {
		return
	}
	for _, it := range e.secs[sec] {
		if it.key == k {
			return
		}
	}
	e.secs[sec] = append(e.secs[sec], item{key: k, text: text})
}

// keys returns the sorted keys of a section, appended to dst.
func (e *evidence) keys(dst []uint32, sec int) []uint32 {
	n := len(dst)
	for _, it := range e.secs[sec] {
		dst = append(dst, it.key)
	}
	slices.Sort(dst[n:])
	return dst
}

// foldString folds a short string (a name, a place) to its normalised
// words separated by spaces.
func foldString(t *tokenizer, s string) string {
	words := t.tokenize(s)
	var b strings.Builder
	for i := range words {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.Write(t.folded(&words[i]))
	}
	return b.String()
}

// ---- sources: agencies and outlets ----

// agencyAliases maps the folded spellings of news agencies to one name.
// Entries marked upper are only recognised in capitals ("AP", not "ap").
var agencyAliases = map[string]struct {
	name  string
	upper bool
}{
	"afp": {"AFP", false}, "agence france presse": {"AFP", false},
	"reuters": {"Reuters", false}, "thomson reuters": {"Reuters", false},
	"ap": {"AP", true}, "associated press": {"AP", false},
	"bloomberg": {"Bloomberg", false}, "bloomberg news": {"Bloomberg", false},
	"dpa": {"DPA", false}, "efe": {"EFE", true}, "ansa": {"ANSA", true},
	"belga": {"Belga", false}, "ats": {"ATS", true}, "keystone ats": {"ATS", false},
	"xinhua": {"Xinhua", false}, "tass": {"TASS", false}, "ria novosti": {"RIA Novosti", false},
	"interfax": {"Interfax", false}, "kyodo": {"Kyodo", false}, "yonhap": {"Yonhap", false},
	"anadolu": {"Anadolu", false}, "europa press": {"Europa Press", false},
	"upi": {"UPI", true}, "pa media": {"PA Media", false}, "ukrinform": {"Ukrinform", false},
	"apa": {"APA", true}, "pap": {"PAP", true}, "ctk": {"CTK", true}, "lusa": {"Lusa", false},
	"anp": {"ANP", true}, "mti": {"MTI", true}, "agerpres": {"Agerpres", false},
	"notimex": {"Notimex", false}, "ani": {"ANI", true}, "pti": {"PTI", true},
}

// agencySeq is one agency alias as a sequence of folded word hashes.
type agencySeq struct {
	words []uint64
	name  string
	upper bool
}

// hashWords returns the word hashes of a folded phrase.
func hashWords(phrase string) []uint64 {
	var hs []uint64
	for _, f := range strings.Fields(phrase) {
		hs = append(hs, wordHash([]byte(f)))
	}
	return hs
}

// agencyByFirst indexes the aliases by the hash of their first word.
var agencyByFirst = func() map[uint64][]agencySeq {
	m := map[uint64][]agencySeq{}
	for k, a := range agencyAliases {
		f := hashWords(k)
		m[f[0]] = append(m[f[0]], agencySeq{f, a.name, a.upper})
	}
	for _, seqs := range m {
		// Longest first.
		slices.SortFunc(seqs, func(a, b agencySeq) int { return len(b.words) - len(a.words) })
	}
	return m
}()

// matchAgency returns the number of words of the agency alias that
// starts ws (0 when none) and the agency's name.
func matchAgency(ws []word, text string) (int, string) {
	seqs := agencyByFirst[ws[0].hash]
next:
	for _, a := range seqs {
		if len(a.words) > len(ws) {
			continue
		}
		for k := 1; k < len(a.words); k++ {
			if ws[k].hash != a.words[k] || gapBreaks(text, ws[k-1].end, ws[k].start) {
				continue next
			}
		}
		if a.upper && !allUpper(text[ws[0].start:ws[0].end]) {
			continue
		}
		return len(a.words), a.name
	}
	return 0, ""
}

// leadingArticles are dropped from the start of a source's name.
var leadingArticles = map[string]bool{"le": true, "la": true, "les": true, "l": true, "the": true}

// sourceNorm is the normalised name of a source (an outlet, a wire or a
// cited name): folded, without a leading article, an agency's spellings
// brought to one name.
func sourceNorm(t *tokenizer, name string) string {
	f := foldString(t, name)
	for {
		sp := strings.IndexByte(f, ' ')
		if sp < 0 || !leadingArticles[f[:sp]] {
			break
		}
		f = f[sp+1:]
	}
	if a, ok := agencyAliases[f]; ok {
		return strings.ToLower(a.name)
	}
	if strings.HasPrefix(f, "agence ") {
		if a, ok := agencyAliases[f[len("agence "):]]; ok {
			return strings.ToLower(a.name)
		}
	}
	return f
}

// citeCues are the folded words after which a text names its source:
// "selon Le Monde", "rapporte Reuters", "a confirmé l'AFP", "cité par".
var citeCues = map[string]bool{
	"selon": true, "apres": true, "rapporte": true, "rapportait": true, "rapportent": true,
	"relate": true, "relaye": true, "revele": true, "confirme": true, "indique": true,
	"ecrit": true, "par": true, "source": true, "sources": true, "reported": true,
	"reports": true, "via": true, "annonce": true, "affirme": true, "precise": true,
	"explique": true, "declare": true,
}

var citeCueSet = newHashSet(slices.Collect(maps.Keys(citeCues)))

// citeSkip are the words between a cue and the name it introduces.
var citeSkip = map[string]bool{
	"le": true, "la": true, "les": true, "l": true, "du": true, "de": true, "des": true,
	"d": true, "the": true, "agence": true, "journal": true, "quotidien": true, "site": true,
	"hebdomadaire": true, "magazine": true, "chaine": true, "radio": true, "television": true,
	"confrere": true, "confreres": true, "notre": true, "nos": true, "news": true, "agency": true,
	"newspaper": true, "presse": true, "americaine": true, "britannique": true, "francaise": true,
}

var citeSkipSet = newHashSet(slices.Collect(maps.Keys(citeSkip)))

// citedSources finds the sources a text names as its source: any news
// agency named outside a credit in parentheses ("(AFP)"), and capitalised
// names after a citation cue ("selon Le Monde").
func (x *extractor) citedSources(text string, words []word, ev *evidence) {
	for i := 0; i < len(words); i++ {
		w := &words[i]
		if w.upper || w.digit {
			// Agencies: their names are capitalised ("l'AFP", "Reuters").
			if n, name := matchAgency(words[i:], text); n > 0 {
				if w.start == 0 || text[w.start-1] != '(' { // "(AFP)" is a credit
					ev.add(secCited, strings.ToLower(name), quoteAround(text, w.start, words[i+n-1].end))
				}
				i += n - 1
				continue
			}
		}
		// Outlets after a cue.
		if !citeCueSet.has(w.hash) {
			continue
		}
		j := i + 1
		for j < len(words) && j < i+4 && citeSkipSet.has(words[j].hash) && !words[j].upper {
			j++
		}
		for j < len(words) && j < i+4 && citeSkipSet.has(words[j].hash) {
			j++
		}
		if j >= len(words) || !words[j].upper || words[j].digit || gapBreaks(text, words[j-1].end, words[j].start) {
			continue
		}
		k := j
		for k+1 < len(words) && k+1 < j+4 && words[k+1].upper && !gapBreaks(text, words[k].end, words[k+1].start) {
			k++
		}
		name := text[words[j].start:words[k].end]
		norm := sourceNorm(&x.tok2, name)
		if norm != "" {
			ev.add(secCited, norm, quoteAround(text, words[i].start, words[k].end))
		}
	}
}

// quoteAround returns the text around a span, for evidence (a substring:
// no copy is made until the evidence is written, see shown).
func quoteAround(text string, start, end int) string {
	a := max(0, start-24)
	for a > 0 && !utf8.RuneStart(text[a]) {
		a--
	}
	b := min(len(text), end+8)
	for b < len(text) && !utf8.RuneStart(text[b]) {
		b++
	}
	return text[a:b]
}

// shown writes a piece of text cut from an article for evidence: on one
// line, with ellipses.
func shown(s string) string {
	return "…" + strings.Join(strings.Fields(s), " ") + "…"
}

func allUpper(s string) bool {
	for _, r := range s {
		if 'a' <= r && r <= 'z' {
			return false
		}
	}
	return true
}

// gapBreaks reports whether the text between two words holds punctuation
// that ends a name (anything but spaces, hyphens and apostrophes).
func gapBreaks(text string, a, b int) bool {
	for _, r := range text[a:b] {
		switch r {
		case ' ', '\u00a0', '\u202f', '\u2009', '-', '\'', '\u2019':
		default:
			return true
		}
	}
	return false
}

// ---- stop words and stemming ----

var (
	stopOnce    sync.Once
	stopSet     map[string]bool
	stopHashSet hashSet
)

// stopHashes returns the folded French and English stop words as a set
// of word hashes.
func stopHashes() hashSet {
	stops()
	return stopHashSet
}

// stops returns the folded French and English stop words.
func stops() map[string]bool {
	stopOnce.Do(func() {
		var t tokenizer
		stopSet = make(map[string]bool, 2048)
		for _, lang := range []string{"fr", "en"} {
			for _, w := range stopwords.Words(lang) {
				for _, f := range strings.Fields(foldString(&t, w)) {
					stopSet[f] = true
				}
			}
		}
		stopHashSet = newHashSet(slices.Collect(maps.Keys(stopSet)))
	})
	return stopSet
}

// stemSuffixes are removed, the first that fits, from folded words of
// more than minStem+len(suffix) bytes: a light stemmer that conflates
// inflections (plural, feminine, common verb forms) so that two
// translations of one quote share their content words.
var stemSuffixes = []string{
	"issements", "issement", "ements", "ement", "ations", "ation", "ateurs", "ateur",
	"atrices", "atrice", "euses", "euse", "eux", "iennes", "ienne", "iens", "ien",
	"ives", "ive", "ifs", "if", "elles", "elle", "els", "el", "iques", "ique",
	"eraient", "erait", "eront", "era", "aient", "ait", "ant", "ants", "antes", "ante",
	"ees", "ee", "es", "er", "ez", "s", "x", "e",
}

const minStem = 4

// stemByLast indexes stemSuffixes by their last byte, in order.
var stemByLast = func() (t [256][]string) {
	for _, s := range stemSuffixes {
		t[s[len(s)-1]] = append(t[s[len(s)-1]], s)
	}
	return t
}()

// stemBytes returns the stem of a folded word, a prefix of it.
func stemBytes(w []byte) []byte {
	if len(w) <= minStem {
		return w
	}
	for _, s := range stemByLast[w[len(w)-1]] {
		if len(w) > minStem+len(s)-1 && string(w[len(w)-len(s):]) == s {
			return w[:len(w)-len(s)]
		}
	}
	return w
}

// ---- figures and dates ----

var months = map[string]int{
	"janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
	"aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12,
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"janv": 1, "fevr": 2, "avr": 4, "juil": 7, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

var weekdays = map[string]bool{
	"lundi": true, "mardi": true, "mercredi": true, "jeudi": true, "vendredi": true,
	"samedi": true, "dimanche": true, "monday": true, "tuesday": true, "wednesday": true,
	"thursday": true, "friday": true, "saturday": true, "sunday": true,
}

// monthOf, weekdaySet, scaleOf and particleSet are the word lists above
// keyed by word hash.
var (
	monthOf    = hashKeyed(months)
	scaleOf    = hashKeyed(scales)
	weekdaySet = newHashSet(slices.Collect(maps.Keys(weekdays)))
)

func hashKeyed[V any](m map[string]V) map[uint64]V {
	out := make(map[uint64]V, len(m))
	for k, v := range m {
		out[wordHash([]byte(k))] = v
	}
	return out
}

// yearCueSet holds the words after which four digits are a year.
var yearCueSet = newHashSet(strings.Fields("en de du depuis dès avant après jusqu'en fin début " +
	"milieu année an l' in since of until by before after from to"))

var scales = map[string]float64{
	"mille": 1e3, "million": 1e6, "millions": 1e6, "milliard": 1e9, "milliards": 1e9,
	"md": 1e9, "mds": 1e9, "mrd": 1e9, "mrds": 1e9, "billion": 1e9, "billions": 1e9,
	"thousand": 1e3, "trillion": 1e12,
}

func isDigits(b []byte) bool {
	if len(b) == 0 {
		return false
	}
	for _, c := range b {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// onlySpaces reports whether text[a:b] is one to two spaces (a thousands
// separator).
func onlySpaces(text string, a, b int) bool {
	if b <= a {
		return false
	}
	s := text[a:b]
	return s == " " || s == "\u00a0" || s == "\u202f" || s == "\u2009" || s == "."
}

// figuresAndDates reads the numbers written in digits: figures ("4 000",
// "6,8", "1,8 %", "2,1 milliards", "21h47") and dates ("14 mai", "1er
// juin", years). Integers below 10 are too common to be evidence.
func (x *extractor) figuresAndDates(text string, words []word, ev *evidence, wantFig, wantDate bool) {
	t := &x.tok
	for i := 0; i < len(words); i++ {
		w := &words[i]
		if !w.digit {
			continue
		}
		f := t.folded(w)
		start := i
		if !isDigits(f) {
			// "21h47", "3h20": a time; "1er": a day.
			if h := strings.IndexByte(string(f), 'h'); h > 0 && isDigits(f[:h]) && (h == len(f)-1 || isDigits(f[h+1:])) {
				if wantFig {
					ev.add(secFigure, string(f), text[w.start:w.end])
				}
				continue
			}
			if string(f) == "1er" && i+1 < len(words) {
				if m, ok := monthOf[words[i+1].hash]; ok && wantDate {
					ev.add(secDate, monthDay(m, 1), text[w.start:words[i+1].end])
					i++
				}
			}
			continue
		}
		intPart := string(f)
		end := i
		// Thousands groups: "4 000", "1 200 000" (and "4.000").
		for end+1 < len(words) && len(intPart) < 16 {
			n := &words[end+1]
			nf := t.folded(n)
			if len(nf) == 3 && isDigits(nf) && onlySpaces(text, words[end].end, n.start) && len(t.folded(&words[end])) <= 3 {
				intPart += string(nf)
				end++
				continue
			}
			break
		}
		frac := ""
		if end+1 < len(words) {
			n := &words[end+1]
			g := text[words[end].end:n.start]
			if (g == "," || g == ".") && isDigits(t.folded(n)) && len(t.folded(n)) <= 3 {
				frac = string(t.folded(n))
				end++
			}
		}
		var next uint64
		if end+1 < len(words) {
			next = words[end+1].hash
		}
		gap := ""
		if end+1 < len(words) {
			gap = text[words[end].end:words[end+1].start]
		} else {
			gap = text[words[end].end:min(len(text), words[end].end+4)]
		}
		percent := strings.Contains(gap, "%")
		num := strings.TrimLeft(intPart, "0")
		if num == "" {
			num = "0"
		}
		if frac != "" {
			num += "." + frac
		}
		v, err := strconv.ParseFloat(num, 64)
		if err != nil {
			i = end
			continue
		}
		// Dates.
		if m, ok := monthOf[next]; ok && frac == "" && v >= 1 && v <= 31 && !percent {
			if wantDate {
				ev.add(secDate, monthDay(m, int(v)), text[w.start:words[end+1].end])
			}
			i = end + 1
			continue
		}
		// A year: four digits written as one word, after a year cue or
		// before punctuation ("en 1759", "depuis 1981.", not "1500
		// personnes").
		if frac == "" && !percent && end == start && len(intPart) == 4 && v >= 1000 && v <= 2100 &&
			(start > 0 && yearCueSet.has(words[start-1].hash) ||
				end+1 == len(words) || !onlySpaces(text, words[end].end, words[end+1].start) || words[end+1].upper) {
			if wantDate {
				ev.add(secDate, intPart, text[w.start:words[end].end])
			}
			i = end
			continue
		}
		if s := scaleOf[next]; s > 0 && !percent {
			v *= s
			end++
		}
		if frac == "" && !percent && v < 10 {
			i = end
			continue
		}
		if wantFig {
			norm := strconv.FormatFloat(v, 'g', 12, 64)
			if percent {
				norm += "%"
			}
			shown := end
			if shown+1 < len(words) && !percent && !gapBreaks(text, words[shown].end, words[shown+1].start) &&
				!words[shown+1].digit && !stopHashes().has(words[shown+1].hash) {
				shown++ // the word counted: "312 personnes"
			}
			disp := text[words[start].start:words[shown].end]
			if percent {
				disp += " %"
			}
			ev.add(secFigure, norm, disp)
		}
		i = end
	}
}

func monthDay(m, d int) string {
	return strconv.Itoa(100 + m)[1:] + "-" + strconv.Itoa(100 + d)[1:]
}

// ---- names ----

var particleSet = newHashSet(slices.Collect(maps.Keys(nameParticles)))

// agencyWordSet holds the one-word agency names.
var agencyWordSet = func() hashSet {
	var ws []string
	for k := range agencyAliases {
		if !strings.Contains(k, " ") {
			ws = append(ws, k)
		}
	}
	return newHashSet(ws)
}()

var nameParticles = map[string]bool{
	"de": true, "du": true, "des": true, "la": true, "le": true, "d": true, "van": true,
	"von": true, "der": true, "al": true, "el": true, "di": true, "da": true, "del": true,
	"y": true, "et": true,
}

// sentenceStart reports whether the text before a word ends a sentence
// (or a line, or opens a quote).
func sentenceStart(text string, prevEnd, start int) bool {
	for _, r := range text[prevEnd:start] {
		switch r {
		case '.', '!', '?', ':', '«', '"', '\u201c', '\n', '(', '—', '–', ';':
			return true
		}
	}
	return false
}

// names reads runs of capitalised words ("Nino Abachidze", "Institut
// géophysique" is cut at the first lower-case word), dropping a lone
// capitalised stop word that only starts a sentence.
func (x *extractor) names(text string, words []word, ev *evidence) {
	st := stopHashes()
	for i := 0; i < len(words); i++ {
		w := &words[i]
		if !w.upper || w.digit {
			continue
		}
		initial := i == 0 || sentenceStart(text, words[i-1].end, w.start)
		j := i
		for j+1 < len(words) {
			n := &words[j+1]
			if gapBreaks(text, words[j].end, n.start) {
				break
			}
			if n.upper && !n.digit {
				j++
				continue
			}
			// One particle between two capitalised words.
			if particleSet.has(n.hash) && j+2 < len(words) && words[j+2].upper &&
				!words[j+2].digit && !gapBreaks(text, n.end, words[j+2].start) {
				j += 2
				continue
			}
			break
		}
		a := i
		// Drop capitalised stop words and calendar words at the front.
		for a <= j {
			h := words[a].hash
			_, month := monthOf[h]
			if (a == i && initial || a > i) && st.has(h) || weekdaySet.has(h) || month && a == j {
				a++
				continue
			}
			break
		}
		if a <= j {
			wa := &words[a]
			single := a == j
			short := wa.fold[1]-wa.fold[0] < 3
			shout := wa.fold[1]-wa.fold[0] > 6 && allUpper(text[wa.start:wa.end])
			if !(single && (short || st.has(wa.hash) || agencyWordSet.has(wa.hash) || shout)) {
				ev.addKey(secEntity, keyWords(secEntity, words[a:j+1]), text[wa.start:words[j].end])
			}
		}
		i = j
	}
}

// ---- quotes ----

// quoteSpans appends the byte spans of the quoted passages of a text
// («…», “…” and "…") of at least two words and at most 600 bytes.
func quoteSpans(text string, dst [][2]int) [][2]int {
	pairs := [...]struct{ open, close string }{{"«", "»"}, {"\u201c", "\u201d"}, {"\"", "\""}}
	for _, p := range pairs {
		off := 0
		for {
			i := strings.Index(text[off:], p.open)
			if i < 0 {
				break
			}
			a := off + i + len(p.open)
			j := strings.Index(text[a:], p.close)
			if j < 0 {
				break
			}
			if j <= 600 && strings.Contains(strings.TrimSpace(text[a:a+j]), " ") {
				dst = append(dst, [2]int{a, a + j})
			}
			off = a + j + len(p.close)
		}
	}
	return dst
}

// quoteWord adds the stem of one quoted word of text unless it is a
// stop word.
func (x *extractor) quoteWord(t *tokenizer, text string, w *word, ev *evidence) {
	if w.digit || w.fold[1]-w.fold[0] < 3 || stopHashes().has(w.hash) {
		return
	}
	h := wordHash(stemBytes(t.folded(w)))
	ev.addKey(secQuote, keyHash(mix64(h^sectionSeed[secQuote])), text[w.start:w.end])
}

// quoteStems adds the stems of the content words of the quoted spans of
// the text, whose words are words.
func (x *extractor) quoteStems(text string, spans [][2]int, words []word, ev *evidence) {
	for _, sp := range spans {
		k, _ := slices.BinarySearchFunc(words, sp[0], func(w word, pos int) int { return cmp.Compare(w.start, pos) })
		for ; k < len(words) && words[k].end <= sp[1]; k++ {
			if len(ev.secs[secQuote]) >= sectionCap[secQuote] {
				return
			}
			x.quoteWord(&x.tok, text, &words[k], ev)
		}
	}
}

// givenQuoteStems adds the stems of the content words of quotes given as
// texts.
func (x *extractor) givenQuoteStems(quotes []string, ev *evidence) {
	t := &x.tok2
	for _, q := range quotes {
		words := t.tokenize(q)
		for k := range words {
			if len(ev.secs[secQuote]) >= sectionCap[secQuote] {
				return
			}
			x.quoteWord(t, q, &words[k], ev)
		}
	}
}

// ---- rarity ----

// rarity turns a document frequency into a weight in [0, 1]: 1 for a
// feature at most 1 in 500 recent articles carry (counting at least 1000
// articles, so that a small batch does not make everything common), 0
// for one carried by 1 in 20 or more, log-linear between.
func rarity(df int, docs float64) float64 {
	nb := max(docs, 1000)
	p := float64(df) / nb
	const lo, hi = 0.002, 0.05
	switch {
	case p <= lo:
		return 1
	case p >= hi:
		return 0
	}
	return 1 - math.Log(p/lo)/math.Log(hi/lo)
}
