package quote

import (
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/recoupe/recoupe/internal/tokens"
)

// ment is a mention placed on the tokens, with what the speaker search
// needs to know about it.
type ment struct {
	Mention
	t0, t1 int // token range
	// person is set for people, and for names of unknown kind found by the
	// fallback heuristic; org for organisations.
	person, org bool
	// prep is set when a preposition comes before the mention ("à l'AFP",
	// "du Kremlin"): it is then no subject.
	prep    bool
	inQuote bool
	gender  byte // 'm', 'f' or 0
	// canon is the mention whose name this one stands for (itself, or
	// a longer mention ending with the same word: "Dupont" for "Jean
	// Dupont").
	canon int
}

// span is the token range of a piece and of its marks.
type span struct {
	ot, ct int // opening and closing mark tokens, -1 when absent
	t0, t1 int // tokens of the quoted words
	sent   int
	keep   bool
	words  int
}

// analysis is the state of one call to Find.
type analysis struct {
	rs    []rune
	x     *tokens.Text // the shared token stream of the text
	tab   table
	en    bool
	toks  []token
	pcs   []piece
	spans []span
	ments []ment
	// sentLo and sentHi are the token ranges of the sentences.
	sentLo, sentHi []int
	spk            []speaker
	key            []byte
}

// cl returns the classes of word t, looking it up the first time.
func (a *analysis) cl(t *token) wordClass {
	if t == nil {
		return 0
	}
	if !t.looked {
		t.looked = true
		switch {
		case t.kind != tWord || t.r1-t.r0 > 24:
		case t.p0 >= 0:
			t.cls = a.tab[a.x.Lower(int(t.p0), int(t.p1))]
		default:
			a.key = lowerKey(a.key, a.rs[t.r0:t.r1])
			t.cls = a.tab[string(a.key)]
		}
	}
	return t.cls
}

// placePieces finds the tokens of every piece and marks them.
func (a *analysis) placePieces() {
	a.spans = a.spans[:0]
	for k, p := range a.pcs {
		s := span{ot: -1, ct: -1, keep: true}
		s.t0 = a.tokenAt(p.start)
		s.t1 = a.tokenAt(p.end)
		if i := a.tokenAt(p.open); i < len(a.toks) && a.toks[i].r0 == p.open && a.toks[i].kind == tPunct {
			s.ot = i
			a.toks[i].pm = 'o'
		}
		if p.close >= 0 {
			if i := a.tokenAt(p.close); i < len(a.toks) && a.toks[i].r0 == p.close {
				s.ct = i
				a.toks[i].pm = 'c'
			}
		}
		if p.close < 0 && !p.contNext {
			a.cutUnclosed(k, &s)
		}
		for i := s.t0; i < s.t1; i++ {
			a.toks[i].q = int32(k)
			if a.toks[i].kind == tWord {
				s.words++
			}
		}
		a.spans = append(a.spans, s)
	}
}

// cutUnclosed ends a quote left open at the end of its paragraph before
// a reporting clause inside it: "« Nous partirons, a-t-il dit." ends at
// the comma.
func (a *analysis) cutUnclosed(k int, s *span) {
	for c := s.t0 + 1; c+1 < s.t1; c++ {
		t := &a.toks[c]
		if t.kind != tPunct || (t.ch != ',' && t.ch != '—' && t.ch != '–') {
			continue
		}
		for j := c + 1; j < s.t1 && j <= c+3; j++ {
			if u := &a.toks[j]; u.kind == tWord && (u.inv != 0 || a.isCue(j) || a.isVerb(j)) {
				s.t1 = c
				e := t.r0
				for e > a.pcs[k].start && unicode.IsSpace(a.rs[e-1]) {
					e--
				}
				a.pcs[k].end = e
				return
			}
		}
	}
}

// tokenAt returns the index of the first token starting at or after rune
// offset r.
func (a *analysis) tokenAt(r int) int {
	return sort.Search(len(a.toks), func(i int) bool { return a.toks[i].r0 >= r })
}

// isEnd reports whether r ends a sentence.
func isEnd(r rune) bool { return r == '.' || r == '!' || r == '?' || r == '…' }

// sentences splits the tokens into sentences. Sentences do not end inside
// quotes: a quote of several sentences belongs to the sentence around it.
func (a *analysis) sentences() {
	a.sentLo, a.sentHi = a.sentLo[:0], a.sentHi[:0]
	a.sentLo = append(a.sentLo, 0)
	n := len(a.toks)
	for i := range a.toks {
		a.toks[i].sent = int32(len(a.sentLo) - 1)
		if i+1 < n && a.boundaryAfter(i) {
			a.sentHi = append(a.sentHi, i+1)
			a.sentLo = append(a.sentLo, i+1)
		}
	}
	a.sentHi = append(a.sentHi, n)
	for k := range a.spans {
		if t := a.spans[k].t0; t < n {
			a.spans[k].sent = int(a.toks[t].sent)
		}
	}
}

