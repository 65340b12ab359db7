package quantity

import (
	"math"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/recoupe/recoupe/internal/cputime"
	"github.com/recoupe/recoupe/internal/tokens"
)

func fp(v float64) *float64 { return &v }

// want describes the expected figure; nil Low/High mean "must be nil".
type want struct {
	text    string
	value   float64
	low     *float64
	high    *float64
	approx  bool
	unit    string
	kind    string
	measure string // checked when not empty
}

func sameBound(a, b *float64) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return math.Abs(*a-*b) <= 1e-9*math.Max(1, math.Abs(*a))
}

func checkSpan(t *testing.T, in string, got Span, w want) {
	t.Helper()
	if got.Text != w.text || math.Abs(got.Value-w.value) > 1e-9*math.Max(1, math.Abs(w.value)) ||
		!sameBound(got.Low, w.low) || !sameBound(got.High, w.high) || got.Approx != w.approx ||
		got.Unit != w.unit || got.Kind != w.kind || (w.measure != "" && got.Measure != w.measure) {
		t.Errorf("Find(%q):\n got  %s\n want text=%q value=%g low=%v high=%v approx=%v unit=%q kind=%q measure=%q",
			in, describe(got), w.text, w.value, deref(w.low), deref(w.high), w.approx, w.unit, w.kind, w.measure)
	}
}

func deref(p *float64) any {
	if p == nil {
		return nil
	}
	return *p
}

func describe(s Span) string {
	var b strings.Builder
	b.WriteString("text=" + `"` + s.Text + `"`)
	b.WriteString(" value=" + trimFloat(s.Value))
	if s.Low != nil {
		b.WriteString(" low=" + trimFloat(*s.Low))
	}
	if s.High != nil {
		b.WriteString(" high=" + trimFloat(*s.High))
	}
	if s.Approx {
		b.WriteString(" approx")
	}
	b.WriteString(" unit=" + s.Unit + " kind=" + s.Kind + " measure=" + s.Measure)
	return b.String()
}

func trimFloat(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }

