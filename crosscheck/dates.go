package crosscheck

import (
	"strings"
	"time"

	"github.com/recoupe/recoupe/facts"
	"github.com/recoupe/recoupe/report"
)

// Measures of date claims.
const (
	// MeasureEnd is the end of the story's operation, strike, deployment
	// or exercise ("doivent prendre fin le 9 mars").
	MeasureEnd = "fin de l'opération"
	// MeasureDeadline is a deadline or an ultimatum ("date limite",
	// "d'ici le 12 mars").
	MeasureDeadline = "échéance"
)

// dateCue is a phrase that ties a date to a kind of date claim.
type dateCue struct {
	phrase  string
	measure string // MeasureEnd, MeasureDeadline, or "start"
}

// dateCues are the folded phrases that say what a nearby date is: an end,
// a deadline, or a start (which keeps a date out of the end claims: "du
// 3 mars, début des manœuvres, au 9 mars").
var dateCues = func() []dateCue {
	var out []dateCue
	add := func(measure string, phrases ...string) {
		for _, p := range phrases {
			out = append(out, dateCue{p, measure})
		}
	}
	add(MeasureEnd,
		"prendre fin", "prendra fin", "prend fin", "pris fin", "prennent fin", "prendront fin",
		"prendraient fin", "prendrait fin", "la fin de", "la fin du", "la fin des", "fin de l'",
		"fin des ", "fin du ", "s'achever", "s'achevera", "s'acheve", "s'achevent",
		"s'acheveront", "s'acheverait", "acheve", "achevement", "se terminer", "se terminera",
		"se termine", "se terminent", "se termineront", "se terminerait", "terminer", "termine",
		"jusqu'au ", "jusqu'a ", "durer jusqu", "durera", "dureront", "cloture", "clore",
		"retrait", "se retirer", "quitter", "quitteront", "quittera", "levee", "cesser",
		"cessera", "cesseront", "rester", "resteront", "restera", "resteraient", "resterait",
		"maintenues", "maintenus", "remain", "stay", "end ", "ends ", "ended", "ending", "until", "conclude",
		"wrap up", "finish", "withdraw", "pull out", "last until", "expire", "expirera",
		"expiration")
	add(MeasureDeadline,
		"ont jusqu'au ", "a jusqu'au ", "avaient jusqu'au ", "avait jusqu'au ", "auront jusqu'au ",
		"aura jusqu'au ", "have until ", "has until ", "had until ", "date limite", "echeance", "ultimatum", "delai", "d'ici le", "d'ici au", "d'ici a",
		"au plus tard", "deadline", "no later than")
	add("start",
		"debut", "commence", "commencera", "commenceront", "lance", "lancement", "depuis",
		"a partir du", "a compter du", "start", "began", "begin", "since", "debute", "debuteront",
		"ouverture", "entree en vigueur")
	return out
}()

// dateCueWindow is how far, in bytes of folded text, a cue may stand
// before its date (a cue after its date counts at half this distance).
const dateCueWindow = 90

// DateClaims finds the dates sources give for the end of the story's
// operation and for its deadlines: a date (day, or month with "début",
// "mi-" or "fin") whose nearest cue in its sentence is an end ("doivent
// prendre fin le 9 mars", "avant le 14 mars", "jusqu'au 9 mars") or a
// deadline ("date limite", "ultimatum", "d'ici le 12 mars"). They are
// claims with Unit DateUnit, measure MeasureEnd or MeasureDeadline,
// values as YYYYMMDD numbers ("avant le 14 mars" is High 20250314, "après
// le 20 mars" Low 20250320, "fin mars" Low 20250321 and High 20250331),
// as of the article's publication date, Status "". Pass them to
// Reconcile with the figure claims.
func DateClaims(sources []Source) []report.Claim {
	byMeasure := make(map[string][]report.Value)
	var measures []string
	for _, s := range sources {
		if s.Text == "" || len(s.Dates) == 0 {
			continue
		}
		seen := make(map[string]bool)
		sents := facts.Sentences(s.Text)
		for _, d := range s.Dates {
			if d.Kind != "DATE" {
				continue
			}
			d = yearless(d, s.Published)
			sent, ok := sentenceOf(sents, d.Start)
			if !ok {
				continue
			}
			measure := dateMeasure(sent, d)
			if (measure == "" || measure == "start") && d.Mod == "BEFORE" && after(d.Value, s.Published) {
				// "doivent être déposées avant le 14 mars", "l'ouverture
				// d'un couloir avant le 14 mars": a deadline.
				measure = MeasureDeadline
			}
			if measure == "" || measure == "start" {
				continue
			}
			v, ok := dateValue(sent, d)
			if !ok {
				continue
			}
			v.Article = s.Article
			v.Sentence = sent.Text
			if s.Published != "" {
				p := s.Published
				v.AsOf = &p
			}
			k := measure + "|" + ymdString(v.Value) + "|" + boundKey(v.Low) + "|" + boundKey(v.High)
			if seen[k] {
				continue
			}
			seen[k] = true
			if _, ok := byMeasure[measure]; !ok {
				measures = append(measures, measure)
			}
			byMeasure[measure] = append(byMeasure[measure], v)
		}
	}
	out := make([]report.Claim, 0, len(measures))
	for _, m := range measures {
		out = append(out, report.Claim{Measure: m, Unit: DateUnit, Values: byMeasure[m]})
	}
	return out
}

