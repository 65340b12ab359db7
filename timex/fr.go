package timex

import "strings"

// French rules. Each rule parses from token i and returns the match it
// finds; matchFR keeps the longest.

// frRule is one French rule.
type frRule func(s *state, i int) (match, bool)

// Rule bits, in priority order: on equal length the first rule wins.
const (
	rNumericDate uint32 = 1 << iota
	rDayMonth
	rDayOfRange
	rClock
	rDuration
	rYear
	rCentury
	rRelUnit
	rAnaphor
	rBoundary
	rPOD
	rDecade
	rSameDay
	rRef
	rSeason
	rDurationGroup
	rMonth
	rDemo
	rIlYA
	rDans
	rSet
	rDuMonth
	rRefPhrase
	rDeictic
	rWeekday
	rSetAdj
	rQuarter
	rHoliday
)

var frRules = [...]frRule{
	(*state).frNumericDate, (*state).frDayMonth, (*state).frDayOfRange, (*state).frClock,
	(*state).frDuration, (*state).frYear, (*state).frCentury, (*state).frRelUnit,
	(*state).frAnaphor, (*state).frBoundary, (*state).frPOD, (*state).frDecade,
	(*state).frSameDay, (*state).frRef, (*state).frSeason, (*state).frDurationGroup,
	(*state).frMonth, (*state).frDemo, (*state).frIlYA, (*state).frDans,
	(*state).frSet, (*state).frDuMonth, (*state).frRefPhrase, (*state).frDeictic,
	(*state).frWeekday, (*state).frSetAdj, (*state).frQuarter, (*state).frHoliday,
}

// frWordRules gives the rules a function word can open.
func frWordRules(w word) uint32 {
	switch w {
	case wLe, wLes, wLa, wL:
		return rDayMonth | rDayOfRange | rRelUnit | rAnaphor | rBoundary | rPOD | rDecade | rSameDay | rRef | rYear | rSeason | rDurationGroup | rMonth | rCentury | rQuarter | rSet | rHoliday
	case wCe, wCet, wCette, wCes:
		return rDemo | rDurationGroup | rSeason | rSameDay | rHoliday
	case wIl:
		return rIlYA
	case wDans:
		return rDans | rPOD
	case wChaque, wTous, wToutes, wPar:
		return rSet
	case wTout, wToute:
		return rDurationGroup
	case wDu:
		return rDuMonth
	case wEn:
		return rRefPhrase | rPOD
	case wA:
		return rRefPhrase | rDuration
	case wPour, wDe:
		return rRefPhrase
	case wAvant, wApres:
		return rDeictic
	case wPlus, wMoins, wPres, wAu, wEnviron, wDes, wUn, wUne:
		return rDuration | rDurationGroup | rDecade | rRefPhrase
	}
	return 0
}

// frClassRules gives the rules a word's classes can open.
func frClassRules(c class) uint32 {
	var r uint32
	if c&cMonth != 0 {
		r |= rMonth
	}
	if c&cWeekday != 0 {
		r |= rWeekday | rDayMonth | rHoliday
	}
	if c&cHoliday != 0 {
		r |= rHoliday
	}
	if c&(cNum|cApprox|cVague) != 0 {
		r |= rDuration | rDurationGroup | rDayMonth
	}
	if c&cDeictic != 0 {
		r |= rDeictic
	}
	if c&cAnaphor != 0 {
		r |= rAnaphor | rHoliday
	}
	if c&cBoundary != 0 {
		r |= rBoundary
	}
	if c&cSeason != 0 {
		r |= rSeason
	}
	if c&(cRef|cNext|cLast) != 0 {
		r |= rRef
	}
	if c&cSetAdj != 0 {
		r |= rSetAdj
	}
	if c&(cPOD|cClock) != 0 {
		r |= rPOD
	}
	if c&cUnit != 0 {
		r |= rDecade | rMonth | rDuration | rHoliday
	}
	if c&cOrdinal != 0 {
		r |= rDayMonth | rCentury | rQuarter
	}
	return r
}

const frNumRules = rNumericDate | rDayMonth | rDayOfRange | rClock | rDuration | rYear | rCentury

func (s *state) matchFR(i int) (match, bool) {
	var rules uint32
	if s.toks[i].kind == tNum {
		rules = frNumRules
	} else {
		e := s.lex(i)
		if e == nil {
			return match{}, false
		}
		rules = frWordRules(e.w) | frClassRules(e.cls)
		if e.cls == 0 && s.lex(i+1) == nil && !s.isNum(i+1) && !s.is(i+2, wSiecle) && !(s.punct(i+2, '.') && weekdayAbbr(s.folded(i+1)) != 0) {
			return match{}, false // a function word opens a rule only before a known word
		}
	}
	var best match
	found := false
	for k := 0; rules != 0; k++ {
		if rules&1 != 0 {
			if m, ok := frRules[k](s, i); ok && m.b > m.a && (!found || m.b > best.b) {
				best, found = m, true
			}
		}
		rules >>= 1
	}
	if found {
		s.applySignal(&best)
	}
	return best, found
}

// frDuMonth: du mois de juin (span from mois).
func (s *state) frDuMonth(i int) (match, bool) { return s.frMonth(i + 1) }

// applySignal sets the Mod given by a preposition before the match:
// avant, d'ici, jusqu'au (BEFORE), après (AFTER), vers (APPROX).
func (s *state) applySignal(m *match) {
	if m.mod != "" || (m.kind != KindDate && m.kind != KindTime) {
		return
	}
	a := m.a
	switch {
	case s.is(a-1, wAvant):
		m.mod = "BEFORE"
	case s.is(a-1, wApres):
		m.mod = "AFTER"
	case s.is(a-1, wIci) && s.is(a-2, wD), s.is(a-1, wA) && s.is(a-2, wIci) && s.is(a-3, wD):
		m.mod = "BEFORE"
	case s.is(a-1, wJusqu), (s.is(a-1, wAu) || s.is(a-1, wA) || s.is(a-1, wAux) || s.is(a-1, wEn)) && s.is(a-2, wJusqu):
		m.mod = "BEFORE"
	case s.is(a-1, wVers):
		m.mod = "APPROX"
	}
}

// optDet skips a determiner le/la/les/l' at i.
func (s *state) optDet(i int) int {
	switch e := s.lex(i); {
	case e == nil:
	case e.w == wLe || e.w == wLa || e.w == wLes || e.w == wL:
		return i + 1
	}
	return i
}

// dayNum parses a day of the month at i: 1..31, "1er", "premier".
func (s *state) dayNum(i int) (d, next int, ok bool) {
	if s.isNum(i) {
		t := &s.toks[i]
		if int(t.ndig) > 2 || int(t.num) < 1 || int(t.num) > 31 || s.glued(i) && s.isNum(i-2) && (s.punct(i-1, '/') || s.punct(i-1, '.') || s.punct(i-1, ',')) {
			return 0, i, false
		}
		j := i + 1
		if s.glued(j) && s.is(j, wEr) {
			j++
		}
		return int(t.num), j, true
	}
	if e := s.lex(i); e.has(cOrdinal) && e.v == 1 {
		return 1, i + 1, true
	}
	return 0, i, false
}

// yearAfter parses a year right after a month: 2019, 98.
func (s *state) yearAfter(i int) (y, next int, ok bool) {
	if !s.isNum(i) || s.glued(i) && !s.punct(i-1, '\'') {
		return 0, i, false
	}
	t := &s.toks[i]
	if s.glued(i+1) && (s.punct(i+1, ':') || (s.punct(i+1, ',') || s.punct(i+1, '.')) && s.isNum(i+2) && s.glued(i+2)) {
		return 0, i, false
	}
	if s.has(i+1, cUnit) || s.is(i+1, wH) {
		return 0, i, false
	}
	switch int(t.ndig) {
	case 4:
		if int(t.num) >= 1000 && int(t.num) <= 2199 {
			return int(t.num), i + 1, true
		}
	case 2:
		return s.century2(int(t.num)), i + 1, true
	}
	return 0, i, false
}

// century2 expands a two-digit year.
func (s *state) century2(yy int) int {
	ref := 2020
	if s.dct.ok() {
		ref = s.dct.y
	}
	y := ref/100*100 + yy
	if y > ref+10 {
		y -= 100
	}
	return y
}

// lastNext reads dernier/prochain (and the like) at i: -1, +1 or 0.
func (s *state) lastNext(i int) int {
	e := s.lex(i)
	switch {
	case e.has(cLast) && !s.toks[i].upper:
		return -1
	case e.has(cNext) && !s.toks[i].upper:
		return 1
	}
	return 0
}

// frDayMonth: [le] [jeudi] 4 [er] mars [2019] [dernier|prochain].
func (s *state) frDayMonth(i int) (match, bool) {
	j := i
	if s.is(j, wLe) || s.is(j, wLes) {
		j++
	}
	wd := 0
	if e := s.lex(j); e.has(cWeekday) {
		wd = e.v
		j++
		if s.punct(j, ',') {
			j++
		}
	} else if v := weekdayAbbr(s.folded(j)); v != 0 && j > i && s.punct(j+1, '.') && s.glued(j+1) && s.isNum(j+2) {
		wd = v // le mer. 24 juin
		j += 2
	}
	if wd != 0 && s.isNum(j) {
		if m, ok := s.frNumericDate(j); ok && m.d.m != 0 {
			m.a = i
			return m, true
		}
	}
	d, j, ok := s.dayNum(j)
	if !ok {
		return match{}, false
	}
	e := s.lex(j)
	if !e.has(cMonth) || e.s == "MID" {
		if wd != 0 && !e.has(cUnit) && !s.is(j, wH) && !s.glued(j) {
			return s.frWeekdayDay(i, wd, d, j)
		}
		return match{}, false
	}
	mon := e.v
	j++
	if s.punct(j, '.') && s.glued(j) && isMonthAbbr(s.folded(j-1)) {
		j++ // abbreviation: 4 janv. 2019
	}
	y, j2, hasYear := s.yearAfter(j)
	if hasYear {
		j = j2
	}
	dir := s.lastNext(j)
	if dir != 0 {
		j++
	}
	return s.dayMatch(i, j, mon, d, y, hasYear, wd, dir)
}

