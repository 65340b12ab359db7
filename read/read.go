// Package read turns input files into article.Docs: plain text, HTML,
// JSON, JSON Lines, each optionally gzip-compressed, in any of the common
// encodings of French sites.
package read

import (
	"io"

	"github.com/recoupe/recoupe/article"
)

// Error is an input that could not be read, and why. The rest of the work
// goes on.
type Error struct {
	File   string
	Reason string
}

func (e *Error) Error() string { return e.File + ": " + e.Reason }

// Options bounds the reading.
type Options struct {
	// MaxBytes is the largest input accepted (after decompression); 0
	// means the default, 64 MiB.
	MaxBytes int64
}

// Paths reads every path: a file, a directory (recursively, in lexical
// order, skipping hidden files), or "-" for stdin. It calls emit for each
// article in input order and returns one Error per unreadable input.
func Paths(paths []string, stdin io.Reader, opt Options, emit func(*article.Doc)) []*Error {
	panic("not implemented")
}

// Bytes reads the articles in one named input already in memory; the name
// (its extension) selects the format, sniffing the content when the
// extension says nothing. Used for embedded corpora.
func Bytes(name string, data []byte, opt Options) ([]*article.Doc, error) {
	panic("not implemented")
}
