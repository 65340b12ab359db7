package meta

import (
	"github.com/recoupe/recoupe/internal/cputime"

	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/recoupe/recoupe/article"
	"github.com/recoupe/recoupe/shareddata"
)

func TestMain(m *testing.M) {
	// Fix "now" so that year windows do not move under the tests.
	currentYear = func() int { return 2026 }
	os.Exit(m.Run())
}

// build makes a Doc and its Cleaned body from lines as a plain-text copy
// would give them: the first line is the headline. A line written
// "[reason] text" is boilerplate with that reason (as the cleaner would
// label it), the others are kept paragraphs.
func build(d *article.Doc, lines ...string) (*article.Doc, article.Cleaned) {
	if d == nil {
		d = &article.Doc{Format: "text"}
	}
	c := article.Cleaned{Headline: -1}
	for i, l := range lines {
		reason := ""
		if strings.HasPrefix(l, "[") {
			if j := strings.Index(l, "] "); j > 0 {
				reason, l = l[1:j], l[j+2:]
			}
		}
		d.Lines = append(d.Lines, l)
		switch {
		case reason != "":
			c.Boilerplate = append(c.Boilerplate, article.Boilerplate{Text: l, Reason: reason, Line: i})
		case i == 0 && d.Title == "":
			c.Headline = 0
		default:
			c.Paragraphs = append(c.Paragraphs, l)
			c.KeptLines = append(c.KeptLines, i)
		}
	}
	return d, c
}

const (
	frBody1 = "Les forces russes ont poursuivi leurs bombardements sur plusieurs villes du pays, selon les autorités locales, qui font état de nombreuses victimes civiles dans la région."
	frBody2 = "Le président a appelé les pays occidentaux à renforcer leur soutien militaire, estimant que les prochaines semaines seraient décisives pour l'issue du conflit."
	enBody1 = "Officials said several districts of the city were without power after the strikes, and emergency services were working to clear the rubble from damaged buildings."
)