func TestFindFrench(t *testing.T) {
	tests := []struct {
		in   string
		want want
	}{
		// formats
		{"Les 3 200 soldats", want{text: "3 200", value: 3200, kind: "count", measure: "soldats"}},
		{"Les 3\u00a0200 soldats", want{text: "3\u00a0200", value: 3200, kind: "count", measure: "soldats"}},
		{"Les 3\u202f200 soldats", want{text: "3\u202f200", value: 3200, kind: "count", measure: "soldats"}},
		{"Il y avait 4.500 manifestants", want{text: "4.500", value: 4500, kind: "count", measure: "manifestants"}},
		{"Il y avait 20.000 manifestants", want{text: "20.000", value: 20000, kind: "count", measure: "manifestants"}},
		{"Il y avait 15'000 manifestants", want{text: "15'000", value: 15000, kind: "count", measure: "manifestants"}},
		{"Une hausse de 4.5 points", want{text: "4.5", value: 4.5, kind: "count"}},
		{"un plan de 1,5 million d'euros", want{text: "1,5 million d'euros", value: 1.5e6, unit: "EUR", kind: "money", measure: "plan"}},
		{"deux mille cinq cents personnes ont été évacuées", want{text: "deux mille cinq cents", value: 2500, kind: "count", measure: "évacués"}},
		{"quatre-vingt-dix-neuf otages", want{text: "quatre-vingt-dix-neuf", value: 99, kind: "count", measure: "otages"}},
		// vague quantities
		{"une dizaine de blessés", want{text: "une dizaine", value: 10, low: fp(8), high: fp(12), approx: true, kind: "count", measure: "blessés"}},
		{"des dizaines de morts", want{text: "des dizaines", value: 20, low: fp(20), high: fp(90), approx: true, kind: "count", measure: "morts"}},
		{"des centaines de réfugiés", want{text: "des centaines", value: 200, low: fp(200), high: fp(900), approx: true, kind: "count", measure: "réfugiés"}},
		{"plus d'un millier de soldats", want{text: "un millier", value: 1000, low: fp(1000), kind: "count", measure: "soldats"}},
		{"des dizaines de milliers de manifestants", want{text: "des dizaines de milliers", value: 20000, low: fp(20000), high: fp(90000), approx: true, kind: "count", measure: "manifestants"}},
		// ranges
		{"1 000 à 1 500 manifestants", want{text: "1 000 à 1 500", value: 1000, low: fp(1000), high: fp(1500), kind: "count", measure: "manifestants"}},
		{"entre 1 000 et 1 500 manifestants", want{text: "entre 1 000 et 1 500", value: 1000, low: fp(1000), high: fp(1500), kind: "count", measure: "manifestants"}},
		{"de 1 à 1,5 million de dollars", want{text: "1 à 1,5 million de dollars", value: 1e6, low: fp(1e6), high: fp(1.5e6), unit: "USD", kind: "money"}},
		{"entre 10 et 15 %", want{text: "entre 10 et 15 %", value: 10, low: fp(10), high: fp(15), unit: "%", kind: "percent"}},
		// qualifiers
		{"près de 6 000 personnes ont été évacuées", want{text: "6 000", value: 6000, high: fp(6000), approx: true, kind: "count", measure: "évacués"}},
		{"environ 300 blessés", want{text: "300", value: 300, approx: true, kind: "count", measure: "blessés"}},
		{"quelque 200 otages", want{text: "200", value: 200, approx: true, kind: "count", measure: "otages"}},
		{"au moins 5 000 morts", want{text: "5 000", value: 5000, low: fp(5000), kind: "count", measure: "morts"}},
		{"plus de 40 personnes ont été interpellées", want{text: "40", value: 40, low: fp(40), kind: "count", measure: "arrestations"}},
		{"jusqu'à 80 000 soldats", want{text: "80 000", value: 80000, high: fp(80000), kind: "count", measure: "soldats"}},
		{"5 000 morts au moins", want{text: "5 000", value: 5000, low: fp(5000), kind: "count", measure: "morts"}},
		// measures
		{"4 000 personnes arrêtées", want{text: "4 000", value: 4000, kind: "count", measure: "arrestations"}},
		{"4 000 arrestations", want{text: "4 000", value: 4000, kind: "count", measure: "arrestations"}},
		{"La police a arrêté près de 4 000 personnes", want{text: "4 000", value: 4000, high: fp(4000), approx: true, kind: "count", measure: "arrestations"}},
		{"120 interpellations", want{text: "120", value: 120, kind: "count", measure: "arrestations"}},
		{"1 850 militaires", want{text: "1 850", value: 1850, kind: "count", measure: "soldats"}},
		{"300 troupes", want{text: "300", value: 300, kind: "count", measure: "soldats"}},
		{"un contingent de 1 850 soldats", want{text: "1 850", value: 1850, kind: "count", measure: "soldats"}},
		{"un contingent de 1 850 hommes", want{text: "1 850", value: 1850, kind: "count", measure: "soldats"}},
		{"12 tués", want{text: "12", value: 12, kind: "count", measure: "morts"}},
		{"30 victimes", want{text: "30", value: 30, kind: "count", measure: "morts"}},
		{"3 décès", want{text: "3", value: 3, kind: "count", measure: "morts"}},
		{"Le bilan s'élève à 45.", want{text: "45", value: 45, kind: "count", measure: "morts"}},
		{"12 voitures incendiées", want{text: "12", value: 12, kind: "count", measure: "voiture"}},
		// percent, money, units
		{"une hausse de 3,5 %", want{text: "3,5 %", value: 3.5, unit: "%", kind: "percent", measure: "hausse"}},
		{"12 milliards de dollars", want{text: "12 milliards de dollars", value: 12e9, unit: "USD", kind: "money"}},
		{"un budget de 3 M€", want{text: "3 M€", value: 3e6, unit: "EUR", kind: "money", measure: "budget"}},
		{"une amende de 5 000 euros", want{text: "5 000 euros", value: 5000, unit: "EUR", kind: "money", measure: "amende"}},
		{"Il fait -5 °C", want{text: "-5 °C", value: -5, unit: "°C", kind: "temperature"}},
		{"une route de 29 km", want{text: "29 km", value: 29, unit: "km", kind: "length"}},
		{"à 120 km/h", want{text: "120 km/h", value: 120, unit: "km/h", kind: "speed"}},
		{"250 m²", want{text: "250 m²", value: 250, unit: "m²", kind: "area"}},
		{"3 tonnes", want{text: "3 tonnes", value: 3, unit: "t", kind: "weight"}},
		{"500 000 barils", want{text: "500 000 barils", value: 500000, unit: "bbl", kind: "volume"}},
		{"condamné à 5 ans de prison", want{text: "5 ans", value: 5, unit: "year", kind: "duration"}},
		// ages and ordinals
		{"Jean, âgé de 45 ans, a parlé", want{text: "45 ans", value: 45, unit: "year", kind: "age"}},
		{"Jean Dupont, 45 ans, est mort", want{text: "45 ans", value: 45, unit: "year", kind: "age"}},
		{"Il est arrivé 22e.", want{text: "22e", value: 22, kind: "ordinal"}},
		{"le vingtième anniversaire", want{text: "vingtième", value: 20, kind: "ordinal"}},
	}
	for _, tt := range tests {
		got := Find(tt.in, "fr")
		if len(got) != 1 {
			t.Errorf("Find(%q): %d spans, want 1: %v", tt.in, len(got), spansText(got))
			continue
		}
		checkSpan(t, tt.in, got[0], tt.want)
	}
}

