package clean_test

import (
	"fmt"
	"strings"
	"testing"
	"unicode"

	"github.com/recoupe/recoupe/article"
	"github.com/recoupe/recoupe/clean"
)

// Body paragraphs used as context around the line under test.
var (
	frHead  = "Tempête Ciarán : des milliers de foyers toujours privés d'électricité"
	frParas = []string{
		"Plus de 300 000 foyers restaient privés d'électricité jeudi soir en Bretagne et en Normandie, au lendemain du passage de la tempête Ciarán, selon le gestionnaire du réseau Enedis, qui a mobilisé des renforts venus de toute la France.",
		"Les rafales ont dépassé 190 km/h à la pointe du Finistère dans la nuit de mercredi à jeudi, un record pour un mois de novembre, a indiqué Météo-France dans un bulletin publié en fin de matinée.",
		"Les établissements scolaires des départements les plus touchés resteront fermés vendredi, a annoncé le ministère de l'Éducation nationale, qui promet un retour à la normale en début de semaine prochaine.",
	}
	enHead  = "Storm leaves thousands without power across the region"
	enParas = []string{
		"More than 300,000 homes were still without electricity on Thursday evening after the storm swept across the coast overnight, the grid operator said, adding that crews from neighbouring regions had been called in.",
		"Gusts of more than 190 km/h were recorded at the tip of the peninsula, a record for November, the national weather service said in a bulletin published late in the morning.",
		"Schools in the worst-hit districts will remain closed on Friday, the education ministry said, promising a return to normal early next week.",
	}
)

// place builds a plain-text document with line put at the top (after the
// headline), in the middle, or at the end of the body, and returns the
// document and the index of line.
func place(line, where string, en bool) (*article.Doc, int) {
	head, paras := frHead, frParas
	if en {
		head, paras = enHead, enParas
	}
	lines := []string{head}
	idx := 0
	switch where {
	case "top":
		idx = len(lines)
		lines = append(lines, line)
		lines = append(lines, paras...)
	case "middle":
		lines = append(lines, paras[0], paras[1])
		idx = len(lines)
		lines = append(lines, line, paras[2])
	case "end":
		lines = append(lines, paras...)
		idx = len(lines)
		lines = append(lines, line)
	}
	return &article.Doc{Format: "text", Lines: lines}, idx
}

// fate returns "K" when line i was kept, "T" when it is the headline, or
// the reason it was dropped.
func fate(c article.Cleaned, i int) string {
	if c.Headline == i {
		return "T"
	}
	for _, k := range c.KeptLines {
		if k == i {
			return "K"
		}
	}
	for _, b := range c.Boilerplate {
		if b.Line == i {
			return b.Reason
		}
	}
	return "?"
}

