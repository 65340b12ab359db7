package eval

import (
	"errors"
	"testing"
)

// rzFloors are the exact-match rates reached when this test was written,
// minus 0.01: a drop below them is a regression.
var rzFloors = map[string]float64{
	"Number":         0.853 - 0.01,
	"NumberWithUnit": 0.871 - 0.01,
	"":               0.862 - 0.01,
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
	for _, g := range []string{"Number", "NumberWithUnit", ""} {
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
		{"equal", []RecognizerItem{{"Trois", f(3), ""}}, []RecognizerItem{{"trois", f(3), ""}}, true},
		{"tolerance", []RecognizerItem{{"un sur trois", f(0.333333333333333), ""}}, []RecognizerItem{{"un sur trois", f(1.0 / 3), ""}}, true},
		{"value differs", []RecognizerItem{{"4,800", f(4.8), ""}}, []RecognizerItem{{"4,800", f(4800), ""}}, false},
		{"unit differs", []RecognizerItem{{"75 $", f(75), "USD"}}, []RecognizerItem{{"75 $", f(75), "CAD"}}, false},
		{"null value", []RecognizerItem{{"dollar", nil, "USD"}}, []RecognizerItem{{"dollar", f(1), "USD"}}, false},
		{"multiset order", []RecognizerItem{{"1", f(1), ""}, {"2", f(2), ""}}, []RecognizerItem{{"2", f(2), ""}, {"1", f(1), ""}}, true},
		{"missing", []RecognizerItem{{"1", f(1), ""}, {"2", f(2), ""}}, []RecognizerItem{{"1", f(1), ""}}, false},
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
