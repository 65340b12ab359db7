package stories

import (
	"cmp"
	"math"
	"slices"
)

// entry is one weighted term of a sparse vector.
type entry struct {
	id uint32
	w  float32
}

// vec is a sparse vector, sorted by term id.
type vec []entry

// dot returns the inner product of two sorted sparse vectors.
func dot(a, b vec) float32 {
	var s float32
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i].id < b[j].id:
			i++
		case a[i].id > b[j].id:
			j++
		default:
			s += a[i].w * b[j].w
			i++
			j++
		}
	}
	return s
}

func (v vec) norm() float32 {
	var s float64
	for _, e := range v {
		s += float64(e.w) * float64(e.w)
	}
	return float32(math.Sqrt(s))
}

// topK keeps the k heaviest entries of v (ties by id), normalises them to
// unit length and sorts them by id. v is reordered in place.
func topK(v vec, k int) vec {
	if len(v) > k {
		v = selectTop(v, k)
	}
	slices.SortFunc(v, byID)
	if n := v.norm(); n > 0 {
		for i := range v {
			v[i].w /= n
		}
	}
	return v
}

// centroid is the sum of the unit vectors of a group of documents, pruned
// to its heaviest terms, with the norm of what is kept.
type centroid struct {
	v    vec
	norm float32
}

// scratch is working space reused across centroid updates.
type scratch struct{ merged, sel vec }

// add adds the vector d scaled by f and prunes the result to limit terms.
func (c *centroid) add(d vec, f float32, limit int, sc *scratch) {
	if len(d) == 0 {
		return
	}
	out := sc.merged[:0]
	i, j := 0, 0
	for i < len(c.v) || j < len(d) {
		switch {
		case j == len(d) || (i < len(c.v) && c.v[i].id < d[j].id):
			out = append(out, c.v[i])
			i++
		case i == len(c.v) || d[j].id < c.v[i].id:
			out = append(out, entry{d[j].id, d[j].w * f})
			j++
		default:
			out = append(out, entry{c.v[i].id, c.v[i].w + d[j].w*f})
			i++
			j++
		}
	}
	sc.merged = out
	if len(out) > limit {
		out, sc.sel = prune(out, limit, sc.sel)
	}
	if cap(c.v) >= len(out) {
		c.v = c.v[:len(out)]
	} else {
		c.v = make(vec, len(out))
	}
	copy(c.v, out)
	c.norm = c.v.norm()
}

// cos returns the cosine of the unit vector d with the centroid.
func (c *centroid) cos(d vec) float32 {
	if c.norm == 0 || len(d) == 0 {
		return 0
	}
	return dot(d, c.v) / c.norm
}

// cosC returns the cosine of two centroids.
func cosC(a, b *centroid) float32 {
	if a.norm == 0 || b.norm == 0 {
		return 0
	}
	return dot(a.v, b.v) / (a.norm * b.norm)
}

// heaviest returns the ids of the k heaviest entries of v.
func heaviest(v vec, k int, out []uint32) []uint32 {
	out = out[:0]
	if len(v) <= k {
		for _, e := range v {
			out = append(out, e.id)
		}
		return out
	}
	tmp := selectTop(slices.Clone(v), k)
	for _, e := range tmp {
		out = append(out, e.id)
	}
	return out
}

func byID(a, b entry) int { return cmp.Compare(a.id, b.id) }

// heavier orders entries by decreasing weight, then by id.
func heavier(a, b entry) bool {
	if a.w != b.w {
		return a.w > b.w
	}
	return a.id < b.id
}

// selectTop moves the k heaviest entries of v to its front (in no
// particular order) and returns them; v is reordered in place.
func selectTop(v vec, k int) vec {
	if k <= 0 {
		return v[:0]
	}
	if k >= len(v) {
		return v
	}
	lo, hi := 0, len(v)-1
	for lo < hi {
		// Median of three as pivot.
		mid := lo + (hi-lo)/2
		if heavier(v[mid], v[lo]) {
			v[mid], v[lo] = v[lo], v[mid]
		}
		if heavier(v[hi], v[lo]) {
			v[hi], v[lo] = v[lo], v[hi]
		}
		if heavier(v[mid], v[hi]) {
			v[mid], v[hi] = v[hi], v[mid]
		}
		p := v[hi]
		i := lo
		for j := lo; j < hi; j++ {
			if heavier(v[j], p) {
				v[i], v[j] = v[j], v[i]
				i++
			}
		}
		v[i], v[hi] = v[hi], v[i]
		switch {
		case i == k || i == k-1:
			return v[:k]
		case i < k:
			lo = i + 1
		default:
			hi = i - 1
		}
	}
	return v[:k]
}

// query holds the vectors of one side of many comparisons spread out by
// term id, so that the inner product with a sparse vector costs one load
// per entry of that vector, with no merge. Title terms share their ids
// with text terms and get their own array; names have ids of their own
// and share the text's.
type query struct {
	text, title []float32
	loaded      [3]vec
	norms       [3]float32
}

// load spreads out the three views (title, text, names) of one side.
// norms are the views' norms (1 for unit vectors).
func (q *query) load(views [3]vec, norms [3]float32, vocabSize int) {
	if len(q.text) < vocabSize {
		n := max(vocabSize, 2*len(q.text))
		q.text = append(q.text, make([]float32, n-len(q.text))...)
		q.title = append(q.title, make([]float32, n-len(q.title))...)
	}
	q.loaded, q.norms = views, norms
	for _, e := range views[0] {
		q.title[e.id] = e.w
	}
	for _, e := range views[1] {
		q.text[e.id] = e.w
	}
	for _, e := range views[2] {
		q.text[e.id] = e.w
	}
}

// unload clears what load set.
func (q *query) unload() {
	for _, e := range q.loaded[0] {
		q.title[e.id] = 0
	}
	for _, e := range q.loaded[1] {
		q.text[e.id] = 0
	}
	for _, e := range q.loaded[2] {
		q.text[e.id] = 0
	}
	q.loaded = [3]vec{}
}

// dot returns the inner product of view i of the loaded side with v.
func (q *query) dot(i int, v vec) float32 {
	a := q.text
	if i == 0 {
		a = q.title
	}
	var s float32
	for _, e := range v {
		s += a[e.id] * e.w
	}
	return s
}

// cos returns the cosine of view i of the loaded side with the centroid.
func (q *query) cos(i int, c *centroid) float32 {
	if c.norm == 0 || q.norms[i] == 0 {
		return 0
	}
	return q.dot(i, c.v) / (c.norm * q.norms[i])
}

// prune keeps the k heaviest entries of v (ties by id) in their order.
// scratch is reused; the result aliases v.
func prune(v vec, k int, scratch vec) (vec, vec) {
	if len(v) <= k {
		return v, scratch
	}
	scratch = append(scratch[:0], v...)
	top := selectTop(scratch, k)
	// The k-th heaviest entry is the lightest of top.
	cut := top[0]
	for _, e := range top[1:] {
		if heavier(cut, e) {
			cut = e
		}
	}
	out := v[:0]
	for _, e := range v {
		if !heavier(cut, e) { // e is cut or heavier
			out = append(out, e)
		}
	}
	return out, scratch
}
