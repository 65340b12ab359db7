package entity

import (
	"cmp"
	"slices"
	"strings"
)

// Entity is one person, organisation or place across articles, with all its
// spellings.
type Entity struct {
	// Name is the most frequent full form among the articles' canonical
	// names ("Volodymyr Zelensky").
	Name string
	Kind string
	// Variants are all distinct surface forms and canonical names, acronyms
	// in both languages included, sorted.
	Variants []string
	// Articles are the IDs of the articles naming the entity, in the order
	// they were added.
	Articles []string
	// Mentions are every mention of the entity, in the order added.
	Mentions []ArticleMention
}

// ArticleMention is a mention with the article it was found in.
type ArticleMention struct {
	Article string
	Mention
}

// Merger groups the mentions of several articles into entities. The zero
// value is ready to use. A Merger is not safe for concurrent use.
type Merger struct {
	mentions []ArticleMention
}

// Add records the mentions Find returned for one article.
func (m *Merger) Add(articleID string, ms []Mention) {
	for _, x := range ms {
		m.mentions = append(m.mentions, ArticleMention{Article: articleID, Mention: x})
	}
}

// form is one canonical name of one kind with what it gathers.
type form struct {
	kind, name string
	words      int
	count      int
	mentions   []int // indices into Merger.mentions
}

// cluster is an entity being built.
type cluster struct {
	kind   string
	forms  []*form
	names  map[string]bool // canonical names and surface forms
	parsed []parsedName
	count  int
}

// Entities returns the entities of everything added, most mentioned first.
// Canonical names are merged with SameEntity: full names first, then each
// shorter form into the one entity it matches (a surname matching two
// entities, "Castro" for Raúl and Fidel, stays apart).
//
// Kinds agree across articles: the mentions of one name (folded) take the
// kind most of them have, "other" only when none has another, and a name
// still "other" joins the one entity of another kind it matches
// ("Zlatovrakh" with the place "Zlatovrah").
func (m *Merger) Entities() []Entity {
	kinds := m.votedKinds()
	byKey := map[string]*form{}
	var forms []*form
	for i, x := range m.mentions {
		name := x.Canonical
		if name == "" {
			name = x.Text
		}
		key := kinds[i] + "\x00" + name
		f := byKey[key]
		if f == nil {
			f = &form{kind: kinds[i], name: name, words: len(strings.Fields(name))}
			byKey[key] = f
			forms = append(forms, f)
		}
		f.count++
		f.mentions = append(f.mentions, i)
	}
	// Forms of a known kind first, fullest and most frequent first; then
	// the forms of kind "other", which may join an entity of any kind.
	slices.SortStableFunc(forms, func(a, b *form) int {
		return cmp.Or(cmp.Compare(otherLast(a.kind), otherLast(b.kind)), cmp.Compare(b.words, a.words), cmp.Compare(b.count, a.count))
	})

	var clusters []*cluster
	for _, f := range forms {
		p := parseName(f.name)
		var match []*cluster
		for _, c := range clusters {
			if (c.kind != f.kind && f.kind != Other) || !c.matches(f, p, m.mentions) {
				continue
			}
			match = append(match, c)
		}
		if f.kind == Other && len(match) > 1 {
			// Of several entities, those of kind other first.
			var same []*cluster
			for _, c := range match {
				if c.kind == Other {
					same = append(same, c)
				}
			}
			if len(same) > 0 {
				match = same
			}
		}
		var c *cluster
		switch {
		case len(match) == 1 || (len(match) > 1 && f.words > 1):
			c = match[0]
		case len(match) > 1:
			// Several entities answer to this short form: keep it apart.
		}
		if c == nil {
			c = &cluster{kind: f.kind, names: map[string]bool{}}
			clusters = append(clusters, c)
		}
		c.add(f, p, m.mentions)
	}

	clusters = mergeTranslatedAcronyms(clusters)
	out := make([]Entity, 0, len(clusters))
	for _, c := range clusters {
		e := c.entity(m.mentions)
		for i := range e.Mentions {
			e.Mentions[i].Kind = c.kind
		}
		out = append(out, e)
	}
	slices.SortStableFunc(out, func(a, b Entity) int { return cmp.Compare(len(b.Mentions), len(a.Mentions)) })
	return out
}

// mergeTranslatedAcronyms joins two organisations whose acronyms are the
// same letters in another order and which both give their expansion: a
// body's French and English acronyms, whose words come in the other order
// ("Agence nationale de protection civile (ANPC)" and "National Civil
// Protection Agency (NCPA)"). Bodies in the bilingual table are already
// joined when the acronyms are found.
func mergeTranslatedAcronyms(clusters []*cluster) []*cluster {
	type sig struct {
		acronym, letters, expansion string
	}
	sigs := make([]sig, len(clusters))
	for i, c := range clusters {
		if c.kind != Organisation {
			continue
		}
		acr, expansion := "", ""
		for n := range c.names {
			switch {
			case isAcronymForm(n):
				acr = n
			case len(strings.Fields(n)) >= 3 && len(n) > len(expansion):
				expansion = n
			}
		}
		if acr != "" && expansion != "" {
			b := []byte(acr)
			slices.Sort(b)
			sigs[i] = sig{acr, string(b), expansion}
		}
	}
	out := clusters[:0]
	for i, c := range clusters {
		if c == nil {
			continue
		}
		for j := i + 1; j < len(clusters); j++ {
			if clusters[j] == nil || sigs[i].letters == "" || sigs[j].letters != sigs[i].letters ||
				sigs[j].acronym == sigs[i].acronym || !cognateExpansions(sigs[i].expansion, sigs[j].expansion) {
				continue
			}
			c.forms = append(c.forms, clusters[j].forms...)
			for n := range clusters[j].names {
				c.names[n] = true
			}
			c.parsed = append(c.parsed, clusters[j].parsed...)
			c.count += clusters[j].count
			clusters[j] = nil
		}
		out = append(out, c)
	}
	return out
}

