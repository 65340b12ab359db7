package crosscheck

import (
	"math"
	"slices"
	"strings"
	"time"

	"github.com/recoupe/recoupe/facts"
	"github.com/recoupe/recoupe/internal/unionfind"
	"github.com/recoupe/recoupe/quantity"
	"github.com/recoupe/recoupe/report"
	"github.com/recoupe/recoupe/timex"
)

// Claim statuses (docs/report.md).
const (
	// Agree: independent sources give compatible values.
	Agree = "agree"
	// Evolving: the values differ but follow time.
	Evolving = "evolving"
	// Conflict: independent sources disagree at the same time.
	Conflict = "conflict"
	// Retracted: a value was withdrawn or corrected; the others do not
	// conflict.
	Retracted = "retracted"
	// Single: one independent source gives the figure.
	Single = "single"
)

// Claim kinds.
const (
	// KindCount is a figure: a count, an amount, a percentage.
	KindCount = "count"
	// KindDate is a date: a deadline or a scheduled end.
	KindDate = "date"
)

// DateUnit is the unit of a date claim: its values hold dates as YYYYMMDD
// numbers (Value, and Low and High for "avant le" and "après le").
const DateUnit = "date"

// Source is one article of a story as the cross-check sees it.
type Source struct {
	// Article is the article's ID, as report values name it.
	Article string
	// Outlet is the publication ("" when unknown).
	Outlet string
	// Published is the publication date, YYYY-MM-DD, "" when unknown.
	Published string
	// Group is the independent-source key: the same for the articles of
	// one copy group (e.g. the group's original), "" for an article that
	// copies nobody (it is then its own source). See GroupsFromCopies.
	Group string
	// Lang is the ISO 639-1 code of the text ("" reads French).
	Lang string
	// Text is the cleaned body, the text the facts offsets count in; it
	// gives the sentence after a figure (for "Ce chiffre a depuis été
	// retiré") and the sentences of the timeline. Optional.
	Text string
	// Dates are the article's temporal expressions as the facts stage
	// found them, offsets in Text; used by DateClaims and Timeline.
	Dates []facts.Date
}

// Claim is a measure with its values and the cross-check's verdict.
type Claim struct {
	Measure string
	Unit    string
	// Status is Agree, Evolving, Conflict, Retracted or Single.
	Status string
	// Kind is KindCount or KindDate.
	Kind string
	// Sources is the number of independent sources giving a value
	// (copies of one dispatch count once).
	Sources int
	// Values are the values, copies of one figure collapsed into one, in
	// date order (undated last), then story order.
	Values []Value
}

// Value is one value of a claim, given by one source.
type Value struct {
	report.Value
	// Date is the value as a date, YYYY-MM-DD, for a date claim; "".
	Date string
	// Source is the independent-source key of the article.
	Source string
	// Copies are the other articles of the same source giving the same
	// figure on the same day (re-publications of one dispatch).
	Copies []string
	// Credit is who the text credits for the figure ("ministère de
	// l'Intérieur", "agence TASS"), "" when it does not say.
	Credit string
	// Retracted is set when the text says the figure was withdrawn or
	// wrong; such a value takes no part in agreement or conflict.
	Retracted bool
}

// Report returns the claim in the report's terms. The fields the report
// type does not have yet (Kind, Sources and the per-value extras) are
// left out; see the package documentation for the proposed ones.
func (c Claim) Report() report.Claim {
	rc := report.Claim{Measure: c.Measure, Unit: c.Unit, Status: c.Status, Kind: c.Kind, Sources: c.Sources,
		Values: make([]report.Value, len(c.Values))}
	for i, v := range c.Values {
		rv := v.Value
		rv.Date, rv.Source, rv.Credit, rv.Retracted = v.Date, v.Source, v.Credit, v.Retracted
		rc.Values[i] = rv
	}
	return rc
}

// item is one value being judged.
type item struct {
	v     report.Value
	seq   int // index in the claim's values
	order int // index of the article in the story, len(sources) when unknown
	group string
	iv    interval
	piv   interval // iv with a lower bound read as the figure itself
	ivOK  bool
	// runs: the words after the figure make it a running count ("800
	// vols ont été annulés").
	runs  bool
	day   int
	timed bool
	cues
	credit string
}

