package meta

import (
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// date is a calendar date whose parts may be unknown (0).
type date struct {
	y, m, d int
}

func (t date) full() bool { return t.y != 0 && t.m != 0 && t.d != 0 }

// String formats the known parts: "2019-03-04", "2019-06", "2019" or, for
// a day without a year, "--03-04" (ISO 8601).
func (t date) String() string {
	switch {
	case t.full():
		return pad(t.y, 4) + "-" + pad(t.m, 2) + "-" + pad(t.d, 2)
	case t.y != 0 && t.m != 0:
		return pad(t.y, 4) + "-" + pad(t.m, 2)
	case t.y != 0:
		return pad(t.y, 4)
	case t.m != 0 && t.d != 0:
		return "--" + pad(t.m, 2) + "-" + pad(t.d, 2)
	}
	return ""
}

func pad(n, w int) string {
	s := strconv.Itoa(n)
	for len(s) < w {
		s = "0" + s
	}
	return s
}

func (t date) time() time.Time {
	return time.Date(t.y, time.Month(t.m), t.d, 12, 0, 0, 0, time.UTC)
}

// weekday of a full date.
func (t date) weekday() time.Weekday { return t.time().Weekday() }

// withYear returns t in year y.
func (t date) withYear(y int) date { return date{y, t.m, t.d} }

// days from a to b (full dates).
func daysBetween(a, b date) int {
	return int(b.time().Sub(a.time()).Hours() / 24)
}

// Years outside this range are not taken for publication years.
const (
	minYear = 1900
	maxYear = 2100
)

// validDay reports whether m/d exists in year y (any leap year when y is 0).
func validDay(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 {
		return false
	}
	if y == 0 {
		y = 2000
	}
	return d <= daysIn(y, m)
}

func daysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// months maps lower-case month names and abbreviations of the supported
// languages to their number. Abbreviations that are common words next to
// a number ("4 out of 5", "2 years ago") are left out.
var months = map[string]int{
	// French
	"janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2, "fév": 2, "fev": 2,
	"mars": 3, "avril": 4, "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7,
	"août": 8, "aout": 8, "septembre": 9, "sept": 9, "octobre": 10, "novembre": 11,
	"décembre": 12, "decembre": 12, "déc": 12,
	// English
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
	"april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
	"august": 8, "aug": 8, "september": 9, "sep": 9, "october": 10, "oct": 10,
	"november": 11, "nov": 11, "december": 12, "dec": 12,
	// German
	"januar": 1, "jänner": 1, "jän": 1, "februar": 2, "märz": 3, "maerz": 3,
	"juni": 6, "juli": 7, "oktober": 10, "okt": 10, "dezember": 12, "dez": 12,
	// Spanish
	"enero": 1, "ene": 1, "febrero": 2, "marzo": 3, "abril": 4, "abr": 4, "mayo": 5,
	"junio": 6, "julio": 7, "agosto": 8, "septiembre": 9, "setiembre": 9,
	"octubre": 10, "noviembre": 11, "diciembre": 12, "dic": 12,
	// Italian
	"gennaio": 1, "gen": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "mag": 5,
	"giugno": 6, "giu": 6, "luglio": 7, "lug": 7, "settembre": 9,
	"ottobre": 10, "ott": 10, "dicembre": 12,
	// Portuguese
	"janeiro": 1, "fevereiro": 2, "março": 3, "marco": 3, "maio": 5, "junho": 6,
	"julho": 7, "setembro": 9, "outubro": 10, "novembro": 11, "dezembro": 12,
	// Dutch
	"januari": 1, "februari": 2, "maart": 3, "mei": 5, "augustus": 8,
}

// weekdays maps lower-case weekday names of the supported languages.
var weekdays = map[string]time.Weekday{
	"dimanche": time.Sunday, "lundi": time.Monday, "mardi": time.Tuesday,
	"mercredi": time.Wednesday, "jeudi": time.Thursday, "vendredi": time.Friday,
	"samedi": time.Saturday,
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday,
	"wednesday": time.Wednesday, "thursday": time.Thursday, "friday": time.Friday,
	"saturday": time.Saturday,
	"sonntag":  time.Sunday, "montag": time.Monday, "dienstag": time.Tuesday,
	"mittwoch": time.Wednesday, "donnerstag": time.Thursday, "freitag": time.Friday,
	"samstag": time.Saturday, "sonnabend": time.Saturday,
	"domingo": time.Sunday, "lunes": time.Monday, "martes": time.Tuesday,
	"miércoles": time.Wednesday, "miercoles": time.Wednesday, "jueves": time.Thursday,
	"viernes": time.Friday, "sábado": time.Saturday, "sabado": time.Saturday,
	"domenica": time.Sunday, "lunedì": time.Monday, "martedì": time.Tuesday,
	"mercoledì": time.Wednesday, "giovedì": time.Thursday, "venerdì": time.Friday,
	"segunda-feira": time.Monday, "terça-feira": time.Tuesday, "quarta-feira": time.Wednesday,
	"quinta-feira": time.Thursday, "sexta-feira": time.Friday,
	"zondag": time.Sunday, "maandag": time.Monday, "dinsdag": time.Tuesday,
	"woensdag": time.Wednesday, "donderdag": time.Thursday, "vrijdag": time.Friday,
	"zaterdag": time.Saturday,
}

// lowerKey lower-cases a short word into buf for a map lookup without
// allocating; ok is false for words too long to be a month or weekday.
func lowerKey(buf *[24]byte, w string) ([]byte, bool) {
	if len(w) > len(buf) {
		return nil, false
	}
	n := 0
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if n == len(buf) {
				return nil, false
			}
			buf[n] = c
			n++
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		if r == utf8.RuneError {
			return nil, false
		}
		r = unicode.ToLower(r)
		if n+utf8.RuneLen(r) > len(buf) {
			return nil, false
		}
		n += utf8.EncodeRune(buf[n:], r)
		i += size
	}
	return buf[:n], true
}

