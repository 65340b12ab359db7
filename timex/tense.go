package timex

import "strings"

// tenseWindow is how far (in tokens) the verb search goes on each side.
const tenseWindow = 12

// tenseAt returns the tense of the nearest verb around tokens [a, b): first
// within the clause (commas are boundaries), then within the sentence.
func (s *state) tenseAt(a, b int) tense {
	t, _ := s.tenseNear(a, b)
	return t
}

// tenseNear is tenseAt that also tells whether the verb was found in the
// expression's own clause (between commas) rather than further away in
// the sentence.
func (s *state) tenseNear(a, b int) (t tense, clause bool) {
	if t := s.scanTense(a, b, true); t != tenseNone {
		return t, true
	}
	return s.scanTense(a, b, false), false
}

func (s *state) scanTense(a, b int, clause bool) tense {
	l, r := a-1, b
	lOpen, rOpen := true, true
	for k := 0; k < tenseWindow && (lOpen || rOpen); k++ {
		if lOpen {
			if l < 0 || (s.newlineBefore(l+1) && l+1 != a) || s.boundary(l, clause) {
				lOpen = false
			} else {
				if t := s.verbTense(l); t != tenseNone {
					return t
				}
				l--
			}
		}
		if rOpen {
			if r >= len(s.toks) || s.newlineBefore(r) || s.boundary(r, clause) {
				rOpen = false
			} else {
				if t := s.verbTense(r); t != tenseNone {
					return t
				}
				r++
			}
		}
	}
	return tenseNone
}

func (s *state) newlineBefore(i int) bool { return i >= 0 && i < len(s.toks) && s.toks[i].nl }

// verbTense classifies word i, once: expressions of the same sentence
// look at the same verbs.
func (s *state) verbTense(i int) tense {
	if i < 0 || i >= len(s.toks) || s.toks[i].kind != tWord {
		return tenseNone
	}
	if i < len(s.tenses) {
		if c := s.tenses[i]; c != 0 {
			return tense(c - 1)
		}
		t := s.classifyVerb(i)
		s.tenses[i] = int8(t) + 1
		return t
	}
	return s.classifyVerb(i)
}

// classifyVerb is verbTense without the cache.
func (s *state) classifyVerb(i int) tense {
	if e := s.lex(i); e != nil {
		switch e.w {
		case wDepuis:
			return tensePast
		}
		if s.en {
			return tenseNone
		}
		// Other lexicon words (dates, function words) are not verbs, but
		// "a" is the auxiliary.
		if e.w != wA2 {
			return tenseNone
		}
	}
	w := s.folded(i)
	if w == "" {
		return tenseNone
	}
	if s.en {
		return s.verbTenseEN(i, w)
	}
	// Inverted auxiliaries: a-t-on, ont-ils, est-il, sera-t-il.
	if j := strings.IndexByte(w, '-'); j > 0 {
		w = w[:j]
	}
	switch w[len(w)-1] {
	case 'a', 'i', 's', 't', 'z', 'e', 'u':
	default:
		return tenseNone // no French verb ending we look for
	}
	if aux, ok := frAux[w]; ok {
		if p := s.participleAfter(i); p > 0 {
			if etre[w] && !s.reflexiveBefore(i) && !etreVerbs[s.folded(p)] {
				// "est fixé": a passive present, not a passé composé.
				return tenseNone
			}
			return aux
		}
		if aux == tenseFuture && (w == "sera" || w == "seront" || w == "aura" || w == "auront") {
			return tenseFuture
		}
		if w == "etait" || w == "etaient" || w == "avait" || w == "avaient" {
			return tensePast
		}
		return tenseNone
	}
	switch w {
	case "va", "vont", "vais", "allons", "allez":
		if s.infinitiveAfter(i) {
			return tenseFuture
		}
		return tenseNone
	case "fut", "furent", "eut", "eurent":
		return tensePast
	case "doit", "doivent", "devront", "devra", "prevu", "prevue", "prevus", "prevues", "programme", "programmee", "programmes", "programmees":
		return tenseFuture
	}
	if frFuture[w] {
		return tenseFuture
	}
	n := len(w)
	switch {
	case n >= 6 && strings.HasSuffix(w, "aient"):
		if isFoldedSuffix(w, "eraient", "rraient", "draient") {
			return tenseFuture // conditional
		}
		return tensePast
	case n >= 5 && strings.HasSuffix(w, "ait"):
		if frNotImperfect[w] {
			return tenseNone
		}
		if isFoldedSuffix(w, "erait", "rrait", "drait") && !strings.HasSuffix(w, "perait") {
			return tenseFuture // conditional
		}
		return tensePast
	case n >= 6 && isFoldedSuffix(w, "erent", "irent", "urent"):
		return tensePast
	case n >= 6 && isFoldedSuffix(w, "erais", "rrais", "drais", "irais"):
		return tenseFuture // conditional, first and second person
	case n >= 6 && isFoldedSuffix(w, "eront", "iront", "dront", "rront"):
		return tenseFuture
	case n >= 5 && isFoldedSuffix(w, "era", "erai", "erons", "erez"):
		if frNotFuture[w] {
			return tenseNone
		}
		return tenseFuture
	case n >= 5 && isFoldedSuffix(w, "dra", "rra", "ira", "drai", "rrai", "irai", "drons", "rrons", "irons", "drez", "rrez", "irez"):
		if frNotFuture[w] {
			return tenseNone
		}
		return tenseFuture
	}
	return tenseNone
}

