package crosscheck

import (
	"math"
	"slices"
	"testing"

	"github.com/recoupe/recoupe/report"
)

// FuzzReconcile feeds Reconcile claims built from random figures, bounds,
// dates and sentences: it must not panic, must give a known status to
// every claim and keep every value.
func FuzzReconcile(f *testing.F) {
	f.Add([]byte{1, 2, 3, 4, 5, 6, 7, 8}, "Le ministère avait annoncé 5 000 arrestations et non 4 000.", "Ce chiffre a depuis été retiré.", false)
	f.Add([]byte{200, 0, 17, 255, 3, 9, 40, 1, 2, 2}, "selon la police, 45 000 ; selon les organisateurs, 200 000", "", true)
	f.Add([]byte{}, "", "", false)
	f.Add([]byte{4, 7, 1, 3}, "L'ONG affirme avoir secouru 52 personnes, et non 47 comme l'indiquent les garde-côtes.", "", false)
	f.Add([]byte{2, 8}, "Publié le 10/02/2025, tandis que la CGT revendique 60 %.", "", true)
	f.Add([]byte{9, 9, 9}, "Les manœuvres doivent prendre fin le 9 mars.", "\xff", true)
	statuses := []string{Agree, Evolving, Conflict, Retracted, Single}
	f.Fuzz(func(t *testing.T, data []byte, sentence, next string, date bool) {
		unit := ""
		if date {
			unit = DateUnit
		}
		var values []report.Value
		articles := []string{"a", "b", "c"}
		for i := 0; i+3 < len(data) && len(values) < 12; i += 4 {
			x := float64(int(data[i])<<8|int(data[i+1])) - 1000
			switch data[i+2] % 5 {
			case 0:
				x = math.NaN()
			case 1:
				x = 20250300 + float64(data[i+1]%40)
			case 2:
				x *= 1000
			}
			v := report.Value{Value: x, Article: articles[int(data[i+3])%3], Sentence: sentence, Approx: data[i+3]&4 != 0}
			if data[i+3]&8 != 0 {
				lo := x - float64(data[i])
				v.Low = &lo
			}
			if data[i+3]&16 != 0 {
				hi := x + float64(data[i+2])
				if data[i+3]&64 != 0 {
					hi = math.Inf(1)
				}
				v.High = &hi
			}
			if data[i+3]&32 != 0 {
				d := "2025-03-0" + string(rune('1'+data[i]%9))
				if data[i]%11 == 0 {
					d = "garbage"
				}
				v.AsOf = &d
			}
			values = append(values, v)
		}
		sources := []Source{
			{Article: "a", Published: "2025-03-03", Text: sentence + " " + next, Lang: "fr"},
			{Article: "b", Group: "a", Published: "2025-03-04", Text: next},
			{Article: "c", Published: "bad", Text: sentence, Lang: "en"},
		}
		got := Reconcile([]report.Claim{{Measure: "morts", Unit: unit, Values: values}}, sources)
		if len(got) != 1 {
			t.Fatalf("got %d claims", len(got))
		}
		if !slices.Contains(statuses, got[0].Status) {
			t.Fatalf("unknown status %q", got[0].Status)
		}
		n := 0
		for _, v := range got[0].Values {
			n += 1 + len(v.Copies)
		}
		if n > len(values) || len(values) > 0 && len(got[0].Values) == 0 {
			t.Fatalf("%d values in, %d out (with copies)", len(values), n)
		}
		_ = DateClaims(sources)
		_ = Timeline(sources)
	})
}
