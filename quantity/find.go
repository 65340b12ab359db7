package quantity

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/recoupe/recoupe/internal/tokens"
)

// Span is one figure found in a text.
type Span struct {
	// Start and End are Unicode code-point offsets of the figure in the
	// text; Text is the text between them. The figure covers the number or
	// range and its unit ("1 000 à 1 500", "75 millions de dollars",
	// "12 %"), not the qualifier before it nor the noun it counts.
	Start, End int
	Text       string
	// Value is the figure given: the number itself, the first bound of a
	// range, the bound given by a qualifier ("au moins 5 000" -> 5000) or
	// the smallest quantity a vague wording supports ("des dizaines" -> 20).
	Value float64
	// Low and High bound the quantity when the text does; nil when it does
	// not.
	Low, High *float64
	// Approx is true for approximate wordings ("environ", "près de",
	// "une dizaine", "des centaines").
	Approx bool
	// Unit is the canonical unit: "%" or "pp" (percentage points), an ISO
	// 4217 code ("EUR", "USD") or a lower-case currency name ("franc",
	// "cent"), an SI or customary symbol ("km", "m²", "t", "l", "km/h",
	// "°C", "°"), a duration unit ("year", "month", "week", "day", "hour",
	// "minute", "second"), or "" for counts and plain numbers.
	Unit string
	// Measure is what a count counts, normalised so that different
	// wordings meet ("morts", "arrestations", "soldats"); for other kinds
	// the noun the figure qualifies ("amende" in "une amende de 5 000
	// euros"), when found. Empty when unknown.
	Measure string
	// Kind is one of "count", "number", "percent", "money", "length",
	// "area", "weight", "volume", "speed", "temperature", "duration",
	// "age", "ordinal".
	Kind string
	// Qualifier is the qualifier as written ("près de", "au moins",
	// "environ"), empty when none.
	Qualifier string
	// Part is true for a part of the count before it: "12 morts, dont
	// cinq enfants" (Measure "morts"), "une centaine de blessés, dont 23
	// policiers" (Measure "policiers"). A part is not a competing value
	// of its measure. "dont cinq" without a noun takes the measure of the
	// count it is a part of.
	Part bool
}

// Find returns the figures of text in order. lang is an ISO 639-1 code:
// "en" reads English conventions, anything else French. Years, dates,
// times of day, phone numbers and legal or other references are skipped;
// see the package documentation for the conventions.
func Find(text, lang string) []Span {
	z := tokPool.Get().(*tokenizer)
	defer tokPool.Put(z)
	return z.find(text, z.tokenize(text), lang)
}

// FindIn is Find on a text already split into tokens: it returns the
// figures of x.Src, the same as Find(x.Src, lang), reading x's tokens
// instead of splitting the text again. It is for callers that have the
// tokens anyway (the facts stage); for a lone text Find is cheaper. A
// nil x has no figures.
func FindIn(x *tokens.Text, lang string) []Span {
	if x == nil {
		return nil
	}
	z := tokPool.Get().(*tokenizer)
	defer tokPool.Put(z)
	return z.find(x.Src, z.fromText(x), lang)
}

// find reads the figures of text, split into toks.
func (z *tokenizer) find(text string, toks []tok, lang string) []Span {
	p := &parser{text: text, toks: toks, en: isEnglish(lang)}
	found := z.spans[:0]
	for i := 0; i < len(toks); {
		if toks[i].kind == tWord && !p.mayStartNumber(i) {
			i++
			continue
		}
		n, ok := p.parseNumber(i)
		if !ok {
			i++
			continue
		}
		sp, next, keep := p.figure(n)
		if keep {
			found = append(found, sp)
		}
		if next <= i {
			next = i + 1
		}
		i = next
	}
	var out []Span
	if len(found) > 0 {
		out = append(make([]Span, 0, len(found)), found...)
	}
	// drop the buffers' references to text before pooling them
	clear(found)
	clear(toks)
	z.spans = found[:0]
	return out
}

// mayStartNumber is a cheap filter before parseNumber on a word: the
// words that can begin a number or a vague quantity.
func (p *parser) mayStartNumber(i int) bool {
	t := &p.toks[i]
	if t.cls&wStart != 0 {
		return true
	}
	w := t.low
	return strings.HasSuffix(w, "ieme") || strings.HasSuffix(w, "iemes") || strings.HasSuffix(w, "ième") || strings.HasSuffix(w, "ièmes")
}

