package report

import (
	"cmp"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
)

// This file lays out the two charts of the HTML report, drawn as inline
// SVG: a story's timeline and the evolution of its figures. Everything is
// computed here as numbers and short strings; the template only places
// them, escaping every piece of text.

// paletteSize is the number of colours sources cycle through (CSS
// classes s0 ... s7).
const paletteSize = 8

// num formats a coordinate with at most one decimal.
func num(x float64) string {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return "0"
	}
	return strconv.FormatFloat(math.Round(x*10)/10, 'f', -1, 64)
}

// parseDay reads a timeline or value date: YYYY-MM-DD, YYYY-MM or YYYY.
// It returns the first day of the period, in days since 1970-01-01, and
// how many parts were given (3, 2 or 1); ok is false for anything else.
func parseDay(s string) (day int, parts int, ok bool) {
	var t time.Time
	var err error
	switch len(s) {
	case 10:
		t, err = time.Parse("2006-01-02", s)
		parts = 3
	case 7:
		t, err = time.Parse("2006-01", s)
		parts = 2
	case 4:
		t, err = time.Parse("2006", s)
		parts = 1
	default:
		return 0, 0, false
	}
	if err != nil {
		return 0, 0, false
	}
	return int(t.Unix() / 86400), parts, true
}

var monthAbbr = [...]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}

// dayLabel writes a date for an axis: "4 Mar", with the year when it
// differs from the previous label's (prevYear, 0 for none), "Oct 2024"
// for a month, "1972" for a year.
func dayLabel(day, parts, prevYear int) (label string, year int) {
	t := time.Unix(int64(day)*86400, 0).UTC()
	y := t.Year()
	switch parts {
	case 1:
		return strconv.Itoa(y), y
	case 2:
		return monthAbbr[t.Month()-1] + " " + strconv.Itoa(y), y
	}
	label = strconv.Itoa(t.Day()) + " " + monthAbbr[t.Month()-1]
	if y != prevYear {
		label += " " + strconv.Itoa(y)
	}
	return label, y
}

// svgLabel is a piece of text placed in a chart.
type svgLabel struct {
	X, Y, Text, Anchor string
}

// svgTimeline is a story's timeline as a chart: a horizontal time axis,
// broken where months or years pass without events, with the events as
// numbered markers above their dates.
type svgTimeline struct {
	W, H   int
	AxisY  string
	X0, X1 string
	Breaks []string // x of the axis breaks
	Dates  []svgLabel
	Stems  []svgStem
	Marks  []svgMark
}

// svgStem joins the axis to the markers of one date.
type svgStem struct{ X, Y1, Y2 string }

// svgMark is one event's marker: its number in the list below the
// chart, hollow when the event is still to come.
type svgMark struct {
	X, Y, TextY string
	N           int
	Future      bool
	Title       string
}

// Timeline chart geometry, in SVG user units.
const (
	tlWidth     = 960
	tlMargin    = 36
	tlMinGap    = 64 // at least this between two dates, when they fit
	tlMarkStep  = 26 // between stacked markers
	tlMarkR     = 10
	tlBreakDays = 45 // a longer gap without events breaks the axis
)

// timelineEvent is what the chart needs of one event.
type timelineEvent struct {
	Date, Text, Sources string
	N                   int
	Future              bool
}

