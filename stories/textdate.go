package stories

import (
	"strings"
	"time"

	"github.com/recoupe/recoupe/timex"
)

// MonthDay is a day of the year without its year: the approximate
// publication day that an article's own text suggests when no
// publication date is known (see DayFromText).
type MonthDay struct {
	Month time.Month // 0 when unknown
	Day   int
}

// IsZero reports whether m is unknown.
func (m MonthDay) IsZero() bool { return m.Month == 0 }

// yearDay returns the 0-based day of m in a common year (29 February
// counts as 28 February).
func (m MonthDay) yearDay() float64 {
	d := m.Day
	if m.Month == time.February && d == 29 {
		d = 28
	}
	return float64(time.Date(2001, m.Month, d, 0, 0, 0, 0, time.UTC).YearDay() - 1)
}

// daysInYear is the length of the circle on which year-less days are
// compared.
const daysInYear = 365

// textDateWindow is the span, in days, of the mentions that
// DayFromText counts behind a candidate day.
const textDateWindow = 60

// DayFromText estimates the publication day of an article from the
// dates its text mentions, for articles whose publication date is
// unknown. News copy dates its events ("le 2 juillet", "mercredi 2
// juillet", "le 17 octobre 2008"); an article is published on or soon
// after the latest event it reports, so the estimate is the latest day
// mentioned that has the most mentions in the two months up to it (a
// lone date far from the others, a past anniversary or a distant
// deadline, does not win). Dates announced as coming ("le 3 mars
// prochain", "d'ici le 9 mars", "jusqu'au 9 mars") and dates in a year
// other than the latest year written are left out. Weekdays and
// relative expressions ("hier", "mercredi") carry no day without a
// reference and are ignored.
//
// lang is the ISO 639-1 code of the text ("" means French). ok is false
// when the text names no usable day.
func DayFromText(text, lang string) (MonthDay, bool) {
	spans := timex.Find(text, timex.Ref{Lang: lang})
	latestYear := ""
	for _, s := range spans {
		if len(s.Value) == 10 && s.Value[0] != 'X' && s.Value[:4] > latestYear {
			latestYear = s.Value[:4]
		}
	}
	var days [32]MonthDay // the first mentions; more add little
	n := 0
	for _, s := range spans {
		if n == len(days) {
			break
		}
		if s.Kind != timex.KindDate || s.Mod == "BEFORE" || s.Future || len(s.Value) != 10 {
			continue
		}
		if y := s.Value[:4]; y != "XXXX" && y != latestYear {
			continue
		}
		if announced(s.Text) {
			continue
		}
		m, ok1 := twoDigits(s.Value[5:7])
		d, ok2 := twoDigits(s.Value[8:10])
		if !ok1 || !ok2 || !validMonthDay(m, d) {
			continue
		}
		days[n] = MonthDay{time.Month(m), d}
		n++
	}
	return latestDense(days[:n])
}

// announced reports whether a date expression is marked as coming.
func announced(text string) bool {
	t := strings.ToLower(text)
	return strings.Contains(t, "prochain") || strings.Contains(t, "next")
}

func twoDigits(s string) (int, bool) {
	if len(s) != 2 || !isDigit(s[0]) || !isDigit(s[1]) {
		return 0, false
	}
	return int(s[0]-'0')*10 + int(s[1]-'0'), true
}

func validMonthDay(m, d int) bool {
	if m < 1 || m > 12 || d < 1 {
		return false
	}
	return d <= [13]int{0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}[m]
}

// latestDense picks among days the one with the most days in the
// textDateWindow days up to it; ties go to the later day.
func latestDense(days []MonthDay) (MonthDay, bool) {
	best, bestN := -1, 0
	for i, p := range days {
		pd := p.yearDay()
		n := 0
		for _, q := range days {
			if forward(q.yearDay(), pd) <= textDateWindow {
				n++
			}
		}
		if n > bestN || (n == bestN && later(pd, days[best].yearDay())) {
			best, bestN = i, n
		}
	}
	if best < 0 {
		return MonthDay{}, false
	}
	return days[best], true
}

// forward returns the days from a forward to b on the year's circle.
func forward(a, b float64) float64 {
	d := b - a
	if d < 0 {
		d += daysInYear
	}
	return d
}

// later reports whether day a comes after day b, taking the shorter way
// round the year.
func later(a, b float64) bool {
	f := forward(b, a)
	return f > 0 && f < daysInYear/2
}

// circDist is the distance of two days on the year's circle.
func circDist(a, b float64) float64 {
	f := forward(a, b)
	return min(f, daysInYear-f)
}
