package crosscheck

import (
	"strings"
)

// Phrase tables, folded (see fold). A phrase matches at a word boundary.
var (
	// wrongMarkers introduce the figure a text rejects: "deux et non
	// trois", "au lieu de 300", "not 300".
	wrongMarkers = []string{
		"et non pas ", "et non ", "non pas ", "au lieu de ", "au lieu des ", "au lieu d'",
		"plutot que ", "plutot qu'", "and not ", "not ", "rather than ", "instead of ",
	}
	// gapWords may stand between a marker and its figure: determiners and
	// qualifiers ("et non plus de 300", "not the 300").
	gapWords = map[string]bool{
		"le": true, "la": true, "les": true, "l'": true, "des": true, "de": true, "d'": true,
		"du": true, "un": true, "une": true, "plus": true, "moins": true, "pres": true,
		"environ": true, "quelque": true, "au": true, "the": true, "a": true, "an": true,
		"some": true, "about": true, "around": true, "more": true, "than": true, "less": true,
		"nearly": true, "almost": true, "over": true, "at": true, "least": true,
	}
	// errorCues say that a figure of their clause was wrong: a
	// correction notice or an error.
	errorCues = []string{
		"version precedente", "precedente version", "premiere version de cet article",
		"version anterieure", "version initiale de cet article", "earlier version",
		"previous version", "an earlier report",
		"errone", "par erreur", "a tort ", "a tort,", "etait faux", "etaient faux", "etait fausse",
		"chiffre faux", "inexact", "une erreur de", "suite a une erreur",
		"a la suite d'une erreur", "en raison d'une erreur", "cette erreur",
		"erroneous", "in error", "mistakenly", "wrongly", "incorrect", "was wrong",
		"due to an error", "an error in",
	}
	// withdrawCues say that a figure was withdrawn or denied; they count
	// only when the clause names a figure (figureNouns) or, in the next
	// sentence, refers back to it.
	withdrawCues = []string{
		"retire", "retracte", "dementi", "revenu sur", "withdr", "retract", "rescinded",
		"walked back", "denied",
	}
	// figureNouns name a figure or an announcement.
	figureNouns = []string{
		"chiffre", "bilan", "estimation", "information", "decompte", "donnee", "nombre",
		"comptage", "annonce", "figure", "number", "toll", "estimate", "count", "tally",
		"report", "claim",
	}
	// anaphors open a sentence that refers back to the previous one.
	anaphors = []string{
		"ce ", "cet ", "cette ", "ces ", "il ", "elle ", "ils ", "elles ", "le chiffre",
		"l'information", "l'annonce", "le bilan", "this ", "that ", "these ", "it ",
		"the figure", "the number", "the toll", "the report",
	}
	// correctionCues say that a figure of their clause is a correction of
	// an earlier one.
	correctionCues = []string{
		"corrige", "rectifie", "rectificatif", "erratum", "correction", "corrected",
		"nous avions indique", "we reported",
	}
	// correctionVerbs, within a few words before a figure followed by
	// "à" or "to", make it the corrected figure ("corrigé à 250").
	correctionVerbs = []string{
		"corrige", "rectifie", "ramene", "revu", "revise", "corrected", "revised", "lowered",
		"raised", "amended",
	}
	// pastClauseCues mark a figure of their clause as an earlier one
	// mentioned in passing ("le précédent bilan faisait état de 12
	// morts").
	pastClauseCues = []string{
		"precedent bilan", "bilan precedent", "precedemment", "initialement", "auparavant",
		"dans un premier temps", "d'abord", "previous toll", "earlier toll", "previously",
		"initially", "earlier figure", "at first", "avait d'abord",
	}
	// pastMarkers right before a figure make it an earlier one: "passé de
	// 12 à 19", "19 morts contre 12 la veille", "up from 12".
	pastMarkers = []string{
		"passe de ", "passee de ", "passes de ", "passees de ", "contre ", "up from ",
		"down from ", "from ",
	}
	// totalMarkers right before a figure make it the total another figure
	// is part of: "41 sièges sur 120", "2 out of 12".
	totalMarkers = []string{"sur ", "sur un total de ", "out of ", "sur les "}
	// evolutionCues say, in the figure's clause, that it changed over
	// time.
	evolutionCues = []string{
		"passe a", "passee a", "passe de", "s'est alourdi", "s'alourdit", "alourdi",
		"nouveau bilan", "dernier bilan", "revu a la hausse", "revu a la baisse", "revise",
		"porte a", "portant a", "grimpe", "desormais", "en hausse", "en baisse", "augment",
		"supplementaires", "renfort", "atteint", "rose to", "risen to", "climbed", "new toll",
		"now stands", "has risen", "increased", "up from", "down from", "revised", "raised to",
		"lowered to", "prolong", "reporte#", "reportee#", "reportes#", "report de", "repouss", "decale", "avance au", "rallong",
		"extended", "postponed", "pushed back", "brought forward", "delayed",
	}
)