// Reconcile decides the status of every claim of a story from the values
// its articles give. sources are the story's articles, oldest first;
// values of articles not among them count as their own sources, undated
// unless their as_of says. Claims with Unit DateUnit are date claims.
// Reconcile does not modify claims.
func Reconcile(claims []report.Claim, sources []Source) []Claim {
	ctx := newContext(sources, claims)
	out := make([]Claim, 0, len(claims))
	for _, c := range claims {
		out = append(out, ctx.reconcile(c))
	}
	return out
}

// context holds what Reconcile knows of a story's articles.
type context struct {
	sources []Source
	index   map[string]int
	groups  map[string]string   // article -> independent-source key
	next    map[string][]string // article -> its sentences, for the next one
	figures map[string][]quantity.Span
	notices []notice
}

// notice is a correction notice of a story: a sentence that corrects a
// figure and rejects another ("Corrige le nombre d'enfants : deux et non
// trois").
type notice struct {
	rejected float64
	stems    map[string]bool // content-word stems of the sentence
}

func newContext(sources []Source, claims []report.Claim) *context {
	ctx := &context{
		sources: sources,
		index:   make(map[string]int, len(sources)),
		next:    make(map[string][]string),
		figures: make(map[string][]quantity.Span),
	}
	for i, s := range sources {
		if _, ok := ctx.index[s.Article]; !ok {
			ctx.index[s.Article] = i
		}
	}
	ctx.groups = sharedSentenceGroups(sources, claims)
	ctx.notices = findNotices(sources)
	return ctx
}

// findNotices returns the correction notices of the sources: sentences
// with a correction or error cue and a number right after "et non", "au
// lieu de", "not"...
func findNotices(sources []Source) []notice {
	var out []notice
	for _, src := range sources {
		if src.Text == "" {
			continue
		}
		ft := fold(src.Text)
		if !anyWordPhrase(ft, correctionCues) && !anyWordPhrase(ft, errorCues) {
			continue
		}
		for _, sent := range facts.Sentences(src.Text) {
			fs := fold(sent.Text)
			if !anyWordPhrase(fs, correctionCues) && !anyWordPhrase(fs, errorCues) {
				continue
			}
			for _, n := range quantity.Numbers(sent.Text, src.Lang) {
				if markedBy(fs[:byteIndex(fs, n.Start)], wrongMarkers) {
					out = append(out, notice{rejected: n.Value, stems: stems(sent.Text)})
				}
			}
		}
	}
	return out
}

// stems returns the five-letter stems of the content words of s.
func stems(s string) map[string]bool {
	out := make(map[string]bool)
	for w := range contentWords(s) {
		if r := []rune(w); len(r) >= 4 {
			out[string(r[:min(5, len(r))])] = true
		}
	}
	return out
}

// noticed reports whether a correction notice of the story rejects the
// figure of v for measure.
func (ctx *context) noticed(v report.Value, measure string) bool {
	if len(ctx.notices) == 0 {
		return false
	}
	ms := stems(measure)
	for _, n := range ctx.notices {
		if !same(n.rejected, v.Value) {
			continue
		}
		for st := range ms {
			if n.stems[st] {
				return true
			}
		}
	}
	return false
}

// source returns the source of article id, nil when unknown.
func (ctx *context) source(id string) *Source {
	if i, ok := ctx.index[id]; ok {
		return &ctx.sources[i]
	}
	return nil
}

// nextSentence returns the sentence that follows sent in article id, ""
// when unknown.
func (ctx *context) nextSentence(id, sent string) string {
	src := ctx.source(id)
	if src == nil || src.Text == "" || sent == "" {
		return ""
	}
	sents, ok := ctx.next[id]
	if !ok {
		for _, s := range facts.Sentences(src.Text) {
			sents = append(sents, s.Text)
		}
		ctx.next[id] = sents
	}
	sent = strings.TrimSpace(sent)
	for i, s := range sents {
		if s == sent && i+1 < len(sents) {
			return sents[i+1]
		}
	}
	return ""
}

// locate returns the rune offsets of the figure of v in its sentence, -1
// when it cannot be found.
func (ctx *context) locate(v report.Value, lang string) (int, int) {
	if v.Sentence == "" {
		return -1, -1
	}
	key := lang + "\x00" + v.Sentence
	spans, ok := ctx.figures[key]
	if !ok {
		spans = quantity.Find(v.Sentence, lang)
		ctx.figures[key] = spans
	}
	for _, s := range spans {
		if same(s.Value, v.Value) || (s.Low != nil && s.High != nil && v.Low != nil && v.High != nil && same(*s.Low, *v.Low) && same(*s.High, *v.High)) {
			return s.Start, s.End
		}
	}
	return -1, -1
}

