package stories

import (
	"testing"
	"time"
)

func TestDayFromText(t *testing.T) {
	tests := []struct {
		text string
		want MonthDay
		ok   bool
	}{
		// The latest day reported, not the earlier event it recalls.
		{"Libéré le 2 juillet dernier, il a parlé le 4 août devant la presse.", MonthDay{time.August, 4}, true},
		// A coming date is no publication day.
		{"Le 12 mars, le ministre a annoncé un sommet le 3 avril prochain.", MonthDay{time.March, 12}, true},
		{"Les dons sont acceptés jusqu'au 9 mars. Le 2 mars, la collecte a commencé.", MonthDay{time.March, 2}, true},
		// Across the new year: 28 December then 3 January.
		{"Le 28 décembre, la crue a commencé ; le 3 janvier, l'eau a baissé.", MonthDay{time.January, 3}, true},
		// A year other than the latest written is history.
		{"Le 17 octobre 2008, la banque a perdu ; le 6 février 2007, elle gagnait.", MonthDay{time.October, 17}, true},
		// A lone old date loses to a run of recent ones.
		{"Le 7 avril, rien. Le 2 septembre, le 3 septembre et le 5 septembre, des votes.", MonthDay{time.September, 5}, true},
		{"Mercredi, hier soir, aujourd'hui.", MonthDay{}, false},
		{"", MonthDay{}, false},
	}
	for _, tc := range tests {
		got, ok := DayFromText(tc.text, "fr")
		if got != tc.want || ok != tc.ok {
			t.Errorf("DayFromText(%q) = %v, %v; want %v, %v", tc.text, got, ok, tc.want, tc.ok)
		}
	}
}

func TestSpanGap(t *testing.T) {
	md := func(m time.Month, d int) span {
		return span{arcLo: MonthDay{m, d}.yearDay(), arc: true}
	}
	tests := []struct {
		name string
		a    []span
		b    span
		want float64
	}{
		{"same day", []span{md(3, 1)}, md(3, 1), 0},
		{"inside", []span{md(3, 1), md(3, 20)}, md(3, 10), 0},
		{"after", []span{md(3, 1), md(3, 20)}, md(3, 30), 10},
		{"before", []span{md(3, 1), md(3, 20)}, md(2, 19), 10},
		{"new year", []span{md(12, 28), md(1, 3)}, md(1, 13), 10},
		{"new year inside", []span{md(12, 28), md(1, 3)}, md(12, 31), 0},
	}
	for _, tc := range tests {
		var s span
		for _, p := range tc.a {
			s.join(p)
		}
		got, est, ok := s.gap(&tc.b)
		if !ok || !est || got != tc.want {
			t.Errorf("%s: gap = %v (est %v ok %v), want %v", tc.name, got, est, ok, tc.want)
		}
	}
	// Real days win over the days of the year.
	d1 := span{minDay: 100, maxDay: 100, dated: true, arcLo: 10, arc: true}
	d2 := span{minDay: 130, maxDay: 130, dated: true, arcLo: 40, arc: true}
	if g, est, ok := d1.gap(&d2); !ok || est || g != 30 {
		t.Errorf("dated gap = %v, %v, %v", g, est, ok)
	}
}

func TestTextDaysDecay(t *testing.T) {
	// With TextDays, the same report a season apart, undated, starts a
	// new story; without, it joins.
	d := tiny[0].doc
	d.Published = time.Time{}
	d1, d2 := d, d
	d1.Body = "Le 3 mars, " + d.Body
	d2.ID, d2.Body = "later", "Le 20 juin, "+d.Body
	for _, on := range []bool{true, false} {
		c := New(Options{TextDays: on})
		c.Add(d1)
		if a := c.Add(d2); a.New != on {
			t.Errorf("TextDays=%v: second copy New=%v", on, a.New)
		}
	}
}

func TestPrune(t *testing.T) {
	v := vec{{1, 0.5}, {2, 0.1}, {3, 0.9}, {4, 0.5}, {5, 0.2}}
	got, _ := prune(append(vec(nil), v...), 3, nil)
	want := vec{{1, 0.5}, {3, 0.9}, {4, 0.5}}
	if len(got) != len(want) {
		t.Fatalf("prune = %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("prune = %v, want %v", got, want)
		}
	}
	// A tie at the cut keeps the lower id.
	got, _ = prune(vec{{1, 0.5}, {2, 0.5}, {3, 0.5}}, 2, nil)
	if len(got) != 2 || got[0].id != 1 || got[1].id != 2 {
		t.Errorf("tie: %v", got)
	}
}

func TestWordCache(t *testing.T) {
	var c wordCache
	words := []string{"crue", "garonne", "agen", "evacue", "quais"}
	for i, w := range words {
		c.put(wordHash([]byte(w)), int32(i), 3)
	}
	// The limit emptied the cache after three words.
	for i, w := range words {
		id, ok := c.get(wordHash([]byte(w)))
		if want := i >= 3; ok != want || (ok && id != int32(i)) {
			t.Errorf("get(%q) = %d, %v", w, id, ok)
		}
	}
	for i := range 10000 {
		c.put(uint64(i+1)*0x9e3779b97f4a7c15, int32(i), 1<<20)
	}
	for i := range 10000 {
		if id, ok := c.get(uint64(i+1) * 0x9e3779b97f4a7c15); !ok || id != int32(i) {
			t.Fatalf("after growth: get(%d) = %d, %v", i, id, ok)
		}
	}
}

func FuzzDayFromText(f *testing.F) {
	f.Add("Le 2 juillet dernier, puis le 4 août.", "fr")
	f.Add("On 3 March, and on 29 February 2024.", "en")
	f.Add("le 31 février ; le 0 mars ; 99/99/2020", "")
	f.Fuzz(func(t *testing.T, text, lang string) {
		m, ok := DayFromText(text, lang)
		if ok != !m.IsZero() || (ok && !validMonthDay(int(m.Month), m.Day)) {
			t.Fatalf("DayFromText = %v, %v", m, ok)
		}
	})
}
