package main

import (
	"fmt"
	"io"
	"sort"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/recoupe/recoupe/eval"
)

func init() {
	var (
		dataDir    string
		showErrors bool
	)
	cmd := &cobra.Command{
		Use:   "dates",
		Short: "Score date and time recognition (package timex) on the French TimeBank",
		Long: `dates runs the temporal expression tagger (package timex) over the French
TimeBank (ISO-TimeML, shared data set "fr-timebank") and prints TempEval-3
figures: strict and relaxed span precision/recall/F1, and value F1 (spans
that overlap a gold span and carry its value and type), overall and per
TIMEX3 type. The document creation time is the reference date.`,
		Example: `  # Score on the shared French TimeBank
  recoupe eval dates

  # Another copy of the corpus, listing every mismatch
  recoupe eval dates --data /path/to/fr-timebank --errors`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			dir := dataDir
			if dir == "" {
				d, err := eval.SharedData("fr-timebank")
				if err != nil {
					return fmt.Errorf("eval dates: %w", err)
				}
				dir = d
			}
			sc, err := eval.Timebank(dir)
			if err != nil {
				return fmt.Errorf("eval dates: %w", err)
			}
			printTimebank(cmd.OutOrStdout(), sc, showErrors)
			return nil
		},
	}
	cmd.Flags().StringVar(&dataDir, "data", "", "French TimeBank directory (default: the shared fr-timebank)")
	cmd.Flags().BoolVar(&showErrors, "errors", false, "list every mismatch")
	evalCmd.AddCommand(cmd)
}

func printTimebank(w io.Writer, sc eval.TimebankScore, showErrors bool) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(w, "French TimeBank: %d documents, %d gold TIMEX3, %d found\n\n", sc.Docs, sc.Strict.Gold, sc.Strict.System)
	fmt.Fprintln(tw, "\tP\tR\tF1\t")
	row := func(name string, p eval.TimebankPRF) {
		fmt.Fprintf(tw, "%s\t%.3f\t%.3f\t%.3f\t\n", name, p.P, p.R, p.F1)
	}
	row("strict span", sc.Strict)
	row("relaxed span", sc.Relaxed)
	row("type", sc.Type)
	row("value", sc.Value)
	tw.Flush()

	fmt.Fprintln(w)
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "type\tgold\tfound\tstrict F1\trelaxed F1\tvalue F1\t")
	types := make([]string, 0, len(sc.PerType))
	for t := range sc.PerType {
		types = append(types, t)
	}
	sort.Strings(types)
	for _, t := range types {
		p := sc.PerType[t]
		fmt.Fprintf(tw, "%s\t%d\t%d\t%.3f\t%.3f\t%.3f\t\n", t, p.Strict.Gold, p.Strict.System, p.Strict.F1, p.Relaxed.F1, p.Value.F1)
	}
	tw.Flush()
	if !showErrors {
		return
	}
	fmt.Fprintf(w, "\n%d mismatches:\n", len(sc.Errors))
	for _, e := range sc.Errors {
		switch e.Kind {
		case "missed":
			fmt.Fprintf(w, "%s  missed    %q %s %s\n", e.Doc, e.GoldText, e.GoldType, e.GoldValue)
		case "spurious":
			fmt.Fprintf(w, "%s  spurious  %q %s %s\n", e.Doc, e.SysText, e.SysType, e.SysValue)
		default:
			fmt.Fprintf(w, "%s  %-8s  gold %q %s %s | found %q %s %s\n", e.Doc, e.Kind, e.GoldText, e.GoldType, e.GoldValue, e.SysText, e.SysType, e.SysValue)
		}
		fmt.Fprintf(w, "    …%s…\n", e.Context)
	}
}
