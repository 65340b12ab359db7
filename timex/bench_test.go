package timex

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/recoupe/recoupe/internal/cputime"
	"github.com/recoupe/recoupe/internal/tokens"
)

func benchText(b *testing.B) string {
	text, err := os.ReadFile("testdata/article_fr.txt")
	if err != nil {
		b.Fatal(err)
	}
	return string(text)
}

// BenchmarkFind runs Find over a 3 KB French article.
func BenchmarkFind(b *testing.B) {
	s := benchText(b)
	ref := Ref{Date: time.Date(2019, 3, 8, 0, 0, 0, 0, time.UTC), Lang: "fr"}
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	c0 := cputime.Now()
	for b.Loop() {
		Find(s, ref)
	}
	cputime.Report(b, c0)
}

// BenchmarkFindIn runs FindIn over the same article, its pieces made
// once outside the timer (as the facts stage makes them for all its
// extractors).
func BenchmarkFindIn(b *testing.B) {
	s := benchText(b)
	x := tokens.New(s)
	ref := Ref{Date: time.Date(2019, 3, 8, 0, 0, 0, 0, time.UTC), Lang: "fr"}
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	c0 := cputime.Now()
	for b.Loop() {
		FindIn(x, ref)
	}
	cputime.Report(b, c0)
}

// BenchmarkFromText is the tokenizer reading the pieces of the article.
func BenchmarkFromText(b *testing.B) {
	x := tokens.New(benchText(b))
	var tz tokenizer
	b.SetBytes(int64(len(x.Src)))
	for b.Loop() {
		tz.fromText(x, lexFR, true)
	}
}

// BenchmarkTokenize is the tokenizer alone, on the same article.
func BenchmarkTokenize(b *testing.B) {
	s := benchText(b)
	var tz tokenizer
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		tz.run(s, lexFR, true)
	}
}

// BenchmarkFieldsBaseline is strings.Fields on the same article: a yardstick
// for the machine the benchmarks run on.
func BenchmarkFieldsBaseline(b *testing.B) {
	s := benchText(b)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		strings.Fields(s)
	}
}
