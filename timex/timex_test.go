package timex

import (
	"strings"
	"testing"
	"time"
)

// ref is Friday 8 March 2019 (ISO week 10).
var ref = Ref{Date: time.Date(2019, 3, 8, 10, 0, 0, 0, time.UTC), Lang: "fr"}

// want is one expected span: its text (found in the sentence) and what it
// must carry. An empty Kind means "no span may cover this text".
type want struct {
	text, value, kind, mod string
}

type findCase struct {
	name string
	in   string
	want []want
}

func runFind(t *testing.T, r Ref, cases []findCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := Find(c.in, r)
			for _, w := range c.want {
				sp, ok := spanWithText(got, w.text)
				if w.kind == "" {
					if ok || covered(got, c.in, w.text) {
						t.Errorf("%q: no span expected over %q, got %+v", c.in, w.text, got)
					}
					continue
				}
				if !ok {
					t.Errorf("%q: no span %q; got %s", c.in, w.text, show(got))
					continue
				}
				if sp.Value != w.value || sp.Kind != w.kind || sp.Mod != w.mod {
					t.Errorf("%q: span %q = %s %s mod %q, want %s %s mod %q", c.in, w.text, sp.Kind, sp.Value, sp.Mod, w.kind, w.value, w.mod)
				}
			}
		})
	}
}

func spanWithText(spans []Span, text string) (Span, bool) {
	for _, s := range spans {
		if s.Text == text {
			return s, true
		}
	}
	return Span{}, false
}

// covered reports a span overlapping the first occurrence of text in in.
func covered(spans []Span, in, text string) bool {
	b := strings.Index(in, text)
	if b < 0 {
		return false
	}
	start := len([]rune(in[:b]))
	end := start + len([]rune(text))
	for _, s := range spans {
		if s.Start < end && start < s.End {
			return true
		}
	}
	return false
}

func show(spans []Span) string {
	var b strings.Builder
	for _, s := range spans {
		b.WriteString("[" + s.Text + " " + s.Kind + " " + s.Value + " " + s.Mod + "] ")
	}
	return b.String()
}

func TestAbsoluteDates(t *testing.T) {
	runFind(t, ref, []findCase{
		{"day month year", "Le 4 mars 2019, le conseil s'est réuni.", []want{{"Le 4 mars 2019", "2019-03-04", "DATE", ""}}},
		{"le day month past", "Il est arrivé le 28 février à Paris.", []want{{"le 28 février", "2019-02-28", "DATE", ""}}},
		{"premier", "Le texte entre en vigueur le 1er mars.", []want{{"le 1er mars", "2019-03-01", "DATE", ""}}},
		{"weekday and date", "La séance du mercredi 10 avril est reportée.", []want{{"mercredi 10 avril", "2019-04-10", "DATE", ""}}},
		{"weekday fixes year", "Rendez-vous le jeudi 23 mai.", []want{{"le jeudi 23 mai", "2019-05-23", "DATE", ""}}},
		{"numeric slash", "Publié le 04/03/2019 au Journal officiel.", []want{{"04/03/2019", "2019-03-04", "DATE", ""}}},
		{"iso", "Mis à jour 2019-03-04 à midi.", []want{{"2019-03-04", "2019-03-04", "DATE", ""}}},
		{"month year", "Le chômage a baissé en mars 2019.", []want{{"mars 2019", "2019-03", "DATE", ""}}},
		{"bare year", "Il avait été élu en 2018 avec 52 % des voix.", []want{{"2018", "2018", "DATE", ""}}},
		{"two-digit year", "Les travaux avaient commencé en octobre 98.", []want{{"octobre 98", "1998-10", "DATE", ""}}},
		{"mid month", "La livraison est repoussée à mi-mars.", []want{{"mi-mars", "2019-03", "DATE", "MID"}}},
		{"start of month future", "Les travaux commenceront début octobre.", []want{{"début octobre", "2019-10", "DATE", "START"}}},
		{"end of month year", "Depuis fin septembre 2000, rien n'a changé.", []want{{"fin septembre 2000", "2000-09", "DATE", "END"}}},
		{"same day past tense", "Le 8 mars, il a annoncé sa démission.", []want{{"Le 8 mars", "2019-03-08", "DATE", ""}}},
		{"same day dateline", "PARIS, 8 mars (Reuters) - Trois personnes ont été tuées.", []want{{"8 mars", "2019-03-08", "DATE", ""}}},
		{"last month named", "Il a été élu en septembre dernier.", []want{{"septembre dernier", "2018-09", "DATE", ""}}},
		{"next month named", "Le texte sera voté en juin prochain.", []want{{"juin prochain", "2019-06", "DATE", ""}}},
		{"range", "Le festival aura lieu du 19 au 23 juillet.", []want{{"19", "2019-07-19", "DATE", ""}, {"23 juillet", "2019-07-23", "DATE", ""}}},
		{"decade", "La fonte utilisée depuis les années 60 est fragile.", []want{{"les années 60", "196X", "DATE", ""}}},
		{"century", "Le réseau date de la fin du XIXe siècle.", []want{{"la fin du XIXe siècle", "18XX", "DATE", "END"}}},
		{"year noun", "Dès l'année 2001, la commune investira.", []want{{"l'année 2001", "2001", "DATE", ""}}},
		{"season", "Des législatives anticipées à l'automne.", []want{{"l'automne", "2019-FA", "DATE", ""}}},
		{"quarter", "Le PIB a progressé au premier trimestre 2019.", []want{{"premier trimestre 2019", "2019-Q1", "DATE", ""}}},
		{"quarter last year", "Les ventes du quatrième trimestre de l'année dernière.", []want{{"quatrième trimestre de l'année dernière", "2018-Q4", "DATE", ""}}},
		{"month pair", "Les résultats du recensement de mars-avril sont connus.", []want{{"mars", "2019-03", "DATE", ""}, {"avril", "2019-04", "DATE", ""}}},
		{"Mars the planet", "La sonde s'est posée sur Mars.", []want{{"Mars", "", "", ""}}},
		{"resolution number", "Après le vote de la résolution 1405 de l'ONU.", []want{{"1405", "", "", ""}}},
	})
}

