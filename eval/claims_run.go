package eval

import (
	"fmt"
	"strings"
	"time"

	"github.com/recoupe/recoupe/article"
	"github.com/recoupe/recoupe/copies"
	"github.com/recoupe/recoupe/crosscheck"
	"github.com/recoupe/recoupe/facts"
	"github.com/recoupe/recoupe/pipeline"
	"github.com/recoupe/recoupe/read"
	"github.com/recoupe/recoupe/report"
)

// AnalyzeClaimStory reads one story file of the claim set and returns its
// report, cross-checked: the analyze function Claims takes. When the
// pipeline leaves the claim statuses empty it runs the cross-check itself,
// with copy groups from package copies when the report has none.
func AnalyzeClaimStory(path string) (*report.Report, error) {
	var docs []*article.Doc
	errs := read.Paths([]string{path}, nil, read.Options{}, func(d *article.Doc) { docs = append(docs, d) })
	if len(docs) == 0 {
		if len(errs) > 0 {
			return nil, fmt.Errorf("%s: %s", errs[0].File, errs[0].Reason)
		}
		return nil, fmt.Errorf("%s: no article", path)
	}
	arts := pipeline.Articles(docs, nil)
	fs := pipeline.Facts(arts)
	r := pipeline.ReportFacts(arts, fs, errs)
	byID := make(map[string]*article.Article, len(arts))
	for _, a := range arts {
		byID[a.ID] = a
	}
	for i := range r.Stories {
		st := &r.Stories[i]
		if ccChecked(st) {
			continue
		}
		crosscheck.Story(st, ccSources(st, byID, fs))
	}
	return r, nil
}

// ccChecked reports whether the pipeline has cross-checked the story.
func ccChecked(st *report.Story) bool {
	for _, c := range st.Claims {
		if c.Status != "" {
			return true
		}
	}
	return false
}

// ccSources builds the cross-check's view of a story's articles, with
// copy groups detected here when the report has none.
func ccSources(st *report.Story, byID map[string]*article.Article, fs map[string]facts.Facts) []crosscheck.Source {
	var srcs []crosscheck.Source
	var docs []copies.Doc
	for _, id := range st.Articles {
		a, ok := byID[id]
		if !ok {
			continue
		}
		srcs = append(srcs, crosscheck.Source{
			Article: id, Outlet: a.Meta.Outlet, Published: a.Meta.Published,
			Lang: a.Meta.Language, Text: a.Text(), Dates: fs[id].Dates,
		})
		var pub time.Time
		if t, err := time.Parse(time.DateOnly, a.Meta.Published); err == nil {
			pub = t
		}
		docs = append(docs, copies.Doc{ID: id, Text: a.Text(), Published: pub, Outlet: a.Meta.Outlet,
			Wires: a.Meta.Wires, Dateline: a.Meta.Dateline, Authors: a.Meta.Authors})
	}
	if len(st.Copies) > 0 {
		return srcs
	}
	det := copies.New(copies.DefaultOptions())
	var links []copies.Link
	for _, d := range docs {
		links = append(links, det.Add(d)...)
	}
	group := make(map[string]string)
	for _, g := range copies.Groups(links, docs) {
		for _, id := range g.Articles {
			group[id] = g.Original
		}
	}
	for i := range srcs {
		srcs[i].Group = group[srcs[i].Article]
	}
	return srcs
}

// ClaimSplit returns the status accuracy counts of the files whose names
// sort before from and of the others: the stories written before a
// measurement and those added after it (testdata/claims/gold.tsv says
// which).
func ClaimSplit(s ClaimScore, from string) (before, beforeN, after, afterN int) {
	for _, f := range s.Files {
		if strings.Compare(f.File, from) < 0 {
			before += f.Correct
			beforeN += f.Measures
		} else {
			after += f.Correct
			afterN += f.Measures
		}
	}
	return before, beforeN, after, afterN
}
