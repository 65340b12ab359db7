// Package summary writes a short extractive summary of a story from the
// sentences of its articles.
//
// Sentences are scored by how much of the story's shared content they
// carry: the bigrams of stemmed words that several articles repeat
// (concepts, weighted by the number of articles that use them, as in
// concept-based summarisers), the cosine of the sentence with the TF-IDF
// centroid of the story (IDF over the story's sentences) and its degree
// centrality in the sentence similarity graph (LexRank-style), with a
// prior for sentences early in their article. A greedy selection, per word of summary, adds the sentence
// whose not-yet-covered content is worth most, refusing sentences too
// similar to those already chosen (maximal marginal relevance over
// stemmed content words). Captions, boilerplate, questions, headings,
// interview answers and quotations without their speaker are never
// chosen; a sentence opening on a pronoun or connective is taken only
// together with the sentence before it in its article. The summary is
// returned in chronological order: by article date, then by position.
//
// In update mode (Options.Since or Options.Background) the summary says
// what is new: a sentence loses in proportion to its similarity with the
// closest background sentence (and is never chosen above a cosine of
// 0.8), and gains with the share of its words the background never uses.
// When the articles carry different dates, sentences unlike those of
// earlier articles gain a little too: later articles' new facts are
// preferred over repeated background.
//
// The sentence splitter (ArticleSentences) is internal to this package
// for now; package facts has its own.
package summary

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode"

	"github.com/recoupe/recoupe/rouge"
	"github.com/recoupe/recoupe/stopwords"
)

// Sentence is one sentence of an article.
type Sentence struct {
	// Text of the sentence.
	Text string
	// Article identifies the article the sentence comes from.
	Article string
	// Index is the position of the sentence in its article (0-based);
	// sentence Index-1 of the same article is the one before it.
	Index int
	// Paragraph is the 0-based paragraph number in the article.
	Paragraph int
	// Published is the article's publication time, zero when unknown.
	Published time.Time
	// InQuote marks a sentence inside a quotation opened by an earlier
	// sentence: a fragment of someone's words, never used alone.
	InQuote bool
}

// Options controls the length and the mode of a summary.
type Options struct {
	// MaxSentences caps the number of sentences (default 8).
	MaxSentences int
	// MinSentences is the number of sentences wanted even past MaxWords
	// (default 3, never above MaxSentences).
	MinSentences int
	// MaxWords is the word budget (default 100). Sentences are added while
	// the summary is shorter, so the last one may run past it.
	MaxWords int
	// Since turns on update mode: sentences of articles published before
	// Since are background, the summary is drawn from the later ones.
	Since time.Time
	// Background is already-known content (update mode): the summary
	// avoids repeating it.
	Background []Sentence
}

// params are the scoring weights, fixed by general design choices.
type params struct {
	conceptWeight  float64 // coverage of repeated bigrams
	centroidWeight float64 // cosine with the story centroid
	degreeWeight   float64 // graph degree centrality (summed similarity)
	positionWeight float64 // prior for early sentences: 1 + w/(1+index)
	lengthExp      float64 // gain is divided by length^lengthExp
	redundancy     float64 // gain *= 1 - redundancy*maxSim(chosen)
	maxSim         float64 // never add a sentence this similar to a chosen one
	bgPenalty      float64 // update mode: gain *= 1 - bgPenalty*maxSim(background)
	bgMax          float64 // update mode: never add a sentence this close to background
	bgNewWords     float64 // update mode: gain *= 1 + bgNewWords*(share of words absent from background)
	bgConcept      float64 // update mode: concept weight *= bgConcept^(background articles)
	minConceptDF   int     // a concept counts when this many articles have it
	recency        float64 // dated stories: gain *= 1 + recency*novelty vs earlier articles
}

var defaultParams = params{
	conceptWeight:  1,
	centroidWeight: 0.5,
	degreeWeight:   0.5,
	positionWeight: 0.5,
	lengthExp:      0.5,
	redundancy:     0.5,
	maxSim:         0.5,
	bgPenalty:      0.5,
	bgMax:          0.8,
	bgNewWords:     1,
	bgConcept:      1,
	minConceptDF:   2,
	recency:        0.2,
}

