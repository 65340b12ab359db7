package quantity

import (
	"strings"
	"testing"
)

// measureCase checks one figure of a sentence: the span whose Text is
// figure must have the given measure and kind ("count" when empty).
type measureCase struct {
	in, figure, measure, kind string
}

func checkMeasures(t *testing.T, lang string, tests []measureCase) {
	t.Helper()
	for _, tt := range tests {
		got := Find(tt.in, lang)
		kind := tt.kind
		if kind == "" {
			kind = "count"
		}
		found := false
		for _, s := range got {
			if s.Text != tt.figure {
				continue
			}
			found = true
			if s.Measure != tt.measure || s.Kind != kind {
				t.Errorf("Find(%q): %q has measure %q kind %q, want %q %q", tt.in, s.Text, s.Measure, s.Kind, tt.measure, kind)
			}
		}
		if !found {
			t.Errorf("Find(%q): no figure %q in %v", tt.in, tt.figure, spansText(got))
		}
	}
}

func TestMeasureFrench(t *testing.T) {
	checkMeasures(t, "fr", []measureCase{
		// an incise between the noun and its verb group
		{"Au moins 12 personnes, dont trois enfants, ont été tuées dans l'attaque.", "12", "morts", ""},
		{"Au moins 12 personnes, dont trois enfants, ont été tuées dans l'attaque.", "trois", "morts", ""},
		{"Quinze personnes, selon la police, sont mortes dans l'incendie.", "Quinze", "morts", ""},
		{"Vingt-deux personnes, selon un bilan officiel, ont péri.", "Vingt-deux", "morts", ""},
		{"Huit personnes, dont un policier, ont trouvé la mort.", "Huit", "morts", ""},
		{"Cinq personnes ont perdu la vie dans l'accident.", "Cinq", "morts", ""},
		// participles after a generic noun, or after "autres"
		{"Trente personnes étaient encore portées disparues mardi.", "Trente", "disparus", ""},
		{"Douze personnes sont mortes, 30 autres sont portées disparues.", "30", "disparus", ""},
		{"Douze personnes sont mortes et 40 autres ont été blessées.", "40", "blessés", ""},
		{"450 habitants ont dû être évacués.", "450", "évacués", ""},
		{"Environ 1 200 personnes sont sinistrées.", "1 200", "sinistrés", ""},
		{"Plus de 10 000 personnes ont dû fuir leur domicile.", "10 000", "déplacés", ""},
		{"Quelque 300 migrants ont été secourus en Méditerranée.", "300", "rescapés", ""},
		{"Quatre soldats ont été tués dans une embuscade.", "Quatre", "morts", ""},
		{"23 policiers ont été blessés lors des heurts.", "23", "blessés", ""},
		// "dont N" sub-counts inherit the measure before them
		{"L'incendie a fait 12 morts, dont cinq près du hameau.", "cinq", "morts", ""},
		{"200 personnes ont été blessées, dont 30 grièvement.", "30", "blessés", ""},
		// the toll
		{"Le bilan s'est alourdi à 23 morts.", "23", "morts", ""},
		{"Le bilan est passé à 19 morts dimanche.", "19", "morts", ""},
		{"Un nouveau bilan fait état de 23 morts.", "23", "morts", ""},
		{"Le bilan s'élève à 23 morts.", "23", "morts", ""},
		{"Le nombre de morts est passé à 30.", "30", "morts", ""},
		{"Le séisme a fait au moins 2 000 victimes.", "2 000", "morts", ""},
		{"Sept corps gisaient sur la chaussée.", "Sept", "morts", ""},
		{"Les secouristes ont dégagé sept corps.", "sept", "corps", ""},
		// bodies recovered are their own claim, not the toll
		{"Douze corps ont été retrouvés dans les décombres.", "Douze", "corps", ""},
		{"Les sauveteurs ont retrouvé 15 corps.", "15", "corps", ""},
		// arrests
		{"La police a arrêté près de 4 000 personnes.", "4 000", "arrestations", ""},
		{"On compte 4 000 interpellations.", "4 000", "arrestations", ""},
		{"4 000 personnes ont été interpellées.", "4 000", "arrestations", ""},
		{"45 personnes ont été placées en garde à vue.", "45", "arrestations", ""},
		{"On dénombre 45 gardes à vue.", "45", "arrestations", ""},
		// soldiers and police
		{"Paris a envoyé un contingent de 1 850 soldats.", "1 850", "soldats", ""},
		{"Le pays a déployé 2 200 militaires.", "2 200", "soldats", ""},
		{"L'armée a mobilisé quelque 2 000 hommes dans la région.", "2 000", "soldats", ""},
		{"Quelque 2 000 hommes de la Légion étrangère ont été déployés.", "2 000", "soldats", ""},
		{"Il y a 300 policiers déployés autour du stade.", "300", "policiers", ""},
		{"3 000 policiers et gendarmes seront mobilisés.", "3 000", "policiers", ""},
		{"1 500 gendarmes ont été déployés.", "1 500", "policiers", ""},
		// demonstrators: "N selon X, M selon Y"
		{"Ils étaient 5 000 manifestants selon la police, 12 000 selon les organisateurs.", "5 000", "manifestants", ""},
		{"Ils étaient 5 000 manifestants selon la police, 12 000 selon les organisateurs.", "12 000", "manifestants", ""},
		{"Les manifestations ont rassemblé 80 000 personnes selon le ministère, 250 000 selon la CGT.", "250 000", "manifestants", ""},
		{"La police a compté 3 500 manifestants, la CGT 10 000.", "3 500", "manifestants", ""},
		// durations, not counts
		{"Le conflit dure depuis des dizaines d'années.", "des dizaines d'années", "", "duration"},
		{"Il a attendu plusieurs dizaines de minutes.", "plusieurs dizaines de minutes", "", "duration"},
		{"La police a compté 3 500 manifestants, la CGT 10 000.", "10 000", "manifestants", ""},
		{"Sur les 30 blessés, 12 sont dans un état grave.", "12", "blessés", ""},
		{"Le texte a recueilli 52 voix contre 48.", "48", "voix", ""},
		// a complement between the noun and its verb
		{"Douze habitants du village ont été évacués.", "Douze", "évacués", ""},
		{"Les 230 passagers du navire ont été secourus.", "230", "rescapés", ""},
		{"Trois otages ont été libérés samedi.", "Trois", "otages", ""},
		// plain nouns are lemmatised
		{"12 voitures ont été incendiées.", "12", "voiture", ""},
	})
}

