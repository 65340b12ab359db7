package quantity

import "strings"

// frNumWords are the French cardinals, unaccented, lower case.
var frNumWords = map[string]numWord{
	"zero": {0, cZero}, "un": {1, cUnit}, "une": {1, cUnit}, "deux": {2, cUnit},
	"trois": {3, cUnit}, "quatre": {4, cUnit}, "cinq": {5, cUnit}, "six": {6, cUnit},
	"sept": {7, cUnit}, "huit": {8, cUnit}, "neuf": {9, cUnit},
	"dix": {10, cTeen}, "onze": {11, cTeen}, "douze": {12, cTeen}, "treize": {13, cTeen},
	"quatorze": {14, cTeen}, "quinze": {15, cTeen}, "seize": {16, cTeen},
	"vingt": {20, cTen}, "vingts": {20, cTen}, "trente": {30, cTen}, "quarante": {40, cTen},
	"cinquante": {50, cTen}, "soixante": {60, cTen}, "septante": {70, cTen},
	"huitante": {80, cTen}, "octante": {80, cTen}, "nonante": {90, cTen},
	"cent": {100, cHundred}, "cents": {100, cHundred},
	"mille": {1000, cThousand}, "mil": {1000, cThousand},
	"million": {1e6, cScale}, "millions": {1e6, cScale},
	"milliard": {1e9, cScale}, "milliards": {1e9, cScale},
	"billion": {1e12, cScale}, "billions": {1e12, cScale},
}

// enNumWords are the English cardinals.
var enNumWords = map[string]numWord{
	"zero": {0, cZero}, "one": {1, cUnit}, "two": {2, cUnit}, "three": {3, cUnit},
	"four": {4, cUnit}, "five": {5, cUnit}, "six": {6, cUnit}, "seven": {7, cUnit},
	"eight": {8, cUnit}, "nine": {9, cUnit}, "ten": {10, cTeen}, "eleven": {11, cTeen},
	"twelve": {12, cTeen}, "thirteen": {13, cTeen}, "fourteen": {14, cTeen},
	"fifteen": {15, cTeen}, "sixteen": {16, cTeen}, "seventeen": {17, cTeen},
	"eighteen": {18, cTeen}, "nineteen": {19, cTeen}, "twenty": {20, cTen},
	"thirty": {30, cTen}, "forty": {40, cTen}, "fifty": {50, cTen}, "sixty": {60, cTen},
	"seventy": {70, cTen}, "eighty": {80, cTen}, "ninety": {90, cTen},
	"hundred": {100, cHundred}, "thousand": {1000, cThousand},
	"million": {1e6, cScale}, "billion": {1e9, cScale}, "trillion": {1e12, cScale},
}

// ordinalStems maps the stem of a French "-ième" ordinal to its cardinal.
var ordinalStems = map[string]numWord{
	"un": {1, cUnit}, "deux": {2, cUnit}, "trois": {3, cUnit}, "quatr": {4, cUnit},
	"cinqu": {5, cUnit}, "six": {6, cUnit}, "sept": {7, cUnit}, "huit": {8, cUnit},
	"neuv": {9, cUnit}, "dix": {10, cTeen}, "diz": {10, cTeen}, "onz": {11, cTeen},
	"douz": {12, cTeen}, "treiz": {13, cTeen}, "quatorz": {14, cTeen},
	"quinz": {15, cTeen}, "seiz": {16, cTeen}, "vingt": {20, cTen}, "trent": {30, cTen},
	"quarant": {40, cTen}, "cinquant": {50, cTen}, "soixant": {60, cTen},
	"septant": {70, cTen}, "octant": {80, cTen}, "huitant": {80, cTen},
	"nonant": {90, cTen}, "cent": {100, cHundred}, "mill": {1000, cThousand},
	"million": {1e6, cScale}, "milliard": {1e9, cScale}, "billion": {1e12, cScale},
}

// fracWords are fraction nouns: "un demi", "deux tiers", "trois quarts".
var fracWords = map[string]float64{
	"demi": 0.5, "demis": 0.5, "demie": 0.5, "tiers": 1.0 / 3, "quart": 0.25, "quarts": 0.25,
}

// scaleWords multiply a number written with digits: "3 millions".
var scaleWords = map[string]float64{
	"mille": 1e3, "million": 1e6, "millions": 1e6, "milliard": 1e9, "milliards": 1e9,
	"billion": 1e12, "billions": 1e12,
}