func spansText(ss []Span) []string {
	var out []string
	for _, s := range ss {
		out = append(out, describe(s))
	}
	return out
}

func TestFindNegatives(t *testing.T) {
	tests := []string{
		"en 2019",
		"Depuis 2015, rien.",
		"le 4 mars",
		"le 4 mars 2019",
		"lundi 4 il pleuvait",
		"le 12/03/2019",
		"le 2019-03-12",
		"appelez le 01 23 45 67 89",
		"appelez le 01.23.45.67.89",
		"appelez le +33 1 23 45 67 89",
		"l'article 49.3",
		"la loi n° 2019-222",
		"à 14h30",
		"à 14 h 30",
		"vers 8 heures",
		"le 1er mai",
		"le sommet du G7",
		"un homme est venu",
		"un bâtiment neuf",
		"les années 1990",
		"M. Dupont",
		"la COP21",
	}
	for _, in := range tests {
		if got := Find(in, "fr"); len(got) != 0 {
			t.Errorf("Find(%q) = %v, want nothing", in, spansText(got))
		}
	}
}

func TestFindSeveral(t *testing.T) {
	in := "Le chômage est passé de 10 % à 8 %."
	got := Find(in, "fr")
	if len(got) != 2 || got[0].Value != 10 || got[1].Value != 8 || got[0].Low != nil {
		t.Errorf("Find(%q) = %v, want two separate percentages", in, spansText(got))
	}
	in = "Un mort et deux blessés."
	got = Find(in, "fr")
	if len(got) != 2 || got[0].Measure != "morts" || got[0].Value != 1 || got[1].Measure != "blessés" || got[1].Value != 2 {
		t.Errorf("Find(%q) = %v", in, spansText(got))
	}
}

func TestFindEnglish(t *testing.T) {
	tests := []struct {
		in   string
		want want
	}{
		{"About 4,000 people were arrested", want{text: "4,000", value: 4000, approx: true, kind: "count", measure: "arrestations"}},
		{"more than 1,500 troops", want{text: "1,500", value: 1500, low: fp(1500), kind: "count", measure: "soldats"}},
		{"about 3.5 billion dollars", want{text: "3.5 billion dollars", value: 3.5e9, approx: true, unit: "USD", kind: "money"}},
		{"up to 12%", want{text: "12%", value: 12, high: fp(12), unit: "%", kind: "percent"}},
		{"30 killed", want{text: "30", value: 30, kind: "count", measure: "morts"}},
	}
	for _, tt := range tests {
		got := Find(tt.in, "en")
		if len(got) != 1 {
			t.Errorf("Find(%q): %d spans, want 1: %v", tt.in, len(got), spansText(got))
			continue
		}
		checkSpan(t, tt.in, got[0], tt.want)
	}
}