func TestRelativeDates(t *testing.T) {
	runFind(t, ref, []findCase{
		{"hier", "Le ministre a annoncé hier sa démission.", []want{{"hier", "2019-03-07", "DATE", ""}}},
		{"avant-hier", "Il est rentré avant-hier.", []want{{"avant-hier", "2019-03-06", "DATE", ""}}},
		{"aujourd'hui", "Le président se rend aujourd'hui à Lyon.", []want{{"aujourd'hui", "2019-03-08", "DATE", ""}}},
		{"aujourd'hui nowadays", "Aujourd'hui, la ville a changé.", []want{{"Aujourd'hui", "PRESENT_REF", "TIME", ""}}},
		{"demain", "Le verdict sera rendu demain.", []want{{"demain", "2019-03-09", "DATE", ""}}},
		{"last year", "Les ventes ont reculé l'an dernier.", []want{{"l'an dernier", "2018", "DATE", ""}}},
		{"last year variant", "Par rapport à l'année dernière, la hausse est nette.", []want{{"l'année dernière", "2018", "DATE", ""}}},
		{"this year", "Les investissements atteindront 4 millions cette année.", []want{{"cette année", "2019", "DATE", ""}}},
		{"last week", "Les intempéries de la semaine dernière ont retardé le chantier.", []want{{"la semaine dernière", "2019-W09", "DATE", ""}}},
		{"next month", "Les panneaux seront posés le mois prochain.", []want{{"le mois prochain", "2019-04", "DATE", ""}}},
		{"this week", "Un journal a publié cette semaine la liste.", []want{{"cette semaine", "2019-W10", "DATE", ""}}},
		{"this morning", "Le tribunal siège depuis ce matin.", []want{{"ce matin", "2019-03-08TMO", "TIME", ""}}},
		{"yesterday evening", "Il a été hospitalisé hier soir.", []want{{"hier soir", "2019-03-07TEV", "TIME", ""}}},
		{"ago", "Le maire a rencontré le préfet il y a trois jours.", []want{{"il y a trois jours", "2019-03-05", "DATE", ""}}},
		{"in n days", "La décision tombera dans deux semaines.", []want{{"dans deux semaines", "2019-03-22", "DATE", ""}}},
		{"within days", "Le maire a promis une réponse dans les deux jours.", []want{{"deux jours", "P2D", "DURATION", ""}}},
		{"since weeks", "Les riverains réclament depuis deux semaines un ralentisseur.", []want{{"deux semaines", "P2W", "DURATION", ""}}},
		{"la veille", "Le 5 mars, il a été arrêté. La veille, il avait fui.", []want{{"Le 5 mars", "2019-03-05", "DATE", ""}, {"La veille", "2019-03-04", "DATE", ""}}},
		{"le lendemain", "Il est arrivé le 5 mars et reparti le lendemain.", []want{{"le lendemain", "2019-03-06", "DATE", ""}}},
		{"same day", "Il est arrivé le 2 mars. Le même jour, il a signé.", []want{{"Le même jour", "2019-03-02", "DATE", ""}}},
		{"weekend past", "Les coureurs se sont rendus ce week-end à Annecy.", []want{{"ce week-end", "2019-W09-WE", "DATE", ""}}},
	})
}