// resolveMonthDay gives a year to a day and month.
func (s *state) resolveMonthDay(a, b, mon, d, wd, dir int) day {
	if y, ok := s.yearContext(a); ok && dir == 0 && validDay(y, mon, d) {
		if wd == 0 || (day{y, mon, d}).weekday() == wd {
			return day{y, mon, d}
		}
	}
	if wd != 0 {
		for _, y := range []int{s.dct.y, s.dct.y + 1, s.dct.y - 1} {
			c := day{y, mon, d}
			if validDay(y, mon, d) && c.weekday() == wd {
				return c
			}
		}
	}
	explicit := dir != 0 // "dernier", "prochain"; not a verb's tense
	if dir == 0 {
		dir = s.tenseDir(a, b, mon, d)
	}
	y := pickYear(s.dct, mon, d, dir)
	if explicit && dir < 0 && y == s.dct.y && mon == s.dct.m && d == s.dct.d {
		// "le 4 mars dernier" written on 4 March means a year ago; "le 4
		// mars, il a annoncé" written that day is the same day.
		y--
	}
	if !validDay(y, mon, d) {
		// 29 February: the leap year in that direction.
		y = leapYear(y, dir)
	}
	return day{y, mon, d}
}

// leapYear returns the leap year nearest to y, looking back (dir < 0),
// ahead (dir > 0) or both ways.
func leapYear(y, dir int) int {
	for k := 0; k < 8; k++ {
		if dir >= 0 && validDay(y+k, 2, 29) {
			return y + k
		}
		if dir <= 0 && validDay(y-k, 2, 29) {
			return y - k
		}
	}
	return y
}

// tenseDir is the direction (-1 past, +1 future, 0 nearest) the verbs give
// to a month (d == 0) or a day of a month without a year. A verb in the
// expression's clause decides; a verb further away in the sentence only
// chooses between candidates less than half a year away. "d'ici" looks
// ahead, "jusqu'au" and "depuis" keep their own sense whatever the verb.
func (s *state) tenseDir(a, b, mon, d int) int {
	switch {
	case s.is(a-1, wIci) && s.is(a-2, wD), s.is(a-1, wA) && s.is(a-2, wIci):
		return 1
	case s.is(a-1, wDepuis):
		return -1
	case s.is(a-1, wJusqu), s.is(a-2, wJusqu):
		return 0
	}
	t, clause := s.tenseNear(a, b)
	dir := 0
	switch t {
	case tensePast:
		dir = -1
	case tenseFuture:
		dir = 1
	}
	if dir != 0 && !clause {
		y := pickYear(s.dct, mon, d, dir)
		if y != pickYear(s.dct, mon, d, 0) {
			dd := d
			if dd == 0 {
				dd = 15
			}
			if !validDay(y, mon, dd) {
				dd = 28
			}
			if absDays(day{y, mon, dd}, s.dct) > 183 {
				dir = 0
			}
		}
	}
	return dir
}

// noteYear records an explicit year for later months and days.
func (s *state) noteYear(y, end int) {
	s.ctxYear, s.ctxYearEnd = y, end
}

// yearContext returns the explicit year mentioned shortly before token a
// in the same sentence.
func (s *state) yearContext(a int) (int, bool) {
	if s.ctxYear == 0 || a-s.ctxYearEnd > 12 || a < s.ctxYearEnd {
		return 0, false
	}
	for k := s.ctxYearEnd; k < a; k++ {
		if s.boundary(k, false) || s.newlineBefore(k) {
			return 0, false
		}
	}
	return s.ctxYear, true
}

// frWeekdayDay: "samedi 24" without a month: the month around the
// publication date where the 24th is a Saturday.
func (s *state) frWeekdayDay(a, wd, d, b int) (match, bool) {
	if !s.dct.ok() {
		return match{}, false
	}
	for _, n := range []int{0, 1, -1} {
		y, mo := addMonths(s.dct.y, s.dct.m, n)
		if validDay(y, mo, d) && (day{y, mo, d}).weekday() == wd {
			dd := day{y, mo, d}
			return match{a: a, b: b, kind: KindDate, d: dd, value: fmtDay(dd)}, true
		}
	}
	return match{}, false
}

// frDayOfRange: the first day of "du 19 au 23 juillet", "les 6 et 13
// avril": the span is [le|les] 19, the month comes from the second day.
func (s *state) frDayOfRange(i int) (match, bool) {
	j := i
	if s.is(j, wLe) || s.is(j, wLes) {
		j++
	}
	d, j, ok := s.dayNum(j)
	if !ok {
		return match{}, false
	}
	end := j
	if !(s.is(j, wAu) || s.is(j, wA) || s.is(j, wEt) || s.is(j, wOu) || s.punct(j, '-') || s.punct(j, ',')) {
		return match{}, false
	}
	j++
	if s.is(j, wLe) {
		j++
	}
	d2, k, ok := s.dayNum(j)
	if !ok {
		return match{}, false
	}
	j = k
	e := s.lex(j)
	if !e.has(cMonth) || e.s == "MID" {
		return match{}, false
	}
	mon := e.v
	y, j2, hasYear := s.yearAfter(j + 1)
	dir := 0
	if hasYear {
		dir = s.lastNext(j2)
	} else {
		dir = s.lastNext(j + 1)
	}
	if !validDay(y, mon, d) {
		return match{}, false
	}
	m := match{a: i, b: end, kind: KindDate}
	switch {
	case hasYear:
		m.d = day{y, mon, d}
	case !s.dct.ok():
		m.d = day{0, mon, d}
	default:
		// The range's end decides its year, so that both bounds agree:
		// "du 4 au 22 novembre" written on 7 November is this November.
		m.d = s.resolveMonthDay(i, j+1, mon, d2, 0, dir)
		m.d.d = d
		if !validDay(m.d.y, mon, d) {
			m.d = s.resolveMonthDay(i, j+1, mon, d, 0, dir)
		}
	}
	m.value = fmtDay(m.d)
	return m, true
}

// frQuarter: le premier trimestre 2019, au deuxième semestre, le
// troisième trimestre de l'année dernière.
func (s *state) frQuarter(i int) (match, bool) {
	j := i
	if s.is(j, wLe) {
		j++
	}
	o := s.lex(j)
	if !o.has(cOrdinal) || o.v < 1 {
		return match{}, false
	}
	u := s.lex(j + 1)
	if !u.has(cUnit) || (u.u != uQuarter && u.u != uSemester) {
		return match{}, false
	}
	n, code := o.v, "Q"
	if u.u == uSemester {
		code = "H"
	}
	if (code == "Q" && n > 4) || (code == "H" && n > 2) {
		return match{}, false
	}
	b := j + 2
	y := 0
	switch {
	case s.isNum(b) && s.toks[b].ndig == 4:
		y = int(s.toks[b].num)
		b++
	case (s.is(b, wDe) || s.is(b, wD)) && s.is(b+1, wL) && s.lex(b+2).has(cUnit) && s.lex(b+2).u == uYear:
		dir := s.lastNext(b + 3)
		if dir != 0 {
			b += 4
		} else {
			b += 3
		}
		if s.dct.ok() {
			y = s.dct.y + dir
		}
	case s.dct.ok():
		y = s.dct.y
	}
	m := match{a: i, b: b, kind: KindDate}
	if y != 0 {
		m.value = fmtYear(y) + "-" + code + string(rune('0'+n))
	}
	return m, true
}

// frNumericDate: 04/03/2019, 4.3.2019, 2019-03-04, 04/03/19.
func (s *state) frNumericDate(i int) (match, bool) {
	if !s.isNum(i) || !s.isNum(i+2) || !s.isNum(i+4) || !s.glued(i+1) || !s.glued(i+2) || !s.glued(i+3) || !s.glued(i+4) {
		return s.frNumericShort(i)
	}
	sep := int(s.toks[i+1].num)
	if int(s.toks[i+3].num) != sep || s.toks[i+1].kind != tPunct || s.toks[i+3].kind != tPunct {
		return match{}, false
	}
	if sep != '/' && sep != '.' && sep != '-' {
		return match{}, false
	}
	if s.isNum(i+6) && s.glued(i+5) && s.glued(i+6) && (s.punct(i+5, '.') || s.punct(i+5, rune(sep))) {
		return match{}, false // longer number: 1.234.567.890
	}
	if s.glued(i) && (s.isNum(i-2) && s.glued(i-1) || s.punct(i-1, rune(sep))) {
		return match{}, false
	}
	a, b, c := &s.toks[i], &s.toks[i+2], &s.toks[i+4]
	var y, mo, d int
	switch {
	case int(a.ndig) == 4 && int(b.ndig) <= 2 && int(c.ndig) <= 2 && sep == '-':
		y, mo, d = int(a.num), int(b.num), int(c.num)
	case int(a.ndig) <= 2 && int(b.ndig) <= 2 && (int(c.ndig) == 4 || int(c.ndig) == 2):
		d, mo, y = int(a.num), int(b.num), int(c.num)
		if s.en && sep == '/' {
			d, mo = mo, d
		}
		if int(c.ndig) == 2 {
			y = s.century2(y)
		}
	default:
		return match{}, false
	}
	if y < 1000 || y > 2199 || !validDay(y, mo, d) {
		return match{}, false
	}
	dd := day{y, mo, d}
	return match{a: i, b: i + 5, kind: KindDate, d: dd, value: fmtDay(dd)}, true
}

// frNumericShort: a date of two numbers: 22/04 (day and month, resolved
// like "le 22 avril"), 11/2016 and 2016-11 (a month).
func (s *state) frNumericShort(i int) (match, bool) {
	if !s.isNum(i) || !s.isNum(i+2) || !s.glued(i+1) || !s.glued(i+2) || s.toks[i+1].kind != tPunct {
		return match{}, false
	}
	sep := rune(s.toks[i+1].num)
	if sep != '/' && sep != '-' {
		return match{}, false
	}
	// Not part of a longer figure or date: 1/2/3, 3-4-5, 50/50 %.
	if s.glued(i) && (s.isNum(i-1) || s.toks[i-1].kind == tPunct && (s.punct(i-1, '/') || s.punct(i-1, '-') || s.punct(i-1, '.') || s.punct(i-1, ','))) {
		return match{}, false
	}
	if s.glued(i+3) && s.toks[i+3].kind == tPunct && (s.isNum(i+4) && s.glued(i+4) || s.punct(i+3, '%') || s.punct(i+3, '/') || s.punct(i+3, ',') && s.isNum(i+4)) {
		return match{}, false
	}
	a, b := &s.toks[i], &s.toks[i+2]
	an, bn := int(a.num), int(b.num)
	switch {
	case a.ndig == 4 && (b.ndig == 2 && bn != (an+1)%100 || b.ndig == 1 && bn != (an+1)%10) && bn >= 1 && bn <= 12:
		// 2016-11, 2015-3; not a season or a span of years (2010-11, 2008-9).
		if an < 1000 || an > 2199 {
			return match{}, false
		}
		s.noteYear(an, i+3)
		return match{a: i, b: i + 3, kind: KindDate, value: fmtYear(an) + "-" + string(pad(nil, bn, 2))}, true
	case a.ndig <= 2 && b.ndig == 4 && an >= 1 && an <= 12:
		// 11/2016
		if bn < 1000 || bn > 2199 {
			return match{}, false
		}
		s.noteYear(bn, i+3)
		return match{a: i, b: i + 3, kind: KindDate, value: fmtYear(bn) + "-" + string(pad(nil, an, 2))}, true
	case sep == '/' && !s.en && a.ndig <= 2 && b.ndig <= 2 && (a.ndig == 2 || b.ndig == 2) && an >= 1 && an <= 31 && bn >= 1 && bn <= 12:
		// 22/04: day and month.
		return s.dayMatch(i, i+3, bn, an, 0, false, 0, 0)
	}
	return match{}, false
}