func boundKey(f *float64) string {
	if f == nil {
		return ""
	}
	return ymdString(*f)
}

// sentenceOf returns the sentence holding rune offset pos.
func sentenceOf(sents []facts.Span, pos int) (facts.Span, bool) {
	for _, s := range sents {
		if pos >= s.Start && pos < s.End {
			return s, true
		}
	}
	return facts.Span{}, false
}

// dateMeasure returns the date claim the date d of sentence sent belongs
// to: the measure of the nearest cue ("start" for a start), "" when there
// is no cue near it.
func dateMeasure(sent facts.Span, d facts.Date) string {
	fs := fold(sent.Text)
	ds := byteIndex(fs, d.Start-sent.Start)
	de := byteIndex(fs, d.End-sent.Start)
	// The cue must be in the date's clause: "La grève, qui a commencé
	// lundi, doit s'achever le 9 mars".
	cs := strings.LastIndexAny(fs[:ds], ",;:«»()") + 1
	ce := len(fs)
	if k := strings.IndexAny(fs[de:], ",;:«»()"); k >= 0 {
		ce = de + k
	}
	best, bestDist, bestLen := "", -1, 0
	for _, c := range dateCues {
		for i := wordPhraseAt(fs, c.phrase, cs); i >= 0 && i+len(c.phrase) <= ce; i = wordPhraseAt(fs, c.phrase, i+1) {
			var dist int
			switch {
			case i < ds:
				dist = ds - (i + len(c.phrase))
			case i >= de:
				dist = 2 * (i - de)
			default:
				continue // inside the expression ("fin mars")
			}
			if dist < 0 {
				dist = 0
			}
			if dist > dateCueWindow {
				continue
			}
			if bestDist < 0 || dist < bestDist || dist == bestDist && len(c.phrase) > bestLen {
				best, bestDist, bestLen = c.measure, dist, len(c.phrase)
			}
		}
	}
	return best
}

// dateValue reads the date d as a value: YYYYMMDD numbers, with bounds
// for "avant"/"après" and for parts of a month.
func dateValue(sent facts.Span, d facts.Date) (report.Value, bool) {
	var v report.Value
	val := d.Value
	switch {
	case len(val) >= 10 && val[4] == '-' && val[7] == '-':
		t, err := time.Parse(time.DateOnly, val[:10])
		if err != nil {
			return v, false
		}
		v.Value = ymd(t)
	case len(val) == 7 && val[4] == '-':
		t, err := time.Parse("2006-01", val)
		if err != nil {
			return v, false
		}
		last := t.AddDate(0, 1, -1)
		lo, hi := t, last
		switch d.Mod {
		case "START":
			hi = t.AddDate(0, 0, 9)
		case "MID":
			lo, hi = t.AddDate(0, 0, 10), t.AddDate(0, 0, 19)
		case "END":
			lo = t.AddDate(0, 0, 20)
		}
		l, h := ymd(lo), ymd(hi)
		v.Low, v.High = &l, &h
		v.Value = l
		if d.Mod == "END" {
			v.Value = h
		}
		return v, true
	default:
		return v, false
	}
	fs := fold(sent.Text)
	before := fs[:byteIndex(fs, d.Start-sent.Start)]
	if len(before) > 24 {
		before = before[len(before)-24:]
	}
	x := v.Value
	switch {
	case strings.Contains(before, "jusqu") || strings.Contains(before, "until"):
		// The end itself.
	case strings.Contains(before, "pas avant") || strings.Contains(before, "not before") || d.Mod == "AFTER":
		v.Low = &x
	case d.Mod == "BEFORE":
		v.High = &x
	}
	return v, true
}

// yearless fixes the year of a date written without one ("le 14 mars")
// that its resolution put more than half a year away from the
// publication date: such a date lies in the nearest year.
func yearless(d facts.Date, published string) facts.Date {
	pub, ok := parseDay(published)
	if !ok || len(d.Value) < 7 || d.Value[4] != '-' {
		return d
	}
	if hasYearDigits(d.Text) {
		return d // a written year or a numeric date
	}
	t, err := time.Parse("2006-01", d.Value[:7])
	if err != nil {
		return d
	}
	if len(d.Value) >= 10 {
		if x, err := time.Parse(time.DateOnly, d.Value[:10]); err == nil {
			t = x
		}
	}
	diff := int(t.Unix()/86400) - pub
	var shift int
	switch {
	case diff < -183:
		shift = 1
	case diff > 183:
		shift = -1
	default:
		return d
	}
	moved := t.AddDate(shift, 0, 0)
	if moved.Month() != t.Month() {
		return d // 29 February
	}
	d.Value = moved.Format("2006") + d.Value[4:]
	return d
}

// hasYearDigits reports whether s holds a run of four digits or a
// numeric date ("04/03", "2025").
func hasYearDigits(s string) bool {
	run := 0
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			run++
			if run >= 4 {
				return true
			}
		case r == '/' || r == '.' || r == '-':
			if run > 0 {
				return true
			}
			run = 0
		default:
			run = 0
		}
	}
	return false
}

// after reports whether the TIMEX3 value v is a day after the
// publication date published (false when either is unknown).
func after(v, published string) bool {
	d, ok := parseDay(v)
	p, pok := parseDay(published)
	return ok && pok && d > p
}