// layoutTimeline places the events whose dates can be read; it returns
// nil when none can.
func layoutTimeline(events []timelineEvent) *svgTimeline {
	type slot struct {
		date       string
		day, parts int
		events     []timelineEvent
	}
	var slots []*slot
	byDate := map[string]*slot{}
	for _, e := range events {
		day, parts, ok := parseDay(e.Date)
		if !ok {
			continue
		}
		s := byDate[e.Date]
		if s == nil {
			s = &slot{date: e.Date, day: day, parts: parts}
			byDate[e.Date] = s
			slots = append(slots, s)
		}
		s.events = append(s.events, e)
	}
	if len(slots) == 0 {
		return nil
	}
	slices.SortStableFunc(slots, func(a, b *slot) int {
		if a.day != b.day {
			return a.day - b.day
		}
		return a.parts - b.parts
	})

	// Units per gap: days, or a fixed share for a break.
	n := len(slots)
	units := make([]float64, max(n-1, 0))
	isBreak := make([]bool, len(units))
	var dayUnits float64
	for i := range units {
		g := float64(slots[i+1].day - slots[i].day)
		if g > tlBreakDays {
			isBreak[i] = true
			continue
		}
		units[i] = g
		dayUnits += g
	}
	for i := range units {
		if isBreak[i] {
			units[i] = max(dayUnits*0.15, 1)
		}
	}
	var total float64
	for _, u := range units {
		total += u
	}
	inner := float64(tlWidth - 2*tlMargin)
	minGap := float64(tlMinGap)
	if n > 1 && minGap*float64(n-1) > inner {
		minGap = inner / float64(n-1)
	}
	free := inner - minGap*float64(n-1)
	xs := make([]float64, n)
	if n == 1 {
		xs[0] = tlWidth / 2
	} else {
		xs[0] = tlMargin
		for i, u := range units {
			step := minGap
			if total > 0 {
				step += free * u / total
			} else {
				step += free / float64(n-1)
			}
			xs[i+1] = xs[i] + step
		}
	}

	stack := 0
	for _, s := range slots {
		stack = max(stack, len(s.events))
	}
	top := 8.0
	axisY := top + float64(stack)*tlMarkStep + 12
	// Date labels on one row, or two alternating rows when they would
	// run into each other.
	twoRows := n > 1 && minGap < 84
	h := axisY + 26
	if twoRows {
		h += 16
	}
	c := &svgTimeline{W: tlWidth, H: int(math.Ceil(h)), AxisY: num(axisY), X0: num(xs[0] - 14), X1: num(xs[n-1] + 14)}
	if n == 1 {
		c.X0, c.X1 = num(tlMargin), num(tlWidth-tlMargin)
	}
	for i, b := range isBreak {
		if b {
			c.Breaks = append(c.Breaks, num((xs[i]+xs[i+1])/2))
		}
	}
	prevYear := 0
	for i, s := range slots {
		label, y := dayLabel(s.day, s.parts, prevYear)
		prevYear = y
		ly := axisY + 20
		if twoRows && i%2 == 1 {
			ly += 16
		}
		c.Dates = append(c.Dates, svgLabel{X: num(xs[i]), Y: num(ly), Text: label, Anchor: "middle"})
		topMark := axisY - 12 - float64(len(s.events)-1)*tlMarkStep - tlMarkR
		c.Stems = append(c.Stems, svgStem{X: num(xs[i]), Y1: num(axisY), Y2: num(topMark)})
		for k, e := range s.events {
			y := axisY - 12 - tlMarkR - float64(k)*tlMarkStep
			title := strconv.Itoa(e.N) + ". " + e.Date
			if e.Future {
				title += " (announced)"
			}
			title += " — " + e.Text
			if e.Sources != "" {
				title += " [" + e.Sources + "]"
			}
			c.Marks = append(c.Marks, svgMark{X: num(xs[i]), Y: num(y), TextY: num(y + 4), N: e.N, Future: e.Future, Title: title})
		}
	}
	return c
}

// svgFigure is the evolution of one measure's figures: x the date, y the
// value, one colour and one line per independent source.
type svgFigure struct {
	Measure, Status, StatusClass string
	W, H                         int
	PlotX0, PlotX1               string
	PlotY0, PlotY1               string
	YTicks                       []svgLabel // Y also the grid line
	XTicks                       []svgLabel
	Lines                        []svgPolyline
	Bars                         []svgBar
	Points                       []svgPoint
	Labels                       []svgLabel
	Legend                       []svgLegend
	Summary                      string // for aria-label
}

type svgPolyline struct{ Class, Points string }

// svgBar is a range (low to high) with caps.
type svgBar struct{ Class, X, Y1, Y2, CapX0, CapX1 string }

// svgPoint is one value: Shape is "dot" (exact), "ring" (approximate),
// "up" (at least), "down" (at most) or "cross" (retracted); Path draws
// the shapes that are not circles.
type svgPoint struct {
	Class, Shape, X, Y, Path, Title string
}

// svgLegend names a source's colour.
type svgLegend struct{ Class, Label string }

// Figure chart geometry.
const (
	figWidth   = 520
	figHeight  = 240
	figLeft    = 56
	figRight   = 64
	figTop     = 14
	figBottom  = 34
	figDodge   = 8
	figPointR  = 4.5
	figMaxTick = 6
)

// figureValue is what the chart needs of one value.
type figureValue struct {
	Value     float64
	Low, High *float64
	Approx    bool
	Retracted bool
	Date      string
	Group     int    // independent source, index in the story
	Text      string // the formatted value
	Said      string // outlets
}

// niceStep is a round step (1, 2, 2.5 or 5 times a power of ten) near x.
func niceStep(x float64) float64 {
	if x <= 0 || math.IsNaN(x) || math.IsInf(x, 0) {
		return 1
	}
	p := math.Pow(10, math.Floor(math.Log10(x)))
	for _, m := range []float64{1, 2, 2.5, 5, 10} {
		if m*p >= x {
			return m * p
		}
	}
	return 10 * p
}

// axisNumber writes an axis value compactly: "4 M", "250 k", "1 500".
func axisNumber(x float64) string {
	switch ax := math.Abs(x); {
	case ax >= 1e6 && math.Mod(x, 1e5) == 0:
		return strconv.FormatFloat(x/1e6, 'f', -1, 64) + "\u202fM"
	case ax >= 1e4 && math.Mod(x, 100) == 0:
		return strconv.FormatFloat(x/1e3, 'f', -1, 64) + "\u202fk"
	}
	return formatNumber(x)
}

