package eval

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/recoupe/recoupe/timex"
)

// TimeBank evaluation of package timex on the French TimeBank (ISO-TimeML,
// inline annotation: Data/*.tml).
//
// The text scored is the content of each document's <TEXT> element with
// the tags removed. The document creation time is the TIMEX3 with
// functionInDocument="CREATION_TIME"; in this corpus it always sits in the
// <DCT> header, outside <TEXT>, so it is used as timex.Ref.Date and never
// scored: only the TIMEX3 elements of the body are gold spans, as in the
// TempEval-3 evaluation (which also leaves the DCT out).
//
// Scores follow TempEval-3, the evaluation HeidelTime reports:
//   - strict span: a system span matches a gold span with the same offsets;
//   - relaxed span: they overlap (one-to-one, largest overlap first);
//   - value: among relaxed matches, those with the gold value and type;
//     precision = correct / system spans, recall = correct / gold spans.

// TimebankPRF is precision, recall and F1 with the counts they come from.
type TimebankPRF struct {
	Correct, System, Gold int
	P, R, F1              float64
}

func tbPRF(correct, system, gold int) TimebankPRF {
	r := TimebankPRF{Correct: correct, System: system, Gold: gold}
	if system > 0 {
		r.P = float64(correct) / float64(system)
	}
	if gold > 0 {
		r.R = float64(correct) / float64(gold)
	}
	if r.P+r.R > 0 {
		r.F1 = 2 * r.P * r.R / (r.P + r.R)
	}
	return r
}

// TimebankTypeScore is the breakdown for one TIMEX3 type; gold spans are
// counted by their gold type and system spans by their Kind.
type TimebankTypeScore struct {
	Strict, Relaxed, Value TimebankPRF
}

// TimebankError is one disagreement, for inspection.
type TimebankError struct {
	Doc string
	// Kind is "missed" (gold span with no overlapping system span),
	// "spurious" (system span overlapping no gold span), "span" (overlap
	// but different offsets) or "value" (value or type differs).
	Kind       string
	GoldText   string
	GoldValue  string
	GoldType   string
	SysText    string
	SysValue   string
	SysType    string
	Context    string
	GoldOffset int
}

// TimebankScore is the result of Timebank.
type TimebankScore struct {
	Docs    int
	Strict  TimebankPRF
	Relaxed TimebankPRF
	// Value counts relaxed matches with the right value and type.
	Value TimebankPRF
	// Type counts relaxed matches with the right type.
	Type    TimebankPRF
	PerType map[string]TimebankTypeScore
	Errors  []TimebankError
}

// tbDoc is one loaded document.
type tbDoc struct {
	name string
	text string
	dct  time.Time
	gold []tbSpan
}

type tbSpan struct {
	start, end  int // rune offsets
	text, value string
	typ         string
}

// tbLoad reads one .tml file.
func tbLoad(path string) (tbDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return tbDoc{}, err
	}
	defer f.Close()
	doc := tbDoc{name: strings.TrimSuffix(filepath.Base(path), ".tml")}
	dec := xml.NewDecoder(f)
	var (
		text   strings.Builder
		inText bool
		runes  int
		open   []tbSpan // TIMEX3 elements being read
		dct    string
	)
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return tbDoc{}, fmt.Errorf("%s: %w", path, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "TEXT":
				inText = true
			case "TIMEX3":
				sp := tbSpan{start: runes}
				fn := ""
				for _, a := range t.Attr {
					switch a.Name.Local {
					case "type":
						sp.typ = a.Value
					case "value":
						sp.value = a.Value
					case "functionInDocument":
						fn = a.Value
					}
				}
				if fn == "CREATION_TIME" && dct == "" {
					dct = sp.value
					if !inText {
						sp.typ = "" // header DCT: not scored
					}
				}
				if !inText {
					sp.typ = ""
				}
				open = append(open, sp)
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "TEXT":
				inText = false
			case "TIMEX3":
				if n := len(open); n > 0 {
					sp := open[n-1]
					open = open[:n-1]
					if sp.typ != "" && runes > sp.start {
						sp.end = runes
						sp.text = tbRuneSlice(text.String(), sp.start, sp.end)
						doc.gold = append(doc.gold, sp)
					}
				}
			}
		case xml.CharData:
			if inText {
				text.Write(t)
				runes += utf8.RuneCount(t)
			}
		}
	}
	doc.text = text.String()
	if dct == "" {
		return tbDoc{}, fmt.Errorf("%s: no CREATION_TIME TIMEX3", path)
	}
	d, err := time.Parse("2006-01-02", dct[:min(len(dct), 10)])
	if err != nil {
		return tbDoc{}, fmt.Errorf("%s: creation time %q: %w", path, dct, err)
	}
	doc.dct = d
	sort.Slice(doc.gold, func(i, j int) bool { return doc.gold[i].start < doc.gold[j].start })
	return doc, nil
}

