package timex

import (
	"os"
	"strings"
	"testing"
	"time"
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
	for b.Loop() {
		Find(s, ref)
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