// locateDate returns the rune offsets of the date of a date value in its
// sentence, -1 when it cannot be found.
func (ctx *context) locateDate(v report.Value, lang, published string) (int, int) {
	if v.Sentence == "" {
		return -1, -1
	}
	var ref time.Time
	if t, err := time.Parse(time.DateOnly, published); err == nil {
		ref = t
	}
	want := ymdString(v.Value)
	for _, b := range []*float64{v.High, v.Low} {
		if b != nil && ymdString(*b) != "" {
			want = ymdString(*b)
		}
	}
	for _, d := range timex.Find(v.Sentence, timex.Ref{Date: ref, Lang: lang}) {
		fd := yearless(facts.Date{Text: d.Text, Value: d.Value}, published)
		if len(fd.Value) >= 10 && fd.Value[:10] == want || len(fd.Value) == 7 && strings.HasPrefix(want, fd.Value) {
			return d.Start, d.End
		}
	}
	return -1, -1
}

func same(a, b float64) bool { return math.Abs(a-b) <= 1e-9*math.Max(1, math.Abs(a)) }

// reconcile judges one claim.
func (ctx *context) reconcile(c report.Claim) Claim {
	date := c.Unit == DateUnit
	kind := KindCount
	if date {
		kind = KindDate
	}
	items := make([]*item, 0, len(c.Values))
	for i, v := range c.Values {
		it := &item{v: v, seq: i, order: len(ctx.sources), group: v.Article}
		src := ctx.source(v.Article)
		lang := ""
		if src != nil {
			it.order = ctx.index[v.Article]
			lang = src.Lang
		}
		if g, ok := ctx.groups[v.Article]; ok {
			it.group = g
		}
		if date {
			it.iv, it.ivOK = dateInterval(v)
			it.piv = it.iv
		} else {
			it.iv, it.ivOK = countInterval(v), true
			it.piv = pointInterval(v)
		}
		if v.AsOf != nil {
			it.day, it.timed = parseDay(*v.AsOf)
		}
		if !it.timed && src != nil {
			it.day, it.timed = parseDay(src.Published)
		}
		var start, end int
		if date {
			pub := ""
			if src != nil {
				pub = src.Published
			}
			start, end = ctx.locateDate(v, lang, pub)
		} else {
			start, end = ctx.locate(v, lang)
		}
		it.cues = readCues(v.Sentence, ctx.nextSentence(v.Article, v.Sentence), start, end)
		it.runs = end >= 0 && runningContext(v.Sentence, end)
		if !it.retracted && !it.corrected && !date && ctx.noticed(v, c.Measure) {
			it.retracted = true
		}
		it.credit = credit(v.Sentence, start)
		items = append(items, it)
	}
	propagateRetractions(items)
	running := !date && runningCount(c.Measure)
	for _, it := range items {
		running = running || it.runs
	}
	status := decide(items, running)
	return Claim{
		Measure: c.Measure, Unit: c.Unit, Status: status, Kind: kind,
		Sources: countGroups(items, false), Values: collapse(items, date),
	}
}

// propagateRetractions extends the retractions the text states: a figure
// said to be wrong is wrong wherever it is given (the dispatch a
// correction amends, the outlets that ran it), and a source that gives a
// corrected figure withdraws its own earlier, different ones.
func propagateRetractions(items []*item) {
	var wrong []*item
	for _, it := range items {
		if it.retracted && it.ivOK {
			wrong = append(wrong, it)
		}
	}
	for _, w := range wrong {
		for _, it := range items {
			if !it.retracted && !it.corrected && it.ivOK && sameFigure(it.v, w.v) {
				it.retracted = true
			}
		}
	}
	for _, c := range items {
		if !c.corrected || c.retracted || !c.ivOK {
			continue
		}
		for _, it := range items {
			if it == c || it.corrected || it.retracted || it.disputed || !it.ivOK || it.group != c.group {
				continue
			}
			if (!it.timed || !c.timed || it.day <= c.day) && !it.iv.meets(c.iv) {
				it.retracted = true
			}
		}
	}
}

// sameFigure reports whether two values state the same figure.
func sameFigure(a, b report.Value) bool {
	return same(a.Value, b.Value) && a.Approx == b.Approx && sameBound(a.Low, b.Low) && sameBound(a.High, b.High)
}

func sameBound(a, b *float64) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return same(*a, *b)
}

// scopeRatio is the largest ratio between two uncredited figures of one
// measure that makes them rivals: beyond it they are taken to count
// different things (the bodies found on one day and the toll), as the
// facts stage groups figures by their noun only.
const scopeRatio = 2.0

