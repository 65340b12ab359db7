package timex

import (
	"sort"
	"strings"
)

// class is a bit set of the roles a word can play in a temporal expression.
type class uint32

const (
	cMonth    class = 1 << iota // v: 1..12; s "MID" for mi-mars
	cWeekday                    // v: 1 (Monday) .. 7 (Sunday)
	cNum                        // v: its value (number words)
	cUnit                       // u: the unit
	cDeictic                    // v: day offset from the publication date
	cAnaphor                    // v: day offset from the last date mentioned
	cPOD                        // s: part of day code (MO, AF, EV, NI, DT)
	cSeason                     // s: season code (SP, SU, FA, WI)
	cLast                       // dernier, passé, précédent; last, past
	cNext                       // prochain, suivant; next, coming
	cRef                        // s: PRESENT_REF, PAST_REF, FUTURE_REF (a TIME)
	cSetAdj                     // s: period of a set (annuel: P1Y)
	cOrdinal                    // v: ordinal value (premier: 1)
	cBoundary                   // s: START, MID, END
	cVague                      // quelques, plusieurs: an unknown count
	cApprox                     // s: the Mod of an approximating prefix
	cClock                      // v: hour (midi: 12, minuit: 0); noon, midnight
	cHoliday                    // s: the holiday's code (see holidays)
)

// unit is a calendar unit for durations and relative expressions.
type unit uint8

const (
	uNone unit = iota
	uSecond
	uMinute
	uHour
	uDay
	uWeek
	uWeekend
	uMonth
	uQuarter
	uSemester
	uYear
	uDecade
	uCentury
	uMillennium
	uQuinquennium
	uSeptennium
)

// word identifies the function words the rules test for.
type word uint16

const (
	wNone word = iota
	wLe
	wLa
	wLes
	wL // l'
	wDu
	wAu
	wAux
	wDe
	wD // d'
	wDes
	wA // à
	wEn
	wEt
	wOu
	wIl
	wY
	wIci
	wDans
	wDepuis
	wJusqu
	wJusque
	wPar
	wChaque
	wTous
	wToutes
	wToute
	wTout
	wVers
	wAvant
	wApres
	wPendant
	wDurant
	wDesFrom // dès
	wPour
	wInstant
	wMoment
	wPartir
	wCours
	wCourant
	wMeme
	wJour
	wCe
	wCet
	wCette
	wCes
	wPlus
	wMoins
	wPres
	wUn
	wUne
	wH  // h (heure abbreviation)
	wEr // er, re, e, eme (ordinal suffixes)
	wSiecle
	wFois
	wQu // qu'
	wA2 // "a" (avoir)
	wAge
	wAgee
	wAges
	wAgees
	wEpoque
	wLocale
	wNos
	wEnviron
	wSoit
	wSur
	wSaison
	wEntre

	// English.
	wThe
	wOn
	wIn
	wAt
	wOf
	wBy
	wUntil
	wSince
	wBefore
	wAfter
	wAgo
	wThis
	wThat
	wEvery
	wEach
	wA1 // a, an
	wFor
	wFrom
	wTo
	wAnd
	wOr
	wAm
	wPm
	wOclock
	wEarlier
	wLater
	wWithin
	wPer
	wAround
	wAbout
	wMore
	wLess
	wThan
	wOver
	wDayEn
	wYearEn
	wOld
	wHalf
	wYesterday
	wToday
	wTomorrow
	wTonight
)

// entry is what the lexicon knows about one folded word.
type entry struct {
	cls class
	w   word
	v   int
	u   unit
	s   string
}

func (e *entry) has(c class) bool { return e != nil && e.cls&c != 0 }

// lexicons, built once.
var (
	lexFR = newLexTable(buildFR())
	lexEN = newLexTable(buildEN())
)

type lexBuilder map[string]*entry

// lexTable is a read-only open-addressing hash table from folded words to
// entries, faster than a map for the one look-up per word of the text.
// Tokens keep the index of their entry in list (0: none), so that they
// hold no pointer.
type lexTable struct {
	hashes []uint32 // 0: empty slot
	slots  []uint16 // index in list
	list   []*entry // list[0] is nil
	keys   []string
	mask   uint32
}

func newLexTable(m map[string]*entry) *lexTable {
	n := 1
	for n < 4*len(m) {
		n <<= 1
	}
	t := &lexTable{hashes: make([]uint32, n), slots: make([]uint16, n), list: []*entry{nil}, keys: []string{""}, mask: uint32(n - 1)}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		h := hashKey(k)
		i := h & t.mask
		for t.hashes[i] != 0 {
			i = (i + 1) & t.mask
		}
		t.hashes[i], t.slots[i] = h, uint16(len(t.list))
		t.list = append(t.list, m[k])
		t.keys = append(t.keys, k)
	}
	return t
}

