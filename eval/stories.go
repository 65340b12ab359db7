package eval

// Stories evaluation: the stories package's clustering against gold story
// and thread labels, with BCubed, pairwise and V-measure scores
// (clustereval) at both levels.
//
// Sets:
//   - RPM2 (shared/data/rpm2): 20 topics x 2 sets a month apart x 10
//     articles, TNN_Ck_DD.txt, first line the headline. Gold stories are
//     TNN_Ck, gold threads TNN (GoldFromNames). The files carry no date.
//   - The handmade set (testdata/stories): short fictional French articles
//     with dates, labelled by testdata/stories/labels.tsv.
//
// Labels file (LABELS): UTF-8 text, one article a line,
//
//	file<TAB>story<TAB>thread
//
// file being the path relative to the labels file's directory (or a base
// name); lines that are empty or start with '#' are skipped. A line with
// only two fields takes the story as its thread.
//
// Stream order: the tool sees the articles in publication order, articles
// of the same day (or undated ones, all of RPM2) in a seeded shuffle, under
// opaque IDs ("d0001"...), so that neither the order nor the IDs leak the
// labels. Each set is run for several seeds and the mean and minimum
// reported.
//
// How the thresholds were chosen: see stories.DefaultOptions; they are
// fixed in the stories package, not tuned per set here.

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/recoupe/recoupe/clustereval"
	"github.com/recoupe/recoupe/stories"
)

// StoriesSetDir is the committed handmade stories set, relative to the
// repository root.
const StoriesSetDir = "testdata/stories"

// StoriesItem is one labelled article of a stories set.
type StoriesItem struct {
	// Name is the file name relative to the set's directory.
	Name string
	// Doc is the article as the clusterer gets it; its ID is set by the
	// evaluation to an opaque value.
	Doc stories.Doc
	// Story and Thread are the gold labels.
	Story, Thread string
}

// StoriesPrepare turns one input file into a stories.Doc. It is the hook
// through which the full read/clean/meta pipeline can be plugged in; nil
// means PlainStoriesDoc.
type StoriesPrepare func(name string, data []byte) (stories.Doc, error)

// PlainStoriesDoc is the minimal reader: a JSON object with "title",
// "published" (YYYY-MM-DD or RFC 3339) and "text" fields, or plain text
// whose first non-empty line is the headline and the rest the body. A
// byte-order mark and carriage returns are removed.
func PlainStoriesDoc(name string, data []byte) (stories.Doc, error) {
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	if t := bytes.TrimSpace(data); len(t) > 0 && t[0] == '{' {
		var j struct {
			Title     string `json:"title"`
			Published string `json:"published"`
			Text      string `json:"text"`
		}
		if err := json.Unmarshal(t, &j); err != nil {
			return stories.Doc{}, fmt.Errorf("%s: %w", name, err)
		}
		d := stories.Doc{Title: j.Title, Body: j.Text}
		if j.Published != "" {
			p, err := stParseDate(j.Published)
			if err != nil {
				return stories.Doc{}, fmt.Errorf("%s: published: %w", name, err)
			}
			d.Published = p
		}
		return d, nil
	}
	text := strings.ReplaceAll(string(data), "\r", "")
	text = strings.TrimLeft(text, " \t\n")
	title, body, _ := strings.Cut(text, "\n")
	return stories.Doc{Title: strings.TrimSpace(title), Body: body}, nil
}

func stParseDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return t, nil
	}
	return time.Parse(time.RFC3339, s)
}

var stRPM2Name = regexp.MustCompile(`^(T\d+)_(C\d+)_\d+(?:\.txt)?$`)

// GoldFromNames reads the RPM2 labels from a file name TNN_Ck_DD(.txt):
// the story is TNN_Ck, the thread TNN. ok is false for other names.
func GoldFromNames(name string) (story, thread string, ok bool) {
	m := stRPM2Name.FindStringSubmatch(filepath.Base(name))
	if m == nil {
		return "", "", false
	}
	return m[1] + "_" + m[2], m[1], true
}

