package main

import (
	"fmt"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/recoupe/recoupe/eval"
)

func init() {
	var set string
	var perFile bool
	var split string
	cmd := &cobra.Command{
		Use:   "claims",
		Short: "Score the cross-check's claim statuses on the labelled claim set",
		Long: `claims runs the pipeline on every story file of the labelled claim set
(testdata/claims: JSON Lines stories with the expected claims in gold.tsv)
and scores the claims of each report: the share of gold measures found, of
their values found, and of those given the gold status (agree, evolving,
conflict, retracted, single).

When the pipeline leaves the claim statuses empty (the cross-check not yet
wired in), the command runs the cross-check itself on each story, with copy
groups from the copies package when the report has none.`,
		Example: `  recoupe eval claims
  recoupe eval claims --files
  recoupe eval claims --split 25
  recoupe eval claims --set testdata/claims`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			dir := set
			if dir == "" {
				root, err := repoRoot()
				if err != nil {
					return fmt.Errorf("finding the claim set: %w (give --set DIR)", err)
				}
				dir = filepath.Join(root, eval.ClaimSetDir)
			}
			score, err := eval.Claims(dir, eval.AnalyzeClaimStory)
			if err != nil {
				return err
			}
			w := cmd.OutOrStdout()
			fmt.Fprintf(w, "claim set %s\n", dir)
			if perFile {
				fmt.Fprint(w, score.String())
			}
			fmt.Fprintf(w, "  status accuracy %.3f (%d/%d)\n", score.StatusAccuracy(), score.Correct, score.Measures)
			fmt.Fprintf(w, "  measure recall  %.3f (%d/%d)\n", score.MeasureRecall(), score.Found, score.Measures)
			fmt.Fprintf(w, "  value recall    %.3f (%d/%d)\n", score.ValueRecall(), score.FoundValues, score.GoldValues)
			if split != "" {
				b, bn, a, an := eval.ClaimSplit(score, split)
				fmt.Fprintf(w, "  status accuracy on the files before %q %.3f (%d/%d), from it %.3f (%d/%d)\n",
					split, claimsRatio(b, bn), b, bn, claimsRatio(a, an), a, an)
			}
			c, n := eval.CompleteStatus(score)
			fmt.Fprintf(w, "  status accuracy where every gold value was found %.3f (%d/%d)\n", claimsRatio(c, n), c, n)
			for _, st := range eval.ClaimStatuses {
				fmt.Fprintf(w, "  %-9s recall %.3f\n", st, score.StatusRecall(st))
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&set, "set", "", "claim set `DIR` (default testdata/claims of the repository)")
	cmd.Flags().StringVar(&split, "split", "25", "also report the files whose names sort before `NAME` and the others apart (\"\" for none); the claim set's stories from 25 were added after its first measurement")
	cmd.Flags().BoolVar(&perFile, "files", false, "print the confusion matrix and the misses of every file")
	evalCmd.AddCommand(cmd)
}

func claimsRatio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}
