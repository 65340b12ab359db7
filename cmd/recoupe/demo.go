package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/recoupe/recoupe/article"
	"github.com/recoupe/recoupe/demo"
	"github.com/recoupe/recoupe/read"
)

var demoFlags outputFlags

var demoCmd = &cobra.Command{
	Use:   "demo",
	Short: "Analyse the embedded demo corpus (a fictional event covered by several outlets)",
	Long: `demo runs analyze on a small corpus built into the binary: a fictional event
reported by a wire agency, two re-publications of its dispatch (one
machine-translated), a regional paper, a TV site, a blog reblog and a
follow-up, with figures that disagree and names spelled two ways. It works
from any directory and needs no files.`,
	Example: `  recoupe demo
  recoupe demo --format json | jq '.articles[].title'
  recoupe demo --format html -o demo.html`,
	Args: cobra.NoArgs,
	RunE: func(cmd *cobra.Command, args []string) error {
		docs, errs, err := demoDocs(demoFlags.maxMB)
		if err != nil {
			return err
		}
		return analyzeAndWrite(cmd, docs, errs, &demoFlags)
	},
}

// demoDocs reads the embedded demo corpus, each file at most maxMB MiB.
func demoDocs(maxMB int64) ([]*article.Doc, []*read.Error, error) {
	files, err := demo.Files()
	if err != nil {
		return nil, nil, fmt.Errorf("loading the demo corpus: %w", err)
	}
	var docs []*article.Doc
	var errs []*read.Error
	opt := read.Options{MaxBytes: maxMB << 20}
	for _, f := range files {
		ds, err := read.Bytes(f.Name, f.Data, opt)
		if err != nil {
			errs = append(errs, read.Errors(err)...)
		}
		docs = append(docs, ds...)
	}
	return docs, errs, nil
}

func init() {
	demoFlags.register(demoCmd)
	rootCmd.AddCommand(demoCmd)
}
