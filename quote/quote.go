// Package quote finds the direct quotes of a news article and who said
// them.
//
// Quotes are the words between paired quote marks: « » (with plain or
// non-breaking spaces inside), “ ”, „ “, ‹ › and straight " " (a straight
// mark after a digit is an inch or second mark, and one that can only
// close is ignored). Marks nested in a quote are paired but only the outer
// quote is reported. A quote left open at the end of a paragraph goes on
// in the next one when that paragraph starts with the same mark (the
// French convention for long quotes) or closes it; each paragraph's part
// is then reported as a quote of its own, all with the same speaker. A
// quote still open at the end of its paragraph otherwise ends there
// (straight marks excepted, which are then dropped).
//
// Not every pair of marks is a quote. Dropped are: a span of at most
// eight words just after a word announcing a title or a nickname
// ("alias", "surnommé", "le film", "l'opération", "dubbed"); "X, dit « Le
// Boucher »"; a span of at most six words without final punctuation whose
// words are all capitalised but for particles ("« Le Monde »", "“The
// Crown”"); a span of at most three words without final punctuation that
// starts with a capitalised word and follows a word that is no reporting
// verb (a nickname: `"Enrique gafas"`); and a span of at most three words
// without final punctuation in a sentence with no reporting verb, source
// cue or colon (scare quotes: « gilets jaunes »).
//
// The speaker is searched in this order: the reporting clause after the
// quote ("», a déclaré le ministre X", "», a-t-il ajouté", "», selon X",
// `," said Smith`, `," he said`); the one before it in its sentence ("X a
// déclaré : «", "Selon X, «", "Pour X, «", "il a estimé que «", "X : «");
// an earlier quote of the same sentence; the name line under a pull quote
// standing alone; the subject of the sentence (for partial quotes); the
// previous sentence (its quote's speaker, the subject of its reporting
// verb, or its subject); and last the person the text last spoke of. A
// subject is the nearest person or organisation not after a preposition
// ("à l'AFP", "du Kremlin" are not subjects; "le porte-parole du Kremlin,
// Dmitri Peskov" gives Dmitri Peskov). Pronouns (il, elle, "a-t-il",
// she) go to the last quote's speaker or the subject of the nearest
// sentence naming a person of their gender; gender comes from titles (M.,
// Mme), determiners and feminine roles ("la ministre", "présidente"). A
// role alone ("a déclaré le ministre") goes to the last person given that
// role, an indefinite one ("une habitante") is unnamed.
//
// A quote standing alone on its line that repeats another quote of the
// text (a pull quote set in a box) is one quote with it: the first
// occurrence is kept.
package quote

import (
	"slices"
	"sync"
	"unicode"

	"github.com/recoupe/recoupe/internal/tokens"
)

// Mention is a name found in the text by an entity recognizer.
type Mention struct {
	// Start and End are Unicode code-point offsets of the name in the
	// text; Text is the name as written there.
	Start, End int
	Text       string
	// Kind is "person", "organisation", "place" or "other"; people and
	// organisations can be speakers.
	Kind string
	// Canonical is the fullest form of the name in the text ("Dmitri
	// Peskov" for "M. Peskov"), "" to use Text.
	Canonical string
	// Role is the office the text gives a person ("porte-parole du
	// Kremlin"), "" when none; it resolves "a déclaré le porte-parole".
	Role string
}

// Quote is one direct quote. Offsets are Unicode code points of the text,
// start inclusive, end exclusive.
type Quote struct {
	// Start and End delimit the quoted words, without the marks and the
	// spaces inside them; Text is those words.
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	// Speaker is the canonical name of who said it when a mention names
	// them, else the words the text uses ("le porte-parole"), "" when
	// unknown or unnamed ("une habitante").
	Speaker string `json:"speaker"`
	// SpeakerStart and SpeakerEnd delimit the mention naming the speaker:
	// in the reporting clause, or the antecedent of a pronoun; -1 when
	// the text has none.
	SpeakerStart int `json:"speaker_start"`
	SpeakerEnd   int `json:"speaker_end"`
	// SpeakerBasis says how the speaker was found: the clause that gave
	// it, then how it names them, e.g. "after:name" (« … », a déclaré
	// X), "before:pronoun" (il a ajouté : « … »), "previous:name" (the
	// previous sentence's subject), "last-person:pronoun" (nothing but
	// the person last spoken of), "after:unnamed" (une habitante).
	// Steps: after, before, same-sentence, name-line, subject, previous,
	// last-person; hows: name, pronoun, role, unnamed.
	SpeakerBasis string `json:"speaker_basis"`
	// Partial is set for a quoted fragment inside a sentence ("a dénoncé
	// une « trahison »").
	Partial bool `json:"partial,omitempty"`
}

