package timex

import (
	"strconv"
	"time"
)

// day is a calendar day; the zero day is unknown.
type day struct{ y, m, d int }

func (d day) ok() bool { return d.y != 0 }

func dayOf(t time.Time) day {
	y, m, dd := t.Date()
	return day{y, int(m), dd}
}

func (d day) time() time.Time { return time.Date(d.y, time.Month(d.m), d.d, 0, 0, 0, 0, time.UTC) }

func (d day) add(n int) day { return dayOf(d.time().AddDate(0, 0, n)) }

// weekday returns 1 (Monday) .. 7 (Sunday).
func (d day) weekday() int {
	w := int(d.time().Weekday())
	if w == 0 {
		return 7
	}
	return w
}

func (d day) before(e day) bool {
	if d.y != e.y {
		return d.y < e.y
	}
	if d.m != e.m {
		return d.m < e.m
	}
	return d.d < e.d
}

// validDay reports whether y-m-d exists.
func validDay(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return false
	}
	if y == 0 {
		y = 2000 // a leap year: 29 February is possible
	}
	return day{y, m, d}.add(0) == day{y, m, d}
}

// tense is what the verbs around an expression say about its time.
type tense int8

const (
	tenseNone tense = iota
	tensePast
	tenseFuture
)

// Formatting helpers. They avoid fmt to stay cheap.

func pad(b []byte, n, width int) []byte {
	if n < 0 {
		b = append(b, '-')
		n = -n
	}
	var d [20]byte
	k := len(d)
	for {
		k--
		d[k] = byte('0' + n%10)
		n /= 10
		if n == 0 || k == 0 {
			break
		}
	}
	for i := len(d) - k; i < width; i++ {
		b = append(b, '0')
	}
	return append(b, d[k:]...)
}

func fmtYear(y int) string {
	var a [8]byte
	return string(pad(a[:0], y, 4))
}

// appendYear writes a year, XXXX when unknown.
func appendYear(b []byte, y int) []byte {
	if y == 0 {
		return append(b, "XXXX"...)
	}
	return pad(b, y, 4)
}

func fmtMonth(y, m int) string {
	var a [12]byte
	b := append(appendYear(a[:0], y), '-')
	return string(pad(b, m, 2))
}

func appendDay(b []byte, d day) []byte {
	b = append(appendYear(b, d.y), '-')
	b = append(pad(b, d.m, 2), '-')
	return pad(b, d.d, 2)
}

func fmtDay(d day) string {
	var a [16]byte
	return string(appendDay(a[:0], d))
}

func fmtWeek(y, w int) string {
	var a [12]byte
	b := append(pad(a[:0], y, 4), "-W"...)
	return string(pad(b, w, 2))
}

// fmtClock appends THH:MM to a day value (or to XXXX-XX-XX when unknown).
func fmtClock(d day, h, m int) string {
	var a [24]byte
	var b []byte
	if d.ok() {
		b = appendDay(a[:0], d)
	} else {
		b = append(a[:0], "XXXX-XX-XX"...)
	}
	b = append(pad(append(b, 'T'), h, 2), ':')
	return string(pad(b, m, 2))
}

// fmtNum formats a duration amount: integer when whole, else with a dot.
func fmtNum(f float64) string {
	if f == float64(int64(f)) {
		return strconv.FormatInt(int64(f), 10)
	}
	return strconv.FormatFloat(f, 'f', -1, 64)
}

// durationValue builds P3D, PT48H, PXY (n < 0 means unknown).
func durationValue(n float64, u unit) string {
	code, tp, mult := unitCode(u)
	if code == "" {
		return ""
	}
	p := "P"
	if tp {
		p = "PT"
	}
	if n < 0 {
		return p + "X" + code
	}
	if u == uWeekend {
		// A week-end lasts two days.
		return p + fmtNum(2*n) + "D"
	}
	n *= mult
	if n != float64(int64(n)) {
		// A fraction is written in a smaller unit: un an et demi is P18M.
		switch u {
		case uCentury:
			return durationValue(n*100, uYear)
		case uDecade:
			return durationValue(n*10, uYear)
		case uYear:
			return durationValue(n*12, uMonth)
		case uWeek:
			return durationValue(n*7, uDay)
		case uDay:
			return durationValue(n*24, uHour)
		case uHour:
			return durationValue(n*60, uMinute)
		case uMinute:
			return durationValue(n*60, uSecond)
		}
	}
	return p + fmtNum(n) + code
}

// nearestWeekday returns the day with weekday wd nearest to ref in the
// direction dir (-1 past, +1 future, 0 nearest). includeRef lets ref itself
// be the answer.
func nearestWeekday(ref day, wd, dir int, includeRef bool) day {
	diff := wd - ref.weekday() // -6..6
	if diff == 0 && includeRef {
		return ref
	}
	back := diff
	if back >= 0 {
		back -= 7
	}
	fwd := diff
	if fwd <= 0 {
		fwd += 7
	}
	switch {
	case dir < 0:
		return ref.add(back)
	case dir > 0:
		return ref.add(fwd)
	}
	if -back <= fwd {
		return ref.add(back)
	}
	return ref.add(fwd)
}

// pickYear chooses the year of month m (and day d when d > 0) relative to
// the reference day: the most recent not after it (dir < 0), the next not
// before it (dir > 0), or the nearest (dir == 0).
func pickYear(ref day, m, d, dir int) int {
	cand := func(y int) day {
		dd := d
		if dd == 0 {
			dd = 15
			if y == ref.y && m == ref.m {
				dd = ref.d
			}
		}
		if !validDay(y, m, dd) {
			dd = 28
		}
		return day{y, m, dd}
	}
	cur := cand(ref.y)
	switch {
	case dir < 0:
		if ref.before(cur) {
			return ref.y - 1
		}
		return ref.y
	case dir > 0:
		if cur.before(ref) {
			return ref.y + 1
		}
		return ref.y
	}
	best, bestDist := ref.y, -1.0
	for _, y := range []int{ref.y - 1, ref.y, ref.y + 1} {
		c := cand(y)
		dist := c.time().Sub(ref.time()).Hours()
		if dist < 0 {
			dist = -dist
		}
		if bestDist < 0 || dist < bestDist {
			best, bestDist = y, dist
		}
	}
	return best
}

// monthsBetween is b - a in months.
func addMonths(y, m, n int) (int, int) {
	t := y*12 + (m - 1) + n
	return t / 12, t%12 + 1
}
