package report

import "slices"

// Normalize makes r follow the contract's presence rules, in place: every
// nil slice, at every level, becomes an empty one (so that each key is
// present in the JSON, as [] rather than null), a zero Version becomes
// the current one, and a date pointer to an empty string ("published",
// "as_of") becomes nil, which the JSON shows as null: unknown.
//
// The optional fields added within version 1 (Value.Retracted, Credit,
// Source and Date, Claim.Kind, Event.Future, Copy.Original and Evidence)
// are omitted from the JSON when empty; Normalize only makes an empty
// Copy.Evidence nil, so that it is omitted like a missing one.
func (r *Report) Normalize() {
	if r.Version == 0 {
		r.Version = Version
	}
	r.Articles = nonNil(r.Articles)
	r.Stories = nonNil(r.Stories)
	r.Errors = nonNil(r.Errors)
	for i := range r.Articles {
		a := &r.Articles[i]
		a.Wires = nonNil(a.Wires)
		a.Authors = nonNil(a.Authors)
		a.Boilerplate = nonNil(a.Boilerplate)
		a.Published = nilIfEmpty(a.Published)
	}
	for i := range r.Stories {
		s := &r.Stories[i]
		s.Articles = nonNil(s.Articles)
		s.Copies = nonNil(s.Copies)
		s.Entities = nonNil(s.Entities)
		s.Claims = nonNil(s.Claims)
		s.Timeline = nonNil(s.Timeline)
		s.Quotes = nonNil(s.Quotes)
		s.Summary = nonNil(s.Summary)
		for j := range s.Copies {
			c := &s.Copies[j]
			c.Articles = nonNil(c.Articles)
			if len(c.Evidence) == 0 {
				c.Evidence = nil
			}
		}
		for j := range s.Entities {
			e := &s.Entities[j]
			e.Variants = nonNil(e.Variants)
			e.Articles = nonNil(e.Articles)
		}
		for j := range s.Claims {
			c := &s.Claims[j]
			c.Values = nonNil(c.Values)
			for k := range c.Values {
				c.Values[k].AsOf = nilIfEmpty(c.Values[k].AsOf)
			}
		}
		for j := range s.Timeline {
			s.Timeline[j].Articles = nonNil(s.Timeline[j].Articles)
		}
		for j := range s.Quotes {
			s.Quotes[j].Articles = nonNil(s.Quotes[j].Articles)
		}
	}
}

func nonNil[S ~[]E, E any](s S) S {
	if s == nil {
		return S{}
	}
	return s
}

func nilIfEmpty(p *string) *string {
	if p != nil && *p == "" {
		return nil
	}
	return p
}

// clone returns a copy of r sharing nothing that Normalize changes, so
// that rendering leaves the caller's report untouched. Pointers to
// strings and numbers are shared: nothing writes through them.
func (r *Report) clone() *Report {
	c := *r
	c.Errors = slices.Clone(r.Errors)
	c.Articles = slices.Clone(r.Articles)
	for i := range c.Articles {
		a := &c.Articles[i]
		a.Wires = slices.Clone(a.Wires)
		a.Authors = slices.Clone(a.Authors)
		a.Boilerplate = slices.Clone(a.Boilerplate)
	}
	c.Stories = slices.Clone(r.Stories)
	for i := range c.Stories {
		s := &c.Stories[i]
		s.Articles = slices.Clone(s.Articles)
		s.Copies = slices.Clone(s.Copies)
		for j := range s.Copies {
			s.Copies[j].Articles = slices.Clone(s.Copies[j].Articles)
			s.Copies[j].Evidence = slices.Clone(s.Copies[j].Evidence)
		}
		s.Entities = slices.Clone(s.Entities)
		for j := range s.Entities {
			e := &s.Entities[j]
			e.Variants = slices.Clone(e.Variants)
			e.Articles = slices.Clone(e.Articles)
		}
		s.Claims = slices.Clone(s.Claims)
		for j := range s.Claims {
			s.Claims[j].Values = slices.Clone(s.Claims[j].Values)
		}
		s.Timeline = slices.Clone(s.Timeline)
		for j := range s.Timeline {
			s.Timeline[j].Articles = slices.Clone(s.Timeline[j].Articles)
		}
		s.Quotes = slices.Clone(s.Quotes)
		for j := range s.Quotes {
			s.Quotes[j].Articles = slices.Clone(s.Quotes[j].Articles)
		}
		s.Summary = slices.Clone(s.Summary)
	}
	return &c
}
