package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/recoupe/recoupe/eval"
)

var evalCleanFlags struct {
	set, bench string
	perFile    bool
}

var evalCleanCmd = &cobra.Command{
	Use:   "clean",
	Short: "Measure cleaning: line F1 on the French labelled set, word F1 on the HTML benchmark",
	Long: `clean measures the reading and cleaning stages twice:

  1. the committed labelled set of noisy French (and some English) plain-text
     articles in testdata/clean (every line labelled keep or drop): precision,
     recall and F1 of the kept lines and of their words;
  2. the extraction benchmark in ../shared/data/extraction-benchmark (181 HTML
     pages with the human-written article body): the benchmark's own
     word-shingle precision, recall and F1 of the text kept after reading and
     cleaning.

The second part is skipped with a message when the shared data is absent.`,
	Example: `  recoupe eval clean
  recoupe eval clean --files          # per-file figures of the labelled set
  RECOUPE_SHARED=/data/shared recoupe eval clean`,
	Args: cobra.NoArgs,
	RunE: func(cmd *cobra.Command, args []string) error {
		out := cmd.OutOrStdout()
		set := evalCleanFlags.set
		if set == "" {
			root, err := repoRoot()
			if err != nil {
				return fmt.Errorf("finding the labelled set: %w (give --set DIR)", err)
			}
			set = filepath.Join(root, eval.CleanSetDir)
		}
		s, err := eval.CleanLines(set)
		if err != nil {
			return err
		}
		fmt.Fprintf(out, "French labelled set (%s): %d files, %d lines\n", set, s.Files, s.Lines.Keep+s.Lines.Drop)
		fmt.Fprintf(out, "  lines  precision %.3f  recall %.3f  F1 %.3f\n", s.Lines.Precision, s.Lines.Recall, s.Lines.F1)
		fmt.Fprintf(out, "  words  precision %.3f  recall %.3f  F1 %.3f\n", s.Words.Precision, s.Words.Recall, s.Words.F1)
		if evalCleanFlags.perFile {
			fmt.Fprint(out, s.String())
		}

		bench := evalCleanFlags.bench
		if bench == "" {
			bench, err = eval.SharedData("extraction-benchmark")
			if err != nil {
				fmt.Fprintf(out, "HTML benchmark: skipped: %v\n", err)
				return nil
			}
		}
		h, err := eval.CleanHTML(bench)
		if err != nil {
			return err
		}
		fmt.Fprintf(out, "HTML extraction benchmark (%s): %d pages, %d failed\n", bench, h.Docs, h.Failed)
		fmt.Fprintf(out, "  words  precision %.3f  recall %.3f  F1 %.3f\n", h.Precision, h.Recall, h.F1)
		return nil
	},
}

func init() {
	evalCleanCmd.Flags().StringVar(&evalCleanFlags.set, "set", "", "labelled set `DIR` (default testdata/clean of the repository)")
	evalCleanCmd.Flags().StringVar(&evalCleanFlags.bench, "bench", "", "extraction benchmark `DIR` (default from ../shared)")
	evalCleanCmd.Flags().BoolVar(&evalCleanFlags.perFile, "files", false, "print per-file figures of the labelled set")
	evalCmd.AddCommand(evalCleanCmd)
}

// repoRoot finds the repository root (the directory holding go.mod) from
// the working directory upwards; the committed labelled sets live there.
func repoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("not inside the recoupe repository")
		}
		dir = parent
	}
}
