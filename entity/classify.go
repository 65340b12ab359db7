package entity

import (
	"strings"
	"sync"
	"unicode"
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
	text := f.spanText(*s)
	var buf [96]byte
	whole := gaz.names[string(foldInto(buf[:0], text))]
	fc, lc := f.tokCls(s.t0), f.tokCls(s.t1-1)
	s.placeCue = f.placeCue(s.t0)
	role := f.roleBefore(s.t0)
	if role == "" {
		role = f.roleAfter(s.t1)
	}
	// English has no lexicon here: a word unknown to the gazetteers
	// opening a sentence is a name only if the text names it elsewhere.
	s.doubtful = f.en && n == 1 && first.start && whole == 0 && !first.upper && !s.title
	switch {
	case s.kind != "":
	case s.title:
		s.kind = Person
	case n == 1 && !first.upper && f.common(s.t0) && whole&^clTown == 0 && !first.is(cOrgHead) &&
		!(whole&clTown != 0 && s.placeCue && !first.is(cOpener)):
		// A capitalised common word: a portfolio ("de l'Intérieur"), a
		// heading; no entity.
		s.skip = true
	case f.isAgency(*s), institutionNames[string(foldInto(buf[:0], text))]:
		s.kind = Organisation
	case f.dateline(*s):
		s.kind = Place
	case n > 1 && !first.upper && (first.is(cEventHead) || first.lower == "tour" && f.placeComplement(s.t0+1)):
		// "Festival d'Avignon", "Tour de France".
		s.kind = Other
	case first.is(cVenue) && n > 1 && !first.upper && f.placeComplement(s.t0+1),
		last.is(cVenue) && n > 1 && !last.upper && !last.is(cOrgHead):
		// "Stade de France", "Aviva Stadium"; "Stade rennais" is a club.
		s.kind = Place
	case whole&(clCountry|clCity|clRegion) != 0 && !(fc&clFirst != 0 && n > 1 && !s.placeCue):
		s.kind = Place
	case n == 1 && first.upper && !first.digit && utf8.RuneCountInString(first.s) <= 6:
		s.kind = Organisation
	case role != "" && whole&(clOrg|clProper) == 0 && !first.is(cOrgHead) && !f.hasAcronym(*s):
		s.kind = Person
	case first.is(cOrgHead) || last.is(cOrgSuffix) || whole&clOrg != 0 || f.orgCue(s.t0) ||
		f.orgApposition(s.t0) || f.hasAcronym(*s) || f.brandCase(*s):
		s.kind = Organisation
	case whole&clGeo != 0 && !(fc&clFirst != 0 && n > 1 && !s.placeCue):
		// A region, river or mountain of the dictionary, after the
		// organisation cues: the list holds a few bodies ("Medef").
		s.kind = Place
	case n > 1 && f.firstName(s.t0) && fc&clCountry == 0:
		s.kind = Person
	case first.is(cPlaceHead) && n > 1, strings.HasPrefix(first.lower, "saint-"), strings.HasPrefix(first.lower, "sainte-"):
		s.kind = Place
	case f.arabicName(*s):
		s.kind = Person
	case s.placeCue:
		s.kind = Place
	case whole&clProper != 0 || (whole == 0 && knownPlaceSpelling(text)):
		s.kind, s.weak = Place, true
	case whole&clSurname != 0 || (n > 1 && lc&clSurname != 0):
		s.kind = Person
	case n > 1 && f.unknownWords(*s):
		s.kind, s.weak = Person, true
	case first.digit:
		s.kind = Organisation
	case n == 1 && fc&clFirst != 0 && fc&^(clFirst|clSurname|clTown) == 0:
		s.kind, s.weak = Person, true
	case whole&clTown != 0:
		s.kind, s.weak = Place, true
	default:
		s.kind = Other
	}
	if s.kind == Person {
		s.role = role
	}
}

