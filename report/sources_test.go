package report

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"
)

func TestStorySources(t *testing.T) {
	arts := []Article{
		{ID: "a1", Outlet: "Reuters", Wires: []string{"Reuters"}},
		{ID: "a2", Outlet: "Portail", Wires: []string{"Reuters"}},
		{ID: "a3", Outlet: "TV"},
		{ID: "a4", Outlet: "Blog"},
		{ID: "a5", Outlet: ""},
	}
	byID := map[string]*Article{}
	for i := range arts {
		byID[arts[i].ID] = &arts[i]
	}
	tests := []struct {
		name    string
		story   Story
		want    string // groups as "label:id,id;..."
		sources int
	}{
		{"no copies", Story{Articles: []string{"a1", "a2", "a3"}},
			"Reuters:a1;Portail:a2;TV:a3", 3},
		{"a copy group is one source named by its wire, the original first",
			Story{Articles: []string{"a2", "a1", "a3"}, Copies: []Copy{{Articles: []string{"a2", "a1"}, Kind: "near-duplicate", Original: "a1"}}},
			"Reuters:a1,a2;TV:a3", 2},
		{"shared quotes do not make one source",
			Story{Articles: []string{"a1", "a3"}, Copies: []Copy{{Articles: []string{"a1", "a3"}, Kind: "quotes"}}},
			"Reuters:a1;TV:a3", 2},
		{"the cross-check's source keys join articles",
			Story{Articles: []string{"a3", "a4", "a1"}, Claims: []Claim{{Values: []Value{
				{Article: "a3", Source: "k"}, {Article: "a4", Source: "k"}, {Article: "a1", Source: "a1"}}}}},
			"TV:a3,a4;Reuters:a1", 2},
		{"the story's own count wins",
			Story{Articles: []string{"a1", "a3"}, Sources: 5},
			"Reuters:a1;TV:a3", 5},
		{"articles only named by values come last; no outlet gives the ID",
			Story{Articles: []string{"a1"}, Claims: []Claim{{Values: []Value{{Article: "a5"}, {Article: "ghost"}}}}},
			"Reuters:a1;a5:a5;ghost:ghost", 1},
		{"a group without a common wire is named by its original's outlet",
			Story{Articles: []string{"a3", "a4"}, Copies: []Copy{{Articles: []string{"a3", "a4"}, Kind: "same-dispatch"}}},
			"TV:a3,a4", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ss := newStorySources(&tt.story, byID)
			var parts []string
			for _, g := range ss.groups {
				parts = append(parts, g.Label+":"+strings.Join(g.Articles, ","))
				if g.Original != g.Articles[0] {
					t.Errorf("original %s is not first in %v", g.Original, g.Articles)
				}
			}
			if got := strings.Join(parts, ";"); got != tt.want {
				t.Errorf("groups = %s, want %s", got, tt.want)
			}
			if got := ss.count(&tt.story); got != tt.sources {
				t.Errorf("count = %d, want %d", got, tt.sources)
			}
		})
	}
}

