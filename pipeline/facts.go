package pipeline

import (
	"math"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/recoupe/recoupe/article"
	"github.com/recoupe/recoupe/entity"
	"github.com/recoupe/recoupe/facts"
	"github.com/recoupe/recoupe/report"
)

// Facts runs the facts stage on every article's cleaned text, with the
// article's language and its publication date as the reference for
// relative dates. The result is keyed by article ID. Articles are
// processed in parallel, one per available CPU.
func Facts(arts []*article.Article) map[string]facts.Facts {
	out := make([]facts.Facts, len(arts))
	workers := min(runtime.GOMAXPROCS(0), len(arts))
	var wg sync.WaitGroup
	next := make(chan int)
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				a := arts[i]
				out[i] = facts.Extract(a.Text(), a.Meta.Language, RefDate(a))
			}
		}()
	}
	for i := range arts {
		next <- i
	}
	close(next)
	wg.Wait()
	m := make(map[string]facts.Facts, len(arts))
	for i, a := range arts {
		m[a.ID] = out[i]
	}
	return m
}

// RefDate is the date an article's relative dates are resolved against:
// its publication date, or the zero time when it is unknown.
func RefDate(a *article.Article) time.Time {
	if a.Meta.Published == "" {
		return time.Time{}
	}
	t, err := time.Parse(time.DateOnly, a.Meta.Published)
	if err != nil {
		return time.Time{}
	}
	return t
}

// storyFacts fills a story's entities, quotes and claims from the facts
// of its articles, given oldest first.
func storyFacts(st *report.Story, arts []*article.Article, fs map[string]facts.Facts) {
	ents, names := storyEntities(arts, fs)
	st.Entities = ents
	st.Quotes = storyQuotes(arts, fs, names)
	st.Claims = storyClaims(arts, fs)
}

// speakerKey identifies a name as one article writes it.
type speakerKey struct{ article, name string }

// storyEntities merges the entity mentions of the articles. It also
// returns, for every surface form and canonical name of every article,
// the merged entity's name, so that quotes can name their speakers the
// same way.
func storyEntities(arts []*article.Article, fs map[string]facts.Facts) ([]report.Entity, map[speakerKey]string) {
	var m entity.Merger
	for _, a := range arts {
		f := fs[a.ID]
		ms := make([]entity.Mention, len(f.Entities))
		for i, e := range f.Entities {
			ms[i] = entity.Mention{Start: e.Start, End: e.End, Text: e.Text, Kind: e.Kind, Canonical: e.Canonical, Role: e.Role}
		}
		m.Add(a.ID, ms)
	}
	names := make(map[speakerKey]string)
	var out []report.Entity
	for _, e := range m.Entities() {
		out = append(out, report.Entity{Name: e.Name, Kind: e.Kind, Variants: e.Variants, Articles: e.Articles})
		for _, am := range e.Mentions {
			for _, n := range []string{am.Text, am.Canonical} {
				k := speakerKey{am.Article, n}
				if _, ok := names[k]; !ok && n != "" {
					names[k] = e.Name
				}
			}
		}
	}
	return out, names
}

// quoteGroup is one quote found in one or more articles.
type quoteGroup struct {
	key      string         // folded text of the longest wording
	wordings map[string]int // wording -> number of articles
	first    map[string]int // wording -> order of first appearance
	speakers map[string]int
	articles []string
	order    int
}

// minContained is the least number of words a quote must have to be
// merged with a longer one that contains it: shorter fragments ("la
// pire catastrophe") are too common to tell one quote from another.
const minContained = 3

