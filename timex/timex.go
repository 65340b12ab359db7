// Package timex finds temporal expressions in news text and normalises
// them to TimeML TIMEX3 values, French first, then English.
//
// Find tokenizes the text once and tries its rules only at tokens that can
// start an expression (month and weekday names, numbers, words such as
// hier, semaine, dernier, and the few function words that open an
// expression). It recognises:
//
//   - absolute dates: "4 mars 2019", "le 28 février", "1er mars", "mi-mars",
//     "mars 2019", "en 2018", "04/03/2019", "2019-03-04", "début octobre";
//   - dates relative to the publication date (Ref.Date): "hier",
//     "avant-hier", "aujourd'hui", "demain", "jeudi", "jeudi dernier",
//     "lundi prochain", "la semaine dernière", "le mois prochain",
//     "l'an dernier", "il y a trois jours", "dans deux semaines";
//   - dates relative to the last date mentioned: "la veille",
//     "le lendemain", "le même jour";
//   - times: "14 h 30", "ce matin", "dimanche soir", "hier après-midi",
//     "la nuit";
//   - holidays: "Noël", "Pâques 2017", "le lundi de Pentecôte", "la veille
//     du jour de l'An", "la Toussaint dernière", "le week-end de
//     l'Ascension", "la fête des mères" (French calendar; Easter is
//     computed), resolved like a day and month without a year;
//   - durations: "dix jours", "une semaine", "48 heures",
//     "plus de vingt ans", "quelques mois", "ces derniers jours";
//   - sets: "chaque année", "tous les jeudis", "par an", "annuel";
//   - vague references: "maintenant", "actuellement" (PRESENT_REF),
//     "auparavant" (PAST_REF), "l'avenir" (FUTURE_REF).
//
// Deadlines keep the signal out of the span and put it in Mod: "avant le
// 14 mars" and "d'ici le 9 mars" and "jusqu'au 9 mars" give the span
// "le 14 mars" (or "9 mars") with Mod "BEFORE"; "après le 20 mars" gives
// Mod "AFTER". Approximations ("vers 18 h", "environ deux mois") give
// Mod "APPROX"; "plus de"/"moins de" give "MORE_THAN"/"LESS_THAN";
// "début", "mi-", "fin" give "START", "MID", "END".
//
// # Resolving a weekday or a date without a year
//
// A bare weekday ("jeudi") or a day and month without a year ("le 28
// février") is resolved against the publication date, and the tense of
// the nearest finite verb in its clause decides the direction:
//
//   - a past tense (passé composé "a annoncé", "est arrivé", imparfait
//     "annonçait", plus-que-parfait "avait annoncé", passé simple) picks the
//     most recent such day not after the publication date;
//   - a future ("annoncera", "va annoncer", conditional "devrait") picks the
//     next such day not before it;
//   - otherwise the nearest one is taken (a weekday is at most three days
//     away; the weekday of the publication date itself means that day).
//
// For a day and month (or a month) without a year, a verb in the
// expression's own clause (between commas) decides; a verb further away in
// the sentence only chooses between candidates less than half a year from
// the publication date; "d'ici" looks ahead and "jusqu'au" keeps the
// nearest. A year written shortly before in the same sentence ("en 97, en
// janvier") is reused. Times ("14 h 30", "la nuit") take the day of the
// last date mentioned, or the day named right after them ("vers 15 h,
// hier"), or the publication date.
//
// "dernier"/"passé" and "prochain" override the tense. A weekday that names
// the day of the date mentioned just before ("dimanche ... Dimanche soir")
// is that day. A weekday written with its date ("jeudi 23 mai") fixes the
// year. When Ref.Date is zero only absolute expressions get a full value;
// relative ones get a partial value (XXXX-03-04, XXXX-WXX-4) or "".
//
// Spans follow the French TimeBank conventions: a determiner is part of
// the expression ("le 13 février", "la semaine dernière"), a preposition
// is not ("au 31 décembre", "depuis deux ans" gives "deux ans").
package timex

