package main

import (
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/recoupe/recoupe/eval"
)

func init() {
	var (
		dataDir  string
		words    int
		seeds    int
		examples bool
	)
	cmd := &cobra.Command{
		Use:   "summary",
		Short: "Score story summaries (package summary) with ROUGE on RPM2",
		Long: `summary writes recoupe's summary of each of the 40 clusters of RPM2
(20 topics, clusters C1 and C2 of 10 French articles, 4 human abstracts
each; the C2 abstracts say what is new since C1) and scores it against the
references with ROUGE-1, ROUGE-2 and ROUGE-SU4 (recall and F1, French
stemming, references pooled, summaries cut at --words words), next to
baselines run in the same pass: lead (the first sentences of the most
central article), random sentences (averaged over --seeds draws) and the
Open Text Summarizer when the ots binary is installed. On C2 recoupe also
runs in update mode (--update-since), with C1 as already-known background.`,
		Example: `  # Score on the shared RPM2 corpus
  recoupe eval summary

  # 200-word summaries, and the first topic's summaries
  recoupe eval summary --words 200 --examples`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			dir := dataDir
			if dir == "" {
				d, err := eval.SharedData("rpm2")
				if err != nil {
					return fmt.Errorf("eval summary: %w", err)
				}
				dir = d
			}
			sc, err := eval.RPM2SummariesWith(dir, eval.SummaryOptions{Words: words, Seeds: seeds})
			if err != nil {
				return fmt.Errorf("eval summary: %w", err)
			}
			printSummaryScore(cmd.OutOrStdout(), sc, examples)
			return nil
		},
	}
	cmd.Flags().StringVar(&dataDir, "data", "", "RPM2 directory (default: the shared rpm2)")
	cmd.Flags().IntVar(&words, "words", 100, "summary length limit in words (ROUGE -l)")
	cmd.Flags().IntVar(&seeds, "seeds", 5, "random-baseline draws to average")
	cmd.Flags().BoolVar(&examples, "examples", false, "print recoupe's summaries of the first topic")
	evalCmd.AddCommand(cmd)
}

func printSummaryScore(w io.Writer, sc eval.SummaryScore, examples bool) {
	fmt.Fprintf(w, "RPM2: %d topics x 2 clusters, 4 references each; ROUGE with French stemming, references pooled, summaries cut at %d words\n", sc.Topics, sc.Words)
	if sc.OTSNote != "" {
		fmt.Fprintf(w, "(%s)\n", sc.OTSNote)
	}
	for _, task := range []string{"C1", "C2"} {
		fmt.Fprintf(w, "\n%s", task)
		if task == "C2" {
			fmt.Fprint(w, " (update task: references say what is new since C1)")
		}
		fmt.Fprintln(w)
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
		fmt.Fprintln(tw, "system\tR-1 R\tR-1 F\tR-2 R\tR-2 F\tR-SU4 R\tR-SU4 F\twords\t")
		for _, r := range sc.Rows {
			if r.Task != task {
				continue
			}
			fmt.Fprintf(tw, "%s\t%.4f\t%.4f\t%.4f\t%.4f\t%.4f\t%.4f\t%.0f\t\n", r.System,
				r.R1.Recall, r.R1.F1, r.R2.Recall, r.R2.F1, r.SU4.Recall, r.SU4.F1, r.Words)
		}
		tw.Flush()
	}
	if sc.Calls > 0 {
		fmt.Fprintf(w, "\nsummary.Summarize: %d calls, %.2f ms each on average\n", sc.Calls, float64(sc.Elapsed.Microseconds())/1000/float64(sc.Calls))
	}
	if examples {
		for _, k := range []string{"C1", "C2", "C2-update"} {
			fmt.Fprintf(w, "\nFirst topic, %s:\n%s\n", k, sc.Examples[k])
		}
	}
}
