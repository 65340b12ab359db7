package timex

// Holidays: Noël, Pâques, la Toussaint, le jour de l'An, la
// Saint-Sylvestre, l'Ascension, la Pentecôte, la fête des mères, ... with
// their eves and morrows ("la veille de Noël", "le lundi de Pâques", "le
// week-end de l'Ascension") and an optional year ("Noël 2015", "Pâques de
// l'année prochaine", "la Toussaint dernière"). Without a year the holiday
// is resolved against the publication date like a day and month without a
// year: the tense of the clause decides between last year's and next
// year's.

// holidayRule says how a holiday's day is computed for a year.
type holidayRule uint8

const (
	hFixed      holidayRule = iota // month m, day d
	hEaster                        // Easter Sunday + off days
	hNthWeekday                    // the nth weekday wd of month m (nth < 0: the last)
	hMothersFR                     // French Mother's Day
)

// holiday is one holiday's rule.
type holiday struct {
	rule    holidayRule
	m, d    int // hFixed; m also for hNthWeekday
	off     int // hEaster
	nth, wd int // hNthWeekday
}

// frHolidayWords are the words that name a holiday (folded by the
// lexicon), by code. "nouvel", "fete" and "reveillon" only name one with
// the words that follow them.
var frHolidayWords = map[string][]string{
	"noel":            {"noël", "noel"},
	"paques":          {"pâques", "paques"},
	"toussaint":       {"toussaint"},
	"pentecote":       {"pentecôte", "pentecote"},
	"ascension":       {"ascension"},
	"assomption":      {"assomption"},
	"armistice":       {"armistice"},
	"epiphanie":       {"épiphanie"},
	"chandeleur":      {"chandeleur"},
	"saint-sylvestre": {"saint-sylvestre"},
	"saint-valentin":  {"saint-valentin"},
	"saint-patrick":   {"saint-patrick"},
	"halloween":       {"halloween"},
	"thanksgiving":    {"thanksgiving"},
	"nouvel-an":       {"nouvel-an"},
	"nouvel":          {"nouvel"},
	"fete":            {"fête", "fete"},
	"reveillon":       {"réveillon", "reveillon"},
}

// holidays gives the rule of each holiday code.
var holidays = map[string]holiday{
	"noel":            {rule: hFixed, m: 12, d: 25},
	"nouvel-an":       {rule: hFixed, m: 1, d: 1},
	"toussaint":       {rule: hFixed, m: 11, d: 1},
	"saint-sylvestre": {rule: hFixed, m: 12, d: 31},
	"saint-valentin":  {rule: hFixed, m: 2, d: 14},
	"saint-patrick":   {rule: hFixed, m: 3, d: 17},
	"halloween":       {rule: hFixed, m: 10, d: 31},
	"assomption":      {rule: hFixed, m: 8, d: 15},
	"armistice":       {rule: hFixed, m: 11, d: 11},
	"epiphanie":       {rule: hFixed, m: 1, d: 6},
	"chandeleur":      {rule: hFixed, m: 2, d: 2},
	"fete-travail":    {rule: hFixed, m: 5, d: 1},
	"fete-musique":    {rule: hFixed, m: 6, d: 21},
	"paques":          {rule: hEaster},
	"ascension":       {rule: hEaster, off: 39},
	"pentecote":       {rule: hEaster, off: 49},
	"thanksgiving":    {rule: hNthWeekday, m: 11, nth: 4, wd: 4},
	"fete-peres":      {rule: hNthWeekday, m: 6, nth: 3, wd: 7},
	"fete-meres":      {rule: hMothersFR},
}

// easter returns Easter Sunday of year y (Gregorian computus).
func easter(y int) day {
	a := y % 19
	b, c := y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	dd := (h+l-7*m+114)%31 + 1
	return day{y, month, dd}
}

// nthWeekday returns the nth weekday wd (1 Monday .. 7 Sunday) of month m
// of year y; nth < 0 counts from the end of the month.
func nthWeekday(y, m, nth, wd int) day {
	if nth < 0 {
		ny, nm := addMonths(y, m, 1)
		last := day{ny, nm, 1}.add(-1)
		back := (last.weekday() - wd + 7) % 7
		return last.add(-back - 7*(-nth-1))
	}
	first := day{y, m, 1}
	fwd := (wd - first.weekday() + 7) % 7
	return first.add(fwd + 7*(nth-1))
}