// Summarize picks 3 to MaxSentences sentences of sents that sum up the
// story, in chronological order. The result holds elements of sents,
// unchanged; it is empty when no sentence is fit for a summary.
//
// A story of more than poolLimit sentences (a big story, many times the
// size of a 10-article set) is summarised from a bounded pool of its
// sentences, the leads of its articles (see pool), so that its cost stays
// flat however large the story grows; the background of update mode is
// bounded the same way. Smaller inputs are weighed in full.
func Summarize(sents []Sentence, opt Options) []Sentence {
	sents = pool(sents, poolLimit)
	opt.Background = pool(opt.Background, poolLimit)
	return summarize(sents, opt, defaultParams)
}

// poolLimit is the number of sentences up to which Summarize weighs every
// sentence of a story. Sets of 10 news articles stay well under it.
const poolLimit = 300

// pool returns sents when they are at most limit, else a subset of at
// most limit of them, in their order: the first d sentences of every
// article for the largest such lead depth d of at least 2 that fits; when
// even two sentences per article are too many, the first two sentences of
// articles sampled evenly across the story (the first and the last
// included). Leads carry a news story's main facts, and a sentence's
// predecessor in its article is always kept with it.
func pool(sents []Sentence, limit int) []Sentence {
	if len(sents) <= limit || limit < 2 {
		return sents
	}
	// atDepth[i] counts the sentences of index i.
	var atDepth []int
	for _, s := range sents {
		i := max(s.Index, 0)
		if i >= limit {
			continue
		}
		for len(atDepth) <= i {
			atDepth = append(atDepth, 0)
		}
		atDepth[i]++
	}
	depth, n := 0, 0
	for depth < len(atDepth) && n+atDepth[depth] <= limit {
		n += atDepth[depth]
		depth++
	}
	keepArt := func(string) bool { return true }
	if depth < 2 {
		depth = 2
		var arts []string
		seen := make(map[string]bool)
		for _, s := range sents {
			if !seen[s.Article] {
				seen[s.Article] = true
				arts = append(arts, s.Article)
			}
		}
		k := max(limit/depth, 2)
		keep := make(map[string]bool, k)
		if k >= len(arts) {
			k = len(arts)
		}
		for i := range k {
			keep[arts[i*(len(arts)-1)/max(k-1, 1)]] = true
		}
		keepArt = func(a string) bool { return keep[a] }
	}
	out := make([]Sentence, 0, min(limit, len(sents)))
	for _, s := range sents {
		if s.Index < depth && keepArt(s.Article) && len(out) < limit {
			out = append(out, s)
		}
	}
	return out
}

// analysis is what the scorer knows of one sentence.
type analysis struct {
	vec      []termWeight // TF-IDF, unit length, sorted by term
	concepts []uint64     // distinct bigram keys
	words    int
	elig     eligibility
}

type termWeight struct {
	term int32
	w    float64
}

// analyser tokenises and stems with a per-summary cache.
type analyser struct {
	stop  map[string]bool
	stems map[string]int32 // surface form -> term id (-1 for stopwords)
	ids   map[string]int32 // stem -> term id
	nTerm int32
}

func newAnalyser() *analyser {
	return &analyser{stop: frStop, stems: make(map[string]int32, 1024), ids: make(map[string]int32, 1024)}
}

var frStop = stopwords.Set("fr")

// terms returns the term ids of text's tokens in order, -1 standing for a
// stopword or a one-letter token.
func (a *analyser) terms(toks []string) []int32 {
	out := make([]int32, len(toks))
	for i, t := range toks {
		id, ok := a.stems[t]
		if !ok {
			id = -1
			if !a.stop[t] && (len(t) > 1 || unicode.IsDigit(rune(t[0]))) {
				st := stemOf(t)
				id, ok = a.ids[st]
				if !ok {
					id = a.nTerm
					a.nTerm++
					a.ids[st] = id
				}
			}
			a.stems[t] = id
		}
		out[i] = id
	}
	return out
}

// memo is a bounded, concurrency-safe cache shared by all summaries: a
// story rebuilt as it grows is summarised again and again from mostly the
// same words and sentences. It is emptied when it reaches its size limit.
type memo[K comparable, V any] struct {
	mu    sync.Mutex
	m     map[K]V
	limit int
}

// get returns the value of key, computing it with compute (outside the lock)
// when absent; keep turns the key into one that may be stored (a clone of
// a string that points into a bigger text).
func (c *memo[K, V]) get(key K, compute func() V, keep func(K) K) V {
	c.mu.Lock()
	v, ok := c.m[key]
	c.mu.Unlock()
	if ok {
		return v
	}
	v = compute()
	c.mu.Lock()
	if c.m == nil || len(c.m) >= c.limit {
		c.m = map[K]V{}
	}
	c.m[keep(key)] = v
	c.mu.Unlock()
	return v
}

