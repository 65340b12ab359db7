package main

import (
	"fmt"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"

	"github.com/recoupe/recoupe/article"
	"github.com/recoupe/recoupe/copies"
	"github.com/recoupe/recoupe/crosscheck"
	"github.com/recoupe/recoupe/eval"
	"github.com/recoupe/recoupe/facts"
	"github.com/recoupe/recoupe/pipeline"
	"github.com/recoupe/recoupe/read"
	"github.com/recoupe/recoupe/report"
)

func init() {
	var set string
	var perFile bool
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
			score, err := eval.Claims(dir, analyzeClaims)
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
			c, n := eval.CompleteStatus(score)
			fmt.Fprintf(w, "  status accuracy where every gold value was found %.3f (%d/%d)\n", claimsRatio(c, n), c, n)
			for _, st := range eval.ClaimStatuses {
				fmt.Fprintf(w, "  %-9s recall %.3f\n", st, score.StatusRecall(st))
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&set, "set", "", "claim set `DIR` (default testdata/claims of the repository)")
	cmd.Flags().BoolVar(&perFile, "files", false, "print the confusion matrix and the misses of every file")
	evalCmd.AddCommand(cmd)
}

// analyzeClaims reads one story file and returns its report, cross-checked.
func analyzeClaims(path string) (*report.Report, error) {
	var docs []*article.Doc
	errs := read.Paths([]string{path}, nil, read.Options{}, func(d *article.Doc) { docs = append(docs, d) })
	if len(docs) == 0 {
		if len(errs) > 0 {
			return nil, fmt.Errorf("%s: %s", errs[0].File, errs[0].Reason)
		}
		return nil, fmt.Errorf("%s: no article", path)
	}
	arts := pipeline.Articles(docs, nil)
	fs := pipeline.Facts(arts)
	r := pipeline.ReportFacts(arts, fs, errs)
	byID := make(map[string]*article.Article, len(arts))
	for _, a := range arts {
		byID[a.ID] = a
	}
	for i := range r.Stories {
		st := &r.Stories[i]
		if claimsChecked(st) {
			continue
		}
		crosscheck.Story(st, claimSources(st, byID, fs))
	}
	return r, nil
}

// claimsChecked reports whether the pipeline has cross-checked the story.
func claimsChecked(st *report.Story) bool {
	for _, c := range st.Claims {
		if c.Status != "" {
			return true
		}
	}
	return false
}

// claimSources builds the cross-check's view of a story's articles, with
// copy groups detected here when the report has none.
func claimSources(st *report.Story, byID map[string]*article.Article, fs map[string]facts.Facts) []crosscheck.Source {
	var srcs []crosscheck.Source
	var docs []copies.Doc
	for _, id := range st.Articles {
		a, ok := byID[id]
		if !ok {
			continue
		}
		srcs = append(srcs, crosscheck.Source{
			Article: id, Outlet: a.Meta.Outlet, Published: a.Meta.Published,
			Lang: a.Meta.Language, Text: a.Text(), Dates: fs[id].Dates,
		})
		var pub time.Time
		if t, err := time.Parse(time.DateOnly, a.Meta.Published); err == nil {
			pub = t
		}
		docs = append(docs, copies.Doc{ID: id, Text: a.Text(), Published: pub, Outlet: a.Meta.Outlet,
			Wires: a.Meta.Wires, Dateline: a.Meta.Dateline, Authors: a.Meta.Authors})
	}
	if len(st.Copies) > 0 {
		return srcs
	}
	det := copies.New(copies.DefaultOptions())
	var links []copies.Link
	for _, d := range docs {
		links = append(links, det.Add(d)...)
	}
	group := make(map[string]string)
	for _, g := range copies.Groups(links, docs) {
		for _, id := range g.Articles {
			group[id] = g.Original
		}
	}
	for i := range srcs {
		srcs[i].Group = group[srcs[i].Article]
	}
	return srcs
}

func claimsRatio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}
