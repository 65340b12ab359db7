package copies

import (
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"
)

// sigOf returns the stored (16-bit) signature of a set of shingle hashes.
func sigOf(set []uint64) (signature, []uint16) {
	var s signature
	s.reset()
	for _, h := range set {
		s.add(h)
	}
	s.densify()
	short := make([]uint16, numBins)
	s.short16(short)
	return s, short
}

// setsWithJaccard returns two sets of random hashes of n elements each
// sharing k, so that their Jaccard similarity is k/(2n-k).
func setsWithJaccard(rng *rand.Rand, n, k int) (a, b []uint64) {
	for i := 0; i < k; i++ {
		h := rng.Uint64()
		a, b = append(a, h), append(b, h)
	}
	for i := k; i < n; i++ {
		a, b = append(a, rng.Uint64()), append(b, rng.Uint64())
	}
	return a, b
}

func TestMinHashJaccardEstimate(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for _, tt := range []struct {
		n, k int
	}{{500, 0}, {500, 167}, {500, 333}, {500, 444}, {500, 500}, {40, 20}, {2000, 1000}} {
		want := float64(tt.k) / float64(2*tt.n-tt.k)
		const trials = 40
		sum, worst := 0.0, 0.0
		for range trials {
			a, b := setsWithJaccard(rng, tt.n, tt.k)
			_, sa := sigOf(a)
			_, sb := sigOf(b)
			est := jaccard16(sa, sb)
			sum += est
			worst = max(worst, math.Abs(est-want))
		}
		mean := sum / trials
		// The mean of 40 estimates is within 3 standard errors; no single
		// estimate is further than 5 standard deviations (64 bins).
		sd := math.Sqrt(max(want*(1-want), 0.01) / numBins)
		if math.Abs(mean-want) > 3*sd/math.Sqrt(trials)+0.01 {
			t.Errorf("n=%d k=%d: mean estimate %.3f, want %.3f", tt.n, tt.k, mean, want)
		}
		if worst > 5*sd {
			t.Errorf("n=%d k=%d: an estimate is off by %.3f (sd %.3f)", tt.n, tt.k, worst, sd)
		}
	}
}

func TestMinHashShortSets(t *testing.T) {
	// Densification: a short text fills its empty bins the same way as
	// its copy, and differently from another text.
	a := []uint64{11, 22, 33, 44, 55}
	_, sa := sigOf(a)
	_, sa2 := sigOf(slices.Clone(a))
	if got := jaccard16(sa, sa2); got != 1 {
		t.Errorf("identical short sets: estimate %.2f, want 1", got)
	}
	_, sb := sigOf([]uint64{66, 77, 88, 99, 111})
	if got := jaccard16(sa, sb); got > 0.05 {
		t.Errorf("disjoint short sets: estimate %.2f, want ~0", got)
	}
	var empty signature
	empty.reset()
	empty.densify()
	if !empty.empty() {
		t.Error("a signature without shingles should stay empty")
	}
}

func TestLSHBandingRecall(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	opt := DefaultOptions()
	shareBand := func(a, b []uint64) bool {
		sa, _ := sigOf(a)
		sb, _ := sigOf(b)
		for band := 0; band < opt.Bands; band++ {
			if bandKey(&sa, band, opt.Rows) == bandKey(&sb, band, opt.Rows) {
				return true
			}
		}
		return false
	}
	for _, tt := range []struct {
		k        int     // shared of 500
		min, max float64 // share of pairs that must be candidates
	}{
		{444, 0.97, 1}, // J = 0.8: theory 1.000
		{333, 0.90, 1}, // J = 0.5: theory 0.88 (1-(1-0.5^3)^16), tolerance below
		{49, 0, 0.08},  // J = 0.05: theory 0.002
	} {
		tt.min = min(tt.min, 1-math.Pow(1-math.Pow(float64(tt.k)/float64(1000-tt.k), 3), 16)-0.06)
		hits := 0
		const trials = 200
		for range trials {
			a, b := setsWithJaccard(rng, 500, tt.k)
			if shareBand(a, b) {
				hits++
			}
		}
		got := float64(hits) / trials
		if got < tt.min || got > tt.max {
			t.Errorf("k=%d: %.3f of pairs are LSH candidates, want in [%.2f, %.2f]", tt.k, got, tt.min, tt.max)
		}
	}
}

