package quantity

import "strings"

// This file decides what a count counts (Span.Measure). The head noun
// after the number is lemmatised and mapped to a canonical measure; a
// generic noun for people ("personnes", "habitants") takes its measure from
// the verb group after it or the verb before the figure; a number without
// a noun takes it from the verb group after it ("30 autres sont portées
// disparues") or from the count before it in the sentence ("12 000 selon
// les organisateurs", "dont cinq").

// canonMeasure maps noun lemmas to canonical measures so that different
// wordings of the same thing meet.
var canonMeasure = map[string]string{
	"mort": "morts", "tué": "morts", "décès": "morts", "victime": "morts", "décédé": "morts",
	"cadavre": "morts", "corps": "morts", "bilan": "morts", "dead": "morts", "death": "morts",
	"fatality": "morts", "fatalities": "morts", "killed": "morts", "body": "morts", "bodies": "morts",
	"toll":   "morts",
	"blessé": "blessés", "injured": "blessés", "wounded": "blessés", "injury": "blessés",
	"soldat": "soldats", "militaire": "soldats", "troupe": "soldats", "contingent": "soldats",
	"casque": "soldats", "fantassin": "soldats", "paras": "soldats", "parachutiste": "soldats",
	"légionnaire": "soldats", "réserviste": "soldats",
	"soldier": "soldats", "troop": "soldats", "troops": "soldats",
	"arrestation": "arrestations", "interpellation": "arrestations", "interpellé": "arrestations",
	"arrest": "arrestations", "arrests": "arrestations",
	"évacué": "évacués", "évacuation": "évacués", "evacuee": "évacués",
	"déplacé": "déplacés", "sinistré": "sinistrés",
	"manifestant": "manifestants", "protestataire": "manifestants", "protester": "manifestants",
	"demonstrator": "manifestants",
	"réfugié":      "réfugiés", "refugee": "réfugiés", "migrant": "migrants", "exilé": "migrants",
	"otage": "otages", "hostage": "otages", "disparu": "disparus", "missing": "disparus",
	"rescapé": "rescapés", "survivant": "rescapés", "survivor": "rescapés",
	"policier": "policiers", "gendarme": "policiers", "crs": "policiers", "police": "policiers",
	"pompier": "pompiers", "sapeur": "pompiers", "sapeurs-pompiers": "pompiers", "sapeur-pompier": "pompiers",
	"firefighter": "pompiers",
	"hospitalisé": "hospitalisés", "hospitalisation": "hospitalisés", "hospitalized": "hospitalisés",
	"hospitalised": "hospitalisés",
	"licenciement": "emplois", "poste": "emplois", "emploi": "emplois", "suppression": "emplois",
	"job": "emplois", "jobs": "emplois", "layoff": "emplois", "layoffs": "emplois",
	"gréviste": "grévistes", "striker": "grévistes", "strikers": "grévistes",
}

// roleMeasures are canonical measures naming who people are rather than
// what happened to them: a participle of an event overrides them ("quatre
// soldats ont été tués" counts dead, "300 policiers déployés" policemen).
var roleMeasures = map[string]bool{
	"soldats": true, "policiers": true, "pompiers": true, "manifestants": true,
	"migrants": true, "réfugiés": true, "otages": true,
}

// eventMeasures are the measures of what happens to people.
var eventMeasures = map[string]bool{
	"morts": true, "blessés": true, "arrestations": true, "évacués": true, "déplacés": true,
	"disparus": true, "rescapés": true, "hospitalisés": true, "sinistrés": true,
	"grévistes": true, "réfugiés": true,
}

// bodyVerbs are the verbs of bodies recovered. "Douze corps ont été
// retrouvés" is the measure "corps", not "morts": the bodies recovered and
// the toll are different claims (the toll counts the dead whose bodies are
// still missing; bodies are recovered over days), so a cross-check must not
// compare them. "sept corps" alone is the toll.
var bodyVerbs = map[string]bool{
	"retrouver": true, "découvrir": true, "repêcher": true, "exhumer": true, "extraire": true,
	"dégager": true, "récupérer": true, "identifier": true, "rapatrier": true, "sortir": true,
	"recover": true, "find": true, "found": true, "retrieve": true,
}

