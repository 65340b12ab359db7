package crosscheck

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Credit phrases, folded.
var (
	// creditPreps introduce who a figure is credited to: "selon le
	// ministère", "d'après la police", "according to the ministry".
	creditPreps = []string{
		"selon ", "d'apres ", "de source ", "cite par ", "citee par ", "cites par ",
		"according to ", "citing ", "quoted by ",
	}
	// reportVerbs, after a comma and followed by their subject, credit
	// it: ", a rapporté l'agence TASS", ", ont annoncé mardi les
	// autorités", ", said the ministry".
	reportVerbs = []string{
		"a rapporte", "ont rapporte", "rapporte", "a indique", "ont indique", "indique",
		"a annonce", "ont annonce", "annonce", "a affirme", "ont affirme", "affirme",
		"a declare", "ont declare", "declare", "a precise", "ont precise", "precise",
		"a confirme", "ont confirme", "confirme", "a fait savoir", "ont fait savoir",
		"fait savoir", "a communique", "a assure", "ont assure", "assure", "a estime",
		"ont estime", "estime", "a souligne", "souligne", "a ajoute", "ajoute",
		"a recense", "ont recense", "recense", "a avance", "ont avance",
		"said", "reported", "announced", "told reporters", "confirmed", "stated",
		"estimated", "added", "says", "reports",
	}
	// subjectVerbs credit their subject (the words from the start of the
	// clause) with the figure that follows them: "Le ministère de
	// l'Intérieur a annoncé 4 000 arrestations", "Police said 300".
	subjectVerbs = []string{
		"annonce", "annoncent", "indique", "fait etat", "font etat", "recense", "recensent",
		"denombre", "affirme", "estime", "estiment", "revendique", "revendiquent",
		"evoque", "avance", "rapporte", "communique", "said", "reported",
		"announced", "estimated", "counted", "claimed", "put the toll at", "says", "reports",
		"estimates",
	}
	// postVerbs credit their subject wherever the figure stands: "300
	// people were killed, the ministry said".
	postVerbs = []string{"said", "says", "reported", "told reporters", "added", "confirmed", "stated", "estimated"}
	// passiveAux end a passive subject: "were reported", "a été
	// annoncé".
	passiveAux = map[string]bool{
		"were": true, "was": true, "is": true, "are": true, "been": true, "be": true,
		"ete": true, "sont": true, "est": true, "etaient": true, "etait": true,
	}
	// creditAux are auxiliaries and adverbs between a subject and its
	// verb.
	creditAux = map[string]bool{
		"a": true, "ont": true, "avait": true, "avaient": true, "aurait": true, "auraient": true,
		"d'abord": true, "deja": true, "aussi": true, "egalement": true, "encore": true,
		"had": true, "has": true, "have": true, "also": true, "earlier": true, "initially": true,
		"first": true,
	}
	// creditSkip are the words that may stand between an inverted
	// reporting verb and its subject: days, parts of the day, adverbs.
	creditSkip = map[string]bool{
		"lundi": true, "mardi": true, "mercredi": true, "jeudi": true, "vendredi": true,
		"samedi": true, "dimanche": true, "matin": true, "soir": true, "apres-midi": true,
		"hier": true, "aujourd'hui": true, "encore": true, "aussi": true, "egalement": true,
		"ensuite": true, "alors": true, "pour": true, "sa": true, "part": true, "de": true,
		"son": true, "cote": true, "on": true, "monday": true, "tuesday": true,
		"wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
		"also": true, "later": true, "earlier": true, "yesterday": true, "today": true,
	}
	// creditStops end a credited name.
	creditStops = map[string]bool{
		"qui": true, "que": true, "qu'": true, "dont": true, "a": true, "ont": true, "est": true,
		"sont": true, "et": true, "selon": true, "lors": true, "dans": true, "mais": true,
		"lundi": true, "mardi": true, "mercredi": true, "jeudi": true, "vendredi": true,
		"samedi": true, "dimanche": true, "hier": true, "ce": true, "cette": true, "mardi-soir": true,
		"who": true, "which": true, "that": true, "said": true, "on": true, "and": true,
		"in": true, "as": true, "after": true, "while": true, "ou": true, "or": true,
		"pour": true, "avec": true, "sur": true, "apres": true, "avant": true, "depuis": true,
		"car": true, "si": true, "soit": true, "aujourd'hui": true, "au": true,
		"during": true, "at": true,
	}
	// creditDeterminers are removed from the start of a credited name.
	creditDeterminers = []string{"le ", "la ", "les ", "l'", "un ", "une ", "des ", "du ", "the ", "a ", "an "}
	// creditDocuments are the documents a credit names before its
	// author: "un nouveau bilan de la protection civile", "un communiqué
	// du ministère".
	creditDocuments = []string{
		"bilan", "communique", "decompte", "chiffre", "chiffres", "estimation", "estimations",
		"rapport", "comptage", "donnees", "statement", "figures", "count", "tally", "toll",
		"report", "estimate",
	}
	// creditPronouns are credits that name nobody.
	creditPronouns = map[string]bool{
		"lui": true, "elle": true, "eux": true, "elles": true, "moi": true, "nous": true,
		"vous": true, "him": true, "her": true, "them": true, "us": true, "me": true,
		"nos informations": true, "toute vraisemblance": true, "certains": true, "plusieurs": true,
		"les cas": true, "it": true,
	}
)

