package eval

// The claim set: the project's own fictional stories under testdata/claims,
// each a JSON Lines file of articles, with the expected claims per story
// (measure, status, values) in gold.tsv, and the scorer of the
// cross-check's statuses against them. The file formats, the measure keys
// and the annotation guide are in testdata/claims/README.md.

import (
	"bufio"
	"bytes"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/recoupe/recoupe/report"
)

// Claim statuses, as the report names them (docs/report.md), in the order
// in which they take precedence.
const (
	ClaimConflict  = "conflict"
	ClaimRetracted = "retracted"
	ClaimEvolving  = "evolving"
	ClaimAgree     = "agree"
	ClaimSingle    = "single"
)

// ClaimStatuses lists the claim statuses in precedence order.
var ClaimStatuses = []string{ClaimConflict, ClaimRetracted, ClaimEvolving, ClaimAgree, ClaimSingle}

// ClaimMissing is the predicted status of a gold measure that no predicted
// claim matches, in ClaimScore.Confusion.
const ClaimMissing = "missing"

// ClaimNoStatus stands for the empty status of a matched claim that has
// none, in ClaimScore.Confusion and ClaimItem.PredStatus.
const ClaimNoStatus = "(empty)"

// ClaimGold is one expected claim: one measure of one story file.
type ClaimGold struct {
	// File is the story file's base name, e.g. "01-seisme-albanie.jsonl".
	File string
	// Measure is the measure key (see ClaimMeasureKeys), with the
	// currency for money: "montant_eur", "montant_usd".
	Measure string
	// Status is one of ClaimStatuses.
	Status string
	// Values are the figures of independent sources, in date order then
	// article order.
	Values []ClaimGoldValue
	// Notes is free text for people.
	Notes string
}

// ClaimGoldValue is one gold figure, parsed from a value token of
// gold.tsv.
type ClaimGoldValue struct {
	// Raw is the token as written.
	Raw string
	// Value is the figure; for a range its midpoint. For a date it is
	// the date as the number YYYYMMDD (for a date range, its start).
	Value float64
	// Low and High are the bounds: of a range, or the figure itself for
	// ">" (at least) and "<" (at most); nil when there is none.
	Low, High *float64
	// Approx is set for an approximate figure ("~").
	Approx bool
	// Date is set when the value is a date.
	Date bool
	// Copies is how many articles carry the figure as copies of one
	// dispatch; 1 for a figure given by one article.
	Copies int
	// Retracted is set when the text says the value was withdrawn or
	// corrected ("R").
	Retracted bool
	// AsOf is the date the figure is valid for, "YYYY-MM-DD", or "".
	AsOf string
	// Credit is who the text credits for the figure, or "".
	Credit string
}

// PredClaim is one claim as a system predicts it for a story file.
type PredClaim struct {
	// Measure is the system's name of the measure ("morts", "personnes
	// arrêtées").
	Measure string
	// Unit is the system's unit ("EUR", "%", ""); optional, used only to
	// tell money in one currency from another.
	Unit string
	// Status is the predicted status.
	Status string
	// Values are the predicted figures (dates in any encoding that
	// ClaimGoldValue matching accepts, see testdata/claims/README.md).
	Values []float64
}