// storyQuotes merges the quotes of the articles: the same words (after
// folding case, accents and punctuation), or words that contain the
// other's, are one quote, reported under its most frequent wording and
// speaker. Speakers are named as the story's entities name them.
func storyQuotes(arts []*article.Article, fs map[string]facts.Facts, names map[speakerKey]string) []report.Quote {
	var groups []*quoteGroup
	seq := 0
	for _, a := range arts {
		for _, q := range fs[a.ID].Quotes {
			key := foldQuote(q.Text)
			if key == "" {
				continue
			}
			speaker := q.Speaker
			if n, ok := names[speakerKey{a.ID, speaker}]; ok {
				speaker = n
			}
			g := findQuote(groups, key)
			if g == nil {
				g = &quoteGroup{key: key, wordings: map[string]int{}, first: map[string]int{}, speakers: map[string]int{}, order: len(groups)}
				groups = append(groups, g)
			} else if len(key) > len(g.key) {
				g.key = key
			}
			if _, ok := g.first[q.Text]; !ok {
				g.first[q.Text] = seq
				seq++
			}
			g.wordings[q.Text]++
			if speaker != "" {
				g.speakers[speaker]++
			}
			if len(g.articles) == 0 || g.articles[len(g.articles)-1] != a.ID {
				g.articles = append(g.articles, a.ID)
			}
		}
	}
	sort.SliceStable(groups, func(i, j int) bool { return len(groups[i].articles) > len(groups[j].articles) })
	out := make([]report.Quote, 0, len(groups))
	for _, g := range groups {
		out = append(out, report.Quote{Speaker: mostFrequent(g.speakers, nil), Text: mostFrequent(g.wordings, g.first), Articles: g.articles})
	}
	return out
}

// findQuote returns the group whose folded text equals key or contains it
// (or is contained in it) as whole words, nil when none.
func findQuote(groups []*quoteGroup, key string) *quoteGroup {
	for _, g := range groups {
		if g.key == key {
			return g
		}
	}
	short := len(strings.Fields(key)) >= minContained
	for _, g := range groups {
		if short && strings.Contains(" "+g.key+" ", " "+key+" ") {
			return g
		}
		if len(strings.Fields(g.key)) >= minContained && strings.Contains(" "+key+" ", " "+g.key+" ") {
			return g
		}
	}
	return nil
}

// mostFrequent returns the key with the highest count; ties go to the
// lowest rank when rank is given, else to the longest then the smallest
// key. It returns "" for an empty map.
func mostFrequent(counts map[string]int, rank map[string]int) string {
	best, n := "", 0
	for k, c := range counts {
		switch {
		case c > n:
		case c < n:
			continue
		case rank != nil && rank[k] > rank[best]:
			continue
		case rank != nil && rank[k] < rank[best]:
		case len(k) < len(best), len(k) == len(best) && k > best:
			continue
		}
		best, n = k, c
	}
	return best
}

// foldQuote folds a quote for comparison: lower case, without accents,
// every run of punctuation and spaces one space ("Il n'y a plus de
// village." and "il n’y a plus de village" are equal).
func foldQuote(s string) string {
	var b strings.Builder
	space := true
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
			space = false
		default:
			if !space {
				b.WriteByte(' ')
				space = true
			}
		}
	}
	return strings.TrimSuffix(b.String(), " ")
}

// claimKinds are the kinds of figures that make claims; ages, ordinals,
// bare numbers and physical quantities without a measure do not.
var claimKinds = map[string]bool{"count": true, "money": true, "percent": true}

// peopleMeasures are the canonical measures that count people: their
// unit is "personnes".
var peopleMeasures = map[string]bool{
	"morts": true, "blessés": true, "soldats": true, "évacués": true, "déplacés": true,
	"sinistrés": true, "manifestants": true, "réfugiés": true, "migrants": true,
	"otages": true, "disparus": true, "pompiers": true, "policiers": true, "rescapés": true, "corps": true,
}

// claimValue is a value with what orders it.
type claimValue struct {
	report.Value
	article int // index of the article in the story
	pos     int // offset of the figure in the article
}