func TestBoilerplateKinds(t *testing.T) {
	cases := []struct {
		reason, where, line string
		en                  bool
	}{
		{"subscription", "end", "Inscrivez-vous à notre newsletter pour recevoir l'essentiel de l'actualité chaque matin.", false},
		{"subscription", "middle", "Abonnez-vous pour lire la suite", false},
		{"subscription", "end", "Cet article est réservé aux abonnés. Déjà abonné ? Connectez-vous", false},
		{"subscription", "end", "Il vous reste 75 % de cet article à lire.", false},
		{"subscription", "end", "Offre spéciale : 1 € par mois pendant 6 mois, sans engagement", false},
		{"subscription", "end", "Sign up for our morning newsletter", true},
		{"share", "top", "Partager", false},
		{"navigation", "top", "Actu Express › Monde › Europe", false},
		{"navigation", "top", "Accueil » Faits divers » Bretagne", false},
		{"short", "top", "Infos Monde 24", false},
		{"short", "top", "Ouest Matin", false},
		{"share", "top", "Facebook Twitter LinkedIn Email", false},
		{"share", "end", "Partager sur WhatsApp", false},
		{"share", "end", "Copier le lien", false},
		{"share", "end", "Cliquez pour partager sur Facebook(ouvre dans une nouvelle fenêtre)", false},
		{"share", "top", "Share this article", true},
		{"advert", "middle", "PUBLICITÉ", false},
		{"advert", "middle", "La suite après cette publicité", false},
		{"advert", "middle", "Advertisement", true},
		{"advert", "middle", "Story continues below advertisement", true},
		{"read-more", "middle", "Lire aussi : Tempête Alex, un an après, les vallées toujours meurtries", false},
		{"read-more", "middle", "À lire aussi", false},
		{"read-more", "end", "Lire la suite", false},
		{"read-more", "middle", "Read more: How the storm season is changing", true},
		{"caption", "middle", "Un arbre arraché à Brest, le 2 novembre 2023. FRED TANNEAU / AFP", false},
		{"caption", "middle", "Des agents d'Enedis au travail à Quimper, jeudi. Photo Jean Le Goff", false},
		{"caption", "middle", "Photo : Reuters", false},
		{"caption", "middle", "Vidéo 02:35", false},
		{"caption", "middle", "(Crédit : DR)", false},
		{"caption", "middle", "Fallen trees block a road in the town centre on Thursday. REUTERS/Stephane Mahe", true},
		{"copyright", "end", "© 2023 AFP", false},
		{"copyright", "end", "Tous droits réservés", false},
		{"copyright", "end", "Copyright 2023 The Courier. All rights reserved.", true},
		{"footer", "end", "Catégories : Météo, Bretagne", false},
		{"footer", "end", "Mots-clés : tempête, Enedis, coupures", false},
		{"footer", "end", "12 commentaires", false},
		{"footer", "end", "Laisser un commentaire", false},
		{"footer", "end", "Mentions légales", false},
		{"reblog", "end", "Reblogged this on Le Carnet du Finistère and commented:", false},
		{"reblog", "end", "Source : Le Carnet du Finistère", false},
		{"credit", "end", "Source : AFP", false},
		{"reblog", "end", "J'aime chargement…", false},
		{"related", "end", "Sur le même sujet", false},
		{"related", "end", "Les plus lus", false},
		{"bio", "end", "Anne Kervella est journaliste au service régions depuis 2012. Elle couvre la Bretagne et les questions d'environnement.", false},
		{"bio", "end", "About the author", true},
		{"editorial", "end", "Nos normes : Les principes de confiance de Thomson Reuters.", false},
		{"editorial", "top", "Temps de lecture : 3 min", false},
		{"editorial", "end", "Vous avez repéré une erreur ? Signalez-la", false},
		{"editorial", "end", "Our Standards: The Thomson Reuters Trust Principles.", true},
		{"stamp", "top", "Publié le 03/11/2023 à 08h15, mis à jour le 03/11/2023 à 10h02", false},
		{"stamp", "top", "Mis à jour le 3 novembre 2023 à 10h02", false},
		{"stamp", "top", "date 2023-11", false},
		{"stamp", "top", "ven. 3 nov. 2023 à 10:02", false},
		{"stamp", "top", "Updated: 10:02 GMT, 3 November 2023", true},
		{"navigation", "top", "Accueil > Régions > Bretagne", false},
		{"navigation", "top", "Menu", false},
		{"navigation", "end", "Article suivant", false},
		{"credit", "end", "(Avec AFP)", false},
		{"credit", "end", "avec AFP", false},
		{"credit", "end", "afp/jop", false},
		{"credit", "end", "(Reportage Pierre Dupont; version française Marie Martin, édité par Jean Durand)", false},
		{"credit", "end", "(Reporting by Jane Doe; Editing by John Roe)", true},
		{"byline", "top", "Par Anne Kervella", false},
		{"byline", "top", "Par Anne Kervella et Yann Le Bihan, envoyés spéciaux à Brest", false},
		{"byline", "top", "By Jane Doe and John Roe, Reuters", true},
		{"other", "end", "Une erreur est survenue lors du chargement des commentaires. Veuillez réessayer.", false},
		{"other", "top", "Avec votre accord, nous et nos partenaires utilisons des cookies pour stocker et consulter des informations sur votre appareil.", false},
	}
	c := clean.New()
	for _, tc := range cases {
		d, i := place(tc.line, tc.where, tc.en)
		if got := fate(c.Clean(d), i); got != tc.reason {
			t.Errorf("%s line %q: got %s, want %s", tc.where, tc.line, got, tc.reason)
		}
	}
}