func TestContainment(t *testing.T) {
	// A of 100 inside B of 400: J = 100/400 = 0.25, containment 1.
	if got := containment(0.25, 100, 400); math.Abs(got-1) > 1e-9 {
		t.Errorf("containment = %.3f, want 1", got)
	}
	// Half of A (50 of 100) in B of 100: J = 50/150.
	if got := containment(50.0/150, 100, 100); math.Abs(got-0.5) > 1e-9 {
		t.Errorf("containment = %.3f, want 0.5", got)
	}
	if got := containment(0.5, 0, 10); got != 0 {
		t.Errorf("containment of an empty set = %.3f, want 0", got)
	}
}

func TestNormalize(t *testing.T) {
	tests := []struct {
		a, b string
		same bool
	}{
		{"L'AFP a confirmé", "l’AFP  a\u00a0confirme", true},
		{"Œuvre d’Élysée — 4 000 morts.", "oeuvre d elysee 4 000 morts", true},
		{"« Nous ne reculerons pas »", "\"nous ne reculerons pas\"", true},
		{"Straße", "strasse", true},
		{"4 000 morts", "4 001 morts", false},
		{"le président", "la présidente", false},
	}
	for _, tt := range tests {
		na, nb := Normalize(tt.a), Normalize(tt.b)
		if (na == nb) != tt.same {
			t.Errorf("Normalize(%q) = %q, Normalize(%q) = %q, same = %v, want %v", tt.a, na, tt.b, nb, na == nb, tt.same)
		}
		var ta, tb tokenizer
		ha := ta.exactHash(ta.tokenize(tt.a))
		hb := tb.exactHash(tb.tokenize(tt.b))
		if (ha == hb) != tt.same {
			t.Errorf("exact hashes of %q and %q: equal = %v, want %v", tt.a, tt.b, ha == hb, tt.same)
		}
	}
	var tk tokenizer
	if h := tk.exactHash(tk.tokenize(" — ... ")); h != 0 {
		t.Errorf("a text without words hashes to %d, want 0", h)
	}
}

func TestWordHashMatchesTokenizer(t *testing.T) {
	var tk tokenizer
	for _, s := range []string{"a", "abcdefgh", "abcdefghi", "Élysée œuvre ŒUVRE", "x y", "12345678 123456789012", "ﬁn 東京 Ärger"} {
		for _, w := range tk.tokenize(s) {
			if w.hash != wordHash(tk.folded(&w)) {
				t.Errorf("%q: word %q hashed differently in the tokenizer", s, tk.folded(&w))
			}
		}
	}
}

// evidenceOf reads a text's proxy evidence.
func evidenceOf(text string) *evidence {
	d := New(Options{})
	d.read(Doc{Text: text})
	return &d.cur.ev
}

func hasText(items []item, sub string) bool {
	for _, it := range items {
		if strings.Contains(it.text, sub) {
			return true
		}
	}
	return false
}

func TestFigureAndDateProxies(t *testing.T) {
	ev := evidenceOf("Le 14 mai, 4 000 personnes ont été arrêtées ; le lari a perdu 1,8 % et la dette atteint 2,1 milliards de couronnes. Secousse à 21h47. Construite en 1759, l'église a 3 clochers ; 1 200 logements et 1500 personnes.")
	figs := map[uint32]bool{}
	for _, it := range ev.secs[secFigure] {
		figs[it.key] = true
	}
	for _, norm := range []string{"4000", "1.8%", "2100000000", "21h47", "1200", "1500"} {
		if !figs[keyOf(secFigure, norm)] {
			t.Errorf("figure %s not found in %v", norm, ev.secs[secFigure])
		}
	}
	if figs[keyOf(secFigure, "3")] {
		t.Error("an integer below 10 was taken for a figure")
	}
	dates := map[uint32]bool{}
	for _, it := range ev.secs[secDate] {
		dates[it.key] = true
	}
	for _, norm := range []string{"05-14", "1759"} {
		if !dates[keyOf(secDate, norm)] {
			t.Errorf("date %s not found in %v", norm, ev.secs[secDate])
		}
	}
}