// frYear: 1990, l'année 2001, l'an 2000, en 97.
func (s *state) frYear(i int) (match, bool) {
	j := i
	withNoun := false
	if s.is(j, wL) || s.is(j, wLes) {
		j++
	}
	if e := s.lex(j); e.has(cUnit) && e.u == uYear && !isPluralUnit(s.folded(j)) {
		j++
		withNoun = true
	} else if j != i {
		return match{}, false
	}
	if !s.isNum(j) {
		return match{}, false
	}
	t := &s.toks[j]
	y := 0
	switch {
	case int(t.ndig) == 4 && int(t.num) >= 1000 && int(t.num) <= 2199:
		y = int(t.num)
	case int(t.ndig) == 2 && !withNoun && s.is(j-1, wEn) && !s.glued(j):
		y = s.century2(int(t.num))
		if !(s.isPunct(j+1) && !s.punct(j+1, '%') || j+1 >= len(s.toks)) {
			return match{}, false
		}
	default:
		return match{}, false
	}
	// Not part of a bigger number, not a quantity.
	if s.glued(j) && (s.punct(j-1, '.') || s.punct(j-1, ',') || s.punct(j-1, '°') || s.isNum(j-1)) {
		return match{}, false
	}
	if s.glued(j+1) && (s.punct(j+1, '.') || s.punct(j+1, ',')) && s.isNum(j+2) && s.glued(j+2) {
		return match{}, false
	}
	if s.isNum(j+1) && !s.toks[j+1].nl {
		return match{}, false // 2 000 000
	}
	if s.punct(j+1, '%') || s.punct(j+1, '€') || s.punct(j+1, '$') || s.punct(j+1, '£') {
		return match{}, false
	}
	if !withNoun && y >= 1000 && !s.yearContextOK(j) {
		return match{}, false
	}
	if !withNoun && y < 1800 {
		switch e := s.lex(j - 1); {
		case e == nil:
			return match{}, false
		case e.w == wEn || e.w == wDe || e.w == wD || e.w == wDepuis || e.w == wDesFrom || e.w == wVers || e.w == wAvant || e.w == wApres || e.w == wEntre || e.w == wEt || e.w == wA || e.w == wJusqu || e.cls&(cMonth|cSeason|cBoundary) != 0:
		default:
			return match{}, false // la résolution 1405
		}
	}
	if s.isNum(j-1) || (s.isNum(j-2) && s.punct(j-1, ',')) {
		// a list of quantities: 1500, 2000 ...
		if !s.glued(j) || !(s.punct(j-1, '-') || s.punct(j-1, '/')) {
			if !s.is(j-1, wEt) {
				return match{}, false
			}
		}
	}
	s.noteYear(y, j+1)
	return match{a: i, b: j + 1, kind: KindDate, value: fmtYear(y)}, true
}

// yearContextOK decides whether a bare four-digit number at j is a year:
// not followed by a noun it would count.
func (s *state) yearContextOK(j int) bool {
	if s.has(j+1, cUnit) || s.is(j+1, wH) {
		return false
	}
	n := j + 1
	if n >= len(s.toks) || s.toks[n].kind != tWord || s.toks[n].upper || s.toks[n].nl {
		return true
	}
	if e := s.lex(n); e != nil && e.w != wNone {
		return true
	}
	if e := s.lex(n); e != nil && e.cls&(cMonth|cWeekday|cLast|cNext) != 0 {
		return true
	}
	switch s.folded(n) {
	case "ou", "où", "qui", "que", "qu'", "avec", "sur", "contre", "puis", "ont", "est", "sont", "etait", "avait", "mais", "donc", "alors", "selon", "lors", "entre", "sans", "chez", "il", "elle", "on", "ils", "elles", "se", "s'", "n'", "ne", "deja", "a-t-il", "aura", "sera", "fut", "etaient", "avaient", "ce", "c'", "cette", "nous", "je", "j'", "un", "une", "son", "sa", "ses", "leur", "leurs", "notre", "mon", "ma", "mes", "inclus", "compris", "afin", "quand", "lorsque", "lorsqu'", "pendant", "durant", "environ", "seulement", "aussi", "encore", "non", "ni", "soit", "comme":
		return true
	}
	return false
}

// frMonth: [le mois de] mars [2019] [dernier], mi-mars, Mars only in
// clear contexts.
func (s *state) frMonth(i int) (match, bool) {
	j := i
	if s.is(j, wLe) && s.lex(j+1).has(cUnit) && s.lex(j+1).u == uMonth {
		j++
	}
	if e := s.lex(j); e.has(cUnit) && e.u == uMonth {
		if !(s.is(j+1, wDe) || s.is(j+1, wD)) {
			return match{}, false
		}
		j += 2
	}
	e := s.lex(j)
	if !e.has(cMonth) {
		return match{}, false
	}
	mon, mod := e.v, e.s
	if s.toks[j].upper && j == i && mod == "" {
		// Capitalised: a sentence start, or Mars the planet, or a name.
		if !s.monthCueBefore(j) {
			if _, _, ok := s.yearAfter(j + 1); !ok {
				return match{}, false
			}
		}
	}
	if s.glued(j) && s.punct(j-1, '-') && s.isNum(j-2) {
		return match{}, false // rue du 8-Mai
	}
	j++
	if s.punct(j, '.') && s.glued(j) && isMonthAbbr(s.folded(j-1)) && s.isNum(j+1) {
		j++
	}
	y, j2, hasYear := s.yearAfter(j)
	if hasYear {
		j = j2
	}
	dir := s.lastNext(j)
	if dir != 0 {
		j++
	} else if (s.is(j, wEt) || s.is(j, wOu) || s.punct(j, '-')) && s.has(j+1, cMonth) {
		// mai et juin derniers, mars-avril 2019
		dir = s.lastNext(j + 2)
		if !hasYear {
			if yy, _, ok := s.yearAfter(j + 2); ok {
				y, hasYear = yy, true
			}
		}
	}
	m := match{a: i, b: j, kind: KindDate, mod: mod}
	switch {
	case hasYear:
		s.noteYear(y, j)
	case !s.dct.ok():
		m.value = fmtMonth(0, mon)
		return m, true
	default:
		if yy, ok := s.yearContext(i); ok && dir == 0 {
			y = yy
			break
		}
		if dir == 0 {
			dir = s.tenseDir(i, j, mon, 0)
		}
		y = pickYear(s.dct, mon, 0, dir)
		if dir < 0 && mon == s.dct.m && y == s.dct.y && s.lastNext(j-1) < 0 {
			y-- // "mars dernier" written in March: a year ago
		}
		if dir > 0 && mon == s.dct.m && y == s.dct.y && s.lastNext(j-1) > 0 {
			y++
		}
	}
	m.value = fmtMonth(y, mon)
	return m, true
}

// monthCueBefore reports a word before j that announces a month name.
func (s *state) monthCueBefore(j int) bool {
	switch e := s.lex(j - 1); {
	case e == nil:
		return false
	case e.w == wEn || e.w == wDe || e.w == wD || e.w == wDepuis || e.w == wDesFrom || e.w == wJusqu || e.w == wCourant:
		return true
	case e.cls&(cBoundary|cUnit) != 0:
		return true
	}
	return false
}

// frWeekday: [ce] [même] jeudi [dernier|prochain] [matin|soir|...].
func (s *state) frWeekday(i int) (match, bool) {
	e := s.lex(i)
	if !e.has(cWeekday) || len(s.folded(i)) > 0 && s.folded(i)[len(s.folded(i))-1] == 's' {
		return match{}, false // lundis: a set
	}
	if s.toks[i].upper && !s.sentenceStart(i) && i+1 < len(s.toks) && s.toks[i+1].upper && s.toks[i+1].kind == tWord && !s.allCaps(i) {
		return match{}, false // le Vendredi saint, Mardi gras
	}
	return s.weekdayAt(i, i)
}

// weekdayAt resolves the weekday at j for a match starting at a.
func (s *state) weekdayAt(a, j int) (match, bool) {
	wd := s.lex(j).v
	b := j + 1
	dir := s.lastNext(b)
	if dir != 0 {
		b++
	}
	m := match{a: a, kind: KindDate}
	var d day
	weekDir, wb, inWeek := s.namedWeek(b)
	if dir == 0 && inWeek {
		b = wb
	}
	switch {
	case !s.dct.ok():
	case dir == 0 && inWeek:
		// The day of that ISO week.
		d = s.dct.add(7*weekDir + wd - s.dct.weekday())
	case dir != 0:
		d = nearestWeekday(s.dct, wd, dir, false)
	case s.anchor != s.dct && s.anchor.weekday() == wd && absDays(s.anchor, s.dct) <= 7:
		d = s.anchor
	default:
		t := s.tenseAt(a, b)
		switch {
		case s.is(a-1, wDepuis):
			t = tensePast
		}
		switch t {
		case tensePast:
			d = nearestWeekday(s.dct, wd, -1, true)
		case tenseFuture:
			d = nearestWeekday(s.dct, wd, 1, true)
		default:
			d = nearestWeekday(s.dct, wd, 0, true)
		}
	}
	// Part of the day.
	pod := ""
	if e := s.lex(b); e.has(cPOD) && !s.toks[b].upper {
		pod = e.s
		b++
	} else if e.has(cClock) && e.v == 12 {
		pod = "12"
		b++
	}
	m.b = b
	m.d = d
	if pod != "" {
		m.kind = KindTime
		if d.ok() {
			if pod == "12" {
				m.value = fmtClock(d, 12, 0)
			} else {
				m.value = fmtDay(d) + "T" + pod
			}
		} else {
			m.value = "XXXX-WXX-" + string(rune('0'+wd))
			if pod != "12" {
				m.value += "T" + pod
			}
		}
		return m, true
	}
	if d.ok() {
		m.value = fmtDay(d)
	} else {
		m.value = "XXXX-WXX-" + string(rune('0'+wd))
	}
	return m, true
}

