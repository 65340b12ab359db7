package summary

import (
	"fmt"
	"math"
	"testing"
	"time"
)

// storyOf returns nArt articles of perArt sentences each.
func storyOf(nArt, perArt int) []Sentence {
	var out []Sentence
	for a := range nArt {
		for i := range perArt {
			out = append(out, Sentence{Text: fmt.Sprintf("a%d s%d", a, i), Article: fmt.Sprintf("a%d", a), Index: i})
		}
	}
	return out
}

func TestPool(t *testing.T) {
	tests := []struct {
		name          string
		nArt, perArt  int
		limit         int
		wantLen       int
		wantDepth     int // every kept sentence has Index < wantDepth
		wantArticles  int // distinct articles kept
		wantUnchanged bool
	}{
		{"small set unchanged", 10, 20, 300, 200, 20, 10, true},
		{"at the limit unchanged", 10, 30, 300, 300, 30, 10, true},
		{"leads of every article", 20, 30, 300, 300, 15, 20, false},
		{"uneven depth rounds down", 40, 30, 300, 280, 7, 40, false},
		{"sampled articles", 500, 10, 300, 300, 2, 150, false},
		{"one sentence articles", 500, 1, 300, 150, 2, 150, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sents := storyOf(tt.nArt, tt.perArt)
			got := pool(sents, tt.limit)
			if len(got) != tt.wantLen {
				t.Fatalf("len = %d, want %d", len(got), tt.wantLen)
			}
			if tt.wantUnchanged && &got[0] != &sents[0] {
				t.Errorf("small input copied, want it unchanged")
			}
			arts := make(map[string]bool)
			at := make(map[artIdx]bool)
			for _, s := range got {
				arts[s.Article] = true
				at[artIdx{s.Article, s.Index}] = true
				if s.Index >= tt.wantDepth {
					t.Errorf("kept %q at index %d, want < %d", s.Text, s.Index, tt.wantDepth)
				}
			}
			for _, s := range got {
				if s.Index > 0 && !at[artIdx{s.Article, s.Index - 1}] {
					t.Errorf("kept %q without the sentence before it", s.Text)
				}
			}
			if len(arts) != tt.wantArticles {
				t.Errorf("articles = %d, want %d", len(arts), tt.wantArticles)
			}
			last := fmt.Sprintf("a%d", tt.nArt-1)
			if !arts["a0"] || !arts[last] {
				t.Errorf("first or last article dropped: a0 %v, %s %v", arts["a0"], last, arts[last])
			}
			for i := 1; i < len(got); i++ {
				if got[i].Article == got[i-1].Article && got[i].Index < got[i-1].Index {
					t.Errorf("order changed at %d", i)
				}
			}
		})
	}
}

// TestSummarizeBigStory checks that a story far above the pool limit
// still gets a summary drawn from its articles' leads.
func TestSummarizeBigStory(t *testing.T) {
	var sents []Sentence
	for a := range 200 {
		id := fmt.Sprintf("art%d", a)
		sents = append(sents,
			Sentence{Text: "Le gouvernement a annoncé mardi un plan de relance de dix milliards d'euros pour l'industrie automobile.", Article: id, Index: 0},
			Sentence{Text: fmt.Sprintf("Le ministre de l'Economie a détaillé les mesures devant %d chefs d'entreprise réunis à Paris.", 100+a), Article: id, Index: 1},
		)
		for i := 2; i < 12; i++ {
			sents = append(sents, Sentence{Text: fmt.Sprintf("Un paragraphe secondaire numéro %d de l'article %d évoque des détails techniques du dossier.", i, a), Article: id, Index: i})
		}
	}
	got := Summarize(sents, Options{})
	if len(got) < 1 {
		t.Fatal("no summary for a big story")
	}
	for _, s := range got {
		if s.Index >= 2 {
			t.Errorf("picked %q (index %d) outside the leads pool", s.Text, s.Index)
		}
	}
}

// TestEarlierNovelty checks the novelty of each sentence against a
// brute-force reference: 1 - its highest cosine with a sentence of a
// strictly earlier article.
func TestEarlierNovelty(t *testing.T) {
	day := func(d int) time.Time { return time.Date(2025, 3, d, 0, 0, 0, 0, time.UTC) }
	terms := [][]int32{{0, 1, 2}, {1, 2, 3}, {0, 3}, {4, 5}, {1, 4}, {2, 2, 5}, {0, 1}, {3}}
	dates := []time.Time{day(3), day(1), day(2), day(1), {}, day(3), day(2), day(4)}
	idf := []float64{1, 0.5, 2, 1.5, 0.7, 1.2}
	var sents []Sentence
	var cand []int
	an := make([]analysis, len(terms))
	for k, ts := range terms {
		sents = append(sents, Sentence{Article: fmt.Sprintf("a%d", k), Published: dates[k]})
		cand = append(cand, k)
		an[k] = analysis{vec: vectorOf(ts, idf)}
	}
	got := earlierNovelty(sents, cand, an, len(idf))
	for k := range an {
		sim := 0.0
		for o := range an {
			if !dates[k].IsZero() && !dates[o].IsZero() && dates[o].Before(dates[k]) {
				sim = max(sim, cosine(an[k].vec, an[o].vec))
			}
		}
		if want := 1 - min(1, sim); math.Abs(got[k]-want) > 1e-12 {
			t.Errorf("novelty[%d] = %v, want %v", k, got[k], want)
		}
	}
}
