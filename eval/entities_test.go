package eval

import (
	"path/filepath"
	"testing"
)

func TestVariantPairs(t *testing.T) {
	sc, err := VariantPairs(filepath.Join("..", "testdata", "variants", "pairs.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("variant pairs: %d same, %d diff; precision %.3f, recall %.3f", sc.Positives, sc.Negatives, sc.Precision, sc.Recall)
	for _, p := range sc.Missed {
		t.Logf("missed: %s %q / %s %q", p.KindA, p.NameA, p.KindB, p.NameB)
	}
	for _, p := range sc.Wrong {
		t.Logf("wrongly merged: %s %q / %s %q", p.KindA, p.NameA, p.KindB, p.NameB)
	}
	if sc.Positives < 60 || sc.Negatives < 30 {
		t.Errorf("the list has %d same and %d diff pairs, want at least 60 and 30", sc.Positives, sc.Negatives)
	}
	if sc.Precision < 0.98 {
		t.Errorf("precision %.3f < 0.98", sc.Precision)
	}
	if sc.Recall < 0.9 {
		t.Errorf("recall %.3f < 0.9", sc.Recall)
	}
}