// clSynonyms maps each measure key to the surface names of the measure,
// as testdata/claims/README.md lists them (a test keeps both identical).
var clSynonyms = []struct {
	key   string
	names []string
}{
	{"morts", []string{"morts", "mort", "tués", "tuées", "personnes tuées", "décès", "décédés", "victimes", "bilan", "killed", "dead", "deaths", "death toll", "people killed", "workers killed", "fatalities"}},
	{"blesses", []string{"blessés", "blessées", "blessé", "personnes blessées", "injured", "wounded", "people injured"}},
	{"disparus", []string{"disparus", "portés disparus", "personnes disparues", "missing"}},
	{"arrestations", []string{"arrestations", "interpellations", "interpellés", "personnes interpellées", "personnes arrêtées", "arrêtés", "personnes placées en détention", "gardes à vue", "arrests", "arrested", "people arrested"}},
	{"soldats", []string{"soldats", "militaires", "troupes", "effectifs militaires", "troops", "soldiers"}},
	{"policiers", []string{"policiers", "gendarmes", "policiers et gendarmes", "forces de l'ordre", "agents", "agents anti-émeutes", "police officers", "police"}},
	{"pompiers", []string{"pompiers", "sapeurs-pompiers", "firefighters"}},
	{"hospitalises", []string{"hospitalisés", "hospitalisées", "personnes hospitalisées", "hospitalized", "hospitalised"}},
	{"evacues", []string{"évacués", "personnes évacuées", "habitants évacués", "évacuations", "evacuated", "evacuees", "people evacuated", "residents evacuated", "displaced residents"}},
	{"manifestants", []string{"manifestants", "protestataires", "participants", "personnes mobilisées", "protesters", "demonstrators"}},
	{"grevistes", []string{"grévistes", "taux de grévistes", "salariés en grève", "contrôleurs en grève", "strikers"}},
	{"participation", []string{"participation", "taux de participation", "turnout"}},
	{"refugies", []string{"réfugiés", "refugees"}},
	{"deplaces", []string{"déplacés", "personnes déplacées", "déplacés internes", "displaced"}},
	{"sinistres", []string{"sinistrés", "personnes sinistrées"}},
	{"rescapes", []string{"rescapés", "secourus", "personnes secourues", "survivants", "survivors", "rescued"}},
	{"otages", []string{"otages", "otages libérés", "ex-otages", "hostages", "hostages released"}},
	{"prisonniers", []string{"prisonniers", "prisonniers échangés", "prisoners"}},
	{"passagers", []string{"passagers", "passengers"}},
	{"cas", []string{"cas", "cas de choléra", "cas confirmés", "cases"}},
	{"doses", []string{"doses", "doses de vaccin", "vaccine doses"}},
	{"emplois", []string{"emplois", "postes", "suppressions de postes", "postes supprimés", "suppressions d'emplois", "emplois supprimés", "emplois menacés", "jobs", "job cuts"}},
	{"sieges", []string{"sièges", "seats"}},
	{"electeurs", []string{"électeurs", "électeurs inscrits", "inscrits", "voters", "registered voters"}},
	{"tracteurs", []string{"tracteurs", "tractors"}},
	{"navires", []string{"navires", "navires bloqués", "navires en attente", "ships", "vessels"}},
	{"vehicules", []string{"véhicules", "véhicules blindés", "blindés", "chars", "armoured vehicles", "tanks"}},
	{"vols_annules", []string{"vols annulés", "vols", "annulations", "flights cancelled", "cancelled flights"}},
	{"surface_ha", []string{"hectares", "surface", "superficie", "surface brûlée", "hectares brûlés", "hectares parcourus", "area burned"}},
	{"saisie_kg", []string{"saisie", "saisies", "cocaïne", "cocaïne saisie", "drogue", "drogue saisie", "quantité saisie", "seized drugs"}},
	{"sans_electricite", []string{"foyers privés d'électricité", "foyers privés de courant", "foyers sans électricité", "foyers sans courant", "coupures d'électricité", "homes without power"}},
	{"montant", []string{"montant", "aide", "aide d'urgence", "aide humanitaire", "coût", "dégâts", "rançon", "dette", "budget", "enveloppe", "somme", "pertes", "cost", "ransom", "aid", "debt"}},
	{"fin_operation", []string{"fin", "fin de l'opération", "date de fin", "fin de la grève", "fin du mandat", "fin du mouvement", "fin des manœuvres", "fin des exercices", "fin du déploiement", "end date", "end of deployment", "end of operation"}},
	{"echeance", []string{"échéance", "date limite", "délai", "ultimatum", "deadline"}},
}

// clMoneyKey is the measure key of money; gold writes it with the
// currency: montant_eur, montant_usd.
const clMoneyKey = "montant"

// clCurrencies maps a gold money key to the unit spellings of its
// currency (normalised by clNorm).
var clCurrencies = map[string][]string{
	"montant_eur": {"eur", "€", "euro", "euros"},
	"montant_usd": {"usd", "$", "us$", "dollar", "dollars"},
}

// clNameKey is the synonym table by normalised name.
var clNameKey = func() map[string]string {
	m := make(map[string]string)
	for _, s := range clSynonyms {
		for _, n := range s.names {
			m[clNorm(n)] = s.key
		}
	}
	return m
}()