// arabicName reports a name holding an Arabic article or a filiation
// particle after its first word, or made of one such word: "Bachar
// al-Assad", "Oussama ben Laden", "al-Hourani".
func (f *finder) arabicName(s span) bool {
	for k := s.t0; k < s.t1; k++ {
		t := f.toks[k]
		if particleName(t.s) && (k > s.t0 || s.t1-s.t0 == 1) {
			return true
		}
		if k > s.t0 && !t.cap && (t.lower == "ben" || t.lower == "bin" || t.lower == "ibn" || t.lower == "ould" || t.lower == "abou" || t.lower == "abu") {
			return true
		}
	}
	return false
}

// isAgency reports a press agency: a known one ("Reuters", "Belga"), or a
// name in parentheses before a dash, as in the dateline "SOFIA, 4 mars
// (Reuters) - ".
func (f *finder) isAgency(s span) bool {
	var buf [96]byte
	if newsAgencies[string(foldInto(buf[:0], f.spanText(s)))] {
		return true
	}
	toks := f.toks
	return s.t0 > 0 && s.t1+1 < len(toks) && toks[s.t0-1].s == "(" && toks[s.t1].s == ")" &&
		isDash(toks[s.t1+1].s)
}

func isDash(s string) bool { return s == "-" || s == "–" || s == "—" }

// dateline reports an upper-case place name opening a paragraph and
// followed by a comma, a parenthesis or a dash: "KIEV, 12 mars (AFP) -",
// "SOFIA (Reuters) -".
func (f *finder) dateline(s span) bool {
	toks := f.toks
	if !toks[s.t0].upper || s.t1 >= len(toks) || (s.t0 > 0 && !toks[s.t0].gap) {
		return false
	}
	for k := s.t0; k < s.t1; k++ {
		if toks[k].word && !toks[k].upper {
			return false
		}
	}
	if s.t0 > 0 && !f.lineStart(s.t0) {
		return false
	}
	next := toks[s.t1].s
	return next == "," || next == "(" || isDash(next)
}

// lineStart reports whether token k is the first of its line.
func (f *finder) lineStart(k int) bool {
	if k == 0 {
		return true
	}
	between := f.text[f.toks[k-1].b1:f.toks[k].b0]
	return strings.ContainsAny(between, "\n\r")
}

// placeComplement reports "de"/"du"/"des" (and an article) then a
// capitalised word at token k: the complement of "Stade de France".
func (f *finder) placeComplement(k int) bool {
	toks := f.toks
	if k >= len(toks) || !(toks[k].lower == "de" || toks[k].lower == "du" || toks[k].lower == "des" || toks[k].lower == "d'") {
		return false
	}
	k++
	if k < len(toks) && (toks[k].lower == "la" || toks[k].lower == "l'") {
		k++
	}
	return f.nameWord(k)
}

// hasAcronym reports a span of several words holding an upper-case acronym
// while not being all upper-case: "SNCF Voyageurs", "CHU de Lille", "Oddo
// BHF" name organisations.
func (f *finder) hasAcronym(s span) bool {
	if s.t1-s.t0 < 2 {
		return false
	}
	acr, lower := false, false
	for k := s.t0; k < s.t1; k++ {
		t := f.toks[k]
		if !t.word {
			continue
		}
		switch {
		case t.upper && !t.digit && utf8.RuneCountInString(t.s) <= 6:
			acr = true
		case !t.upper:
			lower = true
		}
	}
	return acr && lower
}

// brandCase reports a word written with a capital inside it, after a
// lower-case letter: "SpaceX", "TotalEnergies", "WhatsApp" are companies
// and brands. Names of Celtic, Dutch or Italian form ("McCarthy",
// "DiCaprio", "LeBlanc") are not.
func (f *finder) brandCase(s span) bool {
	for k := s.t0; k < s.t1; k++ {
		t := f.toks[k]
		if !t.word || t.upper {
			continue
		}
		prevLower := false
		for i, r := range t.s {
			if unicode.IsUpper(r) && prevLower {
				switch p := t.s[:i]; p {
				case "Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von", "Fitz", "O'":
				default:
					return true
				}
			}
			prevLower = unicode.IsLower(r)
		}
	}
	return false
}

