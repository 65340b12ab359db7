package entity

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// bilingual groups the French and English acronyms of the same bodies.
// Written for this package: well-known pairs, keyed by folded acronym.
var bilingual, bilingualGroups = func() (map[string]int, [][]string) {
	groups := [][]string{
		{"otan", "nato"}, {"onu", "un", "uno"}, {"oms", "who"}, {"ue", "eu"}, {"aiea", "iaea"},
		{"fmi", "imf"}, {"cpi", "icc"}, {"osce"}, {"omc", "wto"}, {"ocde", "oecd"}, {"opep", "opec"},
		{"bce", "ecb"}, {"cij", "icj"}, {"hcr", "unhcr"}, {"pam", "wfp"}, {"fao"}, {"unicef"},
		{"unesco"}, {"oit", "ilo"}, {"oim", "iom"}, {"cedeao", "ecowas"}, {"ua", "au"},
		{"anase", "asean"}, {"cicr", "icrc"}, {"msf"}, {"ei", "is", "isis", "isil", "eiil"},
		{"unrwa"}, {"bird", "ibrd"}, {"berd", "ebrd"}, {"oua", "oau"}, {"fbi"}, {"cia"}, {"nasa"},
		{"esa"}, {"g7"}, {"g20"}, {"brics"}, {"farc"}, {"pkk"}, {"ira"}, {"eta"},
		{"tpiy", "icty"}, {"ompi", "wipo"}, {"oaci", "icao"}, {"omi", "imo"}, {"omm", "wmo"},
		{"uit", "itu"}, {"aie", "iea"}, {"giec", "ipcc"}, {"cnuced", "unctad"}, {"pnud", "undp"},
		{"ocha"}, {"aelé", "efta"}, {"ocs", "sco"}, {"otsc", "csto"}, {"cei", "cis"},
	}
	m := map[string]int{}
	for i, g := range groups {
		for _, a := range g {
			m[a] = i + 1
		}
	}
	return m, groups
}()

// acronymFunction are the short words an acronym usually skips.
var acronymFunction = set("de", "du", "des", "la", "le", "les", "l'", "d'", "et", "pour", "sur",
	"en", "à", "au", "aux", "of", "the", "and", "for", "on", "in")

// acronymLike reports whether a token can be an acronym: "OTAN", "Otan".
func (f *finder) acronymLike(k int) bool {
	t := f.toks[k]
	if !t.word || t.elided {
		return false
	}
	n := utf8.RuneCountInString(t.s)
	if t.upper {
		return n >= 2 && n <= 10
	}
	return t.cap && n >= 3 && n <= 7 && !strings.ContainsRune(t.s, '-')
}

// acronyms pairs "Nom Long (SIGLE)" and "SIGLE (Nom Long)", then gives the
// same group to later uses of a paired acronym and to its other-language
// form ("OTAN" and "NATO").
func (f *finder) acronyms() {
	toks := f.toks
	for p := 1; p < len(toks); p++ {
		if toks[p].s != "(" {
			continue
		}
		q := p + 1
		for q < len(toks) && q-p < 16 && toks[q].s != ")" && toks[q].s != "(" {
			q++
		}
		if q >= len(toks) || toks[q].s != ")" || q == p+1 {
			continue
		}
		// Nom Long (SIGLE[, SIGLE en anglais])
		if f.acronymLike(p + 1) {
			letters := initialsOf(toks[p+1].s)
			if start := f.expansionBefore(p, letters); start >= 0 {
				f.pair(start, p, p+1, q)
				continue
			}
		}
		// "(Otan, Nato en anglais)": two forms of one acronym.
		if f.acronymLike(p+1) && f.languageNote(p+1, q) {
			f.pair(p+1, p+2, p+1, q)
			continue
		}
		// SIGLE (Nom Long)
		if f.acronymLike(p-1) && toks[p-1].upper && f.nameWord(p+1) {
			letters := initialsOf(toks[p-1].s)
			if f.expansionBefore(q, letters) == p+1 {
				f.pair(p+1, q, p-1, p)
			}
		}
	}
	// Later uses and other-language forms of the paired acronyms.
	if f.byKey == nil {
		f.byKey = map[string]int{}
	}
	byKey := f.byKey
	clear(byKey)
	for _, s := range f.spans {
		if s.group != 0 && s.t1-s.t0 == 1 {
			byKey[foldName(f.spanText(s))] = s.group
		}
	}
	for key, g := range byKey {
		if b := bilingual[key]; b != 0 {
			for _, other := range bilingualGroups[b-1] {
				if _, ok := byKey[other]; !ok {
					byKey[other] = g
				}
			}
		}
	}
	// Unpaired acronyms of the same bilingual group share a group too.
	var buf [64]byte
	for i := range f.spans {
		s := &f.spans[i]
		if s.group != 0 || s.t1-s.t0 != 1 {
			continue
		}
		key := foldInto(buf[:0], f.spanText(*s))
		if g, ok := byKey[string(key)]; ok {
			s.group, s.acronym, s.kind = g, true, Organisation
			continue
		}
		if b := bilingual[string(key)]; b != 0 && (f.toks[s.t0].upper || !inLexicon(string(key))) {
			f.groups++
			g := f.groups
			for _, other := range bilingualGroups[b-1] {
				byKey[other] = g
			}
			s.group, s.acronym, s.kind = g, true, Organisation
		}
	}
}