// Weekdays: the tense of the clause decides between the last and the next
// one (Friday 8 March: Thursday is the 7th or the 14th).
func TestWeekdayTense(t *testing.T) {
	runFind(t, ref, []findCase{
		{"passé composé", "Le ministre a annoncé jeudi un plan d'urgence.", []want{{"jeudi", "2019-03-07", "DATE", ""}}},
		{"passé composé être", "Il est arrivé mardi à Paris.", []want{{"mardi", "2019-03-05", "DATE", ""}}},
		{"after the date past tense", "La ministre a annoncé samedi sa candidature.", []want{{"samedi", "2019-03-02", "DATE", ""}}},
		{"imparfait", "Le maire recevait mardi les délégués.", []want{{"mardi", "2019-03-05", "DATE", ""}}},
		{"plus-que-parfait", "Il avait quitté la ville dimanche.", []want{{"dimanche", "2019-03-03", "DATE", ""}}},
		{"futur simple", "Le ministre annoncera jeudi un plan d'urgence.", []want{{"jeudi", "2019-03-14", "DATE", ""}}},
		{"futur proche", "Le ministre va annoncer mardi un plan.", []want{{"mardi", "2019-03-12", "DATE", ""}}},
		{"conditionnel", "Le texte devrait être voté mercredi.", []want{{"mercredi", "2019-03-13", "DATE", ""}}},
		{"passive present is no tense", "Le départ est fixé samedi à 8 h.", []want{{"samedi", "2019-03-09", "DATE", ""}}},
		{"present: nearest back", "Le conseil se réunit jeudi.", []want{{"jeudi", "2019-03-07", "DATE", ""}}},
		{"present: nearest ahead", "Le conseil se réunit lundi.", []want{{"lundi", "2019-03-11", "DATE", ""}}},
		{"same weekday is today", "Le conseil se réunit vendredi.", []want{{"vendredi", "2019-03-08", "DATE", ""}}},
		{"dernier", "Le texte a été adopté jeudi dernier.", []want{{"jeudi dernier", "2019-03-07", "DATE", ""}}},
		{"dernier same weekday", "Il est parti vendredi dernier.", []want{{"vendredi dernier", "2019-03-01", "DATE", ""}}},
		{"prochain", "Une délégation sera reçue lundi prochain.", []want{{"lundi prochain", "2019-03-11", "DATE", ""}}},
		{"prochain despite past", "Il a dit qu'il viendrait mercredi prochain.", []want{{"mercredi prochain", "2019-03-13", "DATE", ""}}},
		{"part of day", "L'accident a eu lieu dimanche soir.", []want{{"dimanche soir", "2019-03-03TEV", "TIME", ""}}},
		{"depuis", "Le bâtiment est fermé depuis mercredi.", []want{{"mercredi", "2019-03-06", "DATE", ""}}},
		{"same day as the date before", "La fête aura lieu dimanche. Dimanche soir, un bal est prévu.", []want{{"Dimanche soir", "2019-03-10TEV", "TIME", ""}}},
		{"set", "La bibliothèque ouvre tous les jeudis.", []want{{"tous les jeudis", "XXXX-WXX-4", "SET", ""}}},
		{"set with le", "La bibliothèque ouvre uniquement le mercredi.", []want{{"le mercredi", "XXXX-WXX-3", "SET", ""}}},
		{"holiday name", "L'accord du Vendredi Saint est menacé.", []want{{"Vendredi", "", "", ""}}},
	})
}

