package eval

// Copies evaluation: the copies package's links against the handmade set
// testdata/copies, fictional French articles about four events, each with
// a wire dispatch, re-publications of it (exact or edited), two French
// renderings of one foreign-language dispatch, a blog quoting one of
// them and two independent reports.
//
// Labels file (labels.tsv): one article a line,
//
//	file<TAB>event<TAB>group<TAB>kind
//
// group being the gold copy group ("-" for an independent report) and
// kind one of wire, exact, near-duplicate, same-dispatch, quotes,
// independent; '#' lines are comments.
//
// Pairs. Kinds are compared by family: text (wire, exact,
// near-duplicate), same-dispatch and quotes. The gold family of two
// articles of one group is quotes when either quotes, else same-dispatch
// when either is one, else text. A predicted pair is two articles of one
// predicted group (copies.Groups); its family is that of the best direct
// link between them, else the same rule over each article's closest
// link. Per family, precision is over predicted pairs of that family
// (correct: same gold group and same gold family) and recall over gold
// pairs of that family (found: same predicted group, same family).
// Overall counts a pair whatever its family; Grouping ignores families.
// IndependentLinked counts the independent reports linked to anything:
// it must be 0.

import (
	"bufio"
	"bytes"
	"cmp"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/recoupe/recoupe/clean"
	"github.com/recoupe/recoupe/copies"
	"github.com/recoupe/recoupe/meta"
	"github.com/recoupe/recoupe/read"
)

// CopiesSetDir is the committed handmade copies set, relative to the
// repository root.
const CopiesSetDir = "testdata/copies"

// CopyPrepare turns one input file into a copies.Doc (ID left to the
// caller). It is the hook through which a fuller pipeline (with the facts
// stage) can be plugged in; nil means PipelineCopyDoc.
type CopyPrepare func(name string, data []byte) (copies.Doc, error)

// PipelineCopyDoc reads, cleans and finds the metadata of one input with
// the read, clean and meta stages, and leaves the facts to the copies
// package's proxies. The publication time is the input's own when it
// parses as RFC 3339 (keeping the hour), else meta's date.
func PipelineCopyDoc(name string, data []byte) (copies.Doc, error) {
	docs, err := read.Bytes(name, data, read.Options{})
	if err != nil {
		return copies.Doc{}, fmt.Errorf("read %s: %w", name, err)
	}
	if len(docs) != 1 {
		return copies.Doc{}, fmt.Errorf("read %s: %d articles, want 1", name, len(docs))
	}
	d := docs[0]
	c := clean.New().Clean(d)
	m := meta.Extract(d, c)
	cd := copies.Doc{
		Text:     c.Text(),
		Outlet:   m.Outlet,
		Wires:    m.Wires,
		Dateline: m.Dateline,
		Authors:  m.Authors,
	}
	if t, err := time.Parse(time.RFC3339, strings.TrimSpace(d.Published)); err == nil {
		cd.Published = t
	} else if t, err := time.Parse("2006-01-02", m.Published); err == nil {
		cd.Published = t
	}
	return cd, nil
}

// CopyItem is one labelled article of the copies set.
type CopyItem struct {
	Name  string // file name, also the article's ID
	Event string
	Group string // "" for an independent report
	Kind  string
	Doc   copies.Doc
}

// CopyCount is a precision/recall count for one family of pairs.
type CopyCount struct {
	Family    string
	Predicted int // predicted pairs
	Correct   int // of which correct
	Gold      int // gold pairs
	Found     int // of which found
}

// Precision is Correct/Predicted (1 when nothing is predicted).
func (c CopyCount) Precision() float64 { return ratioOr1(c.Correct, c.Predicted) }

// Recall is Found/Gold (1 when there is no gold pair).
func (c CopyCount) Recall() float64 { return ratioOr1(c.Found, c.Gold) }

