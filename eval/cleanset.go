package eval

// The clean set: the project's own labelled plain-text articles under
// testdata/clean, and the measure of how well a cleaner keeps their body
// lines and drops their boilerplate. The file format and the annotation
// guide are in testdata/clean/README.md.

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/recoupe/recoupe/article"
)

// CleanReasons lists the drop reasons a clean-set label may carry, in the
// order the annotation guide describes them.
var CleanReasons = []string{
	"subscription", "share", "advert", "read-more", "caption", "copyright",
	"footer", "reblog", "related", "pull-quote", "bio", "editorial", "stamp",
	"navigation", "credit", "byline", "duplicate", "repeated", "other",
}

// CleanLabel is the gold label of one input line.
type CleanLabel struct {
	// Keep is true for body content the cleaner must keep.
	Keep bool
	// Headline is true for the article's headline line, which is neither
	// kept nor dropped for the metric.
	Headline bool
	// Reason is the drop reason (one of CleanReasons) when the line is
	// neither kept nor the headline, "" otherwise.
	Reason string
}

// CleanSetFile is one labelled article of the clean set.
type CleanSetFile struct {
	// Name is the file's base name, e.g. "fr-crue-quotidien-centre.txt".
	Name string
	// Outlet is the (fictional) outlet from the "#outlet:" header, "" if none.
	Outlet string
	// Lang is the ISO 639-1 code from the "#lang:" header, "" if none.
	Lang string
	// Lines are the input lines, exactly as a plain-text copy has them.
	Lines []string
	// Labels[i] is the gold label of Lines[i].
	Labels []CleanLabel
}

// Doc returns the file as the text reader would hand it to the cleaner:
// a plain-text Doc with every input line, and no metadata.
func (f CleanSetFile) Doc() *article.Doc {
	return &article.Doc{
		File:   f.Name,
		Format: "text",
		Lines:  append([]string(nil), f.Lines...),
	}
}

// Text returns the input as a plain-text file would hold it, one line per
// element of Lines.
func (f CleanSetFile) Text() string {
	return strings.Join(f.Lines, "\n") + "\n"
}

// Headline returns the index of the gold headline line, -1 if the file has
// none.
func (f CleanSetFile) Headline() int {
	for i, l := range f.Labels {
		if l.Headline {
			return i
		}
	}
	return -1
}

// KeptLines turns a cleaner's result into the mask ScoreCleanSet expects:
// kept[j] is true when line j of a document of n lines is among
// c.KeptLines. Indices outside [0, n) are ignored.
func KeptLines(n int, c article.Cleaned) []bool {
	kept := make([]bool, n)
	for _, j := range c.KeptLines {
		if j >= 0 && j < n {
			kept[j] = true
		}
	}
	return kept
}

// LoadCleanSet reads every *.txt file of dir (README.md and other files are
// skipped) in name order. A malformed file makes it fail with an error
// naming the file and line.
func LoadCleanSet(dir string) ([]CleanSetFile, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("loading clean set: %w", err)
	}
	var files []CleanSetFile
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".txt") {
			continue
		}
		path := filepath.Join(dir, e.Name())
		data, err := os.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("loading clean set: %w", err)
		}
		f, err := csParse(e.Name(), data)
		if err != nil {
			return nil, fmt.Errorf("loading clean set: %s: %w", path, err)
		}
		files = append(files, f)
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("loading clean set: no .txt files in %s", dir)
	}
	sort.Slice(files, func(i, j int) bool { return files[i].Name < files[j].Name })
	return files, nil
}

// csReasonSet holds CleanReasons for lookups.
var csReasonSet = func() map[string]bool {
	m := make(map[string]bool, len(CleanReasons))
	for _, r := range CleanReasons {
		m[r] = true
	}
	return m
}()

