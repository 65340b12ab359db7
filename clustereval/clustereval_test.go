package clustereval

import (
	"errors"
	"math"
	"testing"
)

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

// The expected values below were computed by hand; the derivation is in
// the comment of each case.
func TestCompare(t *testing.T) {
	// Case "mixed": gold a a a b b, pred 1 1 2 2 2.
	// Cells (a,1)=2 (a,2)=1 (b,2)=2; |1|=2 |2|=3 |a|=3 |b|=2.
	// B3 P = (2*2/2 + 1*1/3 + 2*2/3)/5 = (2 + 1/3 + 4/3)/5 = 11/15.
	// B3 R = (2*2/3 + 1*1/3 + 2*2/2)/5 = 11/15.
	// Pairs: TP = 1+0+1 = 2, predicted = 1+3 = 4, gold = 3+1 = 4 -> 1/2.
	// H(C) = -(.6 ln .6 + .4 ln .4); H(C|K) = .2 ln 3 + .4 ln 1.5;
	// h = 1 - H(C|K)/H(C) = 0.432538...; by symmetry c = h, V = h.
	hc := -(0.6*math.Log(0.6) + 0.4*math.Log(0.4))
	hm := 1 - (0.2*math.Log(3)+0.4*math.Log(1.5))/hc
	tests := []struct {
		name       string
		gold, pred []string
		b3         PRF
		pair       PRF
		v          VMeasure
	}{
		{
			name: "perfect",
			gold: []string{"a", "a", "b", "c"},
			pred: []string{"x", "x", "y", "z"},
			b3:   PRF{1, 1, 1}, pair: PRF{1, 1, 1}, v: VMeasure{1, 1, 1},
		},
		{
			name: "mixed",
			gold: []string{"a", "a", "a", "b", "b"},
			pred: []string{"1", "1", "2", "2", "2"},
			b3:   PRF{11.0 / 15, 11.0 / 15, 11.0 / 15},
			pair: PRF{0.5, 0.5, 0.5},
			v:    VMeasure{hm, hm, hm},
		},
		{
			// One cluster: every item's precision is 2/4, recall 1.
			// Pairs: TP 2 of 6 predicted, all 2 gold. h = 0, c = 1.
			name: "lumped",
			gold: []string{"a", "a", "b", "b"},
			pred: []string{"x", "x", "x", "x"},
			b3:   PRF{0.5, 1, 2.0 / 3},
			pair: PRF{1.0 / 3, 1, 0.5},
			v:    VMeasure{0, 1, 0},
		},
		{
			// Singletons: precision 1, recall 1/2 per item. No predicted
			// pair: precision 1, recall 0. h = 1; H(K|C) = ln 2,
			// H(K) = ln 4, c = 1/2, V = 2/3.
			name: "singletons",
			gold: []string{"a", "a", "b", "b"},
			pred: []string{"1", "2", "3", "4"},
			b3:   PRF{1, 0.5, 2.0 / 3},
			pair: PRF{1, 0, 0},
			v:    VMeasure{1, 0.5, 2.0 / 3},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, err := Compare(tc.gold, tc.pred)
			if err != nil {
				t.Fatal(err)
			}
			if !near(s.BCubed.P, tc.b3.P) || !near(s.BCubed.R, tc.b3.R) || !near(s.BCubed.F1, tc.b3.F1) {
				t.Errorf("BCubed = %+v, want %+v", s.BCubed, tc.b3)
			}
			if !near(s.Pairwise.P, tc.pair.P) || !near(s.Pairwise.R, tc.pair.R) || !near(s.Pairwise.F1, tc.pair.F1) {
				t.Errorf("Pairwise = %+v, want %+v", s.Pairwise, tc.pair)
			}
			if !near(s.VMeasure.Homogeneity, tc.v.Homogeneity) || !near(s.VMeasure.Completeness, tc.v.Completeness) || !near(s.VMeasure.V, tc.v.V) {
				t.Errorf("VMeasure = %+v, want %+v", s.VMeasure, tc.v)
			}
			// The single-measure functions agree with Compare.
			b, _ := BCubed(tc.gold, tc.pred)
			p, _ := Pairwise(tc.gold, tc.pred)
			v, _ := V(tc.gold, tc.pred)
			if b != s.BCubed || p != s.Pairwise || v != s.VMeasure {
				t.Errorf("single functions disagree with Compare")
			}
		})
	}
}

func TestCompareErrors(t *testing.T) {
	if _, err := Compare([]string{"a"}, nil); !errors.Is(err, ErrLength) {
		t.Errorf("length mismatch: err = %v, want ErrLength", err)
	}
	s, err := Compare(nil, nil)
	if err != nil || s.N != 0 || s.BCubed.F1 != 0 {
		t.Errorf("empty: %+v, %v", s, err)
	}
}

// Swapping gold and predicted swaps precision and recall, homogeneity and
// completeness.
func TestSymmetry(t *testing.T) {
	gold := []string{"a", "a", "b", "b", "b", "c", "c"}
	pred := []string{"1", "2", "2", "2", "3", "3", "3"}
	s1, _ := Compare(gold, pred)
	s2, _ := Compare(pred, gold)
	if !near(s1.BCubed.P, s2.BCubed.R) || !near(s1.Pairwise.P, s2.Pairwise.R) ||
		!near(s1.VMeasure.Homogeneity, s2.VMeasure.Completeness) {
		t.Errorf("not symmetric: %v vs %v", s1, s2)
	}
}