// disputeVerbs, after "comme" following a rejected figure, say that
// another source gives it now: "52 personnes, et non 47 comme
// l'indiquent les garde-côtes" (a dispute between sources, not a
// withdrawal).
var disputeVerbs = []string{
	"l'indique", "l'indiquent", "l'affirme", "l'affirment", "l'annonce", "l'annoncent",
	"l'assure", "l'assurent", "l'avance", "l'avancent", "le dit", "le disent", "le soutient",
	"le soutiennent", "le pretend", "le pretendent", "l'estime", "l'estiment",
	"claimed by", "claims", "claim", "stated by", "reported by", "says", "say",
}

// cues is what the text around one figure says about it.
type cues struct {
	// retracted: the text says the figure was withdrawn or wrong.
	retracted bool
	// corrected: the figure is given as the correction of an earlier
	// one.
	corrected bool
	// past: the figure is an earlier one mentioned in passing.
	past bool
	// total: the figure is the total another is part of ("41 sièges sur
	// 120").
	total bool
	// evolving: the sentence says the figure changed over time.
	evolving bool
	// disputed: the figure is rejected as another source's ("et non 47
	// comme l'indiquent les garde-côtes"): the sources disagree.
	disputed bool
}

// readCues reads the cues about the figure at rune offsets [start, end) of
// sentence sent (start < 0 when the figure could not be located); next is
// the article's following sentence, "" when none.
func readCues(sent, next string, start, end int) cues {
	var c cues
	fs := fold(sent)
	fb := len(fs)
	if start >= 0 {
		fb = byteIndex(fs, start)
	}
	cs, ce := 0, len(fs)
	if start >= 0 {
		cs, ce = clauseOf(fs, fb)
	}
	clause := fs[cs:ce]
	c.evolving = anyWordPhrase(clause, evolutionCues)

	wrong := start >= 0 && markedBy(fs[:fb], wrongMarkers)
	clauseWrong := false
	for _, m := range wrongMarkers {
		if hasWordPhrase(clause, m) {
			clauseWrong = true
			break
		}
	}
	errorCue := anyWordPhrase(clause, errorCues)
	withdraw := anyWordPhrase(clause, withdrawCues) && anyWordPhrase(clause, figureNouns)
	target := start >= 0 && correctionTarget(fs[:fb])
	switch {
	case errorCue:
		// "indiquait à tort 300 morts au lieu de 250": the figure the
		// marker introduces is the right one, the others the wrong ones.
		c.retracted = !wrong && !target
		c.corrected = wrong || target
	case withdraw:
		c.retracted = !target
		c.corrected = target
	case wrong:
		c.retracted = true
	case anyWordPhrase(fs, correctionCues) || target:
		// "(Corrige le nombre d'enfants : deux)" or "corrigé à 250": this
		// is the corrected figure; with "deux et non trois" only when the
		// rejected figure is another one.
		c.corrected = !wrong
	case clauseWrong:
		// "deux et non trois" without a correction verb: the other
		// figure is the one the text keeps.
		c.corrected = true
	}
	if !c.retracted && next != "" {
		fn := fold(strings.TrimSpace(next))
		if startsWithAny(fn, anaphors) && (anyWordPhrase(fn, errorCues) || anyWordPhrase(fn, withdrawCues) || anyWordPhrase(fn, correctionCues)) {
			c.retracted = true
			c.corrected = false
		}
	}
	c.past = anyWordPhrase(clause, pastClauseCues) || (start >= 0 && markedBy(fs[:fb], pastMarkers))
	if wrong && !c.past && !errorCue && !withdraw && !anyWordPhrase(fs, correctionCues) && end >= 0 && disputedAfter(fs[byteIndex(fs, end):]) {
		// another source's figure, rejected by this one: kept out of the
		// comparison, but the claim is in conflict
		c.retracted, c.disputed, c.past = false, true, true
	}
	c.total = start >= 0 && markedBy(fs[:fb], totalMarkers)
	return c
}