func (c *memo[K, V]) reset() {
	c.mu.Lock()
	c.m = nil
	c.mu.Unlock()
}

// stems keeps the stems of the words met so far.
var stems = &memo[string, string]{limit: 200000}

func stemOf(w string) string {
	return stems.get(w, func() string { return rouge.Stem(w) }, strings.Clone)
}

// sentInfo is what summarize needs of a sentence's text alone: its
// lower-case words, its word count and whether it may stand in a summary.
type sentInfo struct {
	toks  []string
	words int
	elig  eligibility
}

// sentKey identifies the sentences of equal sentInfo.
type sentKey struct {
	text    string
	inQuote bool
}

// sentInfos keeps the sentInfo of the sentences met so far.
var sentInfos = &memo[sentKey, sentInfo]{limit: 50000}

func infoOf(s Sentence) sentInfo {
	return sentInfos.get(sentKey{s.Text, s.InQuote}, func() sentInfo {
		t := newTextInfo(s.Text)
		return sentInfo{toks: t.toks, words: t.words, elig: classify(s, &t)}
	}, func(k sentKey) sentKey { k.text = strings.Clone(k.text); return k })
}

func conceptKey(a, b int32) uint64 { return uint64(uint32(a))<<32 | uint64(uint32(b)) }

func summarize(sents []Sentence, opt Options, p params) []Sentence {
	if opt.MaxSentences <= 0 {
		opt.MaxSentences = 8
	}
	if opt.MinSentences <= 0 {
		opt.MinSentences = 3
	}
	opt.MinSentences = min(opt.MinSentences, opt.MaxSentences)
	if opt.MaxWords <= 0 {
		opt.MaxWords = 100
	}

	// Candidates and background.
	var cand []int
	var bg []Sentence
	bg = append(bg, opt.Background...)
	for i, s := range sents {
		if !opt.Since.IsZero() && !s.Published.IsZero() && s.Published.Before(opt.Since) {
			bg = append(bg, s)
			continue
		}
		cand = append(cand, i)
	}
	if len(cand) == 0 {
		return nil
	}

	an := newAnalyser()
	candTerms := make([][]int32, len(cand))
	infos := make([]sentInfo, len(cand))
	for k, i := range cand {
		infos[k] = infoOf(sents[i])
		candTerms[k] = an.terms(infos[k].toks)
	}
	bgTerms := make([][]int32, len(bg))
	for k, s := range bg {
		bgTerms[k] = an.terms(splitWords(strings.ToLower(s.Text)))
	}

	// Document frequencies over all sentences for IDF; article frequency
	// of concepts among candidates and in the background.
	nTerm := int(an.nTerm)
	df := make([]int, nTerm)
	seen := make([]int, nTerm)
	for i := range seen {
		seen[i] = -1
	}
	countDF := func(k int, ts []int32) {
		for _, t := range ts {
			if t >= 0 && seen[t] != k {
				seen[t] = k
				df[t]++
			}
		}
	}
	for k, ts := range candTerms {
		countDF(k, ts)
	}
	for k, ts := range bgTerms {
		countDF(len(candTerms)+k, ts)
	}
	nDocs := float64(len(candTerms) + len(bgTerms))
	idf := make([]float64, nTerm)
	for t, d := range df {
		if d > 0 {
			idf[t] = math.Log((nDocs + 1) / float64(d))
		}
	}

	an2 := make([]analysis, len(cand))
	artNum := make(map[string]int32)
	num := func(article string) int32 {
		n, ok := artNum[article]
		if !ok {
			n = int32(len(artNum))
			artNum[article] = n
		}
		return n
	}
	var uses []conceptUse
	for k, i := range cand {
		ts := candTerms[k]
		an2[k] = analysis{
			vec:      vectorOf(ts, idf),
			concepts: conceptsOf(ts),
			words:    infos[k].words,
			elig:     infos[k].elig,
		}
		a := num(sents[i].Article)
		for _, c := range an2[k].concepts {
			uses = append(uses, conceptUse{c, a})
		}
	}
	bgVecs := make([][]termWeight, len(bg))
	var bgUses []conceptUse
	for k, ts := range bgTerms {
		bgVecs[k] = vectorOf(ts, idf)
		if p.bgConcept == 1 {
			continue // background concepts would not change any weight
		}
		a := num(bg[k].Article)
		for _, c := range conceptsOf(ts) {
			bgUses = append(bgUses, conceptUse{c, a})
		}
	}

	// Concept weights: the number of articles that use a concept.
	weight := make(map[uint64]float64)
	var bgCount map[uint64]int
	if len(bgUses) > 0 {
		bgCount = make(map[uint64]int)
		articleCounts(bgUses, func(c uint64, n int) { bgCount[c] = n })
	}
	articleCounts(uses, func(c uint64, n int) {
		if n < p.minConceptDF {
			return
		}
		w := float64(n)
		if b := bgCount[c]; b > 0 {
			w *= math.Pow(p.bgConcept, float64(b))
		}
		weight[c] = w
	})

	// Centroid of the candidates.
	centroid := make([]float64, nTerm)
	for _, a := range an2 {
		for _, tw := range a.vec {
			centroid[tw.term] += tw.w
		}
	}
	normalize(centroid)
	cent := make([]float64, len(an2))
	for k, a := range an2 {
		for _, tw := range a.vec {
			cent[k] += tw.w * centroid[tw.term]
		}
	}

	// Similarity of each candidate to the background, and, for dated
	// stories, to earlier articles.
	bgSim := maxSimTo(an2, bgVecs, nTerm)
	newShare := make([]float64, len(an2))
	if len(bgTerms) > 0 {
		inBG := make([]bool, nTerm)
		for _, ts := range bgTerms {
			for _, t := range ts {
				if t >= 0 {
					inBG[t] = true
				}
			}
		}
		for k, a := range an2 {
			n := 0
			for _, tw := range a.vec {
				if !inBG[tw.term] {
					n++
				}
			}
			if len(a.vec) > 0 {
				newShare[k] = float64(n) / float64(len(a.vec))
			}
		}
	}
	var novelty []float64
	if datesDiffer(sents, cand) {
		novelty = earlierNovelty(sents, cand, an2, nTerm)
	}

	// Units: a standalone sentence, or a dangling one with its predecessor.
	pos := make(map[artIdx]int, len(cand))
	for k, i := range cand {
		pos[artIdx{sents[i].Article, sents[i].Index}] = k
	}
	var units [][]int
	for k, i := range cand {
		switch an2[k].elig {
		case standalone:
			units = append(units, []int{k})
		case dangling:
			prev, ok := pos[artIdx{sents[i].Article, sents[i].Index - 1}]
			if ok && an2[prev].elig == standalone {
				units = append(units, []int{prev, k})
			}
		}
	}
	if len(units) == 0 {
		return nil
	}

	// Degree centrality: summed similarity to the other candidates above
	// a threshold, scaled to [0, 1].
	degree := make([]float64, len(an2))
	if p.degreeWeight > 0 {
		degree = degreeCentrality(an2, nTerm, 0.1)
	}

	// Relevance of each sentence apart from concepts.
	rel := make([]float64, len(an2))
	for k, i := range cand {
		r := p.centroidWeight*cent[k] + p.degreeWeight*degree[k]
		rel[k] = r * (1 + p.positionWeight/float64(1+sents[i].Index))
	}
	// Normaliser of the concept gain: the best single-unit gain.
	covered := make(map[uint64]bool)
	conceptGain := func(u []int, chosen []bool) float64 {
		g := 0.0
		var local map[uint64]bool
		if len(u) > 1 {
			local = make(map[uint64]bool)
		}
		for _, k := range u {
			if chosen[k] {
				continue
			}
			for _, c := range an2[k].concepts {
				if covered[c] || local[c] {
					continue
				}
				if local != nil {
					local[c] = true
				}
				g += weight[c]
			}
		}
		return g
	}
	chosen := make([]bool, len(an2))
	norm := 0.0
	for _, u := range units {
		norm = max(norm, conceptGain(u, chosen))
	}
	if norm == 0 {
		norm = 1
	}

	var picked []int
	words := 0
	for len(picked) < opt.MaxSentences && (words < opt.MaxWords || len(picked) < opt.MinSentences) {
		best, bestVal := -1, 0.0
		for ui, u := range units {
			n, w, r := 0, 0, 0.0
			for _, k := range u {
				if !chosen[k] {
					n++
					w += an2[k].words
					r += rel[k]
				}
			}
			if n == 0 || len(picked)+n > opt.MaxSentences {
				continue
			}
			val := p.conceptWeight*conceptGain(u, chosen)/norm + r/float64(n)
			sim := 0.0
			bs := 0.0
			for _, k := range u {
				if chosen[k] {
					continue
				}
				for _, j := range picked {
					sim = max(sim, cosine(an2[k].vec, an2[j].vec))
				}
				bs = max(bs, bgSim[k])
			}
			if sim > p.maxSim || bs > p.bgMax {
				continue
			}
			ns := 0.0
			for _, k := range u {
				ns += newShare[k]
			}
			val *= (1 - p.redundancy*sim) * (1 - p.bgPenalty*bs) * (1 + p.bgNewWords*ns/float64(len(u)))
			if novelty != nil {
				nv := 0.0
				for _, k := range u {
					nv += novelty[k]
				}
				val *= 1 + p.recency*nv/float64(len(u))
			}
			val /= math.Pow(float64(w), p.lengthExp)
			if rem := opt.MaxWords - words; rem > 0 && w > rem {
				val *= float64(rem) / float64(w)
			}
			if val > bestVal {
				best, bestVal = ui, val
			}
		}
		if best < 0 {
			break
		}
		for _, k := range units[best] {
			if chosen[k] {
				continue
			}
			chosen[k] = true
			picked = append(picked, k)
			words += an2[k].words
			for _, c := range an2[k].concepts {
				covered[c] = true
			}
		}
	}

	out := make([]Sentence, len(picked))
	for i, k := range picked {
		out[i] = sents[cand[k]]
	}
	chronological(out, sents)
	return out
}

