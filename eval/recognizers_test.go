package eval

import (
	"errors"
	"reflect"
	"testing"
	"time"
)

// rzFloors are the exact-match rates reached when this test was written,
// minus 0.01: a drop below them is a regression.
var rzFloors = map[string]float64{
	"Number":         0.853 - 0.01,
	"NumberWithUnit": 0.871 - 0.01,
	// DateTime: package timex on the dates, date ranges and durations of
	// the DateTime specs, 171/300 after the holidays and periods; "" is
	// every group.
	"DateTime": 0.570 - 0.02,
	"":         0.746 - 0.02,
}

// rzNumberModelFloor is the floor of Number/NumberModel.json alone.
const rzNumberModelFloor = 0.953 - 0.01

func TestRecognizersFloor(t *testing.T) {
	dir, err := SharedData("recognizers-fr")
	if errors.Is(err, ErrNoShared) {
		t.Skip("shared data recognizers-fr not found: ", err)
	}
	if err != nil {
		t.Fatal(err)
	}
	score, err := Recognizers(dir)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, f := range score.Files {
		if seen[f.File] {
			t.Errorf("%s scored twice", f.File)
		}
		seen[f.File] = true
		t.Logf("%-45s %4d/%-4d %6.1f%%  not-supported %d/%d", f.File, f.Correct, f.Cases, 100*f.Rate(), f.UnsupportedCorrect, f.Unsupported)
		if f.File == "Number/NumberModel.json" && f.Rate() < rzNumberModelFloor {
			t.Errorf("%s: exact-match rate %.3f below floor %.3f", f.File, f.Rate(), rzNumberModelFloor)
		}
	}
	for _, g := range []string{"Number", "NumberWithUnit", "DateTime", ""} {
		c, n := score.Group(g)
		r := score.GroupRate(g)
		t.Logf("group %q: %d/%d = %.3f", g, c, n, r)
		if n == 0 {
			t.Errorf("group %q: no case scored", g)
		}
		if r < rzFloors[g] {
			t.Errorf("group %q: exact-match rate %.3f below floor %.3f", g, r, rzFloors[g])
		}
	}
}

func TestRzSameItems(t *testing.T) {
	f := func(v float64) *float64 { return &v }
	tests := []struct {
		name      string
		want, got []RecognizerItem
		same      bool
	}{
		{"equal", []RecognizerItem{{Text: "Trois", Value: f(3), Unit: ""}}, []RecognizerItem{{Text: "trois", Value: f(3), Unit: ""}}, true},
		{"tolerance", []RecognizerItem{{Text: "un sur trois", Value: f(0.333333333333333), Unit: ""}}, []RecognizerItem{{Text: "un sur trois", Value: f(1.0 / 3), Unit: ""}}, true},
		{"value differs", []RecognizerItem{{Text: "4,800", Value: f(4.8), Unit: ""}}, []RecognizerItem{{Text: "4,800", Value: f(4800), Unit: ""}}, false},
		{"unit differs", []RecognizerItem{{Text: "75 $", Value: f(75), Unit: "USD"}}, []RecognizerItem{{Text: "75 $", Value: f(75), Unit: "CAD"}}, false},
		{"null value", []RecognizerItem{{Text: "dollar", Value: nil, Unit: "USD"}}, []RecognizerItem{{Text: "dollar", Value: f(1), Unit: "USD"}}, false},
		{"multiset order", []RecognizerItem{{Text: "1", Value: f(1), Unit: ""}, {Text: "2", Value: f(2), Unit: ""}}, []RecognizerItem{{Text: "2", Value: f(2), Unit: ""}, {Text: "1", Value: f(1), Unit: ""}}, true},
		{"missing", []RecognizerItem{{Text: "1", Value: f(1), Unit: ""}, {Text: "2", Value: f(2), Unit: ""}}, []RecognizerItem{{Text: "1", Value: f(1), Unit: ""}}, false},
		{"both empty", nil, nil, true},
	}
	for _, tt := range tests {
		if got := rzSameItems(tt.want, tt.got); got != tt.same {
			t.Errorf("%s: rzSameItems = %v, want %v", tt.name, got, tt.same)
		}
	}
}

func TestRzParseValue(t *testing.T) {
	tests := []struct {
		in   string
		want float64
	}{
		{"1234567,89", 1234567.89}, {"1E-12", 1e-12}, {"12%", 12}, {"-1,2732E+15", -1.2732e15}, {"0.08", 0.08},
	}
	for _, tt := range tests {
		got, ok := rzParseValue(tt.in)
		if !ok || got != tt.want {
			t.Errorf("rzParseValue(%q) = %v, %v; want %v", tt.in, got, ok, tt.want)
		}
	}
}