// TestMustSurvive checks that short content -- a date, a quote, a figure,
// an intertitle, a dateline, a list of facts -- is kept wherever it stands.
func TestMustSurvive(t *testing.T) {
	lines := []struct {
		line string
		en   bool
	}{
		{"Le bilan est de 12 morts.", false},
		{"Mardi, 18 h.", false},
		{"Il avait 54 ans.", false},
		{"« Nous ne céderons pas », a-t-il dit.", false},
		{"« On reconstruira. »", false},
		{"Le vote aura lieu le 12 mars.", false},
		{"KIEV, 4 mars (Reuters) - Les forces ukrainiennes ont repoussé une offensive russe dans la nuit, a annoncé l'armée.", false},
		{"Par ailleurs, le préfet a ordonné la fermeture des parcs et jardins jusqu'à samedi.", false},
		{"Par 30 voix contre 18, le conseil a adopté le plan d'urgence.", false},
		{"- 12 communes privées d'eau potable", false},
		{"21 000 foyers toujours sans courant en Finistère", false},
		{"Brest 2-1 Lorient", false},
		{"Le journal a perdu 20 000 abonnés en un an.", false},
		{"Il a partagé la vidéo sur Facebook dès mercredi soir.", false},
		{"Photos of the damage were shared widely on social media on Thursday.", true},
		{"By Monday, officials said, most roads had reopened.", true},
		{"Police said they had detained 14 people.", true},
		{"\"We will rebuild,\" the mayor said.", true},
	}
	c := clean.New()
	for _, l := range lines {
		for _, where := range []string{"top", "middle", "end"} {
			d, i := place(l.line, where, l.en)
			if got := fate(c.Clean(d), i); got != "K" {
				t.Errorf("%s line %q: got %s, want kept", where, l.line, got)
			}
		}
	}
	// Intertitles and standfirsts: kept where they introduce content.
	for _, l := range []string{"Des renforts venus de toute la France", "Un bilan encore provisoire", "Chiffres clés"} {
		for _, where := range []string{"top", "middle"} {
			d, i := place(l, where, false)
			if where == "top" && strings.Count(l, " ") < 2 {
				continue // a two-word line under the headline reads as a rubric
			}
			if got := fate(c.Clean(d), i); got != "K" {
				t.Errorf("%s intertitle %q: got %s, want kept", where, l, got)
			}
		}
	}
}

// TestShortJunk checks that short lines with no sentence nor figure are
// dropped at the edges of the text, where menus, tags and signatures sit.
func TestShortJunk(t *testing.T) {
	c := clean.New()
	for _, line := range []string{"Anne Kervella", "Bretagne Finistère Tempête Enedis", "Météo"} {
		d, i := place(line, "end", false)
		if got := fate(c.Clean(d), i); got == "K" {
			t.Errorf("end line %q kept", line)
		}
	}
}

