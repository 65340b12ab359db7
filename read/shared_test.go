package read_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/recoupe/recoupe/article"
	"github.com/recoupe/recoupe/read"
	"github.com/recoupe/recoupe/shareddata"
)

// mojibake are sequences that UTF-8 text decoded as Windows-1252 shows
// ("Ã©" for "é", "â€™" for "’"): a sign of a wrong decoding.
var mojibake = []string{"Ã©", "Ã¨", "Ã ", "Ã§", "â€™", "â€œ", "Ã‰"}

// readShared reads a directory of the shared data and counts the results.
func readShared(t *testing.T, dir string) (docs []*article.Doc, errs []*read.Error) {
	t.Helper()
	errs = read.Paths([]string{dir}, nil, read.Options{}, func(d *article.Doc) { docs = append(docs, d) })
	for _, d := range docs {
		for _, l := range d.Lines {
			for _, m := range mojibake {
				if strings.Contains(l, m) {
					t.Errorf("%s: mis-decoded line %q", d.File, l)
				}
			}
			if strings.ContainsRune(l, '\uFFFD') {
				t.Errorf("%s: undecodable bytes in %q", d.File, l)
			}
		}
	}
	return docs, errs
}

// TestSharedText reads the plain-text articles of the shared RPM2 corpus
// (UTF-8 with and without BOM, CRLF, LF and CR line ends): every file must
// give one Doc.
func TestSharedText(t *testing.T) {
	dir, err := shareddata.Path("rpm2")
	if err != nil {
		t.Skipf("shared data absent: %v", err)
	}
	top, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	sub, _ := filepath.Glob(filepath.Join(dir, "*", "*.txt"))
	files := append(top, sub...)
	docs, errs := readShared(t, dir)
	for _, e := range errs {
		t.Errorf("unexpected error: %v", e)
	}
	t.Logf("rpm2: %d .txt files, %d docs, %d errors", len(files), len(docs), len(errs))
	if len(docs) != len(files) {
		t.Errorf("%d docs from %d files", len(docs), len(files))
	}
}

// TestSharedHTML reads the gzip-compressed web pages of the shared
// extraction benchmark through the real HTML extractor. Every page must
// give a Doc or say that it has no article; none may be taken for binary
// data or mis-decoded.
func TestSharedHTML(t *testing.T) {
	if testing.Short() {
		t.Skip("slow: runs the HTML extractor on every page")
	}
	dir, err := shareddata.Path("extraction-benchmark")
	if err != nil {
		t.Skipf("shared data absent: %v", err)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "html", "*.html.gz"))
	docs, errs := readShared(t, filepath.Join(dir, "html"))
	noArticle := 0
	for _, e := range errs {
		if e.Reason == "no article text found in the HTML page" {
			noArticle++
			continue
		}
		t.Errorf("unexpected error: %v", e)
	}
	t.Logf("extraction-benchmark: %d pages, %d docs, %d without article text", len(files), len(docs), noArticle)
	if len(docs)+len(errs) != len(files) {
		t.Errorf("%d docs and %d errors from %d files", len(docs), len(errs), len(files))
	}
}
