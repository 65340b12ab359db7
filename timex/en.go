package timex

// English rules, for Ref.Lang == "en". They mirror the French ones and
// reuse their resolution; spans keep "the" but not prepositions ("on
// Tuesday" gives "Tuesday").

func (s *state) matchEN(i int) (match, bool) {
	var best match
	found := false
	try := func(m match, ok bool) {
		if ok && m.b > m.a && (!found || m.b > best.b) {
			best, found = m, true
		}
	}
	if s.toks[i].kind == tNum {
		try(s.frNumericDate(i))
		try(s.enDayMonth(i))
		try(s.enClock(i))
		try(s.enDuration(i))
		try(s.enYear(i))
	} else {
		e := s.lex(i)
		if e == nil {
			return match{}, false
		}
		if e.has(cMonth) {
			try(s.enMonthDay(i))
			try(s.enMonth(i))
		}
		if e.has(cWeekday) {
			try(s.enWeekday(i, i, 0))
		}
		if e.has(cDeictic) || e.w == wTonight {
			try(s.enDeictic(i))
		}
		if e.has(cLast) || e.has(cNext) || e.w == wThis || e.w == wThe || e.w == wEarlier || e.w == wLater {
			try(s.enRelative(i))
			try(s.enDurationGroup(i))
		}
		if e.has(cBoundary) || e.w == wThe {
			try(s.enBoundary(i))
		}
		if e.has(cNum) || e.has(cApprox) || e.has(cVague) || e.w == wA1 || e.w == wMore || e.w == wLess || e.w == wOver {
			try(s.enDuration(i))
		}
		if e.w == wThe {
			try(s.enDayMonth(i))
			try(s.enDecade(i))
			try(s.enAnaphor(i))
		}
		if e.w == wIn || e.w == wWithin {
			try(s.enIn(i))
		}
		if e.w == wEvery || e.w == wEach || e.w == wPer {
			try(s.enSet(i))
		}
		if e.has(cSetAdj) {
			try(match{a: i, b: i + 1, kind: KindSet, value: e.s}, !s.toks[i].upper || s.sentenceStart(i))
		}
		if e.has(cRef) {
			try(match{a: i, b: i + 1, kind: KindTime, value: e.s}, true)
		}
		if e.has(cClock) && (s.is(i-1, wAt) || s.is(i-1, wBy) || s.is(i-1, wBefore) || s.is(i-1, wAfter) || s.is(i-1, wUntil) || s.is(i-1, wAround)) {
			d := s.anchor
			h := e.v
			if h == 0 {
				h = 24
			}
			try(match{a: i, b: i + 1, kind: KindTime, d: d, value: fmtClock(d, h, 0)}, true)
		}
		if e.has(cSeason) {
			try(s.enSeason(i))
		}
	}
	if found && best.mod == "" && (best.kind == KindDate || best.kind == KindTime) {
		switch {
		case s.is(best.a-1, wBefore), s.is(best.a-1, wBy), s.is(best.a-1, wUntil):
			best.mod = "BEFORE"
		case s.is(best.a-1, wAfter):
			best.mod = "AFTER"
		case s.is(best.a-1, wAround) || s.is(best.a-1, wAbout):
			best.mod = "APPROX"
		}
	}
	return best, found
}

// enOrdinalSuffix skips st/nd/rd/th glued to a number.
func (s *state) enOrdinalSuffix(j int) int {
	if s.glued(j) && s.is(j, wEr) {
		return j + 1
	}
	return j
}

// enMonthDay: March 4, 2019; March 4th; Mar. 4; March 4 (year from the
// publication date and tense).
func (s *state) enMonthDay(i int) (match, bool) {
	e := s.lex(i)
	if !s.enMonthOK(i) {
		return match{}, false
	}
	j := i + 1
	if s.punct(j, '.') && s.glued(j) {
		j++
	}
	if !s.isNum(j) || s.toks[j].ndig > 2 {
		return match{}, false
	}
	d := int(s.toks[j].num)
	j = s.enOrdinalSuffix(j + 1)
	y, hasYear := 0, false
	k := j
	if s.punct(k, ',') {
		k++
	}
	if s.isNum(k) && s.toks[k].ndig == 4 {
		y, hasYear, j = int(s.toks[k].num), true, k+1
	}
	return s.dayMatch(i, j, e.v, d, y, hasYear, 0, 0)
}