// collectiveNouns name a group: "un contingent" is not one soldier.
var collectiveNouns = map[string]bool{
	"contingent": true, "bilan": true, "troupe": true, "troupes": true, "corps": true, "police": true,
	"crs": true, "evacuation": true, "contingents": true,
}

// verbMeasure maps verb lemmas (from participles or governing verbs) to
// canonical measures.
var verbMeasure = map[string]string{
	"arrêter": "arrestations", "interpeller": "arrestations", "appréhender": "arrestations",
	"tuer": "morts", "mourir": "morts", "périr": "morts", "décéder": "morts", "abattre": "morts",
	"succomber": "morts", "noyer": "morts", "massacrer": "morts", "exécuter": "morts",
	"blesser": "blessés", "évacuer": "évacués", "déplacer": "déplacés", "fuir": "déplacés",
	"manifester": "manifestants", "défiler": "manifestants", "rassembler": "manifestants",
	"réunir":  "manifestants",
	"enlever": "otages", "kidnapper": "otages", "disparaître": "disparus",
	"secourir": "rescapés", "sauver": "rescapés", "hélitreuiller": "rescapés",
	"hospitaliser": "hospitalisés", "licencier": "emplois", "hospitalize": "hospitalisés",
	"contaminer": "cas", "infecter": "cas", "déployer": "soldats",
	"arrest": "arrestations", "detain": "arrestations", "kill": "morts", "die": "morts",
	"injure": "blessés", "wound": "blessés", "evacuate": "évacués", "displace": "déplacés",
	"rescue": "rescapés",
}

// genericHeads are nouns for people whose measure is decided by the verb
// around them ("personnes arrêtées" -> arrestations).
var genericHeads = map[string]bool{
	"personne": true, "gens": true, "individu": true, "homme": true, "femme": true, "enfant": true,
	"civil": true, "habitant": true, "adulte": true, "mineur": true, "jeune": true, "passager": true,
	"touriste": true, "citoyen": true, "ressortissant": true, "villageois": true, "résident": true,
	"membre": true, "salarié": true, "employé": true, "travailleur": true, "ouvrier": true,
	"patient": true, "suspect": true, "militant": true, "bébé": true, "élève": true, "fidèle": true,
	"riverain": true, "pèlerin": true, "marin": true, "mineure": true,
	"people": true, "person": true, "civilian": true,
	"man": true, "men": true, "woman": true, "women": true, "child": true, "children": true,
	"resident": true, "residents": true, "worker": true, "workers": true, "employee": true,
	"employees": true, "student": true, "students": true, "villager": true, "villagers": true,
	"passenger": true, "passengers": true, "patients": true, "miner": true,
	"miners": true, "enseignant": true, "famille": true, "family": true, "families": true,
	"professeur": true, "contrôleur": true, "agent": true, "teacher": true,
}

// militaryCues are the words (folded) that make "hommes" soldiers: "l'armée
// a mobilisé 2 000 hommes".
var militaryCues = map[string]bool{
	"armee": true, "armees": true, "militaire": true, "militaires": true, "soldats": true,
	"troupes": true, "contingent": true, "regiment": true, "bataillon": true, "brigade": true,
	"legion": true, "etat-major": true, "otan": true, "pentagone": true, "infanterie": true,
	"parachutistes": true, "deploye": true, "deployes": true, "deployer": true, "renforts": true,
	"division": true, "army": true, "troops": true, "military": true, "deployed": true,
}

// skipWords are the auxiliaries, modals and adverbs skipped between a
// noun and its participle or between a verb and the figure it governs.
var skipWords = map[string]bool{
	"ont": true, "ete": true, "sont": true, "a": true, "avaient": true, "avait": true, "etaient": true,
	"etait": true, "seront": true, "auront": true, "deja": true, "ainsi": true, "aussi": true,
	"egalement": true, "notamment": true, "en": true, "tout": true, "au": true, "total": true,
	"have": true, "been": true, "were": true, "was": true, "had": true, "are": true, "be": true,
	"fait": true, "y": true, "compris": true, "encore": true, "toujours": true, "etre": true,
	"pu": true, "doivent": true, "devaient": true, "devraient": true, "pourraient": true,
	"auraient": true, "aurait": true, "seraient": true, "serait": true, "vont": true, "se": true,
	"s": true, "porte": true, "portee": true, "portes": true, "portees": true, "officiellement": true,
	"desormais": true, "finalement": true, "probablement": true, "avoir": true, "ayant": true,
	"tous": true, "toutes": true, "grievement": true, "legerement": true, "gravement": true,
	"being": true, "reportedly": true, "also": true, "all": true, "still": true,
	"restent": true, "reste": true, "restaient": true, "restait": true, "demeurent": true,
	"remain": true, "remained": true, "remains": true, "now": true, "reported": true,
}