func TestDurations(t *testing.T) {
	runFind(t, ref, []findCase{
		{"digits", "Le tunnel a été fermé 48 heures.", []want{{"48 heures", "PT48H", "DURATION", ""}}},
		{"words", "Le chantier a duré dix jours.", []want{{"dix jours", "P10D", "DURATION", ""}}},
		{"une semaine", "Pendant une semaine, le tribunal va juger l'affaire.", []want{{"une semaine", "P1W", "DURATION", ""}}},
		{"trois ans", "Il a été condamné à trois ans de prison.", []want{{"trois ans", "P3Y", "DURATION", ""}}},
		{"vingt-quatre", "La grève a duré vingt-quatre heures.", []want{{"vingt-quatre heures", "PT24H", "DURATION", ""}}},
		{"quarante-huit", "Il a été gardé quarante-huit heures.", []want{{"quarante-huit heures", "PT48H", "DURATION", ""}}},
		{"dix-huit", "Le régiment totalise dix-huit mois de présence.", []want{{"dix-huit mois", "P18M", "DURATION", ""}}},
		{"vingt et un", "Il a jeûné vingt et un jours.", []want{{"vingt et un jours", "P21D", "DURATION", ""}}},
		{"soixante-dix", "Une tradition vieille de soixante-dix ans.", []want{{"soixante-dix ans", "P70Y", "DURATION", ""}}},
		{"et demi", "Le chantier a duré un an et demi.", []want{{"un an et demi", "P18M", "DURATION", ""}}},
		{"half century", "Une région disputée depuis un demi-siècle.", []want{{"un demi-siècle", "P50Y", "DURATION", ""}}},
		{"decimal", "Il devance son coéquipier de 30,4 secondes.", []want{{"30,4 secondes", "PT30.4S", "DURATION", ""}}},
		{"more than", "Leur association durera plus de vingt ans.", []want{{"plus de vingt ans", "P20Y", "DURATION", "MORE_THAN"}}},
		{"about", "Les travaux dureront environ deux mois.", []want{{"environ deux mois", "P2M", "DURATION", "APPROX"}}},
		{"vague", "Il se cache depuis plusieurs années.", []want{{"plusieurs années", "PXY", "DURATION", ""}}},
		{"these last days", "Ces derniers jours, il a montré des signes de faiblesse.", []want{{"Ces derniers jours", "PXD", "DURATION", ""}}},
		{"range", "Des peines de 8 à 24 mois ont été requises.", []want{{"8", "P8M", "DURATION", ""}, {"24 mois", "P24M", "DURATION", ""}}},
		{"age apposition", "Jean Dupont, 87 ans, a été heurté par une voiture.", []want{{"87 ans", "", "", ""}}},
		{"age agé de", "Un homme âgé de 38 ans a été interpellé.", []want{{"38 ans", "", "", ""}}},
		{"age noun", "Une fillette de 6 ans s'est noyée.", []want{{"6 ans", "", "", ""}}},
		{"sentence duration", "Il a écopé d'une peine de 2 ans de prison ferme.", []want{{"2 ans", "P2Y", "DURATION", ""}}},
		{"age clause", "À 45 ans, il change de métier.", []want{{"45 ans", "", "", ""}}},
		{"age range", "Un centre pour les enfants de 2 à 8 ans.", []want{{"2", "", "", ""}, {"8 ans", "", "", ""}}},
		{"under-17s", "Une victoire pour les moins de 17 ans.", []want{{"17 ans", "", "", ""}}},
		{"ordinal seconde", "Ils recevront une seconde fois Portland.", []want{{"une seconde", "", "", ""}}},
	})
}