func TestNumbers(t *testing.T) {
	tests := []struct {
		in    string
		texts []string
		vals  []float64
	}{
		{"1 234 567", []string{"1 234 567"}, []float64{1234567}},
		{"423 0000", []string{"423", "0000"}, []float64{423, 0}},
		{"4,800", []string{"4,800"}, []float64{4.8}},
		{"1.458.000,00", []string{"1.458.000,00"}, []float64{1458000}},
		{"soixante et onze", []string{"soixante et onze"}, []float64{71}},
		{"quatre-vingts", []string{"quatre-vingts"}, []float64{80}},
		{"neuf mille neuf cent quatre-vingt-dix neuf", []string{"neuf mille neuf cent quatre-vingt-dix neuf"}, []float64{9999}},
		{"deux cent deux mille", []string{"deux cent deux mille"}, []float64{202000}},
		{"trois quarts", []string{"trois quarts"}, []float64{0.75}},
		{"un vingt-cinquième", []string{"un vingt-cinquième"}, []float64{0.04}},
		{"1 sur 4", []string{"1 sur 4"}, []float64{0.25}},
		{"2 1/4", []string{"2 1/4"}, []float64{2.25}},
		{"vingt et un ou vingt-deux", []string{"vingt et un", "vingt-deux"}, []float64{21, 22}},
		{"3 millions et demi", []string{"3 millions et demi"}, []float64{3.5e6}},
		{"une douzaine", []string{"une douzaine"}, []float64{12}},
		{"1e10", []string{"1e10"}, []float64{1e10}},
		{"deux cent virgule trois", []string{"deux cent virgule trois"}, []float64{200.3}},
		{"le liquide de 180ml", nil, nil},
	}
	for _, tt := range tests {
		got := Numbers(tt.in, "fr")
		if len(got) != len(tt.texts) {
			t.Errorf("Numbers(%q) = %+v, want %v", tt.in, got, tt.texts)
			continue
		}
		for i, n := range got {
			if n.Text != tt.texts[i] || math.Abs(n.Value-tt.vals[i]) > 1e-9*math.Max(1, tt.vals[i]) {
				t.Errorf("Numbers(%q)[%d] = %q %g, want %q %g", tt.in, i, n.Text, n.Value, tt.texts[i], tt.vals[i])
			}
		}
	}
}

func TestLemmaFR(t *testing.T) {
	tests := []struct {
		form, noun, verb string
		gram             bool
	}{
		{"soldats", "soldat", "", false},
		{"chevaux", "cheval", "", false},
		{"arrêtées", "", "arrêter", false},
		{"tués", "", "tuer", false},
		{"morts", "mort", "mourir", false},
		{"hausse", "hausse", "hausser", false},
		{"personne", "", "", false}, // its own lemma: not listed
		{"près", "", "", true},
		{"grièvement", "", "", true},
		{"dimanche", "", "", false}, // a noun as well as an adverb
		{"", "", "", false},
		{"qxqxq", "", "", false},
		{"\xff", "", "", false},
	}
	for _, tt := range tests {
		n, v, g := lemmaFR(tt.form)
		if n != tt.noun || v != tt.verb || g != tt.gram {
			t.Errorf("lemmaFR(%q) = %q, %q, %v; want %q, %q, %v", tt.form, n, v, g, tt.noun, tt.verb, tt.gram)
		}
	}
	// every line of the table is found by the binary search
	tbl := lemmaIndex()
	for i := range tbl.starts {
		form, _, _ := strings.Cut(tbl.lineAt(i), "\t")
		if _, ok := tbl.line(form); !ok {
			t.Fatalf("line %d: form %q not found", i, form)
		}
	}
}

const article = `PARIS (AFP) - Près de 4 000 personnes ont été arrêtées samedi en France lors de manifestations qui ont rassemblé entre 80 000 et 100 000 personnes selon le ministère de l'Intérieur, 250 000 selon les organisateurs. Le bilan provisoire fait état de 12 morts et d'une centaine de blessés, dont 23 policiers. Le gouvernement a débloqué 1,5 million d'euros pour les commerçants touchés, soit une hausse de 12 % par rapport à 2019.
Le ministre, âgé de 54 ans, a annoncé le déploiement d'un contingent de 1 850 soldats et de 3 000 gendarmes supplémentaires. Des dizaines de milliers de manifestants ont défilé à Paris, Lyon et Marseille. Selon la loi n° 2019-222 et l'article 49.3 de la Constitution, le gouvernement peut agir. Contact presse : 01 23 45 67 89, le 4 mars à 14h30.
La température a atteint 38 °C dans le sud, où les pompiers ont évacué quelque 2 500 habitants. Plus de 300 hectares ont brûlé, à 20 km de Marseille. Les assureurs estiment les dégâts à au moins 200 millions d'euros. Au total, plus d'un millier de personnes ont été interpellées depuis le début du mouvement, il y a trois semaines. Une vingtaine de véhicules ont été incendiés et quelque 150 commerces pillés. La ministre a promis 10 000 logements d'urgence et 2 milliards d'euros d'ici à 2025.
Les syndicats réclament une revalorisation de 5 % des salaires et le retour de la retraite à 60 ans, contre 64 ans aujourd'hui. Environ 30 % des Français soutiennent le mouvement, selon un sondage publié dimanche, contre 45 % il y a un mois.`