func (a *analysis) boundaryAfter(i int) bool {
	t := &a.toks[i]
	if t.kind == tPara {
		return true
	}
	if t.kind != tPunct || t.q >= 0 {
		return false
	}
	switch {
	case t.pm == 'c':
		if i == 0 || a.toks[i-1].kind != tPunct || !isEnd(a.toks[i-1].ch) {
			return false
		}
	case isEnd(t.ch) && t.pm == 0:
		if i > 0 {
			p := &a.toks[i-1]
			if p.kind == tWord && (a.cl(p)&cTitle != 0 || (p.r1-p.r0 == 1 && p.cap)) {
				return false // "M. Dupont", "J. Biden"
			}
		}
	default:
		return false
	}
	nx := &a.toks[i+1]
	switch {
	case nx.kind == tPara:
		return false // the break itself ends the sentence
	case nx.kind == tWord:
		return nx.cap || unicode.IsDigit(a.rs[nx.r0])
	case nx.pm == 'o':
		return true
	}
	switch nx.ch {
	case '—', '–', '-', '(', '«', '“', '"':
		return true
	}
	return false
}

// placeMentions puts the given mentions, or the names the fallback finds,
// on the tokens.
func (a *analysis) placeMentions(ents []Mention) {
	a.ments = a.ments[:0]
	if ents == nil {
		a.findNames()
	} else {
		sorted := sort.SliceIsSorted(ents, func(i, j int) bool { return ents[i].Start < ents[j].Start })
		if !sorted {
			ents = append([]Mention(nil), ents...)
			sort.SliceStable(ents, func(i, j int) bool { return ents[i].Start < ents[j].Start })
		}
		for _, e := range ents {
			if e.Start < 0 || e.End > len(a.rs) || e.Start >= e.End {
				continue
			}
			t0, t1 := a.tokenAt(e.Start), a.tokenAt(e.End)
			if t0 >= t1 || a.toks[t0].ms >= 0 {
				continue
			}
			m := ment{Mention: e, t0: t0, t1: t1}
			switch e.Kind {
			case "person", "per", "PER":
				m.person = true
			case "organisation", "organization", "org", "ORG":
				m.org = true
			}
			a.addMention(m)
		}
	}
	for i := range a.ments {
		a.describe(&a.ments[i])
	}
	a.shareGender()
}

func (a *analysis) addMention(m ment) {
	if m.t1 <= m.t0 || a.toks[m.t0].ms >= 0 || a.toks[m.t1-1].me >= 0 {
		return
	}
	k := int32(len(a.ments))
	a.toks[m.t0].ms = k
	a.toks[m.t1-1].me = k
	a.ments = append(a.ments, m)
}

// describe sets whether a mention is quoted, follows a preposition, and
// its gender when a title or a role gives it.
func (a *analysis) describe(m *ment) {
	m.inQuote = a.toks[m.t0].q >= 0
	if i := m.t0 - 1; i >= 0 {
		p := &a.toks[i]
		if p.kind == tWord && a.cl(p)&cDet != 0 && a.cl(p)&cPrep == 0 && i > 0 {
			p = &a.toks[i-1]
		}
		m.prep = p.kind == tWord && a.cl(p)&cPrep != 0
	}
	if !m.person {
		return
	}
	// A title just before: "M. Dupont", "Mme Durand".
	for i := m.t0 - 1; i >= 0 && i >= m.t0-2; i-- {
		t := &a.toks[i]
		if t.kind == tWord && a.cl(t)&cTitle != 0 {
			m.gender = genderOf(a.cl(t))
			return
		}
	}
	// A first name: "Angela Merkel".
	if f := &a.toks[m.t0]; m.t1-m.t0 >= 2 && f.kind == tWord {
		switch a.cl(f) & (cFirstF | cFirstM) {
		case cFirstF:
			m.gender = 'f'
			return
		case cFirstM:
			m.gender = 'm'
			return
		}
	}
	// A role before ("la ministre de la Santé, Agnès Buzyn") or after in
	// apposition ("Agnès Buzyn, la ministre").
	lo := max(0, m.t0-7)
	for i := m.t0 - 1; i >= lo; i-- {
		t := &a.toks[i]
		if t.kind == tPunct && t.ch != ',' && t.ch != '\'' {
			break
		}
		if t.kind == tWord && a.cl(t)&cRole != 0 {
			if g := a.roleGender(i); g != 0 {
				m.gender = g
			}
			return
		}
	}
	if i := m.t1; i+2 < len(a.toks) && a.toks[i].ch == ',' && a.toks[i].kind == tPunct {
		for j := i + 1; j < len(a.toks) && j <= i+3; j++ {
			if t := &a.toks[j]; t.kind == tWord && a.cl(t)&cRole != 0 {
				m.gender = a.roleGender(j)
				return
			}
		}
	}
}

