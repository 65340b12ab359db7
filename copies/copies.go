// Package copies finds the articles that copy one another, inside and
// across stories, so that later stages count independent sources: three
// outlets running one wire dispatch are one source, not three.
//
// A Detector takes articles one at a time (Add) and links each to the
// earlier articles it copies, with a kind, a score and the evidence:
//
//   - exact: the same normalised text (folded words, see Normalize);
//   - near-duplicate: the same text with edits: an estimated Jaccard
//     similarity of word 5-shingles of at least Options.NearJaccard, or
//     one text an excerpt of the other (containment);
//   - same-dispatch: the same wire story in other words, e.g. two French
//     translations of one English dispatch. Surface overlap is low; the
//     evidence is the same reporter credits, wire credit and dateline,
//     identical figures, the same quotes in paraphrase and shared rare
//     names, weighed so that two independent reports of one event, which
//     share its headline figures and places, are not linked;
//   - quotes: an article that names the other's outlet or agency as its
//     source ("a confirmé Reuters", "selon l'AFP") and shares its text,
//     quotes or figures.
//
// Candidates come only from indexes, never from a scan of the stored
// articles: a MinHash LSH index over word 5-shingles for copies of the
// text, and an inverted index of rare evidence (reporter names, rare
// figures and names; bounded, newest-first posting chains read within a
// time window) for the dispatches told in other words. The cost of Add is
// flat in the number of stored articles, and an article costs under 1 KB
// of sketches and index once stored.
//
// Groups gathers the links into copy groups, each naming its likely
// original (the wire itself when present, else the earliest article),
// and IndependentSources counts a story's sources with the groups
// collapsed.
package copies

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/recoupe/recoupe/internal/defaults"
)

// Kinds of copy.
const (
	Exact         = "exact"
	NearDuplicate = "near-duplicate"
	SameDispatch  = "same-dispatch"
	Quotes        = "quotes"
)

// genericMeasure are the measures that say only that people are counted:
// such a figure may be the same as one whose measure is named.
var genericMeasure = map[string]bool{
	"": true, "personne": true, "personnes": true, "habitant": true, "habitants": true,
	"homme": true, "femme": true, "gens": true, "people": true, "person": true,
}

// Doc is one article as the detector gets it.
type Doc struct {
	// ID identifies the article in Links and Groups.
	ID string
	// Text is the cleaned body, paragraphs separated by newlines. The
	// headline is better left out: outlets rewrite it.
	Text string
	// Published is the publication time, zero when unknown.
	Published time.Time
	// Outlet is the publication's name ("Le Monde", "AFP").
	Outlet string
	// Wires are the agencies credited ("AFP", "Reuters").
	Wires []string
	// Dateline is the dateline's place ("Kiev").
	Dateline string
	// Authors are the credited reporters.
	Authors []string
	// Facts are found by the facts stage; empty fields are replaced by
	// cheap proxies read from Text.
	Facts Facts
}

// Facts are the facts of an article that copies of one dispatch share.
type Facts struct {
	// Entities are canonical names of people, organisations and places.
	Entities []string
	// Figures are normalised "value|unit|measure" strings; the value and
	// unit are compared, the measure (worded differently by each
	// translation) is only shown.
	Figures []string
	// Dates are resolved dates ("2025-05-14").
	Dates []string
	// Quotes are the texts of direct quotes.
	Quotes []string
}

// Link says that article From copies (or is copied by) the earlier
// article To.
type Link struct {
	From, To string
	// Kind is Exact, NearDuplicate, SameDispatch or Quotes.
	Kind string
	// Score in [0, 1]: the estimated Jaccard similarity or containment
	// for text copies; for same-dispatch, a logistic of the weighed
	// evidence (0.5 at the threshold); for quotes, how much content is
	// shared.
	Score float64
	// Evidence says, in words, what matched.
	Evidence []string
}

