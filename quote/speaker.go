package quote

import "unicode"

// speaker is the result of a speaker search.
type speaker struct {
	// ok is set when the search settled the speaker, named or not.
	ok bool
	// m is the mention naming the speaker, -1 when none.
	m int
	// surface is the speaker as written when no mention names it ("le
	// ministre"), "" for an unnamed one ("une habitante").
	surface    string
	start, end int // rune span of surface
	// how says how the speaker was found: "name", "pronoun", "role",
	// "unnamed"; step, set by speakerOf, which clause gave it.
	how, step string
}

var noSpeaker = speaker{m: -1}

func (a *analysis) byMention(m int) speaker { return speaker{ok: true, m: m, how: "name"} }

// unnamed is a settled speaker the text does not name.
var unnamed = speaker{ok: true, m: -1, how: "unnamed"}

// isVerb reports whether token i is a reporting verb: a form of one, not
// preceded by a determiner ("le juge", "une note").
func (a *analysis) isVerb(i int) bool {
	t := &a.toks[i]
	if t.kind != tWord || a.cl(t)&cVerb == 0 {
		return false
	}
	if i > 0 {
		p := &a.toks[i-1]
		if p.kind == tWord && a.cl(p)&cDet != 0 && a.cl(p)&cAux == 0 {
			return false
		}
	}
	return true
}

// subjectOK reports whether mention m can be the subject of a reporting
// verb.
func (a *analysis) subjectOK(m int) bool {
	x := &a.ments[m]
	return (x.person || x.org) && !x.prep && !x.inQuote
}

// isPunct reports whether token i is the punctuation rune r.
func (a *analysis) isPunct(i int, r rune) bool {
	return i >= 0 && i < len(a.toks) && a.toks[i].kind == tPunct && a.toks[i].ch == r
}

// stops reports whether token i ends the search for a subject or a name:
// the end of a sentence or clause, or a quote mark.
func (a *analysis) stops(i int) bool {
	t := &a.toks[i]
	if t.kind == tPara || t.pm != 0 || t.q >= 0 {
		return true
	}
	if t.kind == tPunct {
		switch t.ch {
		case '.':
			return !a.abbrev(i - 1)
		case ';', '!', '?', '…', '«', '»', '“', '”', '"':
			return true
		}
	}
	return false
}

// abbrev reports whether token i is a title or an initial, which a period
// follows without ending the sentence: "M. Dupont", "J. Biden".
func (a *analysis) abbrev(i int) bool {
	if i < 0 {
		return false
	}
	p := &a.toks[i]
	return p.kind == tWord && (a.cl(p)&cTitle != 0 || p.r1-p.r0 == 1 && p.cap)
}

// isCue reports whether token j names a source: "selon", "d'après",
// "according (to)".
func (a *analysis) isCue(j int) bool {
	t := &a.toks[j]
	if t.kind != tWord {
		return false
	}
	if a.cl(t)&cCue != 0 {
		return true
	}
	if a.cl(t)&cApres != 0 && j > 0 {
		p := &a.toks[j-1]
		return p.kind == tWord && p.r1-p.r0 == 2 && unicode.ToLower(a.rs[p.r0]) == 'd' && isApos(a.rs[p.r0+1])
	}
	return false
}