// figure reads the figure around number n and decides whether it is one.
// It returns the span, the token index to resume from, and whether to
// keep it.
func (p *parser) figure(n num) (Span, int, bool) {
	toks := p.toks
	first, last := n.i, n.j // token range of the figure
	skip := func(to int) (Span, int, bool) { return Span{}, max(to, n.j), false }

	if n.sub == "ordinal" {
		if n.digits > 0 && n.val >= 1 && n.val <= 31 && p.isMonthTok(n.j) {
			return skip(p.afterDate(n.j + 1))
		}
		if n.words && n.val <= 2 {
			return skip(n.j) // premier, second: adjectives far more than ranks
		}
		return p.span(first, last, Span{Value: n.val, Kind: "ordinal"}), last, true
	}

	var rangeEnd = -1 // glued "10-15" range second number
	if n.digits > 0 {
		// compound codes glued by punctuation: dates, references, times,
		// versions, IP addresses
		if s := p.sym(n.j); s != "" && p.glued(n.j) && p.isDigit(n.j+1) && p.glued(n.j+1) {
			runEnd := p.gluedRunEnd(n.j)
			if s == "-" && runEnd == n.j+2 && len(toks[n.j+1].low) <= 3 && n.digits <= 3 && !p.legalBefore(n.i) {
				rangeEnd = n.j + 1
			} else {
				return skip(runEnd)
			}
		}
		if p.isPhone(n) {
			return skip(p.phoneEnd(n))
		}
		if p.legalBefore(n.i) {
			return skip(p.gluedRunEnd(n.j))
		}
		// times of day: "14h30", "14 h 30", "8 h"
		if w := p.word(n.j); (w == "h" || w == "heures" && p.isDigit(n.j+1)) && n.sub == "integer" && n.val <= 24 {
			e := n.j + 1
			if p.isDigit(e) {
				e++
			}
			return skip(e)
		}
		// dates: "4 mars", "lundi 4"
		if n.sub == "integer" && n.val >= 1 && n.val <= 31 && !n.grouped {
			if p.isMonthTok(n.j) {
				return skip(p.afterDate(n.j + 1))
			}
			if isWeekday(p.folded0(n.i-1), p.en) {
				return skip(n.j)
			}
		}
		if p.en && n.sub == "integer" && p.isMonthTok(n.i-1) && n.val <= 31 {
			return skip(n.j)
		}
	}

	deOK := n.scaled || n.vague // "des dizaines de morts": skip "de" before the noun
	sp := Span{Value: n.val}
	// currency written before the amount
	if cur, s, ok := currencyBefore.matchBefore(p, n.i, 3); ok {
		sp.Kind, sp.Unit = "money", cur
		first = s
	}

	// unit after the number
	last = n.j
	if rangeEnd < 0 {
		if u, e, mul, ok := p.unitAfter(n, n.j); ok {
			if sp.Kind == "" {
				sp.Kind, sp.Unit = u.kind, u.unit
				sp.Value *= mul
				n.val *= mul
				last = e
			} else if u.kind == "money" {
				sp.Value *= mul
				n.val *= mul
				last = e
			}
		} else if n.glued {
			return skip(p.gluedRunEnd(n.j))
		}
	}

	// names: "Ligue 1", "France 2", "CAC 40", "Boeing 737"
	if sp.Kind == "" && rangeEnd < 0 && n.digits > 0 && n.sub == "integer" && !n.grouped && p.nameBefore(n.i) {
		if h := p.headNoun(n, n.j); h < 0 || !p.pluralNoun(h) {
			return skip(n.j)
		}
	}

	// ranges: "1 000 à 1 500", "entre 10 et 15 %", "10-15", "40 - 50 ans"
	qual, qs, hasQual := qualifiersBefore.matchBefore(p, first, 6)
	if !hasQual && first > 0 && (p.folded(first-1) == "de" || p.folded(first-1) == "d") {
		// "un bilan de plus de 40 morts" has its qualifier before "de";
		// keep qs at first
		qs = first
	}
	var n2 num
	isRange := false
	if rangeEnd > 0 {
		if m, ok := p.parseDigits(rangeEnd); ok && m.val > n.val {
			n2, isRange = m, true
		}
	} else if k := last; k < len(toks) {
		conn := p.folded(k)
		okConn := false
		switch conn {
		case "a":
			okConn = toks[k].low == "à" || toks[k].low == "À"
		case "-":
			okConn = toks[k].sp != spNone
		case "et":
			okConn = hasQual && qual == qRangeFrom
		case "ou":
			okConn = true
		case "to":
			okConn = p.en
		case "and":
			okConn = p.en && hasQual && qual == qRangeFrom
		}
		if okConn && p.changeBefore(first) {
			okConn = false
		}
		if okConn && k+1 < len(toks) {
			j := k + 1
			// "de 3 à 5 milliards", "entre 1 000 et 1 500": currency may repeat
			if _, s2, ok := currencyBefore.match(p, j); ok && sp.Kind == "money" {
				j = s2
			}
			if m, ok := p.parseNumber(j); ok && m.sub != "ordinal" && !m.article {
				mEnd := m.j
				u2, e2, mul2, hasU2 := p.unitAfter(m, m.j)
				if hasU2 {
					m.val *= mul2
					mEnd = e2
				}
				lowV := n.val
				if m.scaled && !n.scaled && m.scale > 1 && n.val <= m.val/m.scale {
					lowV = n.val * m.scale
				}
				sameUnit := !hasU2 || sp.Unit == "" || u2.unit == sp.Unit
				if m.glued && !hasU2 {
					sameUnit = false
				}
				if sameUnit && m.val > lowV && (conn != "ou" || m.val-lowV <= math.Max(10, lowV)) {
					if hasU2 && sp.Unit == "" {
						sp.Kind, sp.Unit = u2.kind, u2.unit
					}
					n.val = lowV
					n2 = m
					n2.j = mEnd
					isRange = true
				}
			}
		}
	}
	if isRange {
		if p.yearLike(n) && p.yearLike(n2) {
			return skip(n2.j)
		}
		lo, hi := n.val, n2.val
		sp.Value, sp.Low, sp.High = lo, &lo, &hi
		last = n2.j
		if n2.vague || n.vague {
			sp.Approx = true
		}
	}
	if hasQual && qual == qRangeFrom {
		if isRange {
			first = qs
		}
		hasQual = false
	}

	// qualifiers
	if hasQual {
		sp.Qualifier = p.textOf(qs, first)
		v := sp.Value
		switch qual {
		case qApprox:
			sp.Approx = true
		case qApproxMax:
			sp.Approx = true
			sp.High = &v
		case qMin, qMinExcl:
			sp.Low = &v
			if isRange {
				sp.Low = &v
			}
		case qMax:
			sp.High = &v
		}
		if n.vague && qual != qApprox && qual != qApproxMax {
			n.vague, n.deOK = false, deOK
		}
	} else if q, e, ok := qualifiersAfter.match(p, last); ok && !isRange {
		v := sp.Value
		sp.Qualifier = p.textOf(last, e)
		switch q {
		case qApprox:
			sp.Approx = true
		case qMin, qMinExcl:
			sp.Low = &v
		case qMax:
			sp.High = &v
		}
		n.vague, n.deOK = false, deOK
	}
	if n.vague && !isRange {
		sp.Approx = true
		lo := n.low
		sp.Low = &lo
		if n.high > 0 {
			hi := n.high
			sp.High = &hi
		}
		if n.exact {
			sp.Approx, sp.Low, sp.High = false, nil, nil
		}
	}

	// years are not figures
	if sp.Kind == "" && !hasQual && !isRange && p.yearLike(n) {
		if h := p.headNoun(n, last); h < 0 || !p.pluralNoun(h) {
			return skip(n.j)
		}
	}

	switch sp.Kind {
	case "temperature":
		if sp.Unit == "°" && p.angleBefore(qs) {
			sp.Kind, sp.Unit = "angle", "deg"
		}
	case "duration":
		if p.isAge(qs, first, last, sp.Unit) {
			sp.Kind = "age"
		} else if sp.Unit == "hour" && n.val <= 24 && p.timeBefore(qs) {
			return skip(last)
		}
	case "":
		h := p.headNoun(n, last)
		if h >= 0 && sp.Qualifier == "" && !isRange {
			// "5 000 morts au moins"
			if q, e, ok := qualifiersAfter.match(p, h+1); ok && (q == qMin || q == qMax || q == qApprox) {
				v := sp.Value
				sp.Qualifier = p.textOf(h+1, e)
				sp.Low, sp.High, sp.Approx = nil, nil, false
				switch q {
				case qMin:
					sp.Low = &v
				case qMax:
					sp.High = &v
				default:
					sp.Approx = true
				}
			}
		}
		sp.Measure, h, sp.Part = p.countMeasure(n, qs, last)
		switch {
		case sp.Measure != "":
			sp.Kind = "count"
		case n.article:
			return skip(n.j)
		case n.words && n.val < 10 && !isRange && !hasQual:
			return skip(n.j)
		default:
			sp.Kind = "number"
		}
		if n.article && (canonOf(sp.Measure) == "" || h >= 0 && collectiveNouns[p.folded(h)]) {
			return skip(n.j)
		}
	}
	if sp.Measure == "" && sp.Kind != "count" && sp.Kind != "number" && sp.Kind != "age" && sp.Kind != "duration" {
		sp.Measure = p.otherMeasure(sp.Kind, qs, last)
		if sp.Measure == "" && p.prevKind == sp.Kind {
			sp.Measure = p.inheritedFrom(p.prevOther, n.i)
		}
		if sp.Measure != "" && (sp.Kind == "percent" || sp.Kind == "money") {
			p.prevOther, p.prevKind = prevCount{measure: sp.Measure, end: last}, sp.Kind
		}
	}
	if sp.Kind == "count" && !sp.Part {
		p.prev = prevCount{measure: sp.Measure, end: last}
	}
	return p.span(first, last, sp), last, true
}