func monthOf(w string) int {
	if len(w) < 3 || len(w) > 11 {
		return 0
	}
	var buf [24]byte
	k, ok := lowerKey(&buf, strings.TrimSuffix(w, "."))
	if !ok {
		return 0
	}
	return months[string(k)]
}

func weekdayOf(w string) (time.Weekday, bool) {
	if len(w) < 5 || len(w) > 14 {
		return 0, false
	}
	var buf [24]byte
	k, ok := lowerKey(&buf, w)
	if !ok {
		return 0, false
	}
	wd, ok := weekdays[string(k)]
	return wd, ok
}

// token is a piece of a line: a word, a number or one punctuation rune.
type token struct {
	kind       byte // 'w' word, 'n' number, 'p' punctuation
	s          string
	n          int // value of a number
	start, end int // byte offsets in the line
}

// tokenize splits s into words (letters, with inner hyphens), numbers
// (digits, with an ordinal suffix such as "1er" or "4th" absorbed) and
// punctuation, skipping spaces. At most max tokens are returned.
func tokenize(s string, toks []token, max int) []token {
	for i := 0; i < len(s) && len(toks) < max; {
		c := s[i]
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		switch {
		case c == ' ':
			i++
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c >= utf8.RuneSelf && unicode.IsLetter(r):
			j := i + size
			for j < len(s) {
				c := s[j]
				if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' {
					j++
					continue
				}
				if c < utf8.RuneSelf && c != '-' {
					break // any other ASCII byte ends the word
				}
				r2, size2 := utf8.DecodeRuneInString(s[j:])
				if unicode.IsLetter(r2) || r2 == '-' && j+size2 < len(s) && isLetterAt(s, j+size2) {
					j += size2
					continue
				}
				break
			}
			toks = append(toks, token{kind: 'w', s: s[i:j], start: i, end: j})
			i = j
		case unicode.IsSpace(r):
			i += size
		case r >= '0' && r <= '9':
			j := i
			n := 0
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				if n < 1e8 {
					n = n*10 + int(s[j]-'0')
				}
				j++
			}
			k := j
			// The suffixes start with a lower-case letter or 0xC2 (º, °).
			if j < len(s) && ('a' <= s[j] && s[j] <= 'z' || s[j] == 0xC2) {
				for _, suf := range ordinalSuffixes {
					if strings.HasPrefix(s[j:], suf) && (j+len(suf) == len(s) || !isLetterAt(s, j+len(suf))) {
						k = j + len(suf)
						break
					}
				}
			}
			toks = append(toks, token{kind: 'n', s: s[i:j], n: n, start: i, end: k})
			i = k
		default:
			toks = append(toks, token{kind: 'p', s: s[i : i+size], start: i, end: i + size})
			i += size
		}
	}
	return toks
}