// chartable reports whether a claim's values make an evolution worth
// drawing: a count with two dated values or more that are not all the
// same figure on the same day.
func chartable(c *Claim) bool {
	if isDateClaim(c) {
		return false
	}
	var first string
	n := 0
	for _, v := range c.Values {
		if v.AsOf == nil || !validValue(v) {
			continue
		}
		if _, parts, ok := parseDay(*v.AsOf); !ok || parts != 3 {
			continue
		}
		key := *v.AsOf + " " + formatValue(v)
		if n == 0 {
			first = key
		} else if key != first {
			return true
		}
		n++
	}
	return false
}

// validValue reports whether a value's numbers can be drawn.
func validValue(v Value) bool {
	ok := func(x float64) bool { return !math.IsNaN(x) && !math.IsInf(x, 0) }
	return ok(v.Value) && (v.Low == nil || ok(*v.Low)) && (v.High == nil || ok(*v.High))
}

// layoutFigure draws a measure's dated values. labels names the sources
// by group index.
func layoutFigure(vals []figureValue, labels func(int) string) *svgFigure {
	type pt struct {
		figureValue
		day int
	}
	var pts []pt
	for _, v := range vals {
		day, parts, ok := parseDay(v.Date)
		if !ok || parts != 3 {
			continue
		}
		pts = append(pts, pt{v, day})
	}
	if len(pts) == 0 {
		return nil
	}
	// Merge the values of one source that read the same on one day
	// (copies of one dispatch).
	type key struct {
		group, day int
		text       string
		retracted  bool
	}
	merged := map[key]int{}
	var uniq []pt
	for _, p := range pts {
		k := key{p.Group, p.day, p.Text, p.Retracted}
		if i, ok := merged[k]; ok {
			if p.Said != "" && !strings.Contains(uniq[i].Said, p.Said) {
				uniq[i].Said += ", " + p.Said
			}
			continue
		}
		merged[k] = len(uniq)
		uniq = append(uniq, p)
	}
	pts = uniq

	minDay, maxDay := pts[0].day, pts[0].day
	maxY := 0.0
	minY := 0.0
	for _, p := range pts {
		minDay, maxDay = min(minDay, p.day), max(maxDay, p.day)
		for _, y := range []*float64{&p.Value, p.Low, p.High} {
			if y != nil {
				maxY, minY = max(maxY, *y), min(minY, *y)
			}
		}
	}
	if maxY == minY {
		maxY = minY + 1
	}
	step := niceStep((maxY - minY) / 4)
	top := math.Ceil(maxY*1.05/step) * step
	bottom := math.Floor(minY/step) * step
	x0, x1 := float64(figLeft), float64(figWidth-figRight)
	y0, y1 := float64(figHeight-figBottom), float64(figTop)
	span := float64(maxDay-minDay) + 1
	xOf := func(day int) float64 {
		return x0 + (float64(day-minDay)+0.5)/span*(x1-x0)
	}
	yOf := func(v float64) float64 { return y0 - (v-bottom)/(top-bottom)*(y0-y1) }

	f := &svgFigure{W: figWidth, H: figHeight, PlotX0: num(x0), PlotX1: num(x1), PlotY0: num(y0), PlotY1: num(y1)}
	for v, i := bottom, 0; v <= top+step/2 && i < 12; v, i = v+step, i+1 {
		f.YTicks = append(f.YTicks, svgLabel{X: num(x0 - 6), Y: num(yOf(v)), Text: axisNumber(v), Anchor: "end"})
	}
	// One tick per day with values, thinned to at most figMaxTick.
	var days []int
	for _, p := range pts {
		if !slices.Contains(days, p.day) {
			days = append(days, p.day)
		}
	}
	slices.Sort(days)
	every := (len(days) + figMaxTick - 1) / figMaxTick
	prevYear := 0
	for i, d := range days {
		if i%every != 0 {
			continue
		}
		label, y := dayLabel(d, 3, prevYear)
		prevYear = y
		f.XTicks = append(f.XTicks, svgLabel{X: num(xOf(d)), Y: num(y0 + 16), Text: label, Anchor: "middle"})
	}

	// Dodge the sources sharing a day, so that their points stay
	// visible side by side.
	groupsOnDay := map[int][]int{}
	for _, p := range pts {
		if !slices.Contains(groupsOnDay[p.day], p.Group) {
			groupsOnDay[p.day] = append(groupsOnDay[p.day], p.Group)
		}
	}
	for _, gs := range groupsOnDay {
		slices.Sort(gs)
	}
	xAt := func(p pt) float64 {
		gs := groupsOnDay[p.day]
		j := slices.Index(gs, p.Group)
		return xOf(p.day) + (float64(j)-float64(len(gs)-1)/2)*figDodge
	}

	// Lines: one per source, through its values that stand, by date,
	// when it gives one figure a day.
	var groups []int
	for _, p := range pts {
		if !slices.Contains(groups, p.Group) {
			groups = append(groups, p.Group)
		}
	}
	slices.Sort(groups)
	for _, g := range groups {
		var line []pt
		for _, p := range pts {
			if p.Group == g && !p.Retracted {
				line = append(line, p)
			}
		}
		slices.SortStableFunc(line, func(a, b pt) int { return a.day - b.day })
		if len(line) < 2 || line[0].day == line[len(line)-1].day {
			continue
		}
		// A source giving two figures on one day (a part and a whole, a
		// recalled figure) has no single course to draw; the same figure
		// twice ("au moins 12" and "12") is one point of it.
		ambiguous := false
		kept := []pt{line[0]}
		for _, p := range line[1:] {
			last := kept[len(kept)-1]
			switch {
			case p.day != last.day:
				kept = append(kept, p)
			case p.Value != last.Value:
				ambiguous = true
			}
		}
		if ambiguous {
			continue
		}
		line = kept
		var b strings.Builder
		for i, p := range line {
			if i > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(num(xAt(p)) + "," + num(yOf(p.Value)))
		}
		f.Lines = append(f.Lines, svgPolyline{Class: sourceClass(g), Points: b.String()})
	}

	for _, p := range pts {
		x, y := xAt(p), yOf(p.Value)
		cls := sourceClass(p.Group)
		title := p.Text + " — " + p.Date
		if p.Said != "" {
			title += " — " + p.Said
		}
		if p.Retracted {
			title += " (retracted)"
		}
		if p.Low != nil && p.High != nil && *p.Low != *p.High {
			f.Bars = append(f.Bars, svgBar{Class: cls, X: num(x), Y1: num(yOf(*p.Low)), Y2: num(yOf(*p.High)),
				CapX0: num(x - 4), CapX1: num(x + 4)})
		}
		sp := svgPoint{Class: cls, X: num(x), Y: num(y), Title: title, Shape: "dot"}
		r := figPointR
		switch {
		case p.Retracted:
			sp.Shape = "cross"
			sp.Path = "M" + num(x-r) + " " + num(y-r) + "L" + num(x+r) + " " + num(y+r) +
				"M" + num(x-r) + " " + num(y+r) + "L" + num(x+r) + " " + num(y-r)
		case p.Low != nil && p.High == nil:
			sp.Shape = "up"
			sp.Path = "M" + num(x) + " " + num(y-r-1.5) + "L" + num(x+r+0.5) + " " + num(y+r-0.5) + "L" + num(x-r-0.5) + " " + num(y+r-0.5) + "Z"
		case p.High != nil && p.Low == nil:
			sp.Shape = "down"
			sp.Path = "M" + num(x) + " " + num(y+r+1.5) + "L" + num(x+r+0.5) + " " + num(y-r+0.5) + "L" + num(x-r-0.5) + " " + num(y-r+0.5) + "Z"
		case p.Approx:
			sp.Shape = "ring"
		}
		f.Points = append(f.Points, sp)
	}
	// Value labels, right of the day's rightmost point; a label that
	// would run into one already placed moves down.
	rightmost := map[int]float64{}
	for _, p := range pts {
		rightmost[p.day] = max(rightmost[p.day], xAt(p))
	}
	// One label per figure and day, placed top to bottom.
	type label struct {
		day  int
		text string
		y    float64
	}
	var todo []label
	seen := map[string]bool{}
	for _, p := range pts {
		k := strconv.Itoa(p.day) + " " + p.Text
		if !seen[k] {
			seen[k] = true
			todo = append(todo, label{p.day, p.Text, yOf(p.Value) + 4})
		}
	}
	slices.SortStableFunc(todo, func(a, b label) int {
		if a.day != b.day {
			return a.day - b.day
		}
		return cmp.Compare(a.y, b.y)
	})
	type placed struct{ x, y float64 }
	var done []placed
	for _, l := range todo {
		x, y := rightmost[l.day]+8, l.y
		for _, d := range done {
			if math.Abs(d.x-x) < 40 && math.Abs(d.y-y) < 11 {
				y = d.y + 11
			}
		}
		done = append(done, placed{x, y})
		f.Labels = append(f.Labels, svgLabel{X: num(x), Y: num(y), Text: l.text, Anchor: "start"})
	}
	for _, g := range groups {
		f.Legend = append(f.Legend, svgLegend{Class: sourceClass(g), Label: labels(g)})
	}
	return f
}

// sourceClass is the CSS class of a source's colour.
func sourceClass(group int) string { return "s" + strconv.Itoa(group%paletteSize) }
