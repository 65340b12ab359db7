package timex

import (
	"testing"
	"time"
)

func TestEaster(t *testing.T) {
	for _, c := range []struct {
		y    int
		want day
	}{
		{2016, day{2016, 3, 27}}, {2017, day{2017, 4, 16}}, {2019, day{2019, 4, 21}},
		{2024, day{2024, 3, 31}}, {2025, day{2025, 4, 20}}, {2038, day{2038, 4, 25}},
		{1999, day{1999, 4, 4}},
	} {
		if got := easter(c.y); got != c.want {
			t.Errorf("easter(%d) = %v, want %v", c.y, got, c.want)
		}
	}
}

func TestHolidayRules(t *testing.T) {
	for _, c := range []struct {
		code string
		y    int
		want day
	}{
		{"ascension", 2019, day{2019, 5, 30}},
		{"pentecote", 2019, day{2019, 6, 9}},
		{"thanksgiving", 2016, day{2016, 11, 24}},
		{"fete-peres", 2015, day{2015, 6, 21}},
		{"fete-meres", 2019, day{2019, 5, 26}},
		{"fete-meres", 2024, day{2024, 5, 26}},
		{"fete-meres", 2016, day{2016, 5, 29}},
		// 2013: the last Sunday of May (26) is not Pentecost (19).
		{"fete-meres", 2013, day{2013, 5, 26}},
		// 2015: Pentecost is 24 May, not the last Sunday (31).
		{"fete-meres", 2015, day{2015, 5, 31}},
		{"noel", 2019, day{2019, 12, 25}},
	} {
		if got := holidays[c.code].on(c.y); got != c.want {
			t.Errorf("%s %d = %v, want %v", c.code, c.y, got, c.want)
		}
	}
}

func TestFindHolidays(t *testing.T) {
	// ref is Friday 8 March 2019.
	runFind(t, ref, []findCase{
		{"noel future", "Il reviendra à Noël.", []want{{"Noël", "2019-12-25", KindDate, ""}}},
		{"noel past", "Il est parti à Noël.", []want{{"Noël", "2018-12-25", KindDate, ""}}},
		{"noel year", "Le réveillon de Noël 2015 a été calme.", []want{{"Le réveillon de Noël 2015", "2015-12-24", KindDate, ""}}},
		{"paques", "Il viendra pour Pâques.", []want{{"Pâques", "2019-04-21", KindDate, ""}}},
		{"lundi de paques", "Le lundi de Pâques sera férié.", []want{{"Le lundi de Pâques", "2019-04-22", KindDate, ""}}},
		{"pentecote next year", "La Pentecôte de l'année prochaine.", []want{{"La Pentecôte de l'année prochaine", "2020-05-31", KindDate, ""}}},
		{"toussaint last", "Il est venu à la Toussaint dernière.", []want{{"la Toussaint dernière", "2018-11-01", KindDate, ""}}},
		{"jour de l'an", "Le jour de l'An 2019 a été calme.", []want{{"Le jour de l'An 2019", "2019-01-01", KindDate, ""}}},
		{"veille du nouvel an", "La veille du Nouvel An 2019.", []want{{"La veille du Nouvel An 2019", "2018-12-31", KindDate, ""}}},
		{"saint-sylvestre", "Il a fêté la Saint-Sylvestre 2018.", []want{{"la Saint-Sylvestre 2018", "2018-12-31", KindDate, ""}}},
		{"weekend ascension", "Le week-end de l'Ascension 2019.", []want{{"Le week-end de l'Ascension 2019", "2019-W22-WE", KindDate, ""}}},
		{"fete des meres", "La fête des mères 2019.", []want{{"La fête des mères 2019", "2019-05-26", KindDate, ""}}},
		{"fete du travail", "La fête du travail 2019.", []want{{"La fête du travail 2019", "2019-05-01", KindDate, ""}}},
		{"vendredi saint", "Le vendredi saint 2019.", []want{{"Le vendredi saint 2019", "2019-04-19", KindDate, ""}}},
		{"cette fete", "C'est en cette fête de Pentecôte 2019 que.", []want{{"cette fête de Pentecôte 2019", "2019-06-09", KindDate, ""}}},
		// Names, not holidays.
		{"noel mamere", "Noël Mamère a parlé.", []want{{"Noël", "", "", ""}}},
		{"pere noel", "Le père Noël est venu.", []want{{"Noël", "", "", ""}}},
		{"ile de paques", "L'île de Pâques est loin.", []want{{"Pâques", "", "", ""}}},
		{"ascension lower", "L'ascension du mont Blanc.", []want{{"ascension", "", "", ""}}},
		{"nouvel an chinois", "Le nouvel an chinois approche.", []want{{"nouvel an", "", "", ""}}},
		{"accord", "L'accord du Vendredi Saint est caduc.", []want{{"Vendredi Saint", "", "", ""}}},
	})
}