// Options tune a Detector. Zero fields take the DefaultOptions value.
type Options struct {
	// Window is the largest gap in publication time between two
	// articles linked as same-dispatch or quotes (text copies are linked
	// at any distance). Articles without a date are never out of it.
	Window time.Duration
	// NearJaccard is the estimated Jaccard similarity of word 5-shingles
	// from which two texts are near-duplicates.
	NearJaccard float64
	// NearContainment is the share of the shorter text's shingles found
	// in the longer from which it is a near-duplicate (an excerpt).
	NearContainment float64
	// MinShingles is the size of the shorter text under which
	// containment is not used (a few shared sentences are not a copy).
	MinShingles int
	// DispatchThreshold is the weighed evidence (in log-likelihood-ratio
	// units, see dispatch) from which two articles carry one dispatch.
	DispatchThreshold float64
	// DispatchContent is the part of that evidence that must come from
	// the content (figures, quotes, names), not only from credits.
	DispatchContent float64
	// QuoteContainment is the share of shingles an article citing
	// another's source must share with it (or the equivalent in quotes
	// or figures) to be linked as quoting it.
	QuoteContainment float64
	// Rows and Bands shape the LSH index: Bands bands of Rows MinHash
	// values each (Rows*Bands <= 64). A pair with Jaccard similarity J is
	// a candidate with probability 1-(1-J^Rows)^Bands.
	Rows, Bands int
	// ChainWalk is how many entries of one posting chain are read (two
	// thirds of it for the rare-evidence chains).
	ChainWalk int
	// MaxCandidates is how many candidates are compared in full.
	MaxCandidates int
	// MaxLinks is how many links Add returns at most (the best).
	MaxLinks int
	// RareKeys is how many rare-evidence keys an article is indexed by.
	RareKeys int
	// DFHalfLife is the number of articles after which the document
	// frequencies used for rarity are halved.
	DFHalfLife int
}

// DefaultOptions returns the options New uses for zero fields.
func DefaultOptions() Options {
	return Options{
		Window:            10 * 24 * time.Hour,
		NearJaccard:       0.5,
		NearContainment:   0.8,
		MinShingles:       20,
		DispatchThreshold: 3.5,
		DispatchContent:   1.0,
		QuoteContainment:  0.12,
		Rows:              3,
		Bands:             16,
		ChainWalk:         24,
		MaxCandidates:     48,
		MaxLinks:          16,
		RareKeys:          10,
		DFHalfLife:        200_000,
	}
}

func (o *Options) fill() {
	d := DefaultOptions()
	defaults.Positive(&o.Window, d.Window)
	defaults.Positive(&o.NearJaccard, d.NearJaccard)
	defaults.Positive(&o.NearContainment, d.NearContainment)
	defaults.Positive(&o.MinShingles, d.MinShingles)
	defaults.Positive(&o.DispatchThreshold, d.DispatchThreshold)
	defaults.Positive(&o.DispatchContent, d.DispatchContent)
	defaults.Positive(&o.QuoteContainment, d.QuoteContainment)
	if o.Rows <= 0 || o.Bands <= 0 || o.Rows*o.Bands > numBins {
		o.Rows, o.Bands = d.Rows, d.Bands
	}
	defaults.Positive(&o.ChainWalk, d.ChainWalk)
	defaults.Positive(&o.MaxCandidates, d.MaxCandidates)
	defaults.Positive(&o.MaxLinks, d.MaxLinks)
	defaults.Positive(&o.RareKeys, d.RareKeys)
	defaults.Positive(&o.DFHalfLife, d.DFHalfLife)
}

// record is what is kept of one stored article besides its signature and
// evidence keys.
type record struct {
	pub      int64  // Unix seconds, when hasPub
	exact    uint64 // hash of the normalised text, 0 for none
	idEnd    uint32 // end of the ID in Detector.ids
	evOff    uint32 // start of the evidence keys in Detector.ev
	shingles uint32
	n        [numSections]uint8
	flags    uint8
}

const (
	hasPub = 1 << iota
	hasSig
)

// extractor holds the buffers used to read one article.
type extractor struct {
	tok, tok2 tokenizer
	spans     [][2]int
}

// current is the article being added.
type current struct {
	ev     evidence
	sig    signature
	sig16  [numBins]uint16
	exact  uint64
	pub    int64
	hasPub bool
}

// cand is one candidate found in the indexes.
type cand struct {
	doc    uint32
	bands  uint8 // LSH bands shared
	keys   uint8 // rare keys shared
	author bool
	exact  bool
}

