package stories

import (
	"strings"
	"testing"
	"time"
)

func TestStem(t *testing.T) {
	// Inflections of one word share a stem; different words keep apart.
	same := [][]string{
		{"manifestation", "manifestations", "manifestants", "manifestant"},
		{"inondation", "inondations"},
		{"arrete", "arretee", "arretees", "arreter"},
		{"politique", "politiques"},
		{"terroriste", "terrorisme", "terroristes"},
		{"journal", "journaux"},
		{"election", "elections"},
	}
	for _, g := range same {
		want := string(stem([]byte(g[0])))
		for _, w := range g[1:] {
			if got := string(stem([]byte(w))); got != want {
				t.Errorf("stem(%q) = %q, want %q like %q", w, got, want, g[0])
			}
		}
	}
	if a, b := string(stem([]byte("election"))), string(stem([]byte("inondation"))); a == b {
		t.Errorf("different words share stem %q", a)
	}
	// Short words are left alone.
	for _, w := range []string{"pas", "eau", "ue"} {
		if got := string(stem([]byte(w))); got != w {
			t.Errorf("stem(%q) = %q", w, got)
		}
	}
}

func TestFold(t *testing.T) {
	for in, want := range map[string]string{"Éléphant": "elephant", "cœur": "coeur", "ÇA": "ca", "Nicușor": "nicusor"} {
		if got := fold(in); got != want {
			t.Errorf("fold(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestNames(t *testing.T) {
	x := newExtractor(newVocab(100, 5.5), &Options{TitleWeight: 1.5, TitleTerms: 16, BodyTerms: 64, EntityTerms: 24})
	x.extract(&Doc{Body: "Rassurer les esprits. Le président Ingrid Betancourt a vu la Caisse d'Epargne et le PCF hier à Bogota."})
	got := map[string]bool{}
	for k, id := range x.voc.ids {
		if strings.HasPrefix(k, "@") && x.voc.df[id] > 0 {
			got[k[1:]] = true
		}
	}
	for _, w := range []string{"ingrid betancourt", "betancourt", "caisse d epargne", "pcf", "bogota"} {
		if !got[w] {
			t.Errorf("name %q not found in %v", w, got)
		}
	}
	for _, w := range []string{"rassurer", "le"} {
		if got[w] {
			t.Errorf("%q taken for a name", w)
		}
	}
}

var day0 = time.Date(2025, 3, 3, 8, 0, 0, 0, time.UTC)

const menu = "Accueil\nPolitique\nÉconomie\nInternational\nSport\n"

// A tiny input: two floods and an election, with menus and related
// headlines naming the other stories in some copies.
var tiny = []struct {
	doc   Doc
	story string
}{
	{Doc{ID: "a1", Title: "La Garonne en crue, Agen évacue ses quais", Body: "La Garonne est sortie de son lit à Agen, où la préfecture a fait évacuer les quais et une centaine d'habitations.\nLes pompiers ont procédé à des hélitreuillages à Layrac et à Boé.", Published: day0}, "garonne"},
	{Doc{ID: "b1", Title: "Législatives au Portugal : le Parti socialiste en tête", Body: menu + "Le Parti socialiste est arrivé en tête des élections législatives au Portugal, devant l'Alliance démocratique et Chega.\nAucun bloc ne dispose de la majorité absolue au Parlement de Lisbonne.\nÀ lire aussi\nLa Garonne en crue à Agen\nInondations à Valence", Published: day0.Add(2 * time.Hour)}, "portugal"},
	{Doc{ID: "a2", Title: "Crue : vigilance rouge sur la Garonne", Body: menu + "La Garonne continue de monter à Agen ; la préfecture a ouvert des gymnases pour les habitants évacués de Layrac et de Boé.\nLes pompiers surveillent les digues de Marmande.\nÀ lire aussi\nPortugal : le Parti socialiste en tête des législatives", Published: day0.Add(5 * time.Hour)}, "garonne"},
	{Doc{ID: "c1", Title: "Inondations meurtrières dans la région de Valence", Body: "Des pluies torrentielles ont fait six morts dans la région de Valence, en Espagne.\nÀ Paiporta, des voitures ont été emportées par les ravins en crue.", Published: day0.Add(6 * time.Hour)}, "valence"},
	{Doc{ID: "b2", Title: "Portugal : Chega progresse, pas de majorité", Body: "Au lendemain des législatives, le Portugal n'a pas de majorité au Parlement de Lisbonne.\nLe Parti socialiste revendique la victoire, l'Alliance démocratique refuse tout accord avec Chega.", Published: day0.Add(26 * time.Hour)}, "portugal"},
}

func TestAddTiny(t *testing.T) {
	for _, dated := range []bool{true, false} {
		c := New(Options{})
		got := map[string]string{}
		for _, x := range tiny {
			d := x.doc
			if !dated {
				d.Published = time.Time{}
			}
			a := c.Add(d)
			got[d.ID] = a.Story
		}
		for i, x := range tiny {
			for _, y := range tiny[:i] {
				if (x.story == y.story) != (got[x.doc.ID] == got[y.doc.ID]) {
					t.Errorf("dated=%v: %s and %s: gold same=%v, got %s and %s", dated, x.doc.ID, y.doc.ID, x.story == y.story, got[x.doc.ID], got[y.doc.ID])
				}
			}
		}
		if n := len(c.Stories()); n != 3 {
			t.Errorf("dated=%v: %d stories, want 3", dated, n)
		}
	}
}

func TestTimeDecay(t *testing.T) {
	// The same text two months apart starts a new story.
	d := tiny[0].doc
	c := New(Options{})
	c.Add(d)
	d.ID = "later"
	d.Published = d.Published.AddDate(0, 2, 0)
	if a := c.Add(d); !a.New {
		t.Errorf("two months later: joined %s with score %.2f", a.Story, a.Score)
	}
	d.ID = "same-day"
	d.Published = tiny[0].doc.Published
	if a := c.Add(d); a.New || a.Story != "s1" {
		t.Errorf("same day: %+v, want story s1", a)
	}
}

func TestStoryTitle(t *testing.T) {
	c := New(Options{})
	banner := "Le Quotidien du Sud-Ouest - Toute l'actualité"
	c.Add(Doc{ID: "1", Title: banner, Body: tiny[0].doc.Body})
	c.Add(tiny[0].doc)
	c.Add(tiny[2].doc)
	st := c.Stories()
	if len(st) != 1 {
		t.Fatalf("%d stories, want 1", len(st))
	}
	if st[0].Title == banner || st[0].Title == "" {
		t.Errorf("story title %q, want a headline", st[0].Title)
	}
	if len(st[0].Articles) != 3 {
		t.Errorf("articles %v", st[0].Articles)
	}
}

func TestRefineKeepsArticles(t *testing.T) {
	c := New(Options{})
	for _, x := range tiny {
		c.Add(x.doc)
	}
	c.Refine()
	n := 0
	for _, s := range c.Stories() {
		n += len(s.Articles)
	}
	if n != len(tiny) {
		t.Errorf("after Refine: %d articles, want %d", n, len(tiny))
	}
}

func TestEmptyAndOddDocs(t *testing.T) {
	c := New(Options{})
	for _, d := range []Doc{{}, {ID: "x", Body: "\n\n"}, {ID: "y", Title: "...", Body: "1 2 3"}, {ID: "z", Entities: []string{"", "  "}}} {
		a := c.Add(d)
		if a.Story == "" || a.Thread == "" {
			t.Errorf("Add(%+v) = %+v", d, a)
		}
	}
}

func FuzzAdd(f *testing.F) {
	f.Add("La Garonne en crue", "Agen évacue. Le PCF d'Ingrid Betancourt\nÀ lire aussi", int64(0))
	f.Add("", "\ufeffÉ\u00a0l'«Œ» -- 2025 ÇA", int64(1e9))
	f.Add("\xff\xfe", "a\x00b", int64(-1))
	f.Fuzz(func(t *testing.T, title, body string, sec int64) {
		c := New(Options{})
		var p time.Time
		if sec != 0 {
			p = time.Unix(sec%(1<<40), 0)
		}
		for i := range 3 {
			a := c.Add(Doc{ID: string(rune('a' + i)), Title: title, Body: body, Published: p})
			if a.Story == "" || a.Score < 0 || a.Score > 1.0001 {
				t.Fatalf("bad assignment %+v", a)
			}
		}
		c.Refine()
		n := 0
		for _, s := range c.Stories() {
			n += len(s.Articles)
		}
		if n != 3 {
			t.Fatalf("%d articles in stories", n)
		}
	})
}
