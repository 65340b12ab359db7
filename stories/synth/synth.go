// Package synth generates a synthetic stream of news articles for
// benchmarks: pseudo-words drawn from a Zipfian vocabulary, mixed with the
// words of a topic (a thread) and of an event (a story), with capitalised
// names, dated in publication order. The same Config always gives the same
// stream.
package synth

import (
	"math/rand/v2"
	"strconv"
	"strings"
	"time"

	"github.com/recoupe/recoupe/stories"
)

// Config sets up a Generator. Zero fields take the values of Default.
type Config struct {
	Seed uint64
	// Vocab is the size of the background vocabulary.
	Vocab int
	// Active is the number of stories running at once.
	Active int
	// Lines and WordsPerLine shape a body.
	Lines, WordsPerLine int
	// Step is the time between two articles.
	Step time.Duration
	// Start is the publication time of the first article.
	Start time.Time
}

// Default is the configuration of the benchmarks.
var Default = Config{
	Seed: 1, Vocab: 50000, Active: 300, Lines: 8, WordsPerLine: 30,
	Step: 30 * time.Second, Start: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC),
}

// Label is the truth of one generated article.
type Label struct {
	Story, Thread int
}

type story struct {
	id, topic int
	words     []string
	names     []string
	left      int // articles still to come
}

// Generator yields articles one at a time.
type Generator struct {
	cfg     Config
	r       *rand.Rand
	zipf    *rand.Zipf
	vocab   []string
	topics  [][]string
	active  []*story
	stories int
	n       int
	sb      strings.Builder
}

// New returns a generator.
func New(cfg Config) *Generator {
	d := Default
	if cfg.Vocab <= 0 {
		cfg.Vocab = d.Vocab
	}
	if cfg.Active <= 0 {
		cfg.Active = d.Active
	}
	if cfg.Lines <= 0 {
		cfg.Lines = d.Lines
	}
	if cfg.WordsPerLine <= 0 {
		cfg.WordsPerLine = d.WordsPerLine
	}
	if cfg.Step <= 0 {
		cfg.Step = d.Step
	}
	if cfg.Start.IsZero() {
		cfg.Start = d.Start
	}
	r := rand.New(rand.NewPCG(cfg.Seed, 0xc0ffee))
	g := &Generator{cfg: cfg, r: r, zipf: rand.NewZipf(r, 1.07, 2, uint64(cfg.Vocab-1))}
	g.vocab = make([]string, cfg.Vocab)
	for i := range g.vocab {
		g.vocab[i] = g.word(i)
	}
	for range cfg.Active {
		g.active = append(g.active, g.newStory())
	}
	return g
}

var syllables = []string{"ba", "ce", "di", "fo", "gu", "la", "me", "ni", "po", "ru", "sa", "te", "vi", "zo", "ran", "mel", "tor", "ques", "lin", "pra"}

// word builds the pseudo-word of rank i (longer words for rarer ranks).
func (g *Generator) word(i int) string {
	var b strings.Builder
	n := i
	k := 2 + i/5000
	for j := 0; j < k || n > 0; j++ {
		b.WriteString(syllables[n%len(syllables)])
		n /= len(syllables)
	}
	return b.String()
}

func (g *Generator) newStory() *story {
	// A new story opens a new topic one time in three, else follows an
	// existing topic.
	if len(g.topics) == 0 || g.r.IntN(3) == 0 {
		ws := make([]string, 40)
		for i := range ws {
			ws[i] = g.vocab[500+g.r.IntN(len(g.vocab)-500)]
		}
		g.topics = append(g.topics, ws)
	}
	s := &story{id: g.stories, topic: len(g.topics) - 1 - g.r.IntN(min(len(g.topics), 20)), left: 3 + g.r.IntN(40)}
	g.stories++
	s.words = make([]string, 15)
	for i := range s.words {
		s.words[i] = g.vocab[1000+g.r.IntN(len(g.vocab)-1000)]
	}
	for range 3 {
		s.names = append(s.names, strings.ToUpper(g.vocab[2000+g.r.IntN(len(g.vocab)-2000)][:1])+g.vocab[2000+g.r.IntN(len(g.vocab)-2000)][1:])
	}
	return s
}

func (g *Generator) pick(s *story) string {
	switch x := g.r.IntN(100); {
	case x < 20:
		return g.topics[s.topic][g.r.IntN(len(g.topics[s.topic]))]
	case x < 32:
		return s.words[g.r.IntN(len(s.words))]
	case x < 36:
		return s.names[g.r.IntN(len(s.names))]
	}
	return g.vocab[g.zipf.Uint64()]
}

// Next returns the next article and its truth.
func (g *Generator) Next() (stories.Doc, Label) {
	i := g.r.IntN(len(g.active))
	s := g.active[i]
	g.sb.Reset()
	for range 8 {
		g.sb.WriteString(g.pick(s))
		g.sb.WriteByte(' ')
	}
	title := strings.TrimSpace(g.sb.String())
	g.sb.Reset()
	for range g.cfg.Lines {
		for w := range g.cfg.WordsPerLine {
			if w > 0 {
				g.sb.WriteByte(' ')
			}
			g.sb.WriteString(g.pick(s))
		}
		g.sb.WriteString(".\n")
	}
	d := stories.Doc{
		ID:        "g" + strconv.Itoa(g.n),
		Title:     title,
		Body:      g.sb.String(),
		Published: g.cfg.Start.Add(time.Duration(g.n) * g.cfg.Step),
	}
	g.n++
	l := Label{Story: s.id, Thread: s.topic}
	s.left--
	if s.left <= 0 {
		g.active[i] = g.newStory()
	}
	return d, l
}