// nameBefore reports whether the number at i ends a name: it follows, one
// space apart, an acronym ("CAC 40", "TF 1") or a capitalised word that
// does not begin a sentence ("en Ligue 1", "sur France 2"). Words of the
// lexicon ("Environ", "Plus", "Des") are not names.
func (p *parser) nameBefore(i int) bool {
	k := i - 1
	if k < 0 || p.toks[k].kind != tWord || p.toks[i].sp != spSpace && p.toks[i].sp != spThin {
		return false
	}
	t := &p.toks[k]
	raw := p.text[t.b0:t.b1]
	r, _ := utf8.DecodeRuneInString(raw)
	if !unicode.IsUpper(r) {
		return false
	}
	if _, known := lexicon[p.folded(k)]; known || isWeekday(p.folded(k), p.en) {
		return false
	}
	if len(raw) >= 2 && strings.ToUpper(raw) == raw {
		return true // an acronym
	}
	if k == 0 || p.toks[k].sp == spOther {
		return false
	}
	b := &p.toks[k-1]
	return b.kind == tWord || b.kind == tDigit || b.low == ","
}

// canonOf returns m when it is a canonical measure, else "".
func canonOf(m string) string {
	if canonSet[m] {
		return m
	}
	return ""
}

var canonSet = func() map[string]bool {
	s := map[string]bool{}
	for _, v := range canonMeasure {
		s[v] = true
	}
	return s
}()

