package copies

import (
	"cmp"
	"slices"
	"strings"

	"github.com/recoupe/recoupe/internal/unionfind"
)

// Group is a set of articles that copy one another: one source.
type Group struct {
	// Articles are the IDs of the members, the original first, then in
	// publication order (undated last, in the order given).
	Articles []string
	// Kind is the loosest relation that holds the group together,
	// leaving aside articles that only quote it: Exact when every link is
	// exact, else NearDuplicate, else SameDispatch; Quotes when the group
	// is only an article and the ones quoting it.
	Kind string
	// Score is the mean score of the group's links.
	Score float64
	// Original is the likely original: the wire's own dispatch when the
	// group has one (an article whose outlet is one of its credited
	// agencies), else the earliest published, else the first given.
	Original string
	// Evidence gathers the links' evidence, without repeats.
	Evidence []string
	// Links are the links between members.
	Links []Link
}

// strongDispatch is the same-dispatch score from which a link of a quoting
// article joins groups like any other link.
const strongDispatch = 0.8

// maxGroupEvidence bounds Group.Evidence.
const maxGroupEvidence = 12

// Groups gathers links into copy groups (the connected components of the
// links). docs gives the articles' dates, outlets and wires for choosing
// originals, and their order; only ID, Published, Outlet and Wires are
// read. Links to IDs not in docs are kept, those articles being taken as
// undated. Groups come in the order of their first article in docs.
func Groups(links []Link, docs []Doc) []Group {
	idx := make(map[string]int, len(docs))
	for i := range docs {
		if _, ok := idx[docs[i].ID]; !ok {
			idx[docs[i].ID] = i
		}
	}
	// Union-find over the linked IDs; union(x, y) puts x's set under y's
	// representative.
	sets := unionfind.New()
	find := sets.Find
	union := func(x, y string) { sets.Union(y, x) }
	// An article that says whom it quotes ("a confirmé Reuters") joins the
	// group of the article it quotes best, and no other: its weaker
	// same-dispatch links (the quotes it shares with another report of the
	// same dispatch) must not join two groups through it.
	quoting := map[string]bool{}
	for _, l := range links {
		if l.Kind == Quotes {
			quoting[l.From] = true
		}
	}
	weak := func(l Link) bool {
		return l.Kind == Quotes || quoting[l.From] && l.Kind == SameDispatch && l.Score < strongDispatch
	}
	best := map[string]int{}
	for i, l := range links {
		if l.From == "" || l.To == "" {
			continue
		}
		if !weak(l) {
			union(l.From, l.To)
			continue
		}
		if b, ok := best[l.From]; !ok || l.Score > links[b].Score {
			best[l.From] = i
		}
	}
	for i, l := range links {
		if b, ok := best[l.From]; ok && b == i {
			union(l.From, l.To)
		}
	}
	members := map[string][]string{}
	sets.Keys(func(id string) {
		r := find(id)
		members[r] = append(members[r], id)
	})
	order := func(id string) int {
		if i, ok := idx[id]; ok {
			return i
		}
		return len(docs)
	}
	var groups []Group
	byRoot := map[string]int{}
	for r, ids := range members {
		if len(ids) < 2 {
			continue
		}
		slices.SortFunc(ids, func(a, b string) int {
			return cmp.Or(cmp.Compare(order(a), order(b)), strings.Compare(a, b))
		})
		byRoot[r] = len(groups)
		groups = append(groups, Group{Articles: ids})
	}
	// Links and evidence, in the order given.
	for _, l := range links {
		if l.From == "" || l.To == "" || find(l.From) != find(l.To) {
			continue
		}
		g := &groups[byRoot[find(l.From)]]
		g.Links = append(g.Links, l)
	}
	for gi := range groups {
		g := &groups[gi]
		g.Original = original(g.Articles, docs, idx)
		g.Kind = groupKind(g.Links)
		seen := map[string]bool{}
		sum := 0.0
		for _, l := range g.Links {
			sum += l.Score
			for _, e := range l.Evidence {
				if !seen[e] && len(g.Evidence) < maxGroupEvidence {
					seen[e] = true
					g.Evidence = append(g.Evidence, e)
				}
			}
		}
		if len(g.Links) > 0 {
			g.Score = round2(sum / float64(len(g.Links)))
		}
		// The original first, then by date.
		slices.SortStableFunc(g.Articles, func(a, b string) int {
			if a == g.Original || b == g.Original {
				return -cmp.Compare(boolInt(a == g.Original), boolInt(b == g.Original))
			}
			return cmpPublished(docAt(docs, idx, a), docAt(docs, idx, b))
		})
	}
	slices.SortStableFunc(groups, func(a, b Group) int {
		return cmp.Compare(minOrder(a.Articles, order), minOrder(b.Articles, order))
	})
	return groups
}

func minOrder(ids []string, order func(string) int) int {
	m := int(^uint(0) >> 1)
	for _, id := range ids {
		m = min(m, order(id))
	}
	return m
}

func docAt(docs []Doc, idx map[string]int, id string) *Doc {
	if i, ok := idx[id]; ok {
		return &docs[i]
	}
	return nil
}

// cmpPublished orders dated articles before undated ones, by date.
func cmpPublished(a, b *Doc) int {
	da := a != nil && !a.Published.IsZero()
	db := b != nil && !b.Published.IsZero()
	switch {
	case da && db:
		return a.Published.Compare(b.Published)
	case da:
		return -1
	case db:
		return 1
	}
	return 0
}

// isWireItself reports whether an article is an agency's own dispatch:
// its outlet is one of the wires it credits, or an agency.
func isWireItself(d *Doc) bool {
	if d == nil || d.Outlet == "" {
		return false
	}
	var t tokenizer
	out := sourceNorm(&t, d.Outlet)
	for _, w := range d.Wires {
		if sourceNorm(&t, w) == out {
			return true
		}
	}
	for _, a := range agencyAliases {
		if strings.ToLower(a.name) == out {
			return true
		}
	}
	return false
}

// original picks a group's likely original among ids (in docs order).
func original(ids []string, docs []Doc, idx map[string]int) string {
	best := ""
	var bestDoc *Doc
	bestWire := false
	for _, id := range ids {
		d := docAt(docs, idx, id)
		w := isWireItself(d)
		switch {
		case best == "":
		case w && !bestWire:
		case w == bestWire && cmpPublished(d, bestDoc) < 0:
		default:
			continue
		}
		best, bestDoc, bestWire = id, d, w
	}
	return best
}

// groupKind is the loosest non-quote kind among the links, Exact only
// when all are exact.
func groupKind(links []Link) string {
	kind := ""
	for _, l := range links {
		if l.Kind == Quotes {
			continue
		}
		if kind == "" || kindRank(l.Kind) > kindRank(kind) {
			kind = l.Kind
		}
	}
	if kind == "" && len(links) > 0 {
		return Quotes
	}
	return kind
}

// IndependentSources counts the independent sources among a story's
// articles: each copy group with members in the story counts once, every
// other article once.
func IndependentSources(storyDocIDs []string, groups []Group) int {
	groupOf := map[string]int{}
	for gi, g := range groups {
		for _, id := range g.Articles {
			if _, ok := groupOf[id]; !ok {
				groupOf[id] = gi
			}
		}
	}
	seenGroup := map[int]bool{}
	seenDoc := map[string]bool{}
	n := 0
	for _, id := range storyDocIDs {
		if seenDoc[id] {
			continue
		}
		seenDoc[id] = true
		if gi, ok := groupOf[id]; ok {
			if seenGroup[gi] {
				continue
			}
			seenGroup[gi] = true
		}
		n++
	}
	return n
}