// TestMeasureNoFigure lists numbers that are names, not figures: "Ligue 1",
// "France 2", "CAC 40".
func TestMeasureNoFigure(t *testing.T) {
	tests := []struct{ in, notFigure string }{
		{"Le PSG a gagné en Ligue 1 dimanche.", "1"},
		{"Le champion de Formule 1 a abandonné.", "1"},
		{"Le reportage a été diffusé sur France 2 hier soir.", "2"},
		{"Le CAC 40 a perdu 2 % vendredi.", "40"},
		{"Le JT de TF1 a ouvert sur l'attaque.", "1"},
		{"Les dirigeants du G7 se réunissent.", "7"},
		{"Un Airbus A320 s'est écrasé.", "320"},
		{"Un Boeing 737 MAX de la compagnie s'est écrasé.", "737"},
		{"L'attaque a fait 12 morts, dont cinq près du hameau.", "près"},
	}
	for _, tt := range tests {
		for _, s := range Find(tt.in, "fr") {
			if strings.HasSuffix(s.Text, tt.notFigure) || s.Measure == tt.notFigure {
				t.Errorf("Find(%q) = %s: %q is not a figure", tt.in, describe(s), tt.notFigure)
			}
		}
	}
	// a figure after a proper noun is still read when it counts something
	checkMeasures(t, "fr", []measureCase{
		{"Le CAC 40 a perdu 2 % vendredi.", "2 %", "", "percent"},
		{"En Ligue 1, 20 clubs s'affrontent.", "20", "club", ""},
		{"Selon Paris 12 personnes ont été tuées.", "12", "morts", ""},
	})
}

// TestMeasureLimits: the measure of a count is not carried past its
// sentence, nor onto a figure that has a noun of its own.
func TestMeasureLimits(t *testing.T) {
	tests := []struct{ in, figure, notMeasure string }{
		{"Il y avait 5 000 manifestants. Le budget atteint 12 000.", "12 000", "manifestants"},
		{"5 000 manifestants selon la police, 12 000 euros de dégâts.", "12 000 euros", "manifestants"},
		{"12 morts, dont cinq enfants.", "12", "enfant"},
	}
	for _, tt := range tests {
		for _, s := range Find(tt.in, "fr") {
			if s.Text == tt.figure && s.Measure == tt.notMeasure {
				t.Errorf("Find(%q): %s", tt.in, describe(s))
			}
		}
	}
}

// TestMeasurePart: "dont N" is a part of the count before it.
func TestMeasurePart(t *testing.T) {
	tests := []struct {
		in, figure, measure string
		part                bool
	}{
		{"L'incendie a fait 12 morts, dont cinq enfants.", "cinq", "morts", true},
		{"L'incendie a fait 12 morts, dont cinq enfants.", "12", "morts", false},
		{"Une centaine de blessés, dont 23 policiers.", "23", "policiers", true},
		{"Une centaine de blessés, dont 23 policiers.", "Une centaine", "blessés", false},
		{"At least 40 people died, including three children.", "three", "morts", true},
	}
	for _, tt := range tests {
		lang := "fr"
		if strings.HasPrefix(tt.in, "At ") {
			lang = "en"
		}
		found := false
		for _, s := range Find(tt.in, lang) {
			if s.Text != tt.figure {
				continue
			}
			found = true
			if s.Measure != tt.measure || s.Part != tt.part {
				t.Errorf("Find(%q): %s part=%v, want measure %q part=%v", tt.in, describe(s), s.Part, tt.measure, tt.part)
			}
		}
		if !found {
			t.Errorf("Find(%q): no figure %q", tt.in, tt.figure)
		}
	}
}

func TestMeasureEnglish(t *testing.T) {
	checkMeasures(t, "en", []measureCase{
		{"At least 12 people, including three children, were killed.", "12", "morts", ""},
		{"About 4,000 people were arrested.", "4,000", "arrestations", ""},
		{"Police said 30 people were injured.", "30", "blessés", ""},
	})
}