// conceptUse is a concept met in an article (numbered).
type conceptUse struct {
	c   uint64
	art int32
}

// articleCounts calls fn with every concept of uses and the number of
// distinct articles it is met in. It sorts uses.
func articleCounts(uses []conceptUse, fn func(c uint64, n int)) {
	slices.SortFunc(uses, func(a, b conceptUse) int {
		if c := cmp.Compare(a.c, b.c); c != 0 {
			return c
		}
		return cmp.Compare(a.art, b.art)
	})
	for i := 0; i < len(uses); {
		j, n := i+1, 1
		for ; j < len(uses) && uses[j].c == uses[i].c; j++ {
			if uses[j].art != uses[j-1].art {
				n++
			}
		}
		fn(uses[i].c, n)
		i = j
	}
}

type artIdx struct {
	article string
	index   int
}

// vectorOf returns the unit-length TF-IDF vector of a term sequence.
func vectorOf(ts []int32, idf []float64) []termWeight {
	var v []termWeight
	for _, t := range ts {
		if t < 0 {
			continue
		}
		found := false
		for i := range v {
			if v[i].term == t {
				v[i].w += idf[t]
				found = true
				break
			}
		}
		if !found {
			v = append(v, termWeight{t, idf[t]})
		}
	}
	slices.SortFunc(v, func(a, b termWeight) int { return cmp.Compare(a.term, b.term) })
	n := 0.0
	for _, tw := range v {
		n += tw.w * tw.w
	}
	if n > 0 {
		n = math.Sqrt(n)
		for i := range v {
			v[i].w /= n
		}
	}
	return v
}