// LoadRPM2Stories reads the RPM2 documents under dir (dir itself or its
// documents/ folder) with their gold labels from the file names.
func LoadRPM2Stories(dir string, prep StoriesPrepare) ([]StoriesItem, error) {
	if st, err := os.Stat(filepath.Join(dir, "documents")); err == nil && st.IsDir() {
		dir = filepath.Join(dir, "documents")
	}
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("rpm2: %w", err)
	}
	if prep == nil {
		prep = PlainStoriesDoc
	}
	var items []StoriesItem
	for _, e := range ents {
		s, t, ok := GoldFromNames(e.Name())
		if !ok || e.IsDir() {
			continue
		}
		data, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			return nil, fmt.Errorf("rpm2: %w", err)
		}
		d, err := prep(e.Name(), data)
		if err != nil {
			return nil, fmt.Errorf("rpm2: %w", err)
		}
		items = append(items, StoriesItem{Name: e.Name(), Doc: d, Story: s, Thread: t})
	}
	if len(items) == 0 {
		return nil, fmt.Errorf("rpm2: no TNN_Ck_DD.txt file in %s", dir)
	}
	return items, nil
}

// StoriesLabel is one line of a labels file.
type StoriesLabel struct {
	File, Story, Thread string
}

// ReadStoriesLabels parses a labels file (see the package comment above:
// file<TAB>story<TAB>thread).
func ReadStoriesLabels(r io.Reader) ([]StoriesLabel, error) {
	var out []StoriesLabel
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		for i := range f {
			f[i] = strings.TrimSpace(f[i])
		}
		if len(f) < 2 || len(f) > 3 || f[0] == "" || f[1] == "" {
			return nil, fmt.Errorf("labels line %d: want file<TAB>story<TAB>thread, got %q", n, line)
		}
		l := StoriesLabel{File: f[0], Story: f[1], Thread: f[1]}
		if len(f) == 3 && f[2] != "" {
			l.Thread = f[2]
		}
		out = append(out, l)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("labels: %w", err)
	}
	return out, nil
}

// LoadStoriesSet reads the articles named by the labels file, relative to
// base ("" for the labels file's directory).
func LoadStoriesSet(labelsPath, base string, prep StoriesPrepare) ([]StoriesItem, error) {
	f, err := os.Open(labelsPath)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	labels, err := ReadStoriesLabels(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", labelsPath, err)
	}
	if prep == nil {
		prep = PlainStoriesDoc
	}
	dir := base
	if dir == "" {
		dir = filepath.Dir(labelsPath)
	}
	items := make([]StoriesItem, 0, len(labels))
	for _, l := range labels {
		p := l.File
		if !filepath.IsAbs(p) {
			p = filepath.Join(dir, p)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", labelsPath, err)
		}
		d, err := prep(l.File, data)
		if err != nil {
			return nil, err
		}
		items = append(items, StoriesItem{Name: l.File, Doc: d, Story: l.Story, Thread: l.Thread})
	}
	return items, nil
}

// StoriesEvalOptions set up a stories evaluation.
type StoriesEvalOptions struct {
	// Seeds of the stream orders; nil means 1 to 5.
	Seeds []uint64
	// Options of the clusterer (zero: the defaults).
	Options stories.Options
	// Refine runs the batch pass after the stream.
	Refine bool
}

// StoriesRun is the outcome of one stream order.
type StoriesRun struct {
	Seed          uint64
	Story, Thread clustereval.Scores
}

// StoriesScore is the outcome of one set over several stream orders.
type StoriesScore struct {
	Set  string
	Docs int
	Runs []StoriesRun
}

// StoriesStat summarises one measure over the runs.
type StoriesStat struct{ Mean, Min float64 }

func (s StoriesScore) stat(f func(StoriesRun) float64) StoriesStat {
	if len(s.Runs) == 0 {
		return StoriesStat{}
	}
	st := StoriesStat{Min: math.Inf(1)}
	for _, r := range s.Runs {
		v := f(r)
		st.Mean += v
		st.Min = min(st.Min, v)
	}
	st.Mean /= float64(len(s.Runs))
	return st
}

// StoryF1 is the story-level BCubed F1 over the runs.
func (s StoriesScore) StoryF1() StoriesStat {
	return s.stat(func(r StoriesRun) float64 { return r.Story.BCubed.F1 })
}

// ThreadF1 is the thread-level BCubed F1 over the runs.
func (s StoriesScore) ThreadF1() StoriesStat {
	return s.stat(func(r StoriesRun) float64 { return r.Thread.BCubed.F1 })
}

// StoryP is the story-level BCubed precision over the runs.
func (s StoriesScore) StoryP() StoriesStat {
	return s.stat(func(r StoriesRun) float64 { return r.Story.BCubed.P })
}

