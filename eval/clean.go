package eval

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/recoupe/recoupe/article"
	"github.com/recoupe/recoupe/clean"
	"github.com/recoupe/recoupe/read"
)

// CleanSetDir is the committed French labelled cleaning set, relative to the
// repository root.
const CleanSetDir = "testdata/clean"

// CleanLines runs the cleaner over the labelled set in dir (all files as one
// batch, so that lines repeated across articles of an outlet are learnt as
// they would be in an analysis) and scores the kept lines.
func CleanLines(dir string) (CleanSetScore, error) {
	files, err := LoadCleanSet(dir)
	if err != nil {
		return CleanSetScore{}, err
	}
	docs := make([]*article.Doc, len(files))
	for i, f := range files {
		docs[i] = &article.Doc{
			File:   filepath.Join(dir, f.Name),
			Format: "text",
			Outlet: f.Outlet,
			Lines:  f.Lines,
		}
	}
	cleaned := clean.New().CleanAll(docs)
	kept := make([][]bool, len(files))
	for i, c := range cleaned {
		kept[i] = make([]bool, len(files[i].Lines))
		for _, j := range c.KeptLines {
			if j >= 0 && j < len(kept[i]) {
				kept[i][j] = true
			}
		}
	}
	return ScoreCleanSet(files, kept), nil
}

// CleanHTML measures the whole HTML path -- reading (main-text extraction)
// then cleaning -- on the extraction benchmark in dir, with the benchmark's
// own word-shingle metric.
func CleanHTML(dir string) (HTMLBenchScore, error) {
	c := clean.New()
	return HTMLBenchmark(dir, func(id string, page []byte) (string, error) {
		docs, err := read.Bytes(id+".html", page, read.Options{})
		if err != nil {
			return "", err
		}
		if len(docs) != 1 {
			return "", fmt.Errorf("%s: %d articles read from one page", id, len(docs))
		}
		return strings.Join(c.Clean(docs[0]).Paragraphs, "\n"), nil
	})
}
