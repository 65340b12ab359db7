package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/recoupe/recoupe/article"
	"github.com/recoupe/recoupe/pipeline"
	"github.com/recoupe/recoupe/progress"
	"github.com/recoupe/recoupe/read"
	"github.com/recoupe/recoupe/report"
)

// outputFlags are the flags shared by analyze and demo.
type outputFlags struct {
	format      string
	out         string
	boilerplate bool
	maxMB       int64
	updateSince string
}

func (o *outputFlags) register(cmd *cobra.Command) {
	cmd.Flags().StringVarP(&o.format, "format", "f", "", "output format: text, markdown, json or html (default text on a terminal, json otherwise... see below)")
	cmd.Flags().StringVarP(&o.out, "out", "o", "", "write the report to `FILE` instead of standard output")
	cmd.Flags().BoolVar(&o.boilerplate, "boilerplate", false, "list every removed boilerplate piece in text and Markdown output")
	cmd.Flags().Int64Var(&o.maxMB, "max-size", 64, "largest input accepted, in `MiB` (after decompression)")
	cmd.Flags().StringVar(&o.updateSince, "update-since", "", "summaries say what is new since `YYYY-MM-DD` (earlier articles are background)")
	cmd.Flags().Lookup("format").Usage = "output format: text, markdown, json or html (default text)"
}

var analyzeFlags outputFlags

var analyzeCmd = &cobra.Command{
	Use:   "analyze [flags] PATH...",
	Short: "Analyse articles from files, folders or stdin and print a cross-source report",
	Long: `analyze reads every PATH -- a file, a folder (read recursively) or "-" for
standard input -- and prints one report: the articles with their cleaned text,
metadata and removed boilerplate, grouped into stories.

Accepted inputs: plain text (.txt), HTML (.html, .htm), JSON (.json, one
object or an array) and JSON Lines (.jsonl, .ndjson), each optionally
gzip-compressed (.gz); see docs/input-formats.md. Inputs that cannot be read
are named on stderr with the reason and listed under "errors" in the report;
the rest is analysed.

Exit status: 0 all inputs read, 1 usage error, 2 some inputs unreadable.`,
	Example: `  # A folder of articles, report in the terminal
  recoupe analyze articles/

  # JSON report (contract in docs/report.md) to a file
  recoupe analyze --format json --out report.json a.txt b.html feed.jsonl.gz

  # A self-contained HTML page
  recoupe analyze --format html -o report.html articles/

  # JSON Lines on stdin, Markdown out
  cat feed.jsonl | recoupe analyze --format markdown -

  # Summaries of what is new since 5 March
  recoupe analyze --update-since 2025-03-05 articles/`,
	Args: cobra.MinimumNArgs(1),
	RunE: func(cmd *cobra.Command, args []string) error {
		opt := read.Options{MaxBytes: analyzeFlags.maxMB << 20}
		var docs []*article.Doc
		bar := progress.New(os.Stderr, "reading", 0)
		errs := read.Paths(args, cmd.InOrStdin(), opt, func(d *article.Doc) {
			docs = append(docs, d)
			if len(docs) >= 200 {
				bar.Add(1)
			}
		})
		bar.Done()
		return analyzeAndWrite(cmd, docs, errs, &analyzeFlags)
	},
}

func init() {
	analyzeFlags.register(analyzeCmd)
	rootCmd.AddCommand(analyzeCmd)
}

// analyzeAndWrite runs the pipeline on docs, reports unreadable inputs on
// stderr and writes the report. It returns an exitError with code 2 when
// some inputs were unreadable.
func analyzeAndWrite(cmd *cobra.Command, docs []*article.Doc, errs []*read.Error, f *outputFlags) error {
	stderr := cmd.ErrOrStderr()
	for _, e := range errs {
		fmt.Fprintf(stderr, "recoupe: %s: %s\n", e.File, e.Reason)
	}
	format, err := chooseFormat(f.format)
	if err != nil {
		return err
	}
	var popt pipeline.Options
	if f.updateSince != "" {
		popt.UpdateSince, err = time.Parse(time.DateOnly, f.updateSince)
		if err != nil {
			return fmt.Errorf("--update-since %q: want a date as YYYY-MM-DD", f.updateSince)
		}
	}
	var bar *progress.Bar
	if len(docs) >= 200 {
		bar = progress.New(os.Stderr, "analysing", len(docs))
	}
	arts := pipeline.Articles(docs, bar)
	bar.Done()
	rep := pipeline.ReportWith(arts, pipeline.Facts(arts), errs, popt)

	toTerminal := f.out == "" && progress.IsTerminal(cmd.OutOrStdout())
	ropt := report.Options{
		Color:           toTerminal && os.Getenv("NO_COLOR") == "",
		ShowBoilerplate: f.boilerplate,
	}
	if toTerminal {
		if w, _, err := term.GetSize(int(os.Stdout.Fd())); err == nil && w >= 40 {
			ropt.Width = w
		}
	}
	if err := writeOut(cmd, f.out, "the report", func(w io.Writer) error {
		return report.Write(w, rep, format, ropt)
	}); err != nil {
		return err
	}
	if len(errs) > 0 {
		return exitError{code: 2, msg: fmt.Sprintf("%d input(s) could not be read", len(errs))}
	}
	return nil
}

var formats = []string{"text", "markdown", "json", "html"}

func chooseFormat(f string) (string, error) {
	if f == "" {
		return "text", nil
	}
	f = strings.ToLower(f)
	if f == "md" {
		f = "markdown"
	}
	for _, v := range formats {
		if f == v {
			return f, nil
		}
	}
	return "", fmt.Errorf("unknown --format %q: use one of %s", f, strings.Join(formats, ", "))
}
