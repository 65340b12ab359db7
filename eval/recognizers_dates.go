package eval

import (
	"encoding/json"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/recoupe/recoupe/timex"
)

// Scoring the Recognizers-Text DateTime specs with package timex.
//
// # Files scored
//
// The DateTime spec files that carry resolved values for whole sentences:
// the model files (DateTimeModel*.json, MergedParser.json: results with
// a "datetimeV2.*" TypeName and Resolution.values[].timex) and the parser
// files of the kinds timex covers (DateParser, DatePeriodParser,
// DurationParser, HolidayParser: results with Type and Value.Timex). The
// extractor files (spans without values) and the parser files of times,
// time ranges, date-times and sets are listed as skipped: their cases are
// all out of timex's scope (see below).
//
// # Scope
//
// timex is meant for news: dates, relative dates, durations and date
// ranges. A case is in scope when every expected result is of type date,
// daterange or duration (a case expecting nothing is in scope too: timex
// must then find nothing). Cases expecting a time, a time range, a
// date-time, a date-time range or a set are out of scope: they are scored
// all the same and counted on a separate line (OutOfScope,
// OutOfScopeCorrect), never mixed into the rate and never dropped.
//
// # From the gold resolution to TimeML values
//
//   - date: the gold timex when it is complete ("2016-11-07"); when it is
//     underspecified ("XXXX-WXX-5", "XXXX-10-02", "XXXX-XX-23") the
//     resolved dates the gold lists (the past and the future one) are the
//     acceptable values, and so is the underspecified timex itself (what
//     timex answers without a reference date).
//   - daterange of one unit: the gold timex is already a TimeML value
//     ("2016-12", "2016-W45", "2016-SU", "2000"); with X in it, its year
//     is taken from each resolved start date.
//   - daterange with bounds "(2016-11-04,2016-11-22,P18D)": TimeML has no
//     single value for it (TimeBank annotates two dates); it is compared
//     as "(START,END)" with the duration dropped and underspecified bounds
//     resolved as above. timex answers one with two dates joined by a
//     range connector ("du 4 au 22 novembre", "4-23", "entre 3 et 12
//     septembre"): the adapter joins them into "(V1,V2)".
//   - duration: the gold timex is a TimeML value ("P3D", "PT3H", "P3.5Y");
//     compared as is.
//
// Holidays are resolved by timex on the French calendar: the gold's
// American "fête des mères" (second Sunday of May) and "fête du travail"
// (first Monday of September) are not matched, and are left failing.
//
// Texts are compared case-insensitively, ignoring one leading preposition
// or determiner on either side ("depuis 3 ans" and "3 ans", "le 25 mardi"
// and "25 mardi"): TimeBank, whose conventions timex follows, keeps
// determiners and leaves prepositions out, and Recognizers-Text does not
// decide the same way from one file to the next.

// DateTimeFunc recognises the date and time expressions of one input
// against a reference date (the zero time when the case has none).
type DateTimeFunc func(input string, ref time.Time) []RecognizerItem

// rzDateFiles are the DateTime spec files scored, by base name.
var rzDateFiles = map[string]bool{
	"DateTimeModel": true, "DateTimeModelCalendarMode": true, "DateTimeModelComplexCalendar": true,
	"DateTimeModelExperimentalMode": true, "DateTimeModelExtendedTypes": true,
	"DateTimeModelSplitDateAndTime": true, "MergedParser": true,
	"DateParser": true, "DatePeriodParser": true, "DurationParser": true, "HolidayParser": true,
}

// rzInScope lists the result types timex covers.
var rzInScope = map[string]bool{"date": true, "daterange": true, "duration": true}

// rzDateCase is the part of a DateTime case the scorer reads.
type rzDateCase struct {
	Context struct {
		ReferenceDateTime string `json:"ReferenceDateTime"`
	} `json:"Context"`
	Results []struct {
		Text       string `json:"Text"`
		Type       string `json:"Type"`
		TypeName   string `json:"TypeName"`
		Resolution struct {
			Values []struct {
				Timex string `json:"timex"`
				Type  string `json:"type"`
				Value string `json:"value"`
				Start string `json:"start"`
				End   string `json:"end"`
			} `json:"values"`
		} `json:"Resolution"`
		Value struct {
			Timex            string            `json:"Timex"`
			FutureResolution map[string]string `json:"FutureResolution"`
			PastResolution   map[string]string `json:"PastResolution"`
		} `json:"Value"`
	} `json:"Results"`
}

