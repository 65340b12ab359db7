package entity

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/recoupe/recoupe/stopwords"
)

var (
	enOnce sync.Once
	enStop map[string]bool
)

func englishCommon(w string) bool {
	enOnce.Do(func() { enStop = stopwords.Set("en") })
	return enStop[w]
}

// classify sets a span's kind and role from its cues and the gazetteers.
func (f *finder) classify(s *span) {
	if s.kind != "" && s.acronym {
		return
	}
	toks := f.toks
	n := s.t1 - s.t0
	first, last := toks[s.t0], toks[s.t1-1]
	whole := lookup(f.spanText(*s))
	fc, lc := f.tokCls(s.t0), f.tokCls(s.t1-1)
	s.placeCue = f.placeCue(s.t0)
	role := f.roleBefore(s.t0)
	if role == "" {
		role = f.roleAfter(s.t1)
	}
	switch {
	case s.kind != "":
	case s.title:
		s.kind = Person
	case n == 1 && !first.upper && f.common(s.t0) && whole == 0 && !orgHeads[first.lower]:
		// A capitalised common word: a portfolio ("de l'Intérieur"), a
		// heading; no entity of a known kind.
		s.kind = Other
	case whole.place() && !(fc&clFirst != 0 && n > 1 && !s.placeCue):
		s.kind = Place
	case n == 1 && first.upper && !first.digit && utf8.RuneCountInString(first.s) <= 6:
		if whole.place() {
			s.kind = Place
		} else {
			s.kind = Organisation
		}
	case role != "" && whole&(clOrg|clProper) == 0 && !orgHeads[first.lower]:
		s.kind = Person
	case orgHeads[first.lower] || orgSuffixes[last.lower] || whole&clOrg != 0 || f.orgCue(s.t0) || f.orgApposition(s.t0):
		s.kind = Organisation
	case n > 1 && fc&clFirst != 0 && fc&clCountry == 0:
		s.kind = Person
	case placeHeads[first.lower] && n > 1, strings.HasPrefix(first.lower, "saint-"), strings.HasPrefix(first.lower, "sainte-"):
		s.kind = Place
	case s.placeCue:
		s.kind = Place
	case whole&clProper != 0 || (whole == 0 && knownPlaceSpelling(f.spanText(*s))):
		s.kind, s.weak = Place, true
	case whole&clSurname != 0 || (n > 1 && lc&clSurname != 0):
		s.kind = Person
	case n > 1 && f.unknownWords(*s):
		s.kind, s.weak = Person, true
	case first.digit:
		s.kind = Organisation
	case n == 1 && fc&clFirst != 0 && fc&^(clFirst|clSurname) == 0:
		s.kind, s.weak = Person, true
	default:
		s.kind = Other
	}
	if s.kind == Person {
		s.role = role
	}
}

// unknownWords reports whether every capitalised word of a span is unknown
// to the lexicon: a run of such words is most often a foreign person's name.
func (f *finder) unknownWords(s span) bool {
	for k := s.t0; k < s.t1; k++ {
		t := f.toks[k]
		if f.nameWord(k) && (t.upper || t.digit || (!f.en && f.tokLex(k)) || (f.en && englishCommon(t.lower))) {
			return false
		}
	}
	return true
}

// placeCue reports a place preposition or noun before token t0: "à Kiev",
// "en Ukraine", "la ville de Kherson".
func (f *finder) placeCue(t0 int) bool {
	k := t0 - 1
	if k < 0 || !f.toks[k].word {
		return false
	}
	p := f.toks[k].lower
	if placePreps[p] {
		return true
	}
	if (p == "de" || p == "d'") && k > 0 && f.toks[k-1].word && placeNouns[f.toks[k-1].lower] {
		return true
	}
	return false
}

// orgCue reports "porte-parole du X", "membres du X": a noun of membership
// or office before "du"/"de la"/"de l'".
func (f *finder) orgCue(t0 int) bool {
	k := t0 - 1
	for k >= 0 && f.toks[k].word && (f.toks[k].lower == "la" || f.toks[k].lower == "l'") {
		k--
	}
	if k < 1 || !f.toks[k].word {
		return false
	}
	p := f.toks[k].lower
	return (p == "du" || p == "de" || p == "d'" || p == "des" || p == "of") && orgPrepNouns[f.toks[k-1].lower]
}

// roleBefore returns the role written before a name: "le président
// ukrainien Volodymyr Zelensky", "le porte-parole du Kremlin, Dmitri Peskov".
func (f *finder) roleBefore(t0 int) string {
	toks := f.toks
	k := t0 - 1
	if k >= 0 && toks[k].s == "," {
		k--
	}
	if k < 0 {
		return ""
	}
	end := k
	// A name after "de" is a complement, not the holder of a role.
	c := end
	if toks[c].lower == "l'" || toks[c].lower == "la" {
		c--
	}
	if c >= 0 {
		if p := toks[c].lower; p == "de" || p == "du" || p == "d'" || p == "des" || p == "of" {
			return ""
		}
	}
	common := 0
	for ; k >= 0 && end-k < 10; k-- {
		t := toks[k]
		if !t.word {
			if t.s == "-" || t.s == "'" || t.s == "’" {
				continue
			}
			return ""
		}
		if isRole(t.lower) {
			// The whole run of role words: "directrice générale".
			for k > 0 && toks[k-1].word && isRole(toks[k-1].lower) {
				k--
			}
			start := k
			if k > 0 && toks[k-1].word {
				switch toks[k-1].lower {
				case "premier", "première", "ancien", "ancienne", "vice", "haut", "haute", "nouveau", "nouvelle", "prime", "former":
					start = k - 1
				}
			}
			return f.text[toks[start].b0:toks[end].b1]
		}
		if roleBreakers[t.lower] || t.digit || verbLike(t.lower) {
			return ""
		}
		if !t.cap && !particles[t.lower] && !t.elided {
			common++
			if common > 3 {
				return ""
			}
		}
	}
	return ""
}

