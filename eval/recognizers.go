package eval

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/recoupe/recoupe/quantity"
)

// RecognizerCase is one test case of the Microsoft Recognizers-Text
// French specs (shared data "recognizers-fr"): an input sentence and the
// expected results.
type RecognizerCase struct {
	Input   string             `json:"Input"`
	Results []RecognizerResult `json:"Results"`
	// NotSupported lists the platforms ("dotnet", "java", ...) whose
	// recognizer fails the case; NotSupportedByDesign likewise.
	NotSupported         string `json:"NotSupported"`
	NotSupportedByDesign string `json:"NotSupportedByDesign"`
}

// RecognizerResult is one expected result of a case.
type RecognizerResult struct {
	Text       string                     `json:"Text"`
	TypeName   string                     `json:"TypeName"`
	Resolution map[string]json.RawMessage `json:"Resolution"`
	Start      int                        `json:"Start"`
	End        int                        `json:"End"`
}

// Unsupported reports whether the case is marked not supported for the
// reference (.NET) implementation; such cases are scored apart.
func (c RecognizerCase) Unsupported() bool {
	return strings.Contains(strings.ToLower(c.NotSupported), "dotnet")
}

// LoadRecognizerCases reads one Recognizers-Text spec file (a JSON array
// of cases, UTF-8 with or without BOM).
func LoadRecognizerCases(path string) ([]RecognizerCase, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("loading recognizer cases: %w", err)
	}
	b = []byte(strings.TrimPrefix(string(b), "\ufeff"))
	var cases []RecognizerCase
	if err := json.Unmarshal(b, &cases); err != nil {
		return nil, fmt.Errorf("parsing %s: %w", path, err)
	}
	return cases, nil
}

// RecognizerItem is one normalised result, produced or expected: its text
// (compared case-insensitively, trimmed), its value (nil when the gold has
// none) and its unit in quantity's vocabulary ("" when none).
type RecognizerItem struct {
	Text  string
	Value *float64
	Unit  string
	// Timex is a date's TimeML value ("2016-11-07", "P3D", "(2016-11-04,2016-11-22)"
	// for a range), "" for a number.
	Timex string
	// Alt lists the other values a gold date accepts (the past and future
	// resolutions of "vendredi"); empty for a produced item.
	Alt []string
}

func (it RecognizerItem) String() string {
	if it.Timex != "" || it.Value == nil && it.Unit == "" {
		if len(it.Alt) > 0 {
			return fmt.Sprintf("%q=%s|%s", it.Text, it.Timex, strings.Join(it.Alt, "|"))
		}
		return fmt.Sprintf("%q=%s", it.Text, it.Timex)
	}
	v := "null"
	if it.Value != nil {
		v = strconv.FormatFloat(*it.Value, 'g', -1, 64)
	}
	if it.Unit != "" {
		return fmt.Sprintf("%q=%s %s", it.Text, v, it.Unit)
	}
	return fmt.Sprintf("%q=%s", it.Text, v)
}

// RecognizerFunc recognises one input; Recognizers uses one per spec file.
type RecognizerFunc func(input string) []RecognizerItem

// RecognizerError is a case the recogniser got wrong.
type RecognizerError struct {
	Input       string
	Want, Got   []RecognizerItem
	Unsupported bool
	OutOfScope  bool
}

// RecognizerFileScore is the score of one spec file.
type RecognizerFileScore struct {
	File    string // relative to the data directory, e.g. "Number/NumberModel.json"
	Group   string // "Number", "NumberWithUnit", "DateTime"
	Cases   int    // supported cases scored
	Correct int
	// Unsupported and UnsupportedCorrect count the cases marked not
	// supported for dotnet, scored apart.
	Unsupported, UnsupportedCorrect int
	// OutOfScope and OutOfScopeCorrect count the supported DateTime cases
	// outside timex's scope (times, date-times, sets), scored apart.
	OutOfScope, OutOfScopeCorrect int
	Errors                        []RecognizerError
}

// Rate is the exact-match rate of the supported cases.
func (f RecognizerFileScore) Rate() float64 { return rate(f.Correct, f.Cases) }

