package quantity

import "strings"

// This file reads the measure of a figure from the words around it when
// the figure has no noun of its own: the subject of a verb that gives a
// value ("le bilan s'élève à 23", "le coût est estimé à 450 millions
// d'euros", "the toll rose to 41"), "le nombre de X" after it ("estiment à
// 2 200 le nombre de soldats"), the noun a percentage is of ("18 % des
// salariés étaient en grève"), and the names of amounts of money.

// valueVerbs are the verbs (French lemmas, English forms) that link a
// subject to the figure that is its value.
var valueVerbs = map[string]bool{
	"être": true, "élever": true, "établir": true, "estimer": true, "évaluer": true,
	"chiffrer": true, "monter": true, "passer": true, "atteindre": true, "grimper": true,
	"alourdir": true, "dépasser": true, "avoisiner": true, "fixer": true, "situer": true,
	"s'établir": true, "culminer": true, "augmenter": true, "baisser": true, "tomber": true,
	"is": true, "was": true, "are": true, "were": true, "be": true, "been": true,
	"rose": true, "risen": true, "rise": true, "rises": true, "climbed": true, "climbs": true,
	"reached": true, "reaches": true, "stood": true, "stands": true, "totaled": true,
	"totalled": true, "totals": true, "grew": true, "grown": true, "jumped": true,
	"increased": true, "hit": true, "estimated": true, "put": true, "fell": true, "dropped": true,
}

// valuePrepositions stand between a value verb and its figure.
var valuePrepositions = map[string]bool{"a": true, "de": true, "d": true, "to": true, "at": true, "of": true}

// determiners open a noun phrase (folded forms).
var determiners = map[string]bool{
	"le": true, "la": true, "l": true, "les": true, "un": true, "une": true, "son": true, "sa": true,
	"ses": true, "leur": true, "leurs": true, "ce": true, "cette": true, "ces": true, "cet": true,
	"du": true, "notre": true, "votre": true,
	"the": true, "a": true, "an": true, "its": true, "their": true, "this": true, "that": true,
}

// ofNouns name a quantity of what follows them: "le nombre de réfugiés"
// counts refugees, "le montant de la rançon" is the ransom.
var ofNouns = map[string]bool{
	"nombre": true, "total": true, "taux": true, "montant": true, "chiffre": true,
	"niveau": true, "estimation": true, "décompte": true,
	"number": true, "rate": true, "amount": true, "figure": true, "count": true, "tally": true,
}

// moneyMeasures name amounts of money so that different wordings meet:
// "le coût des dégâts" and "les dégâts" are one cost.
var moneyMeasures = map[string]string{
	"coût": "coût", "cost": "coût", "costs": "coût", "dégât": "coût", "dégâts": "coût",
	"dommage": "coût", "dommages": "coût", "damage": "coût", "damages": "coût", "facture": "coût",
	"aide": "aide", "aid": "aide", "enveloppe": "aide", "subvention": "aide",
	"rançon": "rançon", "ransom": "rançon",
	"dette": "dette", "debt": "dette", "passif": "dette",
	"saisie": "saisie", "saisir": "saisie",
}

// moneyVerbs give the measure of an amount that is their object:
// "chaque journée coûte 30 millions", "will cost about $1.2 billion",
// "ont saisi 1,2 million d'euros".
var moneyVerbs = map[string]string{
	"coûter": "coût", "cost": "coût", "costs": "coût", "saisir": "saisie", "seize": "saisie",
	"seized": "saisie", "débloquer": "aide", "allouer": "aide", "octroyer": "aide",
}

// isDeterminer reports whether token k is a determiner.
func (p *parser) isDeterminer(k int) bool {
	return k >= 0 && k < len(p.toks) && p.toks[k].kind == tWord && determiners[p.folded(k)]
}

// wordLemma returns the noun lemma of the word at k (the word itself when
// the table has none) and whether it is a verb form rather than a noun.
func (p *parser) wordLemma(k int) (noun string, isVerb bool) {
	noun, verb := p.lemmas(k)
	if noun == "" {
		if verb != "" {
			return verb, true
		}
		noun = p.toks[k].low
	}
	return noun, false
}