// enDayMonth: [the] 4 March [2019], the 4th of March.
func (s *state) enDayMonth(i int) (match, bool) {
	j := i
	if s.is(j, wThe) {
		j++
	}
	if !s.isNum(j) || s.toks[j].ndig > 2 {
		return match{}, false
	}
	d := int(s.toks[j].num)
	j = s.enOrdinalSuffix(j + 1)
	if s.is(j, wOf) {
		j++
	}
	e := s.lex(j)
	if !e.has(cMonth) || e.s == "MID" || !s.enMonthOK(j) {
		return match{}, false
	}
	j++
	y, hasYear := 0, false
	if s.isNum(j) && s.toks[j].ndig == 4 {
		y, hasYear, j = int(s.toks[j].num), true, j+1
	}
	return s.dayMatch(i, j, e.v, d, y, hasYear, 0, 0)
}

// dayMatch is the match of tokens a..b naming day d of month mon, of year
// y when hasYear, else resolved against the reference date (weekday wd
// and direction dir, as resolveMonthDay takes them).
func (s *state) dayMatch(a, b, mon, d, y int, hasYear bool, wd, dir int) (match, bool) {
	if !validDay(y, mon, d) {
		return match{}, false
	}
	m := match{a: a, b: b, kind: KindDate}
	switch {
	case hasYear:
		m.d = day{y, mon, d}
		s.noteYear(y, b)
	case !s.dct.ok():
		m.d = day{0, mon, d}
	default:
		m.d = s.resolveMonthDay(a, b, mon, d, wd, dir)
	}
	m.value = fmtDay(m.d)
	return m, true
}

// enMonthOK rejects "may" and "march" written in lower case (a verb).
func (s *state) enMonthOK(i int) bool {
	if s.toks[i].upper {
		return true
	}
	switch s.folded(i) {
	case "may", "march", "sept", "jan", "mar", "jun", "aug", "oct", "dec":
		return false
	}
	return true
}

// enMonth: March 2019, in March, mid-March, last March.
func (s *state) enMonth(i int) (match, bool) {
	e := s.lex(i)
	if !s.enMonthOK(i) || (len(s.folded(i)) <= 3 && !s.punct(i+1, '.')) && !s.isNum(i+1) {
		return match{}, false
	}
	if !s.toks[i].upper && e.s != "MID" {
		return match{}, false
	}
	if s.folded(i) == "may" && !(s.isNum(i+1) || s.is(i-1, wIn) || s.is(i-1, wSince) || s.is(i-1, wUntil) || s.is(i-1, wOf) || s.has(i-1, cBoundary) || s.has(i-1, cLast) || s.has(i-1, cNext) || s.is(i-1, wThis)) {
		return match{}, false // May as a modal or a name
	}
	j := i + 1
	if s.punct(j, '.') && s.glued(j) {
		j++
	}
	m := match{a: i, kind: KindDate, mod: e.s}
	if s.isNum(j) && s.toks[j].ndig == 4 {
		y := int(s.toks[j].num)
		s.noteYear(y, j+1)
		m.b = j + 1
		m.value = fmtMonth(y, e.v)
		return m, true
	}
	m.b = i + 1
	if !s.dct.ok() {
		m.value = fmtMonth(0, e.v)
		return m, true
	}
	if y, ok := s.yearContext(i); ok {
		m.value = fmtMonth(y, e.v)
		return m, true
	}
	dir := 0
	switch {
	case s.has(i-1, cLast):
		dir, m.a = -1, i-1
	case s.has(i-1, cNext):
		dir, m.a = 1, i-1
	default:
		dir = s.tenseDir(i, i+1, e.v, 0)
	}
	y := pickYear(s.dct, e.v, 0, dir)
	m.value = fmtMonth(y, e.v)
	return m, true
}