// after looks for the reporting clause following piece k: "», a déclaré
// X", "», a-t-il ajouté", "», selon X", `," he said`, `," Smith said`.
func (a *analysis) after(k int) speaker {
	s := &a.spans[k]
	i := s.t1
	if s.ct >= 0 {
		i = s.ct + 1
	}
	hi := a.sentHi[s.sent]
	if k+1 < len(a.spans) && a.spans[k+1].sent == s.sent {
		hi = min(hi, a.firstTok(k+1))
	}
	for i < hi && a.toks[i].kind == tPunct {
		switch a.toks[i].ch {
		case ',', '—', '–', '-', ')', ':':
			i++
			continue
		}
		break
	}
	for j := i; j < hi && j < i+8; j++ {
		t := &a.toks[j]
		if a.stops(j) {
			break
		}
		if t.kind != tWord {
			continue
		}
		if t.inv != 0 && (j == i || a.cl(t)&(cVerb|cAux) != 0) {
			return a.pronoun(j, t.inv)
		}
		if a.isCue(j) {
			return a.cue(j+1, hi)
		}
		if a.isVerb(j) {
			if sp := a.subjectBefore(i, j); sp.ok {
				return sp
			}
			return a.subjectAfter(j+1, hi)
		}
	}
	return noSpeaker
}

// firstTok returns the first token of piece k, its opening mark included.
func (a *analysis) firstTok(k int) int {
	if s := &a.spans[k]; s.ot >= 0 {
		return s.ot
	}
	return a.spans[k].t0
}

// lastTok returns the token after piece k, its closing mark included.
func (a *analysis) lastTok(k int) int {
	if s := &a.spans[k]; s.ct >= 0 {
		return s.ct + 1
	}
	return a.spans[k].t1
}

// before looks for the reporting clause before piece k in its sentence:
// "X a déclaré : «", "Selon X, «", "Pour X, «", "il a estimé que «", or a
// clause ending with a colon.
func (a *analysis) before(k int) speaker {
	lo, hi := a.beforeRange(k)
	for j := hi - 1; j >= lo; j-- {
		t := &a.toks[j]
		if t.kind != tWord {
			continue
		}
		if a.isCue(j) {
			return a.cue(j+1, hi)
		}
		if a.cl(t)&cFor != 0 && a.clauseStart(j, lo) {
			if sp := a.cue(j+1, hi); sp.m >= 0 {
				return sp
			}
		}
		if t.inv != 0 && a.cl(t)&(cVerb|cAux) != 0 {
			return a.pronoun(j, t.inv)
		}
		if a.isVerb(j) {
			if sp := a.subjectBefore(lo, j); sp.ok {
				return sp
			}
			if sp := a.subjectAfter(j+1, hi); sp.ok {
				return sp
			}
		}
	}
	if hi > lo && a.isPunct(hi-1, ':') {
		return a.subjectLike(lo, hi-1)
	}
	return noSpeaker
}

// beforeRange returns the tokens of piece k's sentence before its opening
// mark, after any earlier quote of the sentence.
func (a *analysis) beforeRange(k int) (lo, hi int) {
	s := &a.spans[k]
	lo, hi = a.sentLo[s.sent], a.firstTok(k)
	if k > 0 && a.spans[k-1].sent == s.sent {
		lo = max(lo, a.lastTok(k-1))
	}
	return lo, hi
}

// clauseStart reports whether token j starts a clause: the sentence start,
// or after a comma or "mais"/"et".
func (a *analysis) clauseStart(j, lo int) bool {
	if j == lo {
		return true
	}
	p := &a.toks[j-1]
	return p.kind == tPunct && (p.ch == ',' || p.ch == ':' || p.ch == '(') || p.kind == tPara
}

// cue returns the source named after "selon", "d'après", "according to",
// "pour": the first person named before the clause ends, else the first
// organisation, else the role named ("selon le ministre").
func (a *analysis) cue(lo, hi int) speaker {
	org := -1
	role := -1
	for j := lo; j < hi && j < lo+14; j++ {
		if a.stops(j) {
			break
		}
		if m := a.toks[j].ms; m >= 0 && !a.ments[m].inQuote {
			if a.ments[m].person {
				return a.byMention(int(m))
			}
			if a.ments[m].org && org < 0 {
				org = int(m)
			}
		}
		if t := &a.toks[j]; t.kind == tWord && a.cl(t)&cRole != 0 && role < 0 {
			role = j
		}
	}
	if org >= 0 {
		return a.byMention(org)
	}
	if role >= 0 {
		return a.roleSpeaker(role)
	}
	return noSpeaker
}

// subjectBefore looks back from the verb at v to lo for its subject: the
// nearest person not after a preposition, or a subject pronoun; an
// organisation only when no person is named in the clause.
func (a *analysis) subjectBefore(lo, v int) speaker {
	c := subjectClues{-1, -1}
	for j := v - 1; j >= lo && j >= v-25; j-- {
		if a.stops(j) {
			break
		}
		if sp, ok := a.clue(&c, j, int(a.toks[j].me), true); ok {
			return sp
		}
	}
	return a.fallback(c)
}

func pronGender(c wordClass) byte {
	if g := genderOf(c); g != 0 {
		return g
	}
	return 'p'
}

// subjectAfter looks for the subject of an inverted verb from lo: "a
// déclaré le porte-parole du Kremlin, Dmitri Peskov", "a indiqué à l'AFP
// Jean Dupont", "a expliqué une habitante". A person is preferred to an
// organisation named first ("a indiqué la CGT par la voix de X").
func (a *analysis) subjectAfter(lo, hi int) speaker {
	c := subjectClues{-1, -1}
	for j := lo; j < hi && j < lo+16; j++ {
		if a.stops(j) {
			break
		}
		if sp, ok := a.clue(&c, j, int(a.toks[j].ms), a.en); ok {
			return sp
		}
	}
	return a.fallback(c)
}

// subjectLike returns the subject of a clause without reporting verb: its
// first person not after a preposition, a subject pronoun, a role, or its
// first organisation.
func (a *analysis) subjectLike(lo, hi int) speaker {
	c := subjectClues{-1, -1}
	for j := lo; j < hi; j++ {
		if t := &a.toks[j]; t.q >= 0 || t.pm != 0 {
			continue
		}
		if sp, ok := a.clue(&c, j, int(a.toks[j].ms), true); ok {
			return sp
		}
	}
	return a.fallback(c)
}

// subjectClues are the first organisation mention and role noun met while
// looking for a clause's subject, -1 when none.
type subjectClues struct{ org, role int }

// clue examines token j, with m the mention it is part of (-1 if none): a
// person, or a subject pronoun when pronouns counts, is the subject (ok);
// otherwise the first organisation and, before any organisation, the
// first role noun are remembered.
func (a *analysis) clue(c *subjectClues, j, m int, pronouns bool) (sp speaker, ok bool) {
	if m >= 0 && a.subjectOK(m) {
		if a.ments[m].person {
			return a.byMention(m), true
		}
		if c.org < 0 {
			c.org = m
		}
	}
	t := &a.toks[j]
	if t.kind != tWord || c.org >= 0 {
		return noSpeaker, false
	}
	cl := a.cl(t)
	if pronouns && cl&cPron != 0 {
		return a.pronoun(j, pronGender(cl)), true
	}
	if cl&cRole != 0 && c.role < 0 {
		c.role = j
	}
	return noSpeaker, false
}

// fallback is the subject when no person was found: the organisation,
// else the person the role noun designates.
func (a *analysis) fallback(c subjectClues) speaker {
	switch {
	case c.org >= 0:
		return a.byMention(c.org)
	case c.role >= 0:
		return a.roleSpeaker(c.role)
	}
	return noSpeaker
}

