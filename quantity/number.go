package quantity

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Number is one numeric expression as written, before any reading of
// what it measures: "3 200", "1,5 million", "deux mille cinq cents",
// "3/4", "1er", "une douzaine".
type Number struct {
	// Start and End are Unicode code-point offsets into the text.
	Start, End int
	// Text is the expression as written (text[Start:End] in code points).
	Text  string
	Value float64
	// Subtype is "integer", "decimal", "fraction", "power" or "ordinal".
	Subtype string
}

// Numbers returns every numeric expression of text in order, without the
// news-level filtering of Find: years, dates, phone numbers, the article
// "un" and ordinals are all returned, as numbers. Digits glued to letters
// ("180ml", "G7", "14h30") are not numbers here (Find reads the units).
// lang is "fr" (default) or "en"; it decides the decimal separator.
func Numbers(text, lang string) []Number {
	toks := tokenize(text)
	p := parser{text: text, toks: toks, en: isEnglish(lang)}
	var out []Number
	for i := 0; i < len(toks); {
		n, ok := p.parseNumber(i)
		if !ok || n.glued {
			i++
			continue
		}
		out = append(out, p.number(n))
		i = n.j
	}
	return out
}

func isEnglish(lang string) bool {
	return strings.HasPrefix(strings.ToLower(lang), "en")
}

// num is a parsed numeric expression over toks[i:j].
type num struct {
	i, j    int
	val     float64
	sub     string  // integer, decimal, fraction, power, ordinal
	words   bool    // spelt out in words
	digits  int     // number of digits in the integer part, 0 for words
	grouped bool    // written with thousands separators
	scaled  bool    // ends with a scale word (million, milliard, mille)
	scale   float64 // the multiplier of that scale word
	article bool    // the bare word "un"/"une"
	glued   bool    // digits immediately followed by letters (a unit?)
	deOK    bool    // a noun after it may follow "de" (scale or vague word)
	lead0   bool    // integer part starts with 0 ("01", "0612")
	// vague quantities: "une dizaine", "des centaines"
	vague     bool
	low, high float64 // bounds of a vague quantity (high 0 = none)
	exact     bool    // a vague noun used exactly ("3 douzaines")
}

type parser struct {
	text string
	toks []tok
	en   bool
	prev prevCount // the last count read, for "12 000 selon les organisateurs"
	// prevOther is the last percentage or amount read with a measure,
	// for "32,7 % selon le ministère, 60 % selon le syndicat".
	prevOther prevCount
	prevKind  string
	// lemmaMemo remembers the lemmas of recent tokens, by token index.
	lemmaMemo [16]lemmaMemo
}

// prevCount is a count already read: its measure and the token after it.
type prevCount struct {
	measure string
	end     int
}

func (p *parser) number(n num) Number {
	a, b := p.toks[n.i], p.toks[n.j-1]
	return Number{Start: a.r0, End: b.r1, Text: p.text[a.b0:b.b1], Value: n.val, Subtype: n.sub}
}

func (p *parser) word(i int) string {
	if i < 0 || i >= len(p.toks) || p.toks[i].kind != tWord {
		return ""
	}
	return p.toks[i].low
}

func (p *parser) sym(i int) string {
	if i < 0 || i >= len(p.toks) || p.toks[i].kind != tSym {
		return ""
	}
	return p.toks[i].low
}

func (p *parser) isDigit(i int) bool {
	return i >= 0 && i < len(p.toks) && p.toks[i].kind == tDigit
}

// glued reports whether toks[i] touches the token before it.
func (p *parser) glued(i int) bool {
	return i > 0 && i < len(p.toks) && p.toks[i].sp == spNone
}

// parseNumber reads the numeric expression starting at token i.
func (p *parser) parseNumber(i int) (num, bool) {
	t := p.toks[i]
	switch t.kind {
	case tDigit:
		return p.parseDigits(i)
	case tSym:
		// signed number or leading decimal separator: "-4", ",08"
		if (t.low == "-" || t.low == "−" || t.low == "," || t.low == ".") && p.isDigit(i+1) && p.glued(i+1) {
			if i > 0 && p.toks[i].sp == spNone && (p.toks[i-1].kind != tSym || p.toks[i-1].low == "-") {
				return num{}, false
			}
			n, ok := p.parseDigits(i + 1)
			if !ok {
				return num{}, false
			}
			if t.low == "-" || t.low == "−" {
				n.val = -n.val
			} else {
				if n.grouped || n.sub != "integer" || n.glued {
					return num{}, false
				}
				d := p.toks[i+1].low
				n.val = parseFloatDigits("0." + d)
				n.sub = "decimal"
			}
			n.i = i
			return n, true
		}
	case tWord:
		return p.parseWords(i)
	}
	if t.kind != tSym || t.low[0] < utf8.RuneSelf {
		return num{}, false
	}
	if v, ok := vulgarFractions[t.low]; ok {
		return num{i: i, j: i + 1, val: v, sub: "fraction"}, true
	}
	return num{}, false
}

