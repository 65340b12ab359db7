// Package meta finds an article's title, language, outlet, wire credits,
// dateline, authors and publication date.
package meta

import "github.com/recoupe/recoupe/article"

// Extract finds the metadata of one document, from its input metadata, its
// raw lines and its cleaned body.
func Extract(d *article.Doc, c article.Cleaned) article.Meta {
	panic("not implemented")
}

// InferYears completes publication dates whose year could not be fixed
// from an article alone, using the other dated articles of the group (the
// same story). It only narrows: a date is set only when one year fits.
func InferYears(arts []*article.Article) {
}
