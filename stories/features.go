package stories

import (
	"math"
	"slices"
	"strings"
	"time"
)

// features is what the clusterer keeps of one document: three unit
// TF-IDF vectors (views) and its day.
type features struct {
	title, body, ent vec
	day              float64 // days since the Unix epoch
	dated            bool
	yday             float64 // 0-based day of the year, real or estimated
	hasYday          bool
}

// extractor turns documents into features. It owns the vocabulary and
// scratch space reused from one document to the next.
type extractor struct {
	voc     *vocab
	buf     []byte
	keyBuf  []byte
	titleTF counts
	bodyTF  counts
	entTF   counts
	seq     []string // current proper-name sequence (folded words)
	seqW    float32
	seqFrom bool // the sequence starts a sentence
	seqCaps bool // the sequence is one acronym
	link    string
	opts    *Options
	lines   []lineInfo
	// weighBuf is working space of weigh.
	weighBuf vec
	// words caches, by folded word, its term id, or wordStop / wordSkip.
	words wordCache
}

type lineInfo struct {
	text string
	w    float32
}

const (
	wordStop = -1 // a stopword
	wordSkip = -2 // too short to count
	// maxCachedWords bounds the word cache; it is emptied when full.
	maxCachedWords = 1 << 20
)

func newExtractor(voc *vocab, opts *Options) *extractor {
	return &extractor{
		voc:  voc,
		opts: opts,
	}
}

// word returns the term id of the folded word f, or wordStop or wordSkip.
func (x *extractor) word(f []byte) int32 {
	h := wordHash(f)
	if id, ok := x.words.get(h); ok {
		return id
	}
	var id int32
	switch {
	case isStop(f):
		id = wordStop
	case len(f) < 2 || (isDigits(f) && len(f) < 3):
		id = wordSkip
	default:
		st := stem(append([]byte(nil), f...))
		id = int32(x.termID(st))
	}
	x.words.put(h, id, maxCachedWords)
	return id
}

func isDigits(f []byte) bool {
	for _, c := range f {
		if !isDigit(c) {
			return false
		}
	}
	return true
}

// termID interns a folded, stemmed word of the text views.
func (x *extractor) termID(st []byte) uint32 {
	return x.voc.id(st, func() int32 { return stemRank(st) })
}

// entID interns a proper name (its folded words joined by spaces).
func (x *extractor) entID(name string) uint32 {
	x.keyBuf = append(x.keyBuf[:0], '@')
	x.keyBuf = append(x.keyBuf, name...)
	return x.voc.id(x.keyBuf, func() int32 {
		// A name is as rare as its rarest word.
		best := int32(0)
		var b []byte
		for _, w := range strings.Fields(name) {
			if nameLinks[w] {
				continue
			}
			b = append(b[:0], w...)
			if r := stemRank(stem(b)); r > best {
				best = r
			}
		}
		if best == 0 {
			best = unknownRank
		}
		return best
	})
}

// endName closes the current proper-name sequence and counts it.
func (x *extractor) endName() {
	seq := x.seq
	x.seq = x.seq[:0]
	x.link = ""
	if len(seq) == 0 {
		return
	}
	if x.seqFrom && len(seq) == 1 && !x.seqCaps {
		// A lone capitalised word opening a sentence is taken for an
		// ordinary word ("Quand", "Rassurer"); names recur elsewhere.
		return
	}
	w := x.seqW
	if len(seq) == 1 {
		x.entTF.add(x.entID(seq[0]), w)
		return
	}
	x.entTF.add(x.entID(strings.Join(seq, " ")), w)
	for _, s := range seq {
		if !nameLinks[s] {
			x.entTF.add(x.entID(s), w)
		}
	}
}