// notHeads are words that never are what a figure counts although the
// lemma table may read them as nouns: verbs of state after a figure ("14
// remain missing"), "others" ("injured 12 others": the verb tells).
var notHeads = map[string]bool{
	"remain": true, "remained": true, "remains": true, "are": true, "were": true, "was": true,
	"is": true, "have": true, "had": true, "has": true, "others": true, "restent": true,
	"demeurent": true, "comme": true, "selon": true, "contre": true,
}

// enLeave are English verbs that take "to" and an infinitive which says
// what happened: "were ordered to evacuate", "were forced to flee".
var enLeave = map[string]bool{"ordered": true, "forced": true, "asked": true, "told": true, "urged": true}

// inciseWords open an incise that stands between a noun and its verb:
// "12 personnes, dont trois enfants, ont été tuées".
var inciseWords = map[string]bool{
	"dont": true, "selon": true, "parmi": true, "notamment": true, "y": true, "soit": true,
	"d": true, "including": true, "according": true, "among": true, "mostly": true,
}

// subCountWords introduce a part of the count before: "dont cinq".
var subCountWords = map[string]bool{"dont": true, "including": true}

// headNoun returns the index of the noun a number counts, or -1: the first
// word after it, skipping "de" after scale words and a few pre-nominal
// adjectives. Grammatical words ("près", "hier") are not nouns.
func (p *parser) headNoun(n num, k int) int {
	if k >= len(p.toks) {
		return -1
	}
	if n.scaled || n.vague || n.deOK {
		w := p.folded0(k)
		if w == "de" || w == "of" {
			k++
		} else if w == "d" && p.sym(k+1) == "'" {
			k += 2
		}
	}
	k = p.skipPreNominal(k)
	if k >= len(p.toks) || p.toks[k].kind != tWord || p.toks[k].sp == spOther {
		return -1
	}
	w := p.folded(k)
	if p.toks[k].cls&wNotCount != 0 || p.isMonthTok(k) || len(w) < 2 || p.grammatical(k) ||
		notHeads[w] || isWeekday(w, p.en) || isWeekday(w, !p.en) {
		return -1
	}
	if p.toks[k].cls&(wNumFR|wNumEN) != 0 {
		if _, ok := p.lookupNumWord(w); ok {
			return -1
		}
	}
	return k
}

// skipPreNominal skips up to two adjectives that stand before a noun
// ("nouveaux", "autres").
func (p *parser) skipPreNominal(k int) int {
	for s := 0; s < 2 && k < len(p.toks) && p.toks[k].kind == tWord && p.toks[k].cls&wPreNominal != 0; s++ {
		k++
	}
	return k
}

// pluralNoun reports whether the word at h is a plural noun (to tell "1500
// soldats" from a year).
func (p *parser) pluralNoun(h int) bool {
	w := p.toks[h].low
	if p.en {
		return strings.HasSuffix(w, "s") && canonMeasure[lemmaEN(w)] != "" || genericHeads[lemmaEN(w)] || w == "people"
	}
	noun, _, _ := p.lemmaFR(h)
	return noun != "" && (strings.HasSuffix(w, "s") || strings.HasSuffix(w, "x"))
}

// lemmas returns the noun and verb lemmas of the word at i.
func (p *parser) lemmas(i int) (noun, verb string) {
	w := p.toks[i].low
	if p.en {
		l := lemmaEN(w)
		if strings.HasSuffix(w, "ed") {
			v := strings.TrimSuffix(w, "ed")
			if strings.HasSuffix(w, "ied") && len(w) <= 4 {
				v = w[:len(w)-1] // "died"
			} else if strings.HasSuffix(w, "ied") {
				v = strings.TrimSuffix(w, "ied") + "y"
			} else if strings.HasSuffix(v, "at") || strings.HasSuffix(v, "ur") || strings.HasSuffix(v, "ac") || strings.HasSuffix(v, "in") {
				v += "e"
			}
			return "", v
		}
		return l, ""
	}
	noun, verb, _ = p.lemmaFR(i)
	return noun, verb
}

