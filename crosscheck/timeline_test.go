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
	if e := byDate["1972"]; len(e) != 0 {
		t.Errorf("1972: %+v, a year of background is no event of the story", e)
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
		{"1972", "DATE", "", false},
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

func TestTimelineNoise(t *testing.T) {
	sources := []Source{
		source("a", "", "2025-02-10", "Un séisme a frappé lundi la région de Kelmend, dans le nord de l'Albanie. "+
			"Le pays reste marqué par le séisme de novembre 2019 près de Durrës. "+
			"Publié le 10/02/2025 à 09h41. "+
			"Les écoles de la région resteront fermées jusqu'au 14 février, a annoncé le ministère."),
		source("b", "", "2025-02-11", "Le séisme qui a frappé lundi le nord de l'Albanie a fait 21 morts. "+
			"Le gouvernement a décrété mardi une journée de deuil national."),
	}
	events := Timeline(sources)
	byDate := make(map[string][]Event)
	for _, e := range events {
		byDate[e.Date] = append(byDate[e.Date], e)
		if e.Date < "2025" {
			t.Errorf("background date in the timeline: %+v", e)
		}
		if strings.Contains(e.Text, "Publié") {
			t.Errorf("a page stamp is no event: %+v", e)
		}
	}
	if e := byDate["2025-02-10"]; len(e) != 1 || len(e[0].Articles) != 2 || e[0].Future {
		t.Errorf("2025-02-10: %+v, want the quake, from both articles, past", e)
	}
	if e := byDate["2025-02-11"]; len(e) != 1 || !strings.Contains(e[0].Text, "deuil") {
		t.Errorf("2025-02-11: %+v, want the mourning day", e)
	}
	if e := byDate["2025-02-14"]; len(e) != 1 || !e[0].Future {
		t.Errorf("2025-02-14: %+v, want the reopening of schools, announced", e)
	}
}

func TestHasEventVerb(t *testing.T) {
	tests := []struct {
		s, lang string
		want    bool
	}{
		{"Le barrage a cédé lundi soir.", "fr", true},
		{"Les manœuvres doivent prendre fin le 9 mars.", "fr", true},
		{"Publié le 10/02/2025 à 09h41.", "fr", false},
		{"Mis à jour le 11 février 2025.", "fr", false},
		{"Le 11 février 2025.", "fr", false},
		{"Flash floods swept through villages on Sunday.", "en", true},
		{"Published June 2, 2025 updated June 3.", "en", false},
	}
	for _, tt := range tests {
		if got := hasEventVerb(tt.s, tt.lang); got != tt.want {
			t.Errorf("hasEventVerb(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}
