// Package pipeline runs recoupe's stages in order over a batch of documents
// and assembles the report:
//
//	read -> clean -> meta -> (stories) -> facts -> (cross-check) -> report
//
// Each stage lives in its own package with a narrow typed interface; this
// package only wires them together.
package pipeline

import (
	"sort"
	"strconv"
	"time"

	"github.com/recoupe/recoupe/article"
	"github.com/recoupe/recoupe/clean"
	"github.com/recoupe/recoupe/facts"
	"github.com/recoupe/recoupe/meta"
	"github.com/recoupe/recoupe/read"
	"github.com/recoupe/recoupe/report"
)

// Progress is told how many documents each stage has finished; nil is fine.
type Progress interface {
	Add(n int)
}

// Articles cleans the documents and finds their metadata, returning one
// Article per document in input order, each with an ID unique in the batch.
func Articles(docs []*article.Doc, p Progress) []*article.Article {
	c := clean.New()
	cleaned := c.CleanAll(docs)
	arts := make([]*article.Article, len(docs))
	seen := make(map[string]int, len(docs))
	for i, d := range docs {
		id := article.ContentID(d.Lines)
		if n := seen[id]; n > 0 {
			seen[id] = n + 1
			id += "-" + strconv.Itoa(n+1)
		} else {
			seen[id] = 1
		}
		arts[i] = &article.Article{ID: id, Doc: d, Body: cleaned[i], Meta: meta.Extract(d, cleaned[i])}
		if p != nil {
			p.Add(1)
		}
	}
	meta.InferYears(arts)
	return arts
}

// Report assembles the report for analysed articles and the inputs that
// could not be read. It runs the facts stage (Facts) on the articles and
// fills every story's entities, quotes and claims. Until the stories stage
// exists, all articles form one story, in publication order.
func Report(arts []*article.Article, errs []*read.Error) *report.Report {
	return ReportFacts(arts, Facts(arts), errs)
}

// Options tune the report.
type Options struct {
	// UpdateSince, when set, makes each story's summary say what is new
	// since that day: articles published before it are background.
	UpdateSince time.Time
}

// ReportFacts is Report with the facts of the articles already extracted
// (by Facts, keyed by article ID).
func ReportFacts(arts []*article.Article, fs map[string]facts.Facts, errs []*read.Error) *report.Report {
	return ReportWith(arts, fs, errs, Options{})
}

// ReportWith is ReportFacts with options.
func ReportWith(arts []*article.Article, fs map[string]facts.Facts, errs []*read.Error, opt Options) *report.Report {
	r := &report.Report{Version: report.Version}
	ordered := make([]*article.Article, len(arts))
	copy(ordered, arts)
	sort.SliceStable(ordered, func(i, j int) bool {
		return PublishedKey(ordered[i]) < PublishedKey(ordered[j])
	})
	for _, a := range ordered {
		r.Articles = append(r.Articles, ReportArticle(a))
	}
	groups := copyGroups(ordered, fs)
	for _, g := range groupStories(ordered, fs) {
		r.Stories = append(r.Stories, BuildStory(g.id, g.thread, g.title, g.arts, fs, groups, opt))
	}
	for _, e := range errs {
		r.Errors = append(r.Errors, report.InputErr{File: e.File, Reason: e.Reason})
	}
	r.Normalize()
	return r
}

// PublishedKey orders dated articles by date and undated ones last: the
// order in which the stories and copies stages see them.
func PublishedKey(a *article.Article) string {
	if a.Meta.Published == "" {
		return "~"
	}
	return a.Meta.Published
}

// storyTitle picks the title of the earliest article that has one.
func storyTitle(arts []*article.Article) string {
	for _, a := range arts {
		if a.Meta.Title != "" {
			return a.Meta.Title
		}
	}
	return ""
}

// ReportArticle is an analysed article in the report's terms.
func ReportArticle(a *article.Article) report.Article {
	ra := report.Article{
		ID:             a.ID,
		File:           a.Doc.File,
		URL:            a.Doc.URL,
		Title:          a.Meta.Title,
		Outlet:         a.Meta.Outlet,
		Wires:          a.Meta.Wires,
		Authors:        a.Meta.Authors,
		Dateline:       a.Meta.Dateline,
		PublishedBasis: a.Meta.PublishedBasis,
		Language:       a.Meta.Language,
		Text:           a.Text(),
	}
	if a.Meta.Published != "" {
		p := a.Meta.Published
		ra.Published = &p
	}
	for _, b := range a.Doc.Dropped {
		ra.Boilerplate = append(ra.Boilerplate, report.Boilerplate{Text: b.Text, Reason: b.Reason, Line: b.Line})
	}
	for _, b := range a.Body.Boilerplate {
		ra.Boilerplate = append(ra.Boilerplate, report.Boilerplate{Text: b.Text, Reason: b.Reason, Line: b.Line})
	}
	return ra
}