// Detector finds copies among the articles added to it. It is not safe
// for concurrent use.
type Detector struct {
	opt Options

	recs []record
	ids  []byte
	sigs []uint16 // numBins per article
	ev   []uint32 // evidence keys, per article per section, sorted

	lsh       headTable // band key -> newest entry (doc*Bands+band+1)
	lshNext   []uint32
	rare      headTable // rare key -> newest entry (index+1 in rareDoc)
	rareNext  []uint32
	rareDoc   []uint32
	exact     headTable // low 32 bits of the exact hash -> doc+1
	exactNext []uint32
	df        *dfSketch

	x     extractor
	cur   current
	cands []cand
	seen  map[uint32]int32
	keys  []uint32
	// scratch holds, per section, the items shared with a candidate.
	scratch [numSections][]item
}

// New returns a Detector with the given options (zero fields take their
// default).
func New(opt Options) *Detector {
	opt.fill()
	return &Detector{
		opt:  opt,
		df:   newDFSketch(opt.DFHalfLife),
		seen: make(map[uint32]int32, 64),
	}
}

// Len returns the number of articles added.
func (d *Detector) Len() int { return len(d.recs) }

func (d *Detector) id(i uint32) string {
	start := uint32(0)
	if i > 0 {
		start = d.recs[i-1].idEnd
	}
	return string(d.ids[start:d.recs[i].idEnd])
}

func (d *Detector) sig(i uint32) []uint16 {
	return d.sigs[int(i)*numBins : int(i+1)*numBins]
}

// section returns the sorted evidence keys of section sec of article i.
func (d *Detector) section(i uint32, sec int) []uint32 {
	r := &d.recs[i]
	off := r.evOff
	for s := 0; s < sec; s++ {
		off += uint32(r.n[s])
	}
	return d.ev[off : off+uint32(r.n[sec])]
}

// Add stores an article and returns its links to the articles stored
// before it, best first.
func (d *Detector) Add(doc Doc) []Link {
	d.read(doc)
	d.collect()
	links := d.judge(doc.ID)
	d.store(doc.ID)
	return links
}

// read computes the current article's signature and evidence.
func (d *Detector) read(doc Doc) {
	c := &d.cur
	x := &d.x
	c.ev.reset()
	c.sig.reset()
	c.hasPub = !doc.Published.IsZero()
	c.pub = 0
	if c.hasPub {
		c.pub = doc.Published.Unix()
	}

	words := x.tok.tokenize(doc.Text)
	c.exact = x.tok.exactHash(words)
	for i := 0; i+shingleLen <= len(words); i++ {
		c.sig.add(shingleHash(words[i : i+shingleLen]))
	}
	if len(words) > 0 && len(words) < shingleLen {
		c.sig.add(shingleHash(words)) // a text shorter than a shingle is one
	}
	c.sig.densify()
	c.sig.short16(c.sig16[:])

	// Facts, or their proxies read from the text.
	f := doc.Facts
	if len(f.Figures) == 0 || len(f.Dates) == 0 {
		x.figuresAndDates(doc.Text, words, &c.ev, len(f.Figures) == 0, len(f.Dates) == 0)
	}
	for _, s := range f.Figures {
		parts := strings.SplitN(s, "|", 3)
		norm := parts[0]
		shown := parts[0]
		if len(parts) > 1 {
			norm += "|" + parts[1]
			if parts[1] != "" {
				shown += " " + parts[1]
			}
		}
		if len(parts) > 2 && parts[2] != "" {
			shown += " (" + parts[2] + ")"
		}
		c.ev.add(secFigure, norm, shown)
		if len(parts) > 2 && !genericMeasure[parts[2]] && len(c.ev.secs[secMeasure])+2 <= sectionCap[secMeasure] {
			mk := measureKeys{keyOf(secMeasure, norm+"|"+parts[2]), keyOf(secMeasure, norm+"|!")}
			c.ev.addKey(secMeasure, mk.measure, parts[2])
			c.ev.addKey(secMeasure, mk.marker, "")
			if c.ev.measured == nil {
				c.ev.measured = make(map[uint32]measureKeys)
			}
			c.ev.measured[keyOf(secFigure, norm)] = mk
		}
	}
	for _, s := range f.Dates {
		c.ev.add(secDate, strings.TrimSpace(s), s)
	}
	if len(f.Entities) == 0 {
		x.names(doc.Text, words, &c.ev)
	}
	for _, s := range f.Entities {
		if ws := x.tok2.tokenize(s); len(ws) > 0 {
			c.ev.addKey(secEntity, keyWords(secEntity, ws), s)
		}
	}
	x.citedSources(doc.Text, words, &c.ev)
	if len(f.Quotes) == 0 {
		x.spans = quoteSpans(doc.Text, x.spans[:0])
		x.quoteStems(doc.Text, x.spans, words, &c.ev)
	} else {
		x.givenQuoteStems(f.Quotes, &c.ev)
	}

	// Credits.
	for _, a := range doc.Authors {
		if ws := x.tok2.tokenize(a); len(ws) > 0 {
			c.ev.addKey(secAuthor, keyWords(secAuthor, ws[len(ws)-1:]), strings.TrimSpace(a))
		}
	}
	for _, w := range doc.Wires {
		c.ev.add(secWire, sourceNorm(&x.tok2, w), strings.TrimSpace(w))
	}
	if ws := x.tok2.tokenize(doc.Dateline); len(ws) > 0 {
		c.ev.addKey(secDateline, keyWords(secDateline, ws), strings.TrimSpace(doc.Dateline))
	}
	if doc.Outlet != "" {
		c.ev.add(secOutlet, sourceNorm(&x.tok2, doc.Outlet), strings.TrimSpace(doc.Outlet))
	}
	// An article does not cite itself: drop cited sources that are its
	// own outlet or wires.
	cited := c.ev.secs[secCited][:0]
	for _, it := range c.ev.secs[secCited] {
		if !hasItem(c.ev.secs[secWire], it.key) && !hasItem(c.ev.secs[secOutlet], it.key) {
			cited = append(cited, it)
		}
	}
	c.ev.secs[secCited] = cited

	for _, sec := range []int{secFigure, secDate, secEntity} {
		for i := range c.ev.secs[sec] {
			c.ev.secs[sec][i].df = d.df.count(c.ev.secs[sec][i].key)
		}
	}
}

func hasItem(items []item, key uint32) bool {
	for _, it := range items {
		if it.key == key {
			return true
		}
	}
	return false
}

func hasKey(keys []uint32, key uint32) bool {
	_, ok := slices.BinarySearch(keys, key)
	return ok
}

// inWindow reports whether stored article i was published within the
// window of the current one (or either date is unknown).
func (d *Detector) inWindow(i uint32) bool {
	r := &d.recs[i]
	if !d.cur.hasPub || r.flags&hasPub == 0 {
		return true
	}
	gap := d.cur.pub - r.pub
	if gap < 0 {
		gap = -gap
	}
	return time.Duration(gap)*time.Second <= d.opt.Window
}

func (d *Detector) candidate(doc uint32) *cand {
	if k, ok := d.seen[doc]; ok {
		return &d.cands[k]
	}
	d.seen[doc] = int32(len(d.cands))
	d.cands = append(d.cands, cand{doc: doc})
	return &d.cands[len(d.cands)-1]
}

// rareKeys appends the keys of the current article for the rare-evidence
// index: its reporter names, then its figures and names that are not
// common, rarest first; Options.RareKeys of them to store it under, half
// as many again to look up.
func (d *Detector) rareKeys(dst []uint32, store bool) []uint32 {
	c := &d.cur
	for _, it := range c.ev.secs[secAuthor] {
		dst = append(dst, it.key)
	}
	type rk struct {
		key uint32
		w   float64
		l   int
	}
	var buf [40]rk
	list := buf[:0]
	for _, sec := range []int{secFigure, secEntity} {
		for _, it := range c.ev.secs[sec] {
			w := rarity(it.df, d.df.docs)
			if w < 0.3 {
				continue
			}
			list = append(list, rk{it.key, w, len(it.text)})
		}
	}
	slices.SortStableFunc(list, func(a, b rk) int {
		if a.w != b.w {
			return cmp.Compare(b.w, a.w)
		}
		return cmp.Compare(b.l, a.l)
	})
	limit := d.opt.RareKeys
	if !store {
		limit += d.opt.RareKeys / 2 // look up a few more than are stored
	}
	for _, k := range list {
		if len(dst) >= limit {
			break
		}
		dst = append(dst, k.key)
	}
	return dst
}

