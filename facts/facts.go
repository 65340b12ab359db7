// Package facts is recoupe's facts stage: it runs the four extractors on
// one article's text and returns what they find, with offsets that all
// count Unicode code points of that text.
//
//   - dates and times (package timex), resolved against a reference date;
//   - figures (package quantity): counts, money, percentages, units;
//   - named entities (package entity): people, organisations, places;
//   - direct quotes with their speakers (package quote).
//
// Extract splits the text into tokens once (package internal/tokens) for
// the extractors that read them (entities and quotes), runs the entity
// recognizer first and gives its people and organisations to the quote
// extractor as candidate speakers. Figures
// that overlap a date or a name are dropped: the date or the name wins
// ("1er mars" is a date, "G7" and "Ligue 1" are names, "dix jours" is a
// duration, not a count).
//
// Sentences splits a French or English text into sentences; the pipeline
// uses it to give every figure the sentence it was read from.
package facts

import (
	"sync"
	"time"
	"unicode/utf8"

	"github.com/recoupe/recoupe/entity"
	"github.com/recoupe/recoupe/internal/tokens"
	"github.com/recoupe/recoupe/quantity"
	"github.com/recoupe/recoupe/quote"
	"github.com/recoupe/recoupe/timex"
)

// Facts is everything the extractors found in one text. Every slice is
// non-nil (empty when nothing was found) and in text order.
type Facts struct {
	Dates      []Date     `json:"dates"`
	Quantities []Quantity `json:"quantities"`
	Entities   []Entity   `json:"entities"`
	Quotes     []Quote    `json:"quotes"`
}

// Date is a temporal expression: a date, a time, a duration or a set.
type Date struct {
	// Start and End are code-point offsets into the text, End excluded;
	// Text is the expression as written.
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	// Value is the TIMEX3 value ("2025-03-04", "2025-03", "P10D",
	// "2025-03-03TNI"), "" when the expression is relative and there is
	// no reference date to resolve it against.
	Value string `json:"value"`
	// Kind is the TIMEX3 type: "DATE", "TIME", "DURATION" or "SET".
	Kind string `json:"kind"`
	// Mod is the TIMEX3 modifier ("BEFORE", "APPROX", "START", ...), ""
	// when none. Not part of the extract JSON.
	Mod string `json:"-"`
	// Future reports that the expression lies after the reference date.
	// Not part of the extract JSON.
	Future bool `json:"-"`
}

// Quantity is a figure.
type Quantity struct {
	// Start and End are code-point offsets of the figure (number or range
	// and its unit, without the qualifier nor the noun it counts); Text is
	// the figure as written.
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	// Value is the figure given: the number, the first bound of a range,
	// the bound a qualifier gives ("au moins 12" is 12), or the smallest
	// quantity a vague wording supports ("des dizaines" is 20).
	Value float64 `json:"value"`
	// Low and High bound the quantity when the text does, nil otherwise.
	Low  *float64 `json:"low"`
	High *float64 `json:"high"`
	// Approx is set for approximate wordings ("près de", "une trentaine").
	Approx bool `json:"approx"`
	// Unit is the canonical unit ("%", "EUR", "km", "m3"...), "" for a
	// count or a plain number.
	Unit string `json:"unit"`
	// Measure is what the figure counts or qualifies ("morts",
	// "évacués", "amende"), "" when unknown.
	Measure string `json:"measure"`
	// Kind is the quantity extractor's kind: "count", "number",
	// "percent", "money", "length", "age", "ordinal"... Not part of the
	// extract JSON.
	Kind string `json:"-"`
	// Qualifier is the qualifier as written ("près de"), "" when none.
	// Not part of the extract JSON.
	Qualifier string `json:"-"`
	// Part is set for a part of the count before it ("12 morts, dont
	// trois enfants"): not a figure of its own measure.
	Part bool `json:"-"`
}

// Entity is one mention of a person, organisation, place or other name.
type Entity struct {
	// Start and End are code-point offsets of the name as written, Text.
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	// Kind is "person", "organisation", "place" or "other".
	Kind string `json:"kind"`
	// Canonical is the fullest form of the name in the text (the full
	// name for a later surname, the expansion of an acronym).
	Canonical string `json:"canonical"`
	// Role is the office the text gives a person ("ministre de
	// l'Intérieur"), "" when none. Not part of the extract JSON.
	Role string `json:"-"`
}

