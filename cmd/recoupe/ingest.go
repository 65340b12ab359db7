package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"slices"
	"syscall"

	"github.com/spf13/cobra"

	"github.com/recoupe/recoupe/article"
	"github.com/recoupe/recoupe/ingest"
	"github.com/recoupe/recoupe/progress"
	"github.com/recoupe/recoupe/read"
)

var ingestFlags struct {
	db      string
	batch   int
	rebuild int
	maxMB   int64
	warc    []string
}

var ingestCmd = &cobra.Command{
	Use:   "ingest [flags] PATH...",
	Short: "Add articles to the store, incrementally",
	Long: `ingest reads every PATH -- a file, a folder (read recursively) or "-" for
standard input, in the formats analyze accepts -- and adds the articles to
the store: each new article is cleaned, its facts extracted, matched to its
copies and to its story, and the stories it joins are rebuilt (claims,
timeline, summary, entities, quotes).

Articles are committed in batches of --batch, one transaction each; the
reports of the stories they touch are rebuilt every --rebuild-every
articles and at the end (a story's rebuild costs time in proportion to its
size, so rebuilding after every batch slows a bulk load down).
Ingesting is idempotent -- an article already stored (same text) is
skipped -- and resumable: after a crash or kill, run the same command
again; nothing is lost or stored twice, and the stories come out as from
an uninterrupted run (keep the same --batch and input order for that).

The store is one SQLite file: --db, else $RECOUPE_DB, else recoupe.db in
the user's data directory (~/.local/share/recoupe on Linux).

Exit status: 0 all inputs read, 1 error, 2 some inputs unreadable.`,
	Example: `  # A folder of articles into the default store
  recoupe ingest articles/

  # JSON Lines from stdin into a chosen store, 1000 articles a batch
  cat feed.jsonl | recoupe ingest --db news.db --batch 1000 -

  # Then read the store
  recoupe stories --db news.db`,
	Args: func(cmd *cobra.Command, args []string) error {
		if len(args) == 0 && len(ingestFlags.warc) == 0 {
			return fmt.Errorf("ingest: give at least one PATH (or --warc FILE)")
		}
		return nil
	},
	RunE: runIngest,
}

func init() {
	f := ingestCmd.Flags()
	f.StringVar(&ingestFlags.db, "db", "", "the store's `FILE` (default $RECOUPE_DB, else recoupe.db in the user's data directory)")
	f.IntVar(&ingestFlags.batch, "batch", ingest.DefaultBatch, "articles per transaction `N`")
	f.IntVar(&ingestFlags.rebuild, "rebuild-every", 20000, "rebuild the reports of the touched stories every `N` articles (0: after every batch); all are rebuilt at the end")
	f.Int64Var(&ingestFlags.maxMB, "max-size", 64, "largest input accepted, in `MiB` (after decompression)")
	f.StringArrayVar(&ingestFlags.warc, "warc", nil, "also read the HTML pages archived in a WARC `FILE` (.warc or .warc.gz); repeatable")
	rootCmd.AddCommand(ingestCmd)
}

func runIngest(cmd *cobra.Command, args []string) error {
	if ingestFlags.batch <= 0 {
		return fmt.Errorf("--batch must be positive, not %d", ingestFlags.batch)
	}
	stderr := cmd.ErrOrStderr()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	db, err := openStore(ingestFlags.db, true)
	if err != nil {
		return err
	}
	defer db.Close()
	e, err := ingest.Open(ctx, db, ingest.Options{RebuildEvery: ingestFlags.rebuild})
	if err != nil {
		return err
	}
	opt := read.Options{MaxBytes: ingestFlags.maxMB << 20}
	// On a terminal, count the articles first (files only: standard
	// input cannot be read twice) so that the bar can tell an ETA.
	total0 := 0
	if progress.IsTerminal(stderr) && !slices.Contains(args, "-") && len(ingestFlags.warc) == 0 {
		read.Paths(args, nil, opt, func(*article.Doc) { total0++ })
	}
	bar := progress.New(stderr, "ingesting", total0)
	var total ingest.Result
	var pending []*article.Doc
	var addErr error
	flush := func() {
		if addErr != nil || len(pending) == 0 {
			return
		}
		r, err := e.Add(ctx, pending)
		if err != nil {
			addErr = err
			return
		}
		total.Added += r.Added
		total.Skipped += r.Skipped
		total.Stories += r.Stories
		bar.Add(len(pending))
		pending = pending[:0]
	}
	emit := func(d *article.Doc) {
		if addErr != nil {
			return
		}
		pending = append(pending, d)
		if len(pending) == ingestFlags.batch {
			flush()
		}
	}
	var errs []*read.Error
	if len(args) > 0 {
		errs = read.Paths(args, cmd.InOrStdin(), opt, emit)
	}
	for _, w := range ingestFlags.warc {
		// Any file (whatever its name) read as a WARC archive, page by
		// page; a .warc or .warc.gz given as a PATH is read the same way.
		errs = append(errs, read.WARC(w, opt, emit)...)
	}
	flush()
	bar.Done()
	if addErr == nil {
		n, err := e.Flush(ctx)
		total.Stories += n
		addErr = err
	}
	for _, e := range errs {
		fmt.Fprintf(stderr, "recoupe: %s: %s\n", e.File, e.Reason)
	}
	if addErr != nil {
		return addErr
	}
	st, err := db.Stats(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(stderr, "recoupe: %d article(s) added, %d already stored, %d story report(s) rebuilt; %s holds %d articles in %d stories\n",
		total.Added, total.Skipped, total.Stories, db.Path(), st.Articles, st.Stories)
	if len(errs) > 0 {
		return exitError{code: 2, msg: fmt.Sprintf("%d input(s) could not be read", len(errs))}
	}
	return nil
}