// span fills the position and text of sp over tokens [a, b).
func (p *parser) span(a, b int, sp Span) Span {
	ta, tb := p.toks[a], p.toks[b-1]
	sp.Start, sp.End = ta.r0, tb.r1
	sp.Text = p.text[ta.b0:tb.b1]
	return sp
}

func (p *parser) textOf(a, b int) string {
	if a >= b {
		return ""
	}
	return p.text[p.toks[a].b0:p.toks[b-1].b1]
}

// folded0 is folded(i) or "" out of range or for non-words.
func (p *parser) folded0(i int) string {
	if i < 0 || i >= len(p.toks) || p.toks[i].kind != tWord {
		return ""
	}
	return p.folded(i)
}

// gluedRunEnd returns the index after the run of tokens glued to toks[j-1]
// (digits, letters, symbols with no space between).
func (p *parser) gluedRunEnd(j int) int {
	for j < len(p.toks) && p.toks[j].sp == spNone {
		t := p.toks[j]
		if t.kind == tSym && (t.low == "," || t.low == "." || t.low == ";" || t.low == ")" || t.low == "!" || t.low == "?") && !(j+1 < len(p.toks) && p.toks[j+1].sp == spNone && p.toks[j+1].kind == tDigit) {
			break
		}
		j++
	}
	return j
}