// lemmaMemo is a lemma lookup remembered by the parser.
type lemmaMemo struct {
	tok         int // token index + 1; 0 for an empty slot
	noun, verb  string
	grammatical bool
}

// lemmaFR is lemmaFR of the word at i, remembered: the words around a
// figure are looked up several times.
func (p *parser) lemmaFR(i int) (noun, verb string, grammatical bool) {
	m := &p.lemmaMemo[i%len(p.lemmaMemo)]
	if m.tok != i+1 {
		m.noun, m.verb, m.grammatical = lemmaFR(p.toks[i].low)
		m.tok = i + 1
	}
	return m.noun, m.verb, m.grammatical
}

// grammatical reports whether the word at i is a grammatical word (an
// adverb, preposition, conjunction, pronoun or determiner: "près",
// "selon", "hier"), never what a number counts.
func (p *parser) grammatical(i int) bool {
	if p.toks[i].cls&wNotCount != 0 {
		return true
	}
	if p.en {
		return false
	}
	_, _, g := p.lemmaFR(i)
	return g
}

// countMeasure decides what the number n, whose tokens end at last and
// whose qualifier starts at qs, counts. It returns the measure, the head
// noun (-1 when none) and whether the figure is a part of the count before
// it ("dont cinq").
func (p *parser) countMeasure(n num, qs, last int) (measure string, h int, part bool) {
	part = p.partBefore(qs)
	if p.correctionBefore(qs) {
		// "quatre morts, et non cinq": the figure rejected counts the
		// same thing as the one before it
		if m := p.inherited(n.i); m != "" {
			return m, -1, false
		}
	}
	if p.totalAfterCount(qs) {
		// "41 des 120 sièges": the whole the count is taken from
		return "", -1, false
	}
	if m := p.thresholdBefore(qs); m != "" {
		// "la majorité absolue de 61 sièges": a threshold, not the count
		return m, -1, part
	}
	h = p.headNoun(n, last)
	if h < 0 {
		h = p.ofTotalNoun(last)
	}
	if h >= 0 {
		if m := p.measure(h, qs, part); m != "" {
			return m, h, part
		}
		h = -1
	}
	// no noun: the verb group after ("30 autres sont portées disparues"),
	// the verb before ("ont arrêté 40"), the noun before ("le bilan est de
	// 40"), the count before in the sentence ("12 000 selon la CGT")
	if m, _ := p.participleAfter(p.skipPreNominal(last), part); canonOf(m) != "" {
		return m, -1, part
	}
	if m, _ := p.verbMeasureBefore(qs); m != "" {
		return m, -1, part
	}
	if m := p.nounBefore(qs, true); m != "" {
		return m, -1, part
	}
	if m := p.numberOfAfter(last); m != "" {
		return m, -1, part
	}
	if m := p.subjectMeasure(qs); m != "" {
		return m, -1, part
	}
	return p.inherited(n.i), -1, part
}

// thresholdNouns name a bar a count is measured against, not the count:
// "la majorité absolue de 61 sièges", "un objectif de 500 000 doses".
var thresholdNouns = map[string]bool{
	"majorité": true, "seuil": true, "objectif": true, "plafond": true, "limite": true,
	"quota": true, "capacité": true, "barre": true, "threshold": true, "majority": true,
	"target": true, "cap": true, "capacity": true,
}

// thresholdBefore returns the threshold noun of "<threshold> [adjective]
// de <figure>", or "".
func (p *parser) thresholdBefore(qs int) string {
	w := p.folded0(qs - 1)
	if w != "de" && w != "d" && w != "of" {
		return ""
	}
	for k := qs - 2; k >= 0 && k >= qs-3; k-- {
		if p.toks[k].kind != tWord {
			return ""
		}
		noun, _ := p.wordLemma(k)
		if thresholdNouns[noun] {
			return noun
		}
	}
	return ""
}

// ofTotalNoun returns the noun after "des <total>" in "41 des 120
// sièges" (what the 41 counts), or -1.
func (p *parser) ofTotalNoun(last int) int {
	k := last
	switch p.folded0(k) {
	case "des", "sur", "of":
	default:
		return -1
	}
	k++
	if w := p.folded0(k); w == "les" || w == "the" {
		k++
	}
	if k >= len(p.toks) || p.toks[k].kind != tDigit && p.toks[k].kind != tWord {
		return -1
	}
	m, ok := p.parseNumber(k)
	if !ok || m.article {
		return -1
	}
	return p.headNoun(m, m.j)
}