import (
	"sync"
	"time"

	"github.com/recoupe/recoupe/internal/tokens"
)

// Ref is the reference for relative expressions: the document creation or
// publication date and the language of the text.
type Ref struct {
	// Date is the publication date; the zero time means unknown.
	Date time.Time
	// Lang is the ISO 639-1 language code: "en" (or "en-GB", ...) selects
	// English; anything else, including "", French.
	Lang string
}

// Span is one temporal expression found in a text.
type Span struct {
	// Start and End are Unicode code-point offsets into the text, End
	// excluded.
	Start, End int
	// Text is the expression as written.
	Text string
	// Value is the TIMEX3 value: 2019-03-04, 2019-03, 2019, 2019-W10,
	// 2019-03-04TMO, 2019-03-04T14:30, P10D, PT3H, PXY, PRESENT_REF, ...
	// It is "" when the expression is relative and Ref.Date is unknown.
	Value string
	// Kind is the TIMEX3 type: "DATE", "TIME", "DURATION" or "SET".
	Kind string
	// Mod is "BEFORE", "AFTER", "START", "MID", "END", "APPROX",
	// "MORE_THAN", "LESS_THAN" or "".
	Mod string
	// Future reports that the expression refers to a time after Ref.Date
	// (for a duration: a period that starts then, as in "dans deux jours").
	Future bool
}

// TIMEX3 types.
const (
	KindDate     = "DATE"
	KindTime     = "TIME"
	KindDuration = "DURATION"
	KindSet      = "SET"
)

// match is a candidate expression over tokens [a, b).
type match struct {
	a, b   int
	value  string
	kind   string
	mod    string
	d      day  // the day the expression denotes, when it denotes one
	future bool // set by rules that know (dans deux jours)
}

// state holds one call's tokens and context.
type state struct {
	text   string
	toks   []token
	keys   string // folded words (see token.k0)
	tab    *lexTable
	tenses []int8 // verbTense cache: tense+1, 0 when not computed
	en     bool
	dct    day // the publication day, zero when unknown
	anchor day // the last day mentioned, or dct
	// year context: the last explicit year and the token where it ended.
	ctxYear    int
	ctxYearEnd int
	out        []Span
}

var tokPool = sync.Pool{New: func() any { return &tokenizer{toks: make([]token, 0, 1024), keys: make([]byte, 0, 4096)} }}

// Find returns the temporal expressions of text, in order, without overlap.
func Find(text string, ref Ref) []Span {
	return find(text, nil, ref)
}

// FindIn is Find on a text already split into pieces (package
// internal/tokens): it returns what Find(x.Src, ref) returns, reading
// the pieces instead of the text where it can.
func FindIn(x *tokens.Text, ref Ref) []Span {
	return find(x.Src, x, ref)
}

// find is Find, tokenizing text itself when x is nil and from x
// otherwise.
func find(text string, x *tokens.Text, ref Ref) []Span {
	en := len(ref.Lang) >= 2 && (ref.Lang[0]|0x20) == 'e' && (ref.Lang[1]|0x20) == 'n' && (len(ref.Lang) == 2 || ref.Lang[2] == '-' || ref.Lang[2] == '_')
	s := state{text: text, en: en, ctxYearEnd: -100, out: make([]Span, 0, 16)}
	if !ref.Date.IsZero() {
		s.dct = dayOf(ref.Date)
		s.anchor = s.dct
	}
	lex := lexFR
	if s.en {
		lex = lexEN
	}
	tz := tokPool.Get().(*tokenizer)
	s.tab = lex
	if x != nil {
		tz.fromText(x, lex, !s.en)
	} else {
		tz.run(text, lex, !s.en)
	}
	s.toks, s.keys = tz.toks, string(tz.keys)
	s.tenses = tz.tenses(len(s.toks))
	defer func() {
		if cap(tz.toks) <= 1<<16 && cap(tz.keys) <= 1<<18 {
			tokPool.Put(tz)
		}
	}()
	for i := 0; i < len(s.toks); {
		t := &s.toks[i]
		if t.kind == tPunct || (t.kind == tWord && t.lex == 0) {
			i++
			continue
		}
		var m match
		var ok bool
		if s.en {
			m, ok = s.matchEN(i)
		} else {
			m, ok = s.matchFR(i)
		}
		if !ok || m.b <= i {
			i++
			continue
		}
		s.emit(m)
		i = m.b
	}
	return s.out
}