// clGoldKeys is the set of measure keys gold.tsv may use.
var clGoldKeys = func() map[string]bool {
	m := make(map[string]bool)
	for _, s := range clSynonyms {
		if s.key != clMoneyKey {
			m[s.key] = true
		}
	}
	for k := range clCurrencies {
		m[k] = true
	}
	return m
}()

// ClaimMeasureKeys returns the measure keys gold.tsv may use, sorted.
func ClaimMeasureKeys() []string {
	keys := make([]string, 0, len(clGoldKeys))
	for k := range clGoldKeys {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// clPrefixes are removed from the start of a normalised measure name.
var clPrefixes = []string{"nombre total de ", "nombre total d'", "nombre de ", "nombre d'", "number of ", "total "}

// ClaimMeasureKey maps a measure name, as a system writes it, to a measure
// key through the synonym table of testdata/claims/README.md: the whole
// name, else its longest leading run of words that is a synonym
// ("blessés graves" is "blesses", "enfants parmi les morts" is nothing).
// A key itself ("fin_operation") maps to itself. Money maps to "montant" (gold writes it with its currency).
// It returns "" when nothing matches.
func ClaimMeasureKey(name string) string {
	n := clNorm(name)
	for _, p := range clPrefixes {
		n = strings.TrimPrefix(n, p)
	}
	if k, ok := clNameKey[n]; ok {
		return k
	}
	if clGoldKeys[n] {
		if _, money := clCurrencies[n]; money {
			return clMoneyKey
		}
		return n
	}
	words := strings.Fields(n)
	for i := len(words) - 1; i > 0; i-- {
		if k, ok := clNameKey[strings.Join(words[:i], " ")]; ok {
			return k
		}
	}
	return ""
}

// clNorm lower-cases s, removes French accents, makes apostrophes plain
// and collapses spaces.
func clNorm(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		switch r {
		case 'à', 'â', 'ä':
			r = 'a'
		case 'é', 'è', 'ê', 'ë':
			r = 'e'
		case 'î', 'ï':
			r = 'i'
		case 'ô', 'ö':
			r = 'o'
		case 'ù', 'û', 'ü':
			r = 'u'
		case 'ç':
			r = 'c'
		case 'ÿ':
			r = 'y'
		case '’', 'ʼ', '‘':
			r = '\''
		case 'œ':
			b.WriteString("oe")
			continue
		case 'æ':
			b.WriteString("ae")
			continue
		}
		b.WriteRune(r)
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// LoadClaimSet reads the claim set in dir: the story files (*.jsonl, as
// paths, sorted) and the gold claims of gold.tsv in file order. Every gold
// line must name a story file of dir, and every story file must have at
// least one gold line.
func LoadClaimSet(dir string) (files []string, gold []ClaimGold, err error) {
	files, err = filepath.Glob(filepath.Join(dir, "*.jsonl"))
	if err != nil {
		return nil, nil, fmt.Errorf("listing claim set %s: %w", dir, err)
	}
	sort.Strings(files)
	if len(files) == 0 {
		return nil, nil, fmt.Errorf("claim set %s: no *.jsonl story file", dir)
	}
	path := filepath.Join(dir, "gold.tsv")
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, fmt.Errorf("reading claim gold: %w", err)
	}
	gold, err = ParseClaimGold(data)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", path, err)
	}
	have := make(map[string]bool, len(files))
	for _, f := range files {
		have[filepath.Base(f)] = true
	}
	covered := make(map[string]bool)
	for _, g := range gold {
		if !have[g.File] {
			return nil, nil, fmt.Errorf("%s: gold names %s, which is not a story file of %s", path, g.File, dir)
		}
		covered[g.File] = true
	}
	for _, f := range files {
		if !covered[filepath.Base(f)] {
			return nil, nil, fmt.Errorf("%s: no gold claim for %s", path, filepath.Base(f))
		}
	}
	return files, gold, nil
}

// ParseClaimGold parses the contents of a gold.tsv file (format in
// testdata/claims/README.md). A (file, measure) pair may appear once.
func ParseClaimGold(data []byte) ([]ClaimGold, error) {
	var gold []ClaimGold
	seen := make(map[[2]string]bool)
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		g, err := clParseLine(line)
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", n, err)
		}
		k := [2]string{g.File, g.Measure}
		if seen[k] {
			return nil, fmt.Errorf("line %d: measure %s of %s given twice", n, g.Measure, g.File)
		}
		seen[k] = true
		gold = append(gold, g)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading gold: %w", err)
	}
	return gold, nil
}