func TestNameAndQuoteProxies(t *testing.T) {
	ev := evidenceOf("Le Premier ministre Irakli Tchanturia a parlé. Selon lui, « la loi vise uniquement la transparence ».")
	if !hasText(ev.secs[secEntity], "Irakli Tchanturia") {
		t.Errorf("name not found: %v", ev.secs[secEntity])
	}
	if hasText(ev.secs[secEntity], "Le") || hasText(ev.secs[secEntity], "Selon") {
		t.Errorf("a sentence-initial stop word was taken for a name: %v", ev.secs[secEntity])
	}
	if !hasText(ev.secs[secQuote], "transparence") || hasText(ev.secs[secQuote], "la") {
		t.Errorf("quote content words: %v", ev.secs[secQuote])
	}
}

func TestCitedSources(t *testing.T) {
	tests := []struct {
		text string
		want []string // normalised sources
	}{
		{"Le bilan est lourd, selon l'AFP.", []string{"afp"}},
		{"PARIS (AFP) - Le bilan est lourd.", nil},
		{"L'information a été confirmée, a confirmé Reuters mercredi.", []string{"reuters"}},
		{"Selon Le Monde, le projet est abandonné.", []string{"monde"}},
		{"D'après l'agence Associated Press, deux morts.", []string{"ap"}},
		{"Il a pris un AP de 3 jours.", []string{"ap"}},
		{"Le cap est tenu.", nil},
	}
	for _, tt := range tests {
		ev := evidenceOf(tt.text)
		var got []uint32
		for _, it := range ev.secs[secCited] {
			got = append(got, it.key)
		}
		var want []uint32
		for _, w := range tt.want {
			want = append(want, keyOf(secCited, w))
		}
		slices.Sort(got)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("%q: cited %v, want %v", tt.text, ev.secs[secCited], tt.want)
		}
	}
}

var day = time.Date(2025, 5, 14, 8, 0, 0, 0, time.UTC)

// Two renderings of one English dispatch, and independent reports of the
// same event.
var (
	transA = Doc{ID: "transA", Published: day, Outlet: "Courrier", Wires: []string{"Reuters"}, Dateline: "Tbilissi", Authors: []string{"Felix Harmon"},
		Text: "TBILISSI, 14 mai (Reuters) - Plus de 300 personnes ont été arrêtées à Tbilissi, où la police a dispersé les manifestants, selon le ministère qui fait état de 312 interpellations.\n" +
			"Au moins 17 journalistes ont été blessés, selon la Charte géorgienne d'éthique journalistique.\n" +
			"Le lari a reculé de 1,8 % face au dollar. Washington va réexaminer son aide de 95 millions de dollars.\n" +
			"« C'est notre dernière chance de rester en Europe », a dit Giorgi Kalandadze, un ingénieur de 34 ans."}
	transB = Doc{ID: "transB", Published: day.Add(2 * time.Hour), Outlet: "Matin", Wires: []string{"Reuters"}, Dateline: "Tbilissi", Authors: []string{"Felix Harmon", "Marc Joly"},
		Text: "TBILISSI, 14 mai (Reuters) - La police géorgienne a arrêté 312 personnes lors de la dispersion des manifestants, selon le ministère de l'Intérieur.\n" +
			"La Charte géorgienne d'éthique journalistique a recensé au moins 17 journalistes blessés.\n" +
			"La monnaie a perdu 1,8 % par rapport au dollar ; les 95 millions de dollars d'aide américaine seront réexaminés.\n" +
			"« Nous n'avons plus que cette chance de rester en Europe », a confié Giorgi Kalandadze, 34 ans, ingénieur."}
	indep = Doc{ID: "indep", Published: day.Add(20 * time.Hour), Outlet: "Quotidien", Dateline: "Tbilissi", Authors: []string{"Anne-Laure Visconti"},
		Text: "Il est deux heures du matin quand les canons à eau remontent l'avenue. Le ministère a annoncé 312 interpellations.\n" +
			"« Ils nous traitent d'agents de l'étranger parce que nous voulons voyager », s'indigne Mariam Tsiklauri, 19 ans.\n" +
			"Le député Zurab Kvaratskhelia affirme que 12 mineurs figurent parmi les personnes arrêtées. Une chaîne humaine de 3 kilomètres relie le Parlement à la place de la Liberté."}
	otherWire = Doc{ID: "otherWire", Published: day.Add(time.Hour), Outlet: "AFP", Wires: []string{"AFP"}, Dateline: "Tbilissi",
		Text: "TBILISSI (AFP) - La police a interpellé 312 personnes, dont 17 journalistes blessés selon une ONG, et le lari a perdu 1,8 %. L'aide américaine de 95 millions de dollars serait réexaminée.\n" +
			"« Nous ne reculerons pas », a déclaré à l'AFP Nino Abachidze, 21 ans."}
)