// afterDate skips an optional year after "4 mars".
func (p *parser) afterDate(j int) int {
	if p.isDigit(j) && len(p.toks[j].low) == 4 {
		return j + 1
	}
	return j
}

func isWeekday(w string, en bool) bool {
	switch w {
	case "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
		"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
		return true
	}
	return false
}

// isPhone recognises "01 23 45 67 89", "01.23.45.67.89", "0123456789",
// "+33 1 23 45 67 89".
func (p *parser) isPhone(n num) bool {
	t := p.toks[n.i]
	if n.i > 0 && p.sym(n.i-1) == "+" {
		return true
	}
	if n.lead0 && len(t.low) >= 9 {
		return true
	}
	if len(t.low) != 2 {
		return false
	}
	groups := 1
	for j := n.i + 1; j < len(p.toks); j++ {
		tj := p.toks[j]
		if tj.kind == tSym && (tj.low == "." || tj.low == "-") && tj.sp == spNone {
			continue
		}
		if tj.kind == tDigit && len(tj.low) == 2 && tj.sp != spOther {
			groups++
			continue
		}
		break
	}
	return groups >= 4
}

func (p *parser) phoneEnd(n num) int {
	j := n.i + 1
	for j < len(p.toks) {
		tj := p.toks[j]
		if tj.kind == tDigit && tj.sp != spOther || tj.kind == tSym && (tj.low == "." || tj.low == "-") && tj.sp == spNone && p.isDigit(j+1) {
			j++
			continue
		}
		break
	}
	return j
}

// legalBefore reports whether the number at i follows a reference word
// ("article 49.3", "loi n° 2019-222", "page 12").
func (p *parser) legalBefore(i int) bool {
	k := i - 1
	for k >= 0 && p.toks[k].kind == tSym && (p.toks[k].low == "°" || p.toks[k].low == "." || p.toks[k].low == "º") {
		k--
	}
	if k < 0 || p.toks[k].kind != tWord {
		return false
	}
	w := p.folded(k)
	if (w == "n" || w == "no") && k == i-1 {
		// "n 3" without "°" is not a reference; "No 3" is (English)
		return p.en && w == "no"
	}
	return legalBefore[w]
}

// yearLike: a four-digit integer between 1000 and 2100 written without
// separators.
func (p *parser) yearLike(n num) bool {
	return n.digits == 4 && !n.grouped && n.sub == "integer" && n.val >= 1000 && n.val <= 2100 && !n.scaled
}

// changeBefore reports "passé de X à Y": a change between two values, not
// a range.
func (p *parser) changeBefore(first int) bool {
	k := first - 1
	if k >= 0 && p.toks[k].kind == tSym {
		k--
	}
	w := p.folded0(k)
	if w != "de" && w != "d" && w != "from" {
		return false
	}
	if w == "from" {
		return true
	}
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if changeVerbs[p.folded0(j)] {
			return true
		}
	}
	return false
}

// unitAfter matches a unit after a number ending at token k: "%",
// "millions de dollars", "M€", "km/h", "degrés Celsius". It returns the
// unit, the index after it and a multiplier from an abbreviated scale.
func (p *parser) unitAfter(n num, k int) (unitInfo, int, float64, bool) {
	if k >= len(p.toks) {
		return unitInfo{}, k, 1, false
	}
	if n.glued && p.toks[k].sp != spNone {
		return unitInfo{}, k, 1, false
	}
	// hyphenated: "trois-tonnes", "2,5-km"
	if p.sym(k) == "-" && p.glued(k) && k+1 < len(p.toks) && p.glued(k+1) && p.toks[k+1].kind == tWord {
		if u, e, ok := units.match(p, k+1); ok && u.kind != "duration" && u.kind != "percent" {
			return u, e, 1, true
		}
	}
	// abbreviated scale before a currency: "3 M€", "2 Mds $"
	if s, ok := scaleAbbrev[p.folded0(k)]; ok && k+1 < len(p.toks) {
		if u, e, ok := units.match(p, k+1); ok && u.kind == "money" && p.toks[k+1].kind == tSym {
			return u, e, s, true
		}
	}
	if u, e, ok := units.match(p, k); ok {
		if p.okUnit(n, k, e, u) {
			return u, e, 1, true
		}
		return unitInfo{}, k, 1, false
	}
	// "3 millions de dollars", "des dizaines de milliers d'euros"
	if n.scaled || n.vague {
		w := p.folded0(k)
		j := -1
		if w == "de" {
			j = k + 1
		} else if w == "d" && p.sym(k+1) == "'" {
			j = k + 2
		}
		if j > 0 {
			if u, e, ok := units.match(p, j); ok && (u.kind == "money" || u.kind == "volume" || u.kind == "weight" || u.kind == "length" || u.kind == "area" || u.kind == "duration" && n.vague) {
				return u, e, 1, true
			}
			if p.folded0(j) == "livres" {
				return unitInfo{"money", "GBP"}, j + 1, 1, true
			}
		}
	}
	return unitInfo{}, k, 1, false
}