var ordinalSuffixes = []string{"er", "re", "st", "nd", "rd", "th", "º", "°"}

func isLetterAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

// found is a date found in a line.
type found struct {
	date
	weekday    time.Weekday
	hasWeekday bool
	start, end int // byte offsets in the line
}

// findDates returns the dates written in s: "4 mars 2019", "1er mars",
// "4 de marzo de 2019", "4. März 2019", "March 4, 2019", "Mar 4",
// "04/03/2019", "04.03.2019", "2019-03-04", "2019/03/04", "2019-06". A
// weekday named just before a date ("mardi 4 mars", "Tuesday, March 4")
// is kept with it. order says how to read an ambiguous numeric date:
// 'd' for day first (04/03 is 4 March), 'm' for month first.
func findDates(s string, order byte) []found {
	var buf [96]token
	toks := tokenize(s, buf[:0], len(buf))
	var out []found
	for i := 0; i < len(toks); {
		// Only a number, or a word before a number (a month's name), can
		// start a date: other tokens are passed over at once.
		if k := toks[i].kind; k == 'p' || k == 'w' && !numberAfter(toks, i) {
			i++
			continue
		}
		f, next, ok := dateAt(toks, i, order)
		if !ok {
			i++
			continue
		}
		f.start, f.end = toks[i].start, toks[next-1].end
		// A weekday just before: "mardi 4 mars", "Tuesday, March 4".
		j := i - 1
		if j >= 0 && toks[j].kind == 'p' && toks[j].s == "," {
			j--
		}
		if j >= 0 && toks[j].kind == 'w' {
			if wd, ok := weekdayOf(toks[j].s); ok {
				f.weekday, f.hasWeekday = wd, true
				f.start = toks[j].start
			}
		}
		out = append(out, f)
		i = next
	}
	return out
}

// dateAt reads a date starting at toks[i]; next is the index after it.
func dateAt(toks []token, i int, order byte) (f found, next int, ok bool) {
	t := toks[i]
	switch t.kind {
	case 'n':
		if f, next, ok := numericDateAt(toks, i, order); ok {
			return f, next, true
		}
		// Day then month: "4 mars", "4. März", "4 de marzo".
		day := t.n
		if len(t.s) > 2 || day < 1 || day > 31 {
			return f, 0, false
		}
		j := i + 1
		if j < len(toks) && toks[j].kind == 'p' && toks[j].s == "." && toks[j].start == t.end {
			j++
		}
		if j < len(toks) && toks[j].kind == 'w' && strings.EqualFold(toks[j].s, "de") {
			j++
		}
		if j >= len(toks) || toks[j].kind != 'w' {
			return f, 0, false
		}
		m := monthOf(toks[j].s)
		if m == 0 || !validDay(0, m, day) {
			return f, 0, false
		}
		j++
		if j < len(toks) && toks[j].kind == 'p' && toks[j].s == "." && toks[j].start == toks[j-1].end {
			j++ // "4 mars." abbreviations: "4 déc. 2019"
		}
		f.m, f.d = m, day
		y, k := yearAt(toks, j, true)
		if y != 0 && validDay(y, m, day) {
			f.y = y
			j = k
		}
		return f, j, true
	case 'w':
		// Month then day: "March 4", "March 4, 2019", "Mar. 4". The day
		// is checked first: most words are followed by no number, and
		// need not be looked up.
		if !numberAfter(toks, i) {
			return f, 0, false
		}
		j := i + 1
		if toks[j].kind == 'p' {
			j++ // the "." numberAfter passed over
		}
		m := monthOf(t.s)
		if m == 0 || !validDay(0, m, toks[j].n) {
			return f, 0, false
		}
		f.m, f.d = m, toks[j].n
		j++
		y, k := yearAt(toks, j, false)
		if y != 0 && validDay(y, m, f.d) {
			f.y = y
			j = k
		}
		return f, j, true
	}
	return f, 0, false
}

// numberAfter reports whether the word toks[i] is followed by a number of
// one or two digits (a day), possibly after a full stop: "March 4",
// "Mar. 4".
func numberAfter(toks []token, i int) bool {
	j := i + 1
	if j < len(toks) && toks[j].kind == 'p' && toks[j].s == "." {
		j++
	}
	return j < len(toks) && toks[j].kind == 'n' && len(toks[j].s) <= 2
}