// frAux maps auxiliary forms to the tense they give with a participle.
var frAux = map[string]tense{
	"a": tensePast, "ai": tensePast, "as": tensePast, "avons": tensePast, "avez": tensePast, "ont": tensePast,
	"avait": tensePast, "avaient": tensePast, "avais": tensePast, "avions": tensePast,
	"est": tensePast, "sont": tensePast, "suis": tensePast, "sommes": tensePast, "etes": tensePast, "es": tensePast,
	"etait": tensePast, "etaient": tensePast,
	"aurait": tensePast, "auraient": tensePast, "serait": tensePast, "seraient": tensePast,
	"aura": tenseFuture, "auront": tenseFuture, "sera": tenseFuture, "seront": tenseFuture,
}

// frFuture lists irregular futures the suffix rules miss.
var frFuture = map[string]bool{
	"sera": true, "seront": true, "aura": true, "auront": true, "fera": true, "feront": true,
	"ira": true, "iront": true, "pourra": true, "pourront": true, "devra": true, "devront": true,
	"saura": true, "sauront": true, "verra": true, "verront": true, "faudra": true, "voudra": true,
	"mettra": true, "mettront": true, "serai": true, "aurai": true, "ferai": true, "serons": true,
	"pourrait": true, "pourraient": true, "devrait": true, "devraient": true,
}

var frNotImperfect = map[string]bool{
	"portrait": true, "souhait": true, "attrait": true, "extrait": true, "trait": true, "retrait": true,
	"lait": true, "parfait": true, "forfait": true, "bienfait": true, "plait": true, "distrait": true,
	"abstrait": true, "methodique": true,
}

var frNotFuture = map[string]bool{
	"opera": true, "camera": true, "cholera": true, "chimera": true, "ultra": true, "extra": true,
	"contra": true, "sumatra": true, "cobra": true, "tira": true, "vira": true, "mira": true,
	"emira": true, "palmira": true, "satira": true, "kashmira": true, "zaira": true, "sahara": true,
	"ira": false, "cathedra": true, "tundra": true, "alhambra": true, "hydra": true,
}

// participleAfter returns the index of a past participle within four
// words after an auxiliary at i (skipping adverbs such as pas, déjà), or
// 0. "a été" counts as a participle.
func (s *state) participleAfter(i int) int {
	for j := i + 1; j <= i+4 && j < len(s.toks); j++ {
		t := &s.toks[j]
		if t.kind != tWord {
			if t.kind == tPunct && t.num == '-' {
				continue
			}
			return 0
		}
		w := s.folded(j)
		switch w {
		case "ete":
			return j
		case "pas", "plus", "deja", "jamais", "bien", "aussi", "egalement", "toujours", "encore", "ainsi", "notamment", "enfin", "donc", "t", "il", "elle", "on", "ils", "elles", "t-il", "t-elle", "t-on":
			continue
		}
		if strings.IndexByte(w, '-') >= 0 || !isParticiple(w) {
			return 0 // rendez-vous
		}
		return j
	}
	return 0
}

