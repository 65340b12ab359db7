// Package entity finds the people, organisations and places named in a news
// article, and merges the spellings of one entity across articles.
//
// Find works on one article: capitalised word sequences (with the particles
// names hold: "de", "d'", "von", "al-", "ben"...) are classified with cues
// (titles and roles before a person, prepositions before a place, the head
// word of an organisation, acronyms) and with gazetteers derived from Debian
// and npm packages by scripts/gen-gazetteer (countries, cities, regions and
// departments, rivers and mountains of the French dictionary, and GeoNames
// towns as weak evidence). A capitalised word starting a sentence is not a
// name when the French lexicon knows it as a common word, unless a
// capitalised word follows; a capitalised common word alone ("de
// l'Intérieur") is no entity. Place cues ("la rivière X", "dans les X",
// "les habitants de X"), company cues ("la société publique X"), press
// agencies and upper-case datelines ("SOFIA, 4 mars (Reuters) -", canonical
// "Sofia"), streets ("rue de la Paix"), events and venues are recognised.
// "Nom Long (SIGLE)" and "SIGLE (Nom Long)" pair an acronym with its
// expansion. Within the article, a later "M. Zelensky" or "Zelensky" gets
// the fullest form as its Canonical.
//
// Across articles, a Merger groups mentions whose canonical names SameEntity
// calls the same: transliteration variants (Zelensky/Zelenskyy,
// Choïgou/Shoigu, Kadhafi/Gaddafi), forms with and without first names, and
// the French and English acronyms of one body (OTAN/NATO). The mentions of
// one name vote for its kind, so that a name has one kind in a story.
package entity

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/recoupe/recoupe/internal/tokens"
)

// Kinds of entities.
const (
	Person       = "person"
	Organisation = "organisation"
	Place        = "place"
	Other        = "other"
)

// Mention is one name found in a text.
type Mention struct {
	// Start and End are Unicode code-point offsets of the name in the text;
	// Text is the name as written there.
	Start, End int
	Text       string
	// Kind is "person", "organisation", "place" or "other".
	Kind string
	// Canonical is the fullest form of the entity within the article: the
	// full name for a later surname, the expansion of an acronym.
	Canonical string
	// Role is the office or occupation the text gives the person, e.g.
	// "président ukrainien" or "porte-parole du Kremlin", "" when none.
	Role string
}

// span is a candidate name: tokens [t0, t1).
type span struct {
	t0, t1    int
	kind      string
	role      string
	canonical string
	title     bool // preceded by a title ("M.", "Mme")
	acronym   bool // an acronym, or the expansion of one
	group     int  // acronym group, 0 for none
	placeCue  bool
	weak      bool // kind given by default, without a cue
	skip      bool // no entity after all: a capitalised common word
	doubtful  bool // an unknown English word opening a sentence: kept if named elsewhere
}

// Find returns the people, organisations and places named in text, in
// order. lang is the article's ISO 639-1 language ("fr", "en"; other values
// are read as French).
//
// Offsets count code points as []rune(text) does: each byte of invalid
// UTF-8 counts as one (and reads as U+FFFD in Text).
func Find(text, lang string) []Mention {
	if !utf8.ValidString(text) {
		text = string([]rune(text))
	}
	x := textPool.Get().(*tokens.Text)
	defer textPool.Put(x)
	x.Reset(text)
	return FindIn(x, lang)
}

// textPool recycles the token streams Find makes.
var textPool = sync.Pool{New: func() any { return new(tokens.Text) }}

// FindIn is Find on a text already split into tokens (package
// internal/tokens), so that the extractors of one article share one
// token stream. A text with invalid UTF-8 is split anew once made valid.
func FindIn(x *tokens.Text, lang string) []Mention {
	loadGazetteer()
	if !utf8.ValidString(x.Src) {
		x = tokens.New(string([]rune(x.Src)))
	}
	text := x.Src
	f := finderPool.Get().(*finder)
	defer func() {
		f.text = ""
		clear(f.toks)
		f.spans = f.spans[:0]
		finderPool.Put(f)
	}()
	f.text, f.en, f.groups = text, lang == "en", 0
	f.toks = fromText(x, f.toks)
	f.cls, f.lex, f.multi = f.cls[:0], f.lex[:0], f.multi[:0]
	for range f.toks {
		f.cls = append(f.cls, clsUnknown)
		f.lex = append(f.lex, 0)
		f.multi = append(f.multi, 0)
	}
	f.candidates()
	f.acronyms()
	for i := range f.spans {
		f.classify(&f.spans[i])
	}
	f.corefer()
	out := make([]Mention, 0, len(f.spans))
	for _, s := range f.spans {
		if s.t1 <= s.t0 || s.skip {
			continue
		}
		a, b := f.toks[s.t0], f.toks[s.t1-1]
		out = append(out, Mention{
			Start: a.r0, End: b.r1, Text: text[a.b0:b.b1],
			Kind: s.kind, Canonical: s.canonical, Role: s.role,
		})
	}
	return out
}