// on returns the holiday's day in year y.
func (h holiday) on(y int) day {
	switch h.rule {
	case hEaster:
		return easter(y).add(h.off)
	case hNthWeekday:
		return nthWeekday(y, h.m, h.nth, h.wd)
	case hMothersFR:
		// The last Sunday of May, or the first of June when it is
		// Pentecost.
		d := nthWeekday(y, 5, -1, 7)
		if d == easter(y).add(49) {
			return nthWeekday(y, 6, 1, 7)
		}
		return d
	}
	return day{y, h.m, h.d}
}

// frHolidayPrefix reads what may come before a holiday's name: "la veille
// de", "le lendemain de", "le jour de", "le lundi de", "le week-end de",
// "le réveillon de". It returns the day offset, the weekday named (0 if
// none), whether a week-end is meant, and the token after "de".
func (s *state) frHolidayPrefix(j int) (off, wd int, weekend, rev, jour bool, next int) {
	e := s.lex(j)
	if e == nil {
		return 0, 0, false, false, false, j
	}
	de := s.is(j+1, wDe) || s.is(j+1, wD) || s.is(j+1, wDu)
	if !de {
		return 0, 0, false, false, false, j
	}
	k := j + 2
	if !s.is(j+1, wDu) && (s.is(k, wLa) || s.is(k, wL)) {
		k++
	}
	switch {
	case e.has(cAnaphor):
		return e.v, 0, false, false, false, k
	case e.has(cWeekday) && !s.toks[j].upper || e.has(cWeekday) && s.sentenceStart(j):
		return 0, e.v, false, false, false, k
	case e.has(cUnit) && e.u == uWeekend:
		return 0, 0, true, false, false, k
	case e.has(cUnit) && e.u == uDay && s.folded(j) == "jour":
		return 0, 0, false, false, true, k
	case e.has(cHoliday) && e.s == "reveillon":
		return 0, 0, false, true, false, k
	case e.has(cHoliday) && e.s == "fete" && !s.is(j+1, wDes):
		return 0, 0, false, false, true, k // la fête de Pâques
	}
	return 0, 0, false, false, false, j
}

// frHolidayName reads a holiday's name at j: its code and the token after.
func (s *state) frHolidayName(j int, jour bool) (string, int) {
	e := s.lex(j)
	if e == nil {
		return "", j
	}
	if jour && s.is(j-1, wL) && s.folded(j) == "an" {
		return "nouvel-an", j + 1 // le jour de l'An
	}
	if !e.has(cHoliday) {
		return "", j
	}
	code := e.s
	switch code {
	case "nouvel":
		if s.folded(j+1) != "an" {
			return "", j
		}
		j++
		code = "nouvel-an"
	case "fete":
		switch {
		case s.is(j+1, wDes) && (s.folded(j+2) == "meres" || s.folded(j+2) == "peres"):
			code = "fete-" + s.folded(j + 2)[:5]
			j += 2
		case s.is(j+1, wDu) && s.folded(j+2) == "travail":
			code = "fete-travail"
			j += 2
		case s.is(j+1, wDe) && s.is(j+2, wLa) && s.folded(j+3) == "musique":
			code = "fete-musique"
			j += 3
		case s.is(j+1, wDu) && s.folded(j+2) == "nouvel" && s.folded(j+3) == "an":
			code = "nouvel-an" // la fête du nouvel an
			j += 3
		default:
			return "", j
		}
	case "reveillon":
		return "", j
	case "ascension", "assomption", "armistice", "epiphanie", "chandeleur":
		// Common nouns as well: the feast is written with a capital.
		if !s.toks[j].upper {
			return "", j
		}
	case "noel", "toussaint":
		// A first name: Noël Mamère, le Père Noël, Toussaint Louverture.
		if n := j + 1; n < len(s.toks) && s.toks[n].kind == tWord && s.toks[n].upper && !s.toks[n].nl && s.lex(n) == nil {
			return "", j
		}
		if w := s.folded(j - 1); w == "pere" || w == "papa" {
			return "", j
		}
	case "paques":
		if s.folded(j-2) == "ile" {
			return "", j // l'île de Pâques
		}
	}
	if code == "nouvel-an" {
		switch s.folded(j + 1) {
		case "chinois", "lunaire", "juif", "persan", "iranien", "vietnamien", "tibetain", "orthodoxe":
			return "", j // not the first of January
		}
	}
	return code, j + 1
}

