// Package clustereval scores a clustering of items against gold labels with
// the usual extrinsic measures: BCubed precision and recall (Bagga and
// Baldwin 1998; Amigó et al. 2009), pairwise precision and recall, and
// V-measure (Rosenberg and Hirschberg 2007).
//
// A clustering is given as two parallel label slices, one gold and one
// predicted: item i belongs to the gold class gold[i] and the predicted
// cluster pred[i]. Labels are opaque strings; only equality matters.
package clustereval

import (
	"errors"
	"fmt"
	"math"
)

// ErrLength is returned (wrapped) when the gold and predicted label slices
// differ in length.
var ErrLength = errors.New("gold and predicted labels differ in length")

// PRF is a precision, recall and their harmonic mean.
type PRF struct {
	P, R, F1 float64
}

func newPRF(p, r float64) PRF {
	f := 0.0
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return PRF{P: p, R: r, F1: f}
}

// VMeasure is homogeneity (each cluster holds one class), completeness
// (each class sits in one cluster) and their harmonic mean V.
type VMeasure struct {
	Homogeneity, Completeness, V float64
}

// Scores gathers every measure of one comparison.
type Scores struct {
	// N is the number of items.
	N int
	// Classes and Clusters count the distinct gold and predicted labels.
	Classes, Clusters int
	BCubed            PRF
	Pairwise          PRF
	VMeasure          VMeasure
}

// String renders the scores on one line.
func (s Scores) String() string {
	return fmt.Sprintf("n=%d classes=%d clusters=%d B3 P=%.3f R=%.3f F1=%.3f pair F1=%.3f V=%.3f",
		s.N, s.Classes, s.Clusters, s.BCubed.P, s.BCubed.R, s.BCubed.F1, s.Pairwise.F1, s.VMeasure.V)
}

// table is the contingency table of a comparison.
type table struct {
	n       int
	cells   []cell         // non-empty cells, in order of first item
	cellIdx map[[2]int]int // (class, cluster) -> index in cells
	class   []int          // size of each class
	cluster []int          // size of each cluster
}

func newTable(gold, pred []string) (*table, error) {
	if len(gold) != len(pred) {
		return nil, fmt.Errorf("clustereval: %d gold vs %d predicted: %w", len(gold), len(pred), ErrLength)
	}
	t := &table{n: len(gold), cellIdx: make(map[[2]int]int)}
	gi := map[string]int{}
	pi := map[string]int{}
	for i := range gold {
		g, ok := gi[gold[i]]
		if !ok {
			g = len(t.class)
			gi[gold[i]] = g
			t.class = append(t.class, 0)
		}
		p, ok := pi[pred[i]]
		if !ok {
			p = len(t.cluster)
			pi[pred[i]] = p
			t.cluster = append(t.cluster, 0)
		}
		t.class[g]++
		t.cluster[p]++
		k := [2]int{g, p}
		ci, ok := t.cellIdx[k]
		if !ok {
			ci = len(t.cells)
			t.cellIdx[k] = ci
			t.cells = append(t.cells, cell{class: g, cluster: p})
		}
		t.cells[ci].n++
	}
	return t, nil
}

// cell is one (class, cluster) count of the contingency table.
type cell struct{ class, cluster, n int }

// Compare computes every measure. Empty inputs give zero scores with no
// error; slices of different lengths give an error wrapping ErrLength.
func Compare(gold, pred []string) (Scores, error) {
	t, err := newTable(gold, pred)
	if err != nil {
		return Scores{}, err
	}
	s := Scores{N: t.n, Classes: len(t.class), Clusters: len(t.cluster)}
	if t.n == 0 {
		return s, nil
	}
	s.BCubed = t.bcubed()
	s.Pairwise = t.pairwise()
	s.VMeasure = t.vmeasure()
	return s, nil
}

// BCubed returns BCubed precision, recall and F1: for each item, the share
// of its predicted cluster that shares its gold class (precision) and the
// share of its gold class that shares its predicted cluster (recall),
// averaged over items.
func BCubed(gold, pred []string) (PRF, error) {
	t, err := newTable(gold, pred)
	if err != nil || t.n == 0 {
		return PRF{}, err
	}
	return t.bcubed(), nil
}

// Pairwise returns pairwise precision, recall and F1 over the unordered
// pairs of items: a pair is predicted positive when both items share a
// cluster and truly positive when they share a class. Precision (recall)
// is 1 when there are no predicted (gold) positive pairs.
func Pairwise(gold, pred []string) (PRF, error) {
	t, err := newTable(gold, pred)
	if err != nil || t.n == 0 {
		return PRF{}, err
	}
	return t.pairwise(), nil
}

// V returns homogeneity, completeness and V-measure (beta = 1).
func V(gold, pred []string) (VMeasure, error) {
	t, err := newTable(gold, pred)
	if err != nil || t.n == 0 {
		return VMeasure{}, err
	}
	return t.vmeasure(), nil
}

func (t *table) bcubed() PRF {
	// Every item of cell (g, c) has precision cell/|c| and recall cell/|g|,
	// so sum over cells of cell*cell/size.
	var p, r float64
	for _, c := range t.cells {
		fv := float64(c.n)
		p += fv * fv / float64(t.cluster[c.cluster])
		r += fv * fv / float64(t.class[c.class])
	}
	n := float64(t.n)
	return newPRF(p/n, r/n)
}

func pairs(k int) float64 { return float64(k) * float64(k-1) / 2 }

func (t *table) pairwise() PRF {
	var tp, predPos, goldPos float64
	for _, c := range t.cells {
		tp += pairs(c.n)
	}
	for _, v := range t.cluster {
		predPos += pairs(v)
	}
	for _, v := range t.class {
		goldPos += pairs(v)
	}
	p, r := 1.0, 1.0
	if predPos > 0 {
		p = tp / predPos
	}
	if goldPos > 0 {
		r = tp / goldPos
	}
	return newPRF(p, r)
}

func entropy(sizes []int, n float64) float64 {
	var h float64
	for _, s := range sizes {
		if s > 0 {
			q := float64(s) / n
			h -= q * math.Log(q)
		}
	}
	return h
}

func (t *table) vmeasure() VMeasure {
	n := float64(t.n)
	hC := entropy(t.class, n)   // H(class)
	hK := entropy(t.cluster, n) // H(cluster)
	// Conditional entropies H(C|K) and H(K|C).
	var hCK, hKC float64
	for _, c := range t.cells {
		fv := float64(c.n)
		hCK -= fv / n * math.Log(fv/float64(t.cluster[c.cluster]))
		hKC -= fv / n * math.Log(fv/float64(t.class[c.class]))
	}
	h, c := 1.0, 1.0
	if hC > 0 {
		h = 1 - hCK/hC
	}
	if hK > 0 {
		c = 1 - hKC/hK
	}
	v := 0.0
	if h+c > 0 {
		v = 2 * h * c / (h + c)
	}
	return VMeasure{Homogeneity: h, Completeness: c, V: v}
}
