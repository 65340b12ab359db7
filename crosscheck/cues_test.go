package crosscheck

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// figureAt returns the rune offsets of fig in sent, -1 when absent.
func figureAt(sent, fig string) (int, int) {
	i := strings.Index(sent, fig)
	if fig == "" || i < 0 {
		return -1, -1
	}
	s := utf8.RuneCountInString(sent[:i])
	return s, s + utf8.RuneCountInString(fig)
}

func TestReadCues(t *testing.T) {
	tests := []struct {
		name, sent, next, fig string
		want                  cues
	}{
		{name: "plain", sent: "Au moins 12 personnes ont été tuées mardi.", fig: "12", want: cues{}},
		{name: "et non: the rejected figure", sent: "Le bilan est de deux enfants et non trois.", fig: "trois",
			want: cues{retracted: true}},
		{name: "et non: the kept figure", sent: "Le bilan est de deux enfants et non trois.", fig: "deux",
			want: cues{corrected: true}},
		{name: "au lieu de after an error cue is the right figure", sent: "Une version précédente de cet article indiquait à tort 300 morts au lieu de 250.", fig: "250",
			want: cues{corrected: true}},
		{name: "the figure an error cue names", sent: "Une version précédente de cet article indiquait à tort 300 morts au lieu de 250.", fig: "300",
			want: cues{retracted: true}},
		{name: "earlier version in English", sent: "Three workers were reported killed in an earlier version of this story.", fig: "Three",
			want: cues{retracted: true}},
		{name: "withdrawn figure in its clause", sent: "Le chiffre de 5 000 arrestations, avancé lundi, a depuis été retiré.", fig: "5 000",
			want: cues{retracted: true}},
		{name: "withdrawn in the next sentence", sent: "Le ministère avait annoncé 5 000 arrestations.", next: "Ce chiffre a depuis été retiré.", fig: "5 000",
			want: cues{retracted: true}},
		{name: "next sentence about something else", sent: "Quelque 80 000 foyers étaient privés d'électricité.", next: "Le ministère, qui avait annoncé cinq morts, a depuis retiré ce chiffre.", fig: "80 000",
			want: cues{}},
		{name: "troops withdrawing are no retraction", sent: "Quelque 1 850 soldats se sont retirés de la zone.", fig: "1 850", want: cues{}},
		{name: "human error is no retraction", sent: "Une erreur humaine a causé l'accident qui a fait 12 morts.", fig: "12", want: cues{}},
		{name: "par erreur", sent: "Le ministère avait annoncé par erreur 5 000 arrestations.", fig: "5 000", want: cues{retracted: true}},
		{name: "corrected figure", sent: "Le ministère a corrigé son bilan à 250 morts.", fig: "250", want: cues{corrected: true}},
		{name: "correction notice", sent: "(Corrige le nombre d'enfants parmi les victimes : deux)", fig: "deux", want: cues{corrected: true}},
		{name: "previous toll", sent: "Le précédent bilan, mardi, faisait état de 12 morts.", fig: "12", want: cues{past: true}},
		{name: "passé de ... à", sent: "Le bilan est passé de 12 à 19 morts.", fig: "12", want: cues{past: true, evolving: true}},
		{name: "the new figure", sent: "Le bilan est passé de 12 à 19 morts.", fig: "19", want: cues{evolving: true}},
		{name: "contre la veille", sent: "On compte 19 morts, contre 12 la veille.", fig: "12", want: cues{past: true}},
		{name: "s'est alourdi", sent: "Le bilan s'est alourdi à 23 morts jeudi.", fig: "23", want: cues{evolving: true}},
		{name: "cue in another clause", sent: "Les exercices doivent s'achever le 9 mars ; en 2021, ils s'étaient prolongés.", fig: "9 mars", want: cues{}},
		{name: "up from", sent: "The toll rose to 19, up from 12 on Monday.", fig: "12", want: cues{past: true, evolving: true}},
		{name: "a total", sent: "Le parti a obtenu 41 sièges sur 120.", fig: "120", want: cues{total: true}},
		{name: "the part", sent: "Le parti a obtenu 41 sièges sur 120.", fig: "41", want: cues{}},
		{name: "unlocated figure in a notice", sent: "Une version précédente de cet article indiquait 300 morts.", fig: "", want: cues{retracted: true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, e := figureAt(tt.sent, tt.fig)
			if tt.fig != "" && s < 0 {
				t.Fatalf("figure %q not in sentence", tt.fig)
			}
			if got := readCues(tt.sent, tt.next, s, e); got != tt.want {
				t.Errorf("readCues = %+v, want %+v", got, tt.want)
			}
		})
	}
}