// okUnit rejects unit readings that are something else: a single letter
// glued to a following word, "m" as a capital initial, "an" as an article.
func (p *parser) okUnit(n num, k, e int, u unitInfo) bool {
	w := p.toks[k]
	// a unit must end the word: "5 millions" is not "5 m" + "illions"
	if e < len(p.toks) && p.toks[e].sp == spNone && p.toks[e].kind == tWord {
		return false
	}
	if w.kind == tWord && len(w.low) <= 2 && e == k+1 {
		// single-letter units must be lower case in the text, except
		// temperature scales; "M." is an abbreviation of Monsieur
		raw := p.text[w.b0:w.b1]
		if raw != w.low && u.kind != "temperature" && raw != "L" {
			return false
		}
		if e < len(p.toks) && p.sym(e) == "." && e+1 < len(p.toks) && p.toks[e+1].kind == tWord && p.toks[e].sp == spNone {
			first := p.text[p.toks[e+1].b0:p.toks[e+1].b1]
			if first != p.toks[e+1].low && len(w.low) == 1 && u.kind != "temperature" {
				return false
			}
		}
	}
	if n.words && w.kind == tWord && len(w.low) <= 2 && u.kind != "money" {
		return false // "deux m" is not a length
	}
	if u.kind == "duration" && n.sub != "integer" && n.sub != "decimal" {
		return false
	}
	if u.kind == "duration" && p.en && w.low == "an" {
		return false
	}
	return true
}

// isAge reports whether "N ans" between first and last is an age: "âgé
// de 45 ans", "il a 45 ans", "Jean Dupont, 45 ans,", "(45 ans)".
func (p *parser) isAge(qs, first, last int, unit string) bool {
	if unit != "year" && unit != "month" && unit != "week" && unit != "day" {
		return false
	}
	if strings.Contains(foldAccents(p.textOf(first, last)), "age") {
		return true
	}
	if _, _, ok := ageBefore.matchBefore(p, qs, 5); ok {
		return true
	}
	k := qs - 1
	for s := 0; s < 2 && k > 0 && ageAdverbs[p.folded0(k)]; s++ {
		k--
	}
	if k >= 0 && p.toks[k].kind == tWord && avoirForms[p.toks[k].low] {
		// "il y a 10 ans" is a time ago
		return p.folded0(k-1) != "y"
	}
	if k >= 0 && (p.sym(k) == "," || p.sym(k) == "(") {
		s := p.sym(last)
		return s == "," || s == ")" || (p.sym(k) == "," && s == ".")
	}
	return false
}

// timeBefore: "à 8 heures", "vers 20 heures".
func (p *parser) timeBefore(qs int) bool {
	k := qs - 1
	if k < 0 || p.toks[k].kind != tWord {
		return false
	}
	w := p.toks[k].low
	return w == "à" || w == "vers" || w == "dès" || w == "at" || w == "avant" || w == "après"
}

// ageAdverbs may stand between "avoir" and an age: "j'ai seulement 29 ans".
var ageAdverbs = map[string]bool{"seulement": true, "deja": true, "presque": true, "bientot": true, "tout": true, "juste": true, "pas": true, "que": true}

// angleBefore: "tourner à 90 degrés", "un angle de 45 degrés".
func (p *parser) angleBefore(qs int) bool {
	for k := qs - 1; k >= 0 && k >= qs-5; k-- {
		switch w := p.folded0(k); {
		case w == "angle" || w == "rotation" || w == "virage" || w == "inclinaison" || strings.HasPrefix(w, "tourn") || strings.HasPrefix(w, "pivot"):
			return true
		}
	}
	return false
}