// roleGender returns the gender a role word at i and its determiner give.
func (a *analysis) roleGender(i int) byte {
	if g := genderOf(a.cl(&a.toks[i])); g != 0 {
		return g
	}
	if i > 0 && a.toks[i-1].kind == tWord && a.cl(&a.toks[i-1])&cDet != 0 {
		return genderOf(a.cl(&a.toks[i-1]))
	}
	return 0
}

func genderOf(c wordClass) byte {
	switch {
	case c&cFem != 0 && c&cMasc == 0:
		return 'f'
	case c&cMasc != 0 && c&cFem == 0:
		return 'm'
	}
	return 0
}

// shareGender sets every mention's canon, the mention whose name it
// stands for, and gives every mention of a person the gender another
// mention of the same person has.
func (a *analysis) shareGender() {
	for i := range a.ments {
		m := &a.ments[i]
		m.canon = i
		if m.Canonical != "" || !m.person {
			continue
		}
		// The longest person mention ending with the same word.
		for j := range a.ments {
			o := &a.ments[j]
			if o.person && o.Canonical == "" && o.End-o.Start > a.ments[m.canon].End-a.ments[m.canon].Start &&
				a.sameWord(o.t1-1, m.t1-1) {
				m.canon = j
			}
		}
	}
	for i := range a.ments {
		m := &a.ments[i]
		if !m.person || m.gender != 0 {
			continue
		}
		for j := range a.ments {
			o := &a.ments[j]
			if o.person && o.gender != 0 && a.samePerson(i, j) {
				m.gender = o.gender
				break
			}
		}
	}
}

// samePerson reports whether mentions i and j name the same person: the
// same canonical name, or the same last word of it.
func (a *analysis) samePerson(i, j int) bool {
	x, y := &a.ments[i], &a.ments[j]
	if x.canon == y.canon {
		return true
	}
	if x.Canonical != "" || y.Canonical != "" {
		return lastWord(a.baseName(i)) == lastWord(a.baseName(j))
	}
	return a.sameWord(x.t1-1, y.t1-1)
}

// sameWord reports whether tokens i and j are the same word.
func (a *analysis) sameWord(i, j int) bool {
	x, y := &a.toks[i], &a.toks[j]
	if x.r1-x.r0 != y.r1-y.r0 {
		return false
	}
	return slices.Equal(a.rs[x.r0:x.r1], a.rs[y.r0:y.r1])
}

// lastWord returns the last space-separated word of s.
func lastWord(s string) string {
	return s[strings.LastIndexByte(s, ' ')+1:]
}

// baseName returns the name mention i stands for: its canonical form when
// the recognizer gives one, else the text of the longest person mention
// ending with the same word.
func (a *analysis) baseName(i int) string {
	m := &a.ments[i]
	if m.Canonical != "" {
		return m.Canonical
	}
	c := &a.ments[m.canon]
	if c.Text == "" {
		c.Text = string(a.rs[c.Start:c.End])
	}
	return c.Text
}

// name returns the name to report for mention i. It is baseName, but for
// an organisation written as an acronym, which keeps its written form
// ("Medef" rather than its expansion), and for a person, whose name is
// completed by a longer mention starting or ending with it ("Xi" is "Xi
// Jinping") and by the particles that follow it in the text and that a
// recognizer may leave out ("Samir Abdelaziz el-Masri", "Jonas van der
// Poel").
func (a *analysis) name(i int) string {
	m := &a.ments[i]
	n := a.baseName(i)
	if m.org && m.t1-m.t0 == 1 && m.Text != "" && strings.Contains(n, " ") {
		return m.Text
	}
	if !m.person {
		return n
	}
	if !strings.Contains(n, " ") {
		best := n
		for j := range a.ments {
			if !a.ments[j].person {
				continue
			}
			o := a.baseName(j)
			if len(o) > len(best) && (strings.HasPrefix(o, n+" ") || strings.HasSuffix(o, " "+n)) {
				best = o
			}
		}
		n = best
	}
	if tail := a.nameTail(m); tail != "" && !strings.HasSuffix(n, tail) {
		n += " " + tail
	}
	return n
}

