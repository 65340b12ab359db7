package ingest

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/recoupe/recoupe/article"
	"github.com/recoupe/recoupe/clean"
	"github.com/recoupe/recoupe/copies"
	"github.com/recoupe/recoupe/facts"
	"github.com/recoupe/recoupe/meta"
	"github.com/recoupe/recoupe/pipeline"
	"github.com/recoupe/recoupe/report"
	"github.com/recoupe/recoupe/store"
)

// analyse cleans the documents of one batch and finds their metadata, as
// pipeline.Articles does, with the IDs already computed.
func analyse(docs []*article.Doc, ids []string) []*article.Article {
	cleaned := clean.New().CleanAll(docs)
	arts := make([]*article.Article, len(docs))
	for i, d := range docs {
		arts[i] = &article.Article{ID: ids[i], Doc: d, Body: cleaned[i], Meta: meta.Extract(d, cleaned[i])}
	}
	meta.InferYears(arts)
	return arts
}

// flushChunk is how many stories Flush rebuilds per transaction.
const flushChunk = 256

// Flush rebuilds the report of every story marked dirty in the store,
// committing every flushChunk stories, and returns how many it rebuilt.
// Add calls it after each batch (or every Options.RebuildEvery
// articles); Open calls it to finish what a crash interrupted.
func (e *Engine) Flush(ctx context.Context) (int, error) {
	if e.broken != nil {
		return 0, e.broken
	}
	ids, err := e.st.Dirty(ctx)
	if err != nil {
		return 0, fmt.Errorf("ingest: %w", err)
	}
	e.sinceRebuild = 0
	if len(ids) == 0 {
		return 0, nil
	}
	want := make(map[string]bool, len(ids))
	for _, id := range ids {
		want[id] = true
	}
	titles := make(map[string]string, len(ids))
	for _, s := range e.clus.Stories() {
		if want[s.ID] {
			titles[s.ID] = s.Title
		}
	}
	type built struct {
		st   report.Story
		info store.StoryInfo
	}
	done := 0
	for len(ids) > 0 {
		part := ids[:min(flushChunk, len(ids))]
		ids = ids[len(part):]
		out := make([]built, 0, len(part))
		now := e.opt.Now()
		for _, id := range part {
			st, info, err := e.buildStory(ctx, id, titles[id])
			if err != nil {
				return done, err
			}
			info.Updated = now
			out = append(out, built{st, info})
		}
		err = e.st.Update(ctx, func(tx store.Tx) error {
			for i := range out {
				if err := tx.PutStory(&out[i].st, out[i].info); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			return done, fmt.Errorf("ingest: rebuilding stories: %w", err)
		}
		done += len(out)
	}
	return done, nil
}

// buildStory builds the report of one story from its stored articles.
func (e *Engine) buildStory(ctx context.Context, id, title string) (report.Story, store.StoryInfo, error) {
	var info store.StoryInfo
	members, err := e.st.Members(ctx, id)
	if err != nil {
		return report.Story{}, info, fmt.Errorf("ingest: story %s: %w", id, err)
	}
	arts := make([]*article.Article, len(members))
	fs := make(map[string]facts.Facts, len(members))
	for i, m := range members {
		arts[i] = m.Article
		fs[m.Article.ID] = m.Facts
		if p := m.Article.Meta.Published; p != "" {
			if info.First == "" || p < info.First {
				info.First = p
			}
			if p > info.Last {
				info.Last = p
			}
		}
	}
	// Oldest first, ties in ingest order, as the batch pipeline orders
	// a story's articles.
	slices.SortStableFunc(arts, func(a, b *article.Article) int {
		return strings.Compare(pipeline.PublishedKey(a), pipeline.PublishedKey(b))
	})
	groups, err := e.copyGroups(ctx, arts)
	if err != nil {
		return report.Story{}, info, fmt.Errorf("ingest: story %s: %w", id, err)
	}
	st := pipeline.BuildStory(id, e.threads[id], title, arts, fs, groups, e.opt.Report)
	r := report.Report{Stories: []report.Story{st}}
	r.Normalize()
	return r.Stories[0], info, nil
}

// copyGroups returns the copy groups (whole components, across stories)
// that the articles belong to.
func (e *Engine) copyGroups(ctx context.Context, arts []*article.Article) ([]copies.Group, error) {
	seen := make(map[*artInfo]bool)
	var members []*artInfo
	for _, a := range arts {
		ai := e.arts[a.ID]
		if ai == nil {
			continue
		}
		r := ai.root()
		if r.members == nil || seen[r] {
			continue
		}
		seen[r] = true
		members = append(members, r.members...)
	}
	if len(members) == 0 {
		return nil, nil
	}
	slices.SortFunc(members, func(a, b *artInfo) int { return int(a.seq - b.seq) })
	ids := make([]string, len(members))
	docs := make([]copies.Doc, len(members))
	in := make(map[string]bool, len(members))
	for i, m := range members {
		ids[i] = m.id
		in[m.id] = true
		docs[i] = copies.Doc{ID: m.id, Published: m.published, Outlet: m.outlet, Wires: m.wires}
	}
	links, err := e.st.Links(ctx, ids)
	if err != nil {
		return nil, err
	}
	kept := links[:0]
	for _, l := range links {
		if in[l.From] && in[l.To] {
			kept = append(kept, l)
		}
	}
	return copies.Groups(kept, docs), nil
}