// credit returns who sentence sent credits for the figure at rune offset
// start (-1 when unknown): the credit nearest to the figure, as written,
// without its determiner ("ministère de l'Intérieur", "agence TASS"); ""
// when the sentence credits nobody.
func credit(sent string, start int) string {
	fs := fold(sent)
	if utf8.RuneCountInString(fs) != utf8.RuneCountInString(sent) {
		return ""
	}
	fig := len(fs)
	if start >= 0 {
		fig = byteIndex(fs, start)
	}
	best, bestDist := "", -1
	consider := func(name string, at int) {
		if name == "" {
			return
		}
		d := at - fig
		if d < 0 {
			d = -d
		}
		if bestDist < 0 || d < bestDist {
			best, bestDist = name, d
		}
	}
	for _, p := range creditPreps {
		for i := wordPhraseAt(fs, p, 0); i >= 0; i = wordPhraseAt(fs, p, i+1) {
			consider(creditName(sent, fs, i+len(p)), i)
		}
	}
	for _, v := range reportVerbs {
		for i := verbAt(fs, v, 0); i >= 0; i = verbAt(fs, v, i+1) {
			before := strings.TrimRight(fs[:i], " ")
			for _, pro := range []string{" nous", " m'", " lui", " leur", " l'", " me", " nous l'"} {
				// ", nous a déclaré un responsable"
				before = strings.TrimSuffix(before, pro)
			}
			before = strings.TrimRight(before, " ")
			if !strings.HasSuffix(before, ",") && !strings.HasSuffix(before, "»") && !strings.HasSuffix(before, "\"") && !strings.HasSuffix(before, "”") {
				continue
			}
			j := skipWords(fs, i+len(v))
			consider(creditName(sent, fs, j), i)
		}
	}
	for _, v := range subjectVerbs {
		for i := verbAt(fs, v, 0); i >= 0; i = verbAt(fs, v, i+1) {
			if start >= 0 && fig < i && !slices.Contains(postVerbs, v) {
				continue // the figure must come after the verb
			}
			consider(subjectName(sent, fs, i), i)
		}
	}
	return best
}

// skipWords skips from byte offset i of fs the words that may stand
// between an inverted reporting verb and its subject.
func skipWords(fs string, i int) int {
	for i < len(fs) {
		j := i
		for j < len(fs) && fs[j] == ' ' {
			j++
		}
		k := j
		for k < len(fs) && fs[k] != ' ' && fs[k] != ',' {
			k++
		}
		w := fs[j:k]
		if w == "" || !creditSkip[w] {
			return j
		}
		i = k
	}
	return i
}

// creditName reads the name that starts at byte offset i of fs (the
// folded sentence) and returns it as sent writes it, cleaned; "" when none.
func creditName(sent, fs string, i int) string {
	for i < len(fs) && fs[i] == ' ' {
		i++
	}
	end := i
	n := 0
	for end < len(fs) && n < 10 {
		r, size := utf8.DecodeRuneInString(fs[end:])
		switch {
		case r == '(':
			// A bracket closing soon is part of the name: "(ANPC)".
			c := strings.IndexByte(fs[end:], ')')
			if c < 0 || c > 40 {
				return cleanCredit(sent, fs, i, end)
			}
			end += c + 1
			continue
		case r == ' ' || r == '-' || r == '\'' || unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' && end+1 < len(fs) && fs[end+1] != ' ':
		default:
			return cleanCredit(sent, fs, i, end)
		}
		if r == ' ' {
			// At a word start: is the next word a stop?
			k := end + 1
			for k < len(fs) && fs[k] != ' ' && fs[k] != ',' && fs[k] != '.' && fs[k] != ';' {
				k++
			}
			w := fs[end+1 : k]
			if creditStops[w] || strings.HasPrefix(w, "qu'") {
				return cleanCredit(sent, fs, i, end)
			}
			n++
		}
		end += size
	}
	return cleanCredit(sent, fs, i, end)
}

