package facts

import "encoding/json"

// The extract JSON (docs/extract.md) leaves some fields out: modifiers,
// kinds, qualifiers, roles, parts and partial quotes. A store that keeps
// the facts of an article to rebuild its stories later needs them all;
// MarshalFull and UnmarshalFull give that form. Each mirror type embeds the
// public one and adds its hidden fields under their own names.

type fullDate struct {
	Date
	Mod    string `json:"mod,omitempty"`
	Future bool   `json:"future,omitempty"`
}

type fullQuantity struct {
	Quantity
	Kind      string `json:"kind,omitempty"`
	Qualifier string `json:"qualifier,omitempty"`
	Part      bool   `json:"part,omitempty"`
}

type fullEntity struct {
	Entity
	Role string `json:"role,omitempty"`
}

type fullQuote struct {
	Quote
	Partial bool `json:"partial,omitempty"`
}

type fullFacts struct {
	Dates      []fullDate     `json:"dates"`
	Quantities []fullQuantity `json:"quantities"`
	Entities   []fullEntity   `json:"entities"`
	Quotes     []fullQuote    `json:"quotes"`
}

// MarshalFull encodes f with every field, for storage (see UnmarshalFull).
func MarshalFull(f Facts) ([]byte, error) {
	var ff fullFacts
	for _, d := range f.Dates {
		ff.Dates = append(ff.Dates, fullDate{d, d.Mod, d.Future})
	}
	for _, q := range f.Quantities {
		ff.Quantities = append(ff.Quantities, fullQuantity{q, q.Kind, q.Qualifier, q.Part})
	}
	for _, e := range f.Entities {
		ff.Entities = append(ff.Entities, fullEntity{e, e.Role})
	}
	for _, q := range f.Quotes {
		ff.Quotes = append(ff.Quotes, fullQuote{q, q.Partial})
	}
	return json.Marshal(ff)
}

// UnmarshalFull decodes what MarshalFull encoded. It also reads the
// extract JSON, the hidden fields then staying zero.
func UnmarshalFull(data []byte) (Facts, error) {
	var ff fullFacts
	if err := json.Unmarshal(data, &ff); err != nil {
		return Facts{}, err
	}
	var f Facts
	for _, d := range ff.Dates {
		d.Date.Mod, d.Date.Future = d.Mod, d.Future
		f.Dates = append(f.Dates, d.Date)
	}
	for _, q := range ff.Quantities {
		q.Quantity.Kind, q.Quantity.Qualifier, q.Quantity.Part = q.Kind, q.Qualifier, q.Part
		f.Quantities = append(f.Quantities, q.Quantity)
	}
	for _, e := range ff.Entities {
		e.Entity.Role = e.Role
		f.Entities = append(f.Entities, e.Entity)
	}
	for _, q := range ff.Quotes {
		q.Quote.Partial = q.Partial
		f.Quotes = append(f.Quotes, q.Quote)
	}
	return f, nil
}