// enYear: 2019, in 1998 (span: the number).
func (s *state) enYear(i int) (match, bool) {
	t := &s.toks[i]
	if t.ndig != 4 || t.num < 1000 || t.num > 2199 {
		return match{}, false
	}
	if s.glued(i) && (s.punct(i-1, '.') || s.punct(i-1, ',') || s.punct(i-1, '$') || s.isNum(i-1)) {
		return match{}, false
	}
	if s.glued(i+1) && (s.punct(i+1, '.') || s.punct(i+1, ',')) && s.isNum(i+2) && s.glued(i+2) {
		return match{}, false
	}
	if s.punct(i+1, '%') || s.has(i+1, cUnit) {
		return match{}, false
	}
	n := i + 1
	if n < len(s.toks) && s.toks[n].kind == tWord && !s.toks[n].upper && s.lex(n) == nil && !(s.is(i-1, wIn) || s.is(i-1, wSince) || s.is(i-1, wOf) || s.is(i-1, wBy) || s.is(i-1, wUntil)) {
		switch s.folded(n) {
		case "when", "after", "before", "and", "or", "as", "but", "was", "is", "had", "has", "have", "were", "the", "a", "an", "he", "she", "it", "they", "we", "election", "elections", "season", "budget", "census":
		default:
			if s.glued(n) && s.toks[n].kind == tWord && s.is(n, wEr) {
				return match{}, false
			}
			return match{}, false
		}
	}
	s.noteYear(int(t.num), i+1)
	return match{a: i, b: i + 1, kind: KindDate, value: fmtYear(int(t.num))}, true
}

// enWeekday: Tuesday, last Tuesday, next Tuesday, this Tuesday, Tuesday
// night. dir forces the direction; a starts the span.
func (s *state) enWeekday(a, j, dir int) (match, bool) {
	e := s.lex(j)
	if !e.has(cWeekday) || s.folded(j)[len(s.folded(j))-1] == 's' {
		return match{}, false
	}
	// Tuesday, March 4
	if k := j + 1; s.punct(k, ',') || s.has(k, cMonth) {
		if s.punct(k, ',') {
			k++
		}
		if s.has(k, cMonth) {
			if m, ok := s.enMonthDay(k); ok {
				m.a = a
				return m, true
			}
		}
	}
	wd := e.v
	b := j + 1
	m := match{a: a, kind: KindDate}
	var d day
	switch {
	case !s.dct.ok():
	case dir != 0:
		d = nearestWeekday(s.dct, wd, dir, false)
	case s.anchor != s.dct && s.anchor.weekday() == wd && absDays(s.anchor, s.dct) <= 7:
		d = s.anchor
	default:
		switch s.tenseAt(a, b) {
		case tensePast:
			d = nearestWeekday(s.dct, wd, -1, true)
		case tenseFuture:
			d = nearestWeekday(s.dct, wd, 1, true)
		default:
			d = nearestWeekday(s.dct, wd, 0, true)
		}
	}
	m.d = d
	if pe := s.lex(b); pe.has(cPOD) {
		m.b = b + 1
		m.kind = KindTime
		if d.ok() {
			m.value = podValue(d, pe.s)
		} else {
			m.value = "XXXX-WXX-" + string(rune('0'+wd)) + "T" + pe.s
		}
		return m, true
	}
	m.b = b
	if d.ok() {
		m.value = fmtDay(d)
	} else {
		m.value = "XXXX-WXX-" + string(rune('0'+wd))
	}
	return m, true
}

// enDeictic: yesterday, today, tomorrow, tonight, yesterday morning.
func (s *state) enDeictic(i int) (match, bool) {
	e := s.lex(i)
	off := e.v
	var d day
	if s.dct.ok() {
		d = s.dct.add(off)
	}
	if e.w == wTonight {
		return match{a: i, b: i + 1, kind: KindTime, d: d, value: podValue(d, "NI")}, true
	}
	m := match{a: i, b: i + 1, kind: KindDate, d: d, value: fmtDayOK(d)}
	if pe := s.lex(i + 1); pe.has(cPOD) {
		m.b, m.kind, m.value = i+2, KindTime, podValue(d, pe.s)
	}
	return m, true
}