// hashKey hashes a key from its length and at most its first and last
// eight bytes, read a word at a time (keys that share them only probe
// further); it is never 0.
func hashKey[T string | []byte](k T) uint32 {
	n := len(k)
	h := uint64(n)
	switch {
	case n >= 8:
		h ^= load64(k[:8]) ^ load64(k[n-8:])*0xff51afd7ed558ccd
	case n >= 4:
		h ^= uint64(load32(k[:4]))<<8 ^ uint64(load32(k[n-4:]))<<32
	case n > 0:
		h ^= uint64(k[0])<<8 | uint64(k[n/2])<<16 | uint64(k[n-1])<<24
	}
	h *= 0x9e3779b97f4a7c15
	if x := uint32(h >> 32); x != 0 {
		return x
	}
	return 1
}

// load64 reads the first eight bytes of k, little-endian.
func load64[T string | []byte](k T) uint64 {
	_ = k[7]
	return uint64(k[0]) | uint64(k[1])<<8 | uint64(k[2])<<16 | uint64(k[3])<<24 |
		uint64(k[4])<<32 | uint64(k[5])<<40 | uint64(k[6])<<48 | uint64(k[7])<<56
}

// load32 reads the first four bytes of k, little-endian.
func load32[T string | []byte](k T) uint32 {
	_ = k[3]
	return uint32(k[0]) | uint32(k[1])<<8 | uint32(k[2])<<16 | uint32(k[3])<<24
}

// index returns the index in list of a folded word's entry, 0 if none.
func (t *lexTable) index(key []byte) uint16 {
	h := hashKey(key)
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		switch t.hashes[i] {
		case 0:
			return 0
		case h:
			if x := t.slots[i]; t.keys[x] == string(key) {
				return x
			}
		}
	}
}

func (b lexBuilder) get(k string) *entry {
	e := b[k]
	if e == nil {
		e = &entry{}
		b[k] = e
	}
	return e
}

func (b lexBuilder) add(c class, v int, s string, words ...string) {
	for _, w := range words {
		e := b.get(fold(w))
		e.cls |= c
		if c&(cMonth|cWeekday|cNum|cDeictic|cAnaphor|cOrdinal|cClock) != 0 {
			e.v = v
		}
		if s != "" {
			e.s = s
		}
	}
}

func (b lexBuilder) unit(u unit, words ...string) {
	for _, w := range words {
		e := b.get(fold(w))
		e.cls |= cUnit
		e.u = u
	}
}

func (b lexBuilder) word(id word, words ...string) {
	for _, w := range words {
		b.get(fold(w)).w = id
	}
}

var frMonths = []string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"}

