package summary

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentence filters: what may never stand in a summary (captions,
// boilerplate, questions, quote fragments, interview answers, headings)
// and what may only follow its predecessor (a sentence opening on a
// pronoun or connective whose antecedent is in the sentence before).

// eligibility of a sentence as summary material.
type eligibility int

const (
	excluded   eligibility = iota // never in a summary
	standalone                    // may stand alone
	dangling                      // only right after its predecessor
)

const (
	minWords = 8
	maxWords = 50
)

// textInfo is what the filters read of a sentence, computed once.
type textInfo struct {
	text     string   // trimmed
	lower    string   // lower case
	outside  string   // lower case, quoted spans removed
	toks     []string // lower-case words of text
	outToks  []string // lower-case words of outside
	words    int      // whitespace-separated pieces holding a letter or digit
	balanced bool     // quotation marks balance
}

func newTextInfo(text string) textInfo {
	t := textInfo{text: strings.TrimSpace(text)}
	t.lower = strings.ToLower(t.text)
	t.words = wordCount(t.text)
	t.toks = splitWords(t.lower)
	return t
}

// quotes fills the fields about quotations, which only the filters use.
func (t *textInfo) quotes() {
	t.outside = outsideQuotes(t.lower)
	if len(t.outside) == len(t.lower) {
		t.outToks = t.toks
	} else {
		t.outToks = splitWords(t.outside)
	}
	t.balanced = quoteBalance(t.text, 0) == 0
}

// classify tells whether s may stand in a summary, and how.
func classify(s Sentence, t *textInfo) eligibility {
	n := t.words
	if n < minWords || n > maxWords {
		return excluded
	}
	t.quotes()
	if s.InQuote || strings.ContainsRune(t.text, '?') || strings.HasSuffix(t.text, ":") || isHeading(t.text, n) ||
		isCaption(t.lower, t.toks) || isBoilerplate(t.lower, t.toks) || isQuoteFragment(t) || hasFirstPerson(t.outToks) {
		return excluded
	}
	if isDangling(t) {
		return dangling
	}
	return standalone
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// wordCount counts the whitespace-separated pieces holding a letter or
// digit.
func wordCount(text string) int {
	n := 0
	counted := false // the current piece has been counted
	for _, r := range text {
		switch {
		case unicode.IsSpace(r):
			counted = false
		case !counted && isWordRune(r):
			n++
			counted = true
		}
	}
	return n
}

// isHeading: no final mark and short, or mostly upper case.
func isHeading(text string, words int) bool {
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(text, "»\"”’') "))
	if !isFinal(last) && words < 12 {
		return true
	}
	upper, letters := 0, 0
	for _, r := range text {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	return letters > 0 && upper*2 > letters
}

var captionMarks = []string{
	"©", "(photo", "photo :", "photo:", "/afp", "afp/", "afp photo", "/reuters", "reuters/",
	"getty images", "crédit photo", "crédits photo", "(illustration", "(archives", "légende :",
	"/ap)", "ap photo", "maxppp", "sipa/", "/sipa",
}

var captionStarts = []string{"photo ", "photos ", "vidéo ", "video ", "illustration", "infographie", "diaporama", "crédit", "image :"}

// isCaption reads lower-case text and its words.
func isCaption(l string, toks []string) bool {
	if !strings.Contains(l, "©") && !anyWord(toks, captionWords) {
		return false
	}
	for _, m := range captionMarks {
		if strings.Contains(l, m) {
			return true
		}
	}
	for _, m := range captionStarts {
		if strings.HasPrefix(l, m) {
			return true
		}
	}
	return false
}

var boilerplateMarks = []string{
	"lire aussi", "lire la suite", "voir aussi", "à lire", "cliquez", "abonnez", "abonnement",
	"publié le", "mis à jour", "tous droits", "réagir", "commentaire", "partager", "newsletter",
	"http://", "https://", "www.", ".fr/", ".com/", "@", "retrouvez", "suivez-nous", "suivez nous",
	"en savoir plus", "(lire", "[lire", "dépêche", "avec afp", "avec reuters", "avec ap",
	"cet article", "notre article", "nos articles", "nos informations", "notre dossier",
}

// boilerplateWords and captionWords hold the longest word of each mark:
// a sentence with none of them is not searched.
var boilerplateWords, captionWords = markWords(boilerplateMarks), markWords(append(captionMarks, captionStarts...))

func markWords(marks []string) map[string]bool {
	set := map[string]bool{}
	for _, m := range marks {
		longest := ""
		for _, w := range splitWords(m) {
			if len(w) > len(longest) {
				longest = w
			}
		}
		if longest != "" {
			set[longest] = true
		}
	}
	return set
}

// anyWord reports whether one of toks is in set.
func anyWord(toks []string, set map[string]bool) bool {
	for _, t := range toks {
		if set[t] {
			return true
		}
	}
	return false
}

// isBoilerplate reads lower-case text and its words.
func isBoilerplate(l string, toks []string) bool {
	if strings.IndexByte(l, '@') < 0 && !anyWord(toks, boilerplateWords) {
		return false
	}
	for _, m := range boilerplateMarks {
		if strings.Contains(l, m) {
			return true
		}
	}
	return false
}

// isQuoteFragment: the quotation marks do not balance (part of a quote
// spanning several sentences), or the sentence is a quotation with no
// reporting clause around it (fewer than three words outside the marks).
func isQuoteFragment(t *textInfo) bool {
	if !t.balanced {
		return true
	}
	first, _ := utf8.DecodeRuneInString(t.text)
	if first == '-' || first == '—' || first == '–' {
		return true // dialogue turn
	}
	if len(t.outside) == len(t.lower) {
		return false
	}
	return len(t.outToks) < 3
}

// outsideQuotes returns text without its quoted spans.
func outsideQuotes(text string) string {
	if !strings.ContainsAny(text, "«»“”\"") {
		return text
	}
	var b strings.Builder
	depth := 0
	straightOpen := false
	for _, r := range text {
		switch r {
		case '«', '“':
			depth++
			continue
		case '»', '”':
			if depth > 0 {
				depth--
			}
			continue
		case '"':
			if straightOpen {
				if depth > 0 {
					depth--
				}
			} else {
				depth++
			}
			straightOpen = !straightOpen
			continue
		}
		if depth == 0 {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// splitWords splits text into its runs of letters and digits: an elided
// article or pronoun ("l'", "j'", "qu'") is a word of its own without the
// apostrophe.
func splitWords(text string) []string {
	out := make([]string, 0, len(text)/5+1)
	start := -1
	for i, r := range text {
		w := r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r >= 'A' && r <= 'Z') ||
			r >= utf8.RuneSelf && isWordRune(r)
		switch {
		case w && start < 0:
			start = i
		case !w && start >= 0:
			out = append(out, text[start:i])
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, text[start:])
	}
	return out
}

// hasFirstPerson: "je", "nous", "vous" outside quotes mark an interview
// answer or a columnist's voice, not reportable without its speaker.
func hasFirstPerson(outToks []string) bool {
	for _, t := range outToks {
		switch t {
		case "je", "nous", "vous", "notre", "nos", "votre", "vos", "moi":
			return true
		}
	}
	return false
}

// danglingStarts are openings whose referent lies in an earlier sentence.
// Each is a sequence of lower-case tokens.
var danglingStarts = [][]string{
	{"il"}, {"elle"}, {"ils"}, {"elles"}, {"lui"}, {"eux"}, {"celui", "ci"}, {"celle", "ci"},
	{"ceux", "ci"}, {"celles", "ci"}, {"ce", "dernier"}, {"cette", "dernière"}, {"ces", "derniers"},
	{"ces", "dernières"}, {"cela"}, {"ceci"}, {"ça"}, {"c"}, {"ce", "sont"}, {"ce", "fut"},
	{"son"}, {"sa"}, {"ses"}, {"leur"}, {"leurs"}, {"y"}, {"en", "effet"},
	{"mais"}, {"cependant"}, {"pourtant"}, {"toutefois"}, {"néanmoins"}, {"or"}, {"et"},
	{"donc"}, {"ainsi"}, {"aussi"}, {"alors"}, {"puis"}, {"enfin"}, {"par", "ailleurs"},
	{"en", "outre"}, {"de", "plus"}, {"en", "revanche"}, {"par", "contre"}, {"du", "coup"},
	{"d", "ailleurs"}, {"autrement", "dit"}, {"sinon"}, {"de", "même"}, {"là"},
	{"selon", "lui"}, {"selon", "elle"}, {"selon", "eux"}, {"pour", "lui"}, {"pour", "elle"},
	{"quant", "à", "lui"}, {"quant", "à", "elle"}, {"lequel"}, {"laquelle"}, {"dont"},
	{"notamment"}, {"même"}, {"idem"}, {"en", "clair"}, {"surtout"}, {"sauf"}, {"bref"},
	{"ensuite"}, {"de", "son", "côté"}, {"de", "leur", "côté"}, {"pour", "sa", "part"},
	{"pour", "leur", "part"}, {"à", "l", "inverse"}, {"en", "fait"}, {"du", "reste"},
	{"d", "autant"}, {"d", "abord"}, {"en", "premier", "lieu"}, {"exit"}, {"voici"}, {"voilà"},
	{"là", "encore"}, {"à", "son", "tour"}, {"de", "quoi"},
	{"ce"}, {"cet"}, {"cette"}, {"ces"}, // a demonstrative points back
}

// A preposition then a demonstrative points back too: "Dans ce
// contexte", "De ce 2 juillet", "À cette occasion".
var (
	openingPrepositions = map[string]bool{"de": true, "à": true, "dans": true, "pour": true, "sur": true,
		"par": true, "avec": true, "selon": true, "malgré": true, "après": true, "avant": true,
		"depuis": true, "lors": true, "outre": true, "contre": true, "sans": true, "face": true}
	demonstratives = map[string]bool{"ce": true, "cet": true, "cette": true, "ces": true}
)

// impersonal verbs after "il" that do not refer back.
var impersonal = map[string]bool{
	"faut": true, "fallait": true, "faudra": true, "faudrait": true, "y": true, "s": true,
	"semble": true, "semblait": true, "paraît": true, "existe": true, "reste": true, "restait": true,
	"pleut": true, "suffit": true, "suffirait": true, "importe": true, "convient": true,
}

// isDangling: the sentence opens with a pronoun, a possessive or a
// connective, carries a postposed subject pronoun ("a-t-il dit"), or its
// first clause has a personal subject pronoun ("Depuis, il est...").
func isDangling(t *textInfo) bool {
	toks := t.toks
	for _, d := range danglingStarts {
		if hasTokPrefix(toks, d) {
			if d[0] == "il" && len(toks) > 1 && impersonal[toks[1]] {
				continue
			}
			return true
		}
	}
	if len(toks) > 1 && openingPrepositions[toks[0]] && demonstratives[toks[1]] {
		return true
	}
	l := t.outside
	for _, p := range []string{"-t-il", "-t-elle", "-t-ils", "-t-elles", "-il ", "-il,", "-il.", "-elle ", "-elle,", "-elle.", "-ils ", "-ils,", "-elles ", "-elles,"} {
		if strings.Contains(l, p) {
			return true
		}
	}
	// A personal pronoun right after a comma with no name before it:
	// "Arrivée en tête du vote, elle appelle au rassemblement."
	for _, p := range []string{", il ", ", elle ", ", ils ", ", elles "} {
		k := strings.Index(l, p)
		if k < 0 {
			continue
		}
		if p == ", il " && impersonalAfter(l[k+len(p):]) {
			continue
		}
		if !hasNameBefore(t.text, k) {
			return true
		}
	}
	// A personal subject pronoun among the first words, outside quotes,
	// before any determiner ("Depuis, il est..."; not "Le ministre a dit
	// qu'il...").
	ot := t.outToks
	for i := 0; i < len(ot) && i < 6; i++ {
		switch ot[i] {
		case "le", "la", "les", "l", "un", "une", "des", "du", "au", "aux":
			return false
		case "il":
			if i+1 < len(ot) && impersonal[ot[i+1]] {
				continue
			}
			return true
		case "elle", "ils", "elles":
			return true
		}
	}
	return false
}

// impersonalAfter reports whether the text after "il " makes it
// impersonal ("il faut", "il y a", "il s'agit").
func impersonalAfter(rest string) bool {
	w := splitWords(rest)
	return len(w) > 0 && impersonal[w[0]]
}

// hasNameBefore reports whether text has a capitalised word, other than
// its first, before byte offset end (an offset in the lower-case text,
// the same in practice for French).
func hasNameBefore(text string, end int) bool {
	end = min(end, len(text))
	first := true
	for _, w := range splitWords(text[:end]) {
		r, _ := utf8.DecodeRuneInString(w)
		if !first && unicode.IsUpper(r) {
			return true
		}
		first = false
	}
	return false
}

func hasTokPrefix(toks, prefix []string) bool {
	if len(toks) < len(prefix) {
		return false
	}
	for i, p := range prefix {
		if toks[i] != p {
			return false
		}
	}
	return true
}
