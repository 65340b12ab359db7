package main

import (
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/recoupe/recoupe/article"
	"github.com/recoupe/recoupe/facts"
	"github.com/recoupe/recoupe/pipeline"
	"github.com/recoupe/recoupe/progress"
	"github.com/recoupe/recoupe/read"
)

var extractFlags struct {
	refDate string
	noClean bool
	format  string
	out     string
	maxMB   int64
}

var extractCmd = &cobra.Command{
	Use:   "extract [flags] PATH...",
	Short: "Print the dates, figures, names and quotes found in each article",
	Long: `extract reads every PATH like analyze does -- a file, a folder (read
recursively) or "-" for standard input, in any input format analyze accepts --
and prints, for each article, what the facts stage finds in it:

  dates       dates, times, durations and sets, with their TIMEX3 value
  quantities  figures with their bounds, unit and what they count
  entities    people, organisations, places and other names
  quotes      direct quotes with their speakers

Extraction runs on the cleaned text, exactly as analyze reports it under
articles[].text; with --no-clean it runs on the raw input instead (the body
lines joined by line breaks, boilerplate and headline included). Every offset
counts Unicode code points of that text.

Relative dates ("mardi", "hier", "la veille") are resolved against the
reference date: --ref-date when given, else the article's publication date
as the meta stage finds it; when there is neither, they get partial values
such as "XXXX-03-04" or "".

The JSON output is {"articles": [...]}, one object per article in input
order; docs/extract.md documents every key. The text output lists the same
per article.

Exit status: 0 all inputs read, 1 usage error, 2 some inputs unreadable (they
are named on stderr; the others are extracted).`,
	Example: `  # Facts of one article, as JSON
  recoupe extract article.txt

  # A folder, resolving relative dates against a given day
  recoupe extract --ref-date 2025-03-04 articles/

  # The raw text, without cleaning, as a readable listing
  recoupe extract --no-clean --format text page.html

  # Every figure that counts the dead, from JSON Lines on stdin
  cat feed.jsonl | recoupe extract - | jq '.articles[].quantities[] | select(.measure == "morts")'`,
	Args: cobra.MinimumNArgs(1),
	RunE: runExtract,
}

func init() {
	f := extractCmd.Flags()
	f.StringVar(&extractFlags.refDate, "ref-date", "", "resolve relative dates against `YYYY-MM-DD` instead of each article's publication date")
	f.BoolVar(&extractFlags.noClean, "no-clean", false, "extract from the raw input lines instead of the cleaned text")
	f.StringVarP(&extractFlags.format, "format", "f", "json", "output format: json or text")
	f.StringVarP(&extractFlags.out, "out", "o", "", "write to `FILE` instead of standard output")
	f.Int64Var(&extractFlags.maxMB, "max-size", 64, "largest input accepted, in `MiB` (after decompression)")
	rootCmd.AddCommand(extractCmd)
}

// extractOutput is the JSON document recoupe extract prints
// (docs/extract.md).
type extractOutput struct {
	Articles []extractArticle `json:"articles"`
}

// extractArticle is the facts of one article.
type extractArticle struct {
	File    string  `json:"file"`
	RefDate *string `json:"ref_date"`
	facts.Facts
	lang string
}

