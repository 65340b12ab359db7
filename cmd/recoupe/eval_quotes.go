package main

import (
	"fmt"
	"io"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/recoupe/recoupe/eval"
)

func init() {
	var (
		dataDir    string
		showErrors bool
		noEntities bool
	)
	cmd := &cobra.Command{
		Use:   "quotes",
		Short: "Score quote and speaker extraction (package quote) on the fact set",
		Long: `quotes runs the quote extractor (package quote), fed with the names package
entity finds, over the labelled fact set (testdata/facts by default; format
in testdata/facts/README.md) and prints span precision/recall/F1 (a found
quote counts when it covers half of a gold quote or of one of its pull-quote
repeats), exact-span figures, and speaker accuracy on the matched quotes
whose speaker is named.`,
		Example: `  # Score on the committed fact set, from the repository root
  recoupe eval quotes

  # With quote's own capitalised-name heuristic instead of package entity,
  # listing every quote given a wrong speaker
  recoupe eval quotes --no-entities --errors`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			score := eval.Quotes
			if noEntities {
				score = eval.QuotesNoEntities
			}
			sc, err := score(dataDir)
			if err != nil {
				return fmt.Errorf("eval quotes: %w", err)
			}
			printQuoteScore(cmd.OutOrStdout(), sc, showErrors)
			return nil
		},
	}
	cmd.Flags().StringVar(&dataDir, "data", filepath.Join("testdata", "facts"), "fact set directory")
	cmd.Flags().BoolVar(&showErrors, "errors", false, "list every quote given a wrong speaker")
	cmd.Flags().BoolVar(&noEntities, "no-entities", false, "use quote's own name heuristic instead of package entity")
	evalCmd.AddCommand(cmd)
}

func printQuoteScore(w io.Writer, sc eval.QuoteScore, showErrors bool) {
	fmt.Fprint(w, sc.String())
	if !showErrors {
		return
	}
	for _, e := range sc.WrongSpeakers {
		fmt.Fprintf(w, "wrong speaker  %s: %q: gold %q, found %q\n", e.Doc, e.Quote, e.Gold, e.Pred)
	}
}
