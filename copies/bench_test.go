package copies

import (
	"encoding/json"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/recoupe/recoupe/internal/cputime"
)

// synth generates synthetic French-looking articles: words drawn from a
// Zipfian vocabulary of pseudo-words, stories of 8 articles sharing
// capitalised names, figures and quotes, one article in ten an edited
// re-publication of the one before, about 3 KB each.
type synth struct {
	vocab  []string
	names  []string
	cities []string
	b      strings.Builder
}

func newSynth() *synth {
	rng := rand.New(rand.NewPCG(1, 2))
	syl := []string{"ma", "re", "ti", "lo", "pu", "sa", "ne", "ro", "vi", "de", "con", "tra", "pre", "men", "ion", "eur", "ar", "il", "ou", "es"}
	word := func(n int) string {
		var b strings.Builder
		for range n {
			b.WriteString(syl[rng.IntN(len(syl))])
		}
		return b.String()
	}
	g := &synth{}
	for range 30000 {
		g.vocab = append(g.vocab, word(1+rng.IntN(4)))
	}
	for range 20000 {
		w := word(2 + rng.IntN(3))
		g.names = append(g.names, strings.ToUpper(w[:1])+w[1:])
	}
	for range 300 {
		w := word(2 + rng.IntN(2))
		g.cities = append(g.cities, strings.ToUpper(w[:1])+w[1:])
	}
	return g
}

var synthBase = time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)

// text writes article i's body.
func (g *synth) text(i int) string {
	rng := rand.New(rand.NewPCG(uint64(i), 7))
	story := rand.New(rand.NewPCG(uint64(i/8), 11))
	zipf := rand.NewZipf(rng, 1.1, 2, uint64(len(g.vocab)-1))
	var names [6]string
	for k := range names {
		names[k] = g.names[story.IntN(len(g.names))]
	}
	figs := [4]int{story.IntN(100000), story.IntN(1000), 10 + story.IntN(90), story.IntN(5000)}
	g.b.Reset()
	for g.b.Len() < 3000 {
		n := 10 + rng.IntN(12)
		for k := range n {
			if k > 0 {
				g.b.WriteByte(' ')
			}
			switch r := rng.IntN(40); {
			case r == 0:
				g.b.WriteString(names[rng.IntN(len(names))])
			case r == 1:
				g.b.WriteString(strconv.Itoa(figs[rng.IntN(len(figs))]))
			case r == 2 && k > 2:
				g.b.WriteString("« " + g.vocab[zipf.Uint64()] + " " + g.vocab[zipf.Uint64()] + " " + g.vocab[zipf.Uint64()] + " »")
			default:
				g.b.WriteString(g.vocab[zipf.Uint64()])
			}
		}
		g.b.WriteString(". ")
		if rng.IntN(5) == 0 {
			g.b.WriteByte('\n')
		}
	}
	return g.b.String()
}

// doc returns article i.
func (g *synth) doc(i int) Doc {
	text := g.text(i)
	if i%10 == 3 && i > 0 {
		// An edited re-publication of article i-1: a cut and a changed
		// word every 40.
		words := strings.Fields(g.text(i - 1))
		words = words[:len(words)*4/5]
		for k := 0; k < len(words); k += 40 {
			words[k] = g.vocab[(i+k)%len(g.vocab)]
		}
		text = strings.Join(words, " ")
	}
	d := Doc{
		ID:        "d" + strconv.Itoa(i),
		Text:      text,
		Published: synthBase.Add(time.Duration(i) * 10 * time.Second),
		Outlet:    "Outlet " + strconv.Itoa(i%500),
		Dateline:  g.cities[(i/8)%len(g.cities)],
		Authors:   []string{g.names[i%len(g.names)] + " " + g.names[(i*7)%len(g.names)]},
	}
	if i%3 == 0 {
		d.Wires = []string{[]string{"AFP", "Reuters", "AP"}[i%9/3]}
	}
	return d
}

func heapInUse() uint64 {
	runtime.GC()
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

// BenchmarkAdd measures Add with 10k and 100k articles already stored,
// and the memory a stored article costs (bytes/doc: the detector's heap
// growth over the stored articles, with and without the fixed 1 MiB
// document-frequency sketch).
func BenchmarkAdd(b *testing.B) {
	g := newSynth()
	for _, stored := range []int{10_000, 100_000} {
		b.Run("stored="+strconv.Itoa(stored), func(b *testing.B) {
			before := heapInUse()
			det := New(Options{})
			for i := range stored {
				det.Add(g.doc(i))
			}
			after := heapInUse()
			perDoc := float64(after-before) / float64(stored)
			fixed := float64(2 << dfLogSize * 2)
			// Fresh articles, generated in chunks outside the timer.
			docs := make([]Doc, 0, 1024)
			next := stored
			fill := func() {
				docs = docs[:0]
				for range cap(docs) {
					docs = append(docs, g.doc(next))
					next++
				}
			}
			fill()
			bytes := 0
			for _, d := range docs {
				bytes += len(d.Text)
			}
			b.SetBytes(int64(bytes / len(docs)))
			b.ResetTimer()
			c0 := cputime.Now()
			links := 0
			for i := 0; i < b.N; i++ {
				if k := i % cap(docs); k == 0 && i > 0 {
					b.StopTimer()
					f0 := cputime.Now()
					fill()
					c0 += cputime.Now() - f0
					b.StartTimer()
				}
				links += len(det.Add(docs[i%cap(docs)]))
			}
			b.StopTimer()
			b.ReportMetric(float64(cputime.Now()-c0)/float64(b.N), "cpu-ns/op")
			b.ReportMetric(perDoc, "bytes/doc")
			b.ReportMetric((float64(after-before)-fixed)/float64(stored), "bytes/doc-sketch")
			b.ReportMetric(float64(links)/float64(b.N), "links/op")
			runtime.KeepAlive(det)
		})
	}
}

// BenchmarkReadFrench measures the reading of an article (tokens,
// shingles, signature, evidence) on the French texts of the copies set,
// reported per 3 KB of text.
func BenchmarkReadFrench(b *testing.B) {
	files, err := filepath.Glob("../testdata/copies/*.json")
	if err != nil || len(files) == 0 {
		b.Skip("no copies set")
	}
	var texts []string
	n := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		var j struct{ Text []string }
		if err := json.Unmarshal(data, &j); err != nil {
			b.Fatal(err)
		}
		texts = append(texts, strings.Join(j.Text, "\n"))
		n += len(texts[len(texts)-1])
	}
	d := New(Options{})
	b.SetBytes(int64(n / len(texts)))
	b.ResetTimer()
	c0 := cputime.Now()
	for i := 0; i < b.N; i++ {
		d.read(Doc{Text: texts[i%len(texts)], Outlet: "AFP", Authors: []string{"Jean Dupont"}, Dateline: "Paris"})
	}
	cpu := float64(cputime.Now()-c0) / float64(b.N)
	b.ReportMetric(cpu, "cpu-ns/op")
	b.ReportMetric(cpu/float64(n/len(texts))*3000, "cpu-ns/3KB")
}