// benchText is a 3 KB French article.
func benchText() string {
	text := article
	for len(text) < 3000 {
		text += " " + article
	}
	text = text[:3000]
	for !utf8.ValidString(text) {
		text = text[:len(text)-1]
	}
	return text
}

func BenchmarkFind(b *testing.B) {
	text := benchText()
	lemmaIndex() // the lemma table is loaded once per process, not per article
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	start := cputime.Now()
	defer cputime.Report(b, start)
	for b.Loop() {
		Find(text, "fr")
	}
}

// BenchmarkFindIn is Find on a text already split into tokens, as the
// facts stage calls it: the tokens are built outside the timer.
func BenchmarkFindIn(b *testing.B) {
	text := benchText()
	lemmaIndex()
	x := tokens.New(text)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	start := cputime.Now()
	defer cputime.Report(b, start)
	for b.Loop() {
		FindIn(x, "fr")
	}
}

func TestFindArticle(t *testing.T) {
	got := Find(article, "fr")
	byMeasure := map[string]int{}
	for _, s := range got {
		byMeasure[s.Measure]++
		if strings.Contains(s.Text, "2019") || strings.Contains(s.Text, "45 67") || strings.Contains(s.Text, "49") {
			t.Errorf("unexpected figure %s", describe(s))
		}
	}
	if byMeasure["arrestations"] != 2 || byMeasure["soldats"] != 1 || byMeasure["morts"] != 1 || byMeasure["manifestants"] != 3 {
		t.Errorf("measures %v; spans:\n%s", byMeasure, strings.Join(spansText(got), "\n"))
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		article, "3 200 soldats", "1,5 million d'euros", "entre 1 000 et 1 500", "des dizaines de milliers",
		"-1,1^--23", "1e999999", "un vingt et unième", "½", "10-15 %", "$ 75 millions", "0,0,0,0",
		"\u202f\u00a0", "quatre-vingt-dix-neuf mille milliards de billions", "1/0", "1 sur 0", "9^9^9",
		"Le taux de participation s'est établi à 62,3 %", "41 des 120 sièges", "52, et non 47 comme l'indiquent",
		"estiment à 2 200 le nombre de soldats", "18 % des salariés étaient en grève", "The death toll rose to 41",
		"de 5 des", "le nombre de", "à 3 le", "et non 4", "des 5 des 6 des",
	} {
		f.Add(s, "fr")
		f.Add(s, "en")
	}
	f.Fuzz(func(t *testing.T, text, lang string) {
		runes := []rune(text)
		for _, s := range Find(text, lang) {
			if s.Start < 0 || s.End > len(runes) || s.Start >= s.End {
				t.Fatalf("span out of bounds: %+v (len %d)", s, len(runes))
			}
			if string(runes[s.Start:s.End]) != s.Text {
				t.Fatalf("span text %q != runes %q", s.Text, string(runes[s.Start:s.End]))
			}
			if s.Low != nil && s.Value < *s.Low && !math.IsNaN(s.Value) {
				t.Fatalf("value %g below low %g: %+v", s.Value, *s.Low, s)
			}
			if s.High != nil && s.Value > *s.High {
				t.Fatalf("value %g above high %g: %+v", s.Value, *s.High, s)
			}
		}
		for _, n := range Numbers(text, lang) {
			if n.Start < 0 || n.End > len(runes) || string(runes[n.Start:n.End]) != n.Text {
				t.Fatalf("number span mismatch: %+v", n)
			}
		}
	})
}