func TestExtract(t *testing.T) {
	tests := []struct {
		name  string
		doc   *article.Doc
		lines []string
		want  article.Meta // fields compared: all but PublishedBasis
		basis string       // regexp PublishedBasis must match
	}{
		{
			name: "Reuters French dispatch: weekday and a recent text date fix the year, credit block",
			lines: []string{
				"L'Ukraine accuse Moscou de viser les infrastructures",
				"KIEV, 4 mars (Reuters) - L'armée russe a pris vendredi le contrôle de la centrale nucléaire de Zaporijjia, la plus grande d'Europe, a annoncé l'autorité ukrainienne.",
				"Les combats se poursuivent depuis le début de l'invasion, le 24 février 2022, et ont déjà poussé plus d'un million de personnes à fuir le pays.",
				frBody2 + " (Reportage de Pavel Polityuk et Natalia Zinets ; version française Camille Raynaud, édité par Sophie Louet)",
			},
			want: article.Meta{
				Title: "L'Ukraine accuse Moscou de viser les infrastructures", Language: "fr",
				Wires: []string{"Reuters"}, Authors: []string{"Pavel Polityuk", "Natalia Zinets"},
				Dateline: "Kiev", Published: "2022-03-04",
			},
			basis: `^dateline 'KIEV, 4 mars \(Reuters\)' \(--03-04, weekday vendredi\) \+ text date 2022-02-24 -> 2022$`,
		},
		{
			name: "weekday alone leaves several years: unknown, with the evidence kept",
			lines: []string{
				"Nouvelles frappes sur la capitale",
				"KIEV, 4 mars (Reuters) - Les sirènes ont retenti mardi dans toute la capitale ukrainienne, où plusieurs explosions ont été entendues dans la nuit.",
				frBody1,
			},
			want: article.Meta{
				Title: "Nouvelles frappes sur la capitale", Language: "fr",
				Wires: []string{"Reuters"}, Dateline: "Kiev",
			},
			basis: `^dateline 'KIEV, 4 mars \(Reuters\)' \(--03-04, weekday mardi\): year not fixed, 1997/2003/2008/2014/2025 fit$`,
		},
		{
			name: "anchored weekday plus the year the text names",
			lines: []string{
				"Nouvelles frappes sur la capitale",
				"KIEV, 4 mars (Reuters) - Les sirènes ont retenti ce mardi 4 mars dans toute la capitale ukrainienne, trois ans après le début de l'invasion.",
				"Le budget militaire pour 2025 a été relevé, tandis que l'aide promise en 2023 et en 2024 tarde à arriver, selon le ministère.",
			},
			want: article.Meta{
				Title: "Nouvelles frappes sur la capitale", Language: "fr",
				Wires: []string{"Reuters"}, Dateline: "Kiev", Published: "2025-03-04",
			},
			basis: `weekday mardi\) \+ year 2025 named in the text -> 2025$`,
		},
		{
			name: "caption with another year and a photo credit: neither date nor wire",
			lines: []string{
				"Kiev sous les bombes",
				"[caption] Des soldats ukrainiens près de Kiev, le 2 mars 2021. © AFP",
				"Mardi 2 mars 2021 - Photo Sergueï Supinsky / AFP",
				"KIEV, 4 mars (Reuters) - Les troupes russes ont pris vendredi le contrôle de la ville, a indiqué le maire, une semaine après le 24 février 2022 et le début de l'offensive.",
				frBody1,
			},
			want: article.Meta{
				Title: "Kiev sous les bombes", Language: "fr", Wires: []string{"Reuters"},
				Dateline: "Kiev", Published: "2022-03-04",
			},
			basis: `-> 2022$`,
		},
		{
			name: "English Reuters dispatch with an unbracketed credit line",
			lines: []string{
				"Russian forces seize Europe's largest nuclear plant",
				"KYIV, March 4 (Reuters) - Russian forces seized Europe's largest nuclear power plant on Friday, Ukrainian officials said, eight days after the invasion began on Feb. 24, 2022.",
				enBody1,
				"Reporting by Pavel Polityuk and Natalia Zinets; Writing by Michael Holden; Editing by Alex Richardson",
			},
			want: article.Meta{
				Title: "Russian forces seize Europe's largest nuclear plant", Language: "en",
				Wires: []string{"Reuters"}, Authors: []string{"Pavel Polityuk", "Natalia Zinets", "Michael Holden"},
				Dateline: "Kyiv", Published: "2022-03-04",
			},
			basis: `-> 2022$`,
		},
		{
			name: "AFP closing credit afp/jop and a dated AFP dateline",
			lines: []string{
				"Grève massive dans les transports",
				"Paris, 5 décembre 2019 (AFP) - La grève contre la réforme des retraites a fortement perturbé les transports jeudi, avec très peu de trains et de métros en circulation.",
				frBody2,
				"afp/jop",
			},
			want: article.Meta{
				Title: "Grève massive dans les transports", Language: "fr", Wires: []string{"AFP"},
				Dateline: "Paris", Published: "2019-12-05",
			},
			basis: `^dateline 'Paris, 5 décembre 2019 \(AFP\)'$`,
		},
		{
			name: "byline Par X et Y, avec AFP; stamp with publication and update",
			lines: []string{
				"Les agriculteurs bloquent les autoroutes",
				"[byline] Par Marie Durand et Paul Martin, avec AFP",
				"[stamp] Publié le 24 janvier 2024 à 10h12, mis à jour le 25 janvier 2024 à 08h00",
				frBody1,
				frBody2,
			},
			want: article.Meta{
				Title: "Les agriculteurs bloquent les autoroutes", Language: "fr", Wires: []string{"AFP"},
				Authors: []string{"Marie Durand", "Paul Martin"}, Published: "2024-01-24",
			},
			basis: `^text:stamp 'Publié le 24 janvier 2024'$`,
		},
		{
			name: "update stamp alone is no publication date",
			lines: []string{
				"Les agriculteurs bloquent les autoroutes",
				"Mis à jour le 25 janvier 2024 à 08h00",
				frBody1,
			},
			want:  article.Meta{Title: "Les agriculteurs bloquent les autoroutes", Language: "fr"},
			basis: `^updated stamp 'Mis à jour le 25 janvier 2024' is no publication date$`,
		},
		{
			name: "a date line under the title",
			lines: []string{
				"Le conseil municipal adopte le budget",
				"Le 04/03/2019 à 10:12",
				frBody1,
			},
			want:  article.Meta{Title: "Le conseil municipal adopte le budget", Language: "fr", Published: "2019-03-04"},
			basis: `^text:date 'Le 04/03/2019'$`,
		},
		{
			name: "no date at all stays null",
			lines: []string{
				"Le conseil municipal adopte le budget",
				frBody1,
				frBody2,
			},
			want:  article.Meta{Title: "Le conseil municipal adopte le budget", Language: "fr"},
			basis: `^no date in metadata, text or dateline$`,
		},
		{
			name: "dateline without year nor weekday",
			lines: []string{
				"Sommet à Bruxelles",
				"BRUXELLES, 4 mars (Belga) - Les dirigeants européens se retrouvent à Bruxelles pour un sommet consacré à la défense et au soutien à l'Ukraine.",
				frBody2,
			},
			want:  article.Meta{Title: "Sommet à Bruxelles", Language: "fr", Wires: []string{"Belga"}, Dateline: "Bruxelles"},
			basis: `^dateline 'BRUXELLES, 4 mars \(Belga\)' \(--03-04\): year not fixed, weekday not given$`,
		},
		{
			name: "date 2019-06 header gives a partial date",
			lines: []string{
				"Rapport annuel sur la qualité de l'air",
				"date 2019-06",
				frBody1,
			},
			want:  article.Meta{Title: "Rapport annuel sur la qualité de l'air", Language: "fr", PublishedPartial: "2019-06"},
			basis: `^text:header 'date 2019-06'$`,
		},
		{
			name: "metadata month only gives a partial date",
			doc:  &article.Doc{Published: "2019-06"},
			lines: []string{
				"Rapport annuel sur la qualité de l'air",
				frBody1,
			},
			want:  article.Meta{Title: "Rapport annuel sur la qualité de l'air", Language: "fr", PublishedPartial: "2019-06"},
			basis: `^metadata:published '2019-06'$`,
		},
		{
			name: "agency quoted as a source and an interview with Reuters are no credits",
			lines: []string{
				"Moscou dément toute implication",
				"Le Kremlin a démenti toute implication dans l'attaque, a rapporté l'agence TASS, citant le porte-parole de la présidence russe.",
				"Dans un entretien avec Reuters, le ministre a toutefois reconnu que des discussions avaient eu lieu avec plusieurs pays de la région.",
			},
			want:  article.Meta{Title: "Moscou dément toute implication", Language: "fr"},
			basis: `^no date`,
		},
		{
			name: "photo credit in caption vs agency copyright footer",
			lines: []string{
				"Incendie dans un entrepôt de Rungis",
				"[caption] Les pompiers sur place mardi. © AFP",
				frBody1,
				"© 2019 AFP. Tous droits réservés.",
			},
			want:  article.Meta{Title: "Incendie dans un entrepôt de Rungis", Language: "fr", Wires: []string{"AFP"}},
			basis: `^no date`,
		},
		{
			name: "metadata: title suffix, outlet from the URL, ISO date with a zone",
			doc: &article.Doc{
				Title: "Guerre en Ukraine : Kiev sous les bombes - Le Monde", URL: "https://www.lemonde.fr/international/article/2022/03/04/kiev.html",
				Published: "2022-03-04T23:30:00-05:00", Authors: []string{"Le Monde avec AFP"},
			},
			lines: []string{frBody1, frBody2},
			want: article.Meta{
				Title: "Guerre en Ukraine : Kiev sous les bombes", Language: "fr", Outlet: "Le Monde",
				Wires: []string{"AFP"}, Published: "2022-03-04",
			},
			basis: `^metadata:published$`,
		},
		{
			name: "RFC 1123 metadata, English byline with agency, AP dateline",
			doc:  &article.Doc{Published: "Fri, 04 Mar 2022 10:12:00 GMT", URL: "https://example-news.org/world/1234"},
			lines: []string{
				"Ukraine says Russia shelled nuclear plant",
				"By JOHN SMITH and JANE DOE, Associated Press",
				"KYIV, Ukraine (AP) — Russian forces shelled Europe's largest nuclear power plant early Friday, sparking a fire, Ukrainian officials said.",
				enBody1,
			},
			want: article.Meta{
				Title: "Ukraine says Russia shelled nuclear plant", Language: "en", Outlet: "example-news.org",
				Wires: []string{"AP"}, Authors: []string{"John Smith", "Jane Doe"}, Dateline: "Kyiv", Published: "2022-03-04",
			},
			basis: `^metadata:published$`,
		},
		{
			name: "site banner title is not the title; outlet from a copyright line",
			doc:  &article.Doc{Title: "LE PARISIEN"},
			lines: []string{
				"[other] LE PARISIEN",
				"Un rassemblement prévu samedi à Lyon",
				"Le 12/10/2023 à 18:40",
				frBody1,
				"© Le Parisien",
			},
			want: article.Meta{
				Title: "Un rassemblement prévu samedi à Lyon", Language: "fr", Outlet: "Le Parisien", Published: "2023-10-12",
			},
			basis: `^text:date`,
		},
		{
			name: "date in the URL's path",
			doc:  &article.Doc{URL: "https://www.twincities.com/2019/11/19/parise-scores-2-goals/"},
			lines: []string{
				"Parise scores 2 goals as Wild beat Sabres",
				"BUFFALO, N.Y. — Hours before Zach Parise's two-goal performance Tuesday, Wild coach Bruce Boudreau expressed confidence in the veteran winger.",
				enBody1,
			},
			want: article.Meta{
				Title: "Parise scores 2 goals as Wild beat Sabres", Language: "en", Outlet: "twincities.com",
				Dateline: "Buffalo", Published: "2019-11-19",
			},
			basis: `^url:'/2019/11/19'$`,
		},
		{
			name: "year and month in the URL fix a dateline's year",
			doc:  &article.Doc{URL: "https://example.org/2022/03/kiev-sous-les-bombes"},
			lines: []string{
				"Kiev sous les bombes",
				"KIEV, 4 mars (Reuters) - Les sirènes ont retenti dans toute la capitale ukrainienne, où plusieurs explosions ont été entendues dans la nuit.",
				frBody1,
			},
			want: article.Meta{
				Title: "Kiev sous les bombes", Language: "fr", Outlet: "example.org",
				Wires: []string{"Reuters"}, Dateline: "Kiev", Published: "2022-03-04",
			},
			basis: `^dateline 'KIEV, 4 mars \(Reuters\)' \(--03-04\) \+ url:'/2022/03' -> 2022$`,
		},
		{
			name: "a dateline paragraph is no title",
			lines: []string{
				"[other] Menu",
				"HAYWARD, Calif. (AP) — The Latest on a deadly stabbing on a commuter train (all times local):",
				enBody1,
			},
			want:  article.Meta{Language: "en", Wires: []string{"AP"}, Dateline: "Hayward"},
			basis: `^no date`,
		},
		{
			name: "rubric before a dash is no dateline; dashed place in capitals",
			lines: []string{
				"Alerte sur les prix",
				"URGENT - Les prix de l'énergie ont encore augmenté ce mois-ci, selon les chiffres publiés par l'Insee, qui note une hausse générale.",
				"SAINT-ÉTIENNE — " + frBody2,
			},
			want:  article.Meta{Title: "Alerte sur les prix", Language: "fr", Dateline: "Saint-Étienne"},
			basis: `^no date`,
		},
		{
			name: "outlet from a breadcrumb; the site signing is no author",
			lines: []string{
				"Inondations : la digue a cédé",
				"[navigation] Actu Express › Monde › Europe",
				"[credit] Par Actu Express avec Reuters",
				"SOFIA, 4 mars (Reuters) - " + frBody1,
				frBody2,
			},
			want: article.Meta{
				Title: "Inondations : la digue a cédé", Language: "fr", Outlet: "Actu Express",
				Wires: []string{"Reuters"}, Dateline: "Sofia",
			},
			basis: `year not fixed|weekday not given`,
		},
		{
			name: "outlet from a banner line beside the headline, not from a section name",
			lines: []string{
				"Inondations : la digue a cédé",
				"[short] La Gazette continentale",
				"SOFIA (AFP) - " + frBody1,
				frBody2,
			},
			want: article.Meta{
				Title: "Inondations : la digue a cédé", Language: "fr", Outlet: "La Gazette continentale",
				Wires: []string{"AFP"}, Dateline: "Sofia",
			},
			basis: `^no date`,
		},
		{
			name: "a section name beside the headline is no outlet",
			lines: []string{
				"Inondations : la digue a cédé",
				"[short] Faits divers",
				"SOFIA (AFP) - " + frBody1,
				frBody2,
			},
			want: article.Meta{
				Title: "Inondations : la digue a cédé", Language: "fr",
				Wires: []string{"AFP"}, Dateline: "Sofia",
			},
			basis: `^no date`,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, c := build(tc.doc, tc.lines...)
			got := Extract(d, c)
			basis := got.PublishedBasis
			got.PublishedBasis = ""
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("Extract:\n got %+v\nwant %+v", got, tc.want)
			}
			if !regexp.MustCompile(tc.basis).MatchString(basis) {
				t.Errorf("PublishedBasis = %q, want match for %q", basis, tc.basis)
			}
		})
	}
}