func runExtract(cmd *cobra.Command, args []string) error {
	var ref time.Time
	if extractFlags.refDate != "" {
		t, err := time.Parse(time.DateOnly, extractFlags.refDate)
		if err != nil {
			return fmt.Errorf("invalid --ref-date %q: want YYYY-MM-DD", extractFlags.refDate)
		}
		ref = t
	}
	format := strings.ToLower(extractFlags.format)
	if format != "json" && format != "text" {
		return fmt.Errorf("unknown --format %q: use json or text", extractFlags.format)
	}

	opt := read.Options{MaxBytes: extractFlags.maxMB << 20}
	var docs []*article.Doc
	errs := read.Paths(args, cmd.InOrStdin(), opt, func(d *article.Doc) { docs = append(docs, d) })
	stderr := cmd.ErrOrStderr()
	for _, e := range errs {
		fmt.Fprintf(stderr, "recoupe: %s: %s\n", e.File, e.Reason)
	}

	var bar *progress.Bar
	if len(docs) >= 200 {
		bar = progress.New(os.Stderr, "extracting", len(docs))
	}
	arts := pipeline.Articles(docs, nil)
	out := extractOutput{Articles: make([]extractArticle, 0, len(arts))}
	for _, a := range arts {
		text := a.Text()
		if extractFlags.noClean {
			text = strings.Join(a.Doc.Lines, "\n")
		}
		r := ref
		if r.IsZero() {
			r = pipeline.RefDate(a)
		}
		ea := extractArticle{File: a.Doc.File, Facts: facts.Extract(text, a.Meta.Language, r), lang: a.Meta.Language}
		if !r.IsZero() {
			d := r.Format(time.DateOnly)
			ea.RefDate = &d
		}
		out.Articles = append(out.Articles, ea)
		if bar != nil {
			bar.Add(1)
		}
	}
	bar.Done()

	if err := writeOut(cmd, extractFlags.out, "the output", func(w io.Writer) error {
		if format == "json" {
			return writeJSON(w, out)
		}
		writeExtractText(w, out)
		return nil
	}); err != nil {
		return err
	}
	if len(errs) > 0 {
		return exitError{code: 2, msg: fmt.Sprintf("%d input(s) could not be read", len(errs))}
	}
	return nil
}

// writeExtractText writes the facts as a listing for people, one block
// per article. Write errors surface at the caller's Flush.
func writeExtractText(w io.Writer, out extractOutput) {
	for i, a := range out.Articles {
		if i > 0 {
			io.WriteString(w, "\n")
		}
		ref := "none"
		if a.RefDate != nil {
			ref = *a.RefDate
		}
		lang := a.lang
		if lang == "" {
			lang = "unknown"
		}
		fmt.Fprintf(w, "%s  (reference date %s, language %s)\n", a.File, ref, lang)

		fmt.Fprintf(w, "  dates (%d)\n", len(a.Dates))
		for _, d := range a.Dates {
			v := d.Value
			if v == "" {
				v = "?"
			}
			fmt.Fprintf(w, "    %5d-%-5d %-30q %-8s %s\n", d.Start, d.End, d.Text, d.Kind, v)
		}

		fmt.Fprintf(w, "  quantities (%d)\n", len(a.Quantities))
		for _, q := range a.Quantities {
			fmt.Fprintf(w, "    %5d-%-5d %-30q %s\n", q.Start, q.End, q.Text, describeQuantity(q))
		}

		fmt.Fprintf(w, "  entities (%d)\n", len(a.Entities))
		for _, e := range a.Entities {
			line := fmt.Sprintf("    %5d-%-5d %-30q %s", e.Start, e.End, e.Text, e.Kind)
			if e.Canonical != "" && e.Canonical != e.Text {
				line += " = " + e.Canonical
			}
			fmt.Fprintln(w, line)
		}

		fmt.Fprintf(w, "  quotes (%d)\n", len(a.Quotes))
		for _, q := range a.Quotes {
			speaker := q.Speaker
			if speaker == "" {
				speaker = "(unattributed)"
			}
			fmt.Fprintf(w, "    %5d-%-5d %s: « %s »\n", q.Start, q.End, speaker, q.Text)
		}
	}
}

// describeQuantity renders a figure's reading: "~300 (≤ 300) évacués".
func describeQuantity(q facts.Quantity) string {
	var b strings.Builder
	if q.Approx {
		b.WriteString("~")
	}
	b.WriteString(formatNum(q.Value))
	switch {
	case q.Low != nil && q.High != nil:
		fmt.Fprintf(&b, " [%s, %s]", formatNum(*q.Low), formatNum(*q.High))
	case q.Low != nil:
		fmt.Fprintf(&b, " (≥ %s)", formatNum(*q.Low))
	case q.High != nil:
		fmt.Fprintf(&b, " (≤ %s)", formatNum(*q.High))
	}
	if q.Unit != "" {
		b.WriteString(" " + q.Unit)
	}
	if q.Measure != "" {
		b.WriteString(" " + q.Measure)
	}
	return b.String()
}

func formatNum(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }
