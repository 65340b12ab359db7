package crosscheck

import (
	"slices"
	"testing"

	"github.com/recoupe/recoupe/report"
)

// val builds a value: the figure, its article, its sentence and as_of
// ("" for none).
func val(x float64, article, asOf, sentence string) report.Value {
	v := report.Value{Value: x, Article: article, Sentence: sentence}
	if asOf != "" {
		v.AsOf = &asOf
	}
	return v
}

func withLow(v report.Value) report.Value  { v.Low = ptr(v.Value); return v }
func withNear(v report.Value) report.Value { v.High, v.Approx = ptr(v.Value), true; return v }

// srcs builds sources: article, group, published date, text.
func srcs(rows ...[4]string) []Source {
	out := make([]Source, len(rows))
	for i, r := range rows {
		out[i] = Source{Article: r[0], Group: r[1], Published: r[2], Text: r[3], Lang: "fr"}
	}
	return out
}

func TestReconcileStatus(t *testing.T) {
	const mon, tue, wed, thu = "2025-03-03", "2025-03-04", "2025-03-05", "2025-03-06"
	three := srcs([4]string{"a", "", mon, ""}, [4]string{"b", "", mon, ""}, [4]string{"c", "", mon, ""})
	tests := []struct {
		name    string
		measure string
		unit    string
		values  []report.Value
		sources []Source
		want    string
		n       int // independent sources
	}{
		{
			name: "agree: près de 4 000 and 4.000", measure: "arrestations",
			values: []report.Value{
				withNear(val(4000, "a", mon, "Près de 4 000 personnes ont été arrêtées.")),
				val(4000, "b", mon, "La police a arrêté 4.000 personnes."),
			},
			sources: three, want: Agree, n: 2,
		},
		{
			name: "single: three copies of one dispatch", measure: "morts",
			values: []report.Value{
				val(12, "a", mon, "Douze personnes ont été tuées lundi."),
				val(12, "b", mon, "Douze personnes ont été tuées lundi, selon un bilan."),
				val(12, "c", mon, "Un bilan fait état de douze morts."),
			},
			sources: srcs([4]string{"a", "g", mon, ""}, [4]string{"b", "g", mon, ""}, [4]string{"c", "g", mon, ""}),
			want:    Single, n: 1,
		},
		{
			name: "conflict: a source rejects another's figure", measure: "rescapés",
			values: []report.Value{
				val(52, "b", mon, "L'ONG affirme avoir secouru 52 personnes, et non 38 comme l'indiquent les garde-côtes."),
				val(38, "b", mon, "L'ONG affirme avoir secouru 52 personnes, et non 38 comme l'indiquent les garde-côtes."),
				val(38, "a", tue, "Les garde-côtes ont secouru 38 personnes."),
			},
			sources: three, want: Conflict, n: 2,
		},
		{
			name: "retracted: the source's own earlier figure", measure: "morts",
			values: []report.Value{
				val(6, "a", mon, "Six personnes sont mortes, et non sept comme annoncé initialement par la préfecture."),
				val(7, "a", mon, "Six personnes sont mortes, et non sept comme annoncé initialement par la préfecture."),
				val(6, "b", mon, "Le bilan est de six morts."),
			},
			sources: three, want: Retracted, n: 2,
		},
		{
			name: "conflict: two bodies credited, far apart", measure: "rançon",
			values: []report.Value{
				val(6e6, "a", mon, "Une rançon de 6 millions d'euros a été versée, selon une source sécuritaire."),
				val(2e6, "b", mon, "Selon un élu local, la rançon serait de 2 millions d'euros."),
			},
			sources: three, want: Conflict, n: 2,
		},
		{
			name: "conflict: 4 000 and at least 5 000 the same day", measure: "arrestations",
			values: []report.Value{
				val(4000, "a", mon, "La police a arrêté 4 000 personnes."),
				withLow(val(5000, "b", mon, "Au moins 5 000 personnes ont été arrêtées.")),
			},
			sources: three, want: Conflict, n: 2,
		},
		{
			name: "conflict: 1 850 and 2 200 troops", measure: "soldats",
			values: []report.Value{
				val(1850, "a", mon, "La Russie mobilise 1 850 soldats."),
				val(2200, "b", mon, "Les services estoniens comptent 2 200 soldats."),
			},
			sources: three, want: Conflict, n: 2,
		},
		{
			name: "agree: an exact troop count and an approximate one", measure: "soldats",
			values: []report.Value{
				val(1850, "a", mon, "La Russie mobilise 1 850 soldats."),
				withNear(val(2000, "b", mon, "Près de 2 000 soldats sont mobilisés.")),
			},
			sources: three, want: Agree, n: 2,
		},
		{
			name: "evolving: a toll of 300 on Monday, 450 on Thursday", measure: "morts",
			values: []report.Value{
				val(300, "a", mon, "Le séisme a fait 300 morts."),
				val(450, "b", thu, "Le séisme a fait 450 morts."),
			},
			sources: three, want: Evolving, n: 2,
		},
		{
			name: "evolving: at least 14, then 21, then 27", measure: "morts",
			values: []report.Value{
				withLow(val(14, "a", mon, "Au moins 14 personnes ont été tuées.")),
				val(21, "b", tue, "Le séisme a fait 21 morts."),
				val(27, "c", wed, "Le séisme a fait 27 morts."),
			},
			sources: three, want: Evolving, n: 3,
		},
		{
			name: "evolving: the missing fall day after day", measure: "disparus",
			values: []report.Value{
				val(30, "a", mon, "Trente personnes sont portées disparues."),
				val(21, "b", tue, "21 personnes sont portées disparues."),
				val(9, "c", wed, "Neuf personnes restent portées disparues."),
			},
			sources: three, want: Evolving, n: 3,
		},
		{
			name: "conflict: a toll going up and down", measure: "morts",
			values: []report.Value{
				val(300, "a", mon, "Le séisme a fait 300 morts."),
				val(450, "b", tue, "Le séisme a fait 450 morts."),
				val(320, "c", wed, "Le séisme a fait 320 morts."),
			},
			sources: three, want: Conflict, n: 3,
		},
		{
			name: "evolving: a running count told by its verb", measure: "vol",
			values: []report.Value{
				withNear(val(800, "a", mon, "Quelque 800 vols ont été annulés lundi.")),
				val(1200, "b", tue, "Au total 1 200 vols ont été annulés mardi."),
			},
			sources: three, want: Evolving, n: 2,
		},
		{
			name: "evolving: troops reinforced, the text says so", measure: "soldats",
			values: []report.Value{
				val(1850, "a", mon, "La Russie mobilise 1 850 soldats."),
				val(2200, "b", thu, "Le contingent a été porté à 2 200 soldats."),
			},
			sources: three, want: Evolving, n: 2,
		},
		{
			name: "conflict: two bodies disagree on different days", measure: "postes",
			values: []report.Value{
				val(850, "a", mon, "Selon la direction, 850 postes seront supprimés."),
				val(1200, "b", tue, "Selon la CGT, 1 200 postes sont menacés."),
			},
			sources: three, want: Conflict, n: 2,
		},
		{
			name: "conflict: police and organisers in one article", measure: "manifestants",
			values: []report.Value{
				val(45000, "a", mon, "Le cortège a rassemblé 45 000 manifestants selon la police, 200 000 selon les organisateurs."),
				val(200000, "a", mon, "Le cortège a rassemblé 45 000 manifestants selon la police, 200 000 selon les organisateurs."),
			},
			sources: three, want: Conflict, n: 1,
		},
		{
			name: "agree: a toll and the bodies found that day", measure: "morts",
			values: []report.Value{
				val(19, "a", wed, "Le bilan s'établit à 19 morts."),
				val(7, "a", wed, "Les secouristes ont retrouvé sept corps dans la journée."),
				val(19, "b", wed, "Le bilan est de 19 morts."),
			},
			sources: three, want: Agree, n: 2,
		},
		{
			name: "agree: seats of a party and the total", measure: "sièges",
			values: []report.Value{
				val(41, "a", mon, "Le parti a obtenu 41 sièges."),
				val(41, "b", mon, "Le parti a remporté 41 sièges sur 120."),
				val(120, "b", mon, "Le parti a remporté 41 sièges sur 120."),
			},
			sources: three, want: Agree, n: 2,
		},
		{
			name: "agree: a source's second figure counts something else", measure: "sièges",
			values: []report.Value{
				val(41, "a", mon, "Le parti a obtenu 41 sièges."),
				val(41, "b", mon, "Le parti a obtenu 41 sièges."),
				val(61, "b", mon, "La majorité absolue est de 61 sièges."),
			},
			sources: three, want: Agree, n: 2,
		},
		{
			name: "retracted: a figure withdrawn in the next sentence", measure: "arrestations",
			values: []report.Value{
				val(5000, "a", mon, "Le ministère avait annoncé 5 000 arrestations."),
				val(4000, "b", mon, "La police a arrêté 4 000 personnes."),
			},
			sources: srcs(
				[4]string{"a", "", mon, "Le ministère avait annoncé 5 000 arrestations. Ce chiffre a depuis été retiré."},
				[4]string{"b", "", mon, "La police a arrêté 4 000 personnes."},
			),
			want: Retracted, n: 2,
		},
		{
			name: "retracted: a correction notice rejects a figure of other articles", measure: "enfants",
			values: []report.Value{
				val(3, "a", mon, "Douze personnes, dont trois enfants, ont été tuées."),
				val(2, "b", tue, "Parmi les victimes figurent deux enfants."),
			},
			sources: srcs(
				[4]string{"a", "", mon, "Douze personnes, dont trois enfants, ont été tuées."},
				[4]string{"b", "", tue, "Parmi les victimes figurent deux enfants.\n\n(Corrige le nombre d'enfants parmi les victimes : deux et non trois)"},
			),
			want: Retracted, n: 2,
		},
		{
			name: "conflict beats retracted", measure: "arrestations",
			values: []report.Value{
				val(5000, "a", mon, "Une version précédente de cet article indiquait 5 000 arrestations."),
				val(4000, "b", mon, "La police a arrêté 4 000 personnes."),
				withLow(val(6000, "c", mon, "Au moins 6 000 personnes ont été arrêtées.")),
			},
			sources: three, want: Conflict, n: 3,
		},
		{
			name: "evolving: the text gives the previous toll", measure: "morts",
			values: []report.Value{
				val(12, "a", wed, "Le bilan est passé de 12 à 19 morts."),
				val(19, "a", wed, "Le bilan est passé de 12 à 19 morts."),
				val(12, "b", tue, "Le séisme a fait 12 morts."),
			},
			sources: three, want: Evolving, n: 2,
		},
		{
			name: "conflict: undated figures that differ", measure: "capacité", unit: "m3",
			values: []report.Value{
				val(4e6, "x", "", "La retenue contient 4 millions de mètres cubes."),
				val(6e6, "y", "", "La retenue contient 6 millions de mètres cubes."),
			},
			want: Conflict, n: 2,
		},
		{
			name: "agree: undated round figures", measure: "capacité", unit: "m3",
			values: []report.Value{
				val(4e6, "x", "", "La retenue contient 4 millions de mètres cubes."),
				val(4.2e6, "y", "", "La retenue contient 4,2 millions de mètres cubes."),
			},
			want: Agree, n: 2,
		},
		{
			name: "conflict: end dates from two sources the same day", measure: MeasureEnd, unit: DateUnit,
			values: []report.Value{
				val(20250309, "a", mon, "Les manœuvres doivent prendre fin le 9 mars."),
				withLow(val(20250320, "b", mon, "Les troupes resteront après le 20 mars.")),
			},
			sources: three, want: Conflict, n: 2,
		},
		{
			name: "evolving: an end date postponed", measure: MeasureEnd, unit: DateUnit,
			values: []report.Value{
				val(20251009, "a", mon, "La grève doit durer jusqu'au 9 octobre."),
				val(20251016, "b", wed, "Les syndicats ont annoncé la prolongation de la grève jusqu'au 16 octobre."),
			},
			sources: three, want: Evolving, n: 2,
		},
		{
			name: "agree: the same deadline", measure: MeasureDeadline, unit: DateUnit,
			values: []report.Value{
				withNear(val(20250314, "a", mon, "Les offres doivent être déposées avant le 14 mars.")),
				val(20250314, "b", mon, "La date limite est fixée au 14 mars."),
			},
			sources: three, want: Agree, n: 2,
		},
		{
			name: "retracted: an end date an earlier version gave", measure: MeasureEnd, unit: DateUnit,
			values: []report.Value{
				val(20250618, "a", mon, "Une version précédente de cet article indiquait que la grève prendrait fin le 18 juin."),
				val(20250619, "b", mon, "Le mouvement doit s'achever le 19 juin."),
			},
			sources: three, want: Retracted, n: 2,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			claims := []report.Claim{{Measure: tt.measure, Unit: tt.unit, Values: tt.values}}
			got := Reconcile(claims, tt.sources)
			if len(got) != 1 {
				t.Fatalf("got %d claims", len(got))
			}
			if got[0].Status != tt.want {
				t.Errorf("status = %s, want %s", got[0].Status, tt.want)
			}
			if got[0].Sources != tt.n {
				t.Errorf("sources = %d, want %d", got[0].Sources, tt.n)
			}
			if claims[0].Status != "" {
				t.Error("Reconcile modified its input")
			}
		})
	}
}