// line adds one line of text with weight w to the text view tf (and to
// the title view when title is set) and finds its proper names unless the
// document brings its own entities.
func (x *extractor) line(s string, w float32, title, names bool) {
	x.buf = tokenize(s, x.buf, func(t *token) {
		f := t.folded
		wid := x.word(f)
		stop := wid == wordStop
		if names {
			switch {
			case (t.cap || t.caps) && !t.digits && len(f) > 1 && !(stop && !t.caps):
				if len(x.seq) > 0 && !t.joined {
					x.endName()
				}
				if len(x.seq) == 0 {
					x.seqFrom = t.start
					x.seqW = w
					x.seqCaps = t.caps
				} else if x.link != "" {
					x.seq = append(x.seq, x.link)
					x.link = ""
					x.seqCaps = false
				} else {
					x.seqCaps = false
				}
				x.seq = append(x.seq, string(f))
			case len(x.seq) > 0 && t.joined && x.link == "" && nameLinks[string(f)]:
				x.link = string(f)
			default:
				x.endName()
			}
		}
		if wid < 0 {
			return
		}
		id := uint32(wid)
		x.bodyTF.add(id, w)
		if title {
			x.titleTF.add(id, 1)
		}
	})
	if names {
		x.endName()
	}
}

// extract computes the features of d and updates the document
// frequencies.
func (x *extractor) extract(d *Doc) features {
	x.titleTF.reset()
	x.bodyTF.reset()
	x.entTF.reset()
	names := len(d.Entities) == 0
	if d.Title != "" {
		x.line(d.Title, x.opts.TitleWeight, true, names)
	}
	// Weigh the body lines; when almost nothing looks like prose (a body
	// given without line breaks, or a short dispatch), weigh all alike.
	x.lines = x.lines[:0]
	prose := 0
	for l := range strings.Lines(d.Body) {
		n := countWords(l)
		w := lineWeight(l, n)
		if w == 1 {
			prose += n
		}
		if n > 0 {
			x.lines = append(x.lines, lineInfo{l, w})
		}
	}
	flat := prose < 30
	for _, l := range x.lines {
		w := l.w
		if flat {
			w = 1
		}
		x.line(l.text, w, false, names)
	}
	if !names {
		for _, e := range d.Entities {
			if f := strings.Join(strings.Fields(fold(e)), " "); f != "" {
				x.entTF.add(x.entID(f), 1)
			}
		}
	}
	// Online document frequencies, then the weights.
	x.voc.n++
	for _, id := range x.bodyTF.ids {
		x.voc.df[id]++
	}
	for _, id := range x.entTF.ids {
		x.voc.df[id]++
	}
	var f features
	f.title = x.weigh(&x.titleTF, x.opts.TitleTerms)
	f.body = x.weigh(&x.bodyTF, x.opts.BodyTerms)
	f.ent = x.weigh(&x.entTF, x.opts.EntityTerms)
	switch {
	case !d.Published.IsZero():
		f.dated = true
		f.day = float64(d.Published.Unix()) / float64(24*time.Hour/time.Second)
		p := d.Published.UTC()
		f.yday, f.hasYday = MonthDay{p.Month(), p.Day()}.yearDay(), true
	case !d.TextDay.IsZero() && validMonthDay(int(d.TextDay.Month), d.TextDay.Day):
		f.yday, f.hasYday = d.TextDay.yearDay(), true
	}
	return f
}

// weigh turns term counts into a pruned unit TF-IDF vector.
func (x *extractor) weigh(tf *counts, k int) vec {
	if len(tf.ids) == 0 {
		return nil
	}
	v := x.weighBuf[:0]
	for _, id := range tf.ids {
		c := tf.w[id]
		if c <= 0 {
			continue
		}
		t := c // sublinear above one occurrence, linear below
		if c > 1 {
			t = float32(1 + math.Log(float64(c)))
		}
		w := t * x.voc.idf(id)
		if w > 0 {
			v = append(v, entry{id, w})
		}
	}
	x.weighBuf = v
	v = topK(v, k)
	return slices.Clone(v)
}

// counts are the weighted term counts of one document, spread out by term
// id, with the list of the ids set.
type counts struct {
	w   []float32
	ids []uint32
}

// add adds w > 0 to the count of id.
func (c *counts) add(id uint32, w float32) {
	if int(id) >= len(c.w) {
		c.w = append(c.w, make([]float32, max(int(id)+1-len(c.w), len(c.w)))...)
	}
	if c.w[id] == 0 {
		c.ids = append(c.ids, id)
	}
	c.w[id] += w
}

func (c *counts) reset() {
	for _, id := range c.ids {
		c.w[id] = 0
	}
	c.ids = c.ids[:0]
}
