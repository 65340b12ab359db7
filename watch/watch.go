// Package watch follows news feeds (RSS, Atom, JSON Feed): it polls them
// at an interval, finds the items not seen before, fetches each linked
// page politely (package fetch), reads it as an article (package read) and
// hands the articles, in batches, to a Sink.
//
// A Watcher keeps going through network errors, bad feeds and bad pages,
// each logged once with what failed and why; an item whose page fails for
// a reason that may pass (a network error, a 5xx) is tried again at the
// next polls, up to Config.MaxAttempts. It stops cleanly when its context
// ends.
package watch

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/mmcdole/gofeed"

	"github.com/recoupe/recoupe/article"
	"github.com/recoupe/recoupe/fetch"
	"github.com/recoupe/recoupe/internal/defaults"
	"github.com/recoupe/recoupe/read"
)

// Sink receives the articles read from new feed items.
type Sink interface {
	Ingest(ctx context.Context, docs []*article.Doc) error
}

// SinkFunc adapts a function to Sink.
type SinkFunc func(ctx context.Context, docs []*article.Doc) error

// Ingest implements Sink.
func (f SinkFunc) Ingest(ctx context.Context, docs []*article.Doc) error { return f(ctx, docs) }

// Defaults of Config.
const (
	DefaultInterval    = 15 * time.Minute
	DefaultBatchSize   = 20
	DefaultMaxAttempts = 5
	DefaultWorkers     = 4
)

// Config configures a Watcher.
type Config struct {
	// Feeds are the feed URLs (see ParseFeeds).
	Feeds []string
	// Interval is the time between the starts of two polls. Default: 15 min.
	Interval time.Duration
	// Fetcher downloads feeds and pages. Default: fetch.New with defaults.
	Fetcher *fetch.Fetcher
	// Sink receives the articles. Required.
	Sink Sink
	// Seen remembers the items handled. Default: in memory.
	Seen Seen
	// BatchSize is how many articles are handed to the Sink at once (the
	// last batch of a poll may be smaller). Default: 20.
	BatchSize int
	// MaxAttempts is how many polls try an item whose page keeps failing
	// for a reason that may pass, before it is given up. Default: 5.
	MaxAttempts int
	// Workers is how many pages are fetched at once (each host still gets
	// one request at a time, at the fetcher's rate). Default: 4.
	Workers int
	// Read bounds the reading of pages.
	Read read.Options
	// Logger receives one line per failure and per poll. Default:
	// slog.Default().
	Logger *slog.Logger
}

// Stats counts what one poll did.
type Stats struct {
	Feeds       int // feeds polled
	FeedErrors  int // feeds that could not be fetched or parsed
	NotModified int // feeds unchanged since the last poll (HTTP 304)
	Items       int // items in the feeds
	New         int // items not seen before
	Ingested    int // articles handed to the sink successfully
	PageErrors  int // new items whose page could not be fetched or read
	SinkErrors  int // batches the sink refused
}

// Watcher polls feeds. Make one with New.
type Watcher struct {
	cfg Config
	log *slog.Logger

	mu       sync.Mutex
	attempts map[string]int  // failed attempts per item key
	pending  map[string]bool // feeds with items left to try again: fetched unconditionally
}

// New checks cfg and returns a Watcher.
func New(cfg Config) (*Watcher, error) {
	if cfg.Sink == nil {
		return nil, errors.New("watch: no sink")
	}
	if len(cfg.Feeds) == 0 {
		return nil, errors.New("watch: no feeds")
	}
	defaults.Positive(&cfg.Interval, DefaultInterval)
	if cfg.Fetcher == nil {
		cfg.Fetcher = fetch.New(fetch.Options{})
	}
	if cfg.Seen == nil {
		cfg.Seen = &MemorySeen{}
	}
	defaults.Positive(&cfg.BatchSize, DefaultBatchSize)
	defaults.Positive(&cfg.MaxAttempts, DefaultMaxAttempts)
	defaults.Positive(&cfg.Workers, DefaultWorkers)
	w := &Watcher{cfg: cfg, log: cfg.Logger, attempts: map[string]int{}, pending: map[string]bool{}}
	if w.log == nil {
		w.log = slog.Default()
	}
	return w, nil
}

// Run polls the feeds now and then every Interval, until ctx ends; it
// then returns nil.
func (w *Watcher) Run(ctx context.Context) error {
	for {
		start := time.Now()
		w.Poll(ctx)
		if ctx.Err() != nil {
			return nil
		}
		t := time.NewTimer(max(w.cfg.Interval-time.Since(start), 0))
		select {
		case <-ctx.Done():
			t.Stop()
			return nil
		case <-t.C:
		}
	}
}

// item is a new feed item to fetch.
type item struct {
	feed string
	keys []string // GUID and link
	link string
	it   *gofeed.Item
	lang string
}

