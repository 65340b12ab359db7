package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/recoupe/recoupe/report"
	"github.com/recoupe/recoupe/store"
	"github.com/recoupe/recoupe/store/sqlite"
)

// storePath resolves the store's file: the flag, else $RECOUPE_DB, else
// the default path in the user's data directory.
func storePath(flag string) (string, error) {
	if flag != "" {
		return flag, nil
	}
	if p := os.Getenv("RECOUPE_DB"); p != "" {
		return p, nil
	}
	p, err := sqlite.DefaultPath()
	if err != nil {
		return "", fmt.Errorf("no --db given and no data directory: %w", err)
	}
	return p, nil
}

// openStore opens the store; unless create is set, a missing file is an
// error rather than a new empty store.
func openStore(flag string, create bool) (*sqlite.DB, error) {
	path, err := storePath(flag)
	if err != nil {
		return nil, err
	}
	if !create {
		if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
			return nil, fmt.Errorf("no store at %s: add articles with 'recoupe ingest' first, or name one with --db", path)
		}
	}
	db, err := sqlite.Open(path, sqlite.Options{})
	if err != nil {
		return nil, err
	}
	return db, nil
}

// storeFlags are the flags the read commands share.
type storeFlags struct {
	db     string
	format string
	out    string
	limit  int
	offset int
	thread string
}

func (s *storeFlags) registerDB(cmd *cobra.Command) {
	cmd.Flags().StringVar(&s.db, "db", "", "the store's `FILE` (default $RECOUPE_DB, else recoupe.db in the user's data directory)")
}

func (s *storeFlags) registerPage(cmd *cobra.Command, limit int) {
	cmd.Flags().IntVarP(&s.limit, "limit", "n", limit, "show at most `N` items")
	cmd.Flags().IntVar(&s.offset, "offset", 0, "skip the first `N` items")
}

func checkFormat(f string, allowed ...string) (string, error) {
	f = strings.ToLower(f)
	for _, a := range allowed {
		if f == a {
			return f, nil
		}
	}
	return "", fmt.Errorf("unknown --format %q: use one of %s", f, strings.Join(allowed, ", "))
}