var pool = sync.Pool{New: func() any { return new(analysis) }}

// Find returns the direct quotes of text in order, with their speakers.
// lang is the text's ISO 639-1 code: "en" reads English reporting clauses,
// anything else French. ents are the names found in text (people and
// organisations give speakers); when ents is nil, capitalised words are
// taken for names.
func Find(text, lang string, ents []Mention) []Quote {
	return find(text, nil, lang, ents)
}

// FindIn is Find on a text already split into tokens (package
// internal/tokens), so that the extractors of one article share one
// token stream.
func FindIn(x *tokens.Text, lang string, ents []Mention) []Quote {
	return find(x.Src, x, lang, ents)
}

// textPool recycles the token streams Find makes.
var textPool = sync.Pool{New: func() any { return new(tokens.Text) }}

// find finds the quotes of text, whose token stream is x; when x is nil,
// text is split into tokens only if it holds quotes.
func find(text string, x *tokens.Text, lang string, ents []Mention) []Quote {
	a := pool.Get().(*analysis)
	defer func() {
		a.ments = a.ments[:0]
		a.x = nil
		pool.Put(a)
	}()
	a.rs = a.rs[:0]
	if n := len(text); cap(a.rs) < n {
		a.rs = make([]rune, 0, n) // at least one byte a rune
	}
	for _, r := range text {
		a.rs = append(a.rs, r)
	}
	a.tab, a.en = tableFor(lang), lang == "en"

	p := pairer{rs: a.rs, pieces: a.pcs[:0]}
	p.pair()
	a.pcs = p.pieces
	if len(a.pcs) == 0 {
		return nil
	}
	if x == nil {
		x = textPool.Get().(*tokens.Text)
		defer textPool.Put(x)
		x.Reset(text)
	}
	a.x = x
	z := tokenizer{rs: a.rs, x: x, toks: a.toks[:0]}
	z.run()
	a.toks = z.toks
	a.placePieces()
	a.sentences()
	a.placeMentions(ents)
	a.filter()
	a.resolve()
	a.mergeRepeats()

	var out []Quote
	for k, pc := range a.pcs {
		if !a.spans[k].keep {
			continue
		}
		q := Quote{Start: pc.start, End: pc.end, Text: string(a.rs[pc.start:pc.end]),
			SpeakerStart: -1, SpeakerEnd: -1, Partial: a.partial(k)}
		sp := a.spk[k]
		q.SpeakerBasis = sp.step + ":" + sp.how
		switch {
		case sp.m >= 0:
			m := &a.ments[sp.m]
			q.Speaker, q.SpeakerStart, q.SpeakerEnd = a.name(sp.m), m.Start, m.End
		case sp.surface != "":
			q.Speaker, q.SpeakerStart, q.SpeakerEnd = sp.surface, sp.start, sp.end
		}
		out = append(out, q)
	}
	return out
}

// partial reports whether piece k is a fragment inside a sentence: it
// follows a word, or starts with a lower-case letter.
func (a *analysis) partial(k int) bool {
	pc, s := &a.pcs[k], &a.spans[k]
	if pc.contPrev {
		return false
	}
	if s.ot > 0 && a.toks[s.ot-1].kind == tWord {
		return true
	}
	return unicode.IsLower(a.rs[pc.start])
}