// namedWeek reads the week named after a weekday at j: "de la semaine
// dernière", "la semaine prochaine", "de cette semaine", "cette semaine".
// It returns the week's offset from the publication date's and the token
// after it.
func (s *state) namedWeek(j int) (dir, next int, ok bool) {
	if s.is(j, wDe) {
		j++
	}
	isWeek := func(k int) bool { e := s.lex(k); return e.has(cUnit) && e.u == uWeek && !isPluralUnit(s.folded(k)) }
	switch {
	case s.is(j, wCette) && isWeek(j+1):
		return 0, j + 2, true
	case s.is(j, wLa) && isWeek(j+1) && s.lastNext(j+2) != 0:
		return s.lastNext(j + 2), j + 3, true
	}
	return 0, j, false
}

func absDays(a, b day) int {
	h := a.time().Sub(b.time()).Hours() / 24
	if h < 0 {
		h = -h
	}
	return int(h + 0.5)
}

// podValue builds a TIME value for a part of the day on d.
func podValue(d day, pod string) string {
	if !d.ok() {
		return ""
	}
	return fmtDay(d) + "T" + pod
}

// frDeictic: hier, demain, aujourd'hui, avant-hier, après-demain, "avant
// hier", with a part of the day: hier soir, demain matin, hier midi, hier
// en début d'après-midi, aujourd'hui vendredi.
func (s *state) frDeictic(i int) (match, bool) {
	j := i
	off := 0
	switch {
	case s.is(i, wAvant) && s.lex(i+1).has(cDeictic) && s.lex(i+1).v == -1:
		off, j = -2, i+2
	case s.is(i, wApres) && s.lex(i+1).has(cDeictic) && s.lex(i+1).v == 1:
		off, j = 2, i+2
	case s.has(i, cDeictic):
		off, j = s.lex(i).v, i+1
	default:
		return match{}, false
	}
	var d day
	if s.dct.ok() {
		d = s.dct.add(off)
	}
	m := match{a: i, b: j, kind: KindDate, d: d}
	// aujourd'hui vendredi
	if off == 0 && s.has(j, cWeekday) && (!d.ok() || s.lex(j).v == d.weekday()) {
		j++
		m.b = j
	}
	pod, mod, k := s.podAfter(j)
	if pod != "" {
		m.b = k
		m.kind = KindTime
		m.mod = mod
		if pod == "12" {
			if d.ok() {
				m.value = fmtClock(d, 12, 0)
			}
		} else {
			m.value = podValue(d, pod)
		}
		return m, true
	}
	if d.ok() {
		m.value = fmtDay(d)
	}
	if off == 0 && s.presentRef(i) {
		m.kind, m.value = KindTime, "PRESENT_REF"
		m.d = day{}
	}
	return m, true
}

// presentRef reports "aujourd'hui" used as "nowadays": set off by commas
// or opening a sentence followed by a comma.
func (s *state) presentRef(i int) bool {
	return s.punct(i+1, ',') && (s.boundary(i-1, true) || s.newlineBefore(i) || i == 0)
}

// podAfter reads a part of the day after a day word at j: soir, matin,
// après-midi, midi, "en début d'après-midi", "au soir", "dans la soirée".
func (s *state) podAfter(j int) (pod, mod string, next int) {
	e := s.lex(j)
	switch {
	case e.has(cPOD) && !s.toks[j].upper:
		return e.s, "", j + 1
	case e.has(cClock) && e.v == 12:
		return "12", "", j + 1
	case s.is(j, wAu) && s.lex(j+1).has(cPOD) && s.lex(j+1).s == "EV":
		return "EV", "", j + 2
	case s.is(j, wEn) && s.has(j+1, cBoundary) && (s.is(j+2, wD) || s.is(j+2, wDe)) && s.has(j+3, cPOD):
		return s.lex(j + 3).s, s.lex(j + 1).s, j + 4
	}
	return "", "", j
}

// frAnaphor: la veille, le lendemain [matin], l'avant-veille, au
// lendemain (span without au).
func (s *state) frAnaphor(i int) (match, bool) {
	j := i
	if s.is(j, wLa) || s.is(j, wLe) || s.is(j, wL) {
		j++
	}
	e := s.lex(j)
	if !e.has(cAnaphor) {
		return match{}, false
	}
	j++
	var d day
	if s.anchor.ok() {
		d = s.anchor.add(e.v)
	}
	m := match{a: i, b: j, kind: KindDate, d: d}
	if d.ok() {
		m.value = fmtDay(d)
	}
	pod, mod, k := s.podAfter(j)
	if pod != "" {
		m.b, m.kind, m.mod = k, KindTime, mod
		if pod == "12" {
			if d.ok() {
				m.value = fmtClock(d, 12, 0)
			}
		} else {
			m.value = podValue(d, pod)
		}
	}
	return m, true
}

// frSameDay: le même jour, le jour même, le matin même, ce jour-là.
func (s *state) frSameDay(i int) (match, bool) {
	j := i
	if !(s.is(j, wLe) || s.is(j, wCe)) {
		return match{}, false
	}
	j++
	d := s.anchor
	switch {
	case s.is(j, wMeme) && s.lex(j+1).has(cUnit) && s.lex(j+1).u == uDay && s.folded(j+1) == "jour":
		return match{a: i, b: j + 2, kind: KindDate, d: d, value: fmtDayOK(d)}, true
	case s.lex(j).has(cUnit) && s.lex(j).u == uDay && s.is(j+1, wMeme):
		return match{a: i, b: j + 2, kind: KindDate, d: d, value: fmtDayOK(d)}, true
	case s.lex(j).has(cPOD) && s.is(j+1, wMeme):
		return match{a: i, b: j + 2, kind: KindTime, d: d, value: podValue(d, s.lex(j).s)}, true
	}
	return match{}, false
}

func fmtDayOK(d day) string {
	if !d.ok() {
		return ""
	}
	return fmtDay(d)
}

// frDemo: ce matin, ce soir, cette nuit, cette semaine, ce mois-ci, cette
// année, ce week-end, cet été, ce dimanche, ce même lundi après-midi, ce
// jour-là.
func (s *state) frDemo(i int) (match, bool) {
	j := i + 1
	if s.is(j, wMeme) {
		j++
	}
	e := s.lex(j)
	if e == nil {
		return match{}, false
	}
	if e.has(cUnit) && e.u == uMonth && (s.is(j+1, wDe) || s.is(j+1, wD)) && s.has(j+2, cMonth) {
		j += 2 // ce mois de septembre
		e = s.lex(j)
	}
	switch {
	case e.has(cWeekday):
		return s.weekdayAt(i, j)
	case e.has(cMonth) && e.s == "" && !s.is(i, wCes):
		// ce mois de mars, cette fin septembre: this year's.
		m := match{a: i, b: j + 1, kind: KindDate, value: fmtMonth(s.dct.y, e.v)}
		if !s.dct.ok() {
			m.value = fmtMonth(0, e.v)
		}
		return m, true
	case e.has(cPOD):
		d := s.dct
		return match{a: i, b: j + 1, kind: KindTime, d: d, value: podValue(d, e.s)}, true
	case e.has(cClock):
		if !s.dct.ok() {
			return match{a: i, b: j + 1, kind: KindTime}, true
		}
		return match{a: i, b: j + 1, kind: KindTime, d: s.dct, value: fmtClock(s.dct, e.v, 0)}, true
	case e.has(cSeason):
		return s.frSeason(i)
	case e.has(cUnit):
		if s.is(i, wCes) {
			return match{}, false
		}
		m := match{a: i, b: j + 1, kind: KindDate}
		if !s.dct.ok() {
			return m, true
		}
		switch e.u {
		case uDay:
			// ce jour, ce jour-là: the day spoken of.
			m.d = s.anchor
			m.value = fmtDay(s.anchor)
		case uWeek:
			y, w := s.dct.time().ISOWeek()
			m.value = fmtWeek(y, w)
		case uWeekend:
			m.value = s.weekendValue(0, s.tenseAt(i, j+1))
		case uMonth:
			m.value = fmtMonth(s.dct.y, s.dct.m)
		case uYear:
			m.value = fmtYear(s.dct.y)
		case uQuarter:
			m.value = fmtYear(s.dct.y) + "-Q" + string(rune('1'+(s.dct.m-1)/3))
		case uCentury:
			m.value = fmtYear(s.dct.y)[:2]
		default:
			return match{}, false
		}
		return m, true
	}
	return match{}, false
}

// weekendValue gives the week-end n weeks from the publication date; for
// the current one (n == 0) a past tense on a weekday means the last one.
func (s *state) weekendValue(n int, t tense) string {
	d := s.dct
	if n == 0 && t == tensePast && d.weekday() < 6 {
		n = -1
	}
	d = d.add(7 * n)
	y, w := d.time().ISOWeek()
	return fmtWeek(y, w) + "-WE"
}

// frRelUnit: la semaine dernière, le mois prochain, l'an dernier, l'année
// précédente, le week-end dernier, l'été dernier.
func (s *state) frRelUnit(i int) (match, bool) {
	j := s.optDet(i)
	if j == i {
		return match{}, false
	}
	e := s.lex(j)
	if !e.has(cUnit) && !e.has(cSeason) {
		return match{}, false
	}
	dir := s.lastNext(j + 1)
	if dir == 0 && e.has(cUnit) && e.u == uWeekend && s.is(i, wLe) && !isPluralUnit(s.folded(j)) {
		return s.frWeekendTense(i, j+1)
	}
	if dir == 0 {
		return match{}, false
	}
	m := match{a: i, b: j + 2, kind: KindDate}
	if !s.dct.ok() {
		return m, true
	}
	base := s.dct
	w := s.folded(j + 1)
	if len(w) >= 5 && (w[:5] == "prece" || w[:5] == "suiva") {
		base = s.anchor // relative to the time spoken of
	}
	if e.has(cSeason) {
		m.value = seasonValue(base, e.s, dir)
		return m, true
	}
	switch e.u {
	case uDay:
		m.d = base.add(dir)
		m.value = fmtDay(m.d)
	case uWeek:
		y, w := base.add(7 * dir).time().ISOWeek()
		m.value = fmtWeek(y, w)
	case uWeekend:
		m.value = s.weekendValue(dir, tenseNone)
	case uMonth:
		y, mo := addMonths(base.y, base.m, dir)
		m.value = fmtMonth(y, mo)
	case uYear:
		m.value = fmtYear(base.y + dir)
	case uQuarter:
		q := (base.m-1)/3 + dir
		y := base.y
		if q < 0 {
			q, y = 3, y-1
		} else if q > 3 {
			q, y = 0, y+1
		}
		m.value = fmtYear(y) + "-Q" + string(rune('1'+q))
	case uCentury:
		m.value = fmtYear(base.y)[:2]
		c := base.y/100 + dir
		m.value = string(pad(nil, c, 2))
	case uDecade:
		m.value = string(pad(nil, base.y/10+dir, 3))
	default:
		return match{}, false
	}
	return m, true
}