func TestReconcileValues(t *testing.T) {
	const mon, thu = "2025-03-03", "2025-03-06"
	claims := []report.Claim{{Measure: "morts", Unit: "personnes", Values: []report.Value{
		val(450, "d", thu, "Le bilan s'est alourdi à 450 morts, selon le ministère."),
		val(300, "a", mon, "Le séisme a fait 300 morts, selon les autorités."),
		val(300, "b", mon, "Le séisme a fait 300 morts."),
		val(300, "c", mon, "Le séisme a fait 300 morts, selon les autorités."),
	}}}
	sources := srcs([4]string{"a", "wire", mon, ""}, [4]string{"b", "wire", mon, ""}, [4]string{"c", "", mon, ""}, [4]string{"d", "", thu, ""})
	got := Reconcile(claims, sources)[0]
	if got.Status != Evolving || got.Kind != KindCount || got.Sources != 3 {
		t.Fatalf("claim = %s %s %d sources, want evolving count 3 sources", got.Status, got.Kind, got.Sources)
	}
	var arts []string
	for _, v := range got.Values {
		arts = append(arts, v.Article)
	}
	if want := []string{"a", "c", "d"}; !slices.Equal(arts, want) {
		t.Fatalf("values from %v, want %v (date order, copies collapsed)", arts, want)
	}
	if !slices.Equal(got.Values[0].Copies, []string{"b"}) {
		t.Errorf("copies of the first value = %v, want [b]", got.Values[0].Copies)
	}
	if got.Values[0].Credit != "autorités" || got.Values[2].Credit != "ministère" {
		t.Errorf("credits = %q, %q", got.Values[0].Credit, got.Values[2].Credit)
	}
	if got.Values[0].Source != "wire" {
		t.Errorf("source = %q, want wire", got.Values[0].Source)
	}
	rc := got.Report()
	if rc.Status != Evolving || len(rc.Values) != 3 || rc.Values[2].Value != 450 {
		t.Errorf("report form = %+v", rc)
	}
}