func ratioOr1(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// CopySources compares, for one event, the number of independent sources
// with the gold one.
type CopySources struct {
	Event           string
	Gold, Predicted int
}

// CopyScore is the result of CopySet.
type CopyScore struct {
	Articles int
	// Families: "text", "same-dispatch", "quotes", in that order.
	Families []CopyCount
	Overall  CopyCount // any family, families must match
	Grouping CopyCount // families ignored
	// IndependentLinked lists the independent reports linked to any
	// article (want none).
	IndependentLinked []string
	// Sources per event.
	Sources []CopySources
	// Wrong describes the wrong and missed pairs, for reading.
	Wrong  []string
	Links  []copies.Link
	Groups []copies.Group
}

// CopySet evaluates the copies package on a labelled set directory.
func CopySet(dir string) (CopyScore, error) { return CopySetWith(dir, nil) }

// ReadCopyLabels reads a labels file.
func ReadCopyLabels(path string) ([]CopyItem, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("copies labels: %w", err)
	}
	var items []CopyItem
	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 4 {
			return nil, fmt.Errorf("copies labels %s:%d: %d fields, want 4", path, n, len(f))
		}
		it := CopyItem{Name: f[0], Event: f[1], Group: f[2], Kind: f[3]}
		if it.Group == "-" {
			it.Group = ""
		}
		if cpFamily(it.Kind) == "" && it.Kind != "independent" {
			return nil, fmt.Errorf("copies labels %s:%d: unknown kind %q", path, n, it.Kind)
		}
		if (it.Group == "") != (it.Kind == "independent") {
			return nil, fmt.Errorf("copies labels %s:%d: an independent report has no group, any other article one", path, n)
		}
		items = append(items, it)
	}
	return items, nil
}

// cpFamily maps a kind (gold or predicted) to its family.
func cpFamily(kind string) string {
	switch kind {
	case "wire", copies.Exact, copies.NearDuplicate:
		return "text"
	case copies.SameDispatch:
		return copies.SameDispatch
	case copies.Quotes:
		return copies.Quotes
	}
	return ""
}

// cpPairFamily combines the families of two articles of one group.
func cpPairFamily(a, b string) string {
	switch {
	case a == copies.Quotes || b == copies.Quotes:
		return copies.Quotes
	case a == copies.SameDispatch || b == copies.SameDispatch:
		return copies.SameDispatch
	}
	return "text"
}

// CopySetWith evaluates with a given preparation (nil: PipelineCopyDoc).
// Articles are added in publication order (then by name), under their
// file names as IDs.
func CopySetWith(dir string, prep CopyPrepare) (CopyScore, error) {
	if prep == nil {
		prep = PipelineCopyDoc
	}
	items, err := ReadCopyLabels(filepath.Join(dir, "labels.tsv"))
	if err != nil {
		return CopyScore{}, err
	}
	for i := range items {
		data, err := os.ReadFile(filepath.Join(dir, items[i].Name))
		if err != nil {
			return CopyScore{}, fmt.Errorf("copies set: %w", err)
		}
		d, err := prep(items[i].Name, data)
		if err != nil {
			return CopyScore{}, fmt.Errorf("copies set: %w", err)
		}
		d.ID = items[i].Name
		items[i].Doc = d
	}
	slices.SortStableFunc(items, func(a, b CopyItem) int {
		return cmp.Or(a.Doc.Published.Compare(b.Doc.Published), strings.Compare(a.Name, b.Name))
	})
	det := copies.New(copies.Options{})
	docs := make([]copies.Doc, len(items))
	var links []copies.Link
	for i := range items {
		links = append(links, det.Add(items[i].Doc)...)
		docs[i] = items[i].Doc
		docs[i].Text = ""
	}
	return cpScore(items, docs, links), nil
}