// readStore checks the --format value against allowed, then opens the
// store for reading: the preamble of the commands that read the store.
func readStore(dbFlag, format string, allowed ...string) (*sqlite.DB, string, error) {
	f, err := checkFormat(format, allowed...)
	if err != nil {
		return nil, "", err
	}
	db, err := openStore(dbFlag, false)
	if err != nil {
		return nil, "", err
	}
	return db, f, nil
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// oneLine flattens text for a one-line listing.
func oneLine(s string, max int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > max {
		s = string(r[:max-1]) + "…"
	}
	return s
}

var storiesFlags storeFlags

var storiesCmd = &cobra.Command{
	Use:   "stories [flags]",
	Short: "List the stored stories, most recently updated first",
	Long: `stories lists the stories in the store, most recently updated first: ID,
thread, number of articles and of independent sources, claims and
conflicts, first and last publication days, and title.`,
	Example: `  recoupe stories --db news.db
  recoupe stories --thread t3 --limit 20
  recoupe stories --format json | jq '.stories[].title'`,
	Args: cobra.NoArgs,
	RunE: func(cmd *cobra.Command, args []string) error {
		f := &storiesFlags
		db, format, err := readStore(f.db, f.format, "text", "json")
		if err != nil {
			return err
		}
		defer db.Close()
		items, total, err := db.Stories(cmd.Context(), store.StoryQuery{Thread: f.thread, Limit: f.limit, Offset: f.offset})
		if err != nil {
			return err
		}
		w := bufio.NewWriter(cmd.OutOrStdout())
		defer w.Flush()
		if format == "json" {
			if items == nil {
				items = []store.StoryItem{}
			}
			return writeJSON(w, map[string]any{"total": total, "stories": items})
		}
		if len(items) == 0 {
			fmt.Fprintf(w, "no stories (%d in total)\n", total)
			return nil
		}
		fmt.Fprintf(w, "%-8s %-7s %5s %5s %6s %5s  %-10s %-10s  %s\n", "STORY", "THREAD", "ARTS", "SRCS", "CLAIMS", "CONFL", "FIRST", "LAST", "TITLE")
		for _, it := range items {
			fmt.Fprintf(w, "%-8s %-7s %5d %5d %6d %5d  %-10s %-10s  %s\n", it.ID, it.Thread, it.Articles, it.Sources,
				it.Claims, it.Conflicts, dash(it.First), dash(it.Last), oneLine(it.Title, 80))
		}
		if shown := f.offset + len(items); shown < total {
			fmt.Fprintf(w, "... %d more (use --offset %d)\n", total-shown, shown)
		}
		return nil
	},
}

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

var storyFlags storeFlags

var storyCmd = &cobra.Command{
	Use:   "story [flags] ID",
	Short: "Show one stored story: copies, entities, claims, timeline, summary",
	Long: `story prints one story of the store as analyze prints a report: its
summary, claims with agreements and conflicts, timeline, quotes, entities
and copy groups, followed by its articles. --format json gives the story
in the report contract (docs/report.md) with its articles.`,
	Example: `  recoupe story s12
  recoupe story --format json s12 > s12.json
  recoupe story --format html -o s12.html s12`,
	Args: cobra.ExactArgs(1),
	RunE: func(cmd *cobra.Command, args []string) error {
		f := &storyFlags
		db, format, err := readStore(f.db, f.format, "text", "markdown", "json", "html")
		if err != nil {
			return err
		}
		defer db.Close()
		p, err := db.Story(cmd.Context(), args[0])
		if errors.Is(err, store.ErrNotFound) {
			return fmt.Errorf("no story %q in %s (see 'recoupe stories')", args[0], db.Path())
		}
		if err != nil {
			return err
		}
		rep := &report.Report{Version: report.Version, Articles: p.Articles, Stories: []report.Story{p.Story}}
		rep.Normalize()
		return writeOut(cmd, f.out, "", func(w io.Writer) error {
			return report.Write(w, rep, format, report.Options{})
		})
	},
}

// writeOut writes through a buffer to --out or standard output. what
// names the output in errors ("the report": "cannot write the report: …",
// "writing the report: …"); with "" an error of write is returned as it is.
func writeOut(cmd *cobra.Command, out, what string, write func(io.Writer) error) error {
	var w io.Writer = cmd.OutOrStdout()
	var file *os.File
	if out != "" {
		var err error
		if file, err = os.Create(out); err != nil {
			if what == "" {
				return fmt.Errorf("cannot write: %w", err)
			}
			return fmt.Errorf("cannot write %s: %w", what, err)
		}
		w = file
	}
	bw := bufio.NewWriter(w)
	err := write(bw)
	if err == nil {
		err = bw.Flush()
	}
	if file != nil {
		if cerr := file.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil && what != "" {
		return fmt.Errorf("writing %s: %w", what, err)
	}
	return err
}

var searchFlags storeFlags

var searchCmd = &cobra.Command{
	Use:   "search [flags] QUERY...",
	Short: "Full-text search of the stored articles",
	Long: `search finds the stored articles whose title or text hold every word of
QUERY, case and accents ignored ("securite" finds "Sécurité"); a word
ending in * matches as a prefix. Best matches first, each with its story
and a snippet, the matched words between « and ».`,
	Example: `  recoupe search inondations Valence
  recoupe search 'évacu*' --limit 50
  recoupe search --format json "cessez-le-feu"`,
	Args: cobra.MinimumNArgs(1),
	RunE: func(cmd *cobra.Command, args []string) error {
		f := &searchFlags
		db, format, err := readStore(f.db, f.format, "text", "json")
		if err != nil {
			return err
		}
		defer db.Close()
		hits, err := db.Search(cmd.Context(), strings.Join(args, " "), f.limit, f.offset)
		if err != nil {
			return err
		}
		w := bufio.NewWriter(cmd.OutOrStdout())
		defer w.Flush()
		if format == "json" {
			return writeJSON(w, map[string]any{"query": strings.Join(args, " "), "hits": hits})
		}
		if len(hits) == 0 {
			fmt.Fprintln(w, "no match")
			return nil
		}
		for _, h := range hits {
			fmt.Fprintf(w, "%s  story %s  %s  %s\n  %s\n  %s\n\n", h.Article, h.Story, dash(h.Published), oneLine(h.Outlet, 30),
				oneLine(h.Title, 100), oneLine(h.Snippet, 200))
		}
		return nil
	},
}

var exportFlags storeFlags

var exportCmd = &cobra.Command{
	Use:   "export [flags]",
	Short: "Write the whole store as JSON Lines (one story a line) or one JSON report",
	Long: `export writes every stored story with its articles.

  --format jsonl (default): one line per story, {"story": ..., "articles":
  [...], "updated": ...}, the story in the report contract (docs/report.md);
  --format json: one report (contract version 1) holding every article and
  story, as analyze --format json writes it.`,
	Example: `  recoupe export --db news.db -o stories.jsonl
  recoupe export --format json -o report.json`,
	Args: cobra.NoArgs,
	RunE: func(cmd *cobra.Command, args []string) error {
		f := &exportFlags
		db, format, err := readStore(f.db, f.format, "jsonl", "json")
		if err != nil {
			return err
		}
		defer db.Close()
		return writeOut(cmd, f.out, "", func(w io.Writer) error {
			return export(cmd.Context(), db, w, format)
		})
	},
}

// export walks the story list page by page and writes every story.
func export(ctx context.Context, db store.Reader, w io.Writer, format string) error {
	rep := &report.Report{Version: report.Version}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	const page = 500
	for off := 0; ; off += page {
		items, _, err := db.Stories(ctx, store.StoryQuery{Limit: page, Offset: off})
		if err != nil {
			return err
		}
		for _, it := range items {
			p, err := db.Story(ctx, it.ID)
			if errors.Is(err, store.ErrNotFound) {
				continue
			}
			if err != nil {
				return err
			}
			if format == "jsonl" {
				if err := enc.Encode(p); err != nil {
					return err
				}
				continue
			}
			rep.Stories = append(rep.Stories, p.Story)
			rep.Articles = append(rep.Articles, p.Articles...)
		}
		if len(items) < page {
			break
		}
	}
	if format == "json" {
		rep.Normalize()
		return writeJSON(w, rep)
	}
	return nil
}

func init() {
	storiesFlags.registerDB(storiesCmd)
	storiesFlags.registerPage(storiesCmd, 50)
	storiesCmd.Flags().StringVar(&storiesFlags.thread, "thread", "", "only the stories of thread `ID`")
	storiesCmd.Flags().StringVarP(&storiesFlags.format, "format", "f", "text", "output format: text or json")

	storyFlags.registerDB(storyCmd)
	storyCmd.Flags().StringVarP(&storyFlags.format, "format", "f", "text", "output format: text, markdown, json or html")
	storyCmd.Flags().StringVarP(&storyFlags.out, "out", "o", "", "write to `FILE` instead of standard output")

	searchFlags.registerDB(searchCmd)
	searchFlags.registerPage(searchCmd, 20)
	searchCmd.Flags().StringVarP(&searchFlags.format, "format", "f", "text", "output format: text or json")

	exportFlags.registerDB(exportCmd)
	exportCmd.Flags().StringVarP(&exportFlags.format, "format", "f", "jsonl", "output format: jsonl or json")
	exportCmd.Flags().StringVarP(&exportFlags.out, "out", "o", "", "write to `FILE` instead of standard output")

	rootCmd.AddCommand(storiesCmd, storyCmd, searchCmd, exportCmd)
}