// rivals reports whether a and b come from independent sources: two copy
// groups, or two bodies one article credits ("65 000 selon la CGT, 15 000
// selon la police").
func rivals(a, b *item) bool {
	return a.group != b.group || otherCredits(a, b)
}

// otherCredits reports whether a and b are credited to two different
// bodies: both credited, and the credits share at most half the words of
// the shorter ("protection civile" and "Agence nationale de protection
// civile" are one body).
func otherCredits(a, b *item) bool {
	if a.credit == "" || b.credit == "" {
		return false
	}
	wa, wb := contentWords(a.credit), contentWords(b.credit)
	if len(wa) == 0 || len(wb) == 0 {
		return fold(a.credit) != fold(b.credit)
	}
	shared := 0
	for w := range wa {
		if wb[w] {
			shared++
		}
	}
	return 2*shared < min(len(wa), len(wb))
}

// sameScope reports whether a and b can be rival counts of one thing:
// their ratio is at most scopeRatio, or one article credits them to two
// bodies.
func sameScope(a, b *item) bool {
	if otherCredits(a, b) {
		// two bodies credited with figures of one measure dispute it,
		// whatever the ratio (45 000 for the police, 200 000 for the
		// organisers; a ransom of 5 or of 2 millions)
		return true
	}
	x, y := math.Abs(a.iv.center()), math.Abs(b.iv.center())
	if x < y {
		x, y = y, x
	}
	return x <= scopeRatio*y || x-y < 1
}

// decide returns the status of a claim from its judged values (see the
// package documentation for the rules and their precedence). running is
// set for measures that grow or shrink over a story (tolls, arrests).
func decide(items []*item, running bool) string {
	var active, kept []*item
	retracted := false
	for _, it := range items {
		switch {
		case it.retracted:
			retracted = true
		case !it.ivOK:
		case it.past:
			kept = append(kept, it)
		default:
			active = append(active, it)
		}
	}
	if len(active) == 0 {
		active = kept
	}
	if running {
		active = headlines(active)
	}
	if conflictAt(active) {
		return Conflict
	}
	for _, it := range items {
		if it.disputed && !it.retracted {
			return Conflict // "et non 47 comme l'indiquent les garde-côtes"
		}
	}
	if retracted {
		return Retracted
	}
	differ := false
	for i, a := range active {
		for _, b := range active[i+1:] {
			if a.total || b.total {
				continue // "41 sièges sur 120": a part and its whole
			}
			sameDay := !a.timed || !b.timed || a.day == b.day
			ia, ib := a.iv, b.iv
			if running && !sameDay {
				// Across days a toll "d'au moins 14" is 14 then.
				ia, ib = a.piv, b.piv
			}
			if ia.meets(ib) {
				continue
			}
			if sameDay && (!rivals(a, b) || explained(a, b, active)) {
				continue // one source's figures of one day: parts, not rivals
			}
			if !sameScope(a, b) && !(running && !sameDay) {
				continue
			}
			differ = true
		}
	}
	if !differ {
		if countGroups(active, true) >= 2 {
			return Agree
		}
		return Single
	}
	for _, it := range items {
		if !it.retracted && (it.evolving || it.past) {
			return Evolving
		}
	}
	if running {
		if monotone(active) {
			return Evolving
		}
		return Conflict
	}
	if creditedApart(active) {
		return Conflict
	}
	return Evolving
}

// creditedApart reports whether two incompatible values are credited to
// two different bodies: the directors' 850 job cuts and the union's
// 1 200, whatever their days.
func creditedApart(active []*item) bool {
	for i, a := range active {
		for _, b := range active[i+1:] {
			if !a.total && !b.total && !a.iv.meets(b.iv) && sameScope(a, b) && otherCredits(a, b) {
				return true
			}
		}
	}
	return false
}

// headlines keeps, of the values of a running count, the largest of each
// source and day: its toll, the smaller figures being
// parts of it ("sept corps retrouvés dans la journée", "dont trois
// enfants").
func headlines(active []*item) []*item {
	type key struct {
		group string
		day   int
		timed bool
	}
	best := make(map[key]*item)
	var order []key
	for _, it := range active {
		k := key{it.group, it.day, it.timed}
		h, ok := best[k]
		if !ok {
			order = append(order, k)
		}
		if !ok || it.iv.center() > h.iv.center() {
			best[k] = it
		}
	}
	out := make([]*item, 0, len(order))
	for _, k := range order {
		out = append(out, best[k])
	}
	return out
}

