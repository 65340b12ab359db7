package store

import (
	"context"
	"time"

	"github.com/recoupe/recoupe/article"
	"github.com/recoupe/recoupe/copies"
	"github.com/recoupe/recoupe/facts"
	"github.com/recoupe/recoupe/report"
)

// Store is a whole backend: the query side and the write side. The
// ingest engine (package ingest) only sees this interface.
type Store interface {
	Reader
	Writer
	// Close releases the backend; a Store is unusable after it.
	Close() error
}

// Writer is the side of a store the ingest engine writes through. Writes
// go through Update, one transaction at a time; the other methods read
// what the engine needs to resume and to rebuild stories.
type Writer interface {
	// Update runs fn in one write transaction: everything fn writes is
	// committed together when it returns nil, nothing when it returns an
	// error (or the process dies).
	Update(ctx context.Context, fn func(Tx) error) error
	// Known returns which of ids are stored articles.
	Known(ctx context.Context, ids []string) (map[string]bool, error)
	// Replay calls fn for every stored article in ingest order with what
	// the engine needs to rebuild its in-memory state. It stops at the
	// first error fn returns.
	Replay(ctx context.Context, fn func(ReplayItem) error) error
	// Dirty returns the stories marked dirty (their report must be
	// rebuilt), oldest mark first.
	Dirty(ctx context.Context) ([]string, error)
	// Members returns the stored articles of a story in ingest order,
	// with their facts; Article.Doc may hold only File and URL (the raw
	// lines are not needed to rebuild a story).
	Members(ctx context.Context, story string) ([]*Stored, error)
	// Links returns the copy links touching any of ids.
	Links(ctx context.Context, ids []string) ([]copies.Link, error)
}

// Tx is one write transaction.
type Tx interface {
	// NextSeq is the ingest sequence number the next article will get.
	NextSeq() int64
	// PutArticle stores a new article; it is an error if its ID is
	// already stored. a.Seq must be NextSeq().
	PutArticle(a *Stored) error
	// PutLinks stores copy links.
	PutLinks(links []copies.Link) error
	// MarkDirty creates the stories not yet stored (with their thread)
	// and marks them dirty.
	MarkDirty(stories []StoryRef) error
	// SetThreads records stories that moved to another thread (threads
	// merge as they grow).
	SetThreads(stories []StoryRef) error
	// PutStory replaces a story's report (normalised tables and JSON) and
	// clears its dirty mark.
	PutStory(st *report.Story, info StoryInfo) error
}

// StoryRef names a story and its thread.
type StoryRef struct {
	ID, Thread string
}

// StoryInfo is what the story list shows beside the report.
type StoryInfo struct {
	// First and Last are the earliest and latest publication days,
	// YYYY-MM-DD, "" when unknown.
	First, Last string
	// Updated is when the story changed.
	Updated time.Time
}

// Stored is one article as a store keeps it.
type Stored struct {
	// Seq is the ingest sequence number, from 1, in ingest order.
	Seq int64
	// Batch is the number of the ingest batch that added the article.
	Batch int64
	// Article is the analysed article; Article.ID is its content ID.
	Article *article.Article
	// Facts found in the article's cleaned text.
	Facts facts.Facts
	// Story and Thread the stories stage assigned it to.
	Story, Thread string
	// Replay is an opaque record the engine replays on restart.
	Replay []byte
}

// ReplayItem is one stored article as Replay gives it: its ID, cleaned
// text and the engine's replay record.
type ReplayItem struct {
	Seq    int64
	Batch  int64
	ID     string
	Story  string
	Text   string
	Replay []byte
}