// frWeekendTense: "le week-end" with a verb in the past (the last one) or
// the future (the next one); in the present it is usually a habit ("il
// travaille le week-end") and no date.
func (s *state) frWeekendTense(a, b int) (match, bool) {
	if s.is(b, wDe) || s.is(b, wD) || s.is(b, wDu) || s.isNum(b) {
		return match{}, false // le week-end de Pâques, du 5 mars
	}
	t := s.tenseAt(a, b)
	if t == tenseNone {
		return match{}, false
	}
	m := match{a: a, b: b, kind: KindDate}
	if !s.dct.ok() {
		return m, true
	}
	n := 0
	if t == tenseFuture && s.dct.weekday() >= 6 {
		n = 1
	}
	m.value = s.weekendValue(n, t)
	return m, true
}

// seasonValue names the season code of the year it falls in relative to
// ref: dir -1 the last one, +1 the next one, 0 this year's.
func seasonValue(ref day, code string, dir int) string {
	var start int
	switch code {
	case "SP":
		start = 3
	case "SU":
		start = 6
	case "FA":
		start = 9
	default:
		start = 12
	}
	y := ref.y
	switch dir {
	case -1:
		if ref.m < start+3 {
			y--
		}
	case 1:
		if ref.m >= start {
			y++
		}
	}
	return fmtYear(y) + "-" + code
}

// frSeason: l'automne, cet été, en été, au printemps 2019, l'été dernier.
func (s *state) frSeason(i int) (match, bool) {
	j := i
	det := false
	switch {
	case s.is(j, wL) || s.is(j, wCet) || s.is(j, wCe) || s.is(j, wCette) || s.is(j, wLe):
		j++
		det = true
	}
	e := s.lex(j)
	if !e.has(cSeason) {
		return match{}, false
	}
	code := e.s
	if code == "SU" && !det && j == i {
		// été is mostly the participle: require en/d'/comme or a year, or
		// a capital at a line or sentence start not followed by a participle.
		ok := s.is(j-1, wEn) || s.is(j-1, wD) || s.is(j-1, wDe) || s.is(j+1, wEt) && s.has(j+2, cSeason) || s.folded(j+1) == "comme" || s.folded(j-1) == "comme"
		if !ok {
			if _, _, yok := s.yearAfter(j + 1); !yok {
				return match{}, false
			}
		}
	}
	if !det && s.is(j-1, wD) && !(s.lex(j-2).has(cUnit) && s.lex(j-2).u == uMonth) {
		return match{}, false // jeux d'hiver, heure d'été
	}
	if code == "SP" && (s.is(j+1, wDe) || s.is(j+1, wD) || s.is(j+1, wDes) || s.is(j+1, wDu)) {
		if _, _, ok := s.yearAfter(j + 2); !ok {
			return match{}, false // le Printemps de Bourges
		}
	}
	b := j + 1
	m := match{a: i, kind: KindDate}
	if y, k, ok := s.yearAfter(b); ok {
		m.b = k
		m.value = fmtYear(y) + "-" + code
		return m, true
	}
	dir := s.lastNext(b)
	if dir != 0 {
		b++
	}
	m.b = b
	switch {
	case !det && dir == 0 && !s.is(i-1, wAu):
		m.value = "XXXX-" + code
	case !s.dct.ok():
		m.value = "XXXX-" + code
	default:
		m.value = seasonValue(s.dct, code, dir)
	}
	return m, true
}

// frBoundary: début octobre, fin septembre 2000, la fin de l'année
// [dernière], mi-2019, le milieu du mois, la fin du XIXe siècle, en fin
// d'après-midi (span without en), début des années 60.
func (s *state) frBoundary(i int) (match, bool) {
	j := i
	if s.is(j, wLa) || s.is(j, wLe) {
		j++
	}
	e := s.lex(j)
	if !e.has(cBoundary) {
		return match{}, false
	}
	mod := e.s
	if s.is(j, wCourant) {
		mod = ""
	}
	j++
	// mi-2019
	if mod == "MID" && s.punct(j, '-') && s.glued(j) {
		if y, k, ok := s.yearAfter(j + 1); ok || s.isNum(j+1) && int(s.toks[j+1].ndig) == 4 {
			if !ok {
				y, k = int(s.toks[j+1].num), j+2
			}
			return match{a: i, b: k, kind: KindDate, mod: mod, value: fmtYear(y)}, true
		}
	}
	prep := false
	switch {
	case s.is(j, wDe) || s.is(j, wD):
		j++
		prep = true
	case s.is(j, wDu) || s.is(j, wDes):
		prep = true
	}
	var m match
	var ok bool
	switch {
	case s.has(j, cMonth):
		m, ok = s.frMonth(j)
	case s.is(j, wDu) && s.lex(j+1).has(cUnit) && s.lex(j+1).u == uMonth && !s.is(j+2, wDe) && !s.is(j+2, wD):
		// la fin du mois [dernier]
		m, ok = s.frRelUnitBare(j+1, uMonth)
	case s.is(j, wDu) && (s.has(j+1, cMonth) || s.lex(j+1).has(cUnit) && s.lex(j+1).u == uMonth):
		m, ok = s.frMonth(j + 1)
	case s.is(j, wDu) || s.is(j, wLe):
		m, ok = s.frCentury(j + 1)
		if !ok {
			m, ok = s.frRelUnit(j)
		}
	case s.is(j, wDes) || s.is(j, wLes):
		m, ok = s.frDecade(j)
	case s.is(j, wL) || s.is(j, wLa) || s.is(j, wCette):
		m, ok = s.frRelUnit(j)
		if !ok {
			m, ok = s.frDemo(j)
		}
		if !ok {
			m, ok = s.frRelUnitBare(j+1, uNone)
		}
		if !ok {
			m, ok = s.frSeason(j)
		}
	case s.isNum(j):
		m, ok = s.frYear(j)
	case s.has(j, cPOD) && prep:
		d := s.anchor
		return match{a: i, b: j + 1, kind: KindTime, mod: mod, d: d, value: podValue(d, s.lex(j).s)}, true
	case s.lex(j).has(cUnit) && prep && (s.lex(j).u == uWeek || s.lex(j).u == uMonth || s.lex(j).u == uYear):
		// en fin de semaine, début de mois
		m, ok = s.frRelUnitBare(j, uNone)
	}
	if !ok || m.value == "-" {
		return match{}, false
	}
	m.a = i
	if mod != "" {
		m.mod = mod
	}
	return m, true
}

// frRelUnitBare: the current unit (l'année, la semaine, le mois) with an
// optional dernier/prochain; u is the unit required (uNone: any).
func (s *state) frRelUnitBare(j int, u unit) (match, bool) {
	k := j
	if s.is(k, wL) || s.is(k, wLa) || s.is(k, wLe) {
		k++
	}
	e := s.lex(k)
	if !e.has(cUnit) || (u != uNone && e.u != u) {
		return match{}, false
	}
	dir := s.lastNext(k + 1)
	b := k + 1
	if dir != 0 {
		b++
	}
	m := match{a: j, b: b, kind: KindDate}
	if !s.dct.ok() {
		return m, true
	}
	switch e.u {
	case uYear:
		if s.folded(k) != "annee" && s.folded(k) != "an" {
			return match{}, false
		}
		m.value = fmtYear(s.dct.y + dir)
	case uMonth:
		y, mo := addMonths(s.dct.y, s.dct.m, dir)
		m.value = fmtMonth(y, mo)
	case uWeek:
		y, w := s.dct.add(7 * dir).time().ISOWeek()
		m.value = fmtWeek(y, w)
	default:
		return match{}, false
	}
	return m, true
}

// frDecade: les années 60, des années 1990, années quatre-vingt.
func (s *state) frDecade(i int) (match, bool) {
	j := i
	if s.is(j, wLes) || s.is(j, wDes) || s.is(j, wAux) {
		j++
	}
	e := s.lex(j)
	if !e.has(cUnit) || e.u != uYear || s.folded(j) != "annees" {
		return match{}, false
	}
	j++
	n := -1
	switch {
	case s.isNum(j) && int(s.toks[j].ndig) == 2 && int(s.toks[j].num)%10 == 0:
		n = 1900 + int(s.toks[j].num)
		if int(s.toks[j].num) <= 20 && int(s.toks[j].num) != 0 {
			n = 2000 + int(s.toks[j].num)
		}
		if int(s.toks[j].num) == 0 {
			n = 2000
		}
	case s.isNum(j) && int(s.toks[j].ndig) == 4 && int(s.toks[j].num)%10 == 0:
		n = int(s.toks[j].num)
	case s.has(j, cNum):
		v, k, _, ok := s.frNumber(j)
		switch {
		case !ok || int(v)%10 != 0:
			return match{}, false
		case v >= 1000 && v < 2200:
			n, j = int(v), k-1
		case v >= 20 && v < 100 && k == j+1:
			n = 1900 + int(v)
		default:
			return match{}, false
		}
	default:
		return match{}, false
	}
	if s.glued(j+1) && s.punct(j+1, '%') {
		return match{}, false
	}
	v := string(pad(nil, n/10, 3)) + "X"
	return match{a: i, b: j + 1, kind: KindDate, value: v}, true
}