// roleSpeaker resolves a role noun at i: "une habitante" is unnamed; "le
// ministre" is the last person given that role earlier, else the person
// the sentence is about.
func (a *analysis) roleSpeaker(i int) speaker {
	if i > 0 && a.toks[i-1].kind == tWord && a.cl(&a.toks[i-1])&cIndef != 0 {
		return unnamed
	}
	g := a.roleGender(i)
	role := a.rs[a.toks[i].r0:a.toks[i].r1]
	for m := len(a.ments) - 1; m >= 0; m-- {
		x := &a.ments[m]
		if x.t0 >= i || !x.person || x.inQuote || !compatible(g, x.gender) {
			continue
		}
		if a.hasRole(x, role) {
			return a.byMention(m)
		}
	}
	sp := a.pronoun(i, g)
	if sp.m < 0 {
		t := &a.toks[i]
		s := t.r0
		if i > 0 && a.toks[i-1].kind == tWord && a.cl(&a.toks[i-1])&cDet != 0 {
			s = a.toks[i-1].r0
		}
		return speaker{ok: true, m: -1, surface: string(a.rs[s:t.r1]), start: s, end: t.r1, how: "role"}
	}
	sp.how = "role"
	return sp
}

// hasRole reports whether the text gives mention x the role word role:
// in its Role, or in the words just before it or after it in apposition.
func (a *analysis) hasRole(x *ment, role []rune) bool {
	if x.Role != "" && containsFold([]rune(x.Role), role) {
		return true
	}
	for j := x.t0 - 1; j >= 0 && j >= x.t0-6; j-- {
		if a.stops(j) {
			break
		}
		if a.wordIs(j, role) {
			return true
		}
	}
	if a.isPunct(x.t1, ',') {
		for j := x.t1 + 1; j < len(a.toks) && j <= x.t1+4; j++ {
			if a.wordIs(j, role) {
				return true
			}
		}
	}
	return false
}

// wordIs reports whether token j is the word w, case aside.
func (a *analysis) wordIs(j int, w []rune) bool {
	t := &a.toks[j]
	if t.kind != tWord || t.r1-t.r0 != len(w) {
		return false
	}
	for k, r := range a.rs[t.r0:t.r1] {
		if unicode.ToLower(r) != unicode.ToLower(w[k]) {
			return false
		}
	}
	return true
}