// yearAt reads a four-digit year at toks[j], after an optional comma (and
// "de"/"del" when de is true).
func yearAt(toks []token, j int, de bool) (int, int) {
	if j < len(toks) && toks[j].kind == 'p' && toks[j].s == "," {
		j++
	}
	if de && j < len(toks) && toks[j].kind == 'w' && (strings.EqualFold(toks[j].s, "de") || strings.EqualFold(toks[j].s, "del")) {
		j++
	}
	if j < len(toks) && toks[j].kind == 'n' && len(toks[j].s) == 4 && toks[j].n >= minYear && toks[j].n <= maxYear {
		return toks[j].n, j + 1
	}
	return 0, j
}

// numericDateAt reads "04/03/2019", "04.03.2019", "04-03-2019",
// "2019-03-04", "2019/03/04", "20190304" or "2019-06" at toks[i], the
// parts written without spaces.
func numericDateAt(toks []token, i int, order byte) (f found, next int, ok bool) {
	var parts [3]token
	n := 0
	var sep string
	j := i
	for j < len(toks) && n < 3 {
		if toks[j].kind != 'n' || n > 0 && toks[j].start != toks[j-1].end {
			break
		}
		parts[n] = toks[j]
		n++
		j++
		if n == 3 || j+1 >= len(toks) || toks[j].kind != 'p' || toks[j].start != toks[j-1].end || toks[j+1].kind != 'n' || toks[j+1].start != toks[j].end {
			break
		}
		s := toks[j].s
		if s != "/" && s != "." && s != "-" || sep != "" && s != sep {
			break
		}
		sep = s
		j++
	}
	switch {
	case n == 1 && len(parts[0].s) == 8 && parts[0].end == parts[0].start+8:
		// 20190304
		v := parts[0].n
		y, m, d := v/10000, v/100%100, v%100
		if y >= minYear && y <= maxYear && validDay(y, m, d) {
			return found{date: date{y, m, d}}, j, true
		}
	case n == 2 && len(parts[0].s) == 4 && len(parts[1].s) <= 2 && sep == "-":
		// 2019-06
		y, m := parts[0].n, parts[1].n
		if y >= minYear && y <= maxYear && m >= 1 && m <= 12 {
			return found{date: date{y: y, m: m}}, j, true
		}
	case n == 3 && len(parts[0].s) == 4 && len(parts[1].s) <= 2 && len(parts[2].s) <= 2:
		// 2019-03-04
		y, m, d := parts[0].n, parts[1].n, parts[2].n
		if y >= minYear && y <= maxYear && validDay(y, m, d) {
			return found{date: date{y, m, d}}, j, true
		}
	case n == 3 && len(parts[0].s) <= 2 && len(parts[1].s) <= 2 && (len(parts[2].s) == 4 || len(parts[2].s) == 2):
		// 04/03/2019, 04.03.19
		a, b, y := parts[0].n, parts[1].n, parts[2].n
		if len(parts[2].s) == 2 {
			y += 2000
			if y > time.Now().Year()+1 {
				y -= 100
			}
		}
		if y < minYear || y > maxYear {
			break
		}
		d, m := a, b
		if a <= 12 && b > 12 || order == 'm' && b <= 12 && a <= 12 {
			d, m = b, a
		}
		if validDay(y, m, d) {
			return found{date: date{y, m, d}}, j, true
		}
	}
	return f, 0, false
}

// parseMetaDate reads a date given by metadata: ISO 8601 (the date as
// written, whatever the time zone), RFC 1123 and its kin, "4 mars 2019",
// "March 4, 2019", "04/03/2019", "2019-06", "2019".
func parseMetaDate(s string, order byte) (date, bool) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 200 {
		return date{}, false
	}
	// A bare year.
	if len(s) == 4 {
		if y, err := strconv.Atoi(s); err == nil && y >= minYear && y <= maxYear {
			return date{y: y}, true
		}
	}
	// ISO 8601: take the date as written.
	if len(s) >= 10 && s[4] == '-' && s[7] == '-' {
		y, e1 := strconv.Atoi(s[:4])
		m, e2 := strconv.Atoi(s[5:7])
		d, e3 := strconv.Atoi(s[8:10])
		if e1 == nil && e2 == nil && e3 == nil && y >= minYear && y <= maxYear && validDay(y, m, d) {
			return date{y, m, d}, true
		}
	}
	for _, f := range findDates(s, order) {
		if f.y != 0 {
			return f.date, true
		}
	}
	return date{}, false
}
