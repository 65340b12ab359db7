// Package rouge computes ROUGE scores (Lin, 2004) of a summary against one
// or more human references: ROUGE-N (n-gram co-occurrence) and ROUGE-SU4
// (skip-bigrams with at most four words between the pair, plus unigrams),
// each as recall, precision and F1, with French tokenisation and stemming.
//
// The scores follow ROUGE-1.5.5 run as
//
//	ROUGE-1.5.5.pl -n 2 -2 4 -u -l 100 -f A [-m]
//
// with these choices, which callers can see in Options:
//
//   - Several references are pooled, as ROUGE-1.5.5's -f A does: the
//     clipped matches and the n-gram counts are summed over the references
//     before dividing, so recall = Σ hits / Σ reference n-grams and
//     precision = Σ hits / (number of references × peer n-grams).
//     Options.Jackknife instead averages the pooled score over the
//     leave-one-out subsets of the references, as ROUGE-1.5.5 does when it
//     jackknifes.
//   - Options.WordLimit (-l) keeps the first N words of the peer summary
//     only (references are used whole, as ROUGE-1.5.5 documents -l). A word
//     is a whitespace-separated piece of the raw text holding a letter or
//     digit.
//   - Tokens are lower case runs of letters and digits: every other
//     character, apostrophes and hyphens included, separates tokens, so
//     "l'homme" gives "l" and "homme" and "a-t-il" gives "a", "t", "il".
//   - Options.Stem applies the Snowball French stemmer (Stem) and
//     Options.Stopwords drops the French stoplist of package stopwords
//     (off by default, as in ROUGE).
//
// F1 is ROUGE-1.5.5's F with alpha 0.5: 2PR/(P+R).
package rouge

import (
	"strings"
	"sync"
	"unicode"

	"github.com/recoupe/recoupe/stopwords"
)

// Options controls tokenisation and scoring.
type Options struct {
	// Stem applies the French Snowball stemmer to every token.
	Stem bool
	// Stopwords removes the French stoplist before counting.
	Stopwords bool
	// WordLimit keeps only the first WordLimit words of the peer summary;
	// 0 keeps everything.
	WordLimit int
	// Jackknife averages the score over the leave-one-out subsets of the
	// references when there are at least two.
	Jackknife bool
}

// Score is one ROUGE measure.
type Score struct {
	Recall, Precision, F1 float64
}

// Scores holds the three measures recoupe reports.
type Scores struct {
	R1, R2, SU4 Score
}

// Evaluate scores peer against refs with ROUGE-1, ROUGE-2 and ROUGE-SU4.
// With no reference, or an empty peer, every score is zero.
func Evaluate(peer string, refs []string, opt Options) Scores {
	if opt.WordLimit > 0 {
		peer = Truncate(peer, opt.WordLimit)
	}
	p := Tokens(peer, opt)
	rs := make([][]string, len(refs))
	for i, r := range refs {
		rs[i] = Tokens(r, opt)
	}
	return Scores{
		R1:  score(p, rs, 1, -1, opt.Jackknife),
		R2:  score(p, rs, 2, -1, opt.Jackknife),
		SU4: score(p, rs, 0, 4, opt.Jackknife),
	}
}

// N returns ROUGE-N of the token sequence peer against refs (already
// tokenised, e.g. by Tokens). n must be at least 1.
func N(peer []string, refs [][]string, n int, jackknife bool) Score {
	if n < 1 {
		return Score{}
	}
	return score(peer, refs, n, -1, jackknife)
}

// SU returns ROUGE-SU with the given maximum gap (number of words allowed
// between the two words of a skip-bigram; ROUGE-SU4 is gap 4): skip-bigrams
// and unigrams counted together.
func SU(peer []string, refs [][]string, maxGap int, jackknife bool) Score {
	if maxGap < 0 {
		maxGap = 0
	}
	return score(peer, refs, 0, maxGap, jackknife)
}

