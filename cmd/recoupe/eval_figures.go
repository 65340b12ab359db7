package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/recoupe/recoupe/eval"
)

func init() {
	var dataDir string
	var showErrors, verbose bool
	cmd := &cobra.Command{
		Use:   "figures",
		Short: "Score figure recognition on the Recognizers-Text French specs",
		Long: `figures scores the quantity package against the Microsoft
Recognizers-Text French test specs (shared data "recognizers-fr"): per spec
file, the rate of cases whose results (text, value, unit) exactly match the
expected ones. Cases the reference .NET implementation marks as not
supported are counted apart.`,
		Example: `  recoupe eval figures
  recoupe eval figures --errors --data ../shared/data/recognizers-fr`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			dir := dataDir
			if dir == "" {
				d, err := eval.SharedData("recognizers-fr")
				if err != nil {
					return fmt.Errorf("locating recognizers-fr (use --data): %w", err)
				}
				dir = d
			}
			score, err := eval.Recognizers(dir)
			if err != nil {
				return err
			}
			w := cmd.OutOrStdout()
			for _, f := range score.Files {
				fmt.Fprintf(w, "%-45s %4d/%-4d %6.1f%%   not-supported %3d/%-3d\n",
					f.File, f.Correct, f.Cases, 100*f.Rate(), f.UnsupportedCorrect, f.Unsupported)
				if showErrors {
					for _, e := range f.Errors {
						tag := ""
						if e.Unsupported {
							tag = " [not supported]"
						}
						fmt.Fprintf(w, "    %q%s\n      want %v\n      got  %v\n", e.Input, tag, e.Want, e.Got)
					}
				}
			}
			for _, g := range []string{"Number", "NumberWithUnit", ""} {
				c, n := score.Group(g)
				name := g
				if name == "" {
					name = "overall"
				}
				fmt.Fprintf(w, "%-45s %4d/%-4d %6.1f%%\n", name, c, n, 100*score.GroupRate(g))
			}
			if verbose {
				for _, s := range score.Skipped {
					fmt.Fprintf(w, "skipped %s\n", s)
				}
			} else if len(score.Skipped) > 0 {
				fmt.Fprintf(w, "skipped %d spec files without a recogniser (--verbose lists them)\n", len(score.Skipped))
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&dataDir, "data", "", "recognizers-fr directory (default: shared data)")
	cmd.Flags().BoolVar(&showErrors, "errors", false, "list the cases that fail")
	cmd.Flags().BoolVarP(&verbose, "verbose", "v", false, "list the spec files skipped")
	evalCmd.AddCommand(cmd)
}