func TestDeadlinesAndTimes(t *testing.T) {
	runFind(t, ref, []findCase{
		{"avant", "Le rapport doit être rendu avant le 14 mars.", []want{{"le 14 mars", "2019-03-14", "DATE", "BEFORE"}}},
		{"d'ici", "Le texte sera adopté d'ici le 9 mars.", []want{{"le 9 mars", "2019-03-09", "DATE", "BEFORE"}}},
		{"après", "La décision sera connue après le 20 mars.", []want{{"le 20 mars", "2019-03-20", "DATE", "AFTER"}}},
		{"jusqu'au", "Les inscriptions sont ouvertes jusqu'au 9 mars.", []want{{"9 mars", "2019-03-09", "DATE", "BEFORE"}}},
		{"deadline given in the past", "Il a donné jusqu'au 30 juin aux négociateurs.", []want{{"30 juin", "2019-06-30", "DATE", "BEFORE"}}},
		{"d'ici year", "Nous ne toucherons pas aux taux d'ici 2020.", []want{{"2020", "2020", "DATE", "BEFORE"}}},
		{"clock", "La séance a commencé à 20 h 30.", []want{{"20 h 30", "2019-03-08T20:30", "TIME", ""}}},
		{"clock glued", "Rendez-vous à 14h30 devant la mairie.", []want{{"14h30", "2019-03-08T14:30", "TIME", ""}}},
		{"clock heures", "La réunion est prévue à 20 heures en mairie.", []want{{"20 heures", "2019-03-08T20:00", "TIME", ""}}},
		{"clock anchored", "Le conseil se réunira le mercredi 10 avril à 18 h.", []want{{"18 h", "2019-04-10T18:00", "TIME", ""}}},
		{"clock approx", "Il a été agressé hier vers 18 h.", []want{{"18 h", "2019-03-07T18:00", "TIME", "APPROX"}}},
		{"clock then day", "Vers 0 h 40, jeudi, deux voitures se sont heurtées.", []want{{"0 h 40", "2019-03-07T00:40", "TIME", "APPROX"}}},
		{"noon", "Je suis passée à midi devant l'école.", []want{{"midi", "2019-03-08T12:00", "TIME", ""}}},
		{"night", "Les pompiers sont restés sur place pendant la nuit.", []want{{"la nuit", "2019-03-08TNI", "TIME", ""}}},
		{"set yearly", "La fête a lieu chaque année.", []want{{"chaque année", "P1Y", "SET", ""}}},
		{"set per", "Une croissance de 0,4 % par an.", []want{{"an", "P1Y", "SET", ""}}},
		{"present ref", "Il faut maintenant aligner les victoires.", []want{{"maintenant", "PRESENT_REF", "TIME", ""}}},
		{"present ref phrase", "Aucune décision n'a été prise pour l'instant.", []want{{"pour l'instant", "PRESENT_REF", "TIME", ""}}},
		{"future ref", "Il faut préserver l'avenir de l'entreprise.", []want{{"l'avenir", "FUTURE_REF", "TIME", ""}}},
	})
}

// Without a publication date only absolute expressions get a full value.
func TestNoReference(t *testing.T) {
	runFind(t, Ref{Lang: "fr"}, []findCase{
		{"absolute", "Le 4 mars 2019, le conseil s'est réuni.", []want{{"Le 4 mars 2019", "2019-03-04", "DATE", ""}}},
		{"no year", "Il est arrivé le 28 février.", []want{{"le 28 février", "XXXX-02-28", "DATE", ""}}},
		{"weekday", "Il a annoncé jeudi sa démission.", []want{{"jeudi", "XXXX-WXX-4", "DATE", ""}}},
		{"deictic", "Il a annoncé hier sa démission.", []want{{"hier", "", "DATE", ""}}},
		{"relative unit", "Les ventes ont reculé l'an dernier.", []want{{"l'an dernier", "", "DATE", ""}}},
		{"duration", "Le chantier a duré dix jours.", []want{{"dix jours", "P10D", "DURATION", ""}}},
	})
}

func TestFuture(t *testing.T) {
	for _, c := range []struct {
		in, text string
		future   bool
	}{
		{"Le verdict sera rendu demain.", "demain", true},
		{"Il a été arrêté hier.", "hier", false},
		{"Une délégation sera reçue lundi prochain.", "lundi prochain", true},
		{"Le texte sera voté le mois prochain.", "le mois prochain", true},
		{"Il a été élu en 2018.", "2018", false},
		{"Il se représentera en 2022.", "2022", true},
		{"La décision tombera dans deux semaines.", "dans deux semaines", true},
		{"Le chantier a duré dix jours.", "dix jours", false},
	} {
		sp, ok := spanWithText(Find(c.in, ref), c.text)
		if !ok {
			t.Errorf("%q: no span %q", c.in, c.text)
			continue
		}
		if sp.Future != c.future {
			t.Errorf("%q: %q Future = %v, want %v", c.in, c.text, sp.Future, c.future)
		}
	}
}