func clParseLine(line string) (ClaimGold, error) {
	cols := strings.Split(line, "\t")
	if len(cols) != 4 && len(cols) != 5 {
		return ClaimGold{}, fmt.Errorf("%d columns, want 5 (file, measure, status, values, notes)", len(cols))
	}
	g := ClaimGold{File: strings.TrimSpace(cols[0]), Measure: strings.TrimSpace(cols[1]), Status: strings.TrimSpace(cols[2])}
	if len(cols) == 5 {
		g.Notes = strings.TrimSpace(cols[4])
	}
	if g.File == "" || strings.ContainsAny(g.File, `/\`) {
		return ClaimGold{}, fmt.Errorf("bad file name %q: want a base name", g.File)
	}
	if !clGoldKeys[g.Measure] {
		return ClaimGold{}, fmt.Errorf("unknown measure key %q", g.Measure)
	}
	if !clKnownStatus(g.Status) {
		return ClaimGold{}, fmt.Errorf("unknown status %q", g.Status)
	}
	date := g.Measure == "fin_operation" || g.Measure == "echeance"
	for _, tok := range strings.Split(cols[3], ";") {
		tok = strings.TrimSpace(tok)
		if tok == "" {
			continue
		}
		v, err := ParseClaimGoldValue(tok)
		if err != nil {
			return ClaimGold{}, err
		}
		if v.Date != date {
			return ClaimGold{}, fmt.Errorf("value %q: measure %s wants %s", tok, g.Measure, map[bool]string{true: "dates", false: "numbers"}[date])
		}
		g.Values = append(g.Values, v)
	}
	if len(g.Values) == 0 {
		return ClaimGold{}, fmt.Errorf("measure %s of %s has no value", g.Measure, g.File)
	}
	return g, nil
}

func clKnownStatus(s string) bool {
	for _, k := range ClaimStatuses {
		if s == k {
			return true
		}
	}
	return false
}

// ParseClaimGoldValue parses one value token of gold.tsv:
// [~|>|<] figure [*N] [R] [@YYYY-MM-DD] [|credit], where figure is a
// number, a range "a-b", a date or a date range "d1..d2".
func ParseClaimGoldValue(tok string) (ClaimGoldValue, error) {
	v := ClaimGoldValue{Raw: tok, Copies: 1}
	core, credit, hasCredit := strings.Cut(tok, "|")
	if hasCredit {
		v.Credit = strings.TrimSpace(credit)
		if v.Credit == "" {
			return ClaimGoldValue{}, fmt.Errorf("value %q: empty credit after |", tok)
		}
	}
	core, asOf, hasAsOf := strings.Cut(core, "@")
	if hasAsOf {
		if _, ok := clDate(asOf); !ok {
			return ClaimGoldValue{}, fmt.Errorf("value %q: bad as-of date %q", tok, asOf)
		}
		v.AsOf = asOf
	}
	bound := byte(0)
	if core != "" {
		switch core[0] {
		case '~':
			v.Approx = true
			core = core[1:]
		case '>', '<':
			bound = core[0]
			core = core[1:]
		}
	}
	if strings.HasSuffix(core, "R") {
		v.Retracted = true
		core = core[:len(core)-1]
	}
	if fig, n, ok := strings.Cut(core, "*"); ok {
		c, err := strconv.Atoi(n)
		if err != nil || c < 2 || c > 1000 {
			return ClaimGoldValue{}, fmt.Errorf("value %q: bad copy count %q", tok, n)
		}
		v.Copies = c
		core = fig
	}
	lo, hi, err := clFigure(core, &v.Date)
	if err != nil {
		return ClaimGoldValue{}, fmt.Errorf("value %q: %w", tok, err)
	}
	switch {
	case lo != hi:
		if bound != 0 {
			return ClaimGoldValue{}, fmt.Errorf("value %q: a range cannot be a bound", tok)
		}
		v.Low, v.High = &lo, &hi
		v.Value = (lo + hi) / 2
		if v.Date {
			v.Value = lo
		}
	case bound == '>':
		v.Value, v.Low = lo, &lo
	case bound == '<':
		v.Value, v.High = lo, &lo
	default:
		v.Value = lo
	}
	return v, nil
}

// clFigure parses a number, a range of numbers, a date or a range of dates
// and returns its bounds (equal for a single figure); dates as YYYYMMDD.
func clFigure(s string, isDate *bool) (lo, hi float64, err error) {
	if a, b, ok := strings.Cut(s, ".."); ok {
		da, okA := clDate(a)
		db, okB := clDate(b)
		if !okA || !okB || db.Before(da) {
			return 0, 0, fmt.Errorf("bad date range %q", s)
		}
		*isDate = true
		return clYMD(da), clYMD(db), nil
	}
	if d, ok := clDate(s); ok {
		*isDate = true
		return clYMD(d), clYMD(d), nil
	}
	if i := strings.IndexByte(s, '-'); i > 0 {
		a, errA := clNumber(s[:i])
		b, errB := clNumber(s[i+1:])
		if errA != nil || errB != nil || b <= a {
			return 0, 0, fmt.Errorf("bad range %q", s)
		}
		return a, b, nil
	}
	n, err := clNumber(s)
	if err != nil {
		return 0, 0, err
	}
	return n, n, nil
}

func clNumber(s string) (float64, error) {
	if s == "" || strings.ContainsAny(s, "eEpPxX_+") {
		return 0, fmt.Errorf("bad number %q", s)
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsInf(f, 0) || math.IsNaN(f) {
		return 0, fmt.Errorf("bad number %q", s)
	}
	return f, nil
}

// clDate parses a strict YYYY-MM-DD date.
func clDate(s string) (time.Time, bool) {
	if len(s) != 10 {
		return time.Time{}, false
	}
	t, err := time.Parse(time.DateOnly, s)
	return t, err == nil
}

func clYMD(t time.Time) float64 {
	return float64(t.Year()*10000 + int(t.Month())*100 + t.Day())
}

// figures returns the numbers a predicted value may equal to share this
// gold value: the figure, its bounds and, for a date, their encodings.
func (v ClaimGoldValue) figures() []float64 {
	out := []float64{v.Value}
	if v.Low != nil {
		out = append(out, *v.Low)
	}
	if v.High != nil {
		out = append(out, *v.High)
	}
	if !v.Date {
		return out
	}
	var enc []float64
	for _, ymd := range out {
		y := int(ymd) / 10000
		t := time.Date(y, time.Month(int(ymd)/100%100), int(ymd)%100, 0, 0, 0, 0, time.UTC)
		sec := float64(t.Unix())
		enc = append(enc, ymd, sec/86400, sec, sec*1000)
	}
	return enc
}

// Shares reports whether the predicted figure p is this gold value: its
// figure, one of its bounds or, for a range, its midpoint; a date in any
// accepted encoding (YYYYMMDD, days or seconds or milliseconds since
// 1970-01-01 UTC).
func (v ClaimGoldValue) Shares(p float64) bool {
	for _, f := range v.figures() {
		if math.Abs(p-f) <= 1e-9*math.Max(1, math.Abs(f)) {
			return true
		}
	}
	return false
}

// ClaimItem is the outcome for one gold measure.
type ClaimItem struct {
	Gold ClaimGold
	// Pred is the matched predicted claim's measure name, "" when none.
	Pred string
	// PredStatus is the matched claim's status, ClaimMissing when none.
	PredStatus string
	// By is how it was matched: "name", "values" or "" (unmatched).
	By string
	// Values is how many gold value tokens the matched claim shares.
	Values int
	// Correct is set when the matched claim has the gold status.
	Correct bool
}

// ClaimFileScore is the score of one story file.
type ClaimFileScore struct {
	File                     string
	Measures, Found, Correct int
	Items                    []ClaimItem
}

// ClaimScore is the score of a system on the claim set.
type ClaimScore struct {
	// Measures is the number of gold measures; Found of them matched a
	// predicted claim (ByName through the synonym table, ByValues by value
	// overlap), Correct of them with the gold status.
	Measures, Found, Correct int
	ByName, ByValues         int
	// GoldValues counts the gold value tokens, FoundValues those the
	// matched claims share.
	GoldValues, FoundValues int
	// Confusion counts gold measures by gold status, then predicted status
	// (ClaimMissing when unmatched).
	Confusion map[string]map[string]int
	// Files holds one score per story file, in gold order.
	Files []ClaimFileScore
}

// StatusAccuracy is the share of gold measures whose matched claim has the
// gold status; unmatched ones count wrong.
func (s ClaimScore) StatusAccuracy() float64 { return clRatio(s.Correct, s.Measures) }

// MeasureRecall is the share of gold measures matched by a predicted claim.
func (s ClaimScore) MeasureRecall() float64 { return clRatio(s.Found, s.Measures) }

// ValueRecall is the share of gold value tokens the matched claims share.
func (s ClaimScore) ValueRecall() float64 { return clRatio(s.FoundValues, s.GoldValues) }

// StatusRecall is, for one gold status, the share of its measures
// predicted with that status.
func (s ClaimScore) StatusRecall(status string) float64 {
	row := s.Confusion[status]
	n := 0
	for _, c := range row {
		n += c
	}
	return clRatio(row[status], n)
}

func clRatio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// ScoreClaims scores predicted claims, keyed by story file base name,
// against the gold. Per file, gold measures are matched one to one to
// predicted claims: first by name (the claim's measure maps to the gold
// key through ClaimMeasureKey; among several, the one sharing the most gold
// values), then, for gold measures still unmatched, by value overlap (the
// unused claim sharing the most gold values, at least one).
func ScoreClaims(gold []ClaimGold, pred map[string][]PredClaim) ClaimScore {
	s := ClaimScore{Confusion: make(map[string]map[string]int)}
	var order []string
	byFile := make(map[string][]ClaimGold)
	for _, g := range gold {
		if _, ok := byFile[g.File]; !ok {
			order = append(order, g.File)
		}
		byFile[g.File] = append(byFile[g.File], g)
	}
	for _, file := range order {
		fs := clScoreFile(file, byFile[file], pred[file])
		s.Files = append(s.Files, fs)
		for _, it := range fs.Items {
			s.Measures++
			s.GoldValues += len(it.Gold.Values)
			s.FoundValues += it.Values
			switch it.By {
			case "name":
				s.ByName++
			case "values":
				s.ByValues++
			}
			if it.By != "" {
				s.Found++
			}
			if it.Correct {
				s.Correct++
			}
			row := s.Confusion[it.Gold.Status]
			if row == nil {
				row = make(map[string]int)
				s.Confusion[it.Gold.Status] = row
			}
			row[it.PredStatus]++
		}
	}
	return s
}

func clScoreFile(file string, gold []ClaimGold, preds []PredClaim) ClaimFileScore {
	fs := ClaimFileScore{File: file, Measures: len(gold)}
	used := make([]bool, len(preds))
	match := make([]int, len(gold))
	by := make([]string, len(gold))
	for i := range match {
		match[i] = -1
	}
	keys := make([]string, len(preds))
	for j, p := range preds {
		keys[j] = ClaimMeasureKey(p.Measure)
	}
	for i, g := range gold {
		best, bestN := -1, -1
		for j, p := range preds {
			if used[j] || !clKeyMatches(g.Measure, keys[j], p.Unit) {
				continue
			}
			if n := clShared(g, p); n > bestN {
				best, bestN = j, n
			}
		}
		if best >= 0 {
			used[best], match[i], by[i] = true, best, "name"
		}
	}
	for i, g := range gold {
		if match[i] >= 0 {
			continue
		}
		best, bestN := -1, 0
		for j, p := range preds {
			if used[j] {
				continue
			}
			if n := clShared(g, p); n > bestN {
				best, bestN = j, n
			}
		}
		if best >= 0 {
			used[best], match[i], by[i] = true, best, "values"
		}
	}
	for i, g := range gold {
		it := ClaimItem{Gold: g, PredStatus: ClaimMissing}
		if j := match[i]; j >= 0 {
			p := preds[j]
			it.Pred, it.By = p.Measure, by[i]
			it.PredStatus = strings.ToLower(strings.TrimSpace(p.Status))
			if it.PredStatus == "" {
				it.PredStatus = ClaimNoStatus
			}
			it.Values = clShared(g, p)
			it.Correct = it.PredStatus == g.Status
			fs.Found++
		}
		if it.Correct {
			fs.Correct++
		}
		fs.Items = append(fs.Items, it)
	}
	return fs
}

// clKeyMatches reports whether a predicted claim with measure key key and
// unit unit names the gold measure goldKey.
func clKeyMatches(goldKey, key, unit string) bool {
	if key == "" {
		return false
	}
	if key == goldKey {
		return true
	}
	cur, ok := clCurrencies[goldKey]
	if !ok || key != clMoneyKey {
		return false
	}
	u := clNorm(unit)
	if u == "" {
		return true
	}
	for _, c := range cur {
		if u == c {
			return true
		}
	}
	return false
}

// clShared counts the gold value tokens of g that some value of p shares.
func clShared(g ClaimGold, p PredClaim) int {
	n := 0
	for _, v := range g.Values {
		for _, x := range p.Values {
			if v.Shares(x) {
				n++
				break
			}
		}
	}
	return n
}

// ClaimPredsFromReport collects the claims of a report by story file base
// name, the key ScoreClaims wants: each story's claims go to every file its
// articles were read from (the "#N" record suffix removed).
func ClaimPredsFromReport(r *report.Report) map[string][]PredClaim {
	fileOf := make(map[string]string, len(r.Articles))
	for _, a := range r.Articles {
		f := a.File
		if i := strings.LastIndexByte(f, '#'); i >= 0 {
			f = f[:i]
		}
		fileOf[a.ID] = filepath.Base(f)
	}
	out := make(map[string][]PredClaim)
	for _, st := range r.Stories {
		var files []string
		seen := make(map[string]bool)
		for _, id := range st.Articles {
			if f, ok := fileOf[id]; ok && !seen[f] {
				seen[f] = true
				files = append(files, f)
			}
		}
		for _, c := range st.Claims {
			p := PredClaim{Measure: c.Measure, Unit: c.Unit, Status: c.Status}
			for _, v := range c.Values {
				p.Values = append(p.Values, v.Value)
				if v.Low != nil {
					p.Values = append(p.Values, *v.Low)
				}
				if v.High != nil {
					p.Values = append(p.Values, *v.High)
				}
			}
			for _, f := range files {
				out[f] = append(out[f], p)
			}
		}
	}
	return out
}

// String formats the score for a terminal: the overall figures, the
// confusion matrix, then one line per file with its misses.
func (s ClaimScore) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "claim set: %d files, %d gold measures\n", len(s.Files), s.Measures)
	fmt.Fprintf(&b, "  status accuracy %.3f (%d/%d)\n", s.StatusAccuracy(), s.Correct, s.Measures)
	fmt.Fprintf(&b, "  measure recall  %.3f (%d/%d: %d by name, %d by values)\n", s.MeasureRecall(), s.Found, s.Measures, s.ByName, s.ByValues)
	fmt.Fprintf(&b, "  value recall    %.3f (%d/%d)\n", s.ValueRecall(), s.FoundValues, s.GoldValues)
	cols := append(append([]string(nil), ClaimStatuses...), ClaimMissing)
	seen := make(map[string]bool)
	for _, c := range cols {
		seen[c] = true
	}
	var other []string
	for _, row := range s.Confusion {
		for k := range row {
			if !seen[k] {
				seen[k] = true
				other = append(other, k)
			}
		}
	}
	sort.Strings(other)
	cols = append(cols, other...)
	b.WriteString("confusion (rows gold, columns predicted):\n  gold\\pred ")
	for _, c := range cols {
		fmt.Fprintf(&b, " %9s", c)
	}
	b.WriteString("    recall\n")
	for _, g := range ClaimStatuses {
		row := s.Confusion[g]
		if row == nil {
			continue
		}
		fmt.Fprintf(&b, "  %-9s ", g)
		for _, c := range cols {
			fmt.Fprintf(&b, " %9d", row[c])
		}
		fmt.Fprintf(&b, "    %.3f\n", s.StatusRecall(g))
	}
	b.WriteString("per file:\n")
	for _, f := range s.Files {
		fmt.Fprintf(&b, "  %-42s %d/%d correct, %d/%d found\n", f.File, f.Correct, f.Measures, f.Found, f.Measures)
		for _, it := range f.Items {
			if it.Correct {
				continue
			}
			if it.By == "" {
				fmt.Fprintf(&b, "      %-16s want %-9s got missing\n", it.Gold.Measure, it.Gold.Status)
				continue
			}
			fmt.Fprintf(&b, "      %-16s want %-9s got %-9s (claim %q by %s, %d/%d values)\n",
				it.Gold.Measure, it.Gold.Status, it.PredStatus, it.Pred, it.By, it.Values, len(it.Gold.Values))
		}
	}
	return b.String()
}