// correctionBefore reports whether the figure starting at qs follows "et
// non", "au lieu de", "not" or "rather than": a figure the text rejects.
func (p *parser) correctionBefore(qs int) bool {
	if qs < 2 || p.toks[qs-1].kind != tWord {
		return false
	}
	w1 := p.toks[qs-1].low
	if w1 != "non" && w1 != "de" && w1 != "d" && w1 != "not" && w1 != "than" {
		return false
	}
	w2 := p.folded0(qs - 2)
	switch {
	case w1 == "non" && (w2 == "et" || p.sym(qs-2) == ","):
		return true
	case (w1 == "de" || w1 == "d") && w2 == "lieu" && p.folded0(qs-3) == "au":
		return true
	case w1 == "not" && p.en, w1 == "than" && w2 == "rather":
		return true
	}
	return false
}

// totalAfterCount reports whether the figure starting at qs is the whole
// that the count just before it is taken from: "41 des 120 sièges",
// "1 500 stations sur les 11 000", "41 of the 120 seats".
func (p *parser) totalAfterCount(qs int) bool {
	k := qs - 1
	if w := p.folded0(k); w == "les" || w == "the" {
		k--
	}
	switch p.folded0(k) {
	case "des", "sur", "of":
	default:
		return false
	}
	return p.prev.end > 0 && p.prev.end >= k-4 && p.prev.end <= k
}

// partBefore reports whether the figure starting at qs is a part of the
// count before it: "dont cinq", "including three".
func (p *parser) partBefore(qs int) bool {
	return qs > 0 && p.toks[qs-1].kind == tWord && subCountWords[p.folded(qs-1)]
}

// inherited returns the measure of the count before token i in the same
// sentence, or "": "5 000 manifestants selon la police, 12 000 selon les
// organisateurs".
func (p *parser) inherited(i int) string { return p.inheritedFrom(p.prev, i) }

// inheritedFrom returns the measure of prev when it stands before token i
// in the same sentence, or "".
func (p *parser) inheritedFrom(prev prevCount, i int) string {
	if prev.measure == "" || prev.end > i || i-prev.end > 40 {
		return ""
	}
	for k := prev.end; k < i; k++ {
		t := &p.toks[k]
		if t.kind == tSym && (t.low == "." || t.low == "!" || t.low == "?") || t.sp == spOther && k > prev.end {
			return ""
		}
	}
	return prev.measure
}

// measure normalises what the noun at h counts, using the verb group after
// it and the verb before the figure (qs is the figure's first token,
// qualifier included). part is true after "dont".
func (p *parser) measure(h, qs int, part bool) string {
	noun, verb := p.lemmas(h)
	w := p.toks[h].low
	if noun == "" && verb == "" {
		noun = w
	}
	if m := p.compoundMeasure(h); m != "" {
		return m
	}
	if noun == "" && verb != "" {
		if m := verbMeasure[verb]; m != "" {
			return m
		}
		if m := canonMeasure[w]; m != "" {
			return m
		}
		return "" // a verb, not a noun: "3 000 manifestent"
	}
	m := canonMeasure[noun]
	if m == "" {
		m = canonMeasure[w]
	}
	if m != "" {
		ev, v := p.participleAfter(h+1, part)
		if noun == "corps" || w == "corps" || w == "bodies" {
			if _, vb := p.verbMeasureBefore(qs); bodyVerbs[v] || bodyVerbs[vb] {
				return "corps"
			}
		}
		if roleMeasures[m] && eventMeasures[ev] {
			return ev
		}
		return m
	}
	if genericHeads[noun] || genericHeads[w] {
		if m, _ := p.participleAfter(h+1, part); m != "" {
			return m
		}
		if m, _ := p.verbMeasureBefore(qs); m != "" {
			return m
		}
		if m := p.nounBefore(qs, true); m != "" && canonOf(m) != "" {
			return m
		}
		if (noun == "homme" || w == "men") && p.militaryContext(h) {
			return "soldats"
		}
		if part {
			if m := p.inherited(qs); m != "" {
				return m
			}
		}
	}
	return noun
}