// etre lists the forms of être used as an auxiliary.
var etre = map[string]bool{"est": true, "sont": true, "suis": true, "sommes": true, "etes": true, "es": true, "etait": true, "etaient": true, "serait": true, "seraient": true, "sera": true, "seront": true}

// etreVerbs are the participles that take être in the passé composé; with
// another participle être makes a passive ("est prévu").
var etreVerbs = func() map[string]bool {
	m := map[string]bool{"ete": true}
	for _, p := range []string{"arrive", "parti", "venu", "decede", "tombe", "entre", "sorti", "reste", "devenu", "revenu", "retourne", "passe", "monte", "descendu", "alle", "intervenu", "survenu", "rentre", "parvenu", "apparu", "redevenu", "reparti", "ressorti", "ne", "mort"} {
		for _, suf := range []string{"", "e", "s", "es"} {
			m[p+suf] = true
		}
	}
	return m
}()

// reflexiveBefore reports se/s' right before the auxiliary at i.
func (s *state) reflexiveBefore(i int) bool {
	switch s.folded(i - 1) {
	case "s'", "se", "m'", "me", "t'", "te", "nous", "vous":
		return true
	}
	return false
}

func isParticiple(w string) bool {
	if len(w) < 2 {
		return false
	}
	switch w {
	case "lieu", "peu", "feu", "jeu", "lieux", "jeux", "feux":
		return false // a lieu, a peu de chances: not a passé composé
	case "eu", "pu", "du", "vu", "su", "lu", "bu", "mis", "pris", "dit", "fait", "ecrit", "mort", "ne", "ouvert", "offert", "souffert", "decouvert", "couvert", "atteint", "craint", "peint", "joint", "eteint", "plaint", "conduit", "produit", "detruit", "construit", "traduit", "reduit", "introduit", "venu", "tenu", "obtenu", "devenu", "revenu", "intervenu", "parvenu", "survenu", "retenu", "soutenu", "maintenu", "contenu":
		return true
	}
	return isFoldedSuffix(w, "e", "es", "ee", "ees", "i", "is", "ie", "ies", "u", "us", "ue", "ues")
}

// infinitiveAfter reports an infinitive right after (clitics skipped).
func (s *state) infinitiveAfter(i int) bool {
	for j := i + 1; j <= i+3 && j < len(s.toks); j++ {
		if s.toks[j].kind != tWord {
			return false
		}
		w := s.folded(j)
		switch w {
		case "se", "s'", "le", "la", "les", "l'", "y", "en", "lui", "leur", "nous", "vous", "me", "m'", "te", "t'", "ne", "n'", "pas", "bientot", "enfin", "aussi", "donc":
			continue
		}
		return isFoldedSuffix(w, "er", "ir", "re", "oir")
	}
	return false
}

// verbTenseEN classifies an English word.
func (s *state) verbTenseEN(i int, w string) tense {
	switch w {
	case "will", "shall", "'ll":
		return tenseFuture
	case "was", "were", "had", "did", "said", "told", "went", "came", "made", "took", "gave", "met", "held", "left", "saw", "found", "announced":
		return tensePast
	case "has", "have":
		// Present perfect: the event is past.
		if j := i + 1; j < len(s.toks) && s.toks[j].kind == tWord {
			n := s.folded(j)
			if strings.HasSuffix(n, "ed") || n == "been" || n == "made" || n == "said" || n == "told" || n == "taken" || n == "given" || n == "seen" {
				return tensePast
			}
		}
		return tenseNone
	case "going":
		if s.folded(i+1) == "to" {
			return tenseFuture
		}
	}
	if len(w) > 4 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed") {
		switch s.folded(i - 1) {
		case "is", "are", "am", "be", "being", "the", "a", "an", "will", "would", "'s", "not":
			return tenseNone // is expected: a passive present, or an adjective
		}
		return tensePast
	}
	return tenseNone
}