// frHoliday: Noël, la Toussaint 2015, le lundi de Pâques, la veille du
// jour de l'An, le week-end de l'Ascension, la fête des mères, le
// réveillon de la Saint-Sylvestre, Pâques de l'année prochaine.
func (s *state) frHoliday(i int) (match, bool) {
	j := s.optDet(i)
	if s.is(j, wCe) || s.is(j, wCette) || s.is(j, wCet) {
		j++ // cette fête de Pentecôte, ce Noël
	}
	off, wd, weekend, rev, jour, k := s.frHolidayPrefix(j)
	if k != j && off != 0 && s.folded(k) == "jour" {
		// la veille du jour de l'An
		if _, _, _, _, jour2, k2 := s.frHolidayPrefix(k); jour2 {
			jour, k = true, k2
		}
	}
	j0 := j
	j = k
	code, b := s.frHolidayName(j, jour)
	if code == "" && k != j0 && s.lex(j0).has(cHoliday) {
		// la fête du travail: "fête" names the holiday itself.
		off, wd, weekend, rev, jour = 0, 0, false, false, false
		j = j0
		code, b = s.frHolidayName(j, false)
	}
	if code == "" && wd == 0 && !weekend && !rev && !jour && off == 0 && s.lex(j).has(cWeekday) && s.lex(j).v == 5 && s.folded(j+1) == "saint" && s.folded(j-2) != "accord" {
		code, b, off = "paques", j+2, -2 // le vendredi saint
	}
	if code == "" {
		return match{}, false
	}
	h := holidays[code]
	if rev {
		switch code {
		case "noel", "nouvel-an":
			off = -1 // le réveillon de Noël, du Nouvel An: the eve
		case "saint-sylvestre":
		default:
			return match{}, false
		}
	}
	if wd != 0 && h.rule != hEaster {
		return match{}, false // lundi de Pâques, jeudi de l'Ascension only
	}
	// The year: Noël 2015, Pâques de 2018, la Toussaint dernière, Noël
	// de l'an prochain.
	y, dir := 0, 0
	switch {
	case s.isNum(b):
		if yy, k, ok := s.yearAfter(b); ok && s.toks[b].ndig == 4 {
			y, b = yy, k
		}
	case (s.is(b, wDe) || s.is(b, wEn)) && s.isNum(b+1) && s.toks[b+1].ndig == 4:
		if yy, k, ok := s.yearAfter(b + 1); ok {
			y, b = yy, k
		}
	case (s.is(b, wDe) || s.is(b, wD)) && s.is(b+1, wL) && s.lex(b+2).has(cUnit) && s.lex(b+2).u == uYear && s.lastNext(b+3) != 0:
		if s.dct.ok() {
			y = s.dct.y + s.lastNext(b+3)
		}
		b += 4
	case s.lastNext(b) != 0:
		dir = s.lastNext(b)
		b++
	}
	m := match{a: i, b: b, kind: KindDate}
	at := func(y int) day {
		d := h.on(y)
		if wd != 0 {
			d = d.add((wd - d.weekday() + 7) % 7)
		}
		return d.add(off)
	}
	var d day
	switch {
	case y != 0:
		d = at(y)
	case !s.dct.ok():
		if h.rule == hFixed {
			d0 := day{2000, h.m, h.d}.add(off)
			m.value = "XXXX" + fmtDay(d0)[4:]
		}
		return m, true
	default:
		if dir == 0 {
			c := at(s.dct.y)
			dir = s.tenseDir(i, b, c.m, c.d)
		}
		d = s.pickHoliday(at, dir)
	}
	if weekend {
		yy, w := d.time().ISOWeek()
		m.value = fmtWeek(yy, w) + "-WE"
		return m, true
	}
	m.d = d
	m.value = fmtDay(d)
	return m, true
}

// pickHoliday chooses the occurrence of a holiday relative to the
// publication date: the last one not after it (dir < 0), the next one not
// before it (dir > 0), or the nearest.
func (s *state) pickHoliday(at func(int) day, dir int) day {
	cur := at(s.dct.y)
	if cur == s.dct {
		return cur
	}
	prev, next := cur, at(s.dct.y+1)
	if s.dct.before(cur) {
		prev, next = at(s.dct.y-1), cur
	}
	switch {
	case dir < 0:
		return prev
	case dir > 0:
		return next
	}
	if absDays(prev, s.dct) <= absDays(next, s.dct) {
		return prev
	}
	return next
}
