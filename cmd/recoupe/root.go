package main

import (
	"errors"

	"github.com/spf13/cobra"
)

var rootCmd = &cobra.Command{
	Use:   "recoupe",
	Short: "Cross-check the news: stories, copies, facts, agreements and conflicts",
	Long: `recoupe takes a pile of news articles (text, HTML, JSON, JSON Lines,
gzip-compressed or not) and reports, per story: which articles are copies of
the same dispatch, who is involved, what each source claims, where sources
agree and conflict, and a sourced summary and timeline.`,
	Example: `  # Analyse the embedded demo corpus
  recoupe demo

  # Analyse a folder of articles, JSON report to a file
  recoupe analyze --format json --out report.json articles/

  # Read JSON Lines from stdin, Markdown on stdout
  cat feed.jsonl | recoupe analyze --format markdown -`,
	SilenceUsage:  true,
	SilenceErrors: true,
}

// evalCmd groups the evaluation subcommands; each lives in its own file
// (eval_*.go) and registers itself in an init function.
var evalCmd = &cobra.Command{
	Use:   "eval",
	Short: "Measure recoupe's stages against labelled data",
	Long: `The eval subcommands measure each stage against labelled data: the
project's own committed sets under testdata/ and the shared evaluation data
beside the repository (../shared, or the directory named by RECOUPE_SHARED).`,
	Example: `  recoupe eval clean`,
}

func init() {
	rootCmd.AddCommand(evalCmd)
}

// exitCoder is an error that carries the process exit code; its message
// has already been printed.
type exitCoder interface {
	error
	ExitCode() int
}

type exitError struct {
	code int
	msg  string
}

func (e exitError) Error() string { return e.msg }
func (e exitError) ExitCode() int { return e.code }

func asExitCoder(err error, target *exitCoder) bool { return errors.As(err, target) }
