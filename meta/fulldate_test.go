package meta

import "testing"

// fullDateCases are texts with and without full dates, written in every
// form findDates reads.
var fullDateCases = []string{
	"4 mars 2019", "Publié le 04/03/2019 à 10h12", "2019-03-04", "20190304", "04.03.19",
	"4th/3rd/19", "1er mars 2020", "March 4, 2019", "Mar. 4 2019", "4 de marzo de 2019",
	"4. März 2019", "mardi 4 mars", "2019-06", "le 4 mars", "12 morts, 30 disparus",
	"1 200 euros", "55-64 ans", "en 1972", "123456789", "v1.2", "04/03", "4/3/2019",
	"", "sans chiffre", "2019", "2019.", "10h12", "12345678 habitants",
}

func TestMayHoldFullDate(t *testing.T) {
	for _, s := range fullDateCases {
		checkFullDateFilter(t, s)
	}
	// The filter must also pass over what holds no date.
	for _, s := range []string{"12 morts, 30 disparus", "1 200 euros", "10h12", "sans chiffre", "à 100 km"} {
		if mayHoldFullDate(s) {
			t.Errorf("mayHoldFullDate(%q) = true, want false", s)
		}
	}
}

// checkFullDateFilter fails when findDates finds a full date in s that
// mayHoldFullDate rules out.
func checkFullDateFilter(t *testing.T, s string) {
	t.Helper()
	for _, order := range []byte{'d', 'm'} {
		for _, f := range findDates(s, order) {
			if f.full() && !mayHoldFullDate(s) {
				t.Errorf("findDates(%q) finds the full date %s, but mayHoldFullDate is false", s, f.date)
			}
		}
	}
}

func FuzzMayHoldFullDate(f *testing.F) {
	for _, s := range fullDateCases {
		f.Add(s)
	}
	f.Fuzz(checkFullDateFilter)
}