// containsFold reports whether s contains w, case aside.
func containsFold(s, w []rune) bool {
	for i := 0; i+len(w) <= len(s); i++ {
		ok := true
		for k := range w {
			if unicode.ToLower(s[i+k]) != unicode.ToLower(w[k]) {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

func compatible(g, h byte) bool { return g == 0 || g == 'p' || h == 0 || g == h }

// pronoun resolves a subject pronoun at token i of gender g ('m', 'f', or
// 'p' for a plural, left unnamed): the speaker of the last quote or the
// subject of the nearest sentence that has a compatible person, looking
// back at most eight sentences; else the last compatible person named.
func (a *analysis) pronoun(i int, g byte) speaker {
	sp := a.antecedent(i, g)
	if sp.m < 0 && g != 'p' && g != 0 {
		// Genders guessed from articles and names can be wrong ("le
		// porte-parole, Prisca Thévenot"): any person rather than none.
		sp = a.antecedent(i, 0)
	}
	if sp.how == "name" {
		sp.how = "pronoun"
	}
	return sp
}

// antecedent finds the person a pronoun at i of gender g stands for.
func (a *analysis) antecedent(i int, g byte) speaker {
	if g == 'p' {
		return unnamed
	}
	s := int(a.toks[i].sent)
	for back := 0; back < 8 && s >= 0; back, s = back+1, s-1 {
		lo, hi := a.sentLo[s], a.sentHi[s]
		if back == 0 {
			hi = i
		} else if sp := a.sentSpeaker(s); sp.m >= 0 && compatible(g, a.ments[sp.m].gender) && a.ments[sp.m].person {
			return sp
		}
		first, last := -1, -1
		for j := lo; j < hi; j++ {
			m := a.toks[j].ms
			if m < 0 {
				continue
			}
			x := &a.ments[m]
			if !x.person || x.inQuote || !compatible(g, x.gender) {
				continue
			}
			if first < 0 && !x.prep {
				first = int(m)
			}
			last = int(m)
		}
		if first >= 0 {
			return a.byMention(first)
		}
		if last >= 0 && back > 0 {
			return a.byMention(last)
		}
	}
	for m := len(a.ments) - 1; m >= 0; m-- {
		x := &a.ments[m]
		if x.t0 < i && x.person && !x.inQuote && compatible(g, x.gender) {
			return a.byMention(m)
		}
	}
	return unnamed
}

// sentSpeaker returns the speaker of the last quote of sentence s already
// resolved, noSpeaker when none.
func (a *analysis) sentSpeaker(s int) speaker {
	for k := len(a.spk) - 1; k >= 0; k-- {
		if a.spans[k].sent < s {
			break
		}
		if a.spans[k].sent == s && a.spans[k].keep && a.spk[k].ok {
			return a.spk[k]
		}
	}
	return noSpeaker
}

// previous resolves a quote that opens its sentence without reporting
// clause from the sentence before: its quote's speaker, the subject of its
// reporting verb, or its subject.
func (a *analysis) previous(k int) speaker {
	s := a.spans[k].sent - 1
	if s < 0 {
		return noSpeaker
	}
	if sp := a.sentSpeaker(s); sp.ok {
		return sp
	}
	lo, hi := a.sentLo[s], a.sentHi[s]
	like := a.subjectLike(lo, hi)
	for j := hi - 1; j >= lo; j-- {
		if a.toks[j].q < 0 && a.isVerb(j) {
			sp := a.subjectBefore(lo, j)
			if !sp.ok {
				sp = a.subjectAfter(j+1, hi)
			}
			if sp.ok {
				if a.isOrg(sp) && like.m >= 0 && a.ments[like.m].person {
					return like // a person rather than an organisation
				}
				return sp
			}
		}
	}
	return like
}

// isOrg reports whether sp is an organisation's mention.
func (a *analysis) isOrg(sp speaker) bool { return sp.m >= 0 && a.ments[sp.m].org }

// nameLine returns the speaker a standalone quote's next paragraph names,
// as under a pull quote: a short line holding a person's name.
func (a *analysis) nameLine(k int) speaker {
	s := &a.spans[k]
	lo, hi := a.sentLo[s.sent], a.sentHi[s.sent]
	for j := lo; j < hi; j++ {
		t := &a.toks[j]
		if t.kind == tWord && t.q < 0 {
			return noSpeaker // not alone on its line
		}
	}
	j := hi
	if j < len(a.toks) && a.toks[j].kind == tPara {
		j++
	}
	words := 0
	found := -1
	for ; j < len(a.toks) && a.toks[j].kind != tPara; j++ {
		t := &a.toks[j]
		if t.kind == tWord {
			words++
		}
		if m := t.ms; m >= 0 && found < 0 && a.ments[m].person {
			found = int(m)
		}
	}
	if found >= 0 && words <= 8 {
		return a.byMention(found)
	}
	return noSpeaker
}

// next resolves a quote nothing before explains from the sentence after
// it, which often introduces the speaker: "« … » Stéphane Guérin,
// lieutenant des pompiers, raconte la nuit."
func (a *analysis) next(k int) speaker {
	e := k
	for e+1 < len(a.pcs) && a.pcs[e].contNext {
		e++
	}
	s := a.spans[e].sent + 1
	if s >= len(a.sentLo) {
		return noSpeaker
	}
	lo, hi := a.sentLo[s], a.sentHi[s]
	if lo < len(a.toks) && a.toks[lo].kind == tPara {
		lo++
	}
	for j := lo; j < hi; j++ {
		if a.toks[j].q < 0 && a.isVerb(j) {
			if sp := a.subjectBefore(lo, j); sp.ok && sp.m >= 0 && sp.how == "name" {
				return sp
			}
			break
		}
	}
	if lo < hi {
		if m := int(a.toks[lo].ms); m >= 0 && a.ments[m].person && !a.ments[m].inQuote {
			return a.byMention(m)
		}
	}
	return noSpeaker
}