func TestDispatchScoring(t *testing.T) {
	tests := []struct {
		name     string
		earlier  []Doc
		doc      Doc
		wantKind string // "" for no link to earlier[0]
		evidence []string
	}{
		{"translations", []Doc{transA}, transB, SameDispatch, []string{"reporter credit", "same wire credit 'Reuters'", "same dateline", "identical figures"}},
		{"translations without credits", []Doc{withoutCredits(transA)}, withoutCredits(transB), SameDispatch, []string{"identical figures", "quotes in paraphrase"}},
		{"independent report", []Doc{transA}, indep, "", nil},
		{"another agency", []Doc{transA}, otherWire, "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := New(Options{})
			for _, e := range tt.earlier {
				d.Add(e)
			}
			links := d.Add(tt.doc)
			var got *Link
			for k := range links {
				if links[k].To == tt.earlier[0].ID {
					got = &links[k]
				}
			}
			if tt.wantKind == "" {
				if got != nil {
					t.Fatalf("linked %s %.2f: %v", got.Kind, got.Score, got.Evidence)
				}
				return
			}
			if got == nil || got.Kind != tt.wantKind {
				t.Fatalf("links %+v, want one %s to %s", links, tt.wantKind, tt.earlier[0].ID)
			}
			if got.Score < 0.5 || got.Score > 1 {
				t.Errorf("score %.2f out of [0.5, 1]", got.Score)
			}
			all := strings.Join(got.Evidence, "; ")
			for _, e := range tt.evidence {
				if !strings.Contains(all, e) {
					t.Errorf("evidence %q lacks %q", all, e)
				}
			}
		})
	}
}

func withoutCredits(d Doc) Doc {
	d.Wires, d.Authors, d.Dateline = nil, nil, ""
	d.ID += "-bare"
	return d
}

