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
		set        string
		showErrors bool
	)
	cmd := &cobra.Command{
		Use:   "entities",
		Short: "Score entity recognition and cross-article name merging (package entity)",
		Long: `entities measures package entity twice.

Recognition: entity.Find runs over the labelled fact set (testdata/facts by
default; format in testdata/facts/README.md) and the mentions found are
scored against the gold ones, French and English articles apart: exact span
(same start, end and kind) and relaxed span (overlap, same kind) precision,
recall and F1, overall and per kind.

Merging: entity.SameEntity runs over a list of labelled name pairs
(testdata/variants/pairs.tsv by default; format in
testdata/variants/README.md): pairs of spellings of one entity from French
and English press practice, and look-alike pairs of different entities. It
prints precision and recall of merging.`,
		Example: `  # Score on the committed sets, from the repository root
  recoupe eval entities

  # Other sets, printing every missed and every spurious mention and every
  # missed or wrong merge
  recoupe eval entities --set my-facts --pairs my-pairs.tsv --errors`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			w := cmd.OutOrStdout()
			byLang, err := eval.EntitySpansByLang(set)
			if err != nil {
				return fmt.Errorf("eval entities: %w", err)
			}
			printEntitySpans(w, set, byLang, showErrors)
			sc, err := eval.VariantPairs(pairs)
			if err != nil {
				return fmt.Errorf("eval entities: %w", err)
			}
			printVariantScore(w, pairs, sc, showErrors)
			return nil
		},
	}
	cmd.Flags().StringVar(&set, "set", filepath.Join("testdata", "facts"), "labelled fact set directory")
	cmd.Flags().StringVar(&pairs, "pairs", filepath.Join("testdata", "variants", "pairs.tsv"), "name-variant pair list")
	cmd.Flags().BoolVar(&showErrors, "errors", false, "list every missed and spurious mention, every missed and wrongly merged pair")
	evalCmd.AddCommand(cmd)
}

func printEntitySpans(w io.Writer, dir string, byLang map[string]eval.EntityScore, showErrors bool) {
	for _, lang := range eval.EntityLangs(byLang) {
		sc := byLang[lang]
		fmt.Fprintf(w, "Entity spans (%s), lang %s: ", dir, lang)
		fmt.Fprint(w, sc.String())
		if !showErrors {
			continue
		}
		for _, m := range sc.Missed {
			fmt.Fprintf(w, "missed    %s [%d,%d) %s %q\n", m.Doc, m.Start, m.End, m.Kind, m.Text)
		}
		for _, m := range sc.Spurious {
			fmt.Fprintf(w, "spurious  %s [%d,%d) %s %q\n", m.Doc, m.Start, m.End, m.Kind, m.Text)
		}
	}
	fmt.Fprintln(w)
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