type finder struct {
	text   string
	en     bool
	toks   []token
	cls    []class // gazetteer classes of each token, clsUnknown until looked up
	lex    []int8  // whether each token is a lexicon word: 0 unknown, 1 yes, -1 no
	multi  []uint8 // words of the longest multi-word name each token starts, with cls
	spans  []span
	groups int
	byKey  map[string]int // acronym groups by folded acronym
	// byName indexes names by folded text; spanName gives each span's
	// entry (-1 for none); groupCanon the canonical of each acronym group.
	byName     map[string]int
	names      []nameInfo
	spanName   []int
	groupCanon []string
}

var finderPool = sync.Pool{New: func() any { return new(finder) }}

// tokLex reports whether token k, lower-cased, is in the French lexicon.
func (f *finder) tokLex(k int) bool {
	if f.lex[k] == 0 {
		f.lex[k] = -1
		if inLexicon(f.toks[k].lower) {
			f.lex[k] = 1
		}
	}
	return f.lex[k] == 1
}

// tokCls returns the gazetteer classes of token k, looked up once.
func (f *finder) tokCls(k int) class {
	if f.cls[k] == clsUnknown {
		f.lookupTok(k)
	}
	return f.cls[k]
}

// tokMulti returns the number of words of the longest multi-word
// gazetteer name starting with token k's word, 0 if none.
func (f *finder) tokMulti(k int) int {
	if f.cls[k] == clsUnknown {
		f.lookupTok(k)
	}
	return int(f.multi[k])
}

// lookupTok looks token k up in the gazetteer once for both tables.
func (f *finder) lookupTok(k int) {
	var buf [64]byte
	key := foldInto(buf[:0], f.toks[k].s)
	f.cls[k] = gaz.names[string(key)]
	f.multi[k] = uint8(min(gaz.multi[string(key)], 255))
}

func (f *finder) spanText(s span) string {
	return f.text[f.toks[s.t0].b0:f.toks[s.t1-1].b1]
}

// joined reports whether token k follows token k-1 within a name: one
// space, or nothing after an elision, and no line break.
func (f *finder) joined(k int) bool {
	if k <= 0 || k >= len(f.toks) {
		return false
	}
	t := f.toks[k]
	if t.b0 == f.toks[k-1].b1 {
		return f.toks[k-1].elided || t.s == "."
	}
	return !t.gap
}

func (f *finder) nameWord(k int) bool {
	if k >= len(f.toks) {
		return false
	}
	t := f.toks[k]
	return t.word && (t.cap || t.upper) && !t.elided
}

// candidates collects capitalised sequences as spans.
func (f *finder) candidates() {
	toks := f.toks
	title := false
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if !t.word {
			if t.s != "." {
				title = false
			}
			continue
		}
		if !t.cap && !t.upper {
			if t.is(cStreetHead) {
				if end := f.street(i); end > 0 {
					f.spans = append(f.spans, span{t0: i, t1: end, kind: Place})
					i = end - 1
					title = false
					continue
				}
			}
			if t.lower == "ministère" || t.lower == "ministry" {
				if end := f.orgExtend(i, i+1); end > i+2 {
					f.spans = append(f.spans, span{t0: i, t1: end, kind: Organisation})
					i = end - 1
				}
			}
			title = false
			continue
		}
		if t.elided {
			continue
		}
		// "secrétaire d'État", "coup d'État": part of a phrase, no entity.
		if (t.lower == "état" || t.lower == "etat") && i > 0 && toks[i-1].lower == "d'" {
			continue
		}
		// A role alone ("le Premier ministre"), not a name.
		if t.is(cRole) && !t.upper && !(i+1 < len(toks) && f.nameWord(i+1) && f.joined(i+1)) {
			continue
		}
		// A title: "M. Zelensky", "Mme Hidalgo", "Dr Tedros".
		if t.is(cTitle) && !t.upper {
			next := i + 1
			if next < len(toks) && toks[next].s == "." && toks[next].b0 == t.b1 {
				next++
			} else if t.lower == "m" || t.lower == "mm" {
				next = -1
			}
			if next > 0 && f.nameWord(next) && f.joined(next) {
				title = true
				i = next - 1
				continue
			}
			// "Mme de La Rochère", "M. van der Poel": the particle is part
			// of the name.
			if p := f.particlesAt(next); next > 0 && p > next && f.nameWord(p) && f.joined(p) {
				end := f.extend(next)
				f.spans = append(f.spans, span{t0: next, t1: end, title: true})
				i = end - 1
				title = false
				continue
			}
		}
		end := f.extend(i)
		s := span{t0: i, t1: end, title: title}
		title = false
		if !f.trim(&s) {
			i = end - 1
			continue
		}
		// An organisation's head takes its complement ("Banque de
		// France"); a building standing for one (Élysée) is whole.
		if h := f.toks[s.t0]; h.is(cOrgHead) && !h.upper && !institutionNames[foldName(h.s)] {
			s.t1 = f.orgExtend(s.t0, s.t1)
		}
		f.spans = append(f.spans, s)
		i = s.t1 - 1
	}
}