func TestTextCopiesAndQuotes(t *testing.T) {
	wire := Doc{ID: "wire", Published: day, Outlet: "AFP", Wires: []string{"AFP"},
		Text: "LIMA (AFP) - Un séisme de magnitude 6,8 a frappé lundi soir le sud du Pérou, faisant au moins 14 morts et 230 blessés dans la région d'Arequipa, selon un bilan provisoire publié mardi par la défense civile.\n" +
			"L'épicentre a été localisé à 38 kilomètres au sud-ouest de la ville de Chivay, à une profondeur de 62 kilomètres, a précisé l'Institut géophysique du Pérou.\n" +
			"Selon la défense civile, quelque 1 200 logements ont été endommagés, dont 340 se sont effondrés, principalement des maisons en adobe de la vallée du Colca.\n" +
			"« Tout s'est mis à trembler, les murs de l'église se sont fendus et les gens couraient dans la rue en criant », a raconté à l'AFP Rosa Mamani, une commerçante de 52 ans."}
	exact := wire
	exact.ID, exact.Outlet, exact.Published = "exact", "Portail", day.Add(time.Hour)
	exact.Text = strings.ReplaceAll(strings.ReplaceAll(wire.Text, "'", "’"), " - ", " – ")
	near := wire
	near.ID, near.Outlet, near.Published = "near", "Soir", day.Add(2*time.Hour)
	paras := strings.Split(wire.Text, "\n")
	near.Text = strings.Join(paras[:3], "\n") + "\nÀ lire également : les séismes les plus meurtriers d'Amérique latine."
	blog := Doc{ID: "blog", Published: day.Add(5 * time.Hour), Outlet: "Carnets",
		Text: "Nous étions passés par la vallée du Colca en 2019. Selon l'AFP, quelque 1 200 logements ont été endommagés, dont 340 se sont effondrés.\n" +
			"« Tout s'est mis à trembler, les murs de l'église se sont fendus », a raconté une commerçante à l'agence. Pensées pour les habitants."}
	late := near
	late.ID, late.Published = "late", day.Add(30*24*time.Hour)
	late.Text = strings.Replace(near.Text, "lundi soir", "dans la nuit de lundi", 1)

	d := New(Options{})
	if links := d.Add(wire); len(links) != 0 {
		t.Fatalf("first article linked: %+v", links)
	}
	want := []struct {
		doc  Doc
		to   string
		kind string
	}{
		{exact, "wire", Exact},
		{near, "wire", NearDuplicate},
		{blog, "wire", Quotes},
		{late, "near", NearDuplicate}, // text copies are linked at any distance
	}
	for _, w := range want {
		links := d.Add(w.doc)
		found := false
		for _, l := range links {
			if l.From != w.doc.ID {
				t.Errorf("%s: link from %s", w.doc.ID, l.From)
			}
			if l.To == w.to {
				found = true
				if l.Kind != w.kind {
					t.Errorf("%s -> %s: kind %s, want %s (%v)", w.doc.ID, w.to, l.Kind, w.kind, l.Evidence)
				}
			}
		}
		if !found {
			t.Errorf("%s: no link to %s in %+v", w.doc.ID, w.to, links)
		}
	}
}

func TestWindow(t *testing.T) {
	d := New(Options{Window: 48 * time.Hour})
	d.Add(transA)
	b := transB
	b.Published = transA.Published.Add(72 * time.Hour)
	if links := d.Add(b); len(links) != 0 {
		t.Errorf("same-dispatch linked out of the window: %+v", links)
	}
}

