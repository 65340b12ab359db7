package pipeline

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/markusmobius/go-trafilatura"

	"github.com/recoupe/recoupe/article"
	"github.com/recoupe/recoupe/clean"
	"github.com/recoupe/recoupe/demo"
	"github.com/recoupe/recoupe/internal/cputime"
	"github.com/recoupe/recoupe/meta"
	"github.com/recoupe/recoupe/read"
	"github.com/recoupe/recoupe/shareddata"
)

// textCorpus returns the demo corpus's plain-text articles as files in
// memory (about 2-3 KB each).
func textCorpus(b *testing.B) [][]byte {
	files, err := demo.Files()
	if err != nil {
		b.Fatal(err)
	}
	var out [][]byte
	for _, f := range files {
		if strings.HasSuffix(f.Name, ".txt") {
			out = append(out, f.Data)
		}
	}
	return out
}

// BenchmarkPlainText measures reading, cleaning and metadata of one
// plain-text article (one op = one article), as `analyze` runs them.
// Run with -cpu 1 for the one-core figure.
func BenchmarkPlainText(b *testing.B) {
	corpus := textCorpus(b)
	c := clean.New()
	var n int64
	for _, d := range corpus {
		n += int64(len(d))
	}
	b.SetBytes(n / int64(len(corpus)))
	b.ReportAllocs()
	b.ResetTimer()
	start := cputime.Now()
	defer cputime.Report(b, start)
	for i := 0; i < b.N; i++ {
		docs, err := read.Bytes("a.txt", corpus[i%len(corpus)], read.Options{})
		if err != nil || len(docs) != 1 {
			b.Fatal(err)
		}
		cl := c.Clean(docs[0])
		_ = meta.Extract(docs[0], cl)
	}
}

// benchPages loads up to n pages of the extraction benchmark.
func benchPages(b *testing.B, n int) [][]byte {
	dir, err := shareddata.Path("extraction-benchmark")
	if err != nil {
		b.Skipf("shared data absent: %v", err)
	}
	names, _ := filepath.Glob(filepath.Join(dir, "html", "*.html.gz"))
	var pages [][]byte
	for _, name := range names {
		if len(pages) == n {
			break
		}
		data, err := os.ReadFile(name)
		if err != nil {
			b.Fatal(err)
		}
		raw, err := gunzip(data)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, raw)
	}
	return pages
}

// BenchmarkHTMLPipeline measures reading (main-text extraction), cleaning
// and metadata of one HTML page (one op = one page).
func BenchmarkHTMLPipeline(b *testing.B) {
	pages := benchPages(b, 20)
	c := clean.New()
	b.ResetTimer()
	start := cputime.Now()
	defer cputime.Report(b, start)
	for i := 0; i < b.N; i++ {
		docs, err := read.Bytes("p.html", pages[i%len(pages)], read.Options{})
		if err != nil {
			b.Fatal(err)
		}
		var d *article.Doc = docs[0]
		cl := c.Clean(d)
		_ = meta.Extract(d, cl)
	}
}

// BenchmarkHTMLExtractorAlone measures go-trafilatura alone, with its
// default options, on the same pages (one op = one page): the yardstick of
// BenchmarkHTMLPipeline.
func BenchmarkHTMLExtractorAlone(b *testing.B) {
	pages := benchPages(b, 20)
	b.ResetTimer()
	start := cputime.Now()
	defer cputime.Report(b, start)
	for i := 0; i < b.N; i++ {
		_, _ = trafilatura.Extract(bytes.NewReader(pages[i%len(pages)]), trafilatura.Options{})
	}
}

func gunzip(data []byte) ([]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	return io.ReadAll(zr)
}