func TestRzDateGold(t *testing.T) {
	tests := []struct {
		name    string
		raw     string
		want    []RecognizerItem
		inScope bool
		refYear int
	}{
		{"model date with past and future", `{"Input":"Je reviendrai vendredi","Context":{"ReferenceDateTime":"2016-11-07T00:00:00"},"Results":[{"Text":"vendredi","TypeName":"datetimeV2.date","Resolution":{"values":[{"timex":"XXXX-WXX-5","type":"date","value":"2016-11-04"},{"timex":"XXXX-WXX-5","type":"date","value":"2016-11-11"}]}}]}`,
			[]RecognizerItem{{Text: "vendredi", Timex: "XXXX-WXX-5", Alt: []string{"2016-11-04", "2016-11-11"}}}, true, 2016},
		{"parser range", `{"Input":"x","Context":{"ReferenceDateTime":"2016-11-07T00:00:00"},"Results":[{"Text":"3 et 12 de Sept","Type":"daterange","Value":{"Timex":"(XXXX-09-03,XXXX-09-12,P9D)","FutureResolution":{"startDate":"2017-09-03","endDate":"2017-09-12"},"PastResolution":{"startDate":"2016-09-03","endDate":"2016-09-12"}}}]}`,
			[]RecognizerItem{{Text: "3 et 12 de Sept", Timex: "(XXXX-09-03,XXXX-09-12)", Alt: []string{"(2017-09-03,2017-09-12)", "(2016-09-03,2016-09-12)"}}}, true, 2016},
		{"decade", `{"Input":"x","Results":[{"Text":"les années 1990","TypeName":"datetimeV2.daterange","Resolution":{"values":[{"timex":"(1990-01-01,2000-01-01,P10Y)","type":"daterange","start":"1990-01-01","end":"2000-01-01"}]}}]}`,
			[]RecognizerItem{{Text: "les années 1990", Timex: "(1990-01-01,2000-01-01)", Alt: []string{"199", "199X", "199", "199X"}}}, true, 1},
		{"a time is out of scope", `{"Input":"x","Results":[{"Text":"16h","TypeName":"datetimeV2.time","Resolution":{"values":[{"timex":"T16","type":"time","value":"16:00:00"}]}}]}`,
			[]RecognizerItem{{Text: "16h", Timex: "T16"}}, false, 1},
		{"no result", `{"Input":"Je veux le numéro 3","Results":[]}`, nil, true, 1},
	}
	for _, tt := range tests {
		got, in, ref := rzDateGold([]byte(tt.raw))
		if !reflect.DeepEqual(got, tt.want) || in != tt.inScope || ref.Year() != tt.refYear {
			t.Errorf("%s: got %v in scope %v ref %v; want %v %v %d", tt.name, got, in, ref, tt.want, tt.inScope, tt.refYear)
		}
	}
}

func TestRzSameDate(t *testing.T) {
	tests := []struct {
		name      string
		want, got RecognizerItem
		same      bool
	}{
		{"alternative", RecognizerItem{Text: "vendredi", Timex: "XXXX-WXX-5", Alt: []string{"2016-11-11"}}, RecognizerItem{Text: "Vendredi", Timex: "2016-11-11"}, true},
		{"leading preposition", RecognizerItem{Text: "depuis 3 ans", Timex: "P3Y"}, RecognizerItem{Text: "3 ans", Timex: "P3Y"}, true},
		{"abbreviation dot", RecognizerItem{Text: "1 Janv", Timex: "2017-01-01"}, RecognizerItem{Text: "1 Janv.", Timex: "2017-01-01"}, true},
		{"equal durations", RecognizerItem{Text: "3.5ans", Timex: "P3.5Y"}, RecognizerItem{Text: "3.5ans", Timex: "P42M"}, true},
		{"hours are not days", RecognizerItem{Text: "vingt-quatre heures", Timex: "PT24H"}, RecognizerItem{Text: "vingt-quatre heures", Timex: "P1D"}, false},
		{"quelques", RecognizerItem{Text: "quelques jours", Timex: "P3D"}, RecognizerItem{Text: "quelques jours", Timex: "PXD"}, true},
		{"unspecified elsewhere", RecognizerItem{Text: "des jours", Timex: "P3D"}, RecognizerItem{Text: "des jours", Timex: "PXD"}, false},
		{"other value", RecognizerItem{Text: "hier", Timex: "2016-11-06"}, RecognizerItem{Text: "hier", Timex: "2016-11-05"}, false},
		{"other text", RecognizerItem{Text: "hier soir", Timex: "2016-11-06"}, RecognizerItem{Text: "hier", Timex: "2016-11-06"}, false},
	}
	for _, tt := range tests {
		if got := rzSameItem(tt.want, tt.got); got != tt.same {
			t.Errorf("%s: rzSameItem = %v, want %v", tt.name, got, tt.same)
		}
	}
}

func TestTimexDateTimeRange(t *testing.T) {
	ref := time.Date(2016, 11, 7, 0, 0, 0, 0, time.UTC)
	got := TimexDateTime("Je serai absent du 4 au 22 novembre.", ref)
	if len(got) != 1 || got[0].Timex != "(2016-11-04,2016-11-22)" || rzDateText(got[0].Text) != "4 au 22 novembre" {
		t.Errorf("range: got %v", got)
	}
}
