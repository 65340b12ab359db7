package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/recoupe/recoupe/article"
	"github.com/recoupe/recoupe/fetch"
	"github.com/recoupe/recoupe/ingest"
	"github.com/recoupe/recoupe/read"
	"github.com/recoupe/recoupe/store/sqlite"
	"github.com/recoupe/recoupe/watch"
)

var watchFlags struct {
	feeds        string
	db           string
	seen         string
	interval     time.Duration
	once         bool
	userAgent    string
	print        bool
	allowPrivate bool
	verbose      bool
}

var watchCmd = &cobra.Command{
	Use:   "watch --feeds FILE [flags]",
	Short: "Follow RSS/Atom feeds and ingest the articles they link to",
	Long: `watch polls the feeds listed in --feeds (RSS, Atom or JSON Feed; one URL a
line, '#' starts a comment; see docs/watch.md) every --interval, fetches the
page of each item not seen before, reads the article in it and adds it to
the store like 'recoupe ingest' does.

Fetching is polite: an honest User-Agent, one request per second per host at
most (slower when robots.txt asks), robots.txt honoured, conditional requests
for the feeds, timeouts, a size limit, retries with backoff. Network errors,
bad feeds and bad pages are logged on stderr and the watch goes on; a page
that fails for a reason that may pass is tried again at the next polls.
Loopback and private addresses are refused unless --allow-private.

The items already handled are remembered in --seen (default: the store's
file name with ".watch-seen" appended), so a restarted watch does not fetch
them again. Stop it with Ctrl-C or SIGTERM.

With --print, nothing is stored: each article is printed on stdout as one
JSON object a line.

Exit status: 0 done (or stopped), 1 error, 2 with --once, some feeds failed.`,
	Example: `  # Follow the feeds in feeds.txt, every 15 minutes, into the default store
  recoupe watch --feeds feeds.txt

  # One poll, articles as JSON Lines on stdout
  recoupe watch --feeds feeds.txt --once --print`,
	Args: cobra.NoArgs,
	RunE: runWatch,
}

func init() {
	f := watchCmd.Flags()
	f.StringVar(&watchFlags.feeds, "feeds", "", "the feeds `FILE`: one URL a line (required)")
	f.StringVar(&watchFlags.db, "db", "", "the store's `FILE` (default $RECOUPE_DB, else recoupe.db in the user's data directory)")
	f.StringVar(&watchFlags.seen, "seen", "", "`FILE` remembering the items handled (default: the store's path + \".watch-seen\")")
	f.DurationVar(&watchFlags.interval, "interval", watch.DefaultInterval, "time between two polls (`DURATION`, e.g. 10m)")
	f.BoolVar(&watchFlags.once, "once", false, "poll once and exit")
	f.StringVar(&watchFlags.userAgent, "user-agent", fetch.DefaultUserAgent(), "User-Agent `STRING` sent to the sites")
	f.BoolVar(&watchFlags.print, "print", false, "print the articles as JSON Lines on stdout instead of storing them")
	f.BoolVar(&watchFlags.allowPrivate, "allow-private", false, "allow feeds and pages on loopback and private addresses")
	f.BoolVar(&watchFlags.verbose, "verbose", false, "log every request")
	watchCmd.MarkFlagRequired("feeds")
	rootCmd.AddCommand(watchCmd)
}