// nameTail returns the particles and name following mention m, when they
// are part of the name: "el-Masri", "van der Poel", "de La Rochère".
func (a *analysis) nameTail(m *ment) string {
	i := m.t1
	if i >= len(a.toks) || a.toks[i].r0 != a.toks[i-1].r1+1 || a.toks[i].q >= 0 {
		return ""
	}
	j := i
	for j < len(a.toks) && j < i+3 {
		t := &a.toks[j]
		if t.kind != tWord || t.cap {
			break
		}
		w := a.rs[t.r0:t.r1]
		if k := slices.Index(w, '-'); k > 0 && k <= 4 && k+1 < len(w) && unicode.IsUpper(w[k+1]) {
			return string(a.rs[a.toks[i].r0:t.r1]) // "al-Zaoui"
		}
		if !a.tailParticle(j) {
			return ""
		}
		j++
	}
	if j == i || j >= len(a.toks) || a.toks[j].kind != tWord || !a.toks[j].cap || a.cl(&a.toks[j])&(cStopCap|cVerb) != 0 && !a.isArticle(j) {
		return ""
	}
	if a.isArticle(j) { // "de La Rochère"
		if j+1 >= len(a.toks) || a.toks[j+1].kind != tWord || !a.toks[j+1].cap {
			return ""
		}
		j++
	}
	return string(a.rs[a.toks[i].r0:a.toks[j].r1])
}

// tailParticle reports whether token j is a particle that continues a
// name; "de" only before a capitalised article ("de La Rochère").
func (a *analysis) tailParticle(j int) bool {
	t := &a.toks[j]
	w := a.rs[t.r0:t.r1]
	switch string(w) {
	case "van", "von", "der", "den", "da", "di", "dos", "del", "al", "el", "bin", "ben", "ibn", "abu", "ter", "ten":
		return true
	case "de":
		return j+1 < len(a.toks) && a.isArticle(j+1)
	}
	return false
}

// isArticle reports whether token j is a capitalised article of a name:
// "La", "Le", "Los", "Las".
func (a *analysis) isArticle(j int) bool {
	t := &a.toks[j]
	switch string(a.rs[t.r0:t.r1]) {
	case "La", "Le", "Los", "Las":
		return true
	}
	return false
}

// findNames is the fallback when no mentions are given: runs of
// capitalised words outside quotes, joined by particles ("Jean de La
// Fontaine"), are names. A title before makes a person, a head word
// ("Ministère") an organisation, two words or more a person; one word
// alone is of unknown kind and may be a speaker.
func (a *analysis) findNames() {
	toks := a.toks
	notName := cStopCap | cVerb | cAux | cPrep | cDet | cTitle | cPron | cRole | cCue
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		if t.kind != tWord || !t.cap || t.q >= 0 || a.cl(t)&notName != 0 && a.cl(t)&cOrgHead == 0 {
			continue
		}
		j := i + 1
		for j < len(toks) {
			n := &toks[j]
			if n.kind == tWord && n.cap && n.q < 0 && a.cl(n)&(cVerb|cAux|cPron) == 0 {
				j++
				continue
			}
			if n.kind == tWord && !n.cap && a.cl(n)&cParticle != 0 {
				// "von der Leyen", "de La Fontaine"
				k := j + 1
				for k < len(toks) && k < j+3 && toks[k].kind == tWord && !toks[k].cap && a.cl(&toks[k])&cParticle != 0 {
					k++
				}
				if k < len(toks) && toks[k].kind == tWord && toks[k].cap && toks[k].q < 0 {
					j = k + 1
					continue
				}
			}
			break
		}
		// "le ministre de l'Intérieur Gérald Darmanin": a capitalised
		// word after an article or a preposition and before a name is
		// a name of its own.
		if j-i >= 3 && i > 0 && toks[i-1].kind == tWord && a.cl(&toks[i-1])&(cDet|cPrep) != 0 {
			j = i + 1
		}
		m := ment{t0: i, t1: j}
		m.Start, m.End = t.r0, toks[j-1].r1
		titled := i >= 1 && toks[i-1].kind == tWord && a.cl(&toks[i-1])&cTitle != 0 ||
			i >= 2 && toks[i-1].ch == '.' && toks[i-2].kind == tWord && a.cl(&toks[i-2])&cTitle != 0
		switch {
		case titled:
			m.person = true
		case a.cl(t)&cOrgHead != 0 || a.allCaps(t):
			m.org = true
		default:
			m.person = true // a name of unknown kind is taken for a person
		}
		if m.person {
			m.Kind = "person"
		} else {
			m.Kind = "organisation"
		}
		a.addMention(m)
		i = j - 1
	}
}

// allCaps reports whether a word of two letters or more is in capitals.
func (a *analysis) allCaps(t *token) bool {
	if t.r1-t.r0 < 2 {
		return false
	}
	for _, r := range a.rs[t.r0:t.r1] {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}