func TestCredit(t *testing.T) {
	tests := []struct{ sent, fig, want string }{
		{"Selon le ministère de l'Intérieur, 4 000 personnes ont été arrêtées.", "4 000", "ministère de l'Intérieur"},
		{"Quelque 4 000 personnes ont été arrêtées, a rapporté l'agence TASS.", "4 000", "agence TASS"},
		{"Au moins 12 personnes ont été tuées, ont annoncé mardi les autorités.", "12", "autorités"},
		{"Le bilan s'est alourdi à 23 morts, selon un nouveau bilan de la protection civile, qui recense neuf disparus.", "23", "protection civile"},
		{"Selon l'Agence nationale de protection civile (ANPC), 450 personnes ont été évacuées.", "450", "Agence nationale de protection civile (ANPC)"},
		{"D'après la police, 120 personnes ont été interpellées.", "120", "police"},
		{"Le ministère de l'Intérieur a annoncé 4 000 arrestations.", "4 000", "ministère de l'Intérieur"},
		{"Le ministère avait annoncé 5 000 arrestations.", "5 000", "ministère"},
		{"« Ils resteront après le 20 mars », nous a déclaré un responsable de l'Otan.", "20 mars", "responsable de l'Otan"},
		{"At least 300 people were killed, according to the health ministry.", "300", "health ministry"},
		{"More than 300 people were killed, the ministry said.", "300", "ministry"},
		{"Three workers were reported killed in the blast.", "Three", ""},
		{"La police a interpellé 120 personnes.", "120", ""},
		{"Selon lui, 120 personnes ont été interpellées.", "120", ""},
		{"Le bilan provisoire fait état de 12 morts.", "12", ""},
		{"La direction maintient le chiffre de 850 suppressions de postes.", "850", ""},
		{"Le rectorat compte 22 % de grévistes, tandis que le SNES revendique 51 % de grévistes.", "51 %", "SNES"},
		{"The police counted 800 protesters, while the organisers claimed 3,000.", "3,000", "organisers"},
		{"Le cortège a rassemblé 45 000 personnes selon la police, 200 000 selon les organisateurs.", "45 000", "police"},
		{"Le cortège a rassemblé 45 000 personnes selon la police, 200 000 selon les organisateurs.", "200 000", "organisateurs"},
	}
	for _, tt := range tests {
		t.Run(tt.want+"/"+tt.fig, func(t *testing.T) {
			s, _ := figureAt(tt.sent, tt.fig)
			if s < 0 {
				t.Fatalf("figure %q not in sentence", tt.fig)
			}
			if got := credit(tt.sent, s); got != tt.want {
				t.Errorf("credit(%q) = %q, want %q", tt.sent, got, tt.want)
			}
		})
	}
}

func TestClauses(t *testing.T) {
	s := fold("Le bilan est de 19 morts ; le précédent était de 12, mais il a été revu.")
	cs := clauses(s)
	if len(cs) != 3 {
		t.Fatalf("clauses = %v, want 3", cs)
	}
	if got := s[cs[0][0]:cs[0][1]]; strings.TrimSpace(got) != "le bilan est de 19 morts" {
		t.Errorf("first clause = %q", got)
	}
}

func TestFoldKeepsRunes(t *testing.T) {
	for _, s := range []string{"Élysée’s œuvre — à Noël\u00a0!", "", "\xff\xfe", "ǅ İ"} {
		if utf8.RuneCountInString(fold(s)) != utf8.RuneCountInString(s) {
			t.Errorf("fold(%q) = %q changes the rune count", s, fold(s))
		}
	}
}