// Poll polls every feed once, fetches the pages of the new items and
// hands their articles to the sink.
func (w *Watcher) Poll(ctx context.Context) Stats {
	var st Stats
	var todo []*item
	queued := map[string]bool{}
	for _, feedURL := range w.cfg.Feeds {
		if ctx.Err() != nil {
			return st
		}
		st.Feeds++
		items, notModified, err := w.feed(ctx, feedURL)
		if err != nil {
			if ctx.Err() != nil {
				return st
			}
			st.FeedErrors++
			w.log.Error("watch: bad feed", "feed", feedURL, "error", err)
			continue
		}
		if notModified {
			st.NotModified++
			continue
		}
		st.Items += len(items)
		for _, it := range items {
			if w.seen(it.keys, queued) {
				continue
			}
			for _, k := range it.keys {
				queued[k] = true
			}
			todo = append(todo, it)
		}
	}
	st.New = len(todo)
	w.pages(ctx, todo, &st)
	w.log.Info("watch: poll done", "feeds", st.Feeds, "feed_errors", st.FeedErrors, "not_modified", st.NotModified,
		"items", st.Items, "new", st.New, "ingested", st.Ingested, "page_errors", st.PageErrors, "sink_errors", st.SinkErrors)
	return st
}

// seen reports whether one of keys was handled before or is queued.
func (w *Watcher) seen(keys []string, queued map[string]bool) bool {
	for _, k := range keys {
		if queued[k] {
			return true
		}
		ok, err := w.cfg.Seen.Has(k)
		if err != nil {
			w.log.Error("watch: cannot check a seen item", "key", k, "error", err)
			return true // better miss an item now than ingest it in a loop
		}
		if ok {
			return true
		}
	}
	return false
}

// feed fetches and parses one feed, returning its items.
func (w *Watcher) feed(ctx context.Context, feedURL string) (items []*item, notModified bool, err error) {
	w.mu.Lock()
	pending := w.pending[feedURL]
	delete(w.pending, feedURL)
	w.mu.Unlock()
	get := w.cfg.Fetcher.Get
	if pending {
		// Items of the last fetch are still to be tried: a 304 would hide
		// them.
		get = w.cfg.Fetcher.GetUncached
	}
	res, err := get(ctx, feedURL)
	if err != nil {
		if pending {
			w.setPending(feedURL)
		}
		return nil, false, err
	}
	if res.NotModified {
		return nil, true, nil
	}
	f, err := parseFeed(res.Body)
	if err != nil {
		return nil, false, err
	}
	base, _ := url.Parse(res.URL)
	for _, it := range f.Items {
		if it == nil {
			continue
		}
		link := itemLink(base, it)
		if link == "" {
			continue // nothing to fetch
		}
		keys := []string{link}
		if g := strings.TrimSpace(it.GUID); g != "" && g != link {
			keys = append([]string{"guid:" + g}, keys...)
		}
		items = append(items, &item{feed: feedURL, keys: keys, link: link, it: it, lang: f.Language})
	}
	if len(f.Items) > 0 && len(items) == 0 {
		return nil, false, errors.New("no item has an http or https link")
	}
	return items, false, nil
}

// parseFeed parses RSS, Atom or JSON Feed. A panic of the parser on
// hostile input is an error.
func parseFeed(body []byte) (f *gofeed.Feed, err error) {
	defer func() {
		if r := recover(); r != nil {
			f, err = nil, fmt.Errorf("cannot parse the feed: parser failure: %v", r)
		}
	}()
	if len(bytes.TrimSpace(body)) == 0 {
		return nil, errors.New("empty feed")
	}
	f, err = gofeed.NewParser().Parse(bytes.NewReader(body))
	if err != nil {
		return nil, fmt.Errorf("cannot parse the feed: %w", err)
	}
	return f, nil
}

// itemLink is the absolute http(s) link of an item, "" when it has none.
func itemLink(base *url.URL, it *gofeed.Item) string {
	cands := append([]string{it.Link}, it.Links...)
	if g := strings.TrimSpace(it.GUID); strings.HasPrefix(g, "http://") || strings.HasPrefix(g, "https://") {
		cands = append(cands, g) // an RSS guid that is a permalink
	}
	for _, c := range cands {
		c = strings.TrimSpace(c)
		if c == "" {
			continue
		}
		u, err := url.Parse(c)
		if err != nil {
			continue
		}
		if base != nil {
			u = base.ResolveReference(u)
		}
		if (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" {
			u.Fragment = ""
			return u.String()
		}
	}
	return ""
}

// result is the outcome of one item.
type result struct {
	it  *item
	doc *article.Doc
	err error
}