// phraseMeasure returns the measure named by the noun phrase whose head
// is at h: the canonical measure of the head, or of what an "of" noun
// quantifies ("nombre de réfugiés" -> réfugiés, "taux de participation" ->
// participation, "montant de la rançon" -> rançon), else the head's lemma.
func (p *parser) phraseMeasure(h int) string {
	noun, _ := p.wordLemma(h)
	if ofNouns[noun] || ofNouns[p.folded(h)] {
		k := h + 1
		if w := p.folded0(k); w == "de" || w == "des" || w == "du" || w == "d" || w == "of" {
			k++
			for p.sym(k) == "'" || p.isDeterminer(k) {
				k++
			}
			if k < len(p.toks) && p.toks[k].kind == tWord && !p.grammatical(k) {
				h = k
				noun, _ = p.wordLemma(h)
			}
		}
	}
	if m := compoundOr(p, h); m != "" {
		return m
	}
	if genericHeads[noun] || genericHeads[p.toks[h].low] {
		// "le nombre de personnes blessées", "the number of people injured"
		if m, _ := p.participleAfter(h+1, false); m != "" {
			return m
		}
	}
	if m := canonMeasure[noun]; m != "" {
		return m
	}
	if m := canonMeasure[p.toks[h].low]; m != "" {
		return m
	}
	if p.en {
		if m := canonMeasure[lemmaEN(p.toks[h].low)]; m != "" {
			return m
		}
	}
	return noun
}

// compoundOr is compoundMeasure, guarded for an index out of range.
func compoundOr(p *parser, h int) string {
	if h < 0 || h >= len(p.toks) {
		return ""
	}
	return p.compoundMeasure(h)
}

// npHead returns the head noun of the noun phrase ending at token k: the
// word after its determiner ("une aide humanitaire" -> aide, "l'aide
// européenne" -> aide), or k itself when no determiner is near.
func (p *parser) npHead(k int) int {
	j := k
	for s := 0; s < 3 && j > 0; s++ {
		d := j - 1
		if p.sym(d) == "'" {
			d--
		}
		if p.isDeterminer(d) {
			return j
		}
		if d < 0 || p.toks[d].kind != tWord || p.grammatical(d) || p.toks[d].sp == spOther {
			return k
		}
		j = d
	}
	return k
}

// subjectMeasure reads the subject of a value verb before the figure
// starting at qs: "Le taux de participation s'est établi à 62,3 %",
// "Son coût, évalué à 180 millions", "The death toll rose to 41". It
// returns "" when no value verb links a subject to the figure.
func (p *parser) subjectMeasure(qs int) string {
	k := qs - 1
	if p.sym(k) == "'" {
		k--
	}
	prep := ""
	if k >= 0 && p.toks[k].kind == tWord && valuePrepositions[p.folded(k)] {
		prep = p.folded(k)
		if prep == "a" && p.toks[k].low != "à" && !p.en {
			return ""
		}
		k--
	}
	verb := false
	for s := 0; s < 6 && k >= 0; s++ {
		t := &p.toks[k]
		if t.kind == tSym {
			if t.low == "'" || t.low == "," && verb {
				k--
				continue
			}
			break
		}
		if t.kind != tWord {
			break
		}
		w := p.folded(k)
		if valueVerbs[t.low] {
			verb = true
			k--
			continue
		}
		if !p.en {
			if _, v := p.lemmas(k); valueVerbs[v] {
				verb = true
				k--
				continue
			}
		}
		if skipWords[w] || w == "s" || w == "se" || w == "has" || w == "have" || w == "had" || w == "now" {
			k--
			continue
		}
		break
	}
	if !verb && prep == "a" {
		return p.estimatedObject(qs)
	}
	if !verb || k < 0 || p.toks[k].kind != tWord || p.grammatical(k) {
		return ""
	}
	// k ends the subject; find its clause's first noun phrase
	start := k
	for j := k - 1; j >= 0 && j > k-24; j-- {
		t := &p.toks[j]
		if t.kind == tSym && t.low != "'" && t.low != "-" || p.toks[j+1].sp == spOther {
			break
		}
		if t.kind == tSym && t.low == "-" && t.sp != spNone {
			break // " - " after a dateline
		}
		if t.kind == tWord {
			w := p.folded(j)
			if w == "que" || w == "qui" || w == "selon" || w == "where" || w == "which" {
				break
			}
		}
		start = j
	}
	for j := start; j <= k; j++ {
		if p.isDeterminer(j) {
			h := j + 1
			for p.sym(h) == "'" {
				h++
			}
			h = p.skipPreNominal(h)
			if h <= k && p.toks[h].kind == tWord && !p.grammatical(h) {
				if _, isVerb := p.wordLemma(h); !isVerb || p.en {
					return p.phraseMeasure(h)
				}
			}
			return ""
		}
	}
	return ""
}

// numberOfAfter reads "le nombre de X" after a figure: "estiment à 2 200
// le nombre de soldats russes" counts soldiers.
func (p *parser) numberOfAfter(last int) string {
	k := last
	if !p.isDeterminer(k) {
		return ""
	}
	k++
	if k >= len(p.toks) || p.toks[k].kind != tWord || !ofNouns[p.folded(k)] {
		return ""
	}
	return p.phraseMeasure(k)
}

