// Command gen-corpus writes the synthetic corpus of the stories benchmarks
// (package stories/synth) as JSON Lines, one article a line with "id",
// "title", "published" and "text", plus a labels file
// (file<TAB>story<TAB>thread, file being "corpus.jsonl#N"), for timing whole
// commands on large inputs:
//
//	go run ./scripts/gen-corpus -n 100000 -out /tmp/corpus
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"

	"github.com/recoupe/recoupe/stories/synth"
)

func main() {
	n := flag.Int("n", 10000, "number of articles")
	out := flag.String("out", "corpus", "output directory")
	seed := flag.Uint64("seed", 1, "random seed")
	flag.Parse()
	if err := run(*n, *out, *seed); err != nil {
		log.Fatal(err)
	}
}

func run(n int, out string, seed uint64) error {
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	cf, err := os.Create(filepath.Join(out, "corpus.jsonl"))
	if err != nil {
		return err
	}
	defer cf.Close()
	lf, err := os.Create(filepath.Join(out, "labels.tsv"))
	if err != nil {
		return err
	}
	defer lf.Close()
	cw, lw := bufio.NewWriter(cf), bufio.NewWriter(lf)
	enc := json.NewEncoder(cw)
	cfg := synth.Default
	cfg.Seed = seed
	g := synth.New(cfg)
	fmt.Fprintln(lw, "# file<TAB>story<TAB>thread")
	for i := range n {
		d, l := g.Next()
		rec := map[string]string{"id": d.ID, "title": d.Title, "published": d.Published.Format("2006-01-02T15:04:05Z07:00"), "text": d.Body}
		if err := enc.Encode(rec); err != nil {
			return err
		}
		fmt.Fprintf(lw, "corpus.jsonl#%d\ts%d\tt%d\n", i+1, l.Story, l.Thread)
	}
	if err := cw.Flush(); err != nil {
		return err
	}
	return lw.Flush()
}