// pair records the expansion [e0, e1) and the acronyms inside [a0, a1) as
// one group, replacing the spans they overlap.
func (f *finder) pair(e0, e1, a0, a1 int) {
	f.groups++
	g := f.groups
	canonical := normalSpace(f.text[f.toks[e0].b0:f.toks[e1-1].b1])
	kind := Organisation
	if lookup(canonical)&(clCountry|clCity|clRegion) != 0 {
		kind = Place
	}
	f.setSpan(span{t0: e0, t1: e1, kind: kind, acronym: true, group: g, canonical: canonical})
	first := true
	for k := a0; k < a1; k++ {
		if !f.acronymLike(k) {
			continue
		}
		// The acronym itself, and other forms listed with it: "(Otan, Nato
		// en anglais)"; not a word of a comment such as "(en anglais)".
		if first || f.toks[k].upper || bilingual[foldName(f.toks[k].s)] != 0 {
			f.setSpan(span{t0: k, t1: k + 1, kind: kind, acronym: true, group: g, canonical: canonical})
		}
		first = false
	}
}

// setSpan inserts s in order, removing the spans it overlaps.
func (f *finder) setSpan(s span) {
	out := f.spans[:0]
	for _, o := range f.spans {
		if o.t1 <= s.t0 || o.t0 >= s.t1 {
			out = append(out, o)
		}
	}
	i, _ := slices.BinarySearchFunc(out, s.t0, func(o span, t int) int { return o.t0 - t })
	f.spans = slices.Insert(out, i, s)
}

// initialsOf returns the folded letters of an acronym ("Otan" -> "otan").
func initialsOf(s string) []byte {
	var out []byte
	for _, c := range foldName(s) {
		if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' {
			out = append(out, byte(c))
		}
	}
	return out
}

// expansionBefore finds, walking back from token p, the words whose
// initials spell letters ("Organisation du traité de l'Atlantique nord" for
// OTAN), skipping function words and at most two other words. It returns
// the first token of the expansion, or -1.
func (f *finder) expansionBefore(p int, letters []byte) int {
	toks := f.toks
	if len(letters) < 2 {
		return -1
	}
	idx := len(letters) - 1
	skipped := 0
	for k := p - 1; k >= 0 && p-k <= 16; k-- {
		t := toks[k]
		if !t.word {
			if t.s == "-" || t.s == "'" || t.s == "’" {
				continue
			}
			return -1
		}
		if t.digit {
			return -1
		}
		parts := strings.FieldsFunc(foldName(t.s), func(r rune) bool { return r == ' ' || r == '\'' })
		matched := true
		j := idx
		for pi := len(parts) - 1; pi >= 0 && j >= 0; pi-- {
			if parts[pi] == "" || parts[pi][0] != letters[j] {
				matched = false
				break
			}
			j--
		}
		if matched && len(parts) > 0 && idx-j == len(parts) {
			idx = j
			if idx < 0 {
				if !t.cap && !t.is(cOrgHead) {
					return -1
				}
				return k
			}
			continue
		}
		if t.is(cAcronymFunction) || t.elided {
			continue
		}
		skipped++
		if skipped > 2 {
			return -1
		}
	}
	return -1
}

// languageNote reports whether the tokens [a, b) inside parentheses name a
// language, as in "(Otan, Nato en anglais)" or "(UN, in English)".
func (f *finder) languageNote(a, b int) bool {
	for k := a; k+1 < b; k++ {
		w, next := f.toks[k].lower, f.toks[k+1].lower
		if (w == "en" && (next == "anglais" || next == "français" || next == "russe" || next == "arabe" || next == "espagnol" || next == "allemand")) ||
			(w == "in" && (next == "english" || next == "french")) {
			return true
		}
	}
	return false
}