func buildFR() map[string]*entry {
	b := lexBuilder{}
	for i, m := range frMonths {
		b.add(cMonth, i+1, "", m)
		b.add(cMonth, i+1, "MID", "mi-"+m)
	}
	// Common abbreviations (the trailing dot is a separate token).
	for _, a := range []struct {
		m int
		w string
	}{{1, "janv"}, {2, "fevr"}, {2, "fev"}, {4, "avr"}, {7, "juil"}, {10, "oct"}, {11, "nov"}, {12, "dec"}} {
		// "sept" is left out: it is first the number seven.
		b.add(cMonth, a.m, "", a.w)
	}
	for i, d := range []string{"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"} {
		b.add(cWeekday, i+1, "", d, d+"s")
	}
	for n, w := range frNumberWords() {
		if w != "" {
			b.add(cNum, n, "", w)
		}
	}
	b.add(cNum, 1, "", "une")
	b.add(cNum, 80, "", "quatre-vingts")
	b.add(cNum, 100, "", "cent", "cents")
	b.add(cNum, 1000, "", "mille")

	b.unit(uSecond, "seconde", "secondes", "sec")
	b.unit(uMinute, "minute", "minutes", "mn", "min")
	b.unit(uHour, "heure", "heures")
	b.unit(uDay, "jour", "jours", "journée", "journées")
	b.unit(uWeek, "semaine", "semaines")
	b.unit(uWeekend, "week-end", "week-ends", "weekend", "weekends")
	b.unit(uMonth, "mois")
	b.unit(uQuarter, "trimestre", "trimestres")
	b.unit(uSemester, "semestre", "semestres")
	b.unit(uYear, "an", "ans", "année", "années")
	b.unit(uDecade, "décennie", "décennies")
	b.unit(uCentury, "siècle", "siècles")
	b.unit(uMillennium, "millénaire", "millénaires")
	b.unit(uQuinquennium, "quinquennat", "quinquennats")
	b.unit(uSeptennium, "septennat", "septennats")

	b.add(cDeictic, 0, "", "aujourd'hui")
	b.add(cDeictic, -1, "", "hier")
	b.add(cDeictic, -2, "", "avant-hier")
	b.add(cDeictic, 1, "", "demain")
	b.add(cDeictic, 2, "", "après-demain")
	b.add(cAnaphor, -1, "", "veille")
	b.add(cAnaphor, -2, "", "avant-veille")
	b.add(cAnaphor, 1, "", "lendemain")
	b.add(cAnaphor, 2, "", "surlendemain")

	b.add(cPOD, 0, "MO", "matin", "matinée")
	b.add(cPOD, 0, "AF", "après-midi")
	b.add(cPOD, 0, "EV", "soir", "soirée")
	b.add(cPOD, 0, "NI", "nuit")
	b.add(cClock, 12, "", "midi")
	b.add(cClock, 0, "", "minuit")

	b.add(cSeason, 0, "SP", "printemps")
	b.add(cSeason, 0, "SU", "été")
	b.add(cSeason, 0, "FA", "automne")
	b.add(cSeason, 0, "WI", "hiver")

	b.add(cLast, 0, "", "dernier", "dernière", "derniers", "dernières", "passé", "passée", "passés", "passées", "précédent", "précédente", "précédents", "précédentes", "écoulé", "écoulée", "écoulés", "écoulées")
	b.add(cNext, 0, "", "prochain", "prochaine", "prochains", "prochaines", "suivant", "suivante", "suivants", "suivantes")

	b.add(cRef, 0, "PRESENT_REF", "maintenant", "actuellement", "désormais", "dorénavant", "actuel", "actuelle", "actuels", "actuelles")
	b.add(cRef, 0, "PAST_REF", "auparavant", "autrefois", "jadis", "naguère", "récemment")
	b.add(cRef, 0, "FUTURE_REF", "avenir", "futur", "future", "futurs", "futures", "prochainement", "bientôt")
	b.add(cRef, 0, "TNI", "nocturne", "nocturnes")

	b.add(cSetAdj, 0, "P1Y", "annuel", "annuelle", "annuels", "annuelles", "annuellement")
	b.add(cSetAdj, 0, "P1D", "quotidien", "quotidienne", "quotidiennement")
	b.add(cSetAdj, 0, "P1W", "hebdomadaire", "hebdomadaires")
	b.add(cSetAdj, 0, "P1M", "mensuel", "mensuelle", "mensuels", "mensuelles", "mensuellement")

	for i, w := range []string{"premier", "deuxième", "troisième", "quatrième", "cinquième", "sixième", "septième", "huitième", "neuvième", "dixième"} {
		b.add(cOrdinal, i+1, "", w)
	}
	b.add(cOrdinal, 1, "", "première", "premiers", "premières")
	b.add(cOrdinal, 2, "", "second", "seconde")
	b.add(cOrdinal, -1, "", "dernier", "dernière")

	b.add(cBoundary, 0, "START", "début", "commencement")
	b.add(cBoundary, 0, "END", "fin")
	b.add(cBoundary, 0, "MID", "mi", "milieu")

	b.add(cVague, 0, "", "quelques", "plusieurs")

	for code, words := range frHolidayWords {
		b.add(cHoliday, 0, code, words...)
	}

	b.add(cApprox, 0, "APPROX", "environ", "quelque")

	b.word(wLe, "le")
	b.word(wLa, "la")
	b.word(wLes, "les")
	b.word(wL, "l'")
	b.word(wDu, "du")
	b.word(wAu, "au")
	b.word(wAux, "aux")
	b.word(wDe, "de")
	b.word(wD, "d'")
	b.word(wDes, "des")
	b.get("à").w = wA // not folded: à and a differ
	b.word(wA2, "a")
	b.word(wEn, "en")
	b.word(wEt, "et")
	b.word(wOu, "ou")
	b.word(wIl, "il")
	b.word(wY, "y", "ya") // "il ya", a common typo
	b.word(wIci, "ici")
	b.word(wDans, "dans")
	b.word(wDepuis, "depuis")
	b.word(wJusqu, "jusqu'")
	b.word(wJusque, "jusque")
	b.word(wPar, "par")
	b.word(wChaque, "chaque")
	b.word(wTous, "tous")
	b.word(wToutes, "toutes")
	b.word(wToute, "toute")
	b.word(wTout, "tout")
	b.word(wVers, "vers")
	b.word(wAvant, "avant")
	b.word(wApres, "après")
	b.word(wPendant, "pendant")
	b.word(wDurant, "durant")
	b.get("dès").w = wDesFrom // not folded: dès and des differ
	b.word(wPour, "pour")
	b.word(wInstant, "instant")
	b.word(wMoment, "moment")
	b.word(wPartir, "partir")
	b.word(wCours, "cours")
	b.word(wCourant, "courant")
	b.word(wMeme, "même", "mêmes")
	b.word(wCe, "ce")
	b.word(wCet, "cet")
	b.word(wCette, "cette")
	b.word(wCes, "ces")
	b.word(wPlus, "plus")
	b.word(wMoins, "moins")
	b.word(wPres, "près")
	b.word(wUn, "un")
	b.word(wUne, "une")
	b.word(wH, "h")
	b.word(wEr, "er", "re", "e", "ème", "eme", "è")
	b.word(wSiecle, "siècle")
	b.word(wFois, "fois")
	b.word(wQu, "qu'")
	b.word(wAge, "âgé")
	b.word(wAgee, "âgée")
	b.word(wAges, "âgés")
	b.word(wAgees, "âgées")
	b.word(wEpoque, "époque")
	b.word(wLocale, "locale", "locales")
	b.word(wNos, "nos")
	b.word(wEnviron, "environ")
	b.word(wSoit, "soit")
	b.word(wSur, "sur")
	b.word(wSaison, "saison")
	b.word(wEntre, "entre")
	b.word(wJour, "jour")
	return b
}