func TestParseDateline(t *testing.T) {
	tests := []struct {
		in, place, date string
		wires           []string
	}{
		{"KIEV, 4 mars (Reuters) – L'armée", "Kiev", "--03-04", []string{"Reuters"}},
		{"PARIS (AFP) - Le gouvernement", "Paris", "", []string{"AFP"}},
		{"Washington, 3 mars 2022 (AFP) - Le président", "Washington", "2022-03-03", []string{"AFP"}},
		{"BRUXELLES — La Commission", "Bruxelles", "", nil},
		{"RIO DE JANEIRO, 4 mars (Reuters) - Le", "Rio de Janeiro", "--03-04", []string{"Reuters"}},
		{"BEIJING, March 4 (Xinhua) -- China", "Beijing", "--03-04", []string{"Xinhua"}},
		{"Madrid, 4 mar (EFE).- El Gobierno", "Madrid", "--03-04", []string{"EFE"}},
		{"(ANSA) - ROMA, 4 MAR - Il governo", "Roma", "--03-04", []string{"ANSA"}},
		{"Berlin (dpa) - Die Regierung", "Berlin", "", []string{"DPA"}},
		{"GENÈVE, 4 mars (Keystone-ATS) - Le Conseil", "Genève", "--03-04", []string{"Keystone-ATS"}},
		{"Paris, le 4 mars 2019 - Le ministre", "Paris", "2019-03-04", nil},
		{"Emmanuel Macron - Le président", "", "", nil},
		{"Le gouvernement a annoncé - sans surprise - que", "", "", nil},
		{"URGENT - Le", "", "", nil},
	}
	for _, tc := range tests {
		dl, ok := parseDateline(tc.in, 'd')
		if ok != (tc.place != "") || dl.place != tc.place || dl.date.date.String() != tc.date || !reflect.DeepEqual(dl.wires, tc.wires) {
			t.Errorf("parseDateline(%q) = %q %q %v (ok %v), want %q %q %v", tc.in, dl.place, dl.date.date.String(), dl.wires, ok, tc.place, tc.date, tc.wires)
		}
	}
}

