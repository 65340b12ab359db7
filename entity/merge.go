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
func (m *Merger) Entities() []Entity {
	byKey := map[string]*form{}
	var forms []*form
	for i, x := range m.mentions {
		name := x.Canonical
		if name == "" {
			name = x.Text
		}
		key := x.Kind + "\x00" + name
		f := byKey[key]
		if f == nil {
			f = &form{kind: x.Kind, name: name, words: len(strings.Fields(name))}
			byKey[key] = f
			forms = append(forms, f)
		}
		f.count++
		f.mentions = append(f.mentions, i)
	}
	slices.SortStableFunc(forms, func(a, b *form) int {
		return cmp.Or(cmp.Compare(b.words, a.words), cmp.Compare(b.count, a.count))
	})

	var clusters []*cluster
	for _, f := range forms {
		p := parseName(f.name)
		var match []*cluster
		for _, c := range clusters {
			if c.kind != f.kind || !c.matches(f, p, m.mentions) {
				continue
			}
			match = append(match, c)
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

	out := make([]Entity, 0, len(clusters))
	for _, c := range clusters {
		out = append(out, c.entity(m.mentions))
	}
	slices.SortStableFunc(out, func(a, b Entity) int { return cmp.Compare(len(b.Mentions), len(a.Mentions)) })
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
		if sameName(p, q, f.kind == Person) {
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