func TestFindHolidayNoRef(t *testing.T) {
	spans := Find("Il viendra à Noël et à Pâques.", Ref{Lang: "fr"})
	if len(spans) != 2 || spans[0].Value != "XXXX-12-25" || spans[1].Value != "" || spans[1].Text != "Pâques" {
		t.Errorf("got %+v", spans)
	}
}

// TestFindPeriods covers the periods, weeks and durations a news article
// uses (ref: Friday 8 March 2019).
func TestFindPeriods(t *testing.T) {
	runFind(t, ref, []findCase{
		{"decade", "Dans les années 1970, il est né.", []want{{"les années 1970", "197X", KindDate, ""}}},
		{"decade words", "Dans les années deux mille.", []want{{"les années deux mille", "200X", KindDate, ""}}},
		{"year noun", "L'année 2001 a été dure.", []want{{"L'année 2001", "2001", KindDate, ""}}},
		{"weekday of last week", "Il est venu vendredi de la semaine dernière.", []want{{"vendredi de la semaine dernière", "2019-03-01", KindDate, ""}}},
		{"weekday next week", "Il viendra mardi la semaine prochaine.", []want{{"mardi la semaine prochaine", "2019-03-12", KindDate, ""}}},
		{"weekday this week", "Il est venu lundi de cette semaine.", []want{{"lundi de cette semaine", "2019-03-04", KindDate, ""}}},
		{"weekday numeric", "Il viendra samedi 23/03.", []want{{"samedi 23/03", "2019-03-23", KindDate, ""}}},
		{"weekday abbr", "Exposition le mer. 24 juin 2020.", []want{{"le mer. 24 juin 2020", "2020-06-24", KindDate, ""}}},
		{"year month", "Le chiffre de 2015-3 est connu.", []want{{"2015-3", "2015-03", KindDate, ""}}},
		{"year span", "La saison 2008-9 est finie.", []want{{"2008", "2008", KindDate, ""}}},
		{"ce mois de", "Il viendra ce mois de septembre.", []want{{"ce mois de septembre", "2019-09", KindDate, ""}}},
		{"weekend past", "Il a plu le week-end.", []want{{"le week-end", "2019-W09-WE", KindDate, ""}}},
		{"weekend future", "Il viendra le week-end.", []want{{"le week-end", "2019-W10-WE", KindDate, ""}}},
		{"weekend habit", "Il travaille le week-end.", []want{{"week-end", "", "", ""}}},
		{"toute la journee", "Il a plu toute la journée.", []want{{"toute la journée", "P1D", KindDuration, ""}}},
		{"toute l'annee", "Le site est ouvert toute l'année.", []want{{"toute l'année", "P1Y", KindDuration, ""}}},
		{"tout le mois de", "Il a plu tout le mois de mars.", []want{{"le mois de mars", "2019-03", KindDate, ""}}},
		{"il y a a peu pres", "Il est parti il y a à peu près un mois.", []want{{"il y a à peu près un mois", "2019-02", KindDate, "APPROX"}}},
		{"il ya", "Il est parti il ya 2 jours.", []want{{"il ya 2 jours", "2019-03-06", KindDate, ""}}},
		{"des derniers", "Au cours des dix derniers mois.", []want{{"des dix derniers mois", "P10M", KindDuration, ""}}},
		{"demi heure", "Il a parlé une demi heure.", []want{{"une demi heure", "PT30M", KindDuration, ""}}},
		{"a lieu", "Le festival a lieu du 4 au 22 mars.", []want{{"22 mars", "2019-03-22", KindDate, ""}}},
		{"leap day", "Le 29/2, il est parti.", []want{{"29/2", "2016-02-29", KindDate, ""}}},
	})
}

func TestFindFirstPersonFuture(t *testing.T) {
	r := Ref{Date: time.Date(2016, 11, 7, 0, 0, 0, 0, time.UTC), Lang: "fr"} // a Monday
	runFind(t, r, []findCase{
		{"reviendrai", "Je reviendrai vendredi.", []want{{"vendredi", "2016-11-11", KindDate, ""}}},
		{"serais", "Je serais dehors le weekend.", []want{{"le weekend", "2016-W45-WE", KindDate, ""}}},
	})
}