func TestHeadline(t *testing.T) {
	cases := []struct {
		name string
		doc  article.Doc
		want int
	}{
		{"text first line", article.Doc{Format: "text", Lines: []string{frHead, frParas[0]}}, 0},
		{"text after breadcrumb and rubric", article.Doc{Format: "text", Lines: []string{"Accueil > Régions", "", "Météo", frHead, frParas[0]}}, 3},
		{"text starting with a paragraph", article.Doc{Format: "text", Lines: []string{frParas[0], frParas[1]}}, -1},
		{"text starting with a dateline", article.Doc{Format: "text", Lines: []string{"PARIS (AFP) - Le gouvernement a présenté mardi son plan.", frParas[0]}}, -1},
		{"html title line", article.Doc{Format: "html", Title: frHead + " - Le Quotidien", Lines: []string{frHead, frParas[0]}}, 0},
		{"html no title line", article.Doc{Format: "html", Title: frHead, Lines: frParas}, -1},
		{"json title after byline", article.Doc{Format: "json", Title: frHead, Lines: []string{"Par Anne Kervella", frHead, frParas[0]}}, 1},
		{"empty", article.Doc{Format: "text"}, -1},
	}
	c := clean.New()
	for _, tc := range cases {
		if got := c.Clean(&tc.doc).Headline; got != tc.want {
			t.Errorf("%s: headline %d, want %d", tc.name, got, tc.want)
		}
	}
}

// TestHTMLConservative checks that an HTML extraction loses only strong
// boilerplate: short lines, intertitles and names stay.
func TestHTMLConservative(t *testing.T) {
	d := &article.Doc{Format: "html", Title: enHead, Lines: []string{
		enHead,
		enParas[0],
		"What happens next",
		"Jane Doe",
		enParas[1],
		"Advertisement",
		"Ten districts affected",
		enParas[2],
		"Mr Smith",
	}}
	res := clean.New().Clean(d)
	for i, want := range []string{"T", "K", "K", "K", "K", "advert", "K", "K", "K"} {
		if got := fate(res, i); got != want {
			t.Errorf("line %d %q: got %s, want %s", i, d.Lines[i], got, want)
		}
	}
}

func TestDuplicates(t *testing.T) {
	d := &article.Doc{Format: "text", Lines: []string{frHead, frParas[0], frParas[1], "  " + frParas[0] + " ", frParas[2], frHead}}
	res := clean.New().Clean(d)
	for i, want := range []string{"T", "K", "K", "duplicate", "K", "duplicate"} {
		if got := fate(res, i); got != want {
			t.Errorf("line %d: got %s, want %s", i, got, want)
		}
	}
}

func TestPullQuote(t *testing.T) {
	d := &article.Doc{Format: "text", Lines: []string{
		frHead,
		"« Nous avons tout perdu en une nuit, la maison, la voiture, les souvenirs », raconte Maryvonne Le Du, 72 ans, qui a passé la nuit au gymnase de Plouguerneau avec une quarantaine d'autres sinistrés.",
		frParas[0],
		"« Nous avons tout perdu en une nuit »",
		"Maryvonne Le Du, habitante de Plouguerneau",
		frParas[1],
		"« Les secours sont arrivés vite »",
		frParas[2],
	}}
	res := clean.New().Clean(d)
	for i, want := range []string{"T", "K", "K", "pull-quote", "pull-quote", "K", "K", "K"} {
		if got := fate(res, i); got != want {
			t.Errorf("line %d %q: got %s, want %s", i, d.Lines[i], got, want)
		}
	}
}

