package summary

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/recoupe/recoupe/internal/cputime"
	"github.com/recoupe/recoupe/shareddata"
)

// rpm2Story loads one RPM2 cluster (10 French articles) from the shared
// data, skipping the test when it is absent.
func rpm2Story(tb testing.TB, topic, cluster string) []Sentence {
	tb.Helper()
	dir, err := shareddata.Path("rpm2")
	if err != nil {
		tb.Skipf("shared data absent: %v", err)
	}
	paths, _ := filepath.Glob(filepath.Join(dir, "documents", topic+"_"+cluster+"_*.txt"))
	if len(paths) == 0 {
		tb.Skipf("no RPM2 documents for %s_%s under %s", topic, cluster, dir)
	}
	var all []Sentence
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		var paras []string
		for i, l := range strings.Split(strings.TrimPrefix(string(data), "\ufeff"), "\n") {
			if l = strings.TrimSpace(l); l != "" && i > 0 {
				paras = append(paras, l)
			}
		}
		all = append(all, ArticleSentences(filepath.Base(p), time.Time{}, paras)...)
	}
	return all
}

func BenchmarkSummarize(b *testing.B) {
	sents := rpm2Story(b, "T01", "C1")
	start := cputime.Now()
	for b.Loop() {
		Summarize(sents, Options{})
	}
	cputime.Report(b, start)
}

func BenchmarkSummarizeUpdate(b *testing.B) {
	sents := rpm2Story(b, "T01", "C2")
	bg := rpm2Story(b, "T01", "C1")
	start := cputime.Now()
	for b.Loop() {
		Summarize(sents, Options{Background: bg})
	}
	cputime.Report(b, start)
}

// BenchmarkSummarizeCold empties the stem and sentence caches before each
// summary.
func BenchmarkSummarizeCold(b *testing.B) {
	sents := rpm2Story(b, "T01", "C1")
	start := cputime.Now()
	for b.Loop() {
		stems.reset()
		sentInfos.reset()
		Summarize(sents, Options{})
	}
	cputime.Report(b, start)
}
