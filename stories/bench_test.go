package stories_test

import (
	"os"
	"runtime"
	"strconv"
	"testing"

	"github.com/recoupe/recoupe/internal/cputime"
	"github.com/recoupe/recoupe/stories"
	"github.com/recoupe/recoupe/stories/synth"
)

// BenchmarkAdd measures Add with 10k and 100k articles already clustered
// (1M too when RECOUPE_BENCH_1M is set), on the synthetic corpus. It
// reports the heap kept per stored article (B/stored), measured after the
// prefill, and the CPU time per Add (cpu-ns/op), less disturbed than
// wall time on a shared machine.
func BenchmarkAdd(b *testing.B) {
	sizes := []int{10000, 100000}
	if os.Getenv("RECOUPE_BENCH_1M") != "" {
		sizes = append(sizes, 1000000)
	}
	for _, n := range sizes {
		b.Run("stored="+strconv.Itoa(n), func(b *testing.B) {
			g := synth.New(synth.Default)
			runtime.GC()
			var m0, m1 runtime.MemStats
			runtime.ReadMemStats(&m0)
			c := stories.New(stories.Options{})
			for range n {
				d, _ := g.Next()
				c.Add(d)
			}
			runtime.GC()
			runtime.ReadMemStats(&m1)
			perDoc := float64(int64(m1.HeapAlloc)-int64(m0.HeapAlloc)) / float64(n)
			docs := make([]stories.Doc, b.N)
			for i := range docs {
				docs[i], _ = g.Next()
			}
			b.ResetTimer()
			start := cputime.Now()
			for i := range b.N {
				c.Add(docs[i])
			}
			b.StopTimer()
			cputime.Report(b, start)
			b.ReportMetric(perDoc, "B/stored")
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "docs/s")
			runtime.KeepAlive(c)
		})
	}
}