// String renders the score as a small table.
func (s StoriesScore) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %d articles, %d stream orders\n", s.Set, s.Docs, len(s.Runs))
	fmt.Fprintf(&b, "  %-6s %-6s %6s %6s %6s %6s %6s %6s %8s\n", "level", "seed", "B3 P", "B3 R", "B3 F1", "pairF1", "V", "gold", "clusters")
	row := func(level string, seed uint64, sc clustereval.Scores) {
		fmt.Fprintf(&b, "  %-6s %-6d %6.3f %6.3f %6.3f %6.3f %6.3f %6d %8d\n", level, seed,
			sc.BCubed.P, sc.BCubed.R, sc.BCubed.F1, sc.Pairwise.F1, sc.VMeasure.V, sc.Classes, sc.Clusters)
	}
	for _, r := range s.Runs {
		row("story", r.Seed, r.Story)
	}
	for _, r := range s.Runs {
		row("thread", r.Seed, r.Thread)
	}
	sf, tf := s.StoryF1(), s.ThreadF1()
	fmt.Fprintf(&b, "  story  B3 F1 mean %.3f min %.3f | thread B3 F1 mean %.3f min %.3f\n", sf.Mean, sf.Min, tf.Mean, tf.Min)
	return b.String()
}

// stOrder returns the stream order of items for one seed: by publication
// time, undated articles and ties in a seeded shuffle.
func stOrder(items []StoriesItem, seed uint64) []int {
	idx := make([]int, len(items))
	for i := range idx {
		idx[i] = i
	}
	r := rand.New(rand.NewPCG(seed, 0x5eed))
	r.Shuffle(len(idx), func(i, j int) { idx[i], idx[j] = idx[j], idx[i] })
	slices.SortStableFunc(idx, func(a, b int) int {
		return items[a].Doc.Published.Compare(items[b].Doc.Published)
	})
	return idx
}

// EvalStories clusters the items in several stream orders and scores the
// stories and threads against the gold labels.
func EvalStories(set string, items []StoriesItem, o StoriesEvalOptions) (StoriesScore, error) {
	if len(items) == 0 {
		return StoriesScore{}, errors.New("stories eval: no article")
	}
	seeds := o.Seeds
	if len(seeds) == 0 {
		seeds = []uint64{1, 2, 3, 4, 5}
	}
	score := StoriesScore{Set: set, Docs: len(items)}
	for _, seed := range seeds {
		order := stOrder(items, seed)
		c := stories.New(o.Options)
		pos := make(map[string]int, len(items)) // opaque ID -> item
		for k, i := range order {
			d := items[i].Doc
			d.ID = fmt.Sprintf("d%04d", k+1)
			pos[d.ID] = i
			c.Add(d)
		}
		if o.Refine {
			c.Refine()
		}
		predS := make([]string, len(items))
		predT := make([]string, len(items))
		for _, st := range c.Stories() {
			for _, id := range st.Articles {
				predS[pos[id]] = st.ID
				predT[pos[id]] = st.Thread
			}
		}
		goldS := make([]string, len(items))
		goldT := make([]string, len(items))
		for i, it := range items {
			goldS[i], goldT[i] = it.Story, it.Thread
		}
		ss, err := clustereval.Compare(goldS, predS)
		if err != nil {
			return score, err
		}
		ts, err := clustereval.Compare(goldT, predT)
		if err != nil {
			return score, err
		}
		score.Runs = append(score.Runs, StoriesRun{Seed: seed, Story: ss, Thread: ts})
	}
	return score, nil
}

// RPM2Stories evaluates on the RPM2 corpus in dir (see LoadRPM2Stories).
func RPM2Stories(dir string, o StoriesEvalOptions, prep StoriesPrepare) (StoriesScore, error) {
	items, err := LoadRPM2Stories(dir, prep)
	if err != nil {
		return StoriesScore{}, err
	}
	return EvalStories("rpm2", items, o)
}

// HandmadeStories evaluates on the committed handmade set under dir
// (normally <repository>/testdata/stories), labelled by its labels.tsv.
func HandmadeStories(dir string, o StoriesEvalOptions, prep StoriesPrepare) (StoriesScore, error) {
	items, err := LoadStoriesSet(filepath.Join(dir, "labels.tsv"), "", prep)
	if err != nil {
		return StoriesScore{}, err
	}
	return EvalStories("handmade", items, o)
}

// stRepoDir returns the path of rel inside the repository holding the
// working directory (found by its go.mod).
func stRepoDir(rel string) (string, error) {
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for dir := wd; ; dir = filepath.Dir(dir) {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return filepath.Join(dir, rel), nil
		}
		if filepath.Dir(dir) == dir {
			return "", fmt.Errorf("no go.mod above %s", wd)
		}
	}
}

// StoriesSetPath returns the handmade set's directory in the repository
// holding the working directory.
func StoriesSetPath() (string, error) { return stRepoDir(StoriesSetDir) }