func TestGroupsAndIndependentSources(t *testing.T) {
	t0 := day
	docs := []Doc{
		{ID: "copy1", Published: t0.Add(time.Hour), Outlet: "Echo", Wires: []string{"AFP"}},
		{ID: "wire", Published: t0.Add(2 * time.Hour), Outlet: "Agence France-Presse", Wires: []string{"AFP"}},
		{ID: "copy2", Published: t0.Add(3 * time.Hour), Outlet: "Info"},
		{ID: "blog", Published: t0.Add(4 * time.Hour), Outlet: "Blog"},
		{ID: "tr1", Published: t0.Add(5 * time.Hour), Outlet: "Courrier", Wires: []string{"Reuters"}},
		{ID: "tr2", Outlet: "Matin", Wires: []string{"Reuters"}},
		{ID: "tr3", Published: t0.Add(4 * time.Hour), Outlet: "Presse"},
		{ID: "ind", Published: t0, Outlet: "Quotidien"},
	}
	links := []Link{
		{From: "copy2", To: "copy1", Kind: Exact, Score: 1, Evidence: []string{"same normalised text"}},
		{From: "wire", To: "copy1", Kind: NearDuplicate, Score: 0.8, Evidence: []string{"j 0.8"}},
		{From: "blog", To: "wire", Kind: Quotes, Score: 0.6},
		{From: "tr2", To: "tr1", Kind: SameDispatch, Score: 0.9},
		{From: "tr3", To: "tr2", Kind: SameDispatch, Score: 0.7},
	}
	groups := Groups(links, docs)
	if len(groups) != 2 {
		t.Fatalf("%d groups, want 2: %+v", len(groups), groups)
	}
	g := groups[0]
	if g.Original != "wire" {
		t.Errorf("original %q, want the wire's own dispatch", g.Original)
	}
	if !slices.Equal(g.Articles, []string{"wire", "copy1", "copy2", "blog"}) {
		t.Errorf("articles %v", g.Articles)
	}
	if g.Kind != NearDuplicate {
		t.Errorf("kind %s, want %s", g.Kind, NearDuplicate)
	}
	if math.Abs(g.Score-0.8) > 0.01 {
		t.Errorf("score %.2f, want 0.80", g.Score)
	}
	if !slices.Contains(g.Evidence, "same normalised text") {
		t.Errorf("evidence %v", g.Evidence)
	}
	g = groups[1]
	if g.Original != "tr3" {
		t.Errorf("original %q, want the earliest, tr3", g.Original)
	}
	if g.Kind != SameDispatch {
		t.Errorf("kind %s, want %s", g.Kind, SameDispatch)
	}
	// Undated: the first given wins.
	if o := Groups([]Link{{From: "b", To: "a", Kind: Exact}}, []Doc{{ID: "a"}, {ID: "b"}})[0].Original; o != "a" {
		t.Errorf("undated original %q, want a", o)
	}
	if o := Groups([]Link{{From: "x", To: "y", Kind: Quotes}}, nil); len(o) != 1 || o[0].Kind != Quotes {
		t.Errorf("quote-only group: %+v", o)
	}

	story := []string{"ind", "copy1", "wire", "copy2", "blog", "tr1", "tr2"}
	if n := IndependentSources(story, groups); n != 3 {
		t.Errorf("IndependentSources = %d, want 3 (ind, the AFP group, the Reuters group)", n)
	}
	if n := IndependentSources([]string{"ind", "ind"}, nil); n != 1 {
		t.Errorf("IndependentSources of a repeated ID = %d, want 1", n)
	}
}

func FuzzAdd(f *testing.F) {
	f.Add("TBILISSI (AFP) - La police a interpellé 312 personnes. « Nous ne reculerons pas », a dit Nino.", "AFP", "Tbilissi", "Reuters", int64(0))
	f.Add("Selon l'AFP, 4 000 morts ; 1,8 % ; 2,1 milliards ; 21h47 ; 14 mai 2025", "", "", "", int64(86400))
	f.Add("«»“”\"\"(((AFP", "Le Monde", "", "AP", int64(-5))
	f.Add("\xff\xfe Œ ß ﬁ 東京 1er juin 1 000 000,5 %", "x", "y", "z", int64(1))
	f.Fuzz(func(t *testing.T, text, outlet, place, wire string, offset int64) {
		d := New(Options{MaxLinks: 4})
		ids := map[string]bool{}
		base := Doc{Text: text, Outlet: outlet, Dateline: place, Wires: []string{wire}, Authors: []string{place + " " + outlet}}
		variants := []string{text, text + " " + text, strings.ToUpper(text), "Selon " + wire + ", " + text}
		for k, v := range variants {
			doc := base
			doc.ID = string(rune('a' + k))
			doc.Text = v
			doc.Published = day.Add(time.Duration(offset%1e6) * time.Duration(k) * time.Second)
			for _, l := range d.Add(doc) {
				if l.From != doc.ID || !ids[l.To] {
					t.Fatalf("link %+v: from a wrong article or to an unknown one", l)
				}
				if l.Score < 0 || l.Score > 1 || math.IsNaN(l.Score) {
					t.Fatalf("score %v", l.Score)
				}
			}
			ids[doc.ID] = true
		}
		if d.Len() != len(variants) {
			t.Fatalf("Len = %d", d.Len())
		}
	})
}