// firstName reports whether token k is a first name, a hyphenated one
// ("Marie-Hélène") included.
func (f *finder) firstName(k int) bool {
	if f.tokCls(k)&clFirst != 0 {
		return true
	}
	w := f.toks[k].s
	i := strings.IndexByte(w, '-')
	return i > 0 && lookup(w[:i])&clFirst != 0 && lookup(w[i+1:])&clFirst != 0
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
// "en Ukraine", "la ville de Kherson", "la rivière Tcherna", "dans les
// Rhodopes", "les habitants du Gard".
func (f *finder) placeCue(t0 int) bool {
	toks := f.toks
	k := t0 - 1
	if k < 0 || !toks[k].word {
		return false
	}
	p := toks[k].lower
	if toks[k].is(cPlacePrep) {
		return true
	}
	if toks[k].is(cPlaceApposition) && !toks[k].cap {
		return true
	}
	// An article: "dans les Rhodopes", "dans le Gard", "de la Gironde".
	art := p == "le" || p == "la" || p == "les" || p == "l'"
	if art {
		k--
		if k < 0 || !toks[k].word {
			return false
		}
		p = toks[k].lower
		if toks[k].is(cPlaceAfterIn) {
			return true
		}
	}
	if (p == "de" || p == "d'" || (!art && (p == "du" || p == "des"))) && k > 0 && toks[k-1].word && !toks[k-1].cap {
		return toks[k-1].is(cPlaceBeforeDe)
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
	return (p == "du" || p == "de" || p == "d'" || p == "des" || p == "of") && f.toks[k-1].is(cOrgPrepNoun)
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
		if t.is(cRole) {
			// The whole run of role words: "directrice générale".
			for k > 0 && toks[k-1].word && toks[k-1].is(cRole) {
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
		if t.is(cRoleBreaker) || t.digit || verbLike(t.lower) {
			return ""
		}
		if !t.cap && !t.is(cParticle) && !t.elided {
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
	if w := toks[k].lower; !toks[k].is(cRole) {
		switch w {
		case "premier", "première", "ancien", "ancienne", "haut", "haute", "nouveau", "nouvelle", "former":
			if k+1 < len(toks) && toks[k+1].word && toks[k+1].is(cRole) {
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
		if t.is(cRoleBreaker) && t.lower != "et" {
			break
		}
		end = m
	}
	// Do not end on a particle ("porte-parole du").
	for end > start && (toks[end].is(cParticle) || toks[end].elided) {
		end--
	}
	return f.text[toks[start].b0:toks[end].b1]
}

// corefer gives every mention its canonical form within the article: a
// surname alone, or a shorter form, takes the fullest person name ending
// with it; acronyms take their expansion; everything else its own text.
func (f *finder) corefer() {
	if f.byName == nil {
		f.byName = map[string]int{}
	}
	clear(f.byName)
	f.names = f.names[:0]
	var buf [96]byte
	// Persons' full names by their folded suffixes ("pen", "le pen").
	for i, s := range f.spans {
		if s.skip || s.kind != Person || s.t1-s.t0 < 2 {
			continue
		}
		text := f.spanText(s)
		for k := s.t0 + 1; k < s.t1; k++ {
			if !f.nameWord(k) || f.toks[k-1].s == "." {
				continue
			}
			n := f.nameInfo(foldInto(buf[:0], f.text[f.toks[k].b0:f.toks[s.t1-1].b1]))
			f.names[n].fulls = append(f.names[n].fulls, fullName{i, text})
		}
	}
	// Kinds by text, from the mentions a cue or a gazetteer classified,
	// for the mentions classified by default only; the texts surely names.
	f.spanName = f.spanName[:0]
	for _, s := range f.spans {
		if s.skip {
			f.spanName = append(f.spanName, -1)
			continue
		}
		n := f.nameInfo(foldInto(buf[:0], f.spanText(s)))
		f.spanName = append(f.spanName, n)
		if !s.doubtful {
			f.names[n].named = true
		}
		if k := kindIndex(s.kind); k >= 0 && !s.weak {
			f.names[n].votes[k]++
		}
	}
	f.groupCanon = f.groupCanon[:0]
	for range f.groups + 1 {
		f.groupCanon = append(f.groupCanon, "")
	}
	for _, s := range f.spans {
		if s.group != 0 && s.canonical != "" {
			f.groupCanon[s.group] = s.canonical
		}
	}
	for i := range f.spans {
		s := &f.spans[i]
		if s.skip {
			continue
		}
		text := f.spanText(*s)
		info := &f.names[f.spanName[i]]
		if s.doubtful && !info.named && len(info.fulls) == 0 {
			s.skip = true
			continue
		}
		if fulls := info.fulls; len(fulls) > 0 && !(s.placeCue && lookup(text).place()) && !(s.kind == Organisation && s.acronym) {
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
		if v := info.votes; (s.kind == Other || s.weak) && v != [3]int{} {
			best := 0
			for k := range v {
				if v[k] > v[best] {
					best = k
				}
			}
			s.kind = voteKinds[best]
		}
		if s.group != 0 {
			if c := f.groupCanon[s.group]; c != "" {
				s.canonical = c
				continue
			}
		}
		s.canonical = normalSpace(text)
		if s.kind != Organisation && f.allUpper(*s) {
			// A dateline or a heading: "SOFIA" is "Sofia".
			s.canonical = titleCase(s.canonical)
		}
	}
}

// nameInfo returns the index in f.names of what is known of a folded
// text, adding an entry the first time.
func (f *finder) nameInfo(key []byte) int {
	if n, ok := f.byName[string(key)]; ok {
		return n
	}
	f.names = append(f.names, nameInfo{})
	f.byName[string(key)] = len(f.names) - 1
	return len(f.names) - 1
}

// nameInfo is what the mentions of an article tell of one folded text.
type nameInfo struct {
	votes [3]int     // kinds given by cues or gazetteers, by voteKinds
	named bool       // a mention of it is surely a name
	fulls []fullName // persons' full names ending with it
}

// fullName is a person's full name: the span index and its text.
type fullName struct {
	idx  int
	text string
}

// allUpper reports whether every word of a span is upper-case, one of
// them at least four letters long (not an acronym).
func (f *finder) allUpper(s span) bool {
	long := false
	for k := s.t0; k < s.t1; k++ {
		t := f.toks[k]
		if !t.word {
			continue
		}
		if !t.upper {
			return false
		}
		long = long || utf8.RuneCountInString(t.s) >= 4
	}
	return long
}

// titleCase writes an upper-case name the usual way: "SAINT-ÉTIENNE" ->
// "Saint-Étienne", "BOURG-D'OISANS" -> "Bourg-d'Oisans", "LA HAYE" -> "La
// Haye"; particles after the first word stay lower-case.
func titleCase(s string) string {
	isSep := func(r rune) bool { return r == ' ' || r == '-' || r == '\'' || r == '’' }
	var b strings.Builder
	b.Grow(len(s))
	for n := 0; s != ""; n++ {
		end := strings.IndexFunc(s, isSep)
		if end < 0 {
			end = len(s)
		}
		part := strings.ToLower(s[:end])
		if n == 0 || !(particles[part] || part == "d" || part == "l" || part == "sur" || part == "en" || part == "et" || part == "lès") {
			r, size := utf8.DecodeRuneInString(part)
			b.WriteRune(unicode.ToUpper(r))
			part = part[size:]
		}
		b.WriteString(part)
		s = s[end:]
		// The separators after the part, as written.
		for s != "" {
			r, size := utf8.DecodeRuneInString(s)
			if !isSep(r) {
				break
			}
			b.WriteRune(r)
			s = s[size:]
		}
	}
	return b.String()
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

// orgApposition reports a noun of organisation right before a name: "l'agence
// Reuters", "le groupe Danone", "le quotidien Le Monde".
func (f *finder) orgApposition(t0 int) bool {
	k := t0 - 1
	// Up to two adjectives between: "la société publique Rodopi Energia",
	// "le groupe automobile chinois Geely".
	for n := 0; n < 2 && k >= 0 && f.toks[k].word && !f.toks[k].cap && !f.toks[k].is(cOrgNoun) && adjective(f.toks[k].lower); n++ {
		k--
	}
	return k >= 0 && f.toks[k].word && !f.toks[k].cap && f.toks[k].is(cOrgNoun)
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
