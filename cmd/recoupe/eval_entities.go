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
		pairs      string
		showErrors bool
	)
	cmd := &cobra.Command{
		Use:   "entities",
		Short: "Score cross-article name merging (package entity) on the name-variant pairs",
		Long: `entities runs entity.SameEntity over a list of labelled name pairs
(testdata/variants/pairs.tsv by default; format in testdata/variants/README.md):
pairs of spellings of one entity from French and English press practice, and
look-alike pairs of different entities. It prints precision and recall of
merging.`,
		Example: `  # Score on the committed list, from the repository root
  recoupe eval entities

  # Another list, printing every miss and every wrong merge
  recoupe eval entities --pairs my-pairs.tsv --errors`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			sc, err := eval.VariantPairs(pairs)
			if err != nil {
				return fmt.Errorf("eval entities: %w", err)
			}
			printVariantScore(cmd.OutOrStdout(), pairs, sc, showErrors)
			return nil
		},
	}
	cmd.Flags().StringVar(&pairs, "pairs", filepath.Join("testdata", "variants", "pairs.tsv"), "name-variant pair list")
	cmd.Flags().BoolVar(&showErrors, "errors", false, "list every missed and every wrongly merged pair")
	evalCmd.AddCommand(cmd)
}

func printVariantScore(w io.Writer, path string, sc eval.VariantScore, showErrors bool) {
	fmt.Fprintf(w, "Name variants (%s): %d pairs, %d same, %d different\n", path, sc.Pairs, sc.Positives, sc.Negatives)
	fmt.Fprintf(w, "merged %d: %d right, %d wrong; missed %d\n", sc.TP+sc.FP, sc.TP, sc.FP, sc.FN)
	fmt.Fprintf(w, "precision %.3f  recall %.3f\n", sc.Precision, sc.Recall)
	if !showErrors {
		return
	}
	for _, p := range sc.Missed {
		fmt.Fprintf(w, "missed  line %d: %s %q / %s %q\n", p.Line, p.KindA, p.NameA, p.KindB, p.NameB)
	}
	for _, p := range sc.Wrong {
		fmt.Fprintf(w, "wrong   line %d: %s %q / %s %q\n", p.Line, p.KindA, p.NameA, p.KindB, p.NameB)
	}
}