// score computes ROUGE-n (gap < 0) or ROUGE-SU<gap> (n == 0).
func score(peer []string, refs [][]string, n, gap int, jackknife bool) Score {
	count := func(toks []string) map[string]int {
		if gap >= 0 {
			return skipGrams(toks, gap)
		}
		return nGrams(toks, n)
	}
	pc := count(peer)
	pTotal := total(pc)
	type part struct{ hit, total int }
	parts := make([]part, len(refs))
	for i, r := range refs {
		rc := count(r)
		parts[i] = part{hits(pc, rc), total(rc)}
	}
	pooled := func(skip int) Score {
		var hit, ref, peerTotal int
		for i, p := range parts {
			if i == skip {
				continue
			}
			hit += p.hit
			ref += p.total
			peerTotal += pTotal
		}
		return prf(hit, ref, peerTotal)
	}
	if !jackknife || len(refs) < 2 {
		return pooled(-1)
	}
	var sum Score
	for i := range parts {
		s := pooled(i)
		sum.Recall += s.Recall
		sum.Precision += s.Precision
		sum.F1 += s.F1
	}
	k := float64(len(parts))
	return Score{sum.Recall / k, sum.Precision / k, sum.F1 / k}
}

func prf(hit, ref, peer int) Score {
	var s Score
	if ref > 0 {
		s.Recall = float64(hit) / float64(ref)
	}
	if peer > 0 {
		s.Precision = float64(hit) / float64(peer)
	}
	if s.Recall+s.Precision > 0 {
		s.F1 = 2 * s.Recall * s.Precision / (s.Recall + s.Precision)
	}
	return s
}

// nGrams counts the n-grams of toks.
func nGrams(toks []string, n int) map[string]int {
	c := make(map[string]int)
	for i := 0; i+n <= len(toks); i++ {
		c[strings.Join(toks[i:i+n], " ")]++
	}
	return c
}

// skipGrams counts the unigrams of toks and its in-order pairs with at
// most gap tokens between them. Pair keys hold a tab, which no token does.
func skipGrams(toks []string, gap int) map[string]int {
	c := make(map[string]int)
	for i, t := range toks {
		c[t]++
		for j := i + 1; j < len(toks) && j-i-1 <= gap; j++ {
			c[t+"\t"+toks[j]]++
		}
	}
	return c
}

func total(c map[string]int) int {
	t := 0
	for _, v := range c {
		t += v
	}
	return t
}

// hits is the clipped co-occurrence count: Σ min(peer, ref).
func hits(peer, ref map[string]int) int {
	h := 0
	for g, rc := range ref {
		h += min(rc, peer[g])
	}
	return h
}

// Tokens splits text into lower-case tokens of letters and digits,
// stemmed and stopword-filtered as opt says.
func Tokens(text string, opt Options) []string {
	var stop map[string]bool
	if opt.Stopwords {
		stop = frStop()
	}
	var toks []string
	for _, f := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		if stop != nil && stop[f] {
			continue
		}
		if opt.Stem {
			f = Stem(f)
		}
		toks = append(toks, f)
	}
	return toks
}

// Truncate returns the first n words of text, a word being a
// whitespace-separated piece holding at least one letter or digit; the
// pieces without one (dashes, lone quotes) are kept while inside the
// limit but not counted. Line breaks become spaces.
func Truncate(text string, n int) string {
	if n <= 0 {
		return ""
	}
	var out []string
	words := 0
	for _, f := range strings.Fields(text) {
		if strings.IndexFunc(f, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0 {
			if words == n {
				break
			}
			words++
		}
		out = append(out, f)
	}
	return strings.Join(out, " ")
}

// WordCount counts the words of text as Truncate does.
func WordCount(text string) int {
	n := 0
	for _, f := range strings.Fields(text) {
		if strings.IndexFunc(f, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0 {
			n++
		}
	}
	return n
}

var (
	stopOnce  sync.Once
	frStopSet map[string]bool
)

func frStop() map[string]bool {
	stopOnce.Do(func() { frStopSet = stopwords.Set("fr") })
	return frStopSet
}