// vulgarFractions are the Unicode fraction characters.
var vulgarFractions = map[string]float64{
	"½": 1.0 / 2, "⅓": 1.0 / 3, "⅔": 2.0 / 3, "¼": 1.0 / 4, "¾": 3.0 / 4, "⅕": 1.0 / 5,
	"⅖": 2.0 / 5, "⅗": 3.0 / 5, "⅘": 4.0 / 5, "⅙": 1.0 / 6, "⅚": 5.0 / 6, "⅛": 1.0 / 8,
	"⅜": 3.0 / 8, "⅝": 5.0 / 8, "⅞": 7.0 / 8,
}

// parseFloatDigits reads ASCII digits with an optional '.'; the tokenizer
// guarantees nothing else is passed.
func parseFloatDigits(s string) float64 {
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return 0
	}
	return v
}

// parseDigits reads a number written with digits at token i.
func (p *parser) parseDigits(i int) (num, bool) {
	toks := p.toks
	if p.glued(i) && toks[i-1].kind == tWord {
		return num{}, false // "G7", "COP21", "A380"
	}
	first := toks[i].low
	n := num{i: i, j: i + 1, sub: "integer", digits: len(first), lead0: len(first) > 1 && first[0] == '0'}
	intPart := first
	j := i + 1
	// thousands groups: "3 200", "3 200", "4.500", "15'000", "1,234" (en)
	if len(first) <= 3 && !n.lead0 {
		sepKind := ""
		for j < len(toks) {
			var nextDigit int
			var kind string
			switch {
			case toks[j].kind == tDigit && len(toks[j].low) == 3 && (toks[j].sp == spSpace || toks[j].sp == spThin):
				kind, nextDigit = "space", j
			case toks[j].kind == tSym && toks[j].sp == spNone && j+1 < len(toks) && toks[j+1].kind == tDigit && toks[j+1].sp == spNone && len(toks[j+1].low) == 3:
				switch toks[j].low {
				case ".":
					if p.en {
						kind = ""
					} else {
						kind = "."
					}
				case "'":
					kind = "'"
				case ",":
					if p.en {
						kind = ","
					}
				}
				nextDigit = j + 1
			}
			if kind == "" || (sepKind != "" && kind != sepKind) {
				break
			}
			// a group must not be glued to further digits or letters that
			// would make it something else ("4.500.1" is fine, "3 200ème" no)
			sepKind = kind
			intPart += toks[nextDigit].low
			j = nextDigit + 1
			n.grouped = true
		}
	}
	n.digits = len(intPart)
	val := parseFloatDigits(intPart)
	// decimal part
	dec := ","
	if p.en {
		dec = "."
	}
	if j+1 < len(toks) && toks[j].kind == tSym && toks[j].sp == spNone && toks[j+1].kind == tDigit && toks[j+1].sp == spNone {
		s := toks[j].low
		dotted := p.sym(j+2) == "." && p.glued(j+2) && p.isDigit(j+3) || p.sym(i-1) == "." && p.glued(i) && p.isDigit(i-2)
		if (s == dec || (s == "." && !p.en && !n.grouped)) && !dotted {
			val = parseFloatDigits(intPart + "." + toks[j+1].low)
			n.sub = "decimal"
			j += 2
		}
	}
	n.val = val
	n.j = j
	// fraction "3/4", "2 1/4"
	if n.sub == "integer" && !n.grouped && j+1 < len(toks) && p.sym(j) == "/" && p.glued(j) && p.isDigit(j+1) && p.glued(j+1) && len(toks[j+1].low) <= 3 && p.sym(j+2) != "/" && !(j+2 < len(toks) && p.glued(j+2) && toks[j+2].kind != tSym) {
		d := parseFloatDigits(toks[j+1].low)
		if d != 0 {
			n.val = val / d
			n.sub = "fraction"
			n.j = j + 2
			return n, true
		}
	}
	if n.sub == "integer" && !n.grouped && n.digits <= 3 && j+2 < len(toks) && p.isDigit(j) && !p.glued(j) && p.sym(j+1) == "/" && p.glued(j+1) && p.isDigit(j+2) && p.glued(j+2) && p.sym(j+3) != "/" {
		a, d := parseFloatDigits(toks[j].low), parseFloatDigits(toks[j+2].low)
		if d != 0 && a < d {
			n.val = val + a/d
			n.sub = "fraction"
			n.j = j + 3
			return n, true
		}
	}
	// power: "1,1^23", "1e10", "-12e-1"
	if j < len(toks) && p.glued(j) {
		k := j
		if p.sym(k) == "^" || (p.word(k) == "e" && k+1 < len(toks) && p.glued(k+1)) {
			k++
			neg := false
			for k < len(toks) && p.glued(k) && (p.sym(k) == "-" || p.sym(k) == "+") {
				if p.sym(k) == "-" {
					neg = !neg
				}
				k++
			}
			if p.isDigit(k) && p.glued(k) {
				e := parseFloatDigits(toks[k].low)
				if neg {
					e = -e
				}
				if p.sym(j) == "^" {
					n.val = math.Pow(val, e)
				} else {
					n.val = val * math.Pow(10, e)
				}
				if !math.IsInf(n.val, 0) && !math.IsNaN(n.val) {
					n.sub = "power"
					n.j = k + 1
					return n, true
				}
				n.val = val
			}
		}
	}
	// glued letters: ordinal suffix, k multiplier, or a unit
	if w := p.word(j); w != "" && p.glued(j) {
		if n.sub == "integer" && !n.grouped && isOrdinalSuffix(w, p.en) {
			n.sub = "ordinal"
			n.j = j + 1
			return n, true
		}
		if (w == "k") && !(j+1 < len(toks) && p.glued(j+1) && toks[j+1].kind == tWord) {
			n.val *= 1000
			n.j = j + 1
			return n, true
		}
		n.glued = true
		return n, true
	}
	// spaced "k": "2,33 k"
	if w := p.word(j); w == "k" && toks[j].sp != spNone && !(j+1 < len(toks) && toks[j+1].kind == tWord && p.glued(j+1)) && p.word(j+1) == "" {
		n.val *= 1000
		n.j = j + 1
		return n, true
	}
	// scale words: "3 millions", "1,5 milliard", "10 mille", "3 douzaines"
	p.scaleAfter(&n)
	p.surAfter(&n)
	return n, true
}