// cognateExpansions reports whether two expansions read as translations of
// each other: at least three quarters of the content words (4 letters or
// more) of the shorter one share their first five letters, folded, with a
// word of the other ("nationale"/"national", "civile"/"civil",
// "agence"/"agency").
func cognateExpansions(a, b string) bool {
	stems := func(s string) []string {
		var out []string
		for _, w := range strings.FieldsFunc(foldName(s), func(r rune) bool { return r == ' ' || r == '\'' || r == '-' }) {
			if len(w) < 4 {
				continue
			}
			if len(w) > 5 {
				w = w[:5]
			}
			out = append(out, w)
		}
		return out
	}
	sa, sb := stems(a), stems(b)
	if len(sa) > len(sb) {
		sa, sb = sb, sa
	}
	if len(sa) == 0 {
		return false
	}
	shared := 0
	for _, w := range sa {
		if slices.Contains(sb, w) {
			shared++
		}
	}
	return shared*4 >= len(sa)*3
}

// isAcronymForm reports whether s is written as an acronym: 3 to 6
// capital letters.
func isAcronymForm(s string) bool {
	if len(s) < 3 || len(s) > 6 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

func otherLast(kind string) int {
	if kind == Other {
		return 1
	}
	return 0
}

// votedKinds returns the kind of each mention once the mentions of one
// folded name have voted: the kind most of them give, "other" only when
// none gives another; a tie goes to the first mention's kind.
func (m *Merger) votedKinds() []string {
	type tally struct {
		votes [3]int
		first int // index in voteKinds of the first known kind, -1 if none
	}
	byName := map[string]*tally{}
	keys := make([]string, len(m.mentions))
	for i, x := range m.mentions {
		name := x.Canonical
		if name == "" {
			name = x.Text
		}
		keys[i] = foldName(name)
		t := byName[keys[i]]
		if t == nil {
			t = &tally{first: -1}
			byName[keys[i]] = t
		}
		if k := kindIndex(x.Kind); k >= 0 {
			t.votes[k]++
			if t.first < 0 {
				t.first = k
			}
		}
	}
	out := make([]string, len(m.mentions))
	for i, x := range m.mentions {
		t := byName[keys[i]]
		if t.first < 0 {
			out[i] = x.Kind
			continue
		}
		best := t.first
		for k, v := range t.votes {
			if v > t.votes[best] {
				best = k
			}
		}
		out[i] = voteKinds[best]
	}
	return out
}

func (c *cluster) matches(f *form, p parsedName, ms []ArticleMention) bool {
	if c.names[f.name] {
		return true
	}
	for _, q := range c.parsed {
		// A full name is not matched against a bare surname: "Castro"
		// would join Fidel to Raúl.
		if len(p.keys) > 1 && len(q.keys) == 1 && q.acronym == "" {
			continue
		}
		if sameName(p, q, f.kind == Person || c.kind == Person) {
			return true
		}
	}
	// The surface forms of f (an acronym in another language) against the
	// cluster's names.
	for _, i := range f.mentions {
		if c.names[ms[i].Text] {
			return true
		}
	}
	return false
}

func (c *cluster) add(f *form, p parsedName, ms []ArticleMention) {
	c.forms = append(c.forms, f)
	c.count += f.count
	if !c.names[f.name] {
		c.names[f.name] = true
		c.parsed = append(c.parsed, p)
	}
	for _, i := range f.mentions {
		t := strings.Join(strings.Fields(ms[i].Text), " ")
		if !c.names[t] {
			c.names[t] = true
			c.parsed = append(c.parsed, parseName(t))
		}
	}
}

func (c *cluster) entity(ms []ArticleMention) Entity {
	// The name: the most frequent of the fullest forms.
	maxWords := 0
	for _, f := range c.forms {
		maxWords = max(maxWords, f.words)
	}
	var best *form
	for _, f := range c.forms {
		if f.words < min(maxWords, 2) {
			continue
		}
		if best == nil || f.count > best.count || (f.count == best.count && len(f.name) > len(best.name)) {
			best = f
		}
	}
	e := Entity{Name: best.name, Kind: c.kind}
	var idx []int
	for _, f := range c.forms {
		idx = append(idx, f.mentions...)
	}
	slices.Sort(idx)
	seenArt := map[string]bool{}
	for _, i := range idx {
		e.Mentions = append(e.Mentions, ms[i])
		if !seenArt[ms[i].Article] {
			seenArt[ms[i].Article] = true
			e.Articles = append(e.Articles, ms[i].Article)
		}
	}
	for n := range c.names {
		e.Variants = append(e.Variants, n)
	}
	slices.Sort(e.Variants)
	return e
}