// Quote is a direct quote with its speaker.
type Quote struct {
	// Start and End delimit the quoted words, without the quote marks;
	// Text is those words.
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	// Speaker is the canonical name of who said it, or the words the
	// text uses for them ("le porte-parole"); "" when unknown.
	Speaker string `json:"speaker"`
	// SpeakerStart and SpeakerEnd delimit the mention naming the
	// speaker, -1 when the text has none.
	SpeakerStart int `json:"speaker_start"`
	SpeakerEnd   int `json:"speaker_end"`
	// Partial is set for a quoted fragment inside a sentence ("a dénoncé
	// une « trahison »"). Not part of the extract JSON.
	Partial bool `json:"-"`
}

// Extract runs the four extractors on text. lang is the ISO 639-1 code
// of the text ("en" reads English conventions, anything else French) and
// ref the publication date relative dates are resolved against (the zero
// time when unknown: relative dates then get partial or empty values).
func Extract(text string, lang string, ref time.Time) Facts {
	if !utf8.ValidString(text) {
		// The extractors count an invalid byte as one code point, as
		// []rune does; make the text say so, so that every Text is the
		// runes between its offsets.
		text = string([]rune(text))
	}
	x := textPool.Get().(*tokens.Text)
	defer textPool.Put(x)
	x.Reset(text)
	ms := entity.FindIn(x, lang)
	ents := make([]Entity, 0, len(ms))
	qms := make([]quote.Mention, 0, len(ms))
	for _, m := range ms {
		ents = append(ents, Entity{Start: m.Start, End: m.End, Text: m.Text, Kind: m.Kind, Canonical: m.Canonical, Role: m.Role})
		qms = append(qms, quote.Mention{Start: m.Start, End: m.End, Text: m.Text, Kind: m.Kind, Canonical: m.Canonical, Role: m.Role})
	}

	ts := timex.FindIn(x, timex.Ref{Date: ref, Lang: lang})
	dates := make([]Date, 0, len(ts))
	for _, t := range ts {
		dates = append(dates, Date{Start: t.Start, End: t.End, Text: t.Text, Value: t.Value, Kind: t.Kind, Mod: t.Mod, Future: t.Future})
	}

	qs := quantity.FindIn(x, lang)
	quants := make([]Quantity, 0, len(qs))
	for _, q := range qs {
		quants = append(quants, Quantity{
			Start: q.Start, End: q.End, Text: q.Text,
			Value: q.Value, Low: q.Low, High: q.High, Approx: q.Approx,
			Unit: q.Unit, Measure: q.Measure, Kind: q.Kind, Qualifier: q.Qualifier, Part: q.Part,
		})
	}
	quants = dropOverlaps(quants, dates, ents)

	found := quote.FindIn(x, lang, qms)
	quotes := make([]Quote, 0, len(found))
	for _, q := range found {
		quotes = append(quotes, Quote{Start: q.Start, End: q.End, Text: q.Text, Speaker: q.Speaker,
			SpeakerStart: q.SpeakerStart, SpeakerEnd: q.SpeakerEnd, Partial: q.Partial})
	}
	return Facts{Dates: dates, Quantities: quants, Entities: ents, Quotes: quotes}
}

// textPool recycles the token streams Extract makes: one per article,
// shared by the extractors that read tokens.
var textPool = sync.Pool{New: func() any { return new(tokens.Text) }}

// dropOverlaps removes from qs, in place, the figures that overlap a date
// or a name. All three lists are in text order; dates do not overlap one
// another, names may.
func dropOverlaps(qs []Quantity, dates []Date, ents []Entity) []Quantity {
	out := qs[:0]
	di, ei := 0, 0
	for _, q := range qs {
		// Skip the spans that end before this figure: they end before the
		// next ones too.
		for di < len(dates) && dates[di].End <= q.Start {
			di++
		}
		for ei < len(ents) && ents[ei].End <= q.Start {
			ei++
		}
		if di < len(dates) && dates[di].Start < q.End {
			continue
		}
		if overlapsEntity(ents[ei:], q.Start, q.End) {
			continue
		}
		out = append(out, q)
	}
	return out
}

// overlapsEntity reports whether [start, end) overlaps one of ents, which
// are in order of their starts. Mentions may overlap one another, so the
// scan goes on until a mention starts at or after end.
func overlapsEntity(ents []Entity, start, end int) bool {
	for _, e := range ents {
		if e.Start >= end {
			return false
		}
		if e.End > start {
			return true
		}
	}
	return false
}