// surAfter reads "1 sur 3", "un sur trois" as a fraction.
func (p *parser) surAfter(n *num) {
	if n.sub != "integer" || n.scaled || p.word(n.j) != "sur" || n.j+1 >= len(p.toks) {
		return
	}
	d, ok := p.parseNumber(n.j + 1)
	if !ok || d.sub != "integer" || d.val == 0 || d.glued || d.vague || d.scaled || d.val <= n.val {
		return
	}
	// "1000 sur 3 ans", "7 jours sur 7": not a fraction
	if p.word(d.j) != "" && p.toks[d.j].sp != spOther {
		return
	}
	n.val /= d.val
	n.sub = "fraction"
	n.j = d.j
	n.article = false
}

// scaleAfter extends n over a following scale word ("millions") and an
// optional "et demi".
func (p *parser) scaleAfter(n *num) {
	j := n.j
	w := p.folded0(j)
	if w == "" || p.toks[j].cls&wScale == 0 || p.toks[j].sp == spNone && n.digits > 0 {
		return
	}
	s, ok := scaleWords[w]
	if p.en {
		s, ok = enScaleWords[w]
	}
	if !ok && !p.en {
		if w == "cent" && n.digits > 0 && !n.grouped {
			s, ok = 100, true
		} else if v, isVague := vagueNouns[w]; isVague && v == 12 && !n.article {
			n.val *= 12
			n.j = j + 1
			return
		}
	}
	if !ok {
		return
	}
	n.val *= s
	n.scaled = true
	n.scale = s
	n.j = j + 1
	if p.folded0(n.j) == "et" && strings.HasPrefix(p.folded0(n.j+1), "demi") {
		n.val += s / 2
		n.j += 2
	}
}

