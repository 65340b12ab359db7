package quote

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// want is one expected quote: its text and its speaker ("" for none).
type want struct {
	text, speaker string
}

func check(t *testing.T, text, lang string, ents []Mention, wants []want) []Quote {
	t.Helper()
	got := Find(text, lang, ents)
	rs := []rune(text)
	for _, q := range got {
		if q.Start < 0 || q.End > len(rs) || q.Start >= q.End || string(rs[q.Start:q.End]) != q.Text {
			t.Errorf("bad span %d..%d for %q", q.Start, q.End, q.Text)
		}
		if q.SpeakerStart >= 0 && (q.SpeakerEnd > len(rs) || q.SpeakerStart >= q.SpeakerEnd) {
			t.Errorf("bad speaker span %d..%d", q.SpeakerStart, q.SpeakerEnd)
		}
	}
	if len(got) != len(wants) {
		t.Errorf("found %d quotes, want %d:\n%s", len(got), len(wants), dump(got))
		return got
	}
	for i, w := range wants {
		if got[i].Text != w.text || got[i].Speaker != w.speaker {
			t.Errorf("quote %d = %q by %q, want %q by %q", i, got[i].Text, got[i].Speaker, w.text, w.speaker)
		}
	}
	return got
}

func dump(qs []Quote) string {
	var b strings.Builder
	for _, q := range qs {
		b.WriteString("  " + q.Text + " <- " + q.Speaker + "\n")
	}
	return b.String()
}

