package eval

// Scoring of the entity recognizer (package entity) on the fact set's
// labelled mentions.

import (
	"fmt"
	"sort"

	"github.com/recoupe/recoupe/entity"
)

// EntitySpans runs entity.Find over every article of the fact set in dir
// and scores the mentions found against the gold ones: exact and relaxed
// span precision, recall and F1, overall and per kind (see ScoreEntities).
// Package entity names its kinds as the fact set does (person,
// organisation, place, other).
func EntitySpans(dir string) (EntityScore, error) {
	docs, err := LoadFactSet(dir)
	if err != nil {
		return EntityScore{}, fmt.Errorf("scoring entities: %w", err)
	}
	return esScore(docs), nil
}

// EntitySpansByLang is EntitySpans with the articles of each language
// ("fr", "en") scored apart, keyed by the "#lang:" header.
func EntitySpansByLang(dir string) (map[string]EntityScore, error) {
	docs, err := LoadFactSet(dir)
	if err != nil {
		return nil, fmt.Errorf("scoring entities: %w", err)
	}
	byLang := map[string][]FactSetDoc{}
	for _, d := range docs {
		byLang[d.Lang] = append(byLang[d.Lang], d)
	}
	out := make(map[string]EntityScore, len(byLang))
	for lang, ds := range byLang {
		out[lang] = esScore(ds)
	}
	return out, nil
}

// EntityLangs returns the languages of a by-language score, French first,
// then English, then the others sorted.
func EntityLangs(m map[string]EntityScore) []string {
	rank := func(l string) int {
		switch l {
		case "fr":
			return 0
		case "en":
			return 1
		}
		return 2
	}
	langs := make([]string, 0, len(m))
	for l := range m {
		langs = append(langs, l)
	}
	sort.Slice(langs, func(i, j int) bool {
		if ri, rj := rank(langs[i]), rank(langs[j]); ri != rj {
			return ri < rj
		}
		return langs[i] < langs[j]
	})
	return langs
}

// EntityPredictions returns the mentions entity.Find finds in the
// article, as the scorer takes them.
func EntityPredictions(d FactSetDoc) []PredEntity {
	ms := entity.Find(d.Text, d.Lang)
	out := make([]PredEntity, 0, len(ms))
	for _, m := range ms {
		out = append(out, PredEntity{Start: m.Start, End: m.End, Kind: m.Kind})
	}
	return out
}

func esScore(docs []FactSetDoc) EntityScore {
	preds := make([][]PredEntity, len(docs))
	for i, d := range docs {
		preds[i] = EntityPredictions(d)
	}
	return ScoreEntities(docs, preds)
}
