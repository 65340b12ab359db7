package main

import (
	"errors"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/recoupe/recoupe/eval"
)

// storiesEvalFlags are the flags of `recoupe eval stories`.
type storiesEvalFlags struct {
	gold   string
	level  string
	rpm2   bool
	seeds  int
	refine bool
}

func newEvalStoriesCmd() *cobra.Command {
	var f storiesEvalFlags
	cmd := &cobra.Command{
		Use:   "stories [--gold LABELS] [--level story|thread] [--rpm2] [PATH...]",
		Short: "Score story and thread clustering (BCubed, pairwise, V-measure)",
		Long: `Clusters labelled articles into stories and threads, streaming them in
publication order (undated articles in a seeded shuffle, under opaque IDs),
and scores both levels against the gold labels with BCubed precision,
recall and F1, pairwise F1 and V-measure, for several stream orders.

With no argument it runs the RPM2 corpus (shared data) and the committed
handmade set (testdata/stories).

--gold LABELS names a tab-separated labels file, one article a line:

    file<TAB>story<TAB>thread

where file is relative to PATH (or to the labels file's directory when no
PATH is given); '#' lines are comments; a missing thread equals the story.
Articles are JSON objects {"title", "published", "text"} or plain text whose
first line is the headline.

--rpm2 takes each PATH as an RPM2 directory, whose labels come from the file
names TNN_Ck_DD (story TNN_Ck, thread TNN).`,
		Example: `  recoupe eval stories
  recoupe eval stories --gold testdata/stories/labels.tsv
  recoupe eval stories --rpm2 --level thread ../shared/data/rpm2`,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runEvalStories(cmd, f, args)
		},
	}
	cmd.Flags().StringVar(&f.gold, "gold", "", "labels file (file<TAB>story<TAB>thread)")
	cmd.Flags().StringVar(&f.level, "level", "", "print only this level: story or thread (default both)")
	cmd.Flags().BoolVar(&f.rpm2, "rpm2", false, "PATH is an RPM2 directory (labels from file names)")
	cmd.Flags().IntVar(&f.seeds, "seeds", 5, "number of stream orders")
	cmd.Flags().BoolVar(&f.refine, "refine", false, "run the batch refinement pass after the stream")
	return cmd
}

func init() {
	evalCmd.AddCommand(newEvalStoriesCmd())
}

func runEvalStories(cmd *cobra.Command, f storiesEvalFlags, args []string) error {
	if f.level != "" && f.level != "story" && f.level != "thread" {
		return fmt.Errorf("--level: want story or thread, got %q", f.level)
	}
	if f.seeds < 1 {
		return errors.New("--seeds must be at least 1")
	}
	o := eval.StoriesEvalOptions{Refine: f.refine}
	for i := 1; i <= f.seeds; i++ {
		o.Seeds = append(o.Seeds, uint64(i))
	}
	var scores []eval.StoriesScore
	switch {
	case f.gold != "":
		if f.rpm2 {
			return errors.New("--gold and --rpm2 exclude each other")
		}
		if len(args) > 1 {
			return errors.New("--gold takes at most one PATH (the base directory)")
		}
		base := ""
		if len(args) == 1 {
			base = args[0]
		}
		items, err := eval.LoadStoriesSet(f.gold, base, nil)
		if err != nil {
			return err
		}
		s, err := eval.EvalStories(filepath.Base(f.gold), items, o)
		if err != nil {
			return err
		}
		scores = append(scores, s)
	case len(args) > 0:
		if !f.rpm2 {
			return errors.New("give --gold LABELS or --rpm2 with PATH")
		}
		for _, p := range args {
			s, err := eval.RPM2Stories(p, o, nil)
			if err != nil {
				return err
			}
			s.Set = p
			scores = append(scores, s)
		}
	default:
		if dir, err := eval.SharedData("rpm2"); err == nil {
			s, err := eval.RPM2Stories(dir, o, nil)
			if err != nil {
				return err
			}
			scores = append(scores, s)
		} else {
			fmt.Fprintln(cmd.ErrOrStderr(), "rpm2 skipped:", err)
		}
		dir, err := eval.StoriesSetPath()
		if err != nil {
			return err
		}
		s, err := eval.HandmadeStories(dir, o, nil)
		if err != nil {
			return err
		}
		scores = append(scores, s)
	}
	out := cmd.OutOrStdout()
	for _, s := range scores {
		fmt.Fprint(out, filterLevel(s.String(), f.level))
	}
	return nil
}

// filterLevel keeps the rows of one level in a StoriesScore table.
func filterLevel(table, level string) string {
	if level == "" {
		return table
	}
	var b strings.Builder
	for _, l := range strings.SplitAfter(table, "\n") {
		fields := strings.Fields(l)
		if len(fields) > 1 && (fields[0] == "story" || fields[0] == "thread") {
			if _, err := strconv.Atoi(fields[1]); err == nil && fields[0] != level {
				continue
			}
		}
		b.WriteString(l)
	}
	return b.String()
}
