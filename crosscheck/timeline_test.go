package crosscheck

import (
	"slices"
	"strings"
	"testing"

	"github.com/recoupe/recoupe/facts"
)

func TestTimeline(t *testing.T) {
	sources := []Source{
		source("a", "", "2025-03-04", "Le barrage de Zlatovrah, construit en 1972, a cédé lundi soir après dix jours de pluies diluviennes. "+
			"Le parquet a ouvert mardi une enquête pour négligence. "+
			"Les manœuvres de secours doivent prendre fin le 9 mars."),
		source("b", "", "2025-03-04", "Le barrage de Zlatovrah a cédé lundi soir après des pluies diluviennes, noyant trois villages. "+
			"Un ouvrage en terre datant de 1972 retenait la rivière Tcherna depuis des décennies."),
		source("c", "", "2025-03-05", "Mercredi, le directeur de l'exploitant a été placé en garde à vue. "+
			"Le barrage avait cédé lundi soir après dix jours de pluies diluviennes."),
		source("d", "b", "2025-03-04", "Le barrage de Zlatovrah a cédé lundi soir après des pluies diluviennes, noyant trois villages."),
	}
	events := Timeline(sources)
	byDate := make(map[string][]Event)
	var dates []string
	for _, e := range events {
		byDate[e.Date] = append(byDate[e.Date], e)
		dates = append(dates, e.Date)
	}
	if !slices.IsSorted(dates) {
		t.Errorf("dates not in order: %v", dates)
	}
	// The collapse, reported by a, b, c and d (d a copy of b).
	mon := byDate["2025-03-03"]
	if len(mon) != 1 {
		t.Fatalf("2025-03-03: %d events, want the collapse merged into one: %+v", len(mon), mon)
	}
	if got := mon[0].Articles; !slices.Equal(got, []string{"a", "b", "c", "d"}) {
		t.Errorf("collapse reported by %v, want [a b c d]", got)
	}
	if mon[0].Sources != 3 {
		t.Errorf("collapse: %d independent sources, want 3 (d copies b)", mon[0].Sources)
	}
	if !strings.Contains(mon[0].Text, "a cédé") || mon[0].Future {
		t.Errorf("collapse event = %+v", mon[0])
	}
	if e := byDate["2025-03-04"]; len(e) != 1 || !strings.Contains(e[0].Text, "enquête") {
		t.Errorf("2025-03-04: %+v, want the inquiry", e)
	}
	if e := byDate["2025-03-05"]; len(e) != 1 || !strings.Contains(e[0].Text, "garde à vue") {
		t.Errorf("2025-03-05: %+v, want the arrest", e)
	}
	if e := byDate["2025-03-09"]; len(e) != 1 || !e[0].Future {
		t.Errorf("2025-03-09: %+v, want one announced (future) event", e)
	}
	if e := byDate["1972"]; len(e) == 0 {
		t.Error("1972: the construction is a dated event")
	}
	for _, e := range events {
		if strings.HasPrefix(e.Date, "P") || e.Date == "" {
			t.Errorf("not a date: %+v", e)
		}
	}
}

func TestEventDate(t *testing.T) {
	tests := []struct {
		value, kind, want string
		ok                bool
	}{
		{"2025-03-04", "DATE", "2025-03-04", true},
		{"2025-03-03TNI", "TIME", "2025-03-03", true},
		{"2025-03", "DATE", "2025-03", true},
		{"1972", "DATE", "1972", true},
		{"P10D", "DURATION", "", false},
		{"2025-W10", "DATE", "", false},
		{"PRESENT_REF", "DATE", "", false},
		{"XXXX-03-04", "DATE", "", false},
		{"2025-13", "DATE", "", false},
		{"2025-02-30", "DATE", "", false},
	}
	for _, tt := range tests {
		got, ok := eventDate(factsDate(tt.value, tt.kind))
		if got != tt.want || ok != tt.ok {
			t.Errorf("eventDate(%s) = %q %v, want %q %v", tt.value, got, ok, tt.want, tt.ok)
		}
	}
}

func factsDate(value, kind string) facts.Date { return facts.Date{Value: value, Kind: kind} }