// csParse parses one labelled file. Errors name the 1-based line number;
// the caller adds the file path.
func csParse(name string, data []byte) (CleanSetFile, error) {
	f := CleanSetFile{Name: name}
	if !utf8.Valid(data) {
		return f, fmt.Errorf("not valid UTF-8")
	}
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64*1024), len(data)+1)
	inHeader := true
	headline := 0
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSuffix(sc.Text(), "\r")
		if line == "" {
			continue
		}
		if inHeader && strings.HasPrefix(line, "#") {
			key, val, ok := strings.Cut(line[1:], ":")
			if !ok {
				return f, fmt.Errorf("line %d: header %q is not \"#key: value\"", n, line)
			}
			val = strings.TrimSpace(val)
			switch strings.TrimSpace(key) {
			case "outlet":
				f.Outlet = val
			case "lang":
				f.Lang = val
			case "note":
			default:
				return f, fmt.Errorf("line %d: unknown header %q (want outlet, lang or note)", n, strings.TrimSpace(key))
			}
			continue
		}
		inHeader = false
		label, text, ok := strings.Cut(line, "\t")
		if !ok {
			return f, fmt.Errorf("line %d: no tab after the label in %q", n, csShorten(line))
		}
		if strings.TrimSpace(text) == "" {
			return f, fmt.Errorf("line %d: label %q has no text", n, label)
		}
		var l CleanLabel
		switch {
		case label == "K":
			l.Keep = true
		case label == "T":
			l.Headline = true
			headline++
			if headline > 1 {
				return f, fmt.Errorf("line %d: second headline (T) line", n)
			}
		case strings.HasPrefix(label, "D:"):
			l.Reason = label[2:]
			if !csReasonSet[l.Reason] {
				return f, fmt.Errorf("line %d: unknown drop reason %q (want one of %s)", n, l.Reason, strings.Join(CleanReasons, ", "))
			}
		default:
			return f, fmt.Errorf("line %d: bad label %q (want K, T or D:<reason>)", n, csShorten(label))
		}
		f.Lines = append(f.Lines, text)
		f.Labels = append(f.Labels, l)
	}
	if err := sc.Err(); err != nil {
		return f, err
	}
	if len(f.Lines) == 0 {
		return f, fmt.Errorf("no labelled lines")
	}
	return f, nil
}

// csShorten cuts s for an error message.
func csShorten(s string) string {
	const max = 40
	if utf8.RuneCountInString(s) <= max {
		return s
	}
	r := []rune(s)
	return string(r[:max]) + "…"
}

// CleanCounts is a confusion matrix for the keep class, in lines or in
// words, with its precision, recall and F1. Positive means kept.
type CleanCounts struct {
	// Keep and Drop are the gold totals.
	Keep, Drop int
	// TP: kept and gold keep; FP: kept but gold drop; FN: dropped but gold
	// keep; TN: dropped and gold drop.
	TP, FP, FN, TN int
	// Precision is TP/(TP+FP), Recall TP/(TP+FN), both 1 when their
	// denominator is 0 (nothing to get wrong); F1 is their harmonic mean.
	Precision, Recall, F1 float64
}

func (c *CleanCounts) add(gold, kept bool, n int) {
	switch {
	case gold && kept:
		c.TP += n
	case gold:
		c.FN += n
	case kept:
		c.FP += n
	default:
		c.TN += n
	}
	if gold {
		c.Keep += n
	} else {
		c.Drop += n
	}
}

func (c *CleanCounts) plus(o CleanCounts) {
	c.Keep += o.Keep
	c.Drop += o.Drop
	c.TP += o.TP
	c.FP += o.FP
	c.FN += o.FN
	c.TN += o.TN
}

func (c *CleanCounts) finish() {
	c.Precision = csRatio(c.TP, c.TP+c.FP)
	c.Recall = csRatio(c.TP, c.TP+c.FN)
	if c.Precision+c.Recall > 0 {
		c.F1 = 2 * c.Precision * c.Recall / (c.Precision + c.Recall)
	} else {
		c.F1 = 0
	}
}