// cpScore scores links against the gold labels.
func cpScore(items []CopyItem, docs []copies.Doc, links []copies.Link) CopyScore {
	s := CopyScore{Articles: len(items), Links: links, Groups: copies.Groups(links, docs)}
	byName := map[string]*CopyItem{}
	for i := range items {
		byName[items[i].Name] = &items[i]
	}
	groupOf := map[string]int{}
	for gi, g := range s.Groups {
		for _, id := range g.Articles {
			groupOf[id] = gi + 1
		}
	}
	// Predicted family of each article (its closest link) and of each
	// directly linked pair (the best link).
	artKind := map[string]string{}
	direct := map[[2]string]string{}
	for _, l := range links {
		for _, id := range []string{l.From, l.To} {
			if k, ok := artKind[id]; !ok || cpRank(l.Kind) < cpRank(k) {
				artKind[id] = l.Kind
			}
		}
		p := cpPair(l.From, l.To)
		if k, ok := direct[p]; !ok || cpRank(l.Kind) < cpRank(k) {
			direct[p] = l.Kind
		}
		for _, id := range []string{l.From, l.To} {
			if it := byName[id]; it != nil && it.Group == "" && !slices.Contains(s.IndependentLinked, id) {
				s.IndependentLinked = append(s.IndependentLinked, id)
			}
		}
	}
	predFamily := func(a, b string) string {
		if k, ok := direct[cpPair(a, b)]; ok {
			return cpFamily(k)
		}
		return cpPairFamily(cpFamily(artKind[a]), cpFamily(artKind[b]))
	}
	fam := map[string]*CopyCount{}
	for _, f := range []string{"text", copies.SameDispatch, copies.Quotes} {
		s.Families = append(s.Families, CopyCount{Family: f})
	}
	for i := range s.Families {
		fam[s.Families[i].Family] = &s.Families[i]
	}
	s.Overall.Family, s.Grouping.Family = "overall", "grouping"
	for i := range items {
		for j := i + 1; j < len(items); j++ {
			a, b := &items[i], &items[j]
			sameGold := a.Group != "" && a.Group == b.Group
			samePred := groupOf[a.Name] != 0 && groupOf[a.Name] == groupOf[b.Name]
			goldF := ""
			if sameGold {
				goldF = cpPairFamily(cpFamily(a.Kind), cpFamily(b.Kind))
			}
			predF := ""
			if samePred {
				predF = predFamily(a.Name, b.Name)
			}
			if sameGold {
				fam[goldF].Gold++
				s.Overall.Gold++
				s.Grouping.Gold++
				if samePred {
					s.Grouping.Found++
					if predF == goldF {
						fam[goldF].Found++
						s.Overall.Found++
					}
				}
			}
			if samePred {
				if f := fam[predF]; f != nil {
					f.Predicted++
				}
				s.Overall.Predicted++
				s.Grouping.Predicted++
				if sameGold {
					s.Grouping.Correct++
					if predF == goldF {
						fam[predF].Correct++
						s.Overall.Correct++
					}
				}
			}
			switch {
			case sameGold && !samePred:
				s.Wrong = append(s.Wrong, fmt.Sprintf("missed %s: %s ~ %s", goldF, a.Name, b.Name))
			case samePred && !sameGold:
				s.Wrong = append(s.Wrong, fmt.Sprintf("wrong %s: %s ~ %s", predF, a.Name, b.Name))
			case sameGold && predF != goldF:
				s.Wrong = append(s.Wrong, fmt.Sprintf("kind %s for %s: %s ~ %s", predF, goldF, a.Name, b.Name))
			}
		}
	}
	// Independent sources per event.
	events := map[string][]string{}
	gold := map[string]map[string]bool{}
	var names []string
	for i := range items {
		it := &items[i]
		if events[it.Event] == nil {
			names = append(names, it.Event)
			gold[it.Event] = map[string]bool{}
		}
		events[it.Event] = append(events[it.Event], it.Name)
		key := it.Group
		if key == "" {
			key = "doc:" + it.Name
		}
		gold[it.Event][key] = true
	}
	for _, ev := range names {
		s.Sources = append(s.Sources, CopySources{
			Event:     ev,
			Gold:      len(gold[ev]),
			Predicted: copies.IndependentSources(events[ev], s.Groups),
		})
	}
	return s
}

func cpPair(a, b string) [2]string {
	if a > b {
		a, b = b, a
	}
	return [2]string{a, b}
}

// cpRank orders predicted kinds, closest first.
func cpRank(kind string) int {
	switch kind {
	case copies.Exact:
		return 0
	case copies.NearDuplicate:
		return 1
	case copies.SameDispatch:
		return 2
	case copies.Quotes:
		return 3
	}
	return 4
}
