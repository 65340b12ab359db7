// Package store keeps what recoupe has ingested — articles, stories, copy
// groups, entities, claims, quotes, timelines — so that a running service
// can add articles one at a time and answer queries while it does.
//
// Store is the interface the rest of recoupe sees; the embedded SQLite
// backend lives in store/sqlite. Another backend can be added without
// touching the pipeline or the HTTP server.
package store

import (
	"context"
	"errors"
	"time"

	"github.com/recoupe/recoupe/report"
)

// ErrNotFound is returned when the asked story or article is not stored.
var ErrNotFound = errors.New("not found")

// StoryItem is one line of the story list.
type StoryItem struct {
	ID     string `json:"id"`
	Thread string `json:"thread"`
	Title  string `json:"title"`
	// Articles and Sources count the story's articles and its independent
	// sources (copy groups collapsed).
	Articles int `json:"articles"`
	Sources  int `json:"sources"`
	// Claims and Conflicts count the story's claims and those whose
	// status is "conflict".
	Claims    int `json:"claims"`
	Conflicts int `json:"conflicts"`
	// First and Last are the earliest and latest publication days
	// (YYYY-MM-DD), "" when unknown.
	First string `json:"first"`
	Last  string `json:"last"`
	// Updated is when the story last changed in the store.
	Updated time.Time `json:"updated"`
}

// StoryQuery selects and pages the story list, most recently updated first.
type StoryQuery struct {
	// Thread restricts the list to one thread when set.
	Thread string
	// Limit is the page size (0 means a backend default, at most 1000);
	// Offset skips that many stories.
	Limit, Offset int
}

// StoryPage is one story with its articles.
type StoryPage struct {
	Story    report.Story     `json:"story"`
	Articles []report.Article `json:"articles"`
	Updated  time.Time        `json:"updated"`
}

// Hit is one search result: an article, the story it belongs to and a
// snippet of text around the match, the matched words between « and ».
type Hit struct {
	Article   string  `json:"article"`
	Story     string  `json:"story"`
	Title     string  `json:"title"`
	Outlet    string  `json:"outlet"`
	Published string  `json:"published"`
	Snippet   string  `json:"snippet"`
	Rank      float64 `json:"rank"`
}

// Stats counts what the store holds.
type Stats struct {
	Articles int `json:"articles"`
	Stories  int `json:"stories"`
	Threads  int `json:"threads"`
}

// Reader is the query side of a store. It is safe for concurrent use and
// may be used while a writer adds articles.
type Reader interface {
	Stats(ctx context.Context) (Stats, error)
	// Stories lists stories, most recently updated first, and returns the
	// total number matching q before paging.
	Stories(ctx context.Context, q StoryQuery) ([]StoryItem, int, error)
	// Story returns one story with its articles, ErrNotFound when unknown.
	Story(ctx context.Context, id string) (*StoryPage, error)
	// Article returns one article, ErrNotFound when unknown.
	Article(ctx context.Context, id string) (*report.Article, error)
	// Search runs a full-text query over titles and texts (accent- and
	// case-insensitive: "securite" finds "Sécurité") and returns the best
	// matches first.
	Search(ctx context.Context, query string, limit, offset int) ([]Hit, error)
}