// filter drops the pieces that are titles, nicknames or scare quotes.
func (a *analysis) filter() {
	for k := range a.spans {
		s := &a.spans[k]
		pc := &a.pcs[k]
		if pc.contPrev || pc.contNext {
			continue
		}
		if s.words == 0 {
			s.keep = false
			continue
		}
		ends := s.t1 > s.t0 && a.toks[s.t1-1].kind == tPunct && isEnd(a.toks[s.t1-1].ch)
		if ends {
			continue
		}
		prev := a.word(s.ot - 1)
		prev2 := a.word(s.ot - 2)
		switch {
		case s.words <= 8 && (prev != nil && a.cl(prev)&cWorkCue != 0 ||
			prev2 != nil && a.cl(prev2)&cWorkCue != 0 && a.cl(prev)&(cDet|cPrep|cParticle) != 0):
			s.keep = false
		case s.words <= 3 && prev != nil && a.cl(prev)&cDit != 0 && a.isPunct(s.ot-2, ','):
			s.keep = false
		case s.words <= 6 && a.nameLike(k):
			s.keep = false
		case s.words <= 3 && prev != nil && !a.isVerb(s.ot-1) && a.cl(prev)&cAux == 0 && a.capitalName(s.t0):
			s.keep = false
		case s.words <= 3 && !a.reporting(k):
			s.keep = false
		}
	}
}

// word returns token i when it is a word, nil otherwise.
func (a *analysis) word(i int) *token {
	if i < 0 || i >= len(a.toks) || a.toks[i].kind != tWord {
		return nil
	}
	return &a.toks[i]
}

// capitalName reports whether the first word of a quote, at i, looks like
// a name: capitalised and no function word.
func (a *analysis) capitalName(i int) bool {
	t := a.word(i)
	return t != nil && t.cap && a.cl(t)&(cStopCap|cPron|cDet|cVerb) == 0
}

// nameLike reports whether every word of piece k is capitalised, but for
// particles and determiners, one of them at least no function word.
func (a *analysis) nameLike(k int) bool {
	s := &a.spans[k]
	named := false
	for i := s.t0; i < s.t1; i++ {
		t := &a.toks[i]
		if t.kind != tWord {
			continue
		}
		switch {
		case t.cap && a.cl(t)&cStopCap == 0 && !unicode.IsDigit(a.rs[t.r0]):
			named = true
		case t.cap:
		case a.cl(t)&(cParticle|cDet|cPrep) != 0:
		default:
			return false
		}
	}
	return named && a.toks[s.t0].cap
}

// reporting reports whether piece k is said to be spoken: a reporting
// verb, a source cue or an inverted verb before it in its sentence or
// just after it, or a colon before it.
func (a *analysis) reporting(k int) bool {
	s := &a.spans[k]
	if a.isPunct(s.ot-1, ':') {
		return true
	}
	for j := a.sentLo[s.sent]; j < a.firstTok(k); j++ {
		if a.saysAt(j) {
			return true
		}
	}
	j := a.lastTok(k)
	for j < len(a.toks) && a.toks[j].kind == tPunct && (a.toks[j].ch == ',' || a.toks[j].ch == '—' || a.toks[j].ch == '–') {
		j++
	}
	for n := j + 3; j < n && j < len(a.toks) && a.toks[j].kind == tWord; j++ {
		if a.saysAt(j) {
			return true
		}
	}
	return false
}

// saysAt reports whether token j is a reporting verb, an inverted verb or
// a source cue.
func (a *analysis) saysAt(j int) bool {
	t := &a.toks[j]
	return t.kind == tWord && t.q < 0 && (t.inv != 0 || a.isCue(j) || a.isVerb(j))
}

// resolve finds the speaker of every kept piece, a chain of pieces (a
// quote over several paragraphs) sharing one.
func (a *analysis) resolve() {
	n := len(a.pcs)
	a.spk = a.spk[:0]
	for range n {
		a.spk = append(a.spk, noSpeaker)
	}
	for k := 0; k < n; k++ {
		if !a.spans[k].keep {
			continue
		}
		e := k
		for e+1 < n && a.pcs[e].contNext && a.pcs[e+1].contPrev {
			e++
		}
		sp := a.speakerOf(k, e)
		for i := k; i <= e; i++ {
			a.spk[i] = sp
		}
		k = e
	}
}

// speakerOf resolves the chain of pieces k..e.
func (a *analysis) speakerOf(k, e int) speaker {
	sp := a.findSpeaker(k, e)
	if sp.step == "" {
		sp.step = "last-person"
	}
	return sp
}