// conceptsOf returns the distinct bigrams of a term sequence that hold at
// least one content word (stopwords are -1 and pair as such).
func conceptsOf(ts []int32) []uint64 {
	var cs []uint64
	for i := 0; i+1 < len(ts); i++ {
		if ts[i] < 0 || ts[i+1] < 0 {
			continue
		}
		c := conceptKey(ts[i], ts[i+1])
		if !slices.Contains(cs, c) {
			cs = append(cs, c)
		}
	}
	return cs
}

func normalize(v []float64) {
	n := 0.0
	for _, x := range v {
		n += x * x
	}
	if n == 0 {
		return
	}
	n = math.Sqrt(n)
	for i := range v {
		v[i] /= n
	}
}

// cosine of two unit vectors sorted by term.
func cosine(a, b []termWeight) float64 {
	s := 0.0
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i].term < b[j].term:
			i++
		case a[i].term > b[j].term:
			j++
		default:
			s += a[i].w * b[j].w
			i++
			j++
		}
	}
	return s
}

// maxSimTo returns, for each analysed sentence, its highest cosine with
// one of others, through an inverted
// index.
func maxSimTo(an []analysis, others [][]termWeight, nTerm int) []float64 {
	out := make([]float64, len(an))
	if len(others) == 0 {
		return out
	}
	post := make([][]termWeight, nTerm) // term -> (other index, weight)
	for o, v := range others {
		for _, tw := range v {
			post[tw.term] = append(post[tw.term], termWeight{int32(o), tw.w})
		}
	}
	acc := make([]float64, len(others))
	var touched []int32
	for k, a := range an {
		for _, tw := range a.vec {
			for _, pw := range post[tw.term] {
				if acc[pw.term] == 0 {
					touched = append(touched, pw.term)
				}
				acc[pw.term] += tw.w * pw.w
			}
		}
		for _, o := range touched {
			out[k] = max(out[k], acc[o])
			acc[o] = 0
		}
		touched = touched[:0]
	}
	return out
}