// compoundMeasure reads the nouns of several words: "gardes à vue",
// "forces de l'ordre".
func (p *parser) compoundMeasure(h int) string {
	switch p.folded(h) {
	case "garde", "gardes":
		if p.folded0(h+1) == "a" && p.folded0(h+2) == "vue" {
			return "arrestations"
		}
	case "agents", "agent":
		// "agents anti-émeutes", "agents de police"
		if w := p.folded0(h + 1); w == "anti" || w == "antiemeute" || w == "antiemeutes" ||
			w == "de" && (p.folded0(h+2) == "police" || p.folded0(h+3) == "police") {
			return "policiers"
		}
	case "forces", "force":
		if p.folded0(h+1) == "de" && p.folded0(h+2) == "l" && p.folded0(h+4) == "ordre" {
			return "policiers"
		}
	}
	return ""
}

// participleAfter reads the verb group after a noun (or a number without
// one), from token k: "ont été tuées", "sont portées disparues", "ont dû
// être évacués", "ont trouvé la mort". It skips auxiliaries, modals,
// adverbs, a "de ..." complement and incises (", dont trois enfants,",
// ", selon la police,"); inIncise is true when the figure itself opens an
// incise ("dont trois enfants, ont été tuées"). It returns the measure and
// the verb lemma read.
func (p *parser) participleAfter(k int, inIncise bool) (measure, verb string) {
	complement := false
	for words := 0; (words < 8 || complement && words < 14) && k < len(p.toks); {
		t := &p.toks[k]
		if t.kind == tSym {
			switch t.low {
			case ",":
				if inIncise {
					inIncise = false
					k++
					continue
				}
				if e := p.inciseEnd(k); e > 0 {
					k = e
					continue
				}
			case "'":
				k++
				continue
			case "-":
				if complement {
					k++ // "within a two-mile radius"
					continue
				}
			}
			return "", ""
		}
		if t.kind != tWord || t.sp == spOther {
			return "", ""
		}
		w := p.folded(k)
		words++
		if w == "en" && p.folded0(k+1) == "greve" {
			return "grévistes", "" // "1 200 salariés en grève"
		}
		if skipWords[w] && t.low != "du" {
			k++
			continue
		}
		noun, verb := p.lemmas(k)
		switch {
		case w == "du" || w == "de" || w == "des" || w == "d" || w == "of":
			// "12 habitants du village ont été évacués"
			complement = true
			k++
			continue
		case verb == "trouver" && p.folded0(k+1) == "la" && p.folded0(k+2) == "mort",
			verb == "perdre" && p.folded0(k+1) == "la" && p.folded0(k+2) == "vie":
			return "morts", verb
		case verb == "placer" && p.folded0(k+1) == "en" && (p.folded0(k+2) == "garde" || p.folded0(k+2) == "detention"):
			return "arrestations", verb
		case verb == "cesser" && p.folded0(k+2) == "travail":
			return "grévistes", verb
		case (verb == "fuir" || verb == "trouver" || verb == "réfugier") && p.abroad(k+1):
			return "réfugiés", verb
		case p.en && (w == "forced" || w == "driven") && p.folded0(k+1) == "from":
			return "évacués", verb // "forced from their homes"
		case p.en && enLeave[w] && p.folded0(k+1) == "to":
			k += 2
			continue
		case p.en && strings.HasSuffix(w, "ing") && verbMeasure[verb] == "" && canonMeasure[w] == "":
			// "residents living within two miles of the plant were
			// evacuated": a participle clause
			complement = true
			k++
			continue
		}
		if m := verbMeasure[verb]; m != "" {
			return m, verb
		}
		if m := verbMeasure[t.low]; m != "" {
			return m, t.low // an infinitive: "ont dû fuir"
		}
		if m := canonMeasure[noun]; m != "" && eventMeasures[m] {
			return m, verb // "sinistrées", "disparues"
		}
		if p.en {
			if m := canonMeasure[t.low]; m != "" {
				return m, verb
			}
		}
		if verb == "" && words == 1 && noun != "" && p.folded0(k+1) != "" && !p.en {
			// an adjective after the noun: "31 % des contrôleurs aériens
			// ont cessé le travail"
			k++
			continue
		}
		if verb != "" || !complement {
			return "", verb
		}
		k++ // a noun of the complement
	}
	return "", ""
}

