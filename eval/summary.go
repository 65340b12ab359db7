package eval

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/recoupe/recoupe/rouge"
	"github.com/recoupe/recoupe/summary"
)

// Summary evaluation on RPM2 (de Loupy et al., LREC 2010): 20 topics, each
// with two clusters of 10 French articles, C1 and C2 (a month later), and
// four human abstracts per cluster; the C2 abstracts are update summaries
// (what is new since C1).
//
// Files: documents/TNN_Ck_DD.txt (first line the headline, then one
// paragraph per line; UTF-8, some with a BOM) and references/TNN_Ck_Aa.txt.
// The headline is not summary material; the body paragraphs go through
// summary.ArticleSentences. Articles carry no dates: C1 is the background
// of C2, so recoupe's update mode (--update-since) is run on C2 with the
// C1 sentences as Options.Background.
//
// Systems, each on every cluster, truncated to the word limit:
//   - recoupe: summary.Summarize;
//   - recoupe-update (C2 only): summary.Summarize with C1 as background;
//   - lead: the first sentences of the cluster's most central article
//     (highest TF-IDF cosine with the cluster centroid);
//   - random: random sentences of the cluster, averaged over several seeds;
//   - ots: the Open Text Summarizer (Debian package ots, French
//     dictionary) on the same sentences, one per paragraph, at the
//     smallest ratio giving at least the word limit; skipped when the ots
//     binary is absent.
//
// Scores are ROUGE-1, ROUGE-2 and ROUGE-SU4 of package rouge, French
// stemming, no stopword removal, the four references pooled (ROUGE-1.5.5
// -f A), peer cut at the word limit (-l), averaged over the clusters.

// SummaryOptions sets up RPM2SummariesWith.
type SummaryOptions struct {
	// Words is the summary length limit (default 100).
	Words int
	// Seeds is the number of random-baseline draws averaged (default 5).
	Seeds int
	// OTS is the ots binary; "" looks for "ots" on the PATH, "-" skips it.
	OTS string
}

// SummaryRow is one system's average scores on one task.
type SummaryRow struct {
	// Task is "C1" or "C2".
	Task string
	// System is "recoupe", "recoupe-update", "lead", "random" or "ots".
	System string
	// Sets is the number of clusters scored.
	Sets        int
	R1, R2, SU4 rouge.Score
	Words       float64 // mean summary length before truncation
}

// SummaryScore is the RPM2 evaluation.
type SummaryScore struct {
	Topics int
	Words  int
	Rows   []SummaryRow
	// OTSNote says why ots was not run, "" when it was.
	OTSNote string
	// Examples holds recoupe's summaries of the first topic, for reading.
	Examples map[string]string
	// Elapsed is the time spent in summary.Summarize.
	Elapsed time.Duration
	// Calls is the number of summary.Summarize calls.
	Calls int
}

// Row returns the row of a task and system, and whether it exists.
func (s SummaryScore) Row(task, system string) (SummaryRow, bool) {
	for _, r := range s.Rows {
		if r.Task == task && r.System == system {
			return r, true
		}
	}
	return SummaryRow{}, false
}

// RPM2Summaries scores recoupe's summaries and the baselines on RPM2 with
// the default options (100 words, 5 random seeds, ots when installed).
func RPM2Summaries(dir string) (SummaryScore, error) {
	return RPM2SummariesWith(dir, SummaryOptions{})
}

// smCluster is one RPM2 cluster: its articles' sentences and references.
type smCluster struct {
	topic, cluster string
	articles       [][]summary.Sentence
	refs           []string
}

func (c smCluster) sentences() []summary.Sentence {
	var all []summary.Sentence
	for _, a := range c.articles {
		all = append(all, a...)
	}
	return all
}

