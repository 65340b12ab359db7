package eval

import (
	"errors"
	"testing"
)

// TestCleanHTMLFloor measures the whole HTML path (reading, main-text
// extraction, cleaning) on the extraction benchmark and fails below the
// issue's floor of 0.96 word F1 (measured: 0.974, docs/benchmarks.md).
func TestCleanHTMLFloor(t *testing.T) {
	if testing.Short() {
		t.Skip("skipped under -short: runs the extractor over 181 pages")
	}
	dir, err := SharedData("extraction-benchmark")
	if errors.Is(err, ErrNoShared) {
		t.Skipf("shared data absent, HTML benchmark not run: %v", err)
	}
	if err != nil {
		t.Fatal(err)
	}
	s, err := CleanHTML(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("read+clean on the HTML benchmark: P %.4f R %.4f F1 %.4f (%d pages, %d failed)", s.Precision, s.Recall, s.F1, s.Docs, s.Failed)
	if s.F1 < 0.96 {
		t.Errorf("word F1 %.4f below the floor 0.96", s.F1)
	}
}

// TestCleanLinesFloor runs the cleaner as `recoupe eval clean` does on the
// committed labelled set and fails below the floor of 0.95 line F1.
func TestCleanLinesFloor(t *testing.T) {
	s, err := CleanLines("../" + CleanSetDir)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("labelled set: lines P %.4f R %.4f F1 %.4f; words F1 %.4f", s.Lines.Precision, s.Lines.Recall, s.Lines.F1, s.Words.F1)
	if s.Lines.F1 < 0.95 {
		t.Errorf("line F1 %.4f below the floor 0.95", s.Lines.F1)
	}
}