// inciseEnd returns the index after an incise opened by the comma at k
// (", dont trois enfants,", ", selon la police,"), or 0.
func (p *parser) inciseEnd(k int) int {
	if !inciseWords[p.folded0(k+1)] {
		return 0
	}
	for j := k + 2; j < len(p.toks) && j < k+16; j++ {
		t := &p.toks[j]
		if t.sp == spOther {
			return 0
		}
		if t.kind == tSym {
			switch t.low {
			case ",":
				return j + 1
			case ".", ";", "!", "?", ":":
				return 0
			}
		}
	}
	return 0
}

// verbMeasureBefore finds a measure verb governing the figure: "ont
// arrêté près de 4 000 personnes". It returns the measure and the verb
// lemma read.
func (p *parser) verbMeasureBefore(qs int) (measure, verb string) {
	k := qs - 1
	for s := 0; s < 4 && k >= 0; s++ {
		t := &p.toks[k]
		if t.kind != tWord {
			return "", ""
		}
		w := p.folded(k)
		if skipWords[w] || w == "les" || w == "des" {
			k--
			continue
		}
		_, verb := p.lemmas(k)
		if m := verbMeasure[verb]; m != "" {
			return m, verb
		}
		if p.en {
			v := strings.TrimSuffix(strings.TrimSuffix(w, "ed"), "e")
			if m := verbMeasure[v]; m != "" {
				return m, v
			}
		}
		return "", verb
	}
	return "", ""
}

// nounBefore returns the lemma of the noun in "<noun> de <figure>"
// ("une amende de 5 000 euros" -> "amende", "le bilan de 45" -> "morts"
// when canonOnly). With canonOnly it returns only canonical measures.
func (p *parser) nounBefore(qs int, canonOnly bool) string {
	k := qs - 1
	if k >= 0 && p.sym(k) == "'" {
		k--
	}
	w := p.folded0(k)
	if w != "de" && w != "d" && w != "of" && w != "a" {
		// "le bilan s'élève à 45", "le bilan est de 45"
		return ""
	}
	if w == "a" && p.toks[k].low != "à" {
		return ""
	}
	k--
	throughVerb := false
	for s := 0; s < 5 && k >= 0; s++ {
		t := &p.toks[k]
		if t.kind == tSym && t.low == "'" {
			k--
			continue
		}
		if t.kind != tWord {
			return ""
		}
		x := p.folded(k)
		if x == "s" || x == "eleve" || x == "elevait" || x == "est" || x == "etait" || x == "atteint" || x == "passe" || x == "alourdi" || x == "porte" {
			throughVerb = true
			k--
			continue
		}
		if x == "provisoire" || x == "lourd" || x == "nouveau" || x == "dernier" || x == "officiel" {
			k--
			continue
		}
		if isWeekday(x, p.en) || p.isMonthTok(k) {
			return "" // "les inondations de lundi à 300 millions"
		}
		noun, verb := p.lemmas(k)
		if noun == "" && verb != "" {
			return ""
		}
		if noun == "" {
			noun = t.low
		}
		if m := canonMeasure[noun]; m != "" {
			return m
		}
		if canonOnly || notCountWords[x] || throughVerb || w == "a" {
			// through a verb the noun may be a complement of the subject
			// ("la dette de Vectris s'élève à"): subjectMeasure reads it
			return ""
		}
		if h := p.npHead(k); h != k {
			// "une aide humanitaire de 10 millions": the noun, not its
			// adjective
			return p.phraseMeasure(h)
		}
		return p.phraseMeasure(k)
	}
	return ""
}

// militaryContext reports whether the sentence around token h speaks of
// armed forces.
func (p *parser) militaryContext(h int) bool {
	for k := h - 1; k >= 0 && k > h-30; k-- {
		if p.sentenceEnd(k) {
			break
		}
		if p.toks[k].kind == tWord && militaryCues[p.folded(k)] {
			return true
		}
	}
	for k := h + 1; k < len(p.toks) && k < h+30; k++ {
		if p.sentenceEnd(k) {
			break
		}
		if p.toks[k].kind == tWord && militaryCues[p.folded(k)] {
			return true
		}
	}
	return false
}

// sentenceEnd reports whether token k ends a sentence.
func (p *parser) sentenceEnd(k int) bool {
	t := &p.toks[k]
	return t.kind == tSym && (t.low == "." || t.low == "!" || t.low == "?")
}