func isOrdinalSuffix(w string, en bool) bool {
	if en {
		switch w {
		case "st", "nd", "rd", "th":
			return true
		}
		return false
	}
	switch w {
	case "er", "re", "ère", "ere", "e", "è", "ème", "eme", "ième", "ieme", "es", "èmes", "emes", "ers", "res", "ères", "nd", "nde", "ndes", "nds", "d", "de":
		return true
	}
	return false
}

// word-number classes
const (
	cZero uint8 = iota + 1
	cUnit
	cTeen
	cTen
	cHundred
	cThousand
	cScale
)

type numWord struct {
	v float64
	c uint8
}

// wordAcc composes spelt-out numbers.
type wordAcc struct {
	total     float64
	cur       float64
	n         int
	lastV     float64
	lastC     uint8
	lastScale float64
	thousand  bool
	done      bool
}

func (a *wordAcc) value() float64 { return a.total + a.cur }

func (a *wordAcc) add(w numWord) bool {
	if a.done {
		return false
	}
	low := math.Mod(a.cur, 100)
	afterTens := a.lastC == cUnit || a.lastC == cTeen || a.lastC == cTen || a.lastC == cZero
	ok := false
	switch w.c {
	case cZero:
		if a.n == 0 {
			a.done = true
			ok = true
		}
	case cUnit:
		switch {
		case !afterTens:
			ok = true
		case a.lastC == cTen:
			ok = true
		case a.lastC == cTeen && a.lastV == 10 && w.v >= 7:
			ok = true
		}
		if ok {
			a.cur += w.v
		}
	case cTeen:
		if !afterTens || (a.lastC == cTen && (low == 60 || low == 80)) {
			a.cur += w.v
			ok = true
		}
	case cTen:
		switch {
		case w.v == 20 && a.lastC == cUnit && a.lastV == 4 && low == 4:
			a.cur += 76
			ok = true
			w.v = 80
		case !afterTens:
			a.cur += w.v
			ok = true
		}
	case cHundred:
		if a.cur < 100 && a.lastC != cHundred && !(a.lastC == cUnit && a.lastV == 1 && a.n == 1 && false) {
			if a.cur == 0 {
				a.cur = 100
			} else {
				a.cur *= 100
			}
			ok = true
		}
	case cThousand:
		if !a.thousand && (a.lastScale == 0 || a.lastScale > 1000) {
			c := a.cur
			if c == 0 {
				c = 1
			}
			a.total += c * 1000
			a.cur = 0
			a.thousand = true
			ok = true
		}
	case cScale:
		if a.lastScale == 0 || a.lastScale > w.v {
			c := a.cur
			if c == 0 && a.thousand {
				// "cent mille milliards": the thousands scale the scale
				a.total *= w.v
			} else {
				if c == 0 {
					c = 1
				}
				a.total += c * w.v
			}
			a.cur = 0
			a.lastScale = w.v
			a.thousand = false
			ok = true
		}
	}
	if ok {
		a.n++
		a.lastV, a.lastC = w.v, w.c
	}
	return ok
}

// lookupNumWord finds a spelt-out cardinal.
func (p *parser) lookupNumWord(w string) (numWord, bool) {
	if p.en {
		nw, ok := enNumWords[w]
		return nw, ok
	}
	nw, ok := frNumWords[foldAccents(w)]
	return nw, ok
}

