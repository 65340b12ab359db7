package eval

import (
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
)

// HTMLBenchDoc is the score of one page of the HTML extraction benchmark.
type HTMLBenchDoc struct {
	ID string
	// TP, FP and FN are the shingle counts normalised by their sum, as
	// returned by ShingleTP.
	TP, FP, FN float64
	// Err is the extraction error, "" when the extractor succeeded.
	Err string
}

// HTMLBenchScore is the result of HTMLBenchmark: the mean precision and
// recall over the pages, the F1 of those means, and per-page detail.
type HTMLBenchScore struct {
	Precision, Recall, F1 float64
	// Docs is the number of pages scored; Failed how many of them the
	// extractor returned an error for (scored as empty text).
	Docs   int
	Failed int
	// PerDoc holds the pages in ground-truth ID order.
	PerDoc []HTMLBenchDoc
}

// hbShingleSize is the n of the n-gram shingles of the benchmark metric.
const hbShingleSize = 4

// HTMLBenchmark runs extract over the Scrapinghub article-extraction
// benchmark found in dir (html/<id>.html.gz and ground-truth.json) and
// scores the extracted bodies against the ground truth with the
// benchmark's own metric: word 4-gram shingle matching per page,
// precision and recall averaged over pages, F1 of the averages.
// An extraction error counts as an empty body.
func HTMLBenchmark(dir string, extract func(id string, html []byte) (string, error)) (HTMLBenchScore, error) {
	truth, err := hbLoadTruth(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		return HTMLBenchScore{}, err
	}
	ids := make([]string, 0, len(truth))
	for id := range truth {
		ids = append(ids, id)
	}
	sort.Strings(ids)

	var score HTMLBenchScore
	for _, id := range ids {
		page, err := hbReadGzip(filepath.Join(dir, "html", id+".html.gz"))
		if err != nil {
			return HTMLBenchScore{}, fmt.Errorf("html benchmark page %s: %w", id, err)
		}
		d := HTMLBenchDoc{ID: id}
		text, err := extract(id, page)
		if err != nil {
			d.Err = err.Error()
			text = ""
			score.Failed++
		}
		d.TP, d.FP, d.FN = ShingleTP(truth[id], text)
		score.PerDoc = append(score.PerDoc, d)
	}
	score.Docs = len(score.PerDoc)
	score.Precision, score.Recall, score.F1 = hbAggregate(score.PerDoc)
	return score, nil
}

// hbAggregate computes the benchmark's mean precision, mean recall and the
// F1 of the two means.
func hbAggregate(docs []HTMLBenchDoc) (p, r, f1 float64) {
	var sumP, sumR float64
	var nP, nR int
	for _, d := range docs {
		if d.TP+d.FP > 0 {
			sumP += hbRatio(d.TP, d.FP, d.FN)
			nP++
		}
		if d.TP+d.FN > 0 {
			sumR += hbRatio(d.TP, d.FN, d.FP)
			nR++
		}
	}
	if nP > 0 {
		p = sumP / float64(nP)
	}
	if nR > 0 {
		r = sumR / float64(nR)
	}
	if p+r > 0 {
		f1 = 2 * p * r / (p + r)
	}
	return p, r, f1
}

// hbRatio is the benchmark's precision (tp, fp, fn) or recall (tp, fn, fp):
// 1 when there is no error at all, 0 when nothing matched.
func hbRatio(tp, miss, other float64) float64 {
	switch {
	case miss == 0 && other == 0:
		return 1
	case tp == 0 && miss == 0:
		return 0
	}
	return tp / (tp + miss)
}

// ShingleTP compares a true and a predicted text as the article-extraction
// benchmark does: both are split into word tokens (runs of Unicode letters,
// digits and underscores), the tokens into overlapping 4-gram shingles (a
// text of fewer than 4 tokens is one shorter shingle), and the two
// multisets of shingles are matched. It returns the true positive, false
// positive and false negative counts divided by their sum (all zero when
// both texts have no token).
func ShingleTP(truth, pred string) (tp, fp, fn float64) {
	t := hbShingles(truth)
	p := hbShingles(pred)
	var itp, ifp, ifn int
	for k, tc := range t {
		pc := p[k]
		itp += min(tc, pc)
		ifn += max(0, tc-pc)
		ifp += max(0, pc-tc)
	}
	for k, pc := range p {
		if _, ok := t[k]; !ok {
			ifp += pc
		}
	}
	sum := float64(itp + ifp + ifn)
	if sum == 0 {
		return 0, 0, 0
	}
	return float64(itp) / sum, float64(ifp) / sum, float64(ifn) / sum
}

// hbShingles counts the token 4-gram shingles of s. Tokens are joined with
// a separator no token can hold.
func hbShingles(s string) map[string]int {
	toks := hbTokens(s)
	out := make(map[string]int)
	if len(toks) == 0 {
		return out
	}
	n := max(1, len(toks)-hbShingleSize+1)
	for i := 0; i < n; i++ {
		end := min(len(toks), i+hbShingleSize)
		out[strings.Join(toks[i:end], " ")]++
	}
	return out
}

// hbTokens returns the word tokens of s: maximal runs of letters, numbers
// and underscores (Python's Unicode \w).
func hbTokens(s string) []string {
	var toks []string
	start := -1
	for i, r := range s {
		w := r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r)
		switch {
		case w && start < 0:
			start = i
		case !w && start >= 0:
			toks = append(toks, s[start:i])
			start = -1
		}
	}
	if start >= 0 {
		toks = append(toks, s[start:])
	}
	return toks
}

// hbLoadTruth reads the benchmark's ground-truth.json: id -> article body.
func hbLoadTruth(path string) (map[string]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("html benchmark ground truth: %w", err)
	}
	var raw map[string]struct {
		ArticleBody string `json:"articleBody"`
	}
	if err := json.Unmarshal(b, &raw); err != nil {
		return nil, fmt.Errorf("html benchmark ground truth %s: %w", path, err)
	}
	out := make(map[string]string, len(raw))
	for id, v := range raw {
		out[id] = v.ArticleBody
	}
	return out, nil
}

// hbReadGzip returns the decompressed content of a gzip file.
func hbReadGzip(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, err
	}
	defer zr.Close()
	return io.ReadAll(zr)
}
