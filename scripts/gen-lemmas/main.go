// Command gen-lemmas generates quantity/lemmas_fr.txt, the French
// form -> lemma table the quantity package uses to normalise the nouns and
// verbs around a figure ("arrêtées" -> "arrêter", "chevaux" -> "cheval").
//
// It derives the table from Debian's hunspell-fr-comprehensive dictionary
// (Dicollecte/Grammalecte, which carries morphological tags) with the
// hunspell-tools and hunspell packages:
//
//	apt-get update
//	apt-get install -y hunspell-fr-comprehensive hunspell-tools hunspell
//	go run ./scripts/gen-lemmas            # from the repository root
//
// Steps: `unmunch fr.dic fr.aff` expands every entry into its inflected
// forms; the lower-case alphabetic forms are analysed by `hunspell -m`,
// which prints each form's stem (st:) and part of speech (po:). Only forms
// that differ from their lemma are kept, and only nouns and adjectives
// (noun lemma) and verb participles and third-person indicative forms (verb
// lemma): what the quantity package needs around numbers. A form absent
// from the table is its own lemma; a form listed with a verb lemma that is
// also a noun lemma itself ("hausse") gets the noun code "0". Grammatical
// words (forms whose only readings are adverbs, prepositions,
// conjunctions, determiners, pronouns or interjections: "près", "dont",
// "hier") get the noun code "!", so that the quantity package never takes
// them for what a number counts.
//
// Output format, one form per line, sorted bytewise (binary-searchable):
//
//	form TAB nounCode TAB verbCode
//
// where a code "NSUFFIX" means: drop the last N runes of form and append
// SUFFIX ("soldats" 1 -> "soldat", "arrêtées" 3er -> "arrêter"); an empty
// code means no lemma of that kind. Lines starting with '#' are a header.
// The quantity package indexes the line starts at first use and binary
// searches them: loading costs one pass over the text, not a map build.
package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

func main() {
	dic := flag.String("dic", "/usr/share/hunspell/fr.dic", "hunspell .dic file")
	aff := flag.String("aff", "/usr/share/hunspell/fr.aff", "hunspell .aff file")
	out := flag.String("out", "quantity/lemmas_fr.txt", "output file")
	flag.Parse()
	if err := run(*dic, *aff, *out); err != nil {
		fmt.Fprintln(os.Stderr, "gen-lemmas:", err)
		os.Exit(1)
	}
}

func run(dic, aff, out string) error {
	expanded, err := exec.Command("unmunch", dic, aff).Output()
	if err != nil {
		return fmt.Errorf("unmunch (apt-get install hunspell-tools): %w", err)
	}
	forms := map[string]bool{}
	for _, line := range strings.Split(string(expanded), "\n") {
		w, _, _ := strings.Cut(line, "/")
		if w == "" || !isLowerWord(w) {
			continue
		}
		forms[w] = true
	}
	words := make([]string, 0, len(forms))
	for w := range forms {
		words = append(words, w)
	}
	sort.Strings(words)

	cmd := exec.Command("hunspell", "-d", strings.TrimSuffix(dic, ".dic"), "-m")
	cmd.Stdin = strings.NewReader(strings.Join(words, "\n") + "\n")
	analysis, err := cmd.Output()
	if err != nil {
		return fmt.Errorf("hunspell -m (apt-get install hunspell): %w", err)
	}

	type lemmas struct {
		noun, verb string
	}
	selfNoun := map[string]bool{}
	content := map[string]bool{} // forms with a noun, adjective or verb reading
	grammatical := map[string]bool{}
	table := map[string]*lemmas{}
	sc := bufio.NewScanner(bytes.NewReader(analysis))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) < 3 || !forms[fields[0]] {
			continue
		}
		form, stem := fields[0], ""
		var noun, adj, verb, ppas, finite3, gram bool
		for _, f := range fields[1:] {
			switch {
			case f == "po:mg" || f == "po:adv" || f == "po:interj" || strings.HasPrefix(f, "po:prep") ||
				strings.HasPrefix(f, "po:cj") || strings.HasPrefix(f, "po:det") || strings.HasPrefix(f, "po:pro"):
				gram = true
			case strings.HasPrefix(f, "st:"):
				stem = f[3:]
			case f == "po:nom":
				noun = true
			case f == "po:adj":
				adj = true
			case f == "po:ppas":
				ppas = true
			case strings.HasPrefix(f, "po:v"):
				verb = true
			case f == "po:3sg" || f == "po:3pl":
				finite3 = true
			}
		}
		if stem == form && !verb && (noun || adj) {
			selfNoun[form] = true
		}
		if noun || adj || verb || ppas {
			content[form] = true
		} else if gram {
			grammatical[form] = true
		}
		if stem == "" || stem == form || !isLowerWord(stem) {
			continue
		}
		e := table[form]
		if e == nil {
			e = &lemmas{}
		}
		switch {
		case verb && (ppas || finite3):
			if e.verb == "" {
				e.verb = stem
			}
		case !verb && (noun || adj):
			if e.noun == "" {
				e.noun = stem
			}
		default:
			continue
		}
		table[form] = e
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("reading hunspell output: %w", err)
	}

	for w := range grammatical {
		if !content[w] && table[w] == nil {
			table[w] = &lemmas{noun: gramCode}
		}
	}
	keys := make([]string, 0, len(table))
	for k, e := range table {
		if e.noun == "" && selfNoun[k] {
			e.noun = k // "hausse" is a noun as well as a form of "hausser"
		}
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	b.WriteString("# Code generated by scripts/gen-lemmas from Debian package hunspell-fr-comprehensive ")
	b.WriteString(debVersion("hunspell-fr-comprehensive"))
	b.WriteString(" (Dicollecte French dictionary, MPL 2.0). DO NOT EDIT.\n")
	b.WriteString("# form TAB noun-or-adjective-lemma-code TAB verb-lemma-code; code = runes to drop + suffix to add; noun code ! = grammatical word.\n")
	for _, k := range keys {
		e := table[k]
		fmt.Fprintf(&b, "%s\t%s\t%s\n", k, code(k, e.noun), code(k, e.verb))
	}
	if err := os.WriteFile(out, []byte(b.String()), 0o644); err != nil {
		return fmt.Errorf("writing %s: %w", out, err)
	}
	fmt.Printf("gen-lemmas: %d forms analysed, %d entries written to %s\n", len(words), len(keys), out)
	return nil
}

// gramCode is the noun code of a grammatical word: a form whose only
// readings are adverbs, prepositions, conjunctions, determiners, pronouns
// or interjections ("près", "dont", "selon", "hier").
const gramCode = "!"

// code encodes lemma relative to form: runes of form to drop, then the
// suffix to append.
func code(form, lemma string) string {
	if lemma == "" || lemma == gramCode {
		return lemma
	}
	i := 0
	for i < len(form) && i < len(lemma) && form[i] == lemma[i] {
		i++
	}
	for i > 0 && i < len(form) && !utf8.RuneStart(form[i]) {
		i--
	}
	return strconv.Itoa(utf8.RuneCountInString(form[i:])) + lemma[i:]
}

func isLowerWord(w string) bool {
	for _, r := range w {
		if !unicode.IsLower(r) && r != '-' {
			return false
		}
	}
	return true
}

// debVersion returns the installed version of a Debian package, or
// "(version unknown)".
func debVersion(pkg string) string {
	v, err := exec.Command("dpkg-query", "-W", "-f=${Version}", pkg).Output()
	if err != nil || len(v) == 0 {
		return "(version unknown)"
	}
	return string(v)
}