// parseWords reads a spelt-out number at token i: "deux mille cinq
// cents", "quatre-vingt-dix-neuf", "trois quarts", "vingtième",
// "une dizaine".
func (p *parser) parseWords(i int) (num, bool) {
	toks := p.toks
	w0 := p.word(i)
	if v, ok := p.vague(i); ok {
		return v, true
	}
	if p.en {
		return p.parseWordsEN(i)
	}
	if f := foldAccents(w0); f == "un" || f == "une" {
		if n, ok := p.unFraction(i); ok {
			return n, true
		}
	}
	var acc wordAcc
	j := i
	end := i
	sub := "integer"
	val := 0.0
	for j < len(toks) {
		if toks[j].kind == tSym {
			// hyphen joiner inside a number: "vingt-quatre"
			if toks[j].low == "-" && acc.n > 0 && toks[j].sp == spNone && j+1 < len(toks) && toks[j+1].sp == spNone && toks[j+1].kind == tWord {
				j++
				continue
			}
			break
		}
		if toks[j].kind != tWord {
			break
		}
		if j > i && toks[j].sp == spOther && strings.ContainsAny(p.text[toks[j-1].b1:toks[j].b0], "\n\r") {
			break
		}
		w := p.folded(j)
		if w == "et" && acc.n > 0 {
			nx := p.folded0(j + 1)
			// "cent et trois quarts", "trois et un cinquième", "cinq
			// milliards et trois quarts"
			if f, k, ok := p.fractionWords(j + 1); ok {
				if acc.lastC == cScale {
					f *= acc.lastScale
				}
				val = acc.value() + f
				sub = "fraction"
				end = k
				acc.done = true
				break
			}
			if (nx == "un" || nx == "une" || nx == "unieme" || nx == "onze" || nx == "onzieme") && acc.lastC == cTen {
				j++
				continue
			}
			if strings.HasPrefix(nx, "demi") && acc.lastC == cScale {
				val = acc.value() + acc.lastScale/2
				sub = "fraction"
				end = j + 2
				acc.done = true
			}
			break
		}
		if nw, ok := p.lookupNumWord(w); ok {
			if !acc.add(nw) {
				break
			}
			j++
			end = j
			continue
		}
		if ov, plural, ok := ordinalWord(w); ok {
			if acc.n == 0 {
				acc.add(ov)
				val = acc.value()
				sub = "ordinal"
				end = j + 1
				acc.done = true
				break
			}
			// fraction or compound ordinal
			first := p.folded(i)
			if plural || ((first == "un" || first == "une") && acc.n >= 1) || acc.value() < 10 && toks[j].sp != spNone && ov.c != cHundred && ov.c != cThousand && ov.c != cScale {
				num := acc.value()
				den := ov.v
				if (first == "un" || first == "une") && acc.n > 1 {
					// "un vingt cinquième": everything after "un" is the denominator
					var d wordAcc
					ok2 := true
					for k := i + 1; k < j; k++ {
						if toks[k].kind != tWord {
							continue
						}
						nw2, ok3 := p.lookupNumWord(p.folded(k))
						if !ok3 || !d.add(nw2) {
							ok2 = false
							break
						}
					}
					if ok2 && d.add(ov) {
						num, den = 1, d.value()
					} else {
						break
					}
				}
				if den == 0 {
					break
				}
				val = num / den
				sub = "fraction"
				end = j + 1
				acc.done = true
				break
			}
			if acc.add(ov) {
				val = acc.value()
				sub = "ordinal"
				end = j + 1
				acc.done = true
			}
			break
		}
		if f, ok := fracWords[w]; ok && acc.n > 0 && !(acc.lastC == cUnit && acc.lastV == 1 && acc.n > 1) {
			val = acc.value() * f
			sub = "fraction"
			end = j + 1
			acc.done = true
			// "un demi-million"
			k := j + 1
			if p.sym(k) == "-" && p.glued(k) {
				k++
			}
			if s, ok := scaleWords[p.folded0(k)]; ok && s >= 1e6 {
				val *= s
				end = k + 1
				sub = "integer"
			}
			break
		}
		break
	}
	if acc.n == 0 {
		return num{}, false
	}
	if !acc.done {
		val = acc.value()
	}
	n := num{i: i, j: end, val: val, sub: sub, words: true}
	if sub == "integer" && (acc.lastC == cScale || acc.lastC == cThousand) && acc.n > 1 {
		n.scaled, n.scale = true, acc.lastV
	}
	if acc.n == 1 && sub == "integer" {
		f := foldAccents(w0)
		n.article = f == "un" || f == "une"
	}
	if sub == "integer" {
		p.scaleAfterWords(&n)
		// "un sur trois", "1 sur 3"
	}
	p.surAfter(&n)
	if n.sub == "integer" && p.folded0(n.j) == "virgule" {
		// "deux cent virgule cinquante deux"
		if d, ok := p.parseWords(n.j + 1); ok && d.sub == "integer" && !d.vague && d.val >= 0 && d.val < 1000 {
			digits := len(strconv.FormatFloat(d.val, 'f', 0, 64))
			n.val += d.val / math.Pow(10, float64(digits))
			n.sub = "decimal"
			n.j = d.j
			n.article = false
		}
	}
	return n, true
}

// scaleAfterWords handles "une douzaine", "trois douzaines" after words.
func (p *parser) scaleAfterWords(n *num) {
	w := p.folded0(n.j)
	if v, ok := vagueNouns[w]; ok && v == 12 && !n.article {
		n.val *= 12
		n.j++
		n.exact = true
	}
}