func rate(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// RecognizersScore is the score over the spec files that have a
// recogniser; files without one (DateTime without a DateTimeFunc, Choice,
// Sequence, number ranges) are listed in Skipped.
type RecognizersScore struct {
	Files   []RecognizerFileScore
	Skipped []string
}

// Group sums the files of one group ("" for all): correct and scored
// supported cases.
func (s RecognizersScore) Group(group string) (correct, cases int) {
	for _, f := range s.Files {
		if group == "" || f.Group == group {
			correct += f.Correct
			cases += f.Cases
		}
	}
	return correct, cases
}

// GroupRate is Group as a rate.
func (s RecognizersScore) GroupRate(group string) float64 { return rate(s.Group(group)) }

// Recognizers scores the quantity package on the Recognizers-Text French
// specs under dir (Number/, NumberWithUnit/) and package timex on the
// DateTime ones (see recognizers_dates.go). See RecognizersWith.
func Recognizers(dir string) (RecognizersScore, error) {
	return RecognizersWith(dir, TimexDateTime)
}

// RecognizersWith is Recognizers with a recogniser for the DateTime spec
// files (nil to skip them).
//
// A case is correct when the multiset of items produced equals the gold
// multiset: texts compared case-insensitively after trimming; values
// equal within a relative tolerance of 1e-9 (both absent counts as equal);
// units equal after mapping the gold unit names ("Dollar", "Kilomètres",
// "C") to quantity's ("USD", "km", "°C"). Cases marked NotSupported for
// dotnet are scored apart (Unsupported), not in the rates.
//
// Recognisers per file: Number/NumberModel: quantity.Numbers without
// ordinals; OrdinalModel*: the ordinals of quantity.Numbers; PercentModel*:
// Find spans of kind percent; NumberWithUnit/CurrencyModel: money;
// DimensionModel: length, area, weight, volume, speed, angle; TemperatureModel:
// temperature; AgeModel: age and duration (that model has no duration
// counterpart: any "N ans" is an age there).
func RecognizersWith(dir string, dateTime DateTimeFunc) (RecognizersScore, error) {
	var score RecognizersScore
	var files []string
	for _, group := range []string{"Number", "NumberWithUnit", "DateTime", "Choice", "Sequence"} {
		m, err := filepath.Glob(filepath.Join(dir, group, "*.json"))
		if err != nil {
			return score, fmt.Errorf("listing %s: %w", dir, err)
		}
		files = append(files, m...)
	}
	if len(files) == 0 {
		return score, fmt.Errorf("no spec files under %s: %w", dir, ErrNoShared)
	}
	sort.Strings(files)
	files = slices.Compact(files) // a spec file is scored and printed once
	for _, path := range files {
		rel, _ := filepath.Rel(dir, path)
		rel = filepath.ToSlash(rel)
		group, _, _ := strings.Cut(rel, "/")
		name := strings.TrimSuffix(filepath.Base(path), ".json")
		if group == "DateTime" {
			if dateTime == nil || !rzDateFiles[name] {
				score.Skipped = append(score.Skipped, rel)
				continue
			}
			fs, err := rzScoreDates(path, rel, dateTime)
			if err != nil {
				return score, err
			}
			score.Files = append(score.Files, fs)
			continue
		}
		rec := rzRecognizer(group, name)
		if rec == nil {
			score.Skipped = append(score.Skipped, rel)
			continue
		}
		cases, err := LoadRecognizerCases(path)
		if err != nil {
			return score, err
		}
		fs := RecognizerFileScore{File: rel, Group: group}
		for _, c := range cases {
			want := rzGold(c)
			got := rec(c.Input)
			ok := rzSameItems(want, got)
			if c.Unsupported() {
				fs.Unsupported++
				if ok {
					fs.UnsupportedCorrect++
				}
			} else {
				fs.Cases++
				if ok {
					fs.Correct++
				}
			}
			if !ok {
				fs.Errors = append(fs.Errors, RecognizerError{Input: c.Input, Want: want, Got: got, Unsupported: c.Unsupported()})
			}
		}
		score.Files = append(score.Files, fs)
	}
	return score, nil
}

// rzScoreDates scores one DateTime spec file.
func rzScoreDates(path, rel string, dateTime DateTimeFunc) (RecognizerFileScore, error) {
	fs := RecognizerFileScore{File: rel, Group: "DateTime"}
	b, err := os.ReadFile(path)
	if err != nil {
		return fs, fmt.Errorf("loading recognizer cases: %w", err)
	}
	b = []byte(strings.TrimPrefix(string(b), "\ufeff"))
	var raws []json.RawMessage
	if err := json.Unmarshal(b, &raws); err != nil {
		return fs, fmt.Errorf("parsing %s: %w", path, err)
	}
	for _, raw := range raws {
		var c RecognizerCase
		if err := json.Unmarshal(raw, &c); err != nil {
			return fs, fmt.Errorf("parsing %s: %w", path, err)
		}
		want, inScope, ref := rzDateGold(raw)
		got := dateTime(c.Input, ref)
		ok := rzSameItems(want, got)
		switch {
		case c.Unsupported():
			fs.Unsupported++
			if ok {
				fs.UnsupportedCorrect++
			}
		case !inScope:
			fs.OutOfScope++
			if ok {
				fs.OutOfScopeCorrect++
			}
		default:
			fs.Cases++
			if ok {
				fs.Correct++
			}
		}
		if !ok {
			fs.Errors = append(fs.Errors, RecognizerError{Input: c.Input, Want: want, Got: got,
				Unsupported: c.Unsupported(), OutOfScope: !inScope && !c.Unsupported()})
		}
	}
	return fs, nil
}

// rzRecognizer returns the recogniser for one spec file, nil when none.
func rzRecognizer(group, name string) RecognizerFunc {
	kinds := func(ks ...string) RecognizerFunc {
		return func(in string) []RecognizerItem { return rzSpans(in, ks...) }
	}
	switch group {
	case "Number":
		switch {
		case name == "NumberModel":
			return func(in string) []RecognizerItem { return rzNumbers(in, false) }
		case strings.HasPrefix(name, "OrdinalModel"):
			return func(in string) []RecognizerItem { return rzNumbers(in, true) }
		case strings.HasPrefix(name, "PercentModel") || name == "NumberModelPercentMode":
			return kinds("percent")
		}
	case "NumberWithUnit":
		switch name {
		case "CurrencyModel":
			return kinds("money")
		case "DimensionModel":
			return kinds("length", "area", "weight", "volume", "speed", "angle")
		case "TemperatureModel":
			return kinds("temperature")
		case "AgeModel":
			// The Recognizers age model tags every "N ans/mois/semaines"
			// as an age; quantity splits ages from durations by context,
			// so both kinds answer it.
			return kinds("age", "duration")
		}
	}
	return nil
}

func rzNumbers(in string, ordinals bool) []RecognizerItem {
	var out []RecognizerItem
	for _, n := range quantity.Numbers(in, "fr") {
		if (n.Subtype == "ordinal") != ordinals {
			continue
		}
		v := n.Value
		out = append(out, RecognizerItem{Text: n.Text, Value: &v})
	}
	return out
}

func rzSpans(in string, kinds ...string) []RecognizerItem {
	var out []RecognizerItem
	for _, s := range quantity.Find(in, "fr") {
		for _, k := range kinds {
			if s.Kind == k {
				v := s.Value
				unit := s.Unit
				if k == "percent" {
					unit = ""
				}
				out = append(out, RecognizerItem{Text: s.Text, Value: &v, Unit: unit})
				break
			}
		}
	}
	return out
}

// rzGold normalises the expected results of a case.
func rzGold(c RecognizerCase) []RecognizerItem {
	var out []RecognizerItem
	for _, r := range c.Results {
		it := RecognizerItem{Text: r.Text}
		if raw, ok := r.Resolution["value"]; ok {
			var s *string
			if json.Unmarshal(raw, &s) == nil && s != nil {
				if v, ok := rzParseValue(*s); ok {
					it.Value = &v
				}
			}
		}
		if raw, ok := r.Resolution["unit"]; ok {
			var s string
			if json.Unmarshal(raw, &s) == nil {
				it.Unit = rzUnit(s)
			}
		}
		out = append(out, it)
	}
	return out
}

// rzParseValue reads a gold value: "1234567,89", "1E-12", "12%".
func rzParseValue(s string) (float64, bool) {
	s = strings.TrimSuffix(strings.TrimSpace(s), "%")
	s = strings.ReplaceAll(s, ",", ".")
	v, err := strconv.ParseFloat(s, 64)
	return v, err == nil
}

// rzUnits maps Recognizers-Text French unit names to quantity's units.
var rzUnits = map[string]string{
	"dollar": "USD", "dollar états-unis": "USD", "dollar canadien": "CAD", "dollar australien": "AUD",
	"dollar de hong kong": "HKD", "dollar néo-zélandais": "NZD", "mexican peso": "MXN", "euro": "EUR",
	"livre": "GBP", "yen japonais": "JPY", "yuan chinois": "CNY", "franc suisse": "CHF", "franc": "franc",
	"cent": "cent", "centimes": "centime", "pence": "pence", "penny": "penny", "roupie": "roupie",
	"roupie indienne": "INR", "mark finlandais": "FIM", "florins néerlandais": "NLG", "pesewa": "pesewa",
	"kilomètres": "km", "mètres": "m", "centimètres": "cm", "millimètres": "mm", "décimètres": "dm",
	"hectomètre": "hm", "mile": "mi", "pied": "ft", "pouce": "in", "mètre carré": "m²",
	"kilomètre carré": "km²", "acre": "acre", "litre": "l", "millilitre": "ml", "gallon": "gal",
	"baril": "bbl", "onces": "oz", "pieds cube": "ft³", "tonne": "t", "tonne métrique": "t",
	"microgramme": "µg", "miles par heure": "mph", "degree": "deg", "c": "°C", "f": "°F", "kelvin": "K", "degré": "°",
	"ans": "year", "mois": "month", "semaines": "week", "jour": "day",
}

func rzUnit(s string) string {
	if u, ok := rzUnits[strings.ToLower(s)]; ok {
		return u
	}
	return strings.ToLower(s)
}

// rzSameItems compares two multisets of items.
func rzSameItems(want, got []RecognizerItem) bool {
	if len(want) != len(got) {
		return false
	}
	used := make([]bool, len(got))
	for _, w := range want {
		found := false
		for i, g := range got {
			if !used[i] && rzSameItem(w, g) {
				used[i], found = true, true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

func rzSameItem(a, b RecognizerItem) bool {
	if a.Timex != "" || b.Timex != "" {
		return rzSameDate(a, b)
	}
	if !strings.EqualFold(strings.TrimSpace(a.Text), strings.TrimSpace(b.Text)) || a.Unit != b.Unit {
		return false
	}
	if a.Value == nil || b.Value == nil {
		return a.Value == nil && b.Value == nil
	}
	x, y := *a.Value, *b.Value
	return x == y || math.Abs(x-y) <= 1e-9*math.Max(math.Abs(x), math.Abs(y))
}
