package summary

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"
)

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"M. Dupont est arrivé. Mme Durand aussi.", []string{"M. Dupont est arrivé.", "Mme Durand aussi."}},
		{"George W. Bush a parlé. Il est parti.", []string{"George W. Bush a parlé.", "Il est parti."}},
		{"La hausse est de 2.5 % cette année. Elle ralentit.", []string{"La hausse est de 2.5 % cette année.", "Elle ralentit."}},
		{"Il a dit : « C'est fini. » Puis il est parti.", []string{"Il a dit : « C'est fini. »", "Puis il est parti."}},
		{"« C'est fini. », a-t-il dit. Rideau.", []string{"« C'est fini. », a-t-il dit.", "Rideau."}},
		{"Vraiment ? Oui ! Et alors… Rien.", []string{"Vraiment ?", "Oui !", "Et alors…", "Rien."}},
		{"Le Dr Martin et le Pr. Lévy. Fin", []string{"Le Dr Martin et le Pr. Lévy.", "Fin"}},
		{"Rendez-vous à 10 h. 2008 fut une année noire.", []string{"Rendez-vous à 10 h.", "2008 fut une année noire."}},
		{"  espaces   multiples\tici.  ", []string{"espaces multiples ici."}},
		{"", nil},
	}
	for _, tt := range tests {
		if got := splitSentences(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("splitSentences(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestStripDateline(t *testing.T) {
	tests := []struct{ in, want string }{
		{"BOGOTA (Reuters) - L'ex-otage a retrouvé ses enfants.", "L'ex-otage a retrouvé ses enfants."},
		{"VILLACOUBLAY, Yvelines (Reuters) -", ""},
		{"PARIS (AFP) – Le gouvernement a annoncé.", "Le gouvernement a annoncé."},
		{"Le prix - enfin connu - est élevé.", "Le prix - enfin connu - est élevé."},
		{"Paris - Le texte commence ici.", "Paris - Le texte commence ici."},
	}
	for _, tt := range tests {
		if got := stripDateline(tt.in); got != tt.want {
			t.Errorf("stripDateline(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestArticleSentences(t *testing.T) {
	paras := []string{
		"BOGOTA (Reuters) -",
		"Le ministre a parlé. « Nous ne céderons pas. Jamais nous ne reculerons », a-t-il dit.",
		"La séance est levée.",
	}
	got := ArticleSentences("a1", time.Date(2008, 7, 3, 0, 0, 0, 0, time.UTC), paras)
	want := []struct {
		text    string
		para    int
		inQuote bool
	}{
		{"Le ministre a parlé.", 1, false},
		{"« Nous ne céderons pas.", 1, false},
		{"Jamais nous ne reculerons », a-t-il dit.", 1, true},
		{"La séance est levée.", 2, false},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d sentences %+v, want %d", len(got), got, len(want))
	}
	for i, w := range want {
		g := got[i]
		if g.Text != w.text || g.Paragraph != w.para || g.InQuote != w.inQuote || g.Index != i || g.Article != "a1" || g.Published.IsZero() {
			t.Errorf("sentence %d = %+v, want %+v at index %d", i, g, w, i)
		}
	}
}

func TestClassify(t *testing.T) {
	tests := []struct {
		text string
		want eligibility
	}{
		{"Le gouvernement colombien a libéré quinze otages mercredi lors d'une opération militaire.", standalone},
		{"Il a remercié la France et le président Nicolas Sarkozy pour leur soutien constant.", dangling},
		{"Mais la guérilla a démenti avoir été trahie par ses propres chefs mercredi soir.", dangling},
		{"Ce dernier a refusé de commenter les accusations portées par la guérilla colombienne.", dangling},
		{"« Nous ne céderons jamais face aux exigences de la guérilla », a-t-il déclaré à la presse.", dangling},
		{"Arrivée en tête du vote avec seulement 42 voix d'avance, elle appelle au rassemblement.", dangling},
		{"Dans ce contexte, le gouvernement a décidé de reporter la réforme à l'automne prochain.", dangling},
		{"Il faut désormais trouver un accord entre les syndicats et le ministère de l'Éducation.", standalone},
		{"Le ministre a déclaré qu'il ne reviendrait pas sur la réforme du lycée cette année.", standalone},
		{"« Nous ne céderons jamais face aux exigences de la guérilla et de ses alliés. »", excluded},
		{"« Nous ne céderons jamais face aux exigences de la guérilla », a déclaré le ministre.", standalone},
		{"Pourquoi le gouvernement a-t-il attendu si longtemps avant de réagir à la crise ?", excluded},
		{"Photo : Ingrid Betancourt à son arrivée à Villacoublay le 4 juillet (AFP/Jean Dupont).", excluded},
		{"Lire aussi notre article sur la libération d'Ingrid Betancourt et de ses compagnons.", excluded},
		{"Nous avons exigé sa publication, car quelques aspects nous semblaient problématiques.", excluded},
		{"Trop court.", excluded},
		{"Nouvelles matières en option pour les élèves de seconde", excluded},
		{"Voici les principaux points du rapport remis au président de la République mercredi :", excluded},
	}
	for _, tt := range tests {
		info := newTextInfo(tt.text)
		if got := classify(Sentence{Text: tt.text}, &info); got != tt.want {
			t.Errorf("classify(%q) = %d, want %d", tt.text, got, tt.want)
		}
	}
	in := Sentence{Text: "Jamais nous ne reculerons devant les menaces de la guérilla colombienne.", InQuote: true}
	info := newTextInfo(in.Text)
	if classify(in, &info) != excluded {
		t.Errorf("a sentence inside a quotation must be excluded")
	}
}

// story builds a small story: four articles on a hostage release, with
// the core fact repeated in each, one off-topic line, a caption and
// boilerplate that repeat the core words, and pronoun sentences.
func story() []Sentence {
	day := func(d int) time.Time { return time.Date(2008, 7, d, 0, 0, 0, 0, time.UTC) }
	arts := []struct {
		id   string
		date time.Time
		text []string
	}{
		{"d", day(4), []string{
			"Ingrid Betancourt est arrivée en France vendredi, accueillie par le président Nicolas Sarkozy à Villacoublay.",
			"Elle a remercié la France pour son soutien pendant ses six années de captivité aux mains des Farc.",
			"Lire aussi notre dossier sur la libération d'Ingrid Betancourt par l'armée colombienne.",
		}},
		{"a", day(2), []string{
			"L'armée colombienne a libéré mercredi Ingrid Betancourt et quatorze autres otages des Farc lors d'une opération militaire.",
			"Elle était détenue depuis six ans par la guérilla des Forces armées révolutionnaires de Colombie.",
			"Le prix du café a légèrement baissé sur les marchés mondiaux cette semaine selon les courtiers.",
			"Photo : Ingrid Betancourt libérée par l'armée colombienne lors de l'opération militaire (AFP).",
		}},
		{"b", day(3), []string{
			"Ingrid Betancourt et quatorze autres otages ont été libérés mercredi par l'armée colombienne lors d'une opération militaire.",
			"L'opération militaire a été menée sans un coup de feu, selon le ministre colombien de la Défense.",
			"Ingrid Betancourt a retrouvé ses enfants jeudi à Bogota après six ans de captivité aux mains des Farc.",
		}},
		{"c", day(3), []string{
			"Les Farc ont accusé deux de leurs chefs d'avoir trahi la guérilla lors de la libération des otages.",
			"Ingrid Betancourt a retrouvé ses enfants jeudi à Bogota, après six ans de captivité dans la jungle.",
			"Pourquoi l'armée colombienne a-t-elle pu libérer les otages des Farc sans un coup de feu ?",
		}},
	}
	var out []Sentence
	for _, a := range arts {
		for i, s := range a.text {
			out = append(out, Sentence{Text: s, Article: a.id, Index: i, Published: a.date})
		}
	}
	return out
}

func contains(sents []Sentence, s Sentence) bool {
	for _, x := range sents {
		if x == s {
			return true
		}
	}
	return false
}

func TestSummarize(t *testing.T) {
	in := story()
	out := Summarize(in, Options{MaxWords: 60})
	if len(out) < 3 || len(out) > 8 {
		t.Fatalf("got %d sentences, want 3 to 8: %q", len(out), Text(out))
	}
	for i, s := range out {
		if !contains(in, s) {
			t.Errorf("sentence %q is not from the input", s.Text)
		}
		switch {
		case strings.Contains(s.Text, "café"):
			t.Errorf("off-topic sentence chosen: %q", s.Text)
		case strings.HasPrefix(s.Text, "Photo"), strings.HasPrefix(s.Text, "Lire aussi"), strings.HasSuffix(s.Text, "?"):
			t.Errorf("caption, boilerplate or question chosen: %q", s.Text)
		case strings.HasPrefix(s.Text, "Elle "):
			// A pronoun sentence must follow its predecessor.
			if i == 0 || out[i-1].Article != s.Article || out[i-1].Index != s.Index-1 {
				t.Errorf("pronoun sentence %q without the sentence before it", s.Text)
			}
		}
		if i > 0 {
			p := out[i-1]
			if p.Published.After(s.Published) || p.Published.Equal(s.Published) && p.Article == s.Article && p.Index > s.Index {
				t.Errorf("not chronological: %q before %q", p.Text, s.Text)
			}
		}
	}
	// The two near-identical release sentences must not both be chosen.
	if contains(out, in[3]) && contains(out, in[7]) {
		t.Errorf("redundant sentences both chosen: %q", Text(out))
	}
	// The release itself, told by three articles, is in the summary.
	if !strings.Contains(strings.ToLower(Text(out)), "libéré") {
		t.Errorf("the central fact is missing: %q", Text(out))
	}
}

func TestSummarizeLimits(t *testing.T) {
	in := story()
	if out := Summarize(in, Options{MaxSentences: 2, MaxWords: 500}); len(out) > 2 {
		t.Errorf("MaxSentences 2: got %d", len(out))
	}
	if out := Summarize(nil, Options{}); len(out) != 0 {
		t.Errorf("empty input gave %v", out)
	}
	junk := []Sentence{{Text: "Photo : AFP.", Article: "x"}, {Text: "Lire aussi", Article: "x", Index: 1}}
	if out := Summarize(junk, Options{}); len(out) != 0 {
		t.Errorf("nothing fit for a summary, got %q", Text(out))
	}
}

func TestSummarizeUpdate(t *testing.T) {
	in := story()
	// Background: the release (article a and b's first sentences).
	bg := []Sentence{in[3], in[7]}
	var rest []Sentence
	for _, s := range in {
		if s != in[3] && s != in[7] {
			rest = append(rest, s)
		}
	}
	plain := Summarize(rest, Options{MaxWords: 40})
	upd := Summarize(rest, Options{MaxWords: 40, Background: bg})
	if len(upd) == 0 {
		t.Fatal("no update summary")
	}
	// A sentence repeating the background (article b's "libérés mercredi
	// ... opération militaire") must not lead the update summary more than
	// it leads the plain one: count background words covered.
	overlap := func(out []Sentence) int {
		n := 0
		for _, s := range out {
			for _, w := range []string{"libéré", "quatorze", "opération militaire"} {
				if strings.Contains(s.Text, w) {
					n++
				}
			}
		}
		return n
	}
	if overlap(upd) > overlap(plain) {
		t.Errorf("update summary repeats the background more than the plain one:\nplain %q\nupdate %q", Text(plain), Text(upd))
	}

	// Since: sentences of articles published before Since are background.
	since := time.Date(2008, 7, 3, 0, 0, 0, 0, time.UTC)
	out := Summarize(in, Options{Since: since})
	if len(out) == 0 {
		t.Fatal("no summary since 3 July")
	}
	for _, s := range out {
		if s.Published.Before(since) {
			t.Errorf("sentence from before Since: %q (%s)", s.Text, s.Published)
		}
	}
}

func FuzzSummarize(f *testing.F) {
	f.Add("Le président a parlé mardi devant les députés réunis à Paris.\nIl a dit qu'il ne céderait pas.\nLes syndicats appellent à la grève générale jeudi dans tout le pays.", uint8(3), uint8(40))
	f.Add("« Non », a-t-il dit.\nPhoto : AFP.\nLire aussi.\n?\n\n", uint8(1), uint8(0))
	f.Add(strings.Repeat("Le gouvernement a annoncé une réforme des retraites ce mardi à Paris. ", 20), uint8(8), uint8(100))
	f.Fuzz(func(t *testing.T, text string, maxSent, maxWords uint8) {
		var in []Sentence
		for i, line := range strings.Split(text, "\n") {
			in = append(in, Sentence{
				Text:      line,
				Article:   fmt.Sprint(i % 3),
				Index:     i / 3,
				Published: time.Date(2020, 1, 1+i%2, 0, 0, 0, 0, time.UTC),
				InQuote:   i%5 == 4,
			})
		}
		opt := Options{MaxSentences: int(maxSent % 10), MaxWords: int(maxWords)}
		if maxSent%3 == 0 && len(in) > 1 {
			opt.Background = in[:1]
		}
		out := Summarize(in, opt)
		limit := opt.MaxSentences
		if limit <= 0 {
			limit = 8
		}
		if len(out) > limit {
			t.Fatalf("%d sentences, limit %d", len(out), limit)
		}
		for _, s := range out {
			if !contains(in, s) {
				t.Fatalf("output sentence %+v not in input", s)
			}
		}
		for _, p := range strings.Split(text, "\n") {
			for _, s := range splitSentences(p) {
				if strings.TrimSpace(s) == "" {
					t.Fatalf("empty sentence from %q", p)
				}
			}
		}
		_ = ArticleSentences("f", time.Time{}, strings.Split(text, "\n"))
	})
}

// FuzzSplitSentences checks that splitting keeps every word, in order.
func FuzzSplitSentences(f *testing.F) {
	f.Add("M. Dupont est arrivé. « C'est fini. » Puis il est parti… Vraiment ?")
	f.Add("PARIS (AFP) - Le texte. 2.5 %. J. Chirac.")
	f.Fuzz(func(t *testing.T, text string) {
		got := splitSentences(text)
		if strings.Join(strings.Fields(strings.Join(got, " ")), " ") != strings.Join(strings.Fields(text), " ") {
			t.Fatalf("splitSentences(%q) = %q loses or changes text", text, got)
		}
		_ = stripDateline(text)
	})
}