// fractionWords reads "trois quarts", "un demi", "un cinquième" at i and
// returns its value and end.
func (p *parser) fractionWords(i int) (float64, int, bool) {
	w := p.folded0(i)
	if w == "" {
		return 0, 0, false
	}
	nw, ok := p.lookupNumWord(w)
	if !ok {
		return 0, 0, false
	}
	d := p.folded0(i + 1)
	if f, ok := fracWords[d]; ok {
		return nw.v * f, i + 2, true
	}
	if ov, _, ok := ordinalWord(d); ok && ov.v != 0 {
		return nw.v / ov.v, i + 2, true
	}
	return 0, 0, false
}

// vague reads vague quantities at token i: "une dizaine", "des
// centaines", "plusieurs milliers", "des dizaines de milliers".
func (p *parser) vague(i int) (num, bool) {
	if p.en {
		return p.vagueEN(i)
	}
	w := p.folded0(i)
	var n num
	switch w {
	case "un", "une":
		v, ok := vagueNouns[p.folded0(i+1)]
		if !ok {
			return num{}, false
		}
		n = num{i: i, j: i + 2, val: v, vague: true, low: 0.8 * v, high: 1.2 * v, sub: "integer", words: true}
		if v == 1000 && p.word(i) == "une" {
			return num{}, false
		}
	case "des", "plusieurs", "quelques", "de", "d":
		k := i + 1
		if w == "d" {
			if p.sym(i+1) != "'" {
				return num{}, false
			}
			k = i + 2
		}
		nx := p.folded0(k)
		v, ok := vagueNouns[nx]
		if !ok || !strings.HasSuffix(nx, "s") {
			if s, ok2 := scaleWords[nx]; ok2 && strings.HasSuffix(nx, "s") && s >= 1e6 {
				v, ok = s, true
			} else {
				return num{}, false
			}
		}
		if w == "de" || w == "d" {
			// only "de dizaines de ..." after a verb of counting is vague;
			// keep to "des"/"plusieurs"/"quelques".
			return num{}, false
		}
		hi := 9.0
		if w == "quelques" {
			hi = 5
		}
		n = num{i: i, j: k + 1, val: 2 * v, vague: true, low: 2 * v, high: hi * v, sub: "integer", words: true}
	default:
		return num{}, false
	}
	// "des dizaines de milliers", "une centaine de milliers"
	if p.folded0(n.j) == "de" {
		nx := p.folded0(n.j + 1)
		if s, ok := scaleWords[nx]; ok && strings.HasSuffix(nx, "s") {
			n.val *= s
			n.low *= s
			n.high *= s
			n.j += 2
			n.scaled = true
		} else if v, ok := vagueNouns[nx]; ok && v >= 100 && strings.HasSuffix(nx, "s") {
			n.val *= v
			n.low *= v
			n.high *= v
			n.j += 2
			n.scaled = true
		}
	}
	return n, true
}

// ordinalWord reads "vingtième", "premier", "unième": the cardinal it
// stands on, and whether it is plural.
func ordinalWord(w string) (numWord, bool, bool) {
	switch w {
	case "premier", "premiere", "premiers", "premieres":
		return numWord{1, cUnit}, strings.HasSuffix(w, "s"), true
	}
	plural := false
	stem := ""
	switch {
	case strings.HasSuffix(w, "iemes"):
		stem, plural = w[:len(w)-5], true
	case strings.HasSuffix(w, "ieme"):
		stem = w[:len(w)-4]
	default:
		return numWord{}, false, false
	}
	nw, ok := ordinalStems[stem]
	return nw, plural, ok
}

// unFraction reads "un vingt-cinquième", "une vingt et unième": one over
// the ordinal that follows.
func (p *parser) unFraction(i int) (num, bool) {
	var d wordAcc
	for j := i + 1; j < len(p.toks) && j < i+12; j++ {
		t := p.toks[j]
		if t.kind == tSym && t.low == "-" && t.sp == spNone {
			continue
		}
		if t.kind != tWord {
			return num{}, false
		}
		w := foldAccents(t.low)
		if w == "et" && d.lastC == cTen {
			continue
		}
		if ov, _, ok := ordinalWord(w); ok {
			if d.n == 0 || !d.add(ov) || d.value() == 0 {
				return num{}, false
			}
			return num{i: i, j: j + 1, val: 1 / d.value(), sub: "fraction", words: true}, true
		}
		nw, ok := p.lookupNumWord(w)
		if !ok || !d.add(nw) {
			return num{}, false
		}
	}
	return num{}, false
}
