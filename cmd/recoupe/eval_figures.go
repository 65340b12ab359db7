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
		Short: "Score figure and date recognition on the Recognizers-Text French specs",
		Long: `figures scores the quantity package against the Microsoft
Recognizers-Text French test specs (shared data "recognizers-fr"): per spec
file, the rate of cases whose results (text, value, unit) exactly match the
expected ones. Cases the reference .NET implementation marks as not
supported are counted apart. The DateTime specs score package timex on
dates, relative dates, durations and date ranges; their cases expecting a
time, a date-time or a set are out of timex's scope and counted on a line
of their own (see eval/recognizers_dates.go for the mapping of the gold
values to TimeML).`,
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
				fmt.Fprintf(w, "%-45s %4d/%-4d %6.1f%%   not-supported %3d/%-3d",
					f.File, f.Correct, f.Cases, 100*f.Rate(), f.UnsupportedCorrect, f.Unsupported)
				if f.Group == "DateTime" {
					fmt.Fprintf(w, "   out-of-scope %3d/%-3d", f.OutOfScopeCorrect, f.OutOfScope)
				}
				fmt.Fprintln(w)
				if showErrors {
					for _, e := range f.Errors {
						tag := ""
						switch {
						case e.Unsupported:
							tag = " [not supported]"
						case e.OutOfScope:
							tag = " [out of scope]"
						}
						fmt.Fprintf(w, "    %q%s\n      want %v\n      got  %v\n", e.Input, tag, e.Want, e.Got)
					}
				}
			}
			for _, g := range []string{"Number", "NumberWithUnit", "DateTime", ""} {
				c, n := score.Group(g)
				name := g
				if name == "" {
					name = "overall"
				}
				fmt.Fprintf(w, "%-45s %4d/%-4d %6.1f%%\n", name, c, n, 100*score.GroupRate(g))
			}
			oc, on := 0, 0
			for _, f := range score.Files {
				oc, on = oc+f.OutOfScopeCorrect, on+f.OutOfScope
			}
			fmt.Fprintf(w, "%-45s %4d/%-4d %6.1f%%   (times, date-times, sets: not in the rates)\n",
				"DateTime out of scope", oc, on, 100*float64(oc)/float64(max(on, 1)))
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
