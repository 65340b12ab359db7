package ingest

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/recoupe/recoupe/internal/cputime"
	"github.com/recoupe/recoupe/read"
	"github.com/recoupe/recoupe/stories/synth"
)

// benchStore returns the path of a store holding the first n articles of
// the generated corpus (seed 1, as scripts/gen-corpus writes it). Stores
// are built once and kept in RECOUPE_BENCH_DIR (default: the system's
// temporary directory), as building 100k articles takes minutes.
func benchStore(b *testing.B, n int) string {
	dir := os.Getenv("RECOUPE_BENCH_DIR")
	if dir == "" {
		dir = os.TempDir()
	}
	path := filepath.Join(dir, fmt.Sprintf("recoupe-bench-%d-v2.db", n))
	if _, err := os.Stat(path); err == nil {
		return path
	}
	tmp := path + ".building"
	os.Remove(tmp)
	db := openStore(b, tmp)
	e, err := Open(context.Background(), db, Options{RebuildEvery: 20_000})
	if err != nil {
		b.Fatal(err)
	}
	g := synth.New(synth.Default)
	start := time.Now()
	for done := 0; done < n; {
		k := min(DefaultBatch, n-done)
		docs, err := read.Bytes("corpus.jsonl", nextJSONL(b, g, k), read.Options{})
		if err != nil {
			b.Fatal(err)
		}
		if _, err := e.Add(context.Background(), docs); err != nil {
			b.Fatal(err)
		}
		done += k
	}
	if _, err := e.Flush(context.Background()); err != nil {
		b.Fatal(err)
	}
	if err := db.Close(); err != nil {
		b.Fatal(err)
	}
	b.Logf("built a store of %d articles in %v", n, time.Since(start).Round(time.Second))
	if err := os.Rename(tmp, path); err != nil {
		b.Fatal(err)
	}
	return path
}

// nextJSONL draws k articles from g as JSON Lines.
func nextJSONL(tb testing.TB, g *synth.Generator, k int) []byte {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	for range k {
		d, _ := g.Next()
		rec := map[string]string{"id": d.ID, "title": d.Title, "published": d.Published.Format(time.RFC3339), "text": d.Body}
		if err := enc.Encode(rec); err != nil {
			tb.Fatal(err)
		}
	}
	return buf.Bytes()
}

func copyFile(dst, src string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.Create(dst)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

// BenchmarkIngest measures the incremental ingestion of the generated
// corpus into the SQLite store, one op being one article and every stage
// included: reading JSON Lines, cleaning, metadata, facts, copies,
// stories, the batch's transaction and the rebuild of the stories it
// touched, in batches of DefaultBatch. The store already holds 10k or
// 100k articles (the next ones of the same stream are added). Run with
// -cpu 1 for the one-core figure; "art/s" is from CPU time.
//
// rebuild=batch rebuilds the touched stories after every batch;
// rebuild=end only once, after the last batch (Options.RebuildEvery as a
// bulk load sets it), the rebuild being inside the timing; rebuild=none
// leaves the stories dirty: the streaming part alone.
func BenchmarkIngest(b *testing.B) {
	for _, n := range []int{10_000, 100_000} {
		for _, mode := range []string{"batch", "end", "none"} {
			b.Run(fmt.Sprintf("stored=%dk/rebuild=%s", n/1000, mode), func(b *testing.B) { benchIngest(b, n, mode) })
		}
	}
}

func benchIngest(b *testing.B, n int, mode string) {
	every := 0
	if mode != "batch" {
		every = 1 << 30
	}
	if n > 10_000 && os.Getenv("RECOUPE_BENCH_LARGE") == "" {
		b.Skip("set RECOUPE_BENCH_LARGE=1 to build (once) and use a 100k-article store")
	}
	src := benchStore(b, n)
	path := filepath.Join(b.TempDir(), "bench.db")
	if err := copyFile(path, src); err != nil {
		b.Fatal(err)
	}
	db := openStore(b, path)
	defer db.Close()
	t0, c0 := time.Now(), cputime.Now()
	e, err := Open(context.Background(), db, Options{RebuildEvery: every})
	if err != nil {
		b.Fatal(err)
	}
	replayCPU, replayWall := cputime.Now()-c0, time.Since(t0)
	g := synth.New(synth.Default)
	nextJSONL(b, g, n) // skip the stored articles
	// Input prepared outside the timer, read inside it.
	var inputs [][]byte
	for done := 0; done < b.N; {
		k := min(DefaultBatch, b.N-done)
		inputs = append(inputs, nextJSONL(b, g, k))
		done += k
	}
	b.ResetTimer()
	start := cputime.Now()
	for _, in := range inputs {
		docs, err := read.Bytes("corpus.jsonl", in, read.Options{})
		if err != nil {
			b.Fatal(err)
		}
		if _, err := e.Add(context.Background(), docs); err != nil {
			b.Fatal(err)
		}
	}
	if mode != "none" {
		if _, err := e.Flush(context.Background()); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	cpu := cputime.Now() - start
	cputime.Report(b, start)
	b.ReportMetric(replayCPU.Seconds(), "replay-cpu-s")
	b.ReportMetric(replayWall.Seconds(), "replay-s")
	if cpu > 0 {
		b.ReportMetric(float64(b.N)/cpu.Seconds(), "art/s")
	}

}