func (a *analysis) findSpeaker(k, e int) speaker {
	step := func(sp speaker, name string) speaker {
		sp.step = name
		return sp
	}
	if sp := a.after(e); sp.ok {
		return step(sp, "after")
	}
	if sp := a.before(k); sp.ok {
		return step(sp, "before")
	}
	if k > 0 && a.spans[k-1].keep && a.spans[k-1].sent == a.spans[k].sent && a.spk[k-1].ok {
		return step(a.spk[k-1], "same-sentence")
	}
	if k == e {
		if sp := a.nameLine(k); sp.ok {
			return step(sp, "name-line")
		}
	}
	lo, hi := a.beforeRange(k)
	if a.hasWords(lo, hi) {
		if sp := a.subjectLike(a.sentLo[a.spans[k].sent], hi); sp.ok {
			return step(sp, "subject")
		}
	} else if sp := a.previous(k); sp.ok {
		return step(sp, "previous")
	}
	sp := a.pronoun(a.firstTok(k), 0)
	if sp.m < 0 {
		if n := a.next(k); n.ok {
			return step(n, "next")
		}
	}
	return sp
}

// hasWords reports whether tokens [lo, hi) hold a word outside quotes.
func (a *analysis) hasWords(lo, hi int) bool {
	for j := lo; j < hi; j++ {
		if a.toks[j].kind == tWord && a.toks[j].q < 0 {
			return true
		}
	}
	return false
}

// alone reports whether piece k stands alone in its paragraph.
func (a *analysis) alone(k int) bool {
	for j := a.firstTok(k) - 1; j >= 0 && a.toks[j].kind != tPara; j-- {
		if a.toks[j].kind == tWord && a.toks[j].q < 0 {
			return false
		}
	}
	for j := a.lastTok(k); j < len(a.toks) && a.toks[j].kind != tPara; j++ {
		if a.toks[j].kind == tWord && a.toks[j].q < 0 {
			return false
		}
	}
	return true
}

// mergeRepeats drops a quote that repeats an earlier one when either
// stands alone on its line: a pull quote and the quote in the text are
// one quote.
func (a *analysis) mergeRepeats() {
	n := len(a.pcs)
	alone := make([]bool, n)
	any := false
	for k := range n {
		if a.spans[k].keep && !a.pcs[k].contPrev && !a.pcs[k].contNext && a.alone(k) {
			alone[k], any = true, true
		}
	}
	if !any {
		return
	}
	words := make([][]uint64, n)
	get := func(k int) []uint64 {
		if words[k] == nil {
			words[k] = foldWords(a.rs[a.pcs[k].start:a.pcs[k].end], []uint64{})
		}
		return words[k]
	}
	for k := range n {
		if !a.spans[k].keep || a.pcs[k].contPrev || a.pcs[k].contNext {
			continue
		}
		for j := 0; j < k; j++ {
			if !a.spans[j].keep || !alone[j] && !alone[k] || a.pcs[j].contPrev || a.pcs[j].contNext {
				continue
			}
			if !repeats(get(j), get(k)) {
				continue
			}
			a.spans[k].keep = false
			if a.spk[j].m < 0 && a.spk[j].surface == "" && (a.spk[k].m >= 0 || a.spk[k].surface != "") {
				a.spk[j] = a.spk[k]
			}
			break
		}
	}
}

// foldWords appends to out a hash of each word of rs, lower-cased.
func foldWords(rs []rune, out []uint64) []uint64 {
	const offset, prime = 14695981039346656037, 1099511628211
	h, in := uint64(offset), false
	for _, r := range rs {
		if isWordRune(r) {
			h = (h ^ uint64(unicode.ToLower(r))) * prime
			in = true
			continue
		}
		if in {
			out = append(out, h)
			h, in = offset, false
		}
	}
	if in {
		out = append(out, h)
	}
	return out
}

// repeats reports whether two quotes, as folded words, are the same
// quote: equal when the shorter has under four words, else nine words in
// ten of the shorter are in the longer (a pull quote is often cut short).
func repeats(x, y []uint64) bool {
	if len(x) < len(y) {
		x, y = y, x
	}
	if len(y) < 4 {
		return slices.Equal(x, y)
	}
	if len(y)*4 < len(x) {
		return false
	}
	hit := 0
	for _, w := range y {
		if slices.Contains(x, w) {
			hit++
		}
	}
	return hit*10 >= len(y)*9
}
