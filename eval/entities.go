package eval

import (
	"bufio"
	"fmt"
	"os"
	"strings"

	"github.com/recoupe/recoupe/entity"
)

// VariantPair is one labelled pair of names from testdata/variants/pairs.tsv.
type VariantPair struct {
	Same         bool // labelled the same entity
	KindA, NameA string
	KindB, NameB string
	Note         string
	Line         int
}

// VariantScore is how entity.SameEntity does on a list of variant pairs.
type VariantScore struct {
	Pairs     int // pairs read
	Positives int // pairs labelled "same"
	Negatives int // pairs labelled "diff"
	TP, FP    int // pairs called the same, rightly or wrongly
	FN        int // "same" pairs not called the same
	Precision float64
	Recall    float64
	// Missed are the "same" pairs not merged; Wrong the "diff" pairs merged.
	Missed, Wrong []VariantPair
}

// ReadVariantPairs reads a variant-pair list (format in
// testdata/variants/README.md).
func ReadVariantPairs(path string) ([]VariantPair, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("reading variant pairs: %w", err)
	}
	defer f.Close()
	var out []VariantPair
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fs := strings.Split(line, "\t")
		if len(fs) < 5 {
			return nil, fmt.Errorf("%s:%d: want 5 or 6 tab-separated fields, got %d", path, n, len(fs))
		}
		p := VariantPair{KindA: fs[1], NameA: fs[2], KindB: fs[3], NameB: fs[4], Line: n}
		switch fs[0] {
		case "same":
			p.Same = true
		case "diff":
		default:
			return nil, fmt.Errorf("%s:%d: label %q is neither same nor diff", path, n, fs[0])
		}
		if len(fs) > 5 {
			p.Note = fs[5]
		}
		out = append(out, p)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading %s: %w", path, err)
	}
	return out, nil
}

// VariantPairs scores entity.SameEntity on the variant-pair list at path.
func VariantPairs(path string) (VariantScore, error) {
	pairs, err := ReadVariantPairs(path)
	if err != nil {
		return VariantScore{}, err
	}
	var sc VariantScore
	for _, p := range pairs {
		sc.Pairs++
		got := entity.SameEntity(p.KindA, p.NameA, p.KindB, p.NameB)
		if p.Same {
			sc.Positives++
		} else {
			sc.Negatives++
		}
		switch {
		case got && p.Same:
			sc.TP++
		case got:
			sc.FP++
			sc.Wrong = append(sc.Wrong, p)
		case p.Same:
			sc.FN++
			sc.Missed = append(sc.Missed, p)
		}
	}
	sc.Precision = enRatio(sc.TP, sc.TP+sc.FP)
	sc.Recall = enRatio(sc.TP, sc.TP+sc.FN)
	return sc, nil
}

func enRatio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}