// ofMeasure reads the noun a percentage or an amount is of: "18 % des
// salariés étaient en grève" (grévistes), "60 % de grévistes".
func (p *parser) ofMeasure(last int) string {
	w := p.folded0(last)
	if w != "de" && w != "des" && w != "d" && w != "du" && w != "of" {
		return ""
	}
	k := last + 1
	for p.sym(k) == "'" || p.isDeterminer(k) {
		k++
	}
	k = p.skipPreNominal(k)
	if k >= len(p.toks) || p.toks[k].kind != tWord || p.toks[k].sp == spOther || p.grammatical(k) {
		return ""
	}
	_, isVerb := p.wordLemma(k)
	if isVerb && !p.en {
		return ""
	}
	m := p.phraseMeasure(k)
	if ev, _ := p.participleAfter(k+1, false); eventMeasures[ev] {
		// "18 % des salariés étaient en grève"
		return ev
	}
	return m
}

// moneyMeasure names an amount of money with no noun before it: the
// subject of a value verb or the verb it is the object of.
func (p *parser) moneyMeasure(qs int) string {
	if m := p.subjectMeasure(qs); m != "" {
		return canonMoney(m)
	}
	k := qs - 1
	for s := 0; s < 3 && k >= 0 && p.toks[k].kind == tWord; s++ {
		w := p.folded(k)
		if skipWords[w] || w == "will" || w == "would" || w == "could" {
			k--
			continue
		}
		if m := moneyVerbs[p.toks[k].low]; m != "" {
			return m
		}
		if !p.en {
			if _, v := p.lemmas(k); moneyVerbs[v] != "" {
				return moneyVerbs[v]
			}
		}
		break
	}
	return ""
}

// canonMoney maps the name of an amount of money to its canonical form.
func canonMoney(m string) string {
	if c := moneyMeasures[m]; c != "" {
		return c
	}
	return m
}

// abroad reports whether the words from k say that people fled across a
// border: "ont fui en Kardavie", "pour se réfugier au Tchad", "ont trouvé
// refuge en Pologne" (refugees, not people displaced at home).
func (p *parser) abroad(k int) bool {
	for j := k; j < len(p.toks) && j < k+14; j++ {
		t := &p.toks[j]
		if p.sentenceEnd(j) || t.sp == spOther {
			return false
		}
		if t.kind != tWord {
			continue
		}
		switch p.folded(j) {
		case "refuge", "refugier", "refugies", "exil":
			return true
		case "en", "au", "aux", "vers", "to", "into":
			n := j + 1
			if p.isDeterminer(n) && p.folded(j) == "vers" {
				n++ // "vers le Tchad"
			}
			if n < len(p.toks) && p.toks[n].kind == tWord && j-k < 6 {
				if t2 := &p.toks[n]; t2.low != p.text[t2.b0:t2.b1] {
					return true // a capitalised name
				}
			}
		}
	}
	return false
}

// otherMeasure names what a figure that is not a count (money, a
// percentage, a physical quantity) measures: the noun a percentage is of,
// the noun it qualifies ("une amende de 5 000 euros"), the subject of a
// value verb, or for money the verb it is the object of.
func (p *parser) otherMeasure(kind string, qs, last int) string {
	m := ""
	if kind == "percent" {
		m = p.ofMeasure(last)
	}
	if m == "" {
		m = p.nounBefore(qs, false)
	}
	if m == "" {
		m = p.subjectMeasure(qs)
	}
	if m == "" && kind == "money" {
		m = p.moneyMeasure(qs)
	}
	if kind == "money" {
		m = canonMoney(m)
		if m == "" {
			m = "montant" // an amount, of what the text does not say
		}
	}
	return m
}

// estimateVerbs put a value on their object: "les assureurs estiment le
// coût des dégâts à 300 millions".
var estimateVerbs = map[string]bool{"estimer": true, "évaluer": true, "chiffrer": true, "fixer": true}

// estimatedObject reads "<estimate verb> <object> ... à <figure>": the
// object names what the figure measures.
func (p *parser) estimatedObject(qs int) string {
	for k := qs - 2; k >= 0 && k > qs-18; k-- {
		t := &p.toks[k]
		if p.sentenceEnd(k) || t.sp == spOther || t.kind == tSym && (t.low == ";" || t.low == ":") {
			return ""
		}
		if t.kind != tWord || !estimatePrefix(t.low) {
			continue
		}
		if _, v := p.lemmas(k); estimateVerbs[v] {
			h := k + 1
			if !p.isDeterminer(h) {
				return ""
			}
			h++
			for p.sym(h) == "'" {
				h++
			}
			h = p.skipPreNominal(h)
			if h < qs && p.toks[h].kind == tWord && !p.grammatical(h) {
				return p.phraseMeasure(h)
			}
			return ""
		}
	}
	return ""
}

// estimatePrefix is a cheap filter before looking up the lemma of w:
// the forms of estimateVerbs begin so.
func estimatePrefix(w string) bool {
	return strings.HasPrefix(w, "estim") || strings.HasPrefix(w, "évalu") ||
		strings.HasPrefix(w, "chiffr") || strings.HasPrefix(w, "fix")
}