// enScaleWords multiply an English number: "3 million".
var enScaleWords = map[string]float64{
	"thousand": 1e3, "million": 1e6, "millions": 1e6, "billion": 1e9, "billions": 1e9,
	"trillion": 1e12, "bn": 1e9, "mn": 1e6, "m": 1e6,
}

// vagueNouns are the French collective numerals: "une dizaine".
var vagueNouns = map[string]float64{
	"dizaine": 10, "dizaines": 10, "douzaine": 12, "douzaines": 12, "quinzaine": 15,
	"quinzaines": 15, "vingtaine": 20, "vingtaines": 20, "trentaine": 30,
	"trentaines": 30, "quarantaine": 40, "cinquantaine": 50, "cinquantaines": 50,
	"soixantaine": 60, "centaine": 100, "centaines": 100, "millier": 1000,
	"milliers": 1000,
}

// enVague are English vague plurals: "dozens", "hundreds".
var enVague = map[string]float64{
	"dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1000, "millions": 1e6,
	"billions": 1e9, "tens": 10,
}

// parseWordsEN reads a spelt-out English number at i.
func (p *parser) parseWordsEN(i int) (num, bool) {
	toks := p.toks
	var acc wordAcc
	j, end := i, i
	for j < len(toks) {
		if toks[j].kind == tSym {
			if toks[j].low == "-" && acc.n > 0 && toks[j].sp == spNone && j+1 < len(toks) && toks[j+1].sp == spNone {
				j++
				continue
			}
			break
		}
		if toks[j].kind != tWord {
			break
		}
		w := toks[j].low
		if w == "and" && acc.n > 0 && acc.lastC == cHundred {
			j++
			continue
		}
		nw, ok := enNumWords[w]
		if !ok {
			break
		}
		// English teens and units follow tens directly ("twenty-one")
		if nw.c == cTeen && acc.lastC == cTen {
			break
		}
		if !acc.add(nw) {
			break
		}
		j++
		end = j
	}
	if acc.n == 0 {
		return num{}, false
	}
	n := num{i: i, j: end, val: acc.value(), sub: "integer", words: true}
	n.article = acc.n == 1 && p.word(i) == "one"
	return n, true
}

// vagueEN reads "dozens of", "hundreds of thousands", "a dozen".
func (p *parser) vagueEN(i int) (num, bool) {
	w := p.word(i)
	switch w {
	case "a":
		nx := p.word(i + 1)
		v := 0.0
		switch nx {
		case "dozen":
			v = 12
		case "score":
			v = 20
		}
		if v == 0 {
			return num{}, false
		}
		return num{i: i, j: i + 2, val: v, vague: true, low: 0.8 * v, high: 1.2 * v, sub: "integer", words: true}, true
	case "dozens", "hundreds", "thousands", "tens", "millions", "scores":
		v := enVague[w]
		n := num{i: i, j: i + 1, val: 2 * v, vague: true, low: 2 * v, high: 9 * v, sub: "integer", words: true}
		if w == "dozens" {
			n.high = 8 * v
		}
		if p.word(i+1) == "of" {
			if s, ok := enVague[p.word(i+2)]; ok && s >= 1000 {
				n.val *= s
				n.low *= s
				n.high *= s
				n.j = i + 3
			}
		}
		return n, true
	}
	return num{}, false
}

// monthsFR and monthsEN name the months, lower case, unaccented.
var monthsFR = map[string]bool{
	"janvier": true, "fevrier": true, "mars": true, "avril": true, "mai": true, "juin": true,
	"juillet": true, "aout": true, "septembre": true, "octobre": true, "novembre": true,
	"decembre": true, "janv": true, "fevr": true, "fev": true, "avr": true, "juil": true,
	"oct": true, "nov": true, "dec": true,
}

var monthsEN = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true,
	"december": true, "jan": true, "feb": true, "mar": true, "apr": true, "jun": true,
	"jul": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
}

// isMonthTok reports whether token i is a month name in the text's
// language.
func (p *parser) isMonthTok(i int) bool {
	if i < 0 || i >= len(p.toks) {
		return false
	}
	if p.en {
		return p.toks[i].cls&wMonthEN != 0
	}
	return p.toks[i].cls&wMonthFR != 0
}

// hasSuffixAny reports whether s ends with one of the suffixes.
func hasSuffixAny(s string, suffixes ...string) bool {
	for _, x := range suffixes {
		if strings.HasSuffix(s, x) {
			return true
		}
	}
	return false
}