// TestCleanAllRepeated checks the cross-article detection: a slogan on
// every article of an outlet goes, the lines shared by copies of one wire
// story stay.
func TestCleanAllRepeated(t *testing.T) {
	stories := [][]string{
		{"La mairie de Quimper lance un plan vélo de 4 millions d'euros", "La municipalité a présenté mardi un plan de 4 millions d'euros pour créer trente kilomètres de pistes cyclables d'ici 2026, a annoncé le maire lors du conseil municipal.", "Les travaux commenceront au printemps.", "Radio Penn ar Bed, la radio de toute la Cornouaille"},
		{"Le festival de Cornouaille affiche complet", "Les organisateurs du festival de Cornouaille ont annoncé lundi que les 40 000 billets de l'édition 2024 avaient tous été vendus, une première en cent ans d'histoire.", "Le festival aura lieu du 23 au 28 juillet.", "Radio Penn ar Bed, la radio de toute la Cornouaille"},
		{"Grève des contrôleurs : des TER supprimés en Bretagne", "La SNCF a supprimé jeudi un TER sur trois en Bretagne en raison d'un mouvement social des contrôleurs, qui réclament des hausses de salaire et davantage d'effectifs.", "Le trafic doit reprendre vendredi.", "Radio Penn ar Bed, la radio de toute la Cornouaille"},
	}
	wire := []string{
		"Séisme en Turquie : au moins neuf morts",
		"ANKARA, 6 mars (Reuters) - Un séisme de magnitude 6,1 a frappé lundi l'est de la Turquie, faisant au moins neuf morts et plus de 70 blessés, a annoncé le ministre de l'Intérieur.",
		"Le bilan est provisoire.",
		"Les secours fouillaient encore les décombres de plusieurs immeubles effondrés dans la soirée, selon l'agence de gestion des catastrophes.",
	}
	var docs []*article.Doc
	for i, s := range stories {
		docs = append(docs, &article.Doc{File: fmt.Sprintf("radio/%d.txt", i), Format: "text", Lines: s})
	}
	for i := 0; i < 4; i++ {
		docs = append(docs, &article.Doc{File: fmt.Sprintf("radio/wire%d.txt", i), Format: "text", Lines: wire})
	}
	res := clean.New().CleanAll(docs)
	for i := range stories {
		if got := fate(res[i], 3); got != "repeated" {
			t.Errorf("story %d slogan: got %s, want repeated", i, got)
		}
		if got := fate(res[i], 2); got != "K" {
			t.Errorf("story %d short sentence: got %s, want kept", i, got)
		}
	}
	for i := len(stories); i < len(docs); i++ {
		for j := 1; j < len(wire); j++ {
			if got := fate(res[i], j); got != "K" {
				t.Errorf("wire copy %d line %d: got %s, want kept", i, j, got)
			}
		}
	}
	// One document alone: nothing is repeated.
	if got := fate(clean.New().Clean(docs[0]), 3); got == "repeated" {
		t.Errorf("Clean alone dropped a line as repeated")
	}
}

// TestAccounting checks that every non-empty line is accounted for once,
// in order, on the fixtures.
func TestAccounting(t *testing.T) {
	c := clean.New()
	for _, fx := range loadFixtures(t, "testdata/articles") {
		checkAccounting(t, fx.doc, c.Clean(fx.doc))
	}
}

func checkAccounting(t *testing.T, d *article.Doc, res article.Cleaned) {
	t.Helper()
	if len(res.Paragraphs) != len(res.KeptLines) {
		t.Fatalf("%d paragraphs, %d kept lines", len(res.Paragraphs), len(res.KeptLines))
	}
	seen := make(map[int]int)
	if res.Headline >= 0 {
		seen[res.Headline]++
	}
	for _, i := range res.KeptLines {
		seen[i]++
	}
	split := make(map[int]bool)
	last := -1
	for _, b := range res.Boilerplate {
		if b.Line < last {
			t.Errorf("boilerplate out of order: line %d after %d", b.Line, last)
		}
		last = b.Line
		if b.Reason == "" || b.Text == "" {
			t.Errorf("boilerplate without reason or text: %+v", b)
		}
		seen[b.Line]++
	}
	for i, k := range res.KeptLines {
		if seen[k] == 2 && strings.TrimSpace(res.Paragraphs[i]) != strings.TrimSpace(d.Lines[k]) {
			split[k] = true // a trailing fragment was cut off
		}
	}
	for i, l := range d.Lines {
		want := 1
		if blank(l) {
			want = 0
		}
		if split[i] {
			want = 2
		}
		if seen[i] != want {
			t.Errorf("line %d %q accounted %d times, want %d", i, l, seen[i], want)
		}
	}
}

// blank reports whether a line holds only spaces and invisible format
// characters (zero-width space, byte order mark, ...): no content.
func blank(l string) bool {
	for _, r := range l {
		if !unicode.IsSpace(r) && !unicode.Is(unicode.Cf, r) {
			return false
		}
	}
	return true
}