// explained reports whether the incompatible values a and b of two
// sources are explained by the sources themselves: the source of one also
// gives, on that day and for the same body, a figure compatible with the
// other (41 seats for a party and 61 for the coalition, when both outlets
// give 41), so that its differing figure counts something else.
func explained(a, b *item, active []*item) bool {
	if a.group == b.group {
		return false
	}
	for _, c := range active {
		if c == a || c == b {
			continue
		}
		if c.group == b.group && sameTime(c, b) && !otherCredits(c, b) && c.iv.meets(a.iv) {
			return true
		}
		if c.group == a.group && sameTime(c, a) && !otherCredits(c, a) && c.iv.meets(b.iv) {
			return true
		}
	}
	return false
}

// sameTime reports whether a and b may be of the same day.
func sameTime(a, b *item) bool { return !a.timed || !b.timed || a.day == b.day }

// monotone reports whether the headline figure of each day (the largest
// one) only rises or only falls from day to day, compatible figures
// counting as equal.
func monotone(active []*item) bool {
	byDay := make(map[int]*item)
	var days []int
	for _, it := range active {
		if !it.timed {
			continue
		}
		h, ok := byDay[it.day]
		if !ok {
			days = append(days, it.day)
		}
		if !ok || it.piv.center() > h.piv.center() {
			byDay[it.day] = it
		}
	}
	slices.Sort(days)
	signs := 0
	for i := 1; i < len(days); i++ {
		a, b := byDay[days[i-1]], byDay[days[i]]
		if a.piv.meets(b.piv) {
			continue
		}
		if b.piv.center() > a.piv.center() {
			signs |= 1
		} else {
			signs |= 2
		}
	}
	return signs != 3
}

// conflictAt reports whether two rival values of one scope are
// incompatible on the same day, or whether an undated value is
// incompatible with every rival value of its scope.
func conflictAt(active []*item) bool {
	for i, a := range active {
		for _, b := range active[i+1:] {
			if a.total || b.total {
				continue
			}
			if a.timed && b.timed && a.day == b.day && rivals(a, b) && sameScope(a, b) && !a.iv.meets(b.iv) && !explained(a, b, active) {
				return true
			}
		}
	}
	for _, u := range active {
		if u.timed || u.total {
			continue
		}
		others, fits := 0, false
		for _, o := range active {
			if o == u || o.total || !rivals(o, u) || !sameScope(o, u) {
				continue
			}
			others++
			if o.iv.meets(u.iv) {
				fits = true
				break
			}
		}
		if others > 0 && !fits {
			return true
		}
	}
	return false
}

// countGroups counts the independent sources among items, without the
// retracted ones when skipRetracted is set.
func countGroups(items []*item, skipRetracted bool) int {
	seen := make(map[string]bool)
	for _, it := range items {
		if skipRetracted && it.retracted {
			continue
		}
		seen[it.group] = true
	}
	return len(seen)
}

// runningMeasures are folded stems of the measures that grow or shrink as
// a story goes on: tolls, arrests, evacuations, cases.
var runningMeasures = []string{
	"mort", "tue", "dece", "victime", "bilan", "blesse", "dispar", "arrest", "interpell",
	"arret", "garde", "evacu", "deplace", "sinistre", "refugi", "cas", "hospitalis",
	"rescape", "secour", "survivant", "annul", "brule", "hectare", "sans electricite",
	"prive", "killed", "dead", "death", "fatalit", "injur", "wounded", "missing",
	"evacuee", "displaced", "refugee", "case", "rescued", "survivor", "cancel", "detain",
	"detenu", "inculpe", "mis en examen", "charged", "otage libere", "hostages released",
}

// runningWords are folded stems of the participles that make a figure a
// running count: "800 vols ont été annulés", "12 people were killed".
var runningWords = []string{
	"annul", "tue", "tues", "mort", "bless", "evacu", "arrete", "interpell", "dispar",
	"hospitalis", "deplace", "sinistre", "secour", "detenu", "prive", "killed", "injur",
	"wounded", "without",
	"arrest", "cancel", "missing", "dead", "died", "rescued", "detained",
}

// runningContext reports whether the words right after the figure ending
// at rune offset end of sent (at most six) make it a running count.
func runningContext(sent string, end int) bool {
	fs := fold(sent)
	ws := words(fs[byteIndex(fs, end):])
	for _, w := range ws[:min(6, len(ws))] {
		for _, r := range runningWords {
			if strings.HasPrefix(w, r) {
				return true
			}
		}
	}
	return false
}

