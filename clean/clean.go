// Package clean separates the real content of an article's body from the
// boilerplate that copies of news carry (subscription calls, share widgets,
// captions, related headlines, author bios, ...), keeping every removed
// piece with the reason it was removed.
package clean

import "github.com/recoupe/recoupe/article"

// Cleaner cleans articles. Lines repeated across several articles of the
// same outlet are learnt from the whole batch given to CleanAll.
type Cleaner struct{}

// New returns a Cleaner with the built-in French and English rules.
func New() *Cleaner { return &Cleaner{} }

// Clean cleans one document on its own.
func (c *Cleaner) Clean(d *article.Doc) article.Cleaned {
	panic("not implemented")
}

// CleanAll cleans a batch of documents, also removing lines repeated across
// articles of one outlet; result i belongs to docs[i].
func (c *Cleaner) CleanAll(docs []*article.Doc) []article.Cleaned {
	panic("not implemented")
}
