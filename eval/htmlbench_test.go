package eval

import (
	"bytes"
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/recoupe/recoupe/htmlbody"
)

func TestShingleTP(t *testing.T) {
	tests := []struct {
		name        string
		truth, pred string
		tp, fp, fn  float64
	}{
		// Two shingles each: (a b c d), (b c d e).
		{"identical", "a b c d e", "a b c d e", 1, 0, 0},
		// pred has the single shingle (a b c d): 1 match, 1 missed.
		{"prefix", "a b c d e", "a, b; c\nd", 0.5, 0, 0.5},
		// Fewer than 4 tokens: one shorter shingle each, different.
		{"short", "one two", "one two three", 0, 0.5, 0.5},
		{"both empty", "", "...", 0, 0, 0},
		{"empty prediction", "x", "", 0, 0, 1},
		{"empty truth", "", "x y", 0, 1, 0},
		// Tokens are case-sensitive runs of letters, digits, underscores.
		{"case", "Élan, vital! 42_x", "élan vital 42_x", 0, 0.5, 0.5},
		{"unicode", "Élan, vital! 42_x", "Élan vital 42_x", 1, 0, 0},
		// Multisets: truth has (a b c d) twice plus three other shingles.
		{"multiset", "a b c d a b c d", "a b c d", 0.2, 0, 0.8},
		// pred repeats a shingle the truth has once: 1 match, 1 extra.
		{"extra copy", "a b c d", "a b c d. a b c d", 0.2, 0.8, 0},
	}
	for _, tt := range tests {
		tp, fp, fn := ShingleTP(tt.truth, tt.pred)
		if !near(tp, tt.tp) || !near(fp, tt.fp) || !near(fn, tt.fn) {
			t.Errorf("%s: ShingleTP(%q, %q) = %.3f, %.3f, %.3f, want %.3f, %.3f, %.3f",
				tt.name, tt.truth, tt.pred, tp, fp, fn, tt.tp, tt.fp, tt.fn)
		}
	}
}

func TestHBAggregate(t *testing.T) {
	docs := []HTMLBenchDoc{
		{TP: 1},            // perfect: P 1, R 1
		{FN: 1},            // nothing extracted: no precision, R 0
		{TP: 0.5, FP: 0.5}, // half junk: P 0.5, R 1
	}
	p, r, f1 := hbAggregate(docs)
	wantP, wantR := 0.75, 2.0/3
	wantF1 := 2 * wantP * wantR / (wantP + wantR)
	if !near(p, wantP) || !near(r, wantR) || !near(f1, wantF1) {
		t.Errorf("hbAggregate = %.4f, %.4f, %.4f, want %.4f, %.4f, %.4f", p, r, f1, wantP, wantR, wantF1)
	}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

// htmlBenchFloor is the F1 htmlbody reached on the benchmark (0.978 when
// measured) less 0.01.
const htmlBenchFloor = 0.968

// htmlbodyText is the benchmark's view of htmlbody: the paragraphs joined
// with newlines.
func htmlbodyText(_ string, page []byte) (string, error) {
	p, err := htmlbody.Extract(bytes.NewReader(page), "")
	if err != nil {
		return "", err
	}
	return strings.Join(p.Paragraphs, "\n"), nil
}

func TestHTMLBenchmarkFloor(t *testing.T) {
	if testing.Short() {
		t.Skip("HTML benchmark skipped in -short mode")
	}
	dir, err := SharedData("extraction-benchmark")
	if errors.Is(err, ErrNoShared) {
		t.Skipf("extraction benchmark absent: %v", err)
	}
	if err != nil {
		t.Fatal(err)
	}
	s, err := HTMLBenchmark(dir, htmlbodyText)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("htmlbody on the article-extraction benchmark: F1 %.4f (P %.4f, R %.4f) over %d pages, %d failed",
		s.F1, s.Precision, s.Recall, s.Docs, s.Failed)
	if s.Docs < 100 {
		t.Errorf("only %d pages scored", s.Docs)
	}
	if s.F1 < htmlBenchFloor {
		t.Errorf("F1 %.4f below the floor %.3f", s.F1, htmlBenchFloor)
	}
}