func TestReconcileDateValue(t *testing.T) {
	got := Reconcile([]report.Claim{{Measure: MeasureEnd, Unit: DateUnit, Values: []report.Value{
		val(20250309, "a", "2025-03-03", "Les manœuvres doivent prendre fin le 9 mars."),
	}}}, nil)[0]
	if got.Kind != KindDate || got.Status != Single || got.Values[0].Date != "2025-03-09" {
		t.Errorf("got %s %s %q, want date single 2025-03-09", got.Kind, got.Status, got.Values[0].Date)
	}
}

func TestSharedSentenceGroups(t *testing.T) {
	const s = "Le séisme de magnitude 6,1 a fait au moins 14 morts dans le nord du pays."
	claims := []report.Claim{{Measure: "morts", Values: []report.Value{
		val(14, "a", "", s), val(14, "b", "", s), val(14, "c", "", "Quatorze personnes sont mortes."),
	}}}
	g := sharedSentenceGroups(srcs([4]string{"a", "", "", ""}, [4]string{"b", "", "", ""}, [4]string{"c", "", "", ""}), claims)
	if g["a"] != g["b"] || g["a"] == g["c"] {
		t.Errorf("groups = %v: a and b share a sentence, c does not", g)
	}
}

func TestGroupsFromCopies(t *testing.T) {
	arts := []string{"a", "b", "c", "d", "e"}
	copies := []report.Copy{
		{Articles: []string{"c", "b"}, Kind: "exact"},
		{Articles: []string{"d", "c"}, Kind: "same-dispatch"},
	}
	g := GroupsFromCopies(arts, copies)
	want := map[string]string{"a": "a", "b": "b", "c": "b", "d": "b", "e": "e"}
	for a, w := range want {
		if g[a] != w {
			t.Errorf("group of %s = %q, want %q", a, g[a], w)
		}
	}
}

func TestStory(t *testing.T) {
	st := report.Story{
		Articles: []string{"a", "b"},
		Copies:   []report.Copy{{Articles: []string{"a", "b"}, Kind: "exact"}},
		Claims: []report.Claim{{Measure: "morts", Unit: "personnes", Values: []report.Value{
			val(12, "a", "2025-03-03", "Douze personnes ont été tuées."),
			val(12, "b", "2025-03-03", "Douze personnes ont été tuées."),
		}}},
	}
	sources := srcs([4]string{"a", "", "2025-03-03", ""}, [4]string{"b", "", "2025-03-03", ""})
	claims, _ := Story(&st, sources)
	if len(claims) != 1 || claims[0].Status != Single || len(st.Claims) != 1 || st.Claims[0].Status != Single {
		t.Fatalf("copies of one text must be one source: %+v", st.Claims)
	}
	if st.Timeline == nil {
		t.Error("timeline left nil")
	}
}