// RPM2SummariesWith scores recoupe's summaries and the baselines on RPM2.
func RPM2SummariesWith(dir string, opt SummaryOptions) (SummaryScore, error) {
	if opt.Words <= 0 {
		opt.Words = 100
	}
	if opt.Seeds <= 0 {
		opt.Seeds = 5
	}
	sc := SummaryScore{Words: opt.Words, Examples: map[string]string{}}
	ots := opt.OTS
	switch ots {
	case "-":
		ots = ""
		sc.OTSNote = "ots skipped"
	case "":
		if p, err := exec.LookPath("ots"); err == nil {
			ots = p
		} else {
			sc.OTSNote = "ots not installed (apt-get install ots)"
		}
	}

	topics, err := smTopics(dir)
	if err != nil {
		return sc, err
	}
	sc.Topics = len(topics)
	rouOpt := rouge.Options{Stem: true, WordLimit: opt.Words}
	rows := map[[2]string]*SummaryRow{}
	var order [][2]string
	add := func(task, system, peer string, refs []string) {
		key := [2]string{task, system}
		r := rows[key]
		if r == nil {
			r = &SummaryRow{Task: task, System: system}
			rows[key] = r
			order = append(order, key)
		}
		s := rouge.Evaluate(peer, refs, rouOpt)
		r.Sets++
		smAddScore(&r.R1, s.R1)
		smAddScore(&r.R2, s.R2)
		smAddScore(&r.SU4, s.SU4)
		r.Words += float64(rouge.WordCount(peer))
	}
	sumOpt := summary.Options{MaxWords: opt.Words}
	run := func(sents []summary.Sentence, o summary.Options) string {
		start := time.Now()
		out := summary.Summarize(sents, o)
		sc.Elapsed += time.Since(start)
		sc.Calls++
		return summary.Text(out)
	}

	for ti, tp := range topics {
		for ci, cl := range tp {
			task := cl.cluster
			sents := cl.sentences()
			text := run(sents, sumOpt)
			add(task, "recoupe", text, cl.refs)
			if ti == 0 {
				sc.Examples[task] = text
			}
			if ci == 1 {
				upd := sumOpt
				upd.Background = tp[0].sentences()
				text := run(sents, upd)
				add(task, "recoupe-update", text, cl.refs)
				if ti == 0 {
					sc.Examples["C2-update"] = text
				}
			}
			add(task, "lead", smLead(cl, opt.Words), cl.refs)
			for seed := range opt.Seeds {
				add(task, fmt.Sprintf("random#%d", seed), smRandom(sents, opt.Words, uint64(seed)), cl.refs)
			}
			if ots != "" {
				out, err := smOTS(ots, sents, opt.Words)
				if err != nil {
					return sc, fmt.Errorf("ots on %s_%s: %w", cl.topic, cl.cluster, err)
				}
				add(task, "ots", out, cl.refs)
			}
		}
	}

	// Average; fold the random seeds into one row.
	random := map[string]*SummaryRow{}
	for _, key := range order {
		r := rows[key]
		n := float64(r.Sets)
		smScale(&r.R1, n)
		smScale(&r.R2, n)
		smScale(&r.SU4, n)
		r.Words /= n
		if strings.HasPrefix(r.System, "random#") {
			rr := random[r.Task]
			if rr == nil {
				rr = &SummaryRow{Task: r.Task, System: "random", Sets: r.Sets}
				random[r.Task] = rr
			}
			smAddScore(&rr.R1, r.R1)
			smAddScore(&rr.R2, r.R2)
			smAddScore(&rr.SU4, r.SU4)
			rr.Words += r.Words
		}
	}
	for _, task := range []string{"C1", "C2"} {
		for _, system := range []string{"recoupe", "recoupe-update", "lead", "random", "ots"} {
			if system == "random" {
				if rr := random[task]; rr != nil {
					k := float64(opt.Seeds)
					smScale(&rr.R1, k)
					smScale(&rr.R2, k)
					smScale(&rr.SU4, k)
					rr.Words /= k
					sc.Rows = append(sc.Rows, *rr)
				}
				continue
			}
			if r := rows[[2]string{task, system}]; r != nil {
				sc.Rows = append(sc.Rows, *r)
			}
		}
	}
	return sc, nil
}

func smAddScore(dst *rouge.Score, s rouge.Score) {
	dst.Recall += s.Recall
	dst.Precision += s.Precision
	dst.F1 += s.F1
}

func smScale(dst *rouge.Score, n float64) {
	if n == 0 {
		return
	}
	dst.Recall /= n
	dst.Precision /= n
	dst.F1 /= n
}

// smTopics loads the corpus: for each topic, its C1 and C2 clusters.
func smTopics(dir string) ([][2]smCluster, error) {
	docs, err := filepath.Glob(filepath.Join(dir, "documents", "T*_C*_*.txt"))
	if err != nil {
		return nil, fmt.Errorf("rpm2: %w", err)
	}
	if len(docs) == 0 {
		return nil, fmt.Errorf("rpm2: no documents under %s", filepath.Join(dir, "documents"))
	}
	sort.Strings(docs)
	byTopic := map[string]*[2]smCluster{}
	var names []string
	for _, path := range docs {
		base := strings.TrimSuffix(filepath.Base(path), ".txt")
		parts := strings.Split(base, "_")
		if len(parts) != 3 || (parts[1] != "C1" && parts[1] != "C2") {
			continue
		}
		tp := byTopic[parts[0]]
		if tp == nil {
			tp = &[2]smCluster{{topic: parts[0], cluster: "C1"}, {topic: parts[0], cluster: "C2"}}
			byTopic[parts[0]] = tp
			names = append(names, parts[0])
		}
		ci := 0
		if parts[1] == "C2" {
			ci = 1
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("rpm2: %w", err)
		}
		_, paras := smSplitDoc(string(data))
		tp[ci].articles = append(tp[ci].articles, summary.ArticleSentences(base, time.Time{}, paras))
	}
	sort.Strings(names)
	var out [][2]smCluster
	for _, name := range names {
		tp := byTopic[name]
		for ci := range tp {
			for a := 1; a <= 8; a++ {
				path := filepath.Join(dir, "references", fmt.Sprintf("%s_%s_A%d.txt", name, tp[ci].cluster, a))
				data, err := os.ReadFile(path)
				if errors.Is(err, os.ErrNotExist) {
					continue
				}
				if err != nil {
					return nil, fmt.Errorf("rpm2: %w", err)
				}
				tp[ci].refs = append(tp[ci].refs, strings.TrimPrefix(string(data), "\ufeff"))
			}
			if len(tp[ci].refs) == 0 || len(tp[ci].articles) == 0 {
				return nil, fmt.Errorf("rpm2: topic %s cluster %s has %d articles and %d references", name, tp[ci].cluster, len(tp[ci].articles), len(tp[ci].refs))
			}
		}
		out = append(out, *tp)
	}
	return out, nil
}