// enRelative: last week, next month, this year, last night, this
// morning, last Tuesday, earlier this month (span: this month).
func (s *state) enRelative(i int) (match, bool) {
	e := s.lex(i)
	dir := 0
	switch {
	case e.has(cLast):
		dir = -1
	case e.has(cNext):
		dir = 1
	case e.w == wThis:
	case e.w == wThe && (s.has(i+1, cLast) || s.has(i+1, cNext)):
		// the next day, the previous week: from the last date mentioned
		return s.enAnaphor(i)
	default:
		return match{}, false
	}
	j := i + 1
	n := s.lex(j)
	switch {
	case n.has(cWeekday):
		return s.enWeekday(i, j, dir)
	case n.has(cPOD):
		if !s.dct.ok() {
			return match{a: i, b: j + 1, kind: KindTime}, true
		}
		d := s.dct
		if dir < 0 {
			d = d.add(-1) // last night
		}
		return match{a: i, b: j + 1, kind: KindTime, d: d, value: podValue(d, n.s)}, true
	case n.has(cSeason):
		m := match{a: i, b: j + 1, kind: KindDate}
		if s.dct.ok() {
			m.value = seasonValue(s.dct, n.s, dir)
		}
		return m, true
	case n.has(cMonth):
		if m, ok := s.enMonth(j); ok && m.b == j+1 {
			m.a = i
			if s.dct.ok() {
				m.value = fmtMonth(pickYear(s.dct, n.v, 0, dir), n.v)
			}
			return m, true
		}
		return match{}, false
	case n.has(cUnit):
		if s.isNum(j+1) || s.has(j+1, cNum) {
			return match{}, false
		}
		m := match{a: i, b: j + 1, kind: KindDate}
		if !s.dct.ok() {
			return m, true
		}
		switch n.u {
		case uDay:
			m.d = s.dct.add(dir)
			m.value = fmtDay(m.d)
		case uWeek:
			y, w := s.dct.add(7 * dir).time().ISOWeek()
			m.value = fmtWeek(y, w)
		case uWeekend:
			m.value = s.weekendValue(dir, s.tenseAt(i, j+1))
		case uMonth:
			y, mo := addMonths(s.dct.y, s.dct.m, dir)
			m.value = fmtMonth(y, mo)
		case uYear:
			m.value = fmtYear(s.dct.y + dir)
		case uQuarter:
			q := (s.dct.m-1)/3 + dir
			y := s.dct.y
			if q < 0 {
				q, y = 3, y-1
			} else if q > 3 {
				q, y = 0, y+1
			}
			m.value = fmtYear(y) + "-Q" + string(rune('1'+q))
		default:
			return match{}, false
		}
		return m, true
	}
	return match{}, false
}

// enAnaphor: the day before, the next day, the following day, the
// previous day.
func (s *state) enAnaphor(i int) (match, bool) {
	j := i + 1
	off := 0
	switch {
	case s.has(j, cNext) && s.lex(j+1).has(cUnit) && s.lex(j+1).u == uDay:
		off, j = 1, j+2
	case s.has(j, cLast) && s.lex(j+1).has(cUnit) && s.lex(j+1).u == uDay:
		off, j = -1, j+2
	case s.lex(j).has(cUnit) && s.lex(j).u == uDay && s.is(j+1, wBefore):
		off, j = -1, j+2
	case s.lex(j).has(cUnit) && s.lex(j).u == uDay && s.is(j+1, wAfter):
		off, j = 1, j+2
	default:
		return match{}, false
	}
	var d day
	if s.anchor.ok() {
		d = s.anchor.add(off)
	}
	return match{a: i, b: j, kind: KindDate, d: d, value: fmtDayOK(d)}, true
}

// enBoundary: early March, late 2018, mid-2019, the end of the year, the
// beginning of next month.
func (s *state) enBoundary(i int) (match, bool) {
	j := i
	if s.is(j, wThe) {
		j++
	}
	e := s.lex(j)
	if !e.has(cBoundary) {
		return match{}, false
	}
	mod := e.s
	j++
	if mod == "MID" && s.punct(j, '-') && s.glued(j) {
		j++
	}
	if s.is(j, wOf) {
		j++
	}
	if s.is(j, wThe) {
		j++
	}
	var m match
	var ok bool
	switch {
	case s.has(j, cMonth):
		m, ok = s.enMonth(j)
	case s.isNum(j):
		m, ok = s.enYear(j)
	case s.is(j, wThis) || s.has(j, cLast) || s.has(j, cNext):
		m, ok = s.enRelative(j)
	case s.lex(j).has(cUnit) && s.dct.ok():
		switch s.lex(j).u {
		case uYear:
			m, ok = match{b: j + 1, kind: KindDate, value: fmtYear(s.dct.y)}, true
		case uMonth:
			m, ok = match{b: j + 1, kind: KindDate, value: fmtMonth(s.dct.y, s.dct.m)}, true
		case uWeek:
			y, w := s.dct.time().ISOWeek()
			m, ok = match{b: j + 1, kind: KindDate, value: fmtWeek(y, w)}, true
		}
	}
	if !ok {
		return match{}, false
	}
	m.a, m.mod = i, mod
	return m, true
}

