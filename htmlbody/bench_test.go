package htmlbody_test

import (
	"bytes"
	"compress/gzip"
	"errors"
	"io"
	"os"
	"path/filepath"
	"sort"
	"testing"

	trafilatura "github.com/markusmobius/go-trafilatura"
	"github.com/recoupe/recoupe/htmlbody"
	"github.com/recoupe/recoupe/shareddata"
)

// benchPages loads the first ten pages of the article-extraction
// benchmark, skipping the benchmark when the shared data is absent.
func benchPages(b *testing.B) [][]byte {
	b.Helper()
	dir, err := shareddata.Path("extraction-benchmark")
	if errors.Is(err, shareddata.ErrNoShared) {
		b.Skipf("extraction benchmark absent: %v", err)
	}
	if err != nil {
		b.Fatal(err)
	}
	files, err := filepath.Glob(filepath.Join(dir, "html", "*.html.gz"))
	if err != nil || len(files) == 0 {
		b.Skipf("no benchmark pages in %s", dir)
	}
	sort.Strings(files)
	var pages [][]byte
	for _, f := range files[:min(10, len(files))] {
		fh, err := os.Open(f)
		if err != nil {
			b.Fatal(err)
		}
		zr, err := gzip.NewReader(fh)
		if err != nil {
			b.Fatal(err)
		}
		page, err := io.ReadAll(zr)
		fh.Close()
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, page)
	}
	return pages
}

// BenchmarkExtract times htmlbody.Extract over ten benchmark pages (one
// op = ten pages).
func BenchmarkExtract(b *testing.B) {
	pages := benchPages(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, p := range pages {
			if _, err := htmlbody.Extract(bytes.NewReader(p), ""); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkTrafilatura times bare go-trafilatura with its default options
// on the same pages, the reference for BenchmarkExtract.
func BenchmarkTrafilatura(b *testing.B) {
	pages := benchPages(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, p := range pages {
			if _, err := trafilatura.Extract(bytes.NewReader(p), trafilatura.Options{}); err != nil {
				b.Fatal(err)
			}
		}
	}
}