// subjectName returns the subject of the reporting verb at byte offset v
// of fs: the words from the start of its clause (the sentence start or
// the last comma) when they look like a name (at most eight words,
// starting with a determiner or a capital letter, no digit).
func subjectName(sent, fs string, v int) string {
	s := strings.LastIndexAny(fs[:v], ",;:«»\"") + 1
	// A clause opened by a conjunction: ", tandis que la CGT revendique
	// 60 %".
	for s < v && fs[s] == ' ' {
		s++
	}
	for _, c := range clauseOpeners {
		if strings.HasPrefix(fs[s:v], c) {
			s += len(c)
			break
		}
	}
	// Leave out the auxiliaries and adverbs before the verb.
	for {
		t := strings.TrimRight(fs[s:v], " ")
		k := strings.LastIndexByte(t, ' ')
		if k < 0 || !creditAux[t[k+1:]] {
			v = s + len(t)
			break
		}
		v = s + k
	}
	seg := strings.TrimSpace(fs[s:v])
	if seg == "" || strings.ContainsAny(seg, "0123456789") || len(strings.Fields(seg)) > 8 {
		return ""
	}
	for s < v && fs[s] == ' ' {
		s++
	}
	first, _ := utf8.DecodeRuneInString(sent[byteIndex(sent, runeIndex(fs, s)):])
	det := startsWithAny(seg, creditDeterminers)
	if !det && !unicode.IsUpper(first) {
		return ""
	}
	// A passive ("Three workers were reported killed") names no one.
	if ws := strings.Fields(seg); passiveAux[ws[len(ws)-1]] {
		return ""
	}
	// Pronouns and bare verbs are no names.
	if w := strings.Fields(seg)[0]; w == "il" || w == "elle" || w == "ils" || w == "elles" || w == "on" || w == "nous" || w == "we" || w == "they" || w == "he" || w == "she" || w == "it" {
		return ""
	}
	return cleanCredit(sent, fs, s, v)
}

// clauseOpeners are the conjunctions that open a clause before its
// subject, folded, with their trailing space.
var clauseOpeners = []string{
	"tandis que ", "tandis qu'", "alors que ", "alors qu'", "mais ", "et ", "quand ", "lorsque ",
	"while ", "whereas ", "but ", "and ", "when ",
}

// cleanCredit returns sent[i:end] (byte offsets valid in both fs and
// sent, which have the same runes) without its determiner, its document
// noun ("bilan de"), trailing spaces and punctuation; "" for a pronoun.
func cleanCredit(sent, fs string, i, end int) string {
	if i >= end || end > len(fs) {
		return ""
	}
	// fs and sent have the same runes but not always the same bytes:
	// convert through rune offsets.
	ri, re := runeIndex(fs, i), runeIndex(fs, end)
	f := fs[i:end]
	s := sent[byteIndex(sent, ri):byteIndex(sent, re)]
	cut := func(n int) { // drop n bytes of f from the start
		rn := runeIndex(f, n)
		f = f[n:]
		s = s[byteIndex(s, rn):]
	}
	for k := 0; k < 3; k++ {
		changed := false
		for _, d := range creditDeterminers {
			if strings.HasPrefix(f, d) {
				cut(len(d))
				changed = true
				break
			}
		}
		for _, adj := range []string{"nouveau ", "nouvel ", "dernier ", "premier ", "recent ", "new ", "latest ", "official "} {
			if strings.HasPrefix(f, adj) {
				cut(len(adj))
				changed = true
			}
		}
		for _, doc := range creditDocuments {
			if !strings.HasPrefix(f, doc+" ") {
				continue
			}
			rest := f[len(doc)+1:]
			for _, adj := range []string{"officiel ", "officiels ", "officielle ", "officielles ", "provisoire ", "provisoires "} {
				if strings.HasPrefix(rest, adj) {
					rest = rest[len(adj):]
				}
			}
			for _, of := range []string{"de la ", "de l'", "des ", "du ", "de ", "d'", "from the ", "from ", "of the ", "of ", "by the ", "by "} {
				if strings.HasPrefix(rest, of) && len(rest) > len(of) {
					cut(len(f) - len(rest) + len(of))
					changed = true
					break
				}
			}
			break
		}
		if !changed {
			break
		}
	}
	s = strings.TrimRight(s, " ,;:.-'’")
	f = strings.TrimRight(f, " ,;:.-'’")
	if s == "" || creditPronouns[f] {
		return ""
	}
	if w := strings.Fields(f); slices.Contains(creditDocuments, w[0]) {
		return "" // a document without its author: "le bilan provisoire"
	}
	return s
}

// verbAt returns the byte offset of the first occurrence of verb in fs at
// or after from that starts and ends at word boundaries, -1 when none.
func verbAt(fs, verb string, from int) int {
	for i := wordPhraseAt(fs, verb, from); i >= 0; i = wordPhraseAt(fs, verb, i+1) {
		r, _ := utf8.DecodeRuneInString(fs[i+len(verb):])
		if i+len(verb) == len(fs) || !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			return i
		}
	}
	return -1
}