// frCentury: le XIXe siècle, le 20e siècle (value 18XX, 19XX).
func (s *state) frCentury(i int) (match, bool) {
	j := i
	if s.is(j, wLe) {
		j++
	}
	if !s.is(j+1, wSiecle) && !s.is(j+2, wSiecle) {
		return match{}, false
	}
	n := 0
	switch {
	case s.isNum(j) && s.glued(j+1) && s.is(j+1, wEr):
		n = int(s.toks[j].num)
		j += 2
	case j < len(s.toks) && s.toks[j].kind == tWord:
		n = romanOrdinal(s.folded(j))
		if n == 0 {
			return match{}, false
		}
		j++
		if s.glued(j) && s.is(j, wEr) {
			j++
		}
	default:
		return match{}, false
	}
	if !s.is(j, wSiecle) || n < 1 || n > 22 {
		return match{}, false
	}
	v := string(pad(nil, n-1, 2)) + "XX"
	return match{a: i, b: j + 1, kind: KindDate, value: v}, true
}

// romanOrdinal parses "xixe", "xxeme", "xxi" into 19, 20, 21.
func romanOrdinal(w string) int {
	for _, suf := range []string{"eme", "e"} {
		if len(w) > len(suf) && w[len(w)-len(suf):] == suf {
			w = w[:len(w)-len(suf)]
			break
		}
	}
	if w == "" {
		return 0
	}
	n, prev := 0, 0
	for k := len(w) - 1; k >= 0; k-- {
		var v int
		switch w[k] {
		case 'i':
			v = 1
		case 'v':
			v = 5
		case 'x':
			v = 10
		case 'l':
			v = 50
		default:
			return 0
		}
		if v < prev {
			n -= v
		} else {
			n += v
			prev = v
		}
	}
	return n
}

// frPOD: la nuit, la soirée, l'après-midi, en soirée, dans la journée
// (TDT), la nuit de lundi à mardi, à midi, vers minuit.
func (s *state) frPOD(i int) (match, bool) {
	j := i
	switch {
	case s.is(j, wLa) || s.is(j, wL):
		j++
	case s.is(j, wEn) && s.has(j+1, cPOD):
		i++
		j++
	case s.is(j, wDans) && (s.is(j+1, wLa) || s.is(j+1, wL)):
		i++
		j += 2
	}
	e := s.lex(j)
	if e.has(cClock) {
		if !(s.is(j-1, wA) || s.is(j-1, wVers) || s.is(j-1, wAvant) || s.is(j-1, wApres) || s.is(j-1, wDesFrom) || s.is(j-1, wDe) || s.is(j-1, wEt) && s.is(j-3, wEntre)) {
			return match{}, false
		}
		d := s.anchor
		h := e.v
		v := fmtClock(d, h, 0)
		if h == 0 {
			v = fmtClock(d, 24, 0)
		}
		return match{a: j, b: j + 1, kind: KindTime, d: d, value: v}, true
	}
	if j == i {
		return match{}, false
	}
	if s.is(j, wJour) {
		return match{}, false
	}
	if !e.has(cPOD) && !(e.has(cUnit) && e.u == uDay && s.folded(j) == "journee" && s.is(i-1, wDans)) {
		return match{}, false
	}
	pod := e.s
	if !e.has(cPOD) {
		pod = "DT"
	}
	d := s.anchor
	b := j + 1
	// la nuit de lundi à mardi, la nuit du 3 au 4 mars
	if pod == "NI" && (s.is(b, wDe) || s.is(b, wDu)) {
		if s.has(b+1, cWeekday) {
			if wm, ok := s.weekdayAt(b+1, b+1); ok {
				d = wm.d
				b = wm.b
				if (s.is(b, wA) || s.is(b, wAu)) && s.has(b+1, cWeekday) {
					b += 2
				}
			}
		} else if dm, ok := s.frDayOfRange(b + 1); ok {
			d = dm.d
			b = b + 2
			for k := b; k < b+4 && k < len(s.toks); k++ {
				if s.has(k, cMonth) {
					b = k + 1
					break
				}
			}
		}
	}
	return match{a: i, b: b, kind: KindTime, d: d, value: podValue(d, pod)}, true
}

// frClock: 14 h, 14 h 30, 14h30, 14:30, à 14 heures, 12 h 30 locales.
func (s *state) frClock(i int) (match, bool) {
	h, mi, b, ok := s.clockAt(i)
	if !ok {
		return match{}, false
	}
	d := s.anchor
	// "vers 15 h 30, hier", "à 4 h mardi": the day follows the time.
	k := b
	if s.punct(k, ',') {
		k++
	}
	switch e := s.lex(k); {
	case e.has(cDeictic) && s.dct.ok():
		d = s.dct.add(e.v)
	case e.has(cWeekday) && s.dct.ok():
		if wm, ok := s.weekdayAt(k, k); ok && wm.d.ok() {
			d = wm.d
		}
	}
	return match{a: i, b: b, kind: KindTime, d: d, value: fmtClock(d, h, mi)}, true
}

// clockAt parses a clock time starting with the number at i.
func (s *state) clockAt(i int) (h, mi, next int, ok bool) {
	if !s.isNum(i) || int(s.toks[i].ndig) > 2 || (s.glued(i) && (s.isNum(i-1) || s.punct(i-1, ',') || s.punct(i-1, '.') || s.punct(i-1, ':'))) {
		return 0, 0, i, false
	}
	h = int(s.toks[i].num)
	if h > 24 {
		return 0, 0, i, false
	}
	j := i + 1
	switch {
	case s.is(j, wH):
		j++
	case s.punct(j, ':') && s.glued(j) && s.isNum(j+1) && s.glued(j+1) && int(s.toks[j+1].ndig) == 2:
		j++
		if int(s.toks[j].num) > 59 || (s.punct(j+1, ':') && s.glued(j+1)) && !s.isNum(j+2) {
			return 0, 0, i, false
		}
		mi = int(s.toks[j].num)
		return h, mi, j + 1, true
	case s.lex(j).has(cUnit) && s.lex(j).u == uHour && s.folded(j) == "heures" || s.folded(j) == "heure" && h <= 1:
		// "à 14 heures" is a time, "48 heures" a duration.
		p := s.lex(i - 1)
		if p == nil || !(p.w == wA || p.w == wVers || p.w == wDesFrom || p.w == wAvant || p.w == wApres || p.w == wDe && (s.is(j+1, wA) || s.is(j+2, wA)) || p.w == wEt && s.is(i-3, wEntre)) {
			return 0, 0, i, false
		}
		if p.w == wApres || p.w == wAvant {
			if h > 23 {
				return 0, 0, i, false
			}
		}
		j++
	default:
		return 0, 0, i, false
	}
	if s.isNum(j) && int(s.toks[j].ndig) == 2 && int(s.toks[j].num) < 60 && !s.toks[j].nl {
		mi = int(s.toks[j].num)
		j++
	}
	if s.is(j, wLocale) {
		j++
	}
	return h, mi, j, true
}

// frNumber parses a number at i: digits (30,4) or words (vingt-quatre,
// vingt et un, deux cents, un). Digits report isDigit.
func (s *state) frNumber(i int) (val float64, next int, isDigit, ok bool) {
	if s.isNum(i) {
		t := &s.toks[i]
		if s.glued(i) && (s.isNum(i-2) && (s.punct(i-1, ',') || s.punct(i-1, '.')) || s.punct(i-1, '/')) {
			return 0, i, false, false
		}
		v := float64(int(t.num))
		j := i + 1
		// Thousands: 1.000.
		for s.isNum(j+1) && s.toks[j+1].ndig == 3 && s.punct(j, '.') && s.glued(j) && s.glued(j+1) {
			v = v*1000 + float64(int(s.toks[j+1].num))
			j += 2
		}
		// Decimal comma.
		if j == i+1 && (s.punct(j, ',') || s.punct(j, '.')) && s.glued(j) && s.isNum(j+1) && s.glued(j+1) {
			f := float64(int(s.toks[j+1].num))
			for k := 0; k < int(s.toks[j+1].ndig); k++ {
				f /= 10
			}
			v += f
			j += 2
		}
		return v, j, true, true
	}
	total, cur := 0, 0
	j := i
	seen := false
	for {
		e := s.lex(j)
		if !e.has(cNum) {
			if seen && s.is(j, wEt) && cur >= 20 && cur < 80 && cur%10 == 0 {
				if n := s.lex(j + 1); n.has(cNum) && (n.v == 1 || n.v == 11) {
					cur += n.v
					j += 2
					continue
				}
			}
			break
		}
		switch {
		case e.v == 100:
			if cur == 0 {
				cur = 1
			}
			cur *= 100
		case e.v == 1000:
			if cur == 0 {
				cur = 1
			}
			total += cur * 1000
			cur = 0
		default:
			if seen && cur%100 != 0 && cur > 0 {
				// "trois quatre": two numbers, stop.
				if !(cur%10 == 0 && e.v < 10) {
					goto done
				}
			}
			cur += e.v
		}
		seen = true
		j++
	}
done:
	if !seen {
		return 0, i, false, false
	}
	return float64(total + cur), j, false, true
}