// particlesAt returns the end of the run of lower-case name particles
// ("de", "de la", "van der", "d'") starting at token k, k itself if none.
func (f *finder) particlesAt(k int) int {
	p := k
	for n := 0; n < 3 && p < len(f.toks) && f.joined(p) && f.toks[p].word && !f.toks[p].cap &&
		(f.toks[p].is(cParticle) || f.toks[p].lower == "d'" || (f.toks[p].lower == "l'" && p > k)); n++ {
		p++
	}
	return p
}

// street returns the end of a street's name whose lower-case head ("rue",
// "boulevard", "place") is token i, or 0: "rue de la République",
// "boulevard Voltaire". "à la place de", "sur place" and "au cours de" are
// no streets.
func (f *finder) street(i int) int {
	toks := f.toks
	w := toks[i].lower
	prev := func(n int) string {
		if i-n < 0 || !toks[i-n].word {
			return ""
		}
		return toks[i-n].lower
	}
	switch p := prev(1); {
	case p == "en" || p == "sur" || p == "au" || p == "du" || p == "des" || (p == "la" && prev(2) == "à"):
		return 0
	}
	k := i + 1
	if k >= len(toks) || !f.joined(k) {
		return 0
	}
	if p := f.particlesAt(k); p > k {
		switch w {
		case "cours", "passage", "square", "promenade":
			return 0 // "au cours de", "le passage de": no particle after these
		}
		k = p
	}
	if !f.nameWord(k) || !f.joined(k) || toks[k].is(cRole) {
		return 0
	}
	return f.extend(k)
}

// extend returns the end of the capitalised sequence starting at i.
func (f *finder) extend(i int) int {
	toks := f.toks
	end := i + 1
	// A multi-word gazetteer name ("République démocratique du Congo").
	if n := f.tokMulti(i); n > 1 {
		if m := f.multiMatch(i, n); m > end {
			end = m
		}
	}
	for end < len(toks) {
		k := end
		// An initial: "George W. Bush".
		if toks[k].s == "." && toks[k].b0 == toks[k-1].b1 && len([]rune(toks[k-1].s)) == 1 && toks[k-1].cap &&
			f.nameWord(k+1) && !toks[k+1].gap {
			end = k + 2
			continue
		}
		if !f.joined(k) {
			break
		}
		if f.nameWord(k) {
			if f.splitBefore(i, k) {
				break
			}
			end = k + 1
			continue
		}
		// Particles between capitalised words: "de", "de la", "d'", "ben", "von der".
		p := k
		for n := 0; n < 3 && p < len(toks) && toks[p].word && !toks[p].cap && f.joined(p) &&
			(toks[p].is(cParticle) || (toks[p].elided && (toks[p].lower == "d'" || (toks[p].lower == "l'" && p > k)))); n++ {
			p++
		}
		if p > k && f.nameWord(p) && f.joined(p) && !toks[p].is(cRole) {
			end = p + 1
			continue
		}
		break
	}
	return end
}

// multiMatch returns the end of the longest multi-word gazetteer name of at
// most n words starting at token i, or 0.
func (f *finder) multiMatch(i, n int) int {
	var buf [128]byte
	b := buf[:0]
	best := 0
	words := 0
	for k := i; k < len(f.toks) && words < n; k++ {
		t := f.toks[k]
		if !t.word {
			if t.s == "-" && t.b0 == f.toks[k-1].b1 {
				continue
			}
			break
		}
		if k > i && !f.joined(k) && !(k > 0 && f.toks[k-1].s == "-") {
			break
		}
		if k > i && !f.toks[k-1].elided {
			b = append(b, ' ')
		}
		b = foldInto(b, t.s)
		words++
		if words > 1 && gaz.names[string(b)] != 0 {
			best = k + 1
		}
	}
	return best
}

