package eval

// Scoring of the quote extractor (package quote) on the fact set.

import (
	"fmt"

	"github.com/recoupe/recoupe/entity"
	"github.com/recoupe/recoupe/quote"
)

// Quotes runs quote.Find over every article of the fact set in dir, with
// the names package entity finds as speakers, and scores the quotes and
// their speakers against the gold ones.
func Quotes(dir string) (QuoteScore, error) {
	return qtScore(dir, true)
}

// QuotesNoEntities is Quotes with quote.Find's own name heuristic in
// place of package entity, to measure that fallback.
func QuotesNoEntities(dir string) (QuoteScore, error) {
	return qtScore(dir, false)
}

func qtScore(dir string, withEntities bool) (QuoteScore, error) {
	docs, err := LoadFactSet(dir)
	if err != nil {
		return QuoteScore{}, fmt.Errorf("scoring quotes: %w", err)
	}
	preds := make([][]PredQuote, len(docs))
	for i, d := range docs {
		preds[i] = QuotePredictions(d.Text, d.Lang, withEntities)
	}
	return ScoreQuotes(docs, preds), nil
}

// QuotePredictions returns the quotes quote.Find finds in text, as the
// scorer takes them; withEntities feeds it package entity's names.
func QuotePredictions(text, lang string, withEntities bool) []PredQuote {
	var ents []quote.Mention
	if withEntities {
		ents = QuoteMentions(entity.Find(text, lang))
	}
	var out []PredQuote
	for _, q := range quote.Find(text, lang, ents) {
		out = append(out, PredQuote{Start: q.Start, End: q.End, Speaker: q.Speaker})
	}
	return out
}

// QuoteMentions adapts entity mentions to quote.Find's input. It never
// returns nil, so that Find does not fall back to its own names.
func QuoteMentions(ms []entity.Mention) []quote.Mention {
	out := make([]quote.Mention, 0, len(ms))
	for _, m := range ms {
		out = append(out, quote.Mention{
			Start: m.Start, End: m.End, Text: m.Text,
			Kind: m.Kind, Canonical: m.Canonical, Role: m.Role,
		})
	}
	return out
}