// storyClaims groups the figures of the articles by measure and unit.
// Status is left to the cross-check.
func storyClaims(arts []*article.Article, fs map[string]facts.Facts) []report.Claim {
	type claimKey struct{ measure, unit string }
	var keys []claimKey
	byKey := make(map[claimKey][]claimValue)
	for ai, a := range arts {
		f := fs[a.ID]
		var sents []facts.Span
		published := a.Meta.Published
		ref := RefDate(a)
		seen := make(map[valueKey]bool)
		whole := "" // measure of the last count that is not a part
		for _, q := range f.Quantities {
			// "12 morts, dont trois enfants": the part is no figure of
			// the toll; "1 200 sinistrés, dont 700 évacués" is one of
			// the evacuees.
			if q.Part && q.Measure == whole {
				continue
			}
			if !q.Part {
				whole = q.Measure
			}
			if !claimKinds[q.Kind] || q.Measure == "" {
				continue
			}
			if sents == nil {
				sents = facts.Sentences(a.Text())
			}
			sent := sentenceAt(sents, q.Start)
			v := report.Value{Value: q.Value, Low: q.Low, High: q.High, Approx: q.Approx, Article: a.ID, Sentence: sent.Text}
			if q.Low != nil && q.High != nil && !q.Approx {
				// A stated range: its midpoint.
				v.Value = (*q.Low + *q.High) / 2
			}
			if d := sentenceDate(f.Dates, sent, ref); d != "" {
				v.AsOf = &d
			} else if published != "" {
				p := published
				v.AsOf = &p
			}
			dup := valueKey{v.Value, bound(v.Low), bound(v.High), v.Approx, deref(v.AsOf), q.Measure, q.Unit}
			if seen[dup] {
				continue
			}
			seen[dup] = true
			unit := q.Unit
			if unit == "" && q.Kind == "count" && peopleMeasures[q.Measure] {
				unit = "personnes"
			}
			k := claimKey{q.Measure, unit}
			if _, ok := byKey[k]; !ok {
				keys = append(keys, k)
			}
			byKey[k] = append(byKey[k], claimValue{Value: v, article: ai, pos: q.Start})
		}
	}
	sort.SliceStable(keys, func(i, j int) bool { return len(byKey[keys[i]]) > len(byKey[keys[j]]) })
	out := make([]report.Claim, 0, len(keys))
	for _, k := range keys {
		vs := byKey[k]
		sort.SliceStable(vs, func(i, j int) bool {
			a, b := deref(vs[i].AsOf), deref(vs[j].AsOf)
			if a != b {
				return a != "" && (b == "" || a < b)
			}
			if vs[i].article != vs[j].article {
				return vs[i].article < vs[j].article
			}
			return vs[i].pos < vs[j].pos
		})
		c := report.Claim{Measure: k.measure, Unit: k.unit}
		for _, v := range vs {
			c.Values = append(c.Values, v.Value)
		}
		out = append(out, c)
	}
	return out
}

// sentenceAt returns the sentence holding offset pos, or an empty span.
func sentenceAt(sents []facts.Span, pos int) facts.Span {
	i := sort.Search(len(sents), func(i int) bool { return sents[i].End > pos })
	if i < len(sents) && sents[i].Start <= pos {
		return sents[i]
	}
	return facts.Span{}
}

// asOfWindow is how far before its article's date a date in a figure's
// sentence may lie and still be the date the figure is valid for: a toll
// given "mardi" in Thursday's paper; "en 1972" is background.
const asOfWindow = 31 * 24 * time.Hour

// sentenceDate returns the day a figure in sentence s is valid for when
// the sentence clearly says so: it holds exactly one date resolved to a
// day (a date or a time of that day, not a duration, not "avant" or
// "après" it), not after the article's date ref and at most a month
// before it. It returns "" otherwise.
func sentenceDate(dates []facts.Date, s facts.Span, ref time.Time) string {
	if s.End == 0 {
		return ""
	}
	day := ""
	for _, d := range dates {
		if d.End <= s.Start || d.Start >= s.End {
			continue
		}
		if d.Kind != "DATE" && d.Kind != "TIME" {
			continue
		}
		if len(d.Value) < 10 || d.Value[4] != '-' || d.Value[7] != '-' {
			if d.Kind == "DATE" {
				// A month, a year, a week: too vague to date a figure,
				// and a second date in the sentence makes it unclear.
				return ""
			}
			continue
		}
		t, err := time.Parse(time.DateOnly, d.Value[:10])
		if err != nil || d.Mod == "BEFORE" || d.Mod == "AFTER" || d.Future {
			return ""
		}
		if !ref.IsZero() && (t.After(ref) || ref.Sub(t) > asOfWindow) {
			return ""
		}
		if day != "" && day != d.Value[:10] {
			return ""
		}
		day = d.Value[:10]
	}
	return day
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// bound is a bound as a comparable number, -Inf when there is none.
func bound(f *float64) float64 {
	if f == nil {
		return math.Inf(-1)
	}
	return *f
}

// valueKey identifies a figure within one article: the same figure for
// the same measure and date given twice is one value.
type valueKey struct {
	value, low, high float64
	approx           bool
	asOf             string
	measure, unit    string
}