func TestClaimValues(t *testing.T) {
	date := &Claim{Kind: "date", Unit: "date"}
	count := &Claim{}
	tests := []struct {
		c    *Claim
		v    Value
		want string
	}{
		{date, Value{Value: 20250314, Date: "2025-03-14"}, "2025-03-14"},
		{date, Value{Value: 20250314}, "2025-03-14"},
		{date, Value{Value: 20250314, High: fp(20250314)}, "≤2025-03-14"},
		{date, Value{Value: 20250320, Low: fp(20250320)}, "≥2025-03-20"},
		{date, Value{Value: 20250317, Low: fp(20250314), High: fp(20250320)}, "2025-03-14–2025-03-20"},
		{date, Value{Value: 20251399}, "20\u202f251\u202f399"}, // not a date: the number
		{count, Value{Value: 20250314}, "20\u202f250\u202f314"},
		{count, Value{Value: 300, High: fp(300), Approx: true}, "~≤300"},
	}
	for _, tt := range tests {
		if got := formatClaimValue(tt.c, tt.v); got != tt.want {
			t.Errorf("formatClaimValue(%+v) = %q, want %q", tt.v, got, tt.want)
		}
	}

	c := &Claim{Values: []Value{
		{Value: 3, AsOf: sp("2025-03-04"), Article: "a1", Retracted: true},
		{Value: 3, AsOf: sp("2025-03-04"), Article: "a2", Retracted: true, Credit: "les autorités"},
		{Value: 3, AsOf: sp("2025-03-04"), Article: "a3"},
		{Value: 3, AsOf: sp("2025-03-04"), Article: "a1", Retracted: true},
		{Value: 2, Article: "a4", Credit: "la police"},
	}}
	byID := map[string]*Article{"a1": {Outlet: "Reuters"}, "a2": {Outlet: "Reuters"}, "a3": {Outlet: "TV"}}
	var got []string
	for _, g := range groupValues(c) {
		got = append(got, g.Text+"|"+g.Date+"|"+strconv.FormatBool(g.Retracted)+"|"+saidBy(g, byID))
	}
	want := []string{
		"3|2025-03-04|true|Reuters — per les autorités",
		"3|2025-03-04|false|TV",
		"2||false|a4 — per la police",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("groupValues:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestLayoutTimeline(t *testing.T) {
	tests := []struct {
		name   string
		dates  []string
		breaks int
	}{
		{"days", []string{"2025-03-01", "2025-03-02", "2025-03-05"}, 0},
		{"years then days", []string{"1972", "2019", "2024-10", "2025-03-03", "2025-03-04"}, 3},
		{"one date", []string{"2025-03-01"}, 0},
		{"many dates", func() []string {
			var d []string
			for i := 1; i <= 28; i++ {
				d = append(d, "2025-02-"+twoDigits(int64(i)))
			}
			return d
		}(), 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var evs []timelineEvent
			for i, d := range tt.dates {
				evs = append(evs, timelineEvent{N: i + 1, Date: d})
			}
			c := layoutTimeline(evs)
			if c == nil {
				t.Fatal("no chart")
			}
			if len(c.Breaks) != tt.breaks {
				t.Errorf("%d breaks, want %d", len(c.Breaks), tt.breaks)
			}
			if len(c.Marks) != len(tt.dates) {
				t.Fatalf("%d marks, want %d", len(c.Marks), len(tt.dates))
			}
			prev := -1.0
			for _, m := range c.Marks {
				x, _ := strconv.ParseFloat(m.X, 64)
				if x < tlMargin-0.01 || x > tlWidth-tlMargin+0.01 {
					t.Errorf("mark %d at x=%v, outside the chart", m.N, x)
				}
				if x <= prev {
					t.Errorf("mark %d at x=%v, not right of the previous (%v)", m.N, x, prev)
				}
				if len(tt.dates) <= 12 && prev >= 0 && x-prev < tlMinGap-0.01 {
					t.Errorf("marks %v apart, want at least %d", x-prev, tlMinGap)
				}
				prev = x
			}
		})
	}
	if layoutTimeline([]timelineEvent{{Date: "soon"}, {Date: "2025-13-01"}}) != nil {
		t.Error("a chart without a readable date")
	}
}

func TestAxisNumbers(t *testing.T) {
	for _, tt := range []struct {
		in   float64
		step float64
		axis string
	}{
		{0.3, 0.5, "0.3"},
		{4, 5, "4"},
		{180, 200, "180"},
		{2400, 2500, "2\u202f400"},
		{250000, 250000, "250\u202fk"},
		{4e6, 5e6, "4\u202fM"},
	} {
		if got := niceStep(tt.in); got != tt.step {
			t.Errorf("niceStep(%v) = %v, want %v", tt.in, got, tt.step)
		}
		if got := axisNumber(tt.in); got != tt.axis {
			t.Errorf("axisNumber(%v) = %q, want %q", tt.in, got, tt.axis)
		}
	}
}

// TestJSONOptionalKeys checks that the keys added within version 1 are
// written when set and left out when empty.
func TestJSONOptionalKeys(t *testing.T) {
	r := sparse()
	s := &r.Stories[0]
	s.Sources = 2
	s.Copies[0].Original, s.Copies[0].Evidence = "a1", []string{"same wire credit 'AFP'"}
	s.Claims[0].Kind, s.Claims[0].Sources = "date", 1
	v := &s.Claims[0].Values[0]
	v.Retracted, v.Credit, v.Source, v.Date = true, "la police", "a1", "2025-03-14"
	s.Timeline[0].Future = true
	out := render(t, r, "json", Options{})
	var raw map[string]any
	if err := json.Unmarshal([]byte(out), &raw); err != nil {
		t.Fatal(err)
	}
	st := raw["stories"].([]any)[0].(map[string]any)
	for k, want := range map[string]any{"sources": 2.0} {
		if st[k] != want {
			t.Errorf("story %s = %v, want %v", k, st[k], want)
		}
	}
	checks := []struct {
		obj  any
		want map[string]any
	}{
		{st["copies"].([]any)[0], map[string]any{"original": "a1"}},
		{st["claims"].([]any)[0], map[string]any{"kind": "date", "sources": 1.0}},
		{st["claims"].([]any)[0].(map[string]any)["values"].([]any)[0],
			map[string]any{"retracted": true, "credit": "la police", "source": "a1", "date": "2025-03-14"}},
		{st["timeline"].([]any)[0], map[string]any{"future": true}},
	}
	for _, c := range checks {
		m := c.obj.(map[string]any)
		for k, want := range c.want {
			if m[k] != want {
				t.Errorf("%s = %v, want %v", k, m[k], want)
			}
		}
	}
	if ev, ok := st["copies"].([]any)[0].(map[string]any)["evidence"].([]any); !ok || len(ev) != 1 {
		t.Errorf("evidence = %v", ev)
	}

	// Empty, they are left out; an empty evidence list too.
	r = sparse()
	r.Stories[0].Copies[0].Evidence = []string{}
	if err := json.Unmarshal([]byte(render(t, r, "json", Options{})), &raw); err != nil {
		t.Fatal(err)
	}
	st = raw["stories"].([]any)[0].(map[string]any)
	for _, c := range []struct {
		obj  any
		keys []string
	}{
		{st["copies"].([]any)[0], copyOptional},
		{st["claims"].([]any)[0], claimOptional},
		{st["claims"].([]any)[0].(map[string]any)["values"].([]any)[0], valueOptional},
		{st["timeline"].([]any)[0], eventOptional},
	} {
		for _, k := range c.keys {
			if v, ok := c.obj.(map[string]any)[k]; ok {
				t.Errorf("empty optional key %q written: %v", k, v)
			}
		}
	}
}