func TestLineWires(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"afp/jop", []string{"AFP"}},
		{"ats/afp/ber", []string{"ATS", "AFP"}},
		{"AFP/Reuters", []string{"AFP", "Reuters"}},
		{"afp/pa", []string{"AFP"}},
		{"(avec AFP)", []string{"AFP"}},
		{"Avec AFP et Reuters", []string{"AFP", "Reuters"}},
		{"Le Figaro avec AFP", []string{"AFP"}},
		{"Source : AFP", []string{"AFP"}},
		{"(AFP)", []string{"AFP"}},
		{"© 2019 AFP. Tous droits réservés.", []string{"AFP"}},
		{"The Associated Press contributed to this report.", []string{"AP"}},
		{"© AFP", nil},
		{"© AFP / Getty Images", nil},
		{"Dans un entretien avec Reuters, le ministre a reconnu que", nil},
		{"a rapporté l'agence TASS", nil},
		{"jop/ber", nil},
		{"AFP", nil},
	}
	for _, tc := range tests {
		if got := lineWires(tc.in); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("lineWires(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestByline(t *testing.T) {
	tests := []struct {
		in           string
		names, wires []string
	}{
		{"Par Marie Durand", []string{"Marie Durand"}, nil},
		{"Par Marie Durand et Paul Martin, avec AFP", []string{"Marie Durand", "Paul Martin"}, []string{"AFP"}},
		{"Par Marie Durand (à Kiev)", []string{"Marie Durand"}, nil},
		{"Par Marie Durand, envoyée spéciale à Kiev", []string{"Marie Durand"}, nil},
		{"Par Jean-Marie Le Pen le 4 mars 2019", []string{"Jean-Marie Le Pen"}, nil},
		{"By John Smith", []string{"John Smith"}, nil},
		{"By JOHN SMITH, Associated Press", []string{"John Smith"}, []string{"AP"}},
		{"By Reuters Staff", nil, []string{"Reuters"}},
		{"Par AFP", nil, []string{"AFP"}},
		{"Par Le Figaro avec AFP", nil, []string{"AFP"}},
		{"Par la rédaction", nil, nil},
	}
	for _, tc := range tests {
		names, wires, _ := parseByline(tc.in)
		if !reflect.DeepEqual(names, tc.names) || !reflect.DeepEqual(wires, tc.wires) {
			t.Errorf("parseByline(%q) = %v %v, want %v %v", tc.in, names, wires, tc.names, tc.wires)
		}
	}
	if got := creditAuthors("Reportage de Pavel Polityuk et Natalia Zinets ; version française Camille Raynaud, édité par Sophie Louet"); !reflect.DeepEqual(got, []string{"Pavel Polityuk", "Natalia Zinets"}) {
		t.Errorf("creditAuthors = %v", got)
	}
}

func TestParseMetaDate(t *testing.T) {
	tests := []struct {
		in    string
		order byte
		want  string
	}{
		{"2019-03-04", 'd', "2019-03-04"},
		{"2019-03-04T23:30:00-05:00", 'd', "2019-03-04"},
		{"2019-03-04T01:30:00+09:00", 'd', "2019-03-04"},
		{"Mon, 04 Mar 2019 10:12:00 GMT", 'd', "2019-03-04"},
		{"4 mars 2019", 'd', "2019-03-04"},
		{"1er mars 2019", 'd', "2019-03-01"},
		{"March 4, 2019", 'm', "2019-03-04"},
		{"04/03/2019", 'd', "2019-03-04"},
		{"04/03/2019", 'm', "2019-04-03"},
		{"25/03/2019", 'm', "2019-03-25"},
		{"04.03.2019", 'd', "2019-03-04"},
		{"4. März 2019", 'd', "2019-03-04"},
		{"4 de marzo de 2019", 'd', "2019-03-04"},
		{"20190304", 'd', "2019-03-04"},
		{"2019-06", 'd', "2019-06"},
		{"2019", 'd', "2019"},
		{"31/02/2019", 'd', ""},
		{"hier", 'd', ""},
	}
	for _, tc := range tests {
		got, _ := parseMetaDate(tc.in, tc.order)
		if got.String() != tc.want {
			t.Errorf("parseMetaDate(%q) = %q, want %q", tc.in, got.String(), tc.want)
		}
	}
}

func TestStripSite(t *testing.T) {
	tests := []struct{ in, outlet, host, want string }{
		{"Kiev sous les bombes - Le Monde", "", "", "Kiev sous les bombes"},
		{"Macron à Kiev | France 24", "", "france24.com", "Macron à Kiev"},
		{"Le Figaro | Macron à Kiev", "", "", "Macron à Kiev"},
		{"Kiev - Moscou : la guerre des mots", "", "", "Kiev - Moscou : la guerre des mots"},
		{"Inflation : les prix de l'énergie flambent | Actualités", "", "", "Inflation : les prix de l'énergie flambent"},
		{"Une nuit à Kiev - Ouest Info", "Ouest Info", "", "Une nuit à Kiev"},
	}
	for _, tc := range tests {
		if got := stripSite(tc.in, tc.outlet, tc.host); got != tc.want {
			t.Errorf("stripSite(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestInferYears(t *testing.T) {
	mk := func(published, basis string) *article.Article {
		return &article.Article{Meta: article.Meta{Published: published, PublishedBasis: basis}}
	}
	arts := []*article.Article{
		mk("2022-03-03", "metadata:published"),
		mk("2022-03-05", "metadata:published"),
		mk("", "dateline 'KIEV, 4 mars (Reuters)' (--03-04): year not fixed, weekday not given"),
		mk("", "dateline 'KIEV, 4 août (Reuters)' (--08-04): year not fixed, weekday not given"),
		mk("", "dateline 'KIEV, 4 mars (Reuters)' (--03-04, weekday mardi): year not fixed, 1997/2003/2008/2014/2025 fit"),
		mk("", "no date in metadata, text or dateline"),
		mk("", "dateline 'KIEV, 5 janvier' (--01-05): year not fixed, weekday not given"),
	}
	InferYears(arts)
	want := []string{"2022-03-03", "2022-03-05", "2022-03-04", "", "", "", "2022-01-05"}
	for i, a := range arts {
		if a.Meta.Published != want[i] {
			t.Errorf("article %d: Published %q, want %q (basis %q)", i, a.Meta.Published, want[i], a.Meta.PublishedBasis)
		}
	}
	if !strings.HasPrefix(arts[2].Meta.PublishedBasis, "story: year 2022 from 2 dated articles; dateline") {
		t.Errorf("basis %q", arts[2].Meta.PublishedBasis)
	}
	// Dates spread over two years around New Year: 30 December fits only
	// the earlier year, 2 January only the later one.
	arts = []*article.Article{
		mk("2021-12-28", "metadata:published"),
		mk("2022-01-03", "metadata:published"),
		mk("", "dateline 'X' (--12-30): year not fixed, weekday not given"),
		mk("", "dateline 'X' (--01-02): year not fixed, weekday not given"),
	}
	InferYears(arts)
	if arts[2].Meta.Published != "2021-12-30" || arts[3].Meta.Published != "2022-01-02" {
		t.Errorf("New Year: %q %q", arts[2].Meta.Published, arts[3].Meta.Published)
	}
	InferYears(nil)
	InferYears([]*article.Article{nil})
}

// TestExtractRPM2 runs Extract on the RPM2 corpus (French news as plain
// text, title on the first line).
func TestExtractRPM2(t *testing.T) {
	dir, err := shareddata.Path("rpm2")
	if err != nil {
		t.Skipf("shared data: %v", err)
	}
	files, err := filepath.Glob(filepath.Join(dir, "documents", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Skipf("no RPM2 documents in %s", dir)
	}
	fr, titles, titlesNoHeadline, dated := 0, 0, 0, 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := strings.TrimPrefix(string(b), "\ufeff")
		var lines []string
		for _, l := range strings.Split(text, "\n") {
			if l = strings.TrimSpace(l); l != "" {
				lines = append(lines, l)
			}
		}
		d, c := build(nil, lines...)
		m := Extract(d, c)
		if m.Language == "fr" {
			fr++
		} else {
			t.Errorf("%s: language %q", filepath.Base(f), m.Language)
		}
		if m.Title == lines[0] {
			titles++
		} else {
			t.Errorf("%s: title %q, want %q", filepath.Base(f), m.Title, lines[0])
		}
		if m.Published != "" {
			dated++
			t.Logf("%s: %s (%s)", filepath.Base(f), m.Published, m.PublishedBasis)
		}
		// Without the cleaner's headline the first paragraph is taken
		// when it reads like a headline.
		c.Headline = -1
		c.Paragraphs = lines
		c.KeptLines = c.KeptLines[:0]
		for i := range lines {
			c.KeptLines = append(c.KeptLines, i)
		}
		if Extract(d, c).Title == lines[0] {
			titlesNoHeadline++
		}
	}
	t.Logf("RPM2: %d documents, language fr %d, title = first line %d (%d without the cleaner's headline), dated %d",
		len(files), fr, titles, titlesNoHeadline, dated)
}

func FuzzExtract(f *testing.F) {
	f.Add("Titre\nKIEV, 4 mars (Reuters) - L'armée a pris mardi la ville.\nafp/jop", "2019-06", "https://www.lemonde.fr/a", 1)
	f.Add("Title\nBy JOHN SMITH, Associated Press\nKYIV, March 4 (Reuters) - Forces on Friday\n(Reporting by A B; Editing by C D)", "Mon, 04 Mar 2019 10:12:00 GMT", "", 0)
	f.Add("T\nPublié le 4 mars 2019 à 10h12, mis à jour le 5 mars\n© 2019 AFP\nLe 04/03/2019", "", "http://x/2019/03/", 2)
	f.Add("(ANSA) - ROMA, 4 MAR - \n( ( ) ) — –\n1er 31/02/2019 20190304 İ\xff\xc3", "\xff", "://", -1)
	re := regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)
	f.Fuzz(func(t *testing.T, body, published, url string, caption int) {
		d := &article.Doc{Published: published, URL: url, Authors: []string{body[:min(len(body), 30)]}}
		d.Lines = strings.Split(body, "\n")
		c := article.Cleaned{Headline: min(0, len(d.Lines)-1)}
		for i, l := range d.Lines {
			if i == caption {
				c.Boilerplate = append(c.Boilerplate, article.Boilerplate{Text: l, Reason: "caption", Line: i})
				continue
			}
			c.Paragraphs = append(c.Paragraphs, l)
			c.KeptLines = append(c.KeptLines, i)
		}
		m := Extract(d, c)
		if m.Published != "" {
			if !re.MatchString(m.Published) {
				t.Fatalf("Published %q", m.Published)
			}
			if _, ok := parseISODate(m.Published); !ok {
				t.Fatalf("Published %q is no date", m.Published)
			}
		}
		a := &article.Article{Doc: d, Body: c, Meta: m}
		InferYears([]*article.Article{a, {Meta: article.Meta{Published: "2022-03-03"}}})
		if a.Meta.Published != "" && !re.MatchString(a.Meta.Published) {
			t.Fatalf("InferYears set %q", a.Meta.Published)
		}
	})
}

func BenchmarkExtract(b *testing.B) {
	lines := []string{
		"L'Ukraine accuse Moscou de viser les infrastructures",
		"[byline] Par Marie Durand et Paul Martin, avec AFP",
		"[stamp] Publié le 4 mars 2022 à 10h12, mis à jour le 5 mars 2022 à 08h00",
		"KIEV, 4 mars (Reuters) - L'armée russe a pris vendredi le contrôle de la centrale nucléaire de Zaporijjia, la plus grande d'Europe, a annoncé l'autorité ukrainienne.",
	}
	size := 0
	for _, l := range lines {
		size += len(l)
	}
	for i := 0; size < 3000; i++ {
		p := []string{frBody1, frBody2}[i%2]
		lines = append(lines, p)
		size += len(p)
	}
	lines = append(lines, "afp/jop")
	d, c := build(nil, lines...)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	start := cputime.Now()
	for b.Loop() {
		Extract(d, c)
	}
	cputime.Report(b, start)
}

// BenchmarkExtractInfer measures the slower path: a dateline without a
// year, whose year is looked for in the whole text.
func BenchmarkExtractInfer(b *testing.B) {
	lines := []string{
		"L'Ukraine accuse Moscou de viser les infrastructures",
		"KIEV, 4 mars (Reuters) - L'armée russe a pris vendredi le contrôle de la centrale nucléaire de Zaporijjia, la plus grande d'Europe, a annoncé l'autorité ukrainienne.",
	}
	size := 0
	for i := 0; size < 3000; i++ {
		p := []string{frBody1, frBody2}[i%2]
		lines = append(lines, p)
		size += len(p)
	}
	lines = append(lines, "Depuis le 24 février 2022, les combats n'ont pas cessé.")
	d, c := build(nil, lines...)
	b.ReportAllocs()
	start := cputime.Now()
	for b.Loop() {
		Extract(d, c)
	}
	cputime.Report(b, start)
}