func TestEnglish(t *testing.T) {
	en := Ref{Date: ref.Date, Lang: "en"}
	runFind(t, en, []findCase{
		{"month day year", "The treaty was signed on March 4, 2019 in Paris.", []want{{"March 4, 2019", "2019-03-04", "DATE", ""}}},
		{"day month", "He arrived on 28 February.", []want{{"28 February", "2019-02-28", "DATE", ""}}},
		{"month year", "Unemployment fell in March 2019.", []want{{"March 2019", "2019-03", "DATE", ""}}},
		{"last weekday", "The minister resigned last Tuesday.", []want{{"last Tuesday", "2019-03-05", "DATE", ""}}},
		{"weekday past", "The minister announced on Thursday a new plan.", []want{{"Thursday", "2019-03-07", "DATE", ""}}},
		{"weekday future", "The minister will announce on Thursday a new plan.", []want{{"Thursday", "2019-03-14", "DATE", ""}}},
		{"ago", "The deal collapsed two days ago.", []want{{"two days ago", "2019-03-06", "DATE", ""}}},
		{"next week", "Talks resume next week.", []want{{"next week", "2019-W11", "DATE", ""}}},
		{"yesterday", "Police said yesterday that two men were arrested.", []want{{"yesterday", "2019-03-07", "DATE", ""}}},
		{"last night", "Fighting broke out last night.", []want{{"last night", "2019-03-07TNI", "TIME", ""}}},
		{"duration", "The strike lasted three weeks.", []want{{"three weeks", "P3W", "DURATION", ""}}},
		{"duration number words", "He was held for forty-eight hours.", []want{{"forty-eight hours", "PT48H", "DURATION", ""}}},
		{"clock", "The meeting starts at 3 p.m. in the town hall.", []want{{"3 p.m.", "2019-03-08T15:00", "TIME", ""}}},
		{"clock then day", "Shares rose at 10:30 a.m. EST on Tuesday.", []want{{"10:30 a.m.", "2019-03-05T10:30", "TIME", ""}}},
		{"boundary", "A decision is expected in early April.", []want{{"early April", "2019-04", "DATE", "START"}}},
		{"deadline", "Officials expect a decision by March 15.", []want{{"March 15", "2019-03-15", "DATE", "BEFORE"}}},
		{"decade", "Prices were lower in the 1990s.", []want{{"the 1990s", "199X", "DATE", ""}}},
		{"year", "He was elected in 2018.", []want{{"2018", "2018", "DATE", ""}}},
		{"age", "A 38-year-old man was arrested.", []want{{"38", "", "", ""}}},
		{"age words", "The man, 38 years old, was arrested.", []want{{"38 years", "", "", ""}}},
		{"modal may", "The talks may resume soon.", []want{{"may", "", "", ""}}},
	})
}

// Numbers written in words, checked through durations.
func TestNumberWords(t *testing.T) {
	for _, c := range []struct {
		words string
		n     string
	}{
		{"trois", "3"}, {"dix", "10"}, {"onze", "11"}, {"seize", "16"}, {"dix-sept", "17"},
		{"vingt", "20"}, {"vingt-quatre", "24"}, {"trente et un", "31"}, {"quarante-huit", "48"},
		{"cinquante-cinq", "55"}, {"soixante et onze", "71"}, {"quatre-vingts", "80"},
		{"quatre-vingt-dix-neuf", "99"}, {"cent", "100"}, {"deux cents", "200"}, {"cent vingt", "120"},
	} {
		in := "Le chantier a duré " + c.words + " jours."
		sp, ok := spanWithText(Find(in, ref), c.words+" jours")
		if !ok || sp.Value != "P"+c.n+"D" {
			t.Errorf("%q: got %+v, want P%sD", in, sp, c.n)
		}
	}
}

func TestSpanOffsets(t *testing.T) {
	in := "Élu le 6 mai dernier, l’élu a démissionné hier."
	got := Find(in, ref)
	r := []rune(in)
	if len(got) != 2 {
		t.Fatalf("got %s, want 2 spans", show(got))
	}
	for _, s := range got {
		if string(r[s.Start:s.End]) != s.Text {
			t.Errorf("span %+v: runes %q", s, string(r[s.Start:s.End]))
		}
	}
	if got[0].Text != "le 6 mai dernier" || got[1].Text != "hier" {
		t.Errorf("got %s", show(got))
	}
}