// splitBefore reports whether a name ends before token k although k is
// capitalised: "de l'Intérieur Gérald Darmanin", "la maire de Paris Anne
// Hidalgo" put a first name after a common word or a place.
func (f *finder) splitBefore(i, k int) bool {
	next := f.toks[k]
	if next.is(cRole) && !next.upper {
		return true
	}
	if !f.firstName(k) || !f.nameWord(k+1) || !f.joined(k+1) {
		return false
	}
	prev := f.toks[k-1]
	pc := f.tokCls(k - 1)
	if pc.place() || prev.upper {
		return true
	}
	if pc&clFirst != 0 {
		return false
	}
	if pc&(clProper|clOrg) != 0 {
		return true
	}
	return !f.en && f.tokLex(k-1) && pc&^clTown == 0
}

// trim drops from a span's start what is not part of the name: an article
// or common word starting the sentence, an upper-case heading word, a
// capitalised role ("Président"). It reports false when nothing is left.
func (f *finder) trim(s *span) bool {
	for s.t0 < s.t1 {
		t := f.toks[s.t0]
		drop := false
		switch {
		case t.elided:
			drop = true
		case t.is(cRole) && s.t1-s.t0 > 1 && !t.upper:
			drop = true
		case t.start && t.is(cOpener) && !f.wholeKnown(*s):
			drop = true
		case f.en && f.calendar(s.t0):
			drop = true
		case t.start && invertedVerb(t.lower):
			// "Est-ce", "Va-t-elle": a question, no name.
			drop = true
		case t.start && s.t1-s.t0 == 1 && f.common(s.t0):
			drop = true
		case t.start && s.t1-s.t0 > 1 && f.common(s.t0) && !f.wholeKnown(*s) && f.leadingCommon(*s):
			drop = true
		case t.upper && len(t.s) >= 4 && f.common(s.t0) && f.tokCls(s.t0)&^clTown == 0:
			drop = true
		case t.start && s.t1-s.t0 > 2 && !f.en && f.tokLex(s.t0) && !f.nameWord(s.t0+1) && !f.wholeKnown(*s) && !t.is(cOrgHead) && !t.is(cPlaceHead) &&
			!t.is(cEventHead) && !t.is(cVenue) && t.lower != "tour":
			// "Libération d'Ingrid Betancourt": a common word, then a particle.
			drop = true
		}
		if !drop {
			break
		}
		s.t0++
		// Particles left at the start after a drop ("Selon de ...") go too.
		for s.t0 < s.t1 && !f.nameWord(s.t0) {
			s.t0++
		}
	}
	if s.t0 >= s.t1 {
		return false
	}
	// Several common words before two or more unknown capitalised words: the
	// name is the tail ("Défense Juan Manuel Santos").
	if !f.en {
		k := s.t0
		for k < s.t1 && f.nameWord(k) && f.common(k) {
			k++
		}
		if k > s.t0 && s.t1-k >= 2 {
			tailOK := true
			for m := k; m < s.t1; m++ {
				if f.nameWord(m) && f.common(m) {
					tailOK = false
				}
			}
			if tailOK && f.nameWord(k) {
				s.t0 = k
			}
		}
	}
	return true
}

// invertedVerb reports a French verb with its subject pronoun after it:
// "est-ce", "va-t-elle", "faut-il".
func invertedVerb(w string) bool {
	i := strings.LastIndexByte(w, '-')
	if i <= 0 {
		return false
	}
	switch w[i+1:] {
	case "ce", "il", "elle", "ils", "elles", "on", "je", "tu", "nous", "vous":
		return true
	}
	return false
}

// calendar reports an English day or month name at token k: "Tuesday",
// "March", "Aug"; "May" only before a figure or after a preposition.
func (f *finder) calendar(k int) bool {
	t := f.toks[k]
	if t.is(cCalendar) {
		return true
	}
	if t.lower != "may" {
		return false
	}
	if k+1 < len(f.toks) && f.toks[k+1].digit {
		return true
	}
	if k > 0 {
		switch f.toks[k-1].lower {
		case "in", "on", "since", "until", "from", "last", "next", "early", "late", "mid", "of", "by":
			return true
		}
	}
	return false
}