// frDuration: [environ|près de|plus de|moins de|au moins] trois jours,
// 48 heures, un an et demi, un quart de siècle, une dizaine de jours.
func (s *state) frDuration(i int) (match, bool) {
	j := i
	mod := ""
	switch {
	case s.has(j, cApprox):
		mod = s.lex(j).s
		j++
	case s.is(j, wPres) && (s.is(j+1, wDe) || s.is(j+1, wD)):
		mod = "APPROX"
		j += 2
	case s.is(j, wA) && s.folded(j+1) == "peu" && s.is(j+2, wPres):
		mod = "APPROX" // à peu près
		j += 3
	case s.is(j, wPlus) && (s.is(j+1, wDe) || s.is(j+1, wD)):
		mod = "MORE_THAN"
		j += 2
	case s.is(j, wMoins) && (s.is(j+1, wDe) || s.is(j+1, wD)):
		mod = "LESS_THAN"
		j += 2
	case s.is(j, wAu) && s.is(j+1, wMoins):
		mod = "EQUAL_OR_MORE"
		j += 2
	case s.is(j, wAu) && s.is(j+1, wPlus):
		mod = "EQUAL_OR_LESS"
		j += 2
	}
	start := j
	if e := s.lex(j); j == i && e.has(cUnit) && (e.u == uQuinquennium || e.u == uSeptennium) {
		return match{a: i, b: j + 1, kind: KindDuration, value: durationValue(1, e.u)}, true
	}
	n, k, isDigit, ok := s.frNumber(j)
	// de 8 à 24 mois: the first number takes the unit of the second.
	if ok && isDigit && (s.is(k, wA) || s.punct(k, '-') && s.glued(k)) && s.isNum(k+1) && s.has(k+2, cUnit) && !s.has(k, cUnit) {
		if u := s.lex(k + 2).u; u != uYear || !s.isAge(k+1, k+1, k+2) {
			v := durationValue(n, u)
			if v != "" && n > 0 && int(s.toks[k+1].num) > int(n) {
				return match{a: i, b: k, kind: KindDuration, mod: mod, value: v}, true
			}
		}
	}
	approxWord := false
	if !ok {
		// une dizaine de jours, une quinzaine de jours
		if s.is(j, wUne) || s.is(j, wUn) {
			if v := approxCount(s.folded(j + 1)); v > 0 && (s.is(j+2, wDe) || s.is(j+2, wD)) {
				n, k, ok, approxWord = float64(v), j+3, true, true
			}
		}
		if !ok {
			return match{}, false
		}
	}
	if n == 0 && isDigit && int(s.toks[j].num) == 0 {
		return match{}, false
	}
	j = k
	// un demi-siècle, un quart de siècle, trois quarts d'heure
	frac := 1.0
	if !isDigit {
		switch w := s.folded(j); {
		case w == "quart" || w == "quarts":
			if s.is(j+1, wDe) || s.is(j+1, wD) {
				frac, j = 0.25, j+2
			}
		case w == "demi" && s.has(j+1, cUnit) && !s.glued(j+1):
			// une demi heure, written without its hyphen
			j++
			fallthrough
		case len(w) > 5 && w[:5] == "demi-":
			if w == "demi" {
				w = "demi-" + s.folded(j)
			}
			if u := halfUnit(w[5:]); u != uNone {
				v := durationValue(n*0.5, u)
				if v == "" {
					return match{}, false
				}
				return match{a: i, b: j + 1, kind: KindDuration, mod: mod, value: v}, true
			}
		}
	}
	e := s.lex(j)
	if !e.has(cUnit) || (s.toks[j].upper && !s.toks[j-1].upper) {
		return match{}, false
	}
	u := e.u
	if n == 1 && !isDigit && mod == "" {
		switch {
		case u == uSecond && s.folded(j) == "seconde":
			return match{}, false // une seconde fois: an ordinal
		case u == uDay && (s.is(j+1, wDe) || s.is(j+1, wD)):
			return match{}, false // un jour de fête
		case u == uDay && !(s.is(i-1, wPendant) || s.is(i-1, wDurant) || s.is(i-1, wDepuis) || s.is(i-1, wEn) || s.is(i-1, wPour) || s.is(i-1, wDans) || s.is(i-1, wSur) || s.is(i-1, wD) || s.is(i-1, wDe)):
			return match{}, false // un jour: some day
		}
	}
	// ordinals like "la deuxième journée" are not durations: handled by
	// frNumber not parsing ordinals.
	n *= frac
	b := j + 1
	// et demi(e)
	if s.is(b, wEt) && (s.folded(b+1) == "demi" || s.folded(b+1) == "demie") {
		n += 0.5
		b += 2
	}
	if approxWord && mod == "" {
		mod = "APPROX"
	}
	if u == uYear && s.isAge(i, start, j) {
		return match{}, false
	}
	if s.is(b, wH) {
		return match{}, false
	}
	// "2 ans" inside "de 2 à 8 ans": the first number is matched by a
	// separate call; see frDurationRange.
	v := durationValue(n, u)
	if v == "" {
		return match{}, false
	}
	// Plural/singular check for "un": "un an" yes, "un mois" yes; "une
	// heure" yes. Nothing to do.
	return match{a: i, b: b, kind: KindDuration, mod: mod, value: v}, true
}

func approxCount(w string) int {
	switch w {
	case "dizaine", "dizaines":
		return 10
	case "douzaine":
		return 12
	case "quinzaine":
		return 15
	case "vingtaine":
		return 20
	case "trentaine":
		return 30
	case "quarantaine":
		return 40
	case "cinquantaine":
		return 50
	case "centaine":
		return 100
	}
	return 0
}

func halfUnit(w string) unit {
	switch w {
	case "heure":
		return uHour
	case "journee":
		return uDay
	case "siecle":
		return uCentury
	case "saison":
		return uNone
	}
	return uNone
}

// isAge reports "N ans" naming someone's age: "Jean, 87 ans,", "âgé de
// 17 ans", "une fillette de 6 ans", "enfants de 2 à 8 ans", "(45 ans)".
func (s *state) isAge(a, numStart, unitAt int) bool {
	p := numStart - 1
	// skip a range: de 2 à 8 ans; "les 6-16 ans" are children
	if (s.is(p, wA) || s.is(p, wEt) || s.punct(p, '-')) && s.isNum(p-1) {
		p -= 2
		if s.is(p, wLes) || s.is(p, wDes) || s.is(p, wAux) {
			return true
		}
	}
	if numStart > a {
		// a prefix: "les moins de 17 ans" are the under-17s
		p = a - 1
		if s.is(p, wLes) && (s.is(a, wMoins) || s.is(a, wPlus)) {
			return true
		}
	}
	next := unitAt + 1
	if (s.punct(p, ',') || s.punct(p, '(')) && (s.isPunct(next) || next >= len(s.toks)) && !s.punct(next, '%') {
		return true
	}
	if (s.is(p, wDe) || s.is(p, wD)) && numStart == a {
		// "un chauffeur de 38 ans" is an age, "une peine de 2 ans" a
		// duration: durations follow the nouns that take one.
		w := s.folded(p - 1)
		if w == "" {
			return false
		}
		if (w == "moins" || w == "plus") && (s.is(p-2, wLes) || s.is(p-2, wDes) || s.is(p-2, wAux)) {
			return true // les moins de 17 ans
		}
		return !durationNouns[w]
	}
	if s.is(p, wA) && numStart == a && (s.sentenceStart(p) || s.punct(p-1, ',')) {
		return true // À 45 ans, il ...
	}
	if s.is(p, wA) && (s.folded(p-1) == "mort" || s.folded(p-1) == "decede" || s.folded(p-1) == "decedee" || s.folded(p-1) == "morte") {
		return true
	}
	return false
}

var durationNouns = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{"peine", "peines", "prison", "reclusion", "periode", "duree", "delai", "bail", "contrat", "mandat", "absence", "espace", "plan", "programme", "carriere", "exil", "detention", "emprisonnement", "sursis", "suspension", "moratoire", "garantie", "engagement", "attente", "retard", "avance", "interdiction", "captivite", "pause", "treve", "service", "travaux", "chantier", "investissement", "investissements", "economie", "economies", "projet", "programmation", "horizon", "echeance", "terme", "cycle", "pret", "credit", "emprunt", "concession", "vie", "guerre", "conflit", "occupation", "regne", "mission", "stage", "formation", "ferme", "vieux", "vieille", "vieilles", "plus", "moins", "pres", "age", "agee", "age", "ages", "agees"} {
		m[w] = true
	}
	// âgé de 38 ans is an age: handled before the list is used.
	delete(m, "age")
	delete(m, "agee")
	delete(m, "ages")
	delete(m, "agees")
	return m
}()

// frDurationGroup: quelques jours, plusieurs années, des années, ces
// derniers jours, les trois derniers mois, ces dernières 24 heures, les
// prochains jours.
func (s *state) frDurationGroup(i int) (match, bool) {
	j := i
	switch {
	case s.has(j, cVague):
		j++
		if e := s.lex(j); e.has(cUnit) && isPluralUnit(s.folded(j)) {
			return match{a: i, b: j + 1, kind: KindDuration, value: durationValue(-1, e.u)}, true
		}
		return match{}, false
	case s.is(j, wDes) && (s.has(j+1, cLast) || s.has(j+1, cNext) || (s.has(j+1, cNum) || s.isNum(j+1)) && (s.has(j+2, cLast) || s.has(j+2, cNext))):
		// au cours des dix derniers mois
		j++
	case s.is(j, wDes) && !s.glued(j+1):
		j++
		e := s.lex(j)
		if e.has(cUnit) && isPluralUnit(s.folded(j)) && !s.isNum(j+1) && e.u >= uWeek && e.u != uWeekend {
			if s.is(j+1, wDe) || s.is(j+1, wD) {
				return match{}, false // des heures de travail
			}
			return match{a: i, b: j + 1, kind: KindDuration, value: durationValue(-1, e.u)}, true
		}
		return match{}, false
	case s.is(j, wTout) && s.is(j+1, wLe), s.is(j, wToute) && (s.is(j+1, wLa) || s.is(j+1, wL)):
		// toute la journée, tout le mois, toute l'année: one whole unit.
		e := s.lex(j + 2)
		if !e.has(cUnit) || isPluralUnit(s.folded(j+2)) && e.u != uMonth || s.is(j+3, wDe) || s.is(j+3, wD) || s.is(j+3, wDu) || s.lastNext(j+3) != 0 {
			return match{}, false
		}
		switch e.u {
		case uDay, uWeek, uWeekend, uMonth, uYear:
		default:
			return match{}, false
		}
		return match{a: i, b: j + 3, kind: KindDuration, value: durationValue(1, e.u)}, true
	case s.is(j, wCes) || s.is(j, wLes):
		j++
	default:
		return match{}, false
	}
	// ces [trois] derniers jours, les [deux] prochaines semaines
	n := -1.0
	if v, k, _, ok := s.frNumber(j); ok && (s.has(k, cLast) || s.has(k, cNext)) {
		n, j = v, k
	}
	dir := s.lastNext(j)
	if dir == 0 {
		return match{}, false
	}
	j++
	if v, k, _, ok := s.frNumber(j); ok && n < 0 {
		n, j = v, k
	}
	e := s.lex(j)
	if !e.has(cUnit) || !isPluralUnit(s.folded(j)) {
		return match{}, false
	}
	m := match{a: i, b: j + 1, kind: KindDuration, value: durationValue(n, e.u), future: dir > 0}
	return m, true
}

func isPluralUnit(w string) bool {
	return len(w) > 1 && (w[len(w)-1] == 's' || w == "mois")
}

// frIlYA: il y a trois jours (DATE), il y a une semaine.
func (s *state) frIlYA(i int) (match, bool) {
	k := i + 3
	switch {
	case s.is(i+1, wY) && s.is(i+2, wA2):
	case s.is(i+1, wY) && s.folded(i+1) == "ya":
		k = i + 2 // il ya: a common typo
	default:
		return match{}, false
	}
	dm, ok := s.frDuration(k)
	if !ok || dm.mod != "" && dm.mod != "APPROX" || len(dm.value) < 3 || dm.value[1] == 'X' || dm.value[2] == 'X' {
		return match{}, false
	}
	m, ok := s.offsetDate(i, dm, -1)
	m.mod = dm.mod
	return m, ok
}