// degreeCentrality returns each sentence's summed cosine with the other
// sentences, counting only pairs above threshold, divided by the highest.
func degreeCentrality(an []analysis, nTerm int, threshold float64) []float64 {
	out := make([]float64, len(an))
	post := make([][]termWeight, nTerm)
	for o, a := range an {
		for _, tw := range a.vec {
			post[tw.term] = append(post[tw.term], termWeight{int32(o), tw.w})
		}
	}
	acc := make([]float64, len(an))
	var touched []int32
	top := 0.0
	for k, a := range an {
		for _, tw := range a.vec {
			for _, pw := range post[tw.term] {
				if int(pw.term) == k {
					continue
				}
				if acc[pw.term] == 0 {
					touched = append(touched, pw.term)
				}
				acc[pw.term] += tw.w * pw.w
			}
		}
		for _, o := range touched {
			if acc[o] > threshold {
				out[k] += acc[o]
			}
			acc[o] = 0
		}
		touched = touched[:0]
		top = max(top, out[k])
	}
	if top > 0 {
		for k := range out {
			out[k] /= top
		}
	}
	return out
}

// datesDiffer reports whether the candidates come from articles of at
// least two known, different dates.
func datesDiffer(sents []Sentence, cand []int) bool {
	var first time.Time
	for _, i := range cand {
		d := sents[i].Published
		if d.IsZero() {
			continue
		}
		if first.IsZero() {
			first = d
		} else if !d.Equal(first) {
			return true
		}
	}
	return false
}

// earlierNovelty is 1 - the highest similarity of each candidate with a
// sentence of an article published strictly earlier. The postings of the
// dated candidates are kept oldest first, so that each candidate only
// walks those of earlier sentences.
func earlierNovelty(sents []Sentence, cand []int, an []analysis, nTerm int) []float64 {
	date := func(k int) time.Time { return sents[cand[k]].Published }
	var order []int32
	for k := range an {
		if !date(k).IsZero() {
			order = append(order, int32(k))
		}
	}
	slices.SortStableFunc(order, func(a, b int32) int { return date(int(a)).Compare(date(int(b))) })
	post := make([][]termWeight, nTerm) // term -> (candidate, weight), oldest first
	for _, o := range order {
		for _, tw := range an[o].vec {
			post[tw.term] = append(post[tw.term], termWeight{o, tw.w})
		}
	}
	out := make([]float64, len(an))
	acc := make([]float64, len(an))
	var touched []int32
	for k, a := range an {
		d := date(k)
		if d.IsZero() {
			out[k] = 1
			continue
		}
		for _, tw := range a.vec {
			for _, pw := range post[tw.term] {
				if !date(int(pw.term)).Before(d) {
					break
				}
				if acc[pw.term] == 0 {
					touched = append(touched, pw.term)
				}
				acc[pw.term] += tw.w * pw.w
			}
		}
		sim := 0.0
		for _, o := range touched {
			sim = max(sim, acc[o])
			acc[o] = 0
		}
		touched = touched[:0]
		out[k] = 1 - min(1, sim)
	}
	return out
}

// chronological sorts a summary by article date (unknown dates last), then
// by the article's first appearance in sents, then by position.
func chronological(out, sents []Sentence) {
	order := make(map[string]int)
	for _, s := range sents {
		if _, ok := order[s.Article]; !ok {
			order[s.Article] = len(order)
		}
	}
	slices.SortStableFunc(out, func(a, b Sentence) int {
		az, bz := a.Published.IsZero(), b.Published.IsZero()
		switch {
		case az != bz:
			if az {
				return 1
			}
			return -1
		case !az && !a.Published.Equal(b.Published):
			return a.Published.Compare(b.Published)
		}
		if c := cmp.Compare(order[a.Article], order[b.Article]); c != 0 {
			return c
		}
		return cmp.Compare(a.Index, b.Index)
	})
}

// Text joins a summary's sentences with spaces.
func Text(summary []Sentence) string {
	parts := make([]string, len(summary))
	for i, s := range summary {
		parts[i] = s.Text
	}
	return strings.Join(parts, " ")
}