// enDecade: the 1990s, the '90s, the nineties (1990s only).
func (s *state) enDecade(i int) (match, bool) {
	j := i + 1
	if !s.isNum(j) || s.toks[j].num%10 != 0 || !s.glued(j+1) || s.folded(j+1) != "s" {
		return match{}, false
	}
	n := int(s.toks[j].num)
	switch s.toks[j].ndig {
	case 4:
	case 2:
		n = s.century2(n)
	default:
		return match{}, false
	}
	return match{a: i, b: j + 2, kind: KindDate, value: string(pad(nil, n/10, 3)) + "X"}, true
}

// enClock: 3 p.m., 3:30 pm, 15:30, 9am, 10 o'clock.
func (s *state) enClock(i int) (match, bool) {
	t := &s.toks[i]
	if t.ndig > 2 || t.num > 24 || s.glued(i) && (s.isNum(i-1) || s.punct(i-1, '.') || s.punct(i-1, ',') || s.punct(i-1, ':')) {
		return match{}, false
	}
	h, mi := int(t.num), 0
	j := i + 1
	colon := false
	if s.punct(j, ':') && s.glued(j) && s.isNum(j+1) && s.glued(j+1) && s.toks[j+1].ndig == 2 && s.toks[j+1].num < 60 {
		mi, j, colon = int(s.toks[j+1].num), j+2, true
	}
	ampm := ""
	switch w := s.folded(j); {
	case w == "am" || w == "pm":
		ampm, j = w, j+1
	case (w == "a" || w == "p") && s.punct(j+1, '.') && s.folded(j+2) == "m":
		ampm, j = w+"m", j+3
		if s.punct(j, '.') && s.glued(j) {
			j++
		}
	case w == "o" && s.punct(j+1, '\'') && s.folded(j+2) == "clock":
		j += 3
		ampm = "oclock"
	}
	if ampm == "" && !colon {
		return match{}, false
	}
	if ampm == "pm" && h < 12 {
		h += 12
	}
	if ampm == "am" && h == 12 {
		h = 0
	}
	if h > 24 {
		return match{}, false
	}
	d := s.anchor
	// 10:30 a.m. EST on Tuesday, 9 pm yesterday: the day follows.
	k := j
	if k < len(s.toks) && s.toks[k].kind == tWord && s.allCaps(k) && len(s.raw(k)) <= 4 {
		k++ // a time zone
	}
	if s.punct(k, ',') {
		k++
	}
	if s.is(k, wOn) {
		k++
	}
	switch e := s.lex(k); {
	case e.has(cDeictic) && s.dct.ok():
		d = s.dct.add(e.v)
	case e.has(cWeekday) && s.dct.ok():
		if wm, ok := s.enWeekday(k, k, 0); ok && wm.d.ok() {
			d = wm.d
		}
	}
	return match{a: i, b: j, kind: KindTime, d: d, value: fmtClock(d, h, mi)}, true
}

// enNumber parses digits or number words (twenty-four, a, an).
func (s *state) enNumber(i int) (float64, int, bool) {
	if s.isNum(i) {
		v, j, _, ok := s.frNumber(i)
		return v, j, ok
	}
	e := s.lex(i)
	switch {
	case e == nil:
		return 0, i, false
	case e.w == wA1:
		if s.is(i+1, wHalf) {
			return 0.5, i + 2, true
		}
		return 1, i + 1, true
	case e.has(cNum):
		v, j := e.v, i+1
		if v == 100 || v == 1000 {
			return float64(v), j, true
		}
		if n := s.lex(j); n.has(cNum) && (n.v == 100 || n.v == 1000) {
			v *= n.v
			j++
		}
		return float64(v), j, true
	}
	return 0, i, false
}