func TestFindFrench(t *testing.T) {
	tests := []struct {
		name, text string
		wants      []want
	}{
		{"inverted verb and role apposition",
			"« Nous ne céderons pas », a déclaré le porte-parole du Kremlin, Dmitri Peskov.",
			[]want{{"Nous ne céderons pas", "Dmitri Peskov"}}},
		{"inverted verb, name then title",
			"« La situation est grave », a déclaré le ministre de l'Intérieur Gérald Darmanin.",
			[]want{{"La situation est grave", "Gérald Darmanin"}}},
		{"subject and verb before, colon",
			"Mme Anne Hidalgo a affirmé : « Paris est prête. »",
			[]want{{"Paris est prête.", "Anne Hidalgo"}}},
		{"subject, verb and que before",
			"Le Premier ministre Jean Castex a estimé que « la rentrée sera difficile ».",
			[]want{{"la rentrée sera difficile", "Jean Castex"}}},
		{"selon",
			"Selon Emmanuel Macron, « il faut agir vite ».",
			[]want{{"il faut agir vite", "Emmanuel Macron"}}},
		{"d'après after the quote",
			"« Le texte sera voté », d'après Aurore Bergé.",
			[]want{{"Le texte sera voté", "Aurore Bergé"}}},
		{"pour at the head of the clause",
			"Pour Laurent Berger, « cette réforme est injuste ».",
			[]want{{"cette réforme est injuste", "Laurent Berger"}}},
		{"pronominal verb, subject after",
			"« C'est une honte », s'est indignée Marine Le Pen.",
			[]want{{"C'est une honte", "Marine Le Pen"}}},
		{"se féliciter inverted",
			"« Un accord historique », s'est félicité Charles Michel, président du Conseil européen.",
			[]want{{"Un accord historique", "Charles Michel"}}},
		{"subject before the quote, verb after",
			"Interrogé par France Inter, Bruno Le Maire a assuré : « La croissance tiendra. »",
			[]want{{"La croissance tiendra.", "Bruno Le Maire"}}},
		{"preposition phrase is no subject",
			"« Nous irons jusqu'au bout », a indiqué à l'AFP Philippe Martinez.",
			[]want{{"Nous irons jusqu'au bout", "Philippe Martinez"}}},
		{"name and colon",
			"Emmanuel Macron : « Nous sommes en guerre »",
			[]want{{"Nous sommes en guerre", "Emmanuel Macron"}}},
		{"unnamed speaker",
			"« Nous avons tout perdu », raconte une habitante du quartier.",
			[]want{{"Nous avons tout perdu", ""}}},
		{"organisation speaker",
			"Selon le Fonds monétaire international, « la reprise sera lente ».",
			[]want{{"la reprise sera lente", "Fonds"}}},
		{"nbsp and narrow nbsp inside guillemets",
			"«\u00a0Rien n'est joué\u00a0», a prévenu Édouard Philippe. «\u202fOn verra\u202f», a-t-il ajouté.",
			[]want{{"Rien n'est joué", "Édouard Philippe"}, {"On verra", "Édouard Philippe"}}},
		{"curly quotes",
			"“Le dialogue reste ouvert”, a souligné Josep Borrell.",
			[]want{{"Le dialogue reste ouvert", "Josep Borrell"}}},
		{"low-high quotes",
			"„Wir schaffen das“, avait lancé Angela Merkel en 2015.",
			[]want{{"Wir schaffen das", "Angela Merkel"}}},
		{"single guillemets",
			"‹ Tout va bien ›, a répondu Olivier Véran.",
			[]want{{"Tout va bien", "Olivier Véran"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			check(t, tt.text, "fr", nil, tt.wants)
		})
	}
}

func TestFindPronouns(t *testing.T) {
	tests := []struct {
		name, text string
		wants      []want
	}{
		{"il after a previous sentence's subject",
			"Le président Emmanuel Macron s'est rendu à Berlin mardi. « Nous avançons », a-t-il déclaré.",
			[]want{{"Nous avançons", "Emmanuel Macron"}}},
		{"elle skips a man named later",
			"La chancelière Angela Merkel a reçu le président Emmanuel Macron. « Nous sommes d'accord », a-t-elle affirmé.",
			[]want{{"Nous sommes d'accord", "Angela Merkel"}}},
		{"il skips a woman",
			"M. Dupont a croisé Mme Durand. « Je reste », a-t-il dit.",
			[]want{{"Je reste", "Dupont"}}},
		{"quote speaker carries to the next quote",
			"« Le projet avance », a déclaré Jean Dupont. Marie Curie était absente. « Nous tiendrons les délais », a-t-il ajouté.",
			[]want{{"Le projet avance", "Jean Dupont"}, {"Nous tiendrons les délais", "Jean Dupont"}}},
		{"subject pronoun before",
			"Ursula von der Leyen était à Kiev. Elle a promis : « L'Europe sera là. »",
			[]want{{"L'Europe sera là.", "Ursula von der Leyen"}}},
		{"previous sentence's subject for a standalone quote",
			"Le maire de Lyon, Grégory Doucet, a défendu son bilan devant le conseil.\n\n« Nous avons tenu nos promesses. »",
			[]want{{"Nous avons tenu nos promesses.", "Grégory Doucet"}}},
		{"role resolved to the person given it",
			"Le ministre de la Santé, François Braun, a visité l'hôpital avec Jean Martin. « Les soignants sont épuisés », a reconnu le ministre.",
			[]want{{"Les soignants sont épuisés", "François Braun"}}},
		{"a wrong gender guess still finds the person",
			"Le porte-parole du gouvernement, Prisca Thévenot, s'est exprimée mardi. « Nous ne reculerons pas », a-t-elle déclaré.",
			[]want{{"Nous ne reculerons pas", "Prisca Thévenot"}}},
		{"plural pronoun is unnamed",
			"Les grévistes ont manifesté. « Nous ne lâcherons rien », ont-ils lancé.",
			[]want{{"Nous ne lâcherons rien", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			check(t, tt.text, "fr", nil, tt.wants)
		})
	}
}

func TestFindShapes(t *testing.T) {
	tests := []struct {
		name, text string
		wants      []want
	}{
		{"multi-sentence quote",
			"« Nous avons tout essayé. Rien n'a marché. Il faut changer », a expliqué Jean Dupont.",
			[]want{{"Nous avons tout essayé. Rien n'a marché. Il faut changer", "Jean Dupont"}}},
		{"quote split by its reporting clause",
			"« Le gouvernement nous trahit », poursuit Clémentine Autain, « et les Français le savent. »",
			[]want{{"Le gouvernement nous trahit", "Clémentine Autain"}, {"et les Français le savent.", "Clémentine Autain"}}},
		{"partial quotes",
			"Le président Emmanuel Macron a dénoncé une « trahison » et un « mépris insupportable » des élus.",
			[]want{{"trahison", "Emmanuel Macron"}, {"mépris insupportable", "Emmanuel Macron"}}},
		{"partial quote qualified",
			"Jean Dupont a qualifié la décision de « scandaleuse ».",
			[]want{{"scandaleuse", "Jean Dupont"}}},
		{"nested quotes: only the outer one",
			"« Ils m'ont dit “c'est fini”, mais je n'y crois pas », a confié Sophie Martin.",
			[]want{{"Ils m'ont dit “c'est fini”, mais je n'y crois pas", "Sophie Martin"}}},
		{"multi-paragraph quote, French convention",
			"Le ministre Jean Dupont a déclaré :\n\n« Nous allons reconstruire.\n\n« Il faudra du temps.\n\n« Mais nous y arriverons. »",
			[]want{{"Nous allons reconstruire.", "Jean Dupont"}, {"Il faudra du temps.", "Jean Dupont"}, {"Mais nous y arriverons.", "Jean Dupont"}}},
		{"multi-paragraph quote closed in the next paragraph",
			"« Nous allons reconstruire.\n\nIl faudra du temps », a promis Jean Dupont.",
			[]want{{"Nous allons reconstruire.", "Jean Dupont"}, {"Il faudra du temps", "Jean Dupont"}}},
		{"unclosed guillemet ends with its paragraph",
			"« Nous allons reconstruire, a promis Jean Dupont.\n\nLa suite est connue.",
			[]want{{"Nous allons reconstruire", "Jean Dupont"}}},
		{"straight quotes",
			`"On ne reculera pas", a lancé Gabriel Attal. Il a ajouté : " Le cap est fixé ".`,
			[]want{{"On ne reculera pas", "Gabriel Attal"}, {"Le cap est fixé", "Gabriel Attal"}}},
		{"inch marks are no quotes",
			`Un écran de 27" et un disque de 3,5" suffisent, a expliqué Jean Dupont : "C'est assez".`,
			[]want{{"C'est assez", "Jean Dupont"}}},
		{"apostrophes are no quotes",
			"L'homme s'est dit « très ému », a rapporté l'AFP. C'est l'essentiel.",
			[]want{{"très ému", ""}}},
		{"nicknames and titles are no quotes",
			"Le narcotrafiquant Juan Perez, alias « Cesar », et Enrique Lopez, surnommé \"Enrique gafas\", ont lu le livre « Le Petit Prince » et regardé « Le Monde ».",
			nil},
		{"nickname after dit",
			"Jean Dupont, dit « le Boucher », a été condamné.",
			nil},
		{"scare quotes without a speaker",
			"Le mouvement des « gilets jaunes » a manifesté samedi, selon la police.",
			nil},
		{"capitalised nickname after a noun",
			"Le parrain « Tony Lunettes » a été arrêté.",
			nil},
		{"one-word answer is a quote",
			"Interrogé sur sa candidature, Jean Dupont a répondu : « Non ».",
			[]want{{"Non", "Jean Dupont"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			check(t, tt.text, "fr", nil, tt.wants)
		})
	}
}

func TestFindPullQuotes(t *testing.T) {
	tests := []struct {
		name, text string
		wants      []want
	}{
		{"box after the quote, with a name line",
			"« Nous ne laisserons pas tomber les agriculteurs », a assuré Marc Fesneau mardi.\n\n« Nous ne laisserons pas tomber les agriculteurs »\n\nMarc Fesneau\n\nLe ministre a ensuite visité une ferme.",
			[]want{{"Nous ne laisserons pas tomber les agriculteurs", "Marc Fesneau"}}},
		{"box before the quote keeps the first occurrence",
			"« Nous ne laisserons pas tomber les agriculteurs. »\n\nLe ministre Marc Fesneau était en visite. « Nous ne laisserons pas tomber les agriculteurs », a-t-il assuré.",
			[]want{{"Nous ne laisserons pas tomber les agriculteurs.", "Marc Fesneau"}}},
		{"shortened box",
			"« Nous ne laisserons pas tomber les agriculteurs, quoi qu'il arrive », a assuré Marc Fesneau.\n\n« Nous ne laisserons pas tomber les agriculteurs »",
			[]want{{"Nous ne laisserons pas tomber les agriculteurs, quoi qu'il arrive", "Marc Fesneau"}}},
		{"the same words twice in the text are two quotes",
			"« Nous verrons bien demain », a dit Jean Dupont. Plus tard, il a répété : « Nous verrons bien demain ».",
			[]want{{"Nous verrons bien demain", "Jean Dupont"}, {"Nous verrons bien demain", "Jean Dupont"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			check(t, tt.text, "fr", nil, tt.wants)
		})
	}
}

func TestFindEnglish(t *testing.T) {
	tests := []struct {
		name, text string
		wants      []want
	}{
		{"verb then name",
			"“We will not back down,” said President Joe Biden.",
			[]want{{"We will not back down,", "Joe Biden"}}},
		{"name then verb",
			`"The economy is strong," Janet Yellen told reporters.`,
			[]want{{"The economy is strong,", "Janet Yellen"}}},
		{"pronoun",
			"Senator Elizabeth Warren spoke on Monday. “This bill is dead,” she said.",
			[]want{{"This bill is dead,", "Elizabeth Warren"}}},
		{"according to",
			`According to John Kirby, "the situation is under control."`,
			[]want{{"the situation is under control.", "John Kirby"}}},
		{"colon",
			"The spokesman, John Kirby, told reporters: “We are monitoring the situation.”",
			[]want{{"We are monitoring the situation.", "John Kirby"}}},
		{"title of a show is no quote",
			`She starred in "The Crown" last year, the BBC said.`,
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			check(t, tt.text, "en", nil, tt.wants)
		})
	}
}

// TestFindMentions checks that given mentions give canonical speakers and
// that the speaker span points at the mention, or at the antecedent of a
// pronoun.
func TestFindMentions(t *testing.T) {
	text := "Le porte-parole du Kremlin, Dmitri Peskov, a parlé mardi. « Rien n'est décidé », a-t-il dit. « Nous verrons », a ajouté M. Peskov."
	ments := []Mention{
		mention(text, "Kremlin", "organisation", "Kremlin", ""),
		mention(text, "Dmitri Peskov", "person", "Dmitri Peskov", "porte-parole du Kremlin"),
		mention(text, "Peskov.", "person", "Dmitri Peskov", ""),
	}
	ments[2].End-- // "Peskov" without the period
	ments[2].Text = "Peskov"
	got := check(t, text, "fr", ments, []want{{"Rien n'est décidé", "Dmitri Peskov"}, {"Nous verrons", "Dmitri Peskov"}})
	if len(got) == 2 {
		if got[0].SpeakerStart != ments[1].Start || got[0].SpeakerEnd != ments[1].End {
			t.Errorf("pronoun speaker span %d..%d, want the antecedent %d..%d", got[0].SpeakerStart, got[0].SpeakerEnd, ments[1].Start, ments[1].End)
		}
		if got[1].SpeakerStart != ments[2].Start {
			t.Errorf("speaker span starts at %d, want %d", got[1].SpeakerStart, ments[2].Start)
		}
	}
	// Places are no speakers; a role is resolved through Role.
	text2 := "Dmitri Peskov a reçu des journalistes à Moscou. « Aucune décision », a affirmé le porte-parole."
	ments2 := []Mention{
		mention(text2, "Dmitri Peskov", "person", "", "porte-parole du Kremlin"),
		mention(text2, "Moscou", "place", "", ""),
	}
	check(t, text2, "fr", ments2, []want{{"Aucune décision", "Dmitri Peskov"}})
}

// mention builds the mention of the first occurrence of s in text.
func mention(text, s, kind, canonical, role string) Mention {
	b := strings.Index(text, s)
	start := utf8.RuneCountInString(text[:b])
	return Mention{Start: start, End: start + utf8.RuneCountInString(s), Text: s, Kind: kind, Canonical: canonical, Role: role}
}

func TestFindPartialFlag(t *testing.T) {
	got := Find("Jean Dupont a dénoncé une « trahison ». Il a ajouté : « Je partirai. »", "fr", nil)
	if len(got) != 2 || !got[0].Partial || got[1].Partial {
		t.Errorf("partial flags wrong:\n%s", dump(got))
	}
}

func TestFindNoQuotes(t *testing.T) {
	for _, text := range []string{"", "Aucune citation ici.", "»", "« ", "\"\"\"", "«»", "“”", "l'homme d'État"} {
		if got := Find(text, "fr", nil); len(got) != 0 {
			t.Errorf("Find(%q) = %v, want none", text, got)
		}
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"« Nous avançons », a-t-il déclaré.",
		"Selon Jean Dupont, « il faut agir ».\n\n« Suite.\n\n« Fin. »",
		`"A" "B" 27" “C” „D“ ‹E› « F “G” »`,
		"« \u00a0»\n«\n»",
		"M. Dupont : « Non ». Il a dit « oui »",
		"\"We will,\" he said. According to Smith, \"no.\"",
	} {
		f.Add(s, "fr")
	}
	f.Add(`"Fine," she said.`, "en")
	f.Fuzz(func(t *testing.T, text, lang string) {
		rs := []rune(text)
		for _, q := range Find(text, lang, nil) {
			if q.Start < 0 || q.End > len(rs) || q.Start >= q.End {
				t.Fatalf("span %d..%d out of %d runes", q.Start, q.End, len(rs))
			}
			if string(rs[q.Start:q.End]) != q.Text {
				t.Fatalf("Text %q != runes[%d:%d] %q", q.Text, q.Start, q.End, string(rs[q.Start:q.End]))
			}
			if q.SpeakerStart != -1 && (q.SpeakerStart < 0 || q.SpeakerEnd > len(rs) || q.SpeakerStart >= q.SpeakerEnd) {
				t.Fatalf("speaker span %d..%d out of %d runes", q.SpeakerStart, q.SpeakerEnd, len(rs))
			}
		}
	})
}