func runWatch(cmd *cobra.Command, _ []string) error {
	if watchFlags.interval < time.Second {
		return fmt.Errorf("--interval must be at least 1s, not %s", watchFlags.interval)
	}
	ff, err := os.Open(watchFlags.feeds)
	if err != nil {
		return fmt.Errorf("cannot open the feeds file: %w", err)
	}
	feeds, err := watch.ParseFeeds(ff)
	ff.Close()
	if err != nil {
		return fmt.Errorf("%s: %w", watchFlags.feeds, err)
	}
	if len(feeds) == 0 {
		return fmt.Errorf("%s: no feed URL in the file", watchFlags.feeds)
	}

	level := slog.LevelInfo
	if watchFlags.verbose {
		level = slog.LevelDebug
	}
	logger := slog.New(slog.NewTextHandler(cmd.ErrOrStderr(), &slog.HandlerOptions{Level: level}))
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	var sink watch.Sink
	seenPath := watchFlags.seen
	if watchFlags.print {
		sink = &jsonSink{w: cmd.OutOrStdout()}
	} else {
		db, err := openStore(watchFlags.db, true)
		if err != nil {
			return err
		}
		defer db.Close()
		s, err := newEngineSink(ctx, db, logger)
		if err != nil {
			return err
		}
		sink = s
		if seenPath == "" {
			seenPath = db.Path() + ".watch-seen"
		}
	}
	var seen watch.Seen = &watch.MemorySeen{}
	if seenPath != "" {
		fs, err := watch.OpenFileSeen(seenPath)
		if err != nil {
			return err
		}
		defer fs.Close()
		seen = fs
	}

	w, err := watch.New(watch.Config{
		Feeds:    feeds,
		Interval: watchFlags.interval,
		Fetcher: fetch.New(fetch.Options{
			UserAgent:    watchFlags.userAgent,
			AllowPrivate: watchFlags.allowPrivate,
			Logger:       logger,
		}),
		Sink:   sink,
		Seen:   seen,
		Read:   read.Options{MaxBytes: fetch.DefaultMaxBytes},
		Logger: logger,
	})
	if err != nil {
		return err
	}
	if watchFlags.once {
		st := w.Poll(ctx)
		if st.FeedErrors > 0 {
			return exitError{code: 2, msg: fmt.Sprintf("%d feed(s) failed", st.FeedErrors)}
		}
		return nil
	}
	logger.Info("watch: started", "feeds", len(feeds), "interval", watchFlags.interval.String())
	err = w.Run(ctx)
	logger.Info("watch: stopped")
	return err
}

// engineSink adds articles to the store through the ingest engine. After
// a failed commit the engine is reopened (it refuses further batches).
type engineSink struct {
	db  *sqlite.DB
	e   *ingest.Engine
	log *slog.Logger
}

func newEngineSink(ctx context.Context, db *sqlite.DB, log *slog.Logger) (*engineSink, error) {
	e, err := ingest.Open(ctx, db, ingest.Options{})
	if err != nil {
		return nil, err
	}
	return &engineSink{db: db, e: e, log: log}, nil
}

func (s *engineSink) Ingest(ctx context.Context, docs []*article.Doc) error {
	if s.e == nil {
		e, err := ingest.Open(ctx, s.db, ingest.Options{})
		if err != nil {
			return fmt.Errorf("reopening the ingest engine: %w", err)
		}
		s.e = e
	}
	r, err := s.e.Add(ctx, docs)
	if err != nil {
		s.e = nil
		return err
	}
	s.log.Info("watch: ingested", "added", r.Added, "already_stored", r.Skipped, "stories_rebuilt", r.Stories)
	return nil
}

// jsonSink prints each article as one JSON object a line.
type jsonSink struct {
	mu sync.Mutex
	w  io.Writer
}

// watchDoc is the JSON form of a watched article: the fields of the JSON
// input of analyze, so that the output can be fed back to it.
type watchDoc struct {
	URL       string   `json:"url,omitempty"`
	Title     string   `json:"title,omitempty"`
	Outlet    string   `json:"source,omitempty"`
	Authors   []string `json:"authors,omitempty"`
	Published string   `json:"published,omitempty"`
	Language  string   `json:"language,omitempty"`
	Text      string   `json:"text"`
}

func (s *jsonSink) Ingest(_ context.Context, docs []*article.Doc) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	enc := json.NewEncoder(s.w)
	enc.SetEscapeHTML(false)
	for _, d := range docs {
		text := strings.Join(d.Lines, "\n\n")
		if err := enc.Encode(watchDoc{d.URL, d.Title, d.Outlet, d.Authors, d.Published, d.Lang, text}); err != nil {
			return err
		}
	}
	return nil
}