// enDuration: three days, 48 hours, more than 10 years, about two months,
// a week, two and a half years; "two days ago" is a date.
func (s *state) enDuration(i int) (match, bool) {
	j := i
	mod := ""
	switch {
	case s.has(j, cApprox):
		mod = "APPROX"
		j++
	case (s.is(j, wMore) || s.is(j, wLess)) && s.is(j+1, wThan):
		mod = "MORE_THAN"
		if s.is(j, wLess) {
			mod = "LESS_THAN"
		}
		j += 2
	case s.is(j, wOver):
		mod = "MORE_THAN"
		j++
	}
	start := j
	if s.has(j, cVague) {
		e := s.lex(j + 1)
		if e.has(cUnit) && isPluralUnit(s.folded(j+1)) {
			return match{a: i, b: j + 2, kind: KindDuration, mod: mod, value: durationValue(-1, e.u)}, true
		}
		return match{}, false
	}
	n, k, ok := s.enNumber(j)
	if !ok {
		return match{}, false
	}
	j = k
	if s.is(j, wAnd) && s.is(j+1, wA1) && s.is(j+2, wHalf) {
		n += 0.5
		j += 3
	}
	if s.punct(j, '-') && s.glued(j) && s.glued(j+1) {
		j++ // a 10-year plan
	}
	e := s.lex(j)
	if !e.has(cUnit) {
		// 38-year-old is one word: year-old
		return match{}, false
	}
	if s.toks[j].upper && !s.allCaps(j) {
		return match{}, false
	}
	b := j + 1
	if e.u == uYear && (s.is(b, wOld) || s.punct(b, '-') && s.is(b+1, wOld) || s.folded(i-1) == "aged") {
		return match{}, false
	}
	if s.is(b, wAgo) {
		dm := match{a: i, b: b, value: durationValue(n, e.u)}
		if mod != "" || n != float64(int(n)) {
			return match{}, false
		}
		m, ok := s.offsetDate(start, dm, -1)
		m.a, m.b = i, b+1
		return m, ok
	}
	v := durationValue(n, e.u)
	if v == "" {
		return match{}, false
	}
	return match{a: i, b: b, kind: KindDuration, mod: mod, value: v}, true
}

// enDurationGroup: the past three days, the last two years, the next
// few weeks.
func (s *state) enDurationGroup(i int) (match, bool) {
	j := i
	if s.is(j, wThe) {
		j++
	}
	dir := s.lastNext(j)
	if dir == 0 {
		return match{}, false
	}
	j++
	n := -1.0
	if s.has(j, cVague) {
		j++
	} else if v, k, ok := s.enNumber(j); ok {
		n, j = v, k
	} else {
		return match{}, false
	}
	e := s.lex(j)
	if !e.has(cUnit) || !isPluralUnit(s.folded(j)) {
		return match{}, false
	}
	return match{a: i, b: j + 1, kind: KindDuration, value: durationValue(n, e.u), future: dir > 0}, true
}

// enIn: in two days (a date), within two weeks (a duration ahead).
func (s *state) enIn(i int) (match, bool) {
	dm, ok := s.enDuration(i + 1)
	if !ok || dm.kind != KindDuration || dm.mod != "" {
		return match{}, false
	}
	if s.is(i, wWithin) {
		dm.future = true
		return dm, true
	}
	if s.isNum(i+1) && s.toks[i+1].ndig == 4 {
		return match{}, false
	}
	return s.offsetDate(i, dm, 1)
}

// enSet: every day, each year, every Monday, per year (span: year).
func (s *state) enSet(i int) (match, bool) {
	j := i + 1
	e := s.lex(j)
	switch {
	case e.has(cWeekday):
		return match{a: i, b: j + 1, kind: KindSet, value: "XXXX-WXX-" + string(rune('0'+e.v))}, true
	case e.has(cUnit):
		if s.is(i, wPer) {
			return match{a: j, b: j + 1, kind: KindSet, value: durationValue(1, e.u)}, true
		}
		return match{a: i, b: j + 1, kind: KindSet, value: durationValue(1, e.u)}, true
	}
	return match{}, false
}

// enSeason: this summer, last winter, summer 2019, in the spring.
func (s *state) enSeason(i int) (match, bool) {
	e := s.lex(i)
	if s.isNum(i+1) && s.toks[i+1].ndig == 4 {
		return match{a: i, b: i + 2, kind: KindDate, value: fmtYear(int(s.toks[i+1].num)) + "-" + e.s}, true
	}
	a := i
	if s.is(i-1, wThe) {
		a = i - 1
	}
	m := match{a: a, b: i + 1, kind: KindDate, value: "XXXX-" + e.s}
	if s.dct.ok() && a != i {
		m.value = seasonValue(s.dct, e.s, 0)
	}
	return m, true
}