// startsWithAny reports whether s starts with one of the prefixes.
func startsWithAny(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// markedBy reports whether the folded text before a figure ends with one
// of the markers, possibly followed by a few determiners or qualifiers.
func markedBy(before string, markers []string) bool {
	for _, rest := range gapTrims(before) {
		for _, m := range markers {
			if strings.HasSuffix(rest, m) {
				i := len(rest) - len(m)
				if i == 0 || !isWordByte(rest, i) {
					return true
				}
			}
		}
	}
	return false
}

// gapTrims returns before, then before without its last gap word, and so
// on (at most three): the places where a marker may end when determiners
// or qualifiers stand between it and its figure ("et non plus de 300").
// Each ends with a space when before did.
func gapTrims(before string) []string {
	rest := before
	if !strings.HasSuffix(rest, " ") && !strings.HasSuffix(rest, "'") && rest != "" {
		rest += " "
	}
	out := []string{rest}
	for n := 0; n < 3; n++ {
		t := strings.TrimRight(rest, " ")
		i := strings.LastIndexAny(t, " '")
		w := t[i+1:]
		if i >= 0 && t[i] == '\'' {
			// An elided article: "d'", "l'".
			j := strings.LastIndexByte(t[:i], ' ')
			w = t[j+1 : i+1]
			i = j
		}
		if w == "" || !gapWords[w] {
			break
		}
		rest = t[:i+1]
		out = append(out, rest)
	}
	return out
}

// correctionTarget reports whether the figure after before is the target
// of a correction: a correction verb a few words before, then "à", "to" or
// a colon ("corrigé à 250", "revised to 250").
func correctionTarget(before string) bool {
	for _, rest := range gapTrims(before) {
		if !(strings.HasSuffix(rest, " a ") || strings.HasSuffix(rest, " to ") || strings.HasSuffix(rest, ": ")) {
			continue
		}
		from := max(0, len(rest)-48)
		if anyWordPhrase(rest[from:], correctionVerbs) {
			return true
		}
	}
	return false
}

// disputedAfter reports whether the folded text after a rejected figure
// says that another source gives it now: "comme l'indiquent les
// garde-côtes", "as claimed by the police".
func disputedAfter(after string) bool {
	for _, lead := range []string{"comme ", "as "} {
		i := strings.Index(after, lead)
		if i < 0 || i > 24 {
			continue
		}
		rest := after[i+len(lead):]
		if j := strings.IndexAny(rest, ".;"); j >= 0 {
			rest = rest[:j]
		}
		for _, v := range disputeVerbs {
			if strings.HasPrefix(rest, v+" ") || strings.HasPrefix(rest, v+",") || strings.Contains(rest, " "+v+" ") {
				return true
			}
		}
	}
	return false
}