// pages fetches and reads the items' pages with a few workers, and hands
// the articles to the sink in batches.
func (w *Watcher) pages(ctx context.Context, todo []*item, st *Stats) {
	jobs := make(chan *item)
	results := make(chan result)
	var wg sync.WaitGroup
	for range min(w.cfg.Workers, max(len(todo), 1)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for it := range jobs {
				doc, err := w.page(ctx, it)
				results <- result{it, doc, err}
			}
		}()
	}
	go func() {
		defer close(jobs)
		for _, it := range todo {
			select {
			case jobs <- it:
			case <-ctx.Done():
				return
			}
		}
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	var batch []*article.Doc
	var items []*item
	var keys []string
	flush := func() {
		if len(batch) == 0 || ctx.Err() != nil {
			return
		}
		if err := w.cfg.Sink.Ingest(ctx, batch); err != nil {
			st.SinkErrors++
			for _, it := range items {
				w.setPending(it.feed)
			}
			w.log.Error("watch: cannot ingest articles, will try again at the next poll", "articles", len(batch), "error", err)
		} else {
			st.Ingested += len(batch)
			w.markSeen(keys...)
		}
		batch, items, keys = nil, nil, nil
	}
	for r := range results {
		switch {
		case r.err == nil:
			batch = append(batch, r.doc)
			items = append(items, r.it)
			keys = append(keys, r.it.keys...)
			if len(batch) >= w.cfg.BatchSize {
				flush()
			}
		case ctx.Err() != nil:
			w.setPending(r.it.feed)
		default:
			st.PageErrors++
			w.failed(r.it, r.err)
		}
	}
	flush()
}

// failed records a failed item: it is given up at once when the failure
// will not pass, else after MaxAttempts polls.
func (w *Watcher) failed(it *item, err error) {
	key := it.keys[len(it.keys)-1]
	w.mu.Lock()
	w.attempts[key]++
	n := w.attempts[key]
	w.mu.Unlock()
	switch {
	case !retryable(err):
		w.log.Error("watch: bad page, skipped", "feed", it.feed, "url", it.link, "error", err)
	case n >= w.cfg.MaxAttempts:
		w.log.Error("watch: page still failing, given up", "feed", it.feed, "url", it.link, "attempts", n, "error", err)
	default:
		w.log.Warn("watch: page failed, will try again at the next poll", "feed", it.feed, "url", it.link, "attempt", n, "error", err)
		w.setPending(it.feed)
		return
	}
	w.markSeen(it.keys...)
}

func (w *Watcher) setPending(feed string) {
	w.mu.Lock()
	w.pending[feed] = true
	w.mu.Unlock()
}

func (w *Watcher) markSeen(keys ...string) {
	if err := w.cfg.Seen.Add(keys...); err != nil {
		w.log.Error("watch: cannot record seen items", "error", err)
	}
	w.mu.Lock()
	for _, k := range keys {
		delete(w.attempts, k)
	}
	w.mu.Unlock()
}

// retryable reports whether an item's failure may pass at a later poll.
func retryable(err error) bool {
	var re *read.Error
	if errors.As(err, &re) {
		return false // the page is there but holds no article
	}
	return fetch.Temporary(err)
}

// page fetches and reads the page of an item.
func (w *Watcher) page(ctx context.Context, it *item) (*article.Doc, error) {
	res, err := w.cfg.Fetcher.GetUncached(ctx, it.link)
	if err != nil {
		return nil, err
	}
	doc, err := read.Page(res.URL, res.URL, res.ContentType(), res.Body, w.cfg.Read)
	if err != nil {
		// A page without article text (a paywall, a script-only page)
		// may come with the full text in the feed.
		if fd := feedDoc(res.URL, it, w.cfg.Read); fd != nil {
			doc = fd
		} else {
			return nil, err
		}
	}
	fillFromItem(doc, it)
	return doc, nil
}

// minFeedText is the least text (in bytes) of a feed item's content for
// it to stand in for its page: less is a summary, not the article.
const minFeedText = 600

// feedDoc reads the full text a feed item carries, nil when it carries
// none.
func feedDoc(pageURL string, it *item, opt read.Options) *article.Doc {
	content := it.it.Content
	if len(content) < minFeedText {
		return nil
	}
	rec, err := json.Marshal(map[string]string{"url": pageURL, "text": content})
	if err != nil {
		return nil
	}
	docs, err := read.Bytes("item.json", rec, opt)
	if err != nil || len(docs) != 1 {
		return nil
	}
	d := docs[0]
	if n := len(strings.Join(d.Lines, " ")); n < minFeedText {
		return nil
	}
	d.File, d.URL = pageURL, pageURL
	return d
}

// fillFromItem fills what the page did not give from the feed item.
func fillFromItem(d *article.Doc, it *item) {
	fi := it.it
	if d.Title == "" {
		d.Title = oneLine(fi.Title)
	}
	if d.Published == "" {
		switch {
		case fi.PublishedParsed != nil:
			d.Published = fi.PublishedParsed.UTC().Format(time.RFC3339)
		case fi.Published != "":
			d.Published = oneLine(fi.Published)
		case fi.UpdatedParsed != nil:
			d.Published = fi.UpdatedParsed.UTC().Format(time.RFC3339)
		}
	}
	if len(d.Authors) == 0 {
		for _, p := range fi.Authors {
			if p != nil && strings.TrimSpace(p.Name) != "" {
				d.Authors = append(d.Authors, oneLine(p.Name))
			}
		}
	}
	if d.Lang == "" {
		d.Lang = oneLine(it.lang)
	}
	if d.URL == "" {
		d.URL = it.link
	}
}

// oneLine folds white space runs to one space.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
