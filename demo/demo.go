// Package demo holds recoupe's demonstration corpus: eight fictional French
// articles, in several formats, about one invented event (the failure of
// a dam in the Rhodopes, Bulgaria, in March 2025) as different outlets
// published it over three days, plus one unrelated blog post.
//
// The corpus is embedded in the binary, so that "recoupe demo" runs with
// no input, and it serves the tests of later stages as a fixture. Its
// intended traps (copies, rising tolls, conflicting counts, names spelled
// two ways, boilerplate carrying figures) are described in README.md.
package demo

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"
)

//go:embed corpus
var corpus embed.FS

// Prefix is the directory the names of the demo files start with.
const Prefix = "demo/"

// File is one input file of the demo corpus.
type File struct {
	// Name is the file's name as reports show it, e.g. "demo/01-reuters.txt".
	// Its extension gives the format.
	Name string
	// Data is the file's content, byte for byte (not always UTF-8).
	Data []byte
}

// Files returns the demo corpus in a stable order (by name).
func Files() ([]File, error) {
	entries, err := fs.ReadDir(corpus, "corpus")
	if err != nil {
		return nil, fmt.Errorf("demo: reading embedded corpus: %w", err)
	}
	var files []File
	for _, e := range entries {
		if e.IsDir() {
			continue
		}
		data, err := corpus.ReadFile(path.Join("corpus", e.Name()))
		if err != nil {
			return nil, fmt.Errorf("demo: reading %s: %w", e.Name(), err)
		}
		files = append(files, File{Name: Prefix + e.Name(), Data: data})
	}
	slices.SortFunc(files, func(a, b File) int { return strings.Compare(a.Name, b.Name) })
	return files, nil
}