// frNumberWords returns the French spelling of 0..99 (index = value),
// hyphenated; "vingt et un" and the like are parsed as three words.
func frNumberWords() []string {
	units := []string{"", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
		"onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf"}
	tens := []string{"", "", "vingt", "trente", "quarante", "cinquante", "soixante", "soixante", "quatre-vingt", "quatre-vingt"}
	out := make([]string, 100)
	for n := 1; n < 100; n++ {
		switch {
		case n < 20:
			out[n] = units[n]
		default:
			t, u := n/10, n%10
			if t == 7 || t == 9 {
				u += 10
			}
			switch {
			case u == 0:
				out[n] = tens[t]
			case u == 1 && t < 8, u == 11 && t == 7:
				out[n] = tens[t] + "-et-" + units[u] // 1990 spelling; "vingt et un" parsed apart
			default:
				out[n] = tens[t] + "-" + units[u]
			}
		}
	}
	return out
}

var enMonths = []string{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}

func buildEN() map[string]*entry {
	b := lexBuilder{}
	for i, m := range enMonths {
		b.add(cMonth, i+1, "", m)
		if len(m) > 3 {
			b.add(cMonth, i+1, "", m[:3])
		}
		b.add(cMonth, i+1, "MID", "mid-"+m)
	}
	b.add(cMonth, 9, "", "sept")
	for i, d := range []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"} {
		b.add(cWeekday, i+1, "", d, d+"s")
	}
	ones := []string{"", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
	tens := []string{"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
	for n := 1; n < 100; n++ {
		switch {
		case n < 20:
			b.add(cNum, n, "", ones[n])
		case n%10 == 0:
			b.add(cNum, n, "", tens[n/10])
		default:
			b.add(cNum, n, "", tens[n/10]+"-"+ones[n%10])
		}
	}
	b.add(cNum, 100, "", "hundred")
	b.add(cNum, 1000, "", "thousand")
	b.add(cNum, 12, "", "dozen")

	b.unit(uSecond, "second", "seconds", "sec", "secs")
	b.unit(uMinute, "minute", "minutes", "min", "mins")
	b.unit(uHour, "hour", "hours", "hr", "hrs")
	b.unit(uDay, "day", "days")
	b.unit(uWeek, "week", "weeks")
	b.unit(uWeekend, "weekend", "weekends", "week-end", "week-ends")
	b.unit(uMonth, "month", "months")
	b.unit(uQuarter, "quarter", "quarters")
	b.unit(uYear, "year", "years")
	b.unit(uDecade, "decade", "decades")
	b.unit(uCentury, "century", "centuries")

	b.add(cDeictic, 0, "", "today")
	b.add(cDeictic, -1, "", "yesterday")
	b.add(cDeictic, 1, "", "tomorrow")

	b.add(cPOD, 0, "MO", "morning")
	b.add(cPOD, 0, "AF", "afternoon")
	b.add(cPOD, 0, "EV", "evening")
	b.add(cPOD, 0, "NI", "night")
	b.add(cClock, 12, "", "noon", "midday")
	b.add(cClock, 0, "", "midnight")

	b.add(cSeason, 0, "SP", "spring")
	b.add(cSeason, 0, "SU", "summer")
	b.add(cSeason, 0, "FA", "autumn", "fall")
	b.add(cSeason, 0, "WI", "winter")

	b.add(cLast, 0, "", "last", "past", "previous")
	b.add(cNext, 0, "", "next", "coming", "following")

	b.add(cRef, 0, "PRESENT_REF", "now", "currently", "nowadays", "presently")
	b.add(cRef, 0, "PAST_REF", "formerly", "previously", "recently")
	b.add(cRef, 0, "FUTURE_REF", "soon")

	b.add(cSetAdj, 0, "P1Y", "annual", "annually", "yearly")
	b.add(cSetAdj, 0, "P1D", "daily")
	b.add(cSetAdj, 0, "P1W", "weekly")
	b.add(cSetAdj, 0, "P1M", "monthly")

	for i, w := range []string{"first", "second", "third", "fourth", "fifth"} {
		b.add(cOrdinal, i+1, "", w)
	}
	b.add(cBoundary, 0, "START", "beginning", "start", "early")
	b.add(cBoundary, 0, "END", "end", "late")
	b.add(cBoundary, 0, "MID", "mid", "middle")
	b.add(cVague, 0, "", "several", "few", "many")
	b.add(cApprox, 0, "APPROX", "about", "around", "nearly", "almost", "roughly", "some")

	b.word(wThe, "the")
	b.word(wOn, "on")
	b.word(wIn, "in")
	b.word(wAt, "at")
	b.word(wOf, "of")
	b.word(wBy, "by")
	b.word(wUntil, "until", "till")
	b.word(wSince, "since")
	b.word(wBefore, "before")
	b.word(wAfter, "after")
	b.word(wAgo, "ago")
	b.word(wThis, "this")
	b.word(wThat, "that")
	b.word(wEvery, "every")
	b.word(wEach, "each")
	b.word(wA1, "a", "an")
	b.word(wFor, "for")
	b.word(wFrom, "from")
	b.word(wTo, "to")
	b.word(wAnd, "and")
	b.word(wOr, "or")
	b.word(wAm, "am")
	b.word(wPm, "pm")
	b.word(wOclock, "o'clock")
	b.word(wEarlier, "earlier")
	b.word(wLater, "later")
	b.word(wWithin, "within")
	b.word(wPer, "per")
	b.word(wMore, "more")
	b.word(wLess, "less", "fewer")
	b.word(wThan, "than")
	b.word(wOver, "over")
	b.word(wOld, "old")
	b.word(wHalf, "half")
	b.word(wEr, "st", "nd", "rd", "th")
	b.word(wYesterday, "yesterday")
	b.word(wToday, "today")
	b.word(wTomorrow, "tomorrow")
	b.word(wTonight, "tonight")
	b.word(wDayEn, "day")
	b.word(wYearEn, "year")
	return b
}

// unitCode returns the TIMEX3 duration letter of u and whether it is a
// time (PT) unit, with a multiplier for units expressed through another.
func unitCode(u unit) (code string, timePart bool, mult float64) {
	switch u {
	case uSecond:
		return "S", true, 1
	case uMinute:
		return "M", true, 1
	case uHour:
		return "H", true, 1
	case uDay:
		return "D", false, 1
	case uWeek:
		return "W", false, 1
	case uWeekend:
		return "WE", false, 1
	case uMonth:
		return "M", false, 1
	case uQuarter:
		return "Q", false, 1
	case uSemester:
		return "M", false, 6
	case uYear:
		return "Y", false, 1
	case uDecade:
		return "DE", false, 1
	case uCentury:
		return "CE", false, 1
	case uMillennium:
		return "ML", false, 1
	case uQuinquennium:
		return "Y", false, 5
	case uSeptennium:
		return "Y", false, 7
	}
	return "", false, 0
}

// isFoldedSuffix reports whether the folded word w ends in one of sufs.
func isFoldedSuffix(w string, sufs ...string) bool {
	for _, s := range sufs {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}