// smSplitDoc returns a document's headline (first non-empty line) and
// its body paragraphs.
func smSplitDoc(text string) (string, []string) {
	text = strings.TrimPrefix(text, "\ufeff")
	var head string
	var paras []string
	for _, l := range strings.Split(text, "\n") {
		l = strings.TrimSpace(strings.TrimPrefix(l, "\ufeff"))
		if l == "" {
			continue
		}
		if head == "" {
			head = l
			continue
		}
		paras = append(paras, l)
	}
	return head, paras
}

// smFill joins sentences until the word limit is reached.
func smFill(sents []summary.Sentence, words int) string {
	var parts []string
	n := 0
	for _, s := range sents {
		if n >= words {
			break
		}
		parts = append(parts, s.Text)
		n += rouge.WordCount(s.Text)
	}
	return strings.Join(parts, " ")
}

// smLead is the lead baseline: the first sentences of the article closest
// to the cluster's TF-IDF centroid.
func smLead(cl smCluster, words int) string {
	opt := rouge.Options{Stem: true, Stopwords: true}
	tfs := make([]map[string]float64, len(cl.articles))
	df := map[string]int{}
	for i, a := range cl.articles {
		tf := map[string]float64{}
		for _, s := range a {
			for _, t := range rouge.Tokens(s.Text, opt) {
				tf[t]++
			}
		}
		for t := range tf {
			df[t]++
		}
		tfs[i] = tf
	}
	n := float64(len(cl.articles))
	centroid := map[string]float64{}
	for _, tf := range tfs {
		for t, c := range tf {
			w := c * math.Log((n+1)/float64(df[t]))
			tf[t] = w
			centroid[t] += w
		}
	}
	best, bestCos := 0, -1.0
	for i, tf := range tfs {
		var dot, na, nc float64
		for t, w := range tf {
			dot += w * centroid[t]
			na += w * w
		}
		for _, w := range centroid {
			nc += w * w
		}
		if na == 0 || nc == 0 {
			continue
		}
		if c := dot / math.Sqrt(na*nc); c > bestCos {
			best, bestCos = i, c
		}
	}
	return smFill(cl.articles[best], words)
}

// smRandom draws sentences at random, without replacement, up to the word
// limit.
func smRandom(sents []summary.Sentence, words int, seed uint64) string {
	r := rand.New(rand.NewPCG(seed, 0x5eed))
	perm := r.Perm(len(sents))
	shuffled := make([]summary.Sentence, len(sents))
	for i, j := range perm {
		shuffled[i] = sents[j]
	}
	return smFill(shuffled, words)
}

// smOTS runs ots on the sentences, one per paragraph, raising the ratio
// from the smallest that could reach the word limit until the output
// does.
func smOTS(bin string, sents []summary.Sentence, words int) (string, error) {
	var in strings.Builder
	total := 0
	for _, s := range sents {
		in.WriteString(s.Text)
		in.WriteString("\n\n")
		total += rouge.WordCount(s.Text)
	}
	if total == 0 {
		return "", nil
	}
	f, err := os.CreateTemp("", "recoupe-ots-*.txt")
	if err != nil {
		return "", err
	}
	defer os.Remove(f.Name())
	if _, err := f.WriteString(in.String()); err != nil {
		f.Close()
		return "", err
	}
	if err := f.Close(); err != nil {
		return "", err
	}
	ratio := max(1, int(math.Ceil(100*float64(words)/float64(total))))
	var out string
	for ; ratio <= 100; ratio++ {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		var stdout, stderr bytes.Buffer
		cmd := exec.CommandContext(ctx, bin, "-d", "fr", fmt.Sprintf("--ratio=%d", ratio), f.Name())
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		err := cmd.Run()
		cancel()
		if err != nil {
			return "", fmt.Errorf("%v: %s", err, strings.TrimSpace(stderr.String()))
		}
		out = strings.Join(strings.Fields(stdout.String()), " ")
		if rouge.WordCount(out) >= words {
			break
		}
	}
	return out, nil
}
