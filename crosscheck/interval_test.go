package crosscheck

import (
	"math"
	"testing"

	"github.com/recoupe/recoupe/report"
)

func ptr(f float64) *float64 { return &f }

func TestCountInterval(t *testing.T) {
	inf := math.Inf(1)
	tests := []struct {
		name   string
		v      report.Value
		lo, hi float64
	}{
		{"exact", report.Value{Value: 1850}, 1850, 1850},
		{"round thousands", report.Value{Value: 4000}, 3800, 4200},
		{"round millions with a decimal", report.Value{Value: 4.2e6}, 4.15e6, 4.25e6},
		{"hundreds are exact", report.Value{Value: 2200}, 2200, 2200},
		{"environ", report.Value{Value: 4000, Approx: true}, 3600, 4400},
		{"près de", report.Value{Value: 300, High: ptr(300), Approx: true}, 270, 330},
		{"au moins", report.Value{Value: 5000, Low: ptr(5000)}, 5000, inf},
		{"moins de", report.Value{Value: 300, High: ptr(300)}, math.Inf(-1), 300},
		{"range", report.Value{Value: 1250, Low: ptr(1000), High: ptr(1500)}, 1000, 1500},
		{"reversed range", report.Value{Value: 1250, Low: ptr(1500), High: ptr(1000)}, 1000, 1500},
		{"NaN bound ignored", report.Value{Value: 12, Low: ptr(math.NaN())}, 12, 12},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			iv := countInterval(tt.v)
			if math.Abs(iv.lo-tt.lo) > 1e-6*math.Max(1, math.Abs(tt.lo)) && !(math.IsInf(iv.lo, -1) && math.IsInf(tt.lo, -1)) {
				t.Errorf("lo = %v, want %v", iv.lo, tt.lo)
			}
			if math.Abs(iv.hi-tt.hi) > 1e-6*math.Max(1, math.Abs(tt.hi)) && !(math.IsInf(iv.hi, 1) && math.IsInf(tt.hi, 1)) {
				t.Errorf("hi = %v, want %v", iv.hi, tt.hi)
			}
		})
	}
}

func TestCompatible(t *testing.T) {
	tests := []struct {
		name string
		a, b report.Value
		want bool
	}{
		{"près de 4 000 and 4.000", report.Value{Value: 4000, High: ptr(4000), Approx: true}, report.Value{Value: 4000}, true},
		{"1 000 à 1 500 contains 1 200", report.Value{Value: 1250, Low: ptr(1000), High: ptr(1500)}, report.Value{Value: 1200}, true},
		{"environ 1 200 within a range", report.Value{Value: 1200, Approx: true}, report.Value{Value: 1250, Low: ptr(1000), High: ptr(1500)}, true},
		{"4 000 and 3 980", report.Value{Value: 4000}, report.Value{Value: 3980}, true},
		{"4 millions and 4,2 millions", report.Value{Value: 4e6}, report.Value{Value: 4.2e6}, true},
		{"1 850 and 2 200", report.Value{Value: 1850}, report.Value{Value: 2200}, false},
		{"4 000 and au moins 5 000", report.Value{Value: 4000}, report.Value{Value: 5000, Low: ptr(5000)}, false},
		{"au moins 12 and 19", report.Value{Value: 12, Low: ptr(12)}, report.Value{Value: 19}, true},
		{"12 and 19", report.Value{Value: 12}, report.Value{Value: 19}, false},
		{"1 850 and près de 2 000", report.Value{Value: 1850}, report.Value{Value: 2000, High: ptr(2000), Approx: true}, true},
		{"450 and près de 300", report.Value{Value: 450}, report.Value{Value: 300, High: ptr(300), Approx: true}, false},
		{"près de 62 % and 62,3 %", report.Value{Value: 62, High: ptr(62), Approx: true}, report.Value{Value: 62.3}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := countInterval(tt.a).meets(countInterval(tt.b)); got != tt.want {
				t.Errorf("compatible = %v, want %v (%v, %v)", got, tt.want, countInterval(tt.a), countInterval(tt.b))
			}
			if got := countInterval(tt.b).meets(countInterval(tt.a)); got != tt.want {
				t.Errorf("not symmetric")
			}
		})
	}
}

func TestPointInterval(t *testing.T) {
	// Across days, "au moins 14" is 14 at the time.
	if countInterval(report.Value{Value: 14, Low: ptr(14)}).meets(countInterval(report.Value{Value: 21})) == false {
		t.Fatal("as an interval, au moins 14 allows 21")
	}
	if pointInterval(report.Value{Value: 14, Low: ptr(14)}).meets(pointInterval(report.Value{Value: 21})) {
		t.Error("as a point, au moins 14 is not 21")
	}
	if !pointInterval(report.Value{Value: 14, Low: ptr(14)}).meets(pointInterval(report.Value{Value: 14})) {
		t.Error("as a point, au moins 14 is 14")
	}
}

func TestDateInterval(t *testing.T) {
	day := func(s string) float64 {
		d, ok := parseDay(s)
		if !ok {
			t.Fatalf("bad day %s", s)
		}
		return float64(d)
	}
	tests := []struct {
		name   string
		v      report.Value
		lo, hi float64
		ok     bool
	}{
		{"le 9 mars", report.Value{Value: 20250309}, day("2025-03-09"), day("2025-03-09"), true},
		{"avant le 14 mars", report.Value{Value: 20250314, High: ptr(20250314)}, math.Inf(-1), day("2025-03-14"), true},
		{"après le 20 mars", report.Value{Value: 20250320, Low: ptr(20250320)}, day("2025-03-20"), math.Inf(1), true},
		{"fin mars", report.Value{Value: 20250331, Low: ptr(20250321), High: ptr(20250331)}, day("2025-03-21"), day("2025-03-31"), true},
		{"not a date", report.Value{Value: 20251340}, 0, 0, false},
		{"a count", report.Value{Value: 1850}, 0, 0, false},
		{"31 February", report.Value{Value: 20250231}, 0, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			iv, ok := dateInterval(tt.v)
			if ok != tt.ok {
				t.Fatalf("ok = %v, want %v", ok, tt.ok)
			}
			if ok && (iv.lo != tt.lo || iv.hi != tt.hi) {
				t.Errorf("interval = %v, want [%v, %v]", iv, tt.lo, tt.hi)
			}
		})
	}
	a, _ := dateInterval(report.Value{Value: 20250309})
	before, _ := dateInterval(report.Value{Value: 20250314, High: ptr(20250314)})
	afterIv, _ := dateInterval(report.Value{Value: 20250320, Low: ptr(20250320)})
	if !a.meets(before) || a.meets(afterIv) {
		t.Error("le 9 mars meets avant le 14 mars and not après le 20 mars")
	}
	if got := ymdString(20250309); got != "2025-03-09" {
		t.Errorf("ymdString = %q", got)
	}
}
