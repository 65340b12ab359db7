package timex

import (
	"testing"
	"time"
)

// runeToByte maps rune offsets (as Find counts them: one per invalid byte)
// to byte offsets.
func runeToByte(text string) []int {
	m := make([]int, 0, len(text)+1)
	for i := range text {
		m = append(m, i)
	}
	return append(m, len(text))
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"Le ministre a annoncé jeudi, le 4 mars 2019, qu'il partirait d'ici le 9 mars.",
		"Il y a trois jours, hier soir vers 18 h 30, dans les deux jours, depuis deux semaines.",
		"du 19 au 23 juillet, les 6 et 13 avril prochains, mi-mars, fin septembre 2000",
		"04/03/2019 2019-03-04 14h30 12:45 1er mars l'an dernier aujourd'hui vendredi",
		"quatre-vingt-dix-neuf ans, vingt et un jours, un an et demi, 30,4 secondes",
		"March 4, 2019 last Tuesday two days ago next week at 3 p.m. the 1990s",
		"Du 4 au 22 novembre, 22/04, 11/2016, 2016-11, 2010-11, 1/2, 50/50 %, 3/4/5",
		"\xff\xfele 3 \xc3 mars", "", "l'", "le", "mi-", "1er", "2019-", "a-t-on annoncé mardi",
	} {
		f.Add(s, false)
		f.Add(s, true)
	}
	date := time.Date(2019, 3, 8, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, text string, en bool) {
		lang := "fr"
		if en {
			lang = "en"
		}
		for _, r := range []Ref{{Date: date, Lang: lang}, {Lang: lang}} {
			spans := Find(text, r)
			off := runeToByte(text)
			n := len(off) - 1
			prevEnd := 0
			for _, s := range spans {
				if s.Start < prevEnd || s.Start >= s.End || s.End > n {
					t.Fatalf("bad span %+v (text has %d runes, previous end %d)", s, n, prevEnd)
				}
				if got := text[off[s.Start]:off[s.End]]; got != s.Text {
					t.Fatalf("span %+v: text at offsets is %q", s, got)
				}
				switch s.Kind {
				case KindDate, KindTime, KindDuration, KindSet:
				default:
					t.Fatalf("span %+v: kind %q", s, s.Kind)
				}
				prevEnd = s.End
			}
		}
	})
}