// rzDateGold returns the expected items of a DateTime case, whether all
// of them are in timex's scope, and the case's reference date.
func rzDateGold(raw json.RawMessage) (items []RecognizerItem, inScope bool, ref time.Time) {
	var c rzDateCase
	if json.Unmarshal(raw, &c) != nil {
		return nil, false, time.Time{}
	}
	if s := c.Context.ReferenceDateTime; len(s) >= 10 {
		ref, _ = time.Parse("2006-01-02", s[:10])
	}
	inScope = true
	for _, r := range c.Results {
		typ := r.Type
		if r.TypeName != "" {
			typ = strings.TrimPrefix(r.TypeName, "datetimeV2.")
		}
		if !rzInScope[typ] {
			inScope = false
		}
		it := RecognizerItem{Text: r.Text}
		var tx string
		var starts, ends []string // resolved bounds (or dates)
		if len(r.Resolution.Values) > 0 {
			for _, v := range r.Resolution.Values {
				tx = v.Timex
				switch {
				case v.Start != "":
					starts, ends = append(starts, v.Start), append(ends, v.End)
				case v.Value != "" && v.Value != "not resolved":
					starts = append(starts, v.Value)
				}
			}
		} else {
			tx = r.Value.Timex
			for _, res := range []map[string]string{r.Value.FutureResolution, r.Value.PastResolution} {
				if d := res["date"]; d != "" {
					starts = append(starts, d)
				}
				if d := res["startDate"]; d != "" {
					starts, ends = append(starts, d), append(ends, res["endDate"])
				}
			}
		}
		it.Timex, it.Alt = rzTimeML(typ, tx, starts, ends)
		if typ == "date" && len(it.Timex) == 10 {
			it.Alt = append(it.Alt, rzUnitGranularity(r.Text, it.Timex)...)
		}
		items = append(items, it)
	}
	return items, inScope, ref
}

// rzTimeML maps a gold timex to the TimeML value timex should give and
// its acceptable alternatives (see the comment at the top of this file).
func rzTimeML(typ, tx string, starts, ends []string) (string, []string) {
	if !rzInScope[typ] {
		return tx, nil
	}
	if typ == "duration" {
		return tx, nil
	}
	if strings.HasPrefix(tx, "(") {
		// (START,END,DURATION)
		parts := strings.Split(strings.Trim(tx, "()"), ",")
		if len(parts) < 2 {
			return tx, nil
		}
		v := "(" + parts[0] + "," + parts[1] + ")"
		if len(parts) == 3 && parts[2] == "P10Y" && strings.HasSuffix(parts[0], "0-01-01") && len(parts[0]) == 10 {
			// A decade: TimeML writes 197 (TimeBank 197X).
			var alt []string
			for _, st := range append([]string{parts[0]}, starts...) {
				if len(st) >= 4 && !strings.Contains(st[:3], "X") {
					alt = append(alt, st[:3], st[:3]+"X")
				}
			}
			return v, alt
		}
		if !strings.Contains(v, "X") {
			return v, nil
		}
		var alt []string
		for i := range starts {
			if i < len(ends) && len(starts[i]) >= 10 && len(ends[i]) >= 10 {
				alt = append(alt, "("+rzFill(parts[0], starts[i])+","+rzFill(parts[1], ends[i])+")")
			}
		}
		return v, alt
	}
	if !strings.Contains(tx, "X") {
		return tx, nil
	}
	var alt []string
	for _, s := range starts {
		if len(s) < 10 {
			continue
		}
		if typ == "date" && len(tx) == 10 || strings.HasPrefix(tx, "XXXX-WXX-") {
			alt = append(alt, s[:10])
		} else {
			alt = append(alt, rzFill(tx, s))
		}
	}
	return tx, alt
}

// rzUnitGranularity gives the TimeML value of "il y a deux ans" or "dans
// trois mois" when the gold resolves it to a day: TimeBank annotates such
// an expression at the granularity of its unit (2014, 2016-08).
func rzUnitGranularity(text, date string) []string {
	t := strings.ToLower(text)
	if !strings.HasPrefix(t, "il y a ") && !strings.HasPrefix(t, "il ya ") && !strings.HasPrefix(t, "dans ") {
		return nil
	}
	switch last := t[strings.LastIndexByte(t, ' ')+1:]; last {
	case "an", "ans", "année", "années":
		return []string{date[:4]}
	case "mois":
		return []string{date[:7]}
	}
	return nil
}

// rzFill replaces the X's of an underspecified timex by the digits of the
// resolved date at the same positions ("XXXX-10" with "2016-10-01" is
// "2016-10"); week and weekday forms take the resolved date's.
func rzFill(tx, date string) string {
	if strings.Contains(tx, "W") {
		return date[:10]
	}
	b := []byte(tx)
	for i := range b {
		if b[i] == 'X' && i < len(date) {
			b[i] = date[i]
		}
	}
	return string(b)
}