// leadingCommon reports whether a span starting a sentence begins with a
// common word that is not part of the name: the rest is a name on its own.
func (f *finder) leadingCommon(s span) bool {
	t := f.toks[s.t0]
	if f.tokCls(s.t0)&^clTown != 0 || t.is(cOrgHead) || t.is(cPlaceHead) {
		return false
	}
	// "Interrogé Vladimir Poutine": a common word then a known first name.
	next := s.t0 + 1
	return next < s.t1 && f.nameWord(next) && (f.tokCls(next) != 0 || !f.common(next))
}

// common reports whether a capitalised word is a common word of the text's
// language and no gazetteer name.
func (f *finder) common(k int) bool {
	t := f.toks[k]
	if f.en {
		return t.is(cOpener) || englishCommon(t.lower)
	}
	if t.is(cOpener) {
		return true
	}
	if !f.tokLex(k) {
		return false
	}
	c := f.tokCls(k) &^ clTown
	return c == 0 || len(t.lower) <= 3
}

func (f *finder) wholeKnown(s span) bool {
	return s.t1-s.t0 > 1 && lookup(f.spanText(s)) != 0
}

// orgExtend extends an organisation name from its head over lower-case
// adjectives and one complement: "Union européenne", "Organisation mondiale
// de la santé", "ministère russe de la Défense".
func (f *finder) orgExtend(t0, end int) int {
	toks := f.toks
	lowerComplements := 0
	named := false // the last complement was a capitalised name
	for k := end; k < len(toks) && k-t0 < 12; {
		if !f.joined(k) || !toks[k].word {
			break
		}
		t := toks[k]
		if !t.cap && adjective(t.lower) && !t.is(cRole) {
			// "ministère de l'Intérieur marocain": a nationality after a
			// named complement is not part of the name.
			if named && demonym(t.lower) {
				break
			}
			end = k + 1
			k++
			continue
		}
		if !(t.lower == "de" || t.lower == "du" || t.lower == "des" || t.lower == "d'" || t.lower == "pour" || t.lower == "of" || t.lower == "for") {
			break
		}
		p := k + 1
		for p < len(toks) && f.joined(p) && toks[p].word && (toks[p].lower == "la" || toks[p].lower == "l'" || toks[p].lower == "les" || toks[p].lower == "the") {
			p++
		}
		if p >= len(toks) || !f.joined(p) || !toks[p].word || toks[p].digit {
			break
		}
		if f.nameWord(p) {
			// A name inside the name: "Chambre des notaires de la Gironde".
			e := f.extend(p)
			end, k, named = e, e, true
			continue
		}
		if lowerComplements >= 2 || t.lower == "pour" || t.lower == "for" || toks[p].is(cRoleBreaker) || toks[p].is(cParticle) || !f.tokLex(p) {
			break
		}
		lowerComplements++
		end, k, named = p+1, p+1, false
	}
	return end
}

// demonym reports a lower-case adjective of nationality or origin by its
// ending ("marocain", "français", "ukrainienne", "russe").
func demonym(w string) bool {
	w = strings.TrimSuffix(w, "s")
	w = strings.TrimSuffix(w, "e")
	for _, suf := range []string{"ain", "ais", "ois", "ien", "éen", "and", "ol", "iot", "in", "ite", "ique", "ois", "an", "ss"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return w == "belg" || w == "turc" || w == "grec" || w == "russ" || w == "suiss" || w == "tchèqu" || w == "slovaqu"
}

// adjective reports whether a lower-case word looks like an adjective of an
// organisation's name by its ending ("européenne", "mondiale", "islamique").
func adjective(w string) bool {
	if singularAdjective(w) {
		return true
	}
	// A plural: "étrangères", "publiques".
	n := len(w)
	return n > 4 && w[n-1] == 's' && singularAdjective(w[:n-1])
}

func singularAdjective(w string) bool {
	for _, suf := range adjectiveEndings {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+1 && !strings.HasSuffix(w, "ment") {
			return true
		}
	}
	return w == "unies" || w == "nord" || w == "sud" || w == "blanche" || w == "rouge"
}

var adjectiveEndings = []string{"sse", "que", "ande", "and", "ole", "ol", "be", "rde", "ge", "gue", "ale", "ales", "al", "aux", "ique", "iques", "ienne", "iennes", "ien",
	"éenne", "éen", "aise", "ais", "oise", "ois", "aine", "ain", "elle", "el", "ive", "if", "iste",
	"ée", "ées", "aire", "aires", "ionale", "ional", "ial", "uelle", "uel", "ère", "ière", "ier",
	"ite", "eure", "eur", "ante", "ant", "ente", "ent", "ane", "an", "ine", "in", "ste", "nne"}