// frDans: dans trois jours (DATE, future), dans les deux jours (the
// duration, future).
func (s *state) frDans(i int) (match, bool) {
	if s.is(i+1, wLes) {
		dm, ok := s.frDuration(i + 2)
		if !ok {
			return match{}, false
		}
		dm.future = true
		return dm, true
	}
	dm, ok := s.frDuration(i + 1)
	if !ok || dm.mod != "" || s.is(dm.b, wDe) || s.is(dm.b, wD) {
		return match{}, false
	}
	return s.offsetDate(i, dm, 1)
}

// offsetDate turns a duration match into the date that far from the
// publication date (dir -1 before, +1 after), spanning from a.
func (s *state) offsetDate(a int, dm match, dir int) (match, bool) {
	v := dm.value
	m := match{a: a, b: dm.b, kind: KindDate, future: dir > 0}
	if v[1] == 'T' {
		// hours, minutes: a time on the publication day
		m.kind = KindTime
		if dir < 0 {
			m.value = "PAST_REF"
		} else {
			m.value = "FUTURE_REF"
		}
		return m, true
	}
	code := v[len(v)-1]
	nstr := v[1 : len(v)-1]
	if code == 'E' { // DE, CE, WE
		return match{}, false
	}
	if !isDigits(nstr) {
		return match{}, false
	}
	n := atoi(nstr) * dir
	if !s.dct.ok() {
		return m, true
	}
	switch code {
	case 'D':
		m.d = s.dct.add(n)
		m.value = fmtDay(m.d)
	case 'W':
		m.d = s.dct.add(7 * n)
		m.value = fmtDay(m.d)
	case 'M':
		y, mo := addMonths(s.dct.y, s.dct.m, n)
		m.value = fmtMonth(y, mo)
	case 'Y':
		m.value = fmtYear(s.dct.y + n)
	default:
		return match{}, false
	}
	return m, true
}

// frSet: chaque année, chaque jour, tous les ans, tous les deux ans, tous
// les jeudis, par an (span: an).
func (s *state) frSet(i int) (match, bool) {
	j := i
	switch {
	case s.is(j, wChaque):
		j++
		e := s.lex(j)
		switch {
		case e.has(cWeekday):
			return match{a: i, b: j + 1, kind: KindSet, value: "XXXX-WXX-" + string(rune('0'+e.v))}, true
		case e.has(cUnit):
			return match{a: i, b: j + 1, kind: KindSet, value: durationValue(1, e.u)}, true
		case e.has(cMonth):
			return match{a: i, b: j + 1, kind: KindSet, value: "XXXX-" + string(pad(nil, e.v, 2))}, true
		}
	case (s.is(j, wTous) || s.is(j, wToutes)) && s.is(j+1, wLes):
		j += 2
		n := 1.0
		if v, k, _, ok := s.frNumber(j); ok {
			n, j = v, k
		}
		e := s.lex(j)
		switch {
		case e.has(cWeekday):
			return match{a: i, b: j + 1, kind: KindSet, value: "XXXX-WXX-" + string(rune('0'+e.v))}, true
		case e.has(cUnit) && (isPluralUnit(s.folded(j)) || n > 1):
			return match{a: i, b: j + 1, kind: KindSet, value: durationValue(n, e.u)}, true
		}
	case s.is(j, wLe) && s.has(j+1, cWeekday) && !s.isNum(j+2) && !s.has(j+2, cLast) && !s.has(j+2, cNext):
		// uniquement le mercredi, sauf le dimanche: a set
		switch s.folded(j - 1) {
		case "uniquement", "seulement", "sauf", "excepte", "hormis", "chaque", "surtout":
			return match{a: i, b: j + 2, kind: KindSet, value: "XXXX-WXX-" + string(rune('0'+s.lex(j+1).v))}, true
		}
	case s.is(j, wPar):
		j++
		e := s.lex(j)
		if e.has(cUnit) && !isPluralUnit(s.folded(j)) && !s.is(j+1, wDe) && !s.is(j+1, wD) {
			if e.u == uDay && s.folded(j) == "journee" {
				return match{}, false
			}
			return match{a: j, b: j + 1, kind: KindSet, value: durationValue(1, e.u)}, true
		}
	}
	return match{}, false
}

// frSetAdj: annuel, quotidien, hebdomadaire, mensuel as adjectives (after
// a noun), not as nouns (le quotidien, un hebdomadaire).
func (s *state) frSetAdj(i int) (match, bool) {
	p := i - 1
	if p < 0 || s.toks[p].kind != tWord {
		if !(s.punct(p, '»') || s.punct(p, '"')) && !isAdverb(s.folded(i)) {
			return match{}, false
		}
	}
	if e := s.lex(p); e != nil && e.w != wNone && !isAdverb(s.folded(i)) {
		return match{}, false
	}
	switch s.folded(p) {
	case "un", "une", "son", "sa", "ses", "leur", "leurs", "notre", "nos", "votre", "vos", "mon", "ma", "mes", "ce", "cet", "cette", "ces", "quel", "quelle",
		"presse", "journal", "journaux", "edition", "magazine", "revue", "publication":
		return match{}, false // le quotidien, la presse quotidienne
	}
	if s.toks[i].upper || (i+1 < len(s.toks) && s.toks[i+1].kind == tWord && s.toks[i+1].upper) {
		return match{}, false
	}
	return match{a: i, b: i + 1, kind: KindSet, value: s.lex(i).s}, true
}

func isAdverb(w string) bool { return len(w) > 5 && w[len(w)-5:] == "ement" }

// frRef: maintenant, actuellement, désormais (PRESENT_REF); auparavant
// (PAST_REF); l'avenir, le futur, future (FUTURE_REF); prochain and
// précédent used alone (le prochain mariage, le recensement précédent).
func (s *state) frRef(i int) (match, bool) {
	j := i
	if s.is(j, wL) || s.is(j, wLe) {
		j++
	}
	e := s.lex(j)
	if e == nil {
		return match{}, false
	}
	w := s.folded(j)
	switch {
	case e.has(cRef):
		if j != i && w != "avenir" && w != "futur" {
			return match{}, false // only nouns take the determiner: l'avenir
		}
		if s.toks[j].upper && j > 0 && !s.boundary(j-1, true) && !s.newlineBefore(j) {
			return match{}, false // a name
		}
		return match{a: i, b: j + 1, kind: KindTime, value: e.s}, true
	case j == i && (e.has(cNext) && strings.HasPrefix(w, "prochain") || e.has(cLast) && strings.HasPrefix(w, "precedent")):
		// Used alone, as an adjective: le prochain mariage, Prochains
		// mariages, le recensement précédent, un précédent dîner.
		val := "FUTURE_REF"
		if e.has(cLast) {
			val = "PAST_REF"
			if s.folded(i-1) == "sans" || s.is(i-1, wLe) && !s.nounAfter(i+1) {
				return match{}, false
			}
		}
		if s.dateWordNear(i) || s.allCaps(i) {
			return match{}, false
		}
		if e.has(cNext) && !s.nounAfter(i+1) {
			return match{}, false
		}
		return match{a: i, b: i + 1, kind: KindTime, value: val}, true
	}
	return match{}, false
}

// nounAfter reports a plain (non-temporal) word at i.
func (s *state) nounAfter(i int) bool {
	return i < len(s.toks) && s.toks[i].kind == tWord && s.toks[i].lex == 0
}

// dateWordNear reports a unit, weekday, month or number around i: then
// dernier/prochain belong to a date expression.
func (s *state) dateWordNear(i int) bool {
	for _, k := range []int{i - 1, i + 1, i - 2, i + 2} {
		if e := s.lex(k); e != nil && e.cls&(cUnit|cWeekday|cMonth|cSeason|cPOD) != 0 {
			return true
		}
		if s.isNum(k) && (k == i-1 || k == i+1) {
			return true
		}
	}
	return false
}

// frRefPhrase: pour l'instant, pour le moment, en ce moment, à l'heure
// actuelle, de nos jours (PRESENT_REF), à l'avenir (span l'avenir).
func (s *state) frRefPhrase(i int) (match, bool) {
	switch {
	case s.is(i, wPour) && (s.is(i+1, wL) && s.is(i+2, wInstant) || s.is(i+1, wLe) && s.is(i+2, wMoment)):
		return match{a: i, b: i + 3, kind: KindTime, value: "PRESENT_REF"}, true
	case s.is(i, wEn) && s.is(i+1, wCe) && s.is(i+2, wMoment):
		return match{a: i, b: i + 3, kind: KindTime, value: "PRESENT_REF"}, true
	case s.is(i, wA) && s.is(i+1, wL) && s.lex(i+2).has(cUnit) && s.lex(i+2).u == uHour && s.folded(i+3) == "actuelle":
		return match{a: i + 1, b: i + 4, kind: KindTime, value: "PRESENT_REF"}, true
	case s.is(i, wDe) && s.is(i+1, wNos) && s.folded(i+2) == "jours":
		return match{a: i, b: i + 3, kind: KindTime, value: "PRESENT_REF"}, true
	}
	return match{}, false
}

// weekdayAbbr reads an abbreviated weekday (lun, mar, mer, ...): 1..7, or 0.
func weekdayAbbr(w string) int {
	switch w {
	case "lun":
		return 1
	case "mar":
		return 2
	case "mer":
		return 3
	case "jeu":
		return 4
	case "ven":
		return 5
	case "sam":
		return 6
	case "dim":
		return 7
	}
	return 0
}

func isMonthAbbr(w string) bool {
	switch w {
	case "janv", "fevr", "fev", "avr", "juil", "sept", "oct", "nov", "dec":
		return true
	}
	return false
}

// sentenceStart reports that token i opens a sentence or a line.
func (s *state) sentenceStart(i int) bool {
	return i == 0 || s.newlineBefore(i) || s.boundary(i-1, false) || s.punct(i-1, '_') || s.punct(i-1, ':')
}

// allCaps reports a word written in capitals (a title line).
func (s *state) allCaps(i int) bool {
	r := s.raw(i)
	for _, c := range r {
		if c >= 'a' && c <= 'z' || c >= 'à' && c <= 'ÿ' {
			return false
		}
	}
	return len(r) > 1
}