// TimexDateTime is the DateTimeFunc of package timex: French, the spans
// of timex.Find with their values, two dates joined by a range connector
// merged into one "(V1,V2)" item.
func TimexDateTime(input string, ref time.Time) []RecognizerItem {
	spans := timex.Find(input, timex.Ref{Date: ref, Lang: "fr"})
	rs := []rune(input)
	var out []RecognizerItem
	for i := 0; i < len(spans); i++ {
		s := spans[i]
		if i+1 < len(spans) && s.Kind == timex.KindDate && spans[i+1].Kind == timex.KindDate &&
			s.Value != "" && spans[i+1].Value != "" && rzRangeJoin(string(rs[s.End:spans[i+1].Start])) {
			n := spans[i+1]
			start := s.Start
			if w, ok := rzWordBefore(rs, start); ok && (w == "entre" || w == "du" || w == "de") {
				start -= utf8.RuneCountInString(w) + 1
			}
			out = append(out, RecognizerItem{Text: string(rs[start:n.End]), Timex: "(" + s.Value + "," + n.Value + ")"})
			i++
			continue
		}
		out = append(out, RecognizerItem{Text: s.Text, Timex: s.Value})
	}
	return out
}

// rzRangeJoin reports whether the text between two dates joins them into
// a range: "-", "au", "à", "et", "jusqu'au".
func rzRangeJoin(between string) bool {
	switch strings.ToLower(strings.TrimSpace(between)) {
	case "-", "–", "au", "à", "a", "et", "jusqu'au", "jusqu’au", "jusqu'à", "jusqu’à", "jusqu'a", "jusqu’a":
		return true
	}
	return false
}

// rzWordBefore returns the word that ends one space before rune offset i.
func rzWordBefore(rs []rune, i int) (string, bool) {
	if i < 2 || rs[i-1] != ' ' {
		return "", false
	}
	j := i - 1
	for j > 0 && unicode.IsLetter(rs[j-1]) {
		j--
	}
	if j == i-1 {
		return "", false
	}
	return strings.ToLower(string(rs[j : i-1])), true
}

// rzLeading are the prepositions and determiners ignored at the start of
// a date's text when comparing spans.
var rzLeading = []string{
	"le", "la", "les", "l'", "l’", "du", "de", "des", "d'", "d’", "au", "aux", "à", "a", "en", "dans",
	"depuis", "pour", "pendant", "sur", "vers", "cette", "ce", "cet", "ces",
}

// rzDateText normalises a date's text for comparison.
func rzDateText(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.TrimSuffix(s, ".") // an abbreviation's full stop or the sentence's
	for _, w := range rzLeading {
		if rest, ok := strings.CutPrefix(s, w); ok {
			if strings.HasSuffix(w, "'") || strings.HasSuffix(w, "’") {
				return strings.TrimSpace(rest)
			}
			if strings.HasPrefix(rest, " ") {
				return strings.TrimSpace(rest)
			}
		}
	}
	return s
}

// rzSameDate compares a gold date item with a produced one.
func rzSameDate(want, got RecognizerItem) bool {
	if rzDateText(want.Text) != rzDateText(got.Text) {
		return false
	}
	if got.Timex == want.Timex || slices.Contains(want.Alt, got.Timex) {
		return true
	}
	return rzSameDuration(want, got.Timex)
}

// rzSameDuration compares a gold duration with a produced value: equal
// lengths written in other units match (P3.5Y and P42M, PT24H and P1D
// do not: days and hours are not converted, as TimeML keeps them apart),
// and "quelques jours", which Recognizers-Text resolves to P3D, matches
// the unspecified TimeML PXD.
func rzSameDuration(want RecognizerItem, got string) bool {
	w, ok1 := rzDurationParts(want.Timex)
	g, ok2 := rzDurationParts(got)
	if !ok1 || !ok2 {
		return false
	}
	if g.x && strings.Contains(strings.ToLower(want.Text), "quelques") {
		return w.unit == g.unit
	}
	if w.x || g.x {
		return false
	}
	toMonths := map[string]float64{"Y": 12, "M": 1}
	a, okA := toMonths[w.unit]
	b, okB := toMonths[g.unit]
	if !w.time && !g.time && okA && okB {
		return math.Abs(w.n*a-g.n*b) < 1e-9
	}
	return false
}

type rzDuration struct {
	n    float64
	unit string // Y, M, W, D, H (with time), M (with time), S
	time bool
	x    bool // unspecified number: PXD
}

// rzDurationParts reads a one-unit TimeML duration: P3D, PT3H, P3.5Y, PXW.
func rzDurationParts(v string) (rzDuration, bool) {
	var d rzDuration
	rest, ok := strings.CutPrefix(v, "P")
	if !ok || len(rest) < 2 {
		return d, false
	}
	if r, ok := strings.CutPrefix(rest, "T"); ok {
		d.time, rest = true, r
	}
	d.unit = rest[len(rest)-1:]
	num := rest[:len(rest)-1]
	if num == "X" {
		d.x = true
		return d, true
	}
	n, err := strconv.ParseFloat(num, 64)
	if err != nil {
		return d, false
	}
	d.n = n
	return d, true
}
