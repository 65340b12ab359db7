package pipeline

import (
	"strconv"
	"time"

	"github.com/recoupe/recoupe/article"
	"github.com/recoupe/recoupe/copies"
	"github.com/recoupe/recoupe/crosscheck"
	"github.com/recoupe/recoupe/facts"
	"github.com/recoupe/recoupe/report"
	"github.com/recoupe/recoupe/stories"
	"github.com/recoupe/recoupe/summary"
)

// storyGroup is one story found by the stories stage: its IDs, title and
// articles, oldest first.
type storyGroup struct {
	id, thread, title string
	arts              []*article.Article
}

// groupStories streams the articles, oldest first, into the stories
// clusterer and returns the stories, largest first (ties: earliest first).
func groupStories(ordered []*article.Article, fs map[string]facts.Facts) []storyGroup {
	c := stories.New(stories.DefaultOptions())
	byID := make(map[string]*article.Article, len(ordered))
	for _, a := range ordered {
		byID[a.ID] = a
		c.Add(StoriesDoc(a, fs[a.ID]))
	}
	var out []storyGroup
	for _, s := range c.Stories() {
		g := storyGroup{id: s.ID, thread: s.Thread, title: s.Title}
		for _, id := range s.Articles {
			if a := byID[id]; a != nil {
				g.arts = append(g.arts, a)
			}
		}
		if len(g.arts) > 0 {
			out = append(out, g)
		}
	}
	// Stable order: largest first; the clusterer gives creation order.
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && len(out[j].arts) > len(out[j-1].arts); j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// entityNames are the canonical names an article's facts mention, once
// each.
func entityNames(f facts.Facts) []string {
	seen := make(map[string]bool, len(f.Entities))
	var out []string
	for _, e := range f.Entities {
		n := e.Canonical
		if n == "" {
			n = e.Text
		}
		if !seen[n] {
			seen[n] = true
			out = append(out, n)
		}
	}
	return out
}

// copyGroups runs copy detection over all articles, oldest first, with the
// facts the facts stage found, and returns the copy groups.
func copyGroups(ordered []*article.Article, fs map[string]facts.Facts) []copies.Group {
	d := copies.New(copies.DefaultOptions())
	docs := make([]copies.Doc, len(ordered))
	var links []copies.Link
	for i, a := range ordered {
		docs[i] = CopiesDoc(a, fs[a.ID])
		links = append(links, d.Add(docs[i])...)
	}
	return copies.Groups(links, docs)
}

// copyFacts turns an article's facts into the evidence copies of one
// dispatch share.
func copyFacts(f facts.Facts) copies.Facts {
	var cf copies.Facts
	cf.Entities = entityNames(f)
	for _, q := range f.Quantities {
		cf.Figures = append(cf.Figures, strconv.FormatFloat(q.Value, 'f', -1, 64)+"|"+q.Unit+"|"+q.Measure)
	}
	for _, d := range f.Dates {
		if d.Value != "" {
			cf.Dates = append(cf.Dates, d.Value)
		}
	}
	for _, q := range f.Quotes {
		cf.Quotes = append(cf.Quotes, q.Text)
	}
	return cf
}

// storyCopies returns the copy groups restricted to a story's articles
// (groups left with one article are dropped) and the number of independent
// sources among them.
func storyCopies(arts []*article.Article, groups []copies.Group) ([]report.Copy, int) {
	in := make(map[string]bool, len(arts))
	ids := make([]string, len(arts))
	for i, a := range arts {
		in[a.ID] = true
		ids[i] = a.ID
	}
	var out []report.Copy
	var kept []copies.Group
	for _, grp := range groups {
		var members []string
		for _, id := range grp.Articles {
			if in[id] {
				members = append(members, id)
			}
		}
		if len(members) < 2 {
			continue
		}
		orig := grp.Original
		if !in[orig] {
			orig = members[0]
		}
		out = append(out, report.Copy{Articles: members, Kind: grp.Kind, Score: grp.Score, Original: orig, Evidence: grp.Evidence})
		kept = append(kept, grp)
	}
	return out, copies.IndependentSources(ids, kept)
}

// checkSources describes a story's articles, oldest first, to the
// cross-check stage; their copy groups come from the story's copies.
func checkSources(arts []*article.Article, fs map[string]facts.Facts) []crosscheck.Source {
	out := make([]crosscheck.Source, len(arts))
	for i, a := range arts {
		out[i] = crosscheck.Source{
			Article:   a.ID,
			Outlet:    a.Meta.Outlet,
			Published: a.Meta.Published,
			Lang:      a.Meta.Language,
			Text:      a.Text(),
			Dates:     fs[a.ID].Dates,
		}
	}
	return out
}

// storySummary draws 3 to 8 sentences from the story's articles, each
// with its article; with since set, what is new since that day.
func storySummary(arts []*article.Article, since time.Time) []report.Sentence {
	var sents []summary.Sentence
	for _, a := range arts {
		sents = append(sents, summary.ArticleSentences(a.ID, RefDate(a), a.Body.Paragraphs)...)
	}
	picked := summary.Summarize(sents, summary.Options{MaxSentences: 8, MinSentences: 3, MaxWords: 120, Since: since})
	out := make([]report.Sentence, len(picked))
	for i, s := range picked {
		out[i] = report.Sentence{Text: s.Text, Article: s.Article}
	}
	return out
}

// StoriesDoc is an article as the stories stage gets it, with its facts.
func StoriesDoc(a *article.Article, f facts.Facts) stories.Doc {
	return stories.Doc{
		ID:        a.ID,
		Title:     a.Meta.Title,
		Body:      a.Text(),
		Published: RefDate(a),
		Lang:      a.Meta.Language,
		Entities:  entityNames(f),
	}
}

// CopiesDoc is an article as the copy detector gets it, with its facts.
func CopiesDoc(a *article.Article, f facts.Facts) copies.Doc {
	return copies.Doc{
		ID:        a.ID,
		Text:      a.Text(),
		Published: RefDate(a),
		Outlet:    a.Meta.Outlet,
		Wires:     a.Meta.Wires,
		Dateline:  a.Meta.Dateline,
		Authors:   a.Meta.Authors,
		Facts:     copyFacts(f),
	}
}

// BuildStory assembles one story of the report: arts are its articles,
// oldest first (by PublishedKey), fs their facts and groups the copy
// groups found among all articles (groups are restricted to the story's
// members). An empty title is taken from the earliest article that has
// one. It fills the copies, entities, quotes, claims (cross-checked),
// timeline and summary.
func BuildStory(id, thread, title string, arts []*article.Article, fs map[string]facts.Facts, groups []copies.Group, opt Options) report.Story {
	st := report.Story{ID: id, Thread: thread, Title: title}
	if st.Title == "" {
		st.Title = storyTitle(arts)
	}
	for _, a := range arts {
		st.Articles = append(st.Articles, a.ID)
	}
	st.Copies, st.Sources = storyCopies(arts, groups)
	storyFacts(&st, arts, fs)
	crosscheck.Story(&st, checkSources(arts, fs))
	st.Summary = storySummary(arts, opt.UpdateSince)
	return st
}