// emit records m as a Span and updates the anchors.
func (s *state) emit(m match) {
	ta, tb := &s.toks[m.a], &s.toks[m.b-1]
	sp := Span{
		Start: int(ta.r0), End: int(tb.r1),
		Text:  s.text[ta.b0:tb.b1],
		Value: m.value, Kind: m.kind, Mod: m.mod,
		Future: m.future,
	}
	if !sp.Future && s.dct.ok() {
		sp.Future = s.isFuture(m)
	}
	if m.d.ok() && m.d.m != 0 && m.d.d != 0 {
		s.anchor = m.d
	}
	s.out = append(s.out, sp)
}

// isFuture compares the value of m with the publication date.
func (s *state) isFuture(m match) bool {
	if m.value == "FUTURE_REF" {
		return true
	}
	if m.kind == KindDuration || m.kind == KindSet {
		return false
	}
	if m.d.ok() && m.d.m != 0 && m.d.d != 0 {
		return s.dct.before(m.d)
	}
	v := m.value
	if len(v) < 4 || !isDigits(v[:4]) {
		return false
	}
	y := atoi(v[:4])
	if y != s.dct.y || len(v) < 7 {
		return y > s.dct.y
	}
	switch {
	case v[5] == 'W' && len(v) >= 8 && isDigits(v[6:8]):
		_, w := s.dct.time().ISOWeek()
		return atoi(v[6:8]) > w
	case isDigits(v[5:7]):
		return atoi(v[5:7]) > s.dct.m
	}
	return false
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return len(s) > 0
}

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// Token access helpers; all are safe out of range.

func (s *state) lex(i int) *entry {
	if i < 0 || i >= len(s.toks) {
		return nil
	}
	return s.tab.list[s.toks[i].lex]
}

func (s *state) is(i int, w word) bool {
	e := s.lex(i)
	return e != nil && e.w == w
}

func (s *state) has(i int, c class) bool { return s.lex(i).has(c) }

func (s *state) isNum(i int) bool { return i >= 0 && i < len(s.toks) && s.toks[i].kind == tNum }

func (s *state) num(i int) int {
	if !s.isNum(i) {
		return -1
	}
	return int(s.toks[i].num)
}

func (s *state) punct(i int, r rune) bool {
	return i >= 0 && i < len(s.toks) && s.toks[i].kind == tPunct && s.toks[i].num == int32(r)
}

func (s *state) isPunct(i int) bool {
	return i >= 0 && i < len(s.toks) && s.toks[i].kind == tPunct
}

// glued reports that token i follows token i-1 without white space.
func (s *state) glued(i int) bool {
	return i > 0 && i < len(s.toks) && !s.toks[i].sp
}

// raw returns the text of token i.
func (s *state) raw(i int) string {
	if i < 0 || i >= len(s.toks) {
		return ""
	}
	return s.text[s.toks[i].b0:s.toks[i].b1]
}

// folded returns the folded text of word token i ("" for others).
func (s *state) folded(i int) string {
	if i < 0 || i >= len(s.toks) || s.toks[i].kind != tWord {
		return ""
	}
	t := &s.toks[i]
	return s.keys[t.k0:t.k1]
}

// endsSentence reports whether token i closes a sentence or starts a new
// line before it.
func (s *state) boundary(i int, clause bool) bool {
	if i < 0 || i >= len(s.toks) {
		return true
	}
	t := &s.toks[i]
	if t.kind != tPunct {
		return false
	}
	switch rune(int(t.num)) {
	case '.', '!', '?', ';':
		return true
	case ',', ':', '(', ')', '«', '»', '"', '“', '”', '—', '–':
		return clause
	}
	return false
}
