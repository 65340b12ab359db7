// Package ingest adds articles to a store incrementally: each batch of new
// documents is cleaned, its metadata and facts found, every article matched
// to its copies and to its story, and the batch committed in one
// transaction; the stories it touched then get their report (copies,
// entities, quotes, claims, timeline, summary) rebuilt once per batch.
//
// The stories clusterer and the copy detector live in memory. Open
// rebuilds them by replaying the stored inputs in ingest order, so that an
// engine reopened after a crash (or kill -9) goes on exactly where the
// last committed batch left it: articles are stored once (by content ID,
// article.ContentID), and a story whose rebuild was interrupted stays
// marked dirty in the store until it is rebuilt.
//
// Results depend on batch boundaries (the cleaner learns repeated lines
// and meta.InferYears fixes years from the other articles of a batch), so
// callers that want the same stories from a resumed run cut their input
// into the same fixed-size chunks (see Chunks).
package ingest

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/recoupe/recoupe/article"
	"github.com/recoupe/recoupe/copies"
	"github.com/recoupe/recoupe/pipeline"
	"github.com/recoupe/recoupe/store"
	"github.com/recoupe/recoupe/stories"
)

// Options tune an Engine.
type Options struct {
	// Stories and Copies configure the stages; zero values take their
	// defaults.
	Stories stories.Options
	Copies  copies.Options
	// Report tunes the story reports.
	Report pipeline.Options
	// Now is the clock that dates story updates; nil means time.Now.
	Now func() time.Time
	// RebuildEvery is how many articles Add takes between two rebuilds
	// of the dirty stories: 0 rebuilds them after every batch. Rebuilding
	// a story costs time in proportion to its size (the summary most of
	// all), so a bulk load rebuilds less often and calls Flush at the
	// end. Dirty marks are stored with each batch, so a crash in between
	// loses nothing: Open rebuilds what is left.
	RebuildEvery int
}

// Result says what one Add did.
type Result struct {
	// Added counts the new articles stored.
	Added int
	// Skipped counts the documents already stored (or repeated in the
	// batch): same content ID.
	Skipped int
	// Stories counts the stories whose report was rebuilt.
	Stories int
	// IDs are the IDs of the added articles, in ingest order.
	IDs []string
}

// Engine adds articles to a store. It is not safe for concurrent use;
// readers of the store may run alongside.
type Engine struct {
	st    store.Store
	opt   Options
	clus  *stories.Clusterer
	det   *copies.Detector
	batch int64 // number of the last committed batch
	// threads is the last thread recorded for each story.
	threads map[string]string
	// arts holds, for every stored article, its story and copy
	// component.
	arts map[string]*artInfo
	// sinceRebuild counts the articles added since the last rebuild.
	sinceRebuild int
	// broken is set when a commit failed after the in-memory state had
	// moved on: the engine must be reopened.
	broken error
}

// artInfo is what the engine keeps in memory of every stored article:
// its story, its copy component (union-find) and the fields
// copies.Groups reads.
type artInfo struct {
	id        string
	story     string
	seq       int64
	published time.Time
	outlet    string
	wires     []string
	parent    *artInfo
	// members of the copy component in ingest order, on its root only
	// and only once it has links.
	members []*artInfo
}

func (c *artInfo) root() *artInfo {
	for c.parent != c {
		c.parent = c.parent.parent
		c = c.parent
	}
	return c
}