// roleAfter returns the role given in apposition after a name: "Dmitri
// Peskov, porte-parole du Kremlin".
func (f *finder) roleAfter(t1 int) string {
	toks := f.toks
	k := t1
	if k >= len(toks) || toks[k].s != "," {
		return ""
	}
	k++
	for k < len(toks) && toks[k].word && (toks[k].lower == "le" || toks[k].lower == "la" || toks[k].lower == "l'" || toks[k].lower == "the" || toks[k].lower == "un" || toks[k].lower == "une") {
		k++
	}
	if k >= len(toks) || !toks[k].word {
		return ""
	}
	start := k
	if w := toks[k].lower; !roles[w] && !roles[strings.TrimPrefix(strings.TrimPrefix(w, "ex-"), "vice-")] {
		switch w {
		case "premier", "première", "ancien", "ancienne", "haut", "haute", "nouveau", "nouvelle", "former":
			if k+1 < len(toks) && toks[k+1].word && roles[toks[k+1].lower] {
				k++
			} else {
				return ""
			}
		default:
			return ""
		}
	}
	end := k
	for m := k + 1; m < len(toks) && m-start < 10; m++ {
		t := toks[m]
		if !t.word {
			if t.s == "-" || t.s == "'" || t.s == "’" {
				continue
			}
			break
		}
		if roleBreakers[t.lower] && t.lower != "et" {
			break
		}
		end = m
	}
	// Do not end on a particle ("porte-parole du").
	for end > start && (particles[toks[end].lower] || toks[end].elided) {
		end--
	}
	return f.text[toks[start].b0:toks[end].b1]
}

// corefer gives every mention its canonical form within the article: a
// surname alone, or a shorter form, takes the fullest person name ending
// with it; acronyms take their expansion; everything else its own text.
func (f *finder) corefer() {
	type full struct {
		idx  int
		text string
	}
	// Persons' full names by their folded suffixes ("pen", "le pen").
	bySuffix := map[string][]full{}
	for i, s := range f.spans {
		if s.kind != Person || s.t1-s.t0 < 2 {
			continue
		}
		text := f.spanText(s)
		for k := s.t0 + 1; k < s.t1; k++ {
			if !f.nameWord(k) || f.toks[k-1].s == "." {
				continue
			}
			key := foldName(f.text[f.toks[k].b0:f.toks[s.t1-1].b1])
			bySuffix[key] = append(bySuffix[key], full{i, text})
		}
	}
	// Kinds by text, from the mentions a cue or a gazetteer classified,
	// for the mentions classified by default only.
	if f.votes == nil {
		f.votes = map[string][3]int{}
	}
	clear(f.votes)
	for _, s := range f.spans {
		if k := kindIndex(s.kind); k >= 0 && !s.weak {
			key := foldName(f.spanText(s))
			v := f.votes[key]
			v[k]++
			f.votes[key] = v
		}
	}
	groupCanon := map[int]string{}
	for _, s := range f.spans {
		if s.group != 0 && s.canonical != "" {
			groupCanon[s.group] = s.canonical
		}
	}
	var buf [96]byte
	for i := range f.spans {
		s := &f.spans[i]
		text := f.spanText(*s)
		key := foldInto(buf[:0], text)
		if fulls := bySuffix[string(key)]; len(fulls) > 0 && !(s.placeCue && lookup(text).place()) && !(s.kind == Organisation && s.acronym) {
			// The nearest full form before, else the first after.
			best := fulls[0]
			for _, fl := range fulls {
				if fl.idx < i {
					best = fl
				}
			}
			s.kind = Person
			s.canonical = best.text
			if s.role == "" {
				s.role = f.spans[best.idx].role
			}
			continue
		}
		if s.kind == Other || s.weak {
			if v, ok := f.votes[string(key)]; ok {
				best := 0
				for k := range v {
					if v[k] > v[best] {
						best = k
					}
				}
				s.kind = voteKinds[best]
			}
		}
		if s.group != 0 {
			if c, ok := groupCanon[s.group]; ok {
				s.canonical = c
				continue
			}
		}
		s.canonical = normalSpace(text)
	}
}

// normalSpace returns s with runs of white space made one space.
func normalSpace(s string) string {
	prevSpace := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		sp := c == ' ' || c == '\n' || c == '\t' || c == '\r'
		if sp && (c != ' ' || prevSpace) {
			return strings.Join(strings.Fields(s), " ")
		}
		prevSpace = sp
	}
	return s
}

// verbLike reports a lower-case word whose ending marks a verb form (a
// participle, a finite form), which a role does not hold.
func verbLike(w string) bool {
	for _, suf := range []string{"é", "és", "ait", "aient", "ont", "era", "eront", "ent", "ed", "ing"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

func isRole(w string) bool {
	return roles[w] || roles[strings.TrimPrefix(strings.TrimPrefix(w, "ex-"), "vice-")]
}

// orgApposition reports a noun of organisation right before a name: "l'agence
// Reuters", "le groupe Danone", "le quotidien Le Monde".
func (f *finder) orgApposition(t0 int) bool {
	k := t0 - 1
	return k >= 0 && f.toks[k].word && !f.toks[k].cap && orgNouns[f.toks[k].lower]
}

// voteKinds are the kinds counted when mentions of one text vote.
var voteKinds = [3]string{Person, Organisation, Place}

func kindIndex(kind string) int {
	for i, k := range voteKinds {
		if k == kind {
			return i
		}
	}
	return -1
}