func csRatio(num, den int) float64 {
	if den == 0 {
		return 1
	}
	return float64(num) / float64(den)
}

// CleanReasonScore counts the gold drops of one kind and how many of them
// the cleaner removed.
type CleanReasonScore struct {
	Total, Removed int
	// Recall is Removed/Total (1 when Total is 0).
	Recall float64
}

// CleanFileScore is the score of one file.
type CleanFileScore struct {
	Name, Outlet, Lang string
	Lines, Words       CleanCounts
}

// CleanSetScore is how a cleaner did on the clean set. Headline lines are
// left out of every count.
type CleanSetScore struct {
	// Files is the number of files scored.
	Files int
	// Lines counts lines; Words counts word tokens (runs of letters, digits,
	// marks and underscores) so that long paragraphs weigh more than short
	// widget lines.
	Lines, Words CleanCounts
	// MacroF1 is the mean of the files' line-level F1.
	MacroF1 float64
	// PerFile holds each file's figures, in the order of the files.
	PerFile []CleanFileScore
	// ByLang holds line-level figures per language ("" when undeclared).
	ByLang map[string]CleanCounts
	// Reasons holds, per drop reason found in the gold labels, how many of
	// those lines were removed.
	Reasons map[string]CleanReasonScore
	// Shared is the recall of gold drops whose text (whitespace-normalised)
	// occurs in at least three files of the same declared outlet: the lines
	// cross-article repeated-line detection should find.
	Shared CleanReasonScore
	// Mismatched names the files whose kept mask did not have one entry per
	// line; missing entries were counted as dropped, extra ones ignored.
	Mismatched []string
}

// csSharedMin is how many files of one outlet a dropped line must appear
// in to count as shared boilerplate.
const csSharedMin = 3

// ScoreCleanSet scores a cleaner's decisions: kept[i][j] says whether it
// kept line j of files[i]. A missing mask or entry counts as dropped.
func ScoreCleanSet(files []CleanSetFile, kept [][]bool) CleanSetScore {
	s := CleanSetScore{
		Files:   len(files),
		ByLang:  make(map[string]CleanCounts),
		Reasons: make(map[string]CleanReasonScore),
	}
	shared := csSharedLines(files)
	var macro float64
	for i, f := range files {
		var mask []bool
		if i < len(kept) {
			mask = kept[i]
		}
		if len(mask) != len(f.Lines) {
			s.Mismatched = append(s.Mismatched, f.Name)
		}
		fs := CleanFileScore{Name: f.Name, Outlet: f.Outlet, Lang: f.Lang}
		for j, text := range f.Lines {
			var l CleanLabel
			if j < len(f.Labels) {
				l = f.Labels[j]
			}
			if l.Headline {
				continue
			}
			k := j < len(mask) && mask[j]
			fs.Lines.add(l.Keep, k, 1)
			fs.Words.add(l.Keep, k, csWordCount(text))
			if l.Keep {
				continue
			}
			r := s.Reasons[l.Reason]
			r.Total++
			if !k {
				r.Removed++
			}
			s.Reasons[l.Reason] = r
			if shared[csSharedKey{f.Outlet, csNorm(text)}] {
				s.Shared.Total++
				if !k {
					s.Shared.Removed++
				}
			}
		}
		fs.Lines.finish()
		fs.Words.finish()
		macro += fs.Lines.F1
		s.Lines.plus(fs.Lines)
		s.Words.plus(fs.Words)
		bl := s.ByLang[f.Lang]
		bl.plus(fs.Lines)
		s.ByLang[f.Lang] = bl
		s.PerFile = append(s.PerFile, fs)
	}
	s.Lines.finish()
	s.Words.finish()
	for k, c := range s.ByLang {
		c.finish()
		s.ByLang[k] = c
	}
	for k, r := range s.Reasons {
		r.Recall = csRatio(r.Removed, r.Total)
		s.Reasons[k] = r
	}
	s.Shared.Recall = csRatio(s.Shared.Removed, s.Shared.Total)
	if len(files) > 0 {
		s.MacroF1 = macro / float64(len(files))
	}
	return s
}