// runningCount reports whether measure grows or shrinks over a story.
func runningCount(measure string) bool {
	m := fold(measure)
	for _, w := range runningMeasures {
		if strings.HasPrefix(m, w) {
			return true
		}
	}
	return false
}

// collapse returns the values of items, copies of one figure (same source,
// figure and day) collapsed into the first, ordered by date (undated
// last), then story order.
func collapse(items []*item, date bool) []Value {
	sorted := slices.Clone(items)
	slices.SortStableFunc(sorted, func(a, b *item) int {
		switch {
		case a.timed != b.timed:
			if a.timed {
				return -1
			}
			return 1
		case a.timed && a.day != b.day:
			return a.day - b.day
		case a.order != b.order:
			return a.order - b.order
		}
		return a.seq - b.seq
	})
	var out []Value
	var keys []*item
	for _, it := range sorted {
		merged := false
		for k, first := range keys {
			if first.group == it.group && first.timed == it.timed && first.day == it.day && sameFigure(first.v, it.v) {
				v := &out[k]
				if it.v.Article != v.Article && !slices.Contains(v.Copies, it.v.Article) {
					v.Copies = append(v.Copies, it.v.Article)
				}
				v.Retracted = v.Retracted || it.retracted
				if v.Credit == "" {
					v.Credit = it.credit
				}
				merged = true
				break
			}
		}
		if merged {
			continue
		}
		v := Value{Value: it.v, Source: it.group, Credit: it.credit, Retracted: it.retracted}
		if date {
			v.Date = ymdString(it.v.Value)
		}
		out = append(out, v)
		keys = append(keys, it)
	}
	return out
}

// minSharedWords is the fewest words of a sentence that, given word for
// word by two articles with a figure, makes them copies.
const minSharedWords = 12

// sharedSentenceGroups returns each article's independent-source key: its
// Source.Group, merged (union-find) with the groups of the articles that
// give one of its figures in the very same sentence of at least
// minSharedWords words, a sign of a copied dispatch that copy detection
// may have missed.
func sharedSentenceGroups(sources []Source, claims []report.Claim) map[string]string {
	sets := unionfind.New()
	find, union := sets.Find, sets.Union
	key := make(map[string]string) // article -> its declared group
	for _, s := range sources {
		g := s.Group
		if g == "" {
			g = s.Article
		}
		if _, ok := key[s.Article]; !ok {
			key[s.Article] = g
		}
	}
	groupOf := func(article string) string {
		if g, ok := key[article]; ok {
			return g
		}
		return article
	}
	first := make(map[string]string) // normalised sentence -> group
	for _, c := range claims {
		for _, v := range c.Values {
			g := groupOf(v.Article)
			find(g)
			norm := strings.Join(words(fold(v.Sentence)), " ")
			if strings.Count(norm, " ") < minSharedWords-1 {
				continue
			}
			if h, ok := first[norm]; ok {
				union(h, g)
			} else {
				first[norm] = g
			}
		}
	}
	out := make(map[string]string, len(key))
	for a := range key {
		out[a] = find(groupOf(a))
	}
	for _, c := range claims {
		for _, v := range c.Values {
			if _, ok := out[v.Article]; !ok {
				out[v.Article] = find(groupOf(v.Article))
			}
		}
	}
	return out
}

// GroupsFromCopies returns the independent-source key of each article of
// a story from its copy groups: the articles of overlapping groups share
// the key of their group's first article in the story order; an article
// in no group is its own key.
func GroupsFromCopies(articles []string, copies []report.Copy) map[string]string {
	order := make(map[string]int, len(articles))
	for i, a := range articles {
		if _, ok := order[a]; !ok {
			order[a] = i
		}
	}
	rank := func(a string) int {
		if i, ok := order[a]; ok {
			return i
		}
		return len(articles)
	}
	sets := unionfind.New()
	find := sets.Find
	for _, c := range copies {
		for _, a := range c.Articles[min(1, len(c.Articles)):] {
			// The earliest article represents the joined set.
			ra, rb := find(c.Articles[0]), find(a)
			if rank(rb) < rank(ra) || rank(rb) == rank(ra) && rb < ra {
				ra, rb = rb, ra
			}
			sets.Union(ra, rb)
		}
	}
	out := make(map[string]string, len(articles))
	for _, a := range articles {
		out[a] = find(a)
	}
	for _, c := range copies {
		for _, a := range c.Articles {
			out[a] = find(a)
		}
	}
	return out
}