// collect gathers the candidates from the three indexes.
func (d *Detector) collect() {
	c := &d.cur
	d.cands = d.cands[:0]
	clear(d.seen)
	walk := d.opt.ChainWalk

	if c.exact != 0 {
		for e, n := d.exact.head(exactKey(c.exact)), 0; e != 0 && n < walk; n++ {
			if d.recs[e-1].exact == c.exact {
				d.candidate(e - 1).exact = true
			}
			e = d.exactNext[e-1]
		}
	}
	if !c.sig.empty() {
		bands := uint32(d.opt.Bands)
		for b := 0; b < d.opt.Bands; b++ {
			for e, n := d.lsh.head(bandKey(&c.sig, b, d.opt.Rows)), 0; e != 0 && n < walk; n++ {
				cd := d.candidate((e - 1) / bands)
				if cd.bands < 255 {
					cd.bands++
				}
				e = d.lshNext[e-1]
			}
		}
	}
	d.keys = d.rareKeys(d.keys[:0], false)
	nAuthors := len(c.ev.secs[secAuthor])
	for ki, k := range d.keys {
		for e, n := d.rare.head(k), 0; e != 0 && n < walk*2/3; n++ {
			doc := d.rareDoc[e-1]
			e = d.rareNext[e-1]
			if !d.inWindow(doc) {
				continue
			}
			cd := d.candidate(doc)
			if cd.keys < 255 {
				cd.keys++
			}
			if ki < nAuthors {
				cd.author = true
			}
		}
	}
	// Keep the candidates worth a full comparison, the strongest first.
	keep := d.cands[:0]
	for _, cd := range d.cands {
		if cd.exact || cd.bands > 0 || cd.author || cd.keys >= 2 {
			keep = append(keep, cd)
		}
	}
	slices.SortFunc(keep, func(a, b cand) int {
		sa := int(a.bands)*2 + int(a.keys) + 100*boolInt(a.exact)
		sb := int(b.bands)*2 + int(b.keys) + 100*boolInt(b.exact)
		if sa != sb {
			return sb - sa
		}
		return cmp.Compare(b.doc, a.doc) // newer first
	})
	if len(keep) > d.opt.MaxCandidates {
		keep = keep[:d.opt.MaxCandidates]
	}
	d.cands = keep
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// judge compares the current article with every candidate.
func (d *Detector) judge(id string) []Link {
	var links []Link
	for _, cd := range d.cands {
		kind, score, ev, ok := d.compare(cd)
		if !ok {
			continue
		}
		links = append(links, Link{From: id, To: d.id(cd.doc), Kind: kind, Score: score, Evidence: ev})
	}
	slices.SortStableFunc(links, func(a, b Link) int {
		if ka, kb := kindRank(a.Kind), kindRank(b.Kind); ka != kb {
			return ka - kb
		}
		return cmp.Compare(b.Score, a.Score)
	})
	if len(links) > d.opt.MaxLinks {
		links = links[:d.opt.MaxLinks]
	}
	return links
}

// kindRank orders kinds from the closest copy to the loosest.
func kindRank(kind string) int {
	switch kind {
	case Exact:
		return 0
	case NearDuplicate:
		return 1
	case SameDispatch:
		return 2
	case Quotes:
		return 3
	}
	return 4
}

// compare decides whether the current article copies candidate cd.
func (d *Detector) compare(cd cand) (kind string, score float64, ev []string, ok bool) {
	c := &d.cur
	r := &d.recs[cd.doc]
	if cd.exact {
		return Exact, 1, []string{"same normalised text"}, true
	}
	var j, ctn float64
	if !c.sig.empty() && r.flags&hasSig != 0 {
		j = jaccard16(c.sig16[:], d.sig(cd.doc))
		ctn = containment(j, c.sig.n, int(r.shingles))
	}
	if j >= d.opt.NearJaccard {
		return NearDuplicate, round2(j), []string{fmt.Sprintf("estimated Jaccard similarity %.2f of word 5-shingles", j)}, true
	}
	if !d.inWindow(cd.doc) {
		return "", 0, nil, false
	}
	qs, qev, qok := d.quotes(cd.doc, ctn)
	if qok && !d.symmetric(cd.doc) {
		return Quotes, qs, qev, true
	}
	if ctn >= d.opt.NearContainment && min(c.sig.n, int(r.shingles)) >= d.opt.MinShingles {
		return NearDuplicate, round2(ctn), []string{fmt.Sprintf("excerpt: %.0f%% of the shorter text's word 5-shingles are in the other", 100*ctn)}, true
	}
	if s, ev, ok := d.dispatch(cd.doc); ok {
		return SameDispatch, s, ev, true
	}
	if qok {
		return Quotes, qs, qev, true
	}
	return "", 0, nil, false
}

// symmetric reports whether the current article and article i carry the
// same content in full rather than one a part of the other: texts of
// comparable length, most figures of each found in the other. Two
// renderings of one dispatch that both name the agency are then not
// taken for an article quoting another.
func (d *Detector) symmetric(i uint32) bool {
	c := &d.cur
	a, b := c.sig.n, int(d.recs[i].shingles)
	if a == 0 || b == 0 || float64(min(a, b)) < 0.6*float64(max(a, b)) {
		return false
	}
	na, nb := len(c.ev.secs[secFigure]), len(d.section(i, secFigure))
	if max(na, nb) < 3 {
		return false
	}
	sh := d.shared(i, secFigure, nil)
	return float64(len(sh)) >= 0.6*float64(max(na, nb))
}

// exactKey is the index key of a normalised-text hash.
func exactKey(h uint64) uint32 { return uint32(h) | 1 }

func round2(x float64) float64 { return math.Round(x*100) / 100 }

// shared lists the current article's items of section sec that stored
// article i also has.
func (d *Detector) shared(i uint32, sec int, dst []item) []item {
	keys := d.section(i, sec)
	if len(keys) == 0 {
		return dst
	}
	for _, it := range d.cur.ev.secs[sec] {
		if hasKey(keys, it.key) {
			dst = append(dst, it)
		}
	}
	return dst
}

// sameFigures drops from sh, the figures the current article shares with
// article i by value and unit, those both articles say count different
// things ("300 sauveteurs" and "300 évacués"). A figure whose measure one
// side does not name ("300 personnes") stays.
func (d *Detector) sameFigures(i uint32, sh []item) []item {
	if len(d.cur.ev.measured) == 0 {
		return sh
	}
	keys := d.section(i, secMeasure)
	if len(keys) == 0 {
		return sh
	}
	out := sh[:0]
	for _, it := range sh {
		mk, ok := d.cur.ev.measured[it.key]
		if ok && hasKey(keys, mk.marker) && !hasKey(keys, mk.measure) {
			continue
		}
		out = append(out, it)
	}
	return out
}

// quoteCosine is the cosine similarity of the current article's and
// article i's sets of quote stems, with the stems shared.
func (d *Detector) quoteCosine(i uint32) (float64, []item) {
	mine := d.cur.ev.secs[secQuote]
	theirs := d.section(i, secQuote)
	if len(mine) < 3 || len(theirs) < 3 {
		return 0, nil
	}
	sh := d.shared(i, secQuote, nil)
	return float64(len(sh)) / math.Sqrt(float64(len(mine))*float64(len(theirs))), sh
}

// figureWeight sums the rarity of the figures shared with article i.
func (d *Detector) figureWeight(sh []item) float64 {
	w := 0.0
	for _, it := range sh {
		w += rarity(it.df, d.df.docs)
	}
	return w
}

func texts(items []item, n int) string {
	var b strings.Builder
	for k, it := range items {
		if k == n {
			b.WriteString(", …")
			break
		}
		if k > 0 {
			b.WriteString(", ")
		}
		b.WriteString(it.text)
	}
	return b.String()
}

// quotes decides whether one of the two articles quotes the other: it
// names the other's outlet or agency as its source, and shares text
// (containment ctn), quotes or figures with it.
func (d *Detector) quotes(i uint32, ctn float64) (float64, []string, bool) {
	c := &d.cur
	var ev []string
	// The current article cites the stored one's source...
	var cited *item
	for k, it := range c.ev.secs[secCited] {
		if hasKey(d.section(i, secOutlet), it.key) || hasKey(d.section(i, secWire), it.key) {
			cited = &c.ev.secs[secCited][k]
			break
		}
	}
	if cited != nil {
		ev = append(ev, fmt.Sprintf("cites the other's source: %s", shown(cited.text)))
	} else {
		// ... or the stored one cites the current one's.
		theirs := d.section(i, secCited)
		for _, sec := range []int{secOutlet, secWire} {
			for _, it := range c.ev.secs[sec] {
				if hasKey(theirs, it.key) && cited == nil {
					cited = &it
					ev = append(ev, fmt.Sprintf("the other cites this article's source '%s'", it.text))
				}
			}
		}
	}
	if cited == nil {
		return 0, nil, false
	}
	qc, qs := d.quoteCosine(i)
	fs := d.shared(i, secFigure, nil)
	fw := d.figureWeight(fs)
	m := max(ctn/d.opt.QuoteContainment, qc/0.35, fw/3)
	if m < 1 {
		return 0, nil, false
	}
	if ctn >= d.opt.QuoteContainment {
		ev = append(ev, fmt.Sprintf("shares about %.0f%% of the shorter text's word 5-shingles", 100*ctn))
	}
	if qc >= 0.2 {
		ev = append(ev, fmt.Sprintf("same quotes (cosine %.2f of their content words: %s)", qc, texts(qs, 6)))
	}
	if len(fs) > 0 {
		ev = append(ev, fmt.Sprintf("%d identical figures: %s", len(fs), texts(fs, 5)))
	}
	return round2(min(1, 0.5*m)), ev, true
}

// dispatch weighs the evidence that the current article and article i
// carry the same dispatch in other words. Each piece of evidence adds
// roughly the log of how much likelier it is between two versions of one
// dispatch than between two independent reports of the same event
// (which share the event's headline figures, places and dates):
//
//   - the same reporter credited: +3; both credited, nobody in common: -1;
//   - the same wire credited: +1.2; both credited, different wires: -3;
//   - the same dateline: +0.8; both datelined, different places: -1.5;
//   - identical figures: +0.8 per rarity-weighed figure beyond the first
//     (the headline figure every report gives), up to +4; when the
//     smaller article has 3 figures or more, between -1 (under half of
//     them shared) and +1 (all shared);
//   - the same quotes, as the cosine q of the stems of their content
//     words (a paraphrase shares them): +4(q-0.15), up to +2.5; both
//     quoting and nothing in common (q < 0.08): -1;
//   - rare names: +0.3 per rarity-weighed shared name beyond 3, up to
//     +1.5; the same dates: +0.2 per date beyond the first, up to +0.6.
//
// The pair is linked when the sum reaches Options.DispatchThreshold and
// the content part (figures, quotes, names) reaches
// Options.DispatchContent: credits alone do not make two stories one.
func (d *Detector) dispatch(i uint32) (float64, []string, bool) {
	c := &d.cur
	total, content := 0.0, 0.0
	sh := &d.scratch
	for k := range sh {
		sh[k] = sh[k][:0]
	}
	var credit, wire, place int // -1 differ, 0 unknown, 1 same
	compare := func(sec int, same, differ float64) int {
		if len(c.ev.secs[sec]) == 0 || d.recs[i].n[sec] == 0 {
			return 0
		}
		if sh[sec] = d.shared(i, sec, sh[sec]); len(sh[sec]) > 0 {
			total += same
			return 1
		}
		total += differ
		return -1
	}
	credit = compare(secAuthor, 3, -1)
	wire = compare(secWire, 1.2, -3)
	place = compare(secDateline, 0.8, -1.5)
	if wire < 0 {
		return 0, nil, false // different agencies: two dispatches
	}

	var figL float64
	if sh[secFigure] = d.sameFigures(i, d.shared(i, secFigure, sh[secFigure])); len(sh[secFigure]) > 0 {
		w := d.figureWeight(sh[secFigure])
		figL = min(4, 0.8*max(0, w-1))
		if m := min(len(c.ev.secs[secFigure]), int(d.recs[i].n[secFigure])); m >= 3 {
			figL += 2 * (float64(len(sh[secFigure]))/float64(m) - 0.5)
		}
		total += figL
		content += max(0, figL)
	}
	q := 0.0
	if mine, theirs := len(c.ev.secs[secQuote]), int(d.recs[i].n[secQuote]); mine >= 3 && theirs >= 3 {
		sh[secQuote] = d.shared(i, secQuote, sh[secQuote])
		q = float64(len(sh[secQuote])) / math.Sqrt(float64(mine)*float64(theirs))
		if q > 0.15 {
			l := min(2.5, 4*(q-0.15))
			total += l
			content += l
		} else if mine >= 4 && theirs >= 4 && q < 0.08 {
			total--
		}
	}
	var entW float64
	if sh[secEntity] = d.shared(i, secEntity, sh[secEntity]); len(sh[secEntity]) > 0 {
		if entW = d.figureWeight(sh[secEntity]); entW > 3 {
			l := min(1.5, 0.3*(entW-3))
			total += l
			content += l
		}
	}
	if sh[secDate] = d.shared(i, secDate, sh[secDate]); len(sh[secDate]) > 1 {
		total += min(0.6, 0.2*float64(len(sh[secDate])-1))
	}
	if total < d.opt.DispatchThreshold || content < d.opt.DispatchContent {
		return 0, nil, false
	}

	// The evidence, in words.
	var ev []string
	if credit > 0 {
		ev = append(ev, fmt.Sprintf("reporter credit '%s'", texts(sh[secAuthor], 3)))
	}
	if wire > 0 {
		ev = append(ev, fmt.Sprintf("same wire credit '%s'", texts(sh[secWire], 3)))
	}
	if place > 0 {
		ev = append(ev, fmt.Sprintf("same dateline '%s'", sh[secDateline][0].text))
	}
	if figL > 0 {
		ev = append(ev, fmt.Sprintf("%d identical figures: %s", len(sh[secFigure]), texts(sh[secFigure], 5)))
	}
	if q > 0.15 {
		ev = append(ev, fmt.Sprintf("same quotes in paraphrase (cosine %.2f of their content words: %s)", q, texts(sh[secQuote], 6)))
	}
	if entW > 3 {
		ev = append(ev, fmt.Sprintf("%d shared names: %s", len(sh[secEntity]), texts(sh[secEntity], 5)))
	}
	if len(sh[secDate]) > 1 {
		ev = append(ev, fmt.Sprintf("%d same dates: %s", len(sh[secDate]), texts(sh[secDate], 4)))
	}
	ev = append(ev, fmt.Sprintf("weighed evidence %.1f (threshold %.1f)", total, d.opt.DispatchThreshold))
	s := 1 / (1 + math.Exp(-(total - d.opt.DispatchThreshold)))
	return round2(s), ev, true
}

// store adds the current article to the indexes.
func (d *Detector) store(id string) {
	c := &d.cur
	doc := uint32(len(d.recs))
	d.ids = append(d.ids, id...)
	r := record{
		pub:      c.pub,
		exact:    c.exact,
		idEnd:    uint32(len(d.ids)),
		evOff:    uint32(len(d.ev)),
		shingles: uint32(c.sig.n),
	}
	if c.hasPub {
		r.flags |= hasPub
	}
	if !c.sig.empty() {
		r.flags |= hasSig
	}
	for sec := range numSections {
		n := len(d.ev)
		d.ev = c.ev.keys(d.ev, sec)
		r.n[sec] = uint8(len(d.ev) - n)
	}
	d.recs = append(d.recs, r)
	d.sigs = append(d.sigs, c.sig16[:]...)

	if c.exact != 0 {
		d.exactNext = append(d.exactNext, d.exact.push(exactKey(c.exact), doc+1))
	} else {
		d.exactNext = append(d.exactNext, 0)
	}
	for b := 0; b < d.opt.Bands; b++ {
		prev := uint32(0)
		if !c.sig.empty() {
			prev = d.lsh.push(bandKey(&c.sig, b, d.opt.Rows), doc*uint32(d.opt.Bands)+uint32(b)+1)
		}
		d.lshNext = append(d.lshNext, prev)
	}
	d.keys = d.rareKeys(d.keys[:0], true)
	for _, k := range d.keys {
		d.rareDoc = append(d.rareDoc, doc)
		d.rareNext = append(d.rareNext, d.rare.push(k, uint32(len(d.rareDoc))))
	}
	for _, sec := range []int{secFigure, secDate, secEntity} {
		for _, it := range c.ev.secs[sec] {
			d.df.add(it.key)
		}
	}
	d.df.doc()
}
