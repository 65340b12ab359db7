package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"os"
	"os/signal"
	"sync"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/recoupe/recoupe/article"
	"github.com/recoupe/recoupe/ingest"
	"github.com/recoupe/recoupe/pipeline"
	"github.com/recoupe/recoupe/report"
	"github.com/recoupe/recoupe/server"
	"github.com/recoupe/recoupe/store"
)

var serveFlags struct {
	db      string
	addr    string
	token   string
	report  string
	demo    bool
	maxBody int64
	ttl     time.Duration
}

var serveCmd = &cobra.Command{
	Use:   "serve",
	Short: "Serve the stories over HTTP: a JSON API and a web UI",
	Long: `serve answers HTTP on --addr (default 127.0.0.1:8080) with a web UI (the
story list, one page per story with its claims, charts and sources, the
articles, search) and a JSON API under /api/ (see docs/api.md).

It reads the store given by --db, or, with --report, a JSON report written by
'recoupe analyze --format json' (read-only, nothing to install), or, with
--demo, the analysis of the embedded demo corpus (read-only, no files).

The server is read-only unless a token is given with --token or the
RECOUPE_TOKEN environment variable: then POST /api/articles adds articles
when sent with the header "Authorization: Bearer <token>".`,
	Example: `  # The demo corpus, in the browser at http://127.0.0.1:8080/
  recoupe serve --demo

  recoupe analyze --format json -o report.json articles/
  recoupe serve --report report.json

  RECOUPE_TOKEN=secret recoupe serve --db news.db --addr 127.0.0.1:8080`,
	Args: cobra.NoArgs,
	RunE: runServe,
}

func init() {
	f := serveCmd.Flags()
	f.StringVar(&serveFlags.db, "db", "", "the store's `FILE` (default $RECOUPE_DB, else recoupe.db in the user's data directory)")
	f.StringVar(&serveFlags.addr, "addr", "127.0.0.1:8080", "address to listen on, HOST:PORT")
	f.StringVar(&serveFlags.token, "token", "", "bearer token that allows POST /api/articles (default: $RECOUPE_TOKEN; none: read-only)")
	f.StringVar(&serveFlags.report, "report", "", "serve this JSON report (from analyze --format json) instead of a store")
	f.BoolVar(&serveFlags.demo, "demo", false, "serve the analysis of the embedded demo corpus instead of a store")
	f.Int64Var(&serveFlags.maxBody, "max-body-mb", server.DefaultMaxBody>>20, "largest request body accepted, in MiB")
	f.DurationVar(&serveFlags.ttl, "cache-ttl", server.DefaultCacheTTL, "how long a read answer is served from memory before the store is asked again (pages may lag the store that much; 0 disables)")
	rootCmd.AddCommand(serveCmd)
}

func runServe(cmd *cobra.Command, args []string) error {
	token := serveFlags.token
	if token == "" {
		token = os.Getenv("RECOUPE_TOKEN")
	}
	if serveFlags.maxBody < 1 {
		return errors.New("--max-body-mb must be at least 1")
	}
	var (
		reader   store.Reader
		ingester server.Ingester
	)
	switch {
	case serveFlags.demo:
		docs, errs, err := demoDocs(64)
		if err != nil {
			return err
		}
		arts := pipeline.Articles(docs, nil)
		reader = server.NewReportReader(pipeline.Report(arts, errs), time.Now())
		if token != "" {
			fmt.Fprintln(cmd.ErrOrStderr(), "recoupe serve: --demo is read-only; the token is ignored")
		}
	case serveFlags.report != "":
		rep, err := loadReport(serveFlags.report)
		if err != nil {
			return err
		}
		reader = server.NewReportReader(rep, time.Now())
		if token != "" {
			fmt.Fprintln(cmd.ErrOrStderr(), "recoupe serve: --report is read-only; the token is ignored")
		}
	default:
		db, err := openStore(serveFlags.db, token != "")
		if err != nil {
			return err
		}
		defer db.Close()
		reader = db
		if token != "" {
			// The engine keeps the store's story state in memory: while
			// serve accepts writes, it must be the store's only writer
			// (no 'recoupe ingest' or 'watch' on the same file meanwhile).
			e, err := ingest.Open(cmd.Context(), db, ingest.Options{})
			if err != nil {
				return err
			}
			ingester = &engineIngester{e: e}
		}
	}
	ttl := serveFlags.ttl
	if ttl <= 0 {
		ttl = -1 // server.Options: negative disables the cache
	}
	srv, err := server.New(reader, server.Options{Token: token, Ingester: ingester, MaxBody: serveFlags.maxBody << 20, CacheTTL: ttl})
	if err != nil {
		return err
	}
	l, err := net.Listen("tcp", serveFlags.addr)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	mode := "read-only"
	if token != "" && ingester != nil {
		mode = "writes allowed with the bearer token"
	}
	fmt.Fprintf(cmd.ErrOrStderr(), "recoupe serve: http://%s/ (%s)\n", l.Addr(), mode)
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	return srv.Serve(ctx, l)
}

// engineIngester serialises the server's POSTs into the ingest engine,
// which is not safe for concurrent use.
type engineIngester struct {
	mu sync.Mutex
	e  *ingest.Engine
}

func (g *engineIngester) Ingest(ctx context.Context, docs []*article.Doc) (int, error) {
	g.mu.Lock()
	defer g.mu.Unlock()
	r, err := g.e.Add(ctx, docs)
	return r.Added, err
}

// loadReport reads a JSON report as written by analyze --format json.
func loadReport(path string) (*report.Report, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("serve: %w", err)
	}
	var rep report.Report
	if err := json.Unmarshal(data, &rep); err != nil {
		return nil, fmt.Errorf("serve: reading the report %s: %w", path, err)
	}
	if rep.Version != report.Version {
		return nil, fmt.Errorf("serve: %s: report version %d, this recoupe reads version %d", path, rep.Version, report.Version)
	}
	return &rep, nil
}