type csSharedKey struct{ outlet, text string }

// csSharedLines finds the (outlet, dropped line) pairs present in at least
// csSharedMin files of that outlet. Files with no declared outlet are left
// out.
func csSharedLines(files []CleanSetFile) map[csSharedKey]bool {
	count := make(map[csSharedKey]int)
	for _, f := range files {
		if f.Outlet == "" {
			continue
		}
		seen := make(map[string]bool)
		for j, text := range f.Lines {
			if j >= len(f.Labels) || f.Labels[j].Keep || f.Labels[j].Headline {
				continue
			}
			t := csNorm(text)
			if seen[t] {
				continue
			}
			seen[t] = true
			count[csSharedKey{f.Outlet, t}]++
		}
	}
	out := make(map[csSharedKey]bool)
	for k, n := range count {
		if n >= csSharedMin {
			out[k] = true
		}
	}
	return out
}

// csNorm collapses whitespace.
func csNorm(s string) string { return strings.Join(strings.Fields(s), " ") }

// csWordCount counts runs of letters, digits, marks and underscores, the
// Unicode reading of the regular expression \w+.
func csWordCount(s string) int {
	n := 0
	in := false
	for _, r := range s {
		w := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) || r == '_'
		if w && !in {
			n++
		}
		in = w
	}
	return n
}

// String formats the score for a terminal: overall figures, then drop
// recall per reason, then the ten files with the lowest line F1.
func (s CleanSetScore) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "clean set: %d files, %d lines (%d keep, %d drop)\n", s.Files, s.Lines.Keep+s.Lines.Drop, s.Lines.Keep, s.Lines.Drop)
	csWriteCounts(&b, "lines", s.Lines)
	csWriteCounts(&b, "words", s.Words)
	fmt.Fprintf(&b, "  macro F1 (lines, per file) %.3f\n", s.MacroF1)
	langs := make([]string, 0, len(s.ByLang))
	for k := range s.ByLang {
		langs = append(langs, k)
	}
	sort.Strings(langs)
	for _, k := range langs {
		csWriteCounts(&b, "lines["+k+"]", s.ByLang[k])
	}
	b.WriteString("drop recall by reason:\n")
	reasons := make([]string, 0, len(s.Reasons))
	for k := range s.Reasons {
		reasons = append(reasons, k)
	}
	sort.Strings(reasons)
	for _, k := range reasons {
		r := s.Reasons[k]
		fmt.Fprintf(&b, "  %-13s %4d/%-4d %.3f\n", k, r.Removed, r.Total, r.Recall)
	}
	fmt.Fprintf(&b, "  %-13s %4d/%-4d %.3f\n", "(shared)", s.Shared.Removed, s.Shared.Total, s.Shared.Recall)
	worst := append([]CleanFileScore(nil), s.PerFile...)
	sort.SliceStable(worst, func(i, j int) bool { return worst[i].Lines.F1 < worst[j].Lines.F1 })
	if len(worst) > 10 {
		worst = worst[:10]
	}
	b.WriteString("lowest line F1:\n")
	for _, f := range worst {
		fmt.Fprintf(&b, "  %.3f P %.3f R %.3f  %s\n", f.Lines.F1, f.Lines.Precision, f.Lines.Recall, f.Name)
	}
	if len(s.Mismatched) > 0 {
		fmt.Fprintf(&b, "mask length mismatch: %s\n", strings.Join(s.Mismatched, ", "))
	}
	return b.String()
}

func csWriteCounts(b *strings.Builder, what string, c CleanCounts) {
	fmt.Fprintf(b, "  %-9s P %.3f R %.3f F1 %.3f (TP %d FP %d FN %d TN %d)\n",
		what, c.Precision, c.Recall, c.F1, c.TP, c.FP, c.FN, c.TN)
}
