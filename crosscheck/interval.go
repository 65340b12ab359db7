package crosscheck

import (
	"fmt"
	"math"
	"time"

	"github.com/recoupe/recoupe/report"
)

// Tolerances of the compatibility model (see the package documentation).
const (
	// approxTolerance is the relative margin of an approximate figure
	// ("environ 4 000" is 3 600 to 4 400; "près de 4 000" is 3 600 to
	// 4 000).
	approxTolerance = 0.10
	// roundTolerance bounds the margin of a round exact figure (a
	// multiple of 1 000): half its rounding unit, at most this share of
	// it ("4 000" is 3 800 to 4 200, "4,2 millions" 4,15 to 4,25
	// millions).
	roundTolerance = 0.05
)

// interval is the set of quantities a value allows, bounds included;
// open ends are infinite.
type interval struct{ lo, hi float64 }

// meets reports whether a and b have a quantity in common.
func (a interval) meets(b interval) bool {
	return a.lo <= b.hi+slack(b.hi) && b.lo <= a.hi+slack(a.hi)
}

// slack is the rounding slack of a bound.
func slack(x float64) float64 {
	if math.IsInf(x, 0) || math.IsNaN(x) {
		return 0
	}
	return 1e-9 * math.Max(1, math.Abs(x))
}

// center is a representative quantity of the interval: its middle, or its
// finite bound when it is open.
func (a interval) center() float64 {
	loOK, hiOK := !math.IsInf(a.lo, 0), !math.IsInf(a.hi, 0)
	switch {
	case loOK && hiOK:
		return (a.lo + a.hi) / 2
	case loOK:
		return a.lo
	case hiOK:
		return a.hi
	}
	return 0
}

// finite reports whether f is a usable number.
func finite(f float64) bool { return !math.IsInf(f, 0) && !math.IsNaN(f) }

// countInterval is the interval of quantities a figure allows:
//
//   - a range (Low and High): [Low, High];
//   - a lower bound only ("au moins 5 000", "plus de 300"): [Low, +∞),
//     from 10 % below when approximate;
//   - an upper bound only: "près de 300" (approximate) is ±10 % like
//     "environ 300" (a reporter's "près de" rounds as often up as down),
//     "moins de 300" or "jusqu'à 300" is (−∞, 300];
//   - a bare approximate figure ("environ 4 000"): ±10 %;
//   - a bare exact figure: itself, widened for a round figure (a
//     multiple of 1 000) by half its rounding unit, at most 5 %: "4 000"
//     and "3 980" agree, "1 850" and "2 200" do not.
func countInterval(v report.Value) interval {
	low, high := v.Low, v.High
	if low != nil && !finite(*low) {
		low = nil
	}
	if high != nil && !finite(*high) {
		high = nil
	}
	x := v.Value
	if !finite(x) {
		x = 0
	}
	switch {
	case low != nil && high != nil:
		lo, hi := *low, *high
		if lo > hi {
			lo, hi = hi, lo
		}
		return interval{lo, hi}
	case low != nil:
		lo := *low
		if v.Approx {
			lo -= math.Abs(lo) * approxTolerance
		}
		return interval{lo, math.Inf(1)}
	case high != nil:
		hi := *high
		if v.Approx {
			// "près de 62 %" is about 62: 62,3 % agrees with it
			d := math.Abs(hi) * approxTolerance
			return interval{hi - d, hi + d}
		}
		return interval{math.Inf(-1), hi}
	case v.Approx:
		d := math.Abs(x) * approxTolerance
		return interval{x - d, x + d}
	}
	d := roundingMargin(x)
	return interval{x - d, x + d}
}

// pointInterval is countInterval with a lower bound alone read as the
// figure itself: across days, a toll "d'au moins 14" is 14 at the time,
// and a later 21 is a change, not an agreement.
func pointInterval(v report.Value) interval {
	if v.Low != nil && v.High == nil {
		p := v
		p.Low = nil
		return countInterval(p)
	}
	return countInterval(v)
}

// roundingMargin is the margin of an exact figure: for a multiple of
// 1 000, half its rounding unit (the largest power of ten dividing it),
// at most roundTolerance of it; 0 otherwise.
func roundingMargin(x float64) float64 {
	a := math.Abs(x)
	if a < 1000 || a > 1e15 || a != math.Trunc(a) || math.Mod(a, 1000) != 0 {
		return 0
	}
	unit := 1000.0
	for unit*10 <= a && math.Mod(a, unit*10) == 0 {
		unit *= 10
	}
	return math.Min(unit/2, a*roundTolerance)
}

// dateInterval is the interval of days (since 1970-01-01) a date value
// allows; Value, Low and High hold dates as YYYYMMDD numbers. ok is false
// when the value is no valid date.
func dateInterval(v report.Value) (iv interval, ok bool) {
	day, ok := ymdDay(v.Value)
	if !ok {
		return interval{}, false
	}
	iv = interval{float64(day), float64(day)}
	var lok, hok bool
	var lo, hi int
	if v.Low != nil {
		lo, lok = ymdDay(*v.Low)
	}
	if v.High != nil {
		hi, hok = ymdDay(*v.High)
	}
	switch {
	case lok && hok:
		iv = interval{float64(min(lo, hi)), float64(max(lo, hi))}
	case lok:
		iv = interval{float64(lo), math.Inf(1)}
	case hok:
		iv = interval{math.Inf(-1), float64(hi)}
	}
	return iv, true
}

// ymdDay converts a YYYYMMDD number to days since 1970-01-01.
func ymdDay(f float64) (int, bool) {
	if !finite(f) || f < 10000101 || f > 99991231 || f != math.Trunc(f) {
		return 0, false
	}
	n := int(f)
	y, m, d := n/10000, n/100%100, n%100
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return 0, false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return 0, false
	}
	return int(t.Unix() / 86400), true
}

// ymd encodes a day as the number YYYYMMDD.
func ymd(t time.Time) float64 {
	return float64(t.Year()*10000 + int(t.Month())*100 + t.Day())
}

// ymdString formats a YYYYMMDD number as YYYY-MM-DD, "" when it is no date.
func ymdString(f float64) string {
	if _, ok := ymdDay(f); !ok {
		return ""
	}
	n := int(f)
	return fmt.Sprintf("%04d-%02d-%02d", n/10000, n/100%100, n%100)
}

// parseDay parses the day of a YYYY-MM-DD string (a longer TIMEX3 value
// such as 2025-03-04T14:30 gives its day) as days since 1970-01-01.
func parseDay(s string) (int, bool) {
	if len(s) < 10 {
		return 0, false
	}
	t, err := time.Parse(time.DateOnly, s[:10])
	if err != nil {
		return 0, false
	}
	return int(t.Unix() / 86400), true
}