// Open returns an engine over st, its state rebuilt from what st holds,
// and rebuilds the stories a crash left dirty.
func Open(ctx context.Context, st store.Store, opt Options) (*Engine, error) {
	if opt.Now == nil {
		opt.Now = time.Now
	}
	e := &Engine{
		st:      st,
		opt:     opt,
		clus:    stories.New(opt.Stories),
		det:     copies.New(opt.Copies),
		threads: make(map[string]string),
		arts:    make(map[string]*artInfo),
	}
	err := st.Replay(ctx, func(it store.ReplayItem) error {
		rec, err := decodeRecord(it.Replay)
		if err != nil {
			return fmt.Errorf("article %s: %w", it.ID, err)
		}
		e.batch = max(e.batch, it.Batch)
		e.feed(it.Seq, it.ID, it.Text, &rec)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("ingest: replay: %w", err)
	}
	for _, s := range e.clus.Stories() {
		e.threads[s.ID] = s.Thread
	}
	if _, err := e.Flush(ctx); err != nil {
		return nil, err
	}
	return e, nil
}

// Len returns the number of articles the engine holds.
func (e *Engine) Len() int { return len(e.arts) }

// feed gives one article to the clusterer and the copy detector, records
// it and returns its assignment, its links and its copy component's
// members (nil without links).
func (e *Engine) feed(seq int64, id, text string, rec *record) (stories.Assignment, []copies.Link, []*artInfo) {
	asg := e.clus.Add(rec.storiesDoc(id, text))
	e.threads[asg.Story] = asg.Thread
	links := e.det.Add(rec.copiesDoc(id, text))
	self := &artInfo{id: id, story: asg.Story, seq: seq, published: rec.published, outlet: rec.outlet, wires: rec.wires}
	self.parent = self
	e.arts[id] = self
	if len(links) == 0 {
		return asg, nil, nil
	}
	for _, l := range links {
		other := l.To
		if other == id {
			other = l.From
		}
		if o := e.arts[other]; o != nil {
			e.union(self, o)
		}
	}
	return asg, links, self.root().members
}

// union merges two copy components, keeping members in ingest order.
func (e *Engine) union(a, b *artInfo) {
	ra, rb := a.root(), b.root()
	if ra == rb {
		return
	}
	if ra.members == nil {
		ra.members = []*artInfo{ra}
	}
	if rb.members == nil {
		rb.members = []*artInfo{rb}
	}
	if len(ra.members) < len(rb.members) {
		ra, rb = rb, ra
	}
	rb.parent = ra
	ra.members = append(ra.members, rb.members...)
	slices.SortFunc(ra.members, func(x, y *artInfo) int { return cmp.Compare(x.seq, y.seq) })
	rb.members = nil
}

// Add ingests docs as one batch: documents whose content ID is already
// stored, or repeated in docs, are skipped; the others are cleaned,
// analysed, assigned to copies and stories and committed in one
// transaction (articles, links, story marks), then the stories they
// touched are rebuilt (Flush).
//
// After a failed commit the engine refuses further batches: reopen it.
func (e *Engine) Add(ctx context.Context, docs []*article.Doc) (Result, error) {
	var res Result
	if e.broken != nil {
		return res, e.broken
	}
	ids := make([]string, len(docs))
	for i, d := range docs {
		ids[i] = article.ContentID(d.Lines)
	}
	known, err := e.st.Known(ctx, ids)
	if err != nil {
		return res, fmt.Errorf("ingest: %w", err)
	}
	var fresh []*article.Doc
	var freshIDs []string
	for i, d := range docs {
		if known[ids[i]] {
			res.Skipped++
			continue
		}
		known[ids[i]] = true
		fresh = append(fresh, d)
		freshIDs = append(freshIDs, ids[i])
	}
	if len(fresh) == 0 {
		return res, nil
	}
	arts := analyse(fresh, freshIDs)
	fs := pipeline.Facts(arts)
	// The stages see a batch oldest first, as the batch pipeline does.
	slices.SortStableFunc(arts, func(a, b *article.Article) int {
		return strings.Compare(pipeline.PublishedKey(a), pipeline.PublishedKey(b))
	})
	if err := ctx.Err(); err != nil {
		return res, err
	}

	batch := e.batch + 1
	err = e.st.Update(ctx, func(tx store.Tx) error {
		// From here on the in-memory state moves with the batch; if the
		// commit fails it no longer matches the store.
		e.broken = errors.New("ingest: a batch failed to commit; reopen the engine")
		seq := tx.NextSeq()
		dirty := make(map[string]bool)
		var refs []store.StoryRef
		mark := func(story string) {
			if !dirty[story] {
				dirty[story] = true
				refs = append(refs, store.StoryRef{ID: story})
			}
		}
		for _, a := range arts {
			f := fs[a.ID]
			enc := fromDocs(pipeline.StoriesDoc(a, f), pipeline.CopiesDoc(a, f)).encode()
			rec, err := decodeRecord(enc) // exactly what a replay will see
			if err != nil {
				return err
			}
			asg, links, comp := e.feed(seq, a.ID, a.Text(), &rec)
			mark(asg.Story)
			for _, m := range comp {
				mark(m.story)
			}
			err = tx.PutArticle(&store.Stored{Seq: seq, Batch: batch, Article: a, Facts: f, Story: asg.Story, Thread: asg.Thread, Replay: enc})
			if err != nil {
				return err
			}
			if err := tx.PutLinks(links); err != nil {
				return err
			}
			res.IDs = append(res.IDs, a.ID)
			seq++
		}
		// Threads merge as they grow: record the stories that moved.
		var moved []store.StoryRef
		for _, s := range e.clus.Stories() {
			if old, ok := e.threads[s.ID]; ok && old != s.Thread {
				e.threads[s.ID] = s.Thread
				moved = append(moved, store.StoryRef{ID: s.ID, Thread: s.Thread})
			}
		}
		for i := range refs {
			refs[i].Thread = e.threads[refs[i].ID]
		}
		if err := tx.MarkDirty(refs); err != nil {
			return err
		}
		return tx.SetThreads(moved)
	})
	if err != nil {
		return res, fmt.Errorf("ingest: batch %d: %w", batch, err)
	}
	e.broken = nil
	e.batch = batch
	res.Added = len(arts)
	e.sinceRebuild += len(arts)
	if e.sinceRebuild < e.opt.RebuildEvery {
		return res, nil
	}
	n, err := e.Flush(ctx)
	res.Stories = n
	return res, err
}

// DefaultBatch is the batch size of the ingest command.
const DefaultBatch = 500

// Chunks cuts docs into consecutive batches of n (the last one shorter):
// the fixed boundaries that make a resumed run give the same result as
// an uninterrupted one. n <= 0 means DefaultBatch.
func Chunks(docs []*article.Doc, n int) [][]*article.Doc {
	if n <= 0 {
		n = DefaultBatch
	}
	var out [][]*article.Doc
	for len(docs) > 0 {
		k := min(n, len(docs))
		out = append(out, docs[:k:k])
		docs = docs[k:]
	}
	return out
}