func tbRuneSlice(s string, a, b int) string {
	i, start := 0, -1
	for k := range s {
		if i == a {
			start = k
		}
		if i == b {
			return s[start:k]
		}
		i++
	}
	if start < 0 {
		return ""
	}
	return s[start:]
}

// Timebank runs timex.Find over every Data/*.tml document of the French
// TimeBank at dir (or dir itself when it holds the .tml files) and scores
// it.
func Timebank(dir string) (TimebankScore, error) {
	files, err := filepath.Glob(filepath.Join(dir, "Data", "*.tml"))
	if err == nil && len(files) == 0 {
		files, err = filepath.Glob(filepath.Join(dir, "*.tml"))
	}
	if err != nil {
		return TimebankScore{}, fmt.Errorf("timebank: %w", err)
	}
	if len(files) == 0 {
		return TimebankScore{}, fmt.Errorf("timebank: no .tml files under %s", dir)
	}
	sort.Strings(files)
	var (
		sc                                     = TimebankScore{PerType: map[string]TimebankTypeScore{}}
		nSys, nGold, nStrict, nRel, nVal, nTyp int
		per                                    = map[string]*[9]int{} // strict, relaxed, value correct; sys; gold
	)
	get := func(t string) *[9]int {
		p := per[t]
		if p == nil {
			p = new([9]int)
			per[t] = p
		}
		return p
	}
	for _, f := range files {
		doc, err := tbLoad(f)
		if err != nil {
			return TimebankScore{}, fmt.Errorf("timebank: %w", err)
		}
		sc.Docs++
		sys := timex.Find(doc.text, timex.Ref{Date: doc.dct, Lang: "fr"})
		nSys += len(sys)
		nGold += len(doc.gold)
		for _, s := range sys {
			get(s.Kind)[3]++
		}
		for _, g := range doc.gold {
			get(g.typ)[4]++
		}
		// One-to-one relaxed matching, largest overlap first.
		type pair struct{ g, s, ov int }
		var pairs []pair
		for gi, g := range doc.gold {
			for si, s := range sys {
				if ov := min(g.end, s.End) - max(g.start, s.Start); ov > 0 {
					pairs = append(pairs, pair{gi, si, ov})
				}
			}
		}
		sort.SliceStable(pairs, func(i, j int) bool { return pairs[i].ov > pairs[j].ov })
		gUsed := make([]int, len(doc.gold))
		sUsed := make([]bool, len(sys))
		for i := range gUsed {
			gUsed[i] = -1
		}
		for _, p := range pairs {
			if gUsed[p.g] >= 0 || sUsed[p.s] {
				continue
			}
			gUsed[p.g] = p.s
			sUsed[p.s] = true
		}
		for gi, g := range doc.gold {
			si := gUsed[gi]
			pt := get(g.typ)
			if si < 0 {
				sc.Errors = append(sc.Errors, tbErr(doc, "missed", &g, nil))
				continue
			}
			s := sys[si]
			nRel++
			strict := s.Start == g.start && s.End == g.end
			if strict {
				nStrict++
			}
			okVal := s.Value == g.value && s.Kind == g.typ
			if okVal {
				nVal++
			}
			if s.Kind == g.typ {
				nTyp++
				pt[1]++
				if strict {
					pt[0]++
				}
				if okVal {
					pt[2]++
				}
			}
			switch {
			case !okVal:
				sc.Errors = append(sc.Errors, tbErr(doc, "value", &g, &s))
			case !strict:
				sc.Errors = append(sc.Errors, tbErr(doc, "span", &g, &s))
			}
		}
		for si := range sys {
			if !sUsed[si] {
				sc.Errors = append(sc.Errors, tbErr(doc, "spurious", nil, &sys[si]))
			}
		}
	}
	sc.Strict = tbPRF(nStrict, nSys, nGold)
	sc.Relaxed = tbPRF(nRel, nSys, nGold)
	sc.Value = tbPRF(nVal, nSys, nGold)
	sc.Type = tbPRF(nTyp, nSys, nGold)
	for t, p := range per {
		sc.PerType[t] = TimebankTypeScore{
			Strict:  tbPRF(p[0], p[3], p[4]),
			Relaxed: tbPRF(p[1], p[3], p[4]),
			Value:   tbPRF(p[2], p[3], p[4]),
		}
	}
	return sc, nil
}

func tbErr(doc tbDoc, kind string, g *tbSpan, s *timex.Span) TimebankError {
	e := TimebankError{Doc: doc.name, Kind: kind, GoldOffset: -1}
	start, end := 0, 0
	if g != nil {
		e.GoldText, e.GoldValue, e.GoldType, e.GoldOffset = g.text, g.value, g.typ, g.start
		start, end = g.start, g.end
	}
	if s != nil {
		e.SysText, e.SysValue, e.SysType = s.Text, s.Value, s.Kind
		if g == nil {
			start, end = s.Start, s.End
		}
	}
	from, to := max(0, start-40), end+40
	e.Context = strings.ReplaceAll(tbRuneSlice(doc.text, from, min(to, utf8.RuneCountInString(doc.text))), "\n", " ")
	return e
}
