package quantity

import "strings"

// unitInfo is what a unit word or symbol means.
type unitInfo struct {
	kind string // percent, money, length, area, weight, volume, speed, temperature, duration
	unit string // canonical unit: "%", "EUR", "km", "°C", "year", ...
}

// phrase is a sequence of tokens (lower case, unaccented, apostrophes as
// separate "'" tokens) mapped to a value.
type phraseTable[V any] struct {
	byFirst     map[string][]phraseEntry[V]
	first, last wordClass // lexicon classes of first and last tokens
}

type phraseEntry[V any] struct {
	toks []string
	v    V
}

// newPhraseTable builds a table; first and last are the lexicon classes
// its first and last tokens get.
func newPhraseTable[V any](first, last wordClass, m map[string]V) phraseTable[V] {
	t := phraseTable[V]{byFirst: map[string][]phraseEntry[V]{}, first: first, last: last}
	for k, v := range m {
		toks := splitPhrase(k)
		t.byFirst[toks[0]] = append(t.byFirst[toks[0]], phraseEntry[V]{toks, v})
	}
	// longest first
	for k, es := range t.byFirst {
		for i := 1; i < len(es); i++ {
			for j := i; j > 0 && len(es[j].toks) > len(es[j-1].toks); j-- {
				es[j], es[j-1] = es[j-1], es[j]
			}
		}
		t.byFirst[k] = es
	}
	return t
}

// register adds the tokens of the phrases to the lexicon.
func (t phraseTable[V]) register(add func(string, wordClass)) {
	for _, es := range t.byFirst {
		for _, e := range es {
			for i, w := range e.toks {
				c := wordClass(0)
				if i == 0 {
					c |= t.first
				}
				if i == len(e.toks)-1 {
					c |= t.last
				}
				add(w, c)
			}
		}
	}
}

// splitPhrase splits "kilometres a l'heure" into tokens the way tokenize
// does: letters, digits and single symbols.
func splitPhrase(s string) []string {
	var out []string
	cur := strings.Builder{}
	flush := func() {
		if cur.Len() > 0 {
			out = append(out, cur.String())
			cur.Reset()
		}
	}
	lastClass := 0
	for _, c := range s {
		class := 3
		switch {
		case c == ' ':
			flush()
			lastClass = 0
			continue
		case c >= '0' && c <= '9':
			class = 2
		case isLetterRune(c):
			class = 1
		}
		if class != lastClass || class == 3 {
			flush()
		}
		cur.WriteRune(c)
		lastClass = class
	}
	flush()
	return out
}

func isLetterRune(c rune) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c > 127 && c != '°' && c != '€' && c != '£' && c != '¥' && c != '²' && c != '³' && c != '%' && c != '’'
}

// match finds the longest phrase starting at token i whose tokens after
// the first are not separated by line breaks. It returns the value and
// the token index after the phrase.
func (t phraseTable[V]) match(p *parser, i int) (V, int, bool) {
	var zero V
	if i >= len(p.toks) || p.toks[i].cls&t.first == 0 {
		return zero, i, false
	}
	first := p.folded(i)
	for _, e := range t.byFirst[first] {
		k := i + 1
		ok := true
		for _, w := range e.toks[1:] {
			if k >= len(p.toks) || p.folded(k) != w || p.toks[k].sp == spOther {
				ok = false
				break
			}
			k++
		}
		if ok {
			return e.v, k, true
		}
	}
	return zero, i, false
}

// matchBefore finds the longest phrase ending just before token end.
func (t phraseTable[V]) matchBefore(p *parser, end int, maxLen int) (V, int, bool) {
	var zero V
	if end <= 0 || end > len(p.toks) || p.toks[end-1].cls&t.last == 0 {
		return zero, end, false
	}
	for start := max(0, end-maxLen); start < end; start++ {
		v, k, ok := t.match(p, start)
		if ok && k == end {
			return v, start, true
		}
	}
	return zero, end, false
}

// folded is token i lower-cased and unaccented, computed once per token.
func (p *parser) folded(i int) string {
	t := &p.toks[i]
	if t.fold != "" {
		return t.fold // ASCII words and words of the lexicon, set by tokenize
	}
	if t.kind != tWord || isASCII(t.low) {
		return t.low
	}
	t.fold = foldAccents(t.low)
	return t.fold
}

var units = newPhraseTable(wUnitFirst, wUnitLast, map[string]unitInfo{
	"%": {"percent", "%"}, "pour cent": {"percent", "%"}, "pourcent": {"percent", "%"},
	"pourcents": {"percent", "%"}, "pourcentage": {"percent", "%"}, "pourcentages": {"percent", "%"},
	"percent": {"percent", "%"}, "per cent": {"percent", "%"},
	"points de pourcentage": {"percent", "pp"}, "point de pourcentage": {"percent", "pp"},
	"percentage points": {"percent", "pp"}, "percentage point": {"percent", "pp"},

	"€": {"money", "EUR"}, "euro": {"money", "EUR"}, "euros": {"money", "EUR"}, "eur": {"money", "EUR"},
	"$": {"money", "USD"}, "dollar": {"money", "USD"}, "dollars": {"money", "USD"}, "usd": {"money", "USD"},
	"$ us": {"money", "USD"}, "$ usd": {"money", "USD"}, "$us": {"money", "USD"}, "dollars americains": {"money", "USD"},
	"dollars us": {"money", "USD"}, "dollars des etats - unis": {"money", "USD"}, "us$": {"money", "USD"},
	"$ c": {"money", "CAD"}, "$ ca": {"money", "CAD"}, "$ cad": {"money", "CAD"}, "$cad": {"money", "CAD"},
	"$ can": {"money", "CAD"}, "cad": {"money", "CAD"}, "dollars canadiens": {"money", "CAD"}, "dollar canadien": {"money", "CAD"},
	"dollars australiens": {"money", "AUD"}, "dollar australien": {"money", "AUD"}, "aud": {"money", "AUD"},
	"$ hk": {"money", "HKD"}, "dollars de hong kong": {"money", "HKD"}, "hkd": {"money", "HKD"},
	"dollars neo - zelandais": {"money", "NZD"}, "nzd": {"money", "NZD"},
	"£": {"money", "GBP"}, "livre sterling": {"money", "GBP"}, "livres sterling": {"money", "GBP"},
	"gbp": {"money", "GBP"}, "pound": {"money", "GBP"}, "pounds": {"money", "GBP"}, "pounds sterling": {"money", "GBP"},
	"¥": {"money", "JPY"}, "yen": {"money", "JPY"}, "yens": {"money", "JPY"}, "jpy": {"money", "JPY"},
	"yuan": {"money", "CNY"}, "yuans": {"money", "CNY"}, "cny": {"money", "CNY"}, "renminbi": {"money", "CNY"},
	"francs suisses": {"money", "CHF"}, "franc suisse": {"money", "CHF"}, "chf": {"money", "CHF"},
	"francs cfa": {"money", "XOF"}, "franc cfa": {"money", "XOF"}, "fcfa": {"money", "XOF"},
	"franc": {"money", "franc"}, "francs": {"money", "franc"},
	"rouble": {"money", "RUB"}, "roubles": {"money", "RUB"}, "rub": {"money", "RUB"},
	"roupie": {"money", "roupie"}, "roupies": {"money", "roupie"},
	"roupies indiennes": {"money", "INR"}, "roupie indienne": {"money", "INR"}, "inr": {"money", "INR"},
	"cents": {"money", "cent"}, "centime": {"money", "centime"}, "centimes": {"money", "centime"},
	"pence": {"money", "pence"}, "penny": {"money", "penny"},
	"mark finlandais": {"money", "FIM"}, "marks finlandais": {"money", "FIM"},
	"florins hollandais": {"money", "NLG"}, "florins neerlandais": {"money", "NLG"},
	"pesewa": {"money", "pesewa"}, "pesewas": {"money", "pesewa"},
	"dinar": {"money", "dinar"}, "dinars": {"money", "dinar"}, "dirham": {"money", "dirham"}, "dirhams": {"money", "dirham"},
	"hryvnias": {"money", "UAH"}, "hryvnia": {"money", "UAH"}, "shekels": {"money", "ILS"}, "shekel": {"money", "ILS"},
	"livres turques": {"money", "TRY"}, "livres libanaises": {"money", "LBP"}, "livres egyptiennes": {"money", "EGP"},
	"pesos": {"money", "peso"}, "peso": {"money", "peso"}, "rands": {"money", "ZAR"}, "reais": {"money", "BRL"},
	"bitcoins": {"money", "BTC"}, "bitcoin": {"money", "BTC"},

	"mm": {"length", "mm"}, "millimetre": {"length", "mm"}, "millimetres": {"length", "mm"},
	"cm": {"length", "cm"}, "centimetre": {"length", "cm"}, "centimetres": {"length", "cm"},
	"dm": {"length", "dm"}, "decimetre": {"length", "dm"}, "decimetres": {"length", "dm"},
	"m": {"length", "m"}, "metre": {"length", "m"}, "metres": {"length", "m"}, "meters": {"length", "m"}, "meter": {"length", "m"},
	"km": {"length", "km"}, "kilometre": {"length", "km"}, "kilometres": {"length", "km"},
	"kilometers": {"length", "km"}, "kilometer": {"length", "km"},
	"hm": {"length", "hm"}, "hectometre": {"length", "hm"}, "hectometres": {"length", "hm"},
	"mi": {"length", "mi"}, "mile": {"length", "mi"}, "miles": {"length", "mi"},
	"pied": {"length", "ft"}, "pieds": {"length", "ft"}, "feet": {"length", "ft"}, "foot": {"length", "ft"}, "ft": {"length", "ft"},
	"pouce": {"length", "in"}, "pouces": {"length", "in"}, "inch": {"length", "in"}, "inches": {"length", "in"},
	"yard": {"length", "yd"}, "yards": {"length", "yd"}, "milles nautiques": {"length", "nmi"}, "mille nautique": {"length", "nmi"},

	"m2": {"area", "m²"}, "m²": {"area", "m²"}, "metres carres": {"area", "m²"}, "metre carre": {"area", "m²"},
	"km2": {"area", "km²"}, "km²": {"area", "km²"}, "kilometres carres": {"area", "km²"}, "kilometre carre": {"area", "km²"},
	"square kilometres": {"area", "km²"}, "square kilometers": {"area", "km²"}, "square miles": {"area", "mi²"},
	"square metres": {"area", "m²"}, "square meters": {"area", "m²"},
	"hectare": {"area", "ha"}, "hectares": {"area", "ha"}, "ha": {"area", "ha"},
	"acre": {"area", "acre"}, "acres": {"area", "acre"},

	"mg": {"weight", "mg"}, "milligramme": {"weight", "mg"}, "milligrammes": {"weight", "mg"},
	"g": {"weight", "g"}, "gramme": {"weight", "g"}, "grammes": {"weight", "g"}, "grams": {"weight", "g"},
	"kg": {"weight", "kg"}, "kilo": {"weight", "kg"}, "kilos": {"weight", "kg"}, "kilogramme": {"weight", "kg"},
	"kilogrammes": {"weight", "kg"}, "kilograms": {"weight", "kg"},
	"t": {"weight", "t"}, "tonne": {"weight", "t"}, "tonnes": {"weight", "t"}, "tonnes metriques": {"weight", "t"},
	"tonne metrique": {"weight", "t"}, "tons": {"weight", "t"},
	"microgramme": {"weight", "µg"}, "microgrammes": {"weight", "µg"}, "µg": {"weight", "µg"}, "ug": {"weight", "µg"},
	"lb": {"weight", "lb"}, "lbs": {"weight", "lb"},

	"l": {"volume", "l"}, "litre": {"volume", "l"}, "litres": {"volume", "l"}, "liters": {"volume", "l"},
	"ml": {"volume", "ml"}, "millilitre": {"volume", "ml"}, "millilitres": {"volume", "ml"},
	"cl": {"volume", "cl"}, "centilitre": {"volume", "cl"}, "centilitres": {"volume", "cl"},
	"hl": {"volume", "hl"}, "hectolitre": {"volume", "hl"}, "hectolitres": {"volume", "hl"},
	"m3": {"volume", "m³"}, "m³": {"volume", "m³"}, "metres cubes": {"volume", "m³"}, "metre cube": {"volume", "m³"},
	"cubic metres": {"volume", "m³"}, "cubic meters": {"volume", "m³"},
	"gallon": {"volume", "gal"}, "gallons": {"volume", "gal"},
	"baril": {"volume", "bbl"}, "barils": {"volume", "bbl"}, "barrels": {"volume", "bbl"}, "barrel": {"volume", "bbl"},
	"pieds cubes": {"volume", "ft³"}, "pieds cube": {"volume", "ft³"}, "cubic feet": {"volume", "ft³"},
	"once": {"volume", "oz"}, "onces": {"volume", "oz"},

	"km / h": {"speed", "km/h"}, "km/h": {"speed", "km/h"}, "kmh": {"speed", "km/h"}, "km / heure": {"speed", "km/h"},
	"kilometres / heure": {"speed", "km/h"}, "kilometres a l ' heure": {"speed", "km/h"},
	"kilometres par heure": {"speed", "km/h"}, "kilometres-heure": {"speed", "km/h"}, "kilometres - heure": {"speed", "km/h"},
	"mph": {"speed", "mph"}, "miles a l ' heure": {"speed", "mph"}, "miles par heure": {"speed", "mph"},
	"miles per hour": {"speed", "mph"}, "miles an hour": {"speed", "mph"},
	"noeuds": {"speed", "kn"}, "noeud": {"speed", "kn"}, "knots": {"speed", "kn"},
	"m / s": {"speed", "m/s"}, "metres par seconde": {"speed", "m/s"},

	"° c": {"temperature", "°C"}, "°c": {"temperature", "°C"}, "°": {"temperature", "°"},
	"° f": {"temperature", "°F"}, "degre": {"temperature", "°"}, "degres": {"temperature", "°"},
	"degres celsius": {"temperature", "°C"}, "degre celsius": {"temperature", "°C"}, "degres c": {"temperature", "°C"},
	"degres fahrenheit": {"temperature", "°F"}, "degre fahrenheit": {"temperature", "°F"}, "degres f": {"temperature", "°F"},
	"degres centigrades": {"temperature", "°C"}, "degres centigrade": {"temperature", "°C"},
	"deg": {"temperature", "°"}, "deg .": {"temperature", "°"}, "deg c": {"temperature", "°C"}, "deg f": {"temperature", "°F"},
	"deg celsius": {"temperature", "°C"}, "deg fahrenheit": {"temperature", "°F"}, "deg centigrade": {"temperature", "°C"},
	"celsius": {"temperature", "°C"}, "centigrade": {"temperature", "°C"}, "centigrades": {"temperature", "°C"},
	"fahrenheit": {"temperature", "°F"}, "kelvin": {"temperature", "K"}, "kelvins": {"temperature", "K"},
	"degrees": {"temperature", "°"}, "degrees celsius": {"temperature", "°C"}, "degrees fahrenheit": {"temperature", "°F"},
	"de degres": {"temperature", "°"},

	"ans": {"duration", "year"}, "an": {"duration", "year"}, "annees": {"duration", "year"}, "annee": {"duration", "year"},
	"mois": {"duration", "month"}, "semaines": {"duration", "week"}, "semaine": {"duration", "week"},
	"jours": {"duration", "day"}, "jour": {"duration", "day"}, "heures": {"duration", "hour"}, "heure": {"duration", "hour"},
	"minutes": {"duration", "minute"}, "minute": {"duration", "minute"}, "min": {"duration", "minute"},
	"secondes": {"duration", "second"}, "siecles": {"duration", "century"}, "siecle": {"duration", "century"},
	"years": {"duration", "year"}, "year": {"duration", "year"}, "months": {"duration", "month"}, "month": {"duration", "month"},
	"weeks": {"duration", "week"}, "week": {"duration", "week"}, "days": {"duration", "day"}, "day": {"duration", "day"},
	"hours": {"duration", "hour"}, "hour": {"duration", "hour"}, "seconds": {"duration", "second"},
	"mois d ' age": {"duration", "month"}, "ans d ' age": {"duration", "year"},
})

// currencyBefore are currency marks written before the amount: "$75",
// "€ 1000", "eur 1000", "usd$ 15".
var currencyBefore = newPhraseTable(wCurrencyFirst, wCurrencyLast, map[string]string{
	"$": "USD", "us $": "USD", "us$": "USD", "usd $": "USD", "usd$": "USD", "usd": "USD",
	"€": "EUR", "eur": "EUR", "£": "GBP", "gbp": "GBP", "¥": "JPY",
	"cad $": "CAD", "cad$": "CAD", "ca $": "CAD", "c $": "CAD", "aud $": "AUD", "aud$": "AUD", "a $": "AUD",
	"nzd $": "NZD", "nzd$": "NZD", "mxn $": "MXN", "mxn$": "MXN", "hk $": "HKD", "chf": "CHF",
})

// scaleBeforeCurrency are abbreviated scales glued to a currency:
// "3 M€", "2 Md€", "10 k$".
var scaleAbbrev = map[string]float64{
	"k": 1e3, "m": 1e6, "mn": 1e6, "mio": 1e6, "md": 1e9, "mds": 1e9, "mrd": 1e9, "mrds": 1e9, "bn": 1e9,
}

// qualifier effects
const (
	qApprox    = iota + 1 // environ: approximate, no bound
	qApproxMax            // près de: approximate, at most
	qMin                  // au moins: low bound
	qMinExcl              // plus de: low bound (exclusive)
	qMax                  // jusqu'à, moins de: high bound
	qRangeFrom            // entre (... et ...)
)

var qualifiersBefore = newPhraseTable(wQualBeforeFirst, wQualBeforeLast, map[string]int{
	"pres de": qApproxMax, "pres d": qApproxMax, "pres d '": qApproxMax, "presque": qApproxMax,
	"quasiment": qApproxMax, "pratiquement": qApproxMax, "pas loin de": qApproxMax, "pas loin d '": qApproxMax,
	"environ": qApprox, "quelque": qApprox, "autour de": qApprox, "aux alentours de": qApprox,
	"a peu pres": qApprox, "approximativement": qApprox, "grosso modo": qApprox, "plus ou moins": qApprox,
	"de l ' ordre de": qApprox, "de l ' ordre d '": qApprox, "en gros": qApprox,
	"quelque chose comme": qApprox, "une estimation de": qApprox, "estime a": qApprox, "estimes a": qApprox,
	"au moins": qMin, "au minimum": qMin, "pas moins de": qMin, "pas moins d '": qMin, "un minimum de": qMin,
	"a minima": qMin, "minimum": qMin,
	"plus de": qMinExcl, "plus d '": qMinExcl, "au-dela de": qMinExcl, "au - dela de": qMinExcl, "au dela de": qMinExcl,
	"superieur a": qMinExcl, "superieure a": qMinExcl, "superieurs a": qMinExcl, "superieures a": qMinExcl,
	"davantage que": qMinExcl, "bien plus de": qMinExcl, "largement plus de": qMinExcl,
	"jusqu ' a": qMax, "moins de": qMax, "moins d '": qMax, "au plus": qMax, "au maximum": qMax,
	"pas plus de": qMax, "pas plus d '": qMax, "tout au plus": qMax, "maximum": qMax, "un maximum de": qMax,
	"inferieur a": qMax, "inferieure a": qMax, "inferieurs a": qMax, "en dessous de": qMax, "en deca de": qMax,
	"entre": qRangeFrom,
	// English
	"about": qApprox, "around": qApprox, "approximately": qApprox, "roughly": qApprox, "some": qApprox,
	"an estimated": qApprox, "estimated": qApprox, "nearly": qApproxMax, "almost": qApproxMax, "close to": qApproxMax,
	"at least": qMin, "no fewer than": qMin, "no less than": qMin, "more than": qMinExcl, "over": qMinExcl,
	"upwards of": qMinExcl, "up to": qMax, "fewer than": qMax, "less than": qMax, "under": qMax,
	"at most": qMax, "as many as": qMax, "between": qRangeFrom,
})

var qualifiersAfter = newPhraseTable(wQualAfterFirst, wQualAfterLast, map[string]int{
	"environ": qApprox, "au moins": qMin, "ou plus": qMin, "et plus": qMin, "minimum": qMin, "au minimum": qMin,
	"ou moins": qMax, "au plus": qMax, "au maximum": qMax, "maximum": qMax,
	"or more": qMin, "at least": qMin, "or so": qApprox, "or less": qMax, "at most": qMax,
})

// notCountWords are words after a number that are not what it counts.
var notCountWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`le la les l un une des de du d et ou a au aux en
		dans sur sous par pour avec sans chez vers selon contre entre depuis pendant avant apres
		qui que qu dont ou ont sont est etait etaient sera seront avait avaient a ete etre fait
		ce cet cette ces se s sa son ses leur leurs mon ma mes ne n pas plus moins tres
		il ils elle elles on nous vous je tu y lui eux se c ci la-bas
		the of and or in on at to for with by from than as is are was were be been has have had
		it its this that these those which who whom not no more less about some`) {
		m[w] = true
	}
	return m
}()

// preNominal are adjectives that may stand between a number and its noun.
var preNominal = map[string]bool{
	"nouveaux": true, "nouvelles": true, "nouveau": true, "nouvelle": true, "autres": true, "premiers": true,
	"premieres": true, "derniers": true, "dernieres": true, "petits": true, "petites": true, "grands": true,
	"grandes": true, "jeunes": true, "vieux": true, "anciens": true, "anciennes": true, "seuls": true,
	"seules": true, "bons": true, "mauvais": true, "principaux": true, "principales": true, "hauts": true,
	"new": true, "other": true, "more": true, "additional": true, "young": true, "former": true,
	"petit": true, "grand": true, "gros": true, "grosses": true, "vrais": true, "faux": true,
}

// ageBefore are phrases after which "N ans" is an age.
var ageBefore = newPhraseTable(wAgeFirst, wAgeLast, map[string]bool{
	"age de": true, "agee de": true, "ages de": true, "agees de": true, "a l ' age de": true,
	"aged": true, "age": true,
})

// avoirForms introduce an age: "il a 45 ans".
var avoirForms = map[string]bool{
	"a": true, "ai": true, "as": true, "avait": true, "avaient": true, "ont": true, "aura": true,
	"auront": true, "avons": true, "avez": true, "avoir": true, "ayant": true, "avais": true,
	"aurait": true, "eu": true,
}

// timePrepositions introduce a time of day: "à 8 heures".
var timePrepositions = map[string]bool{"a": true, "vers": true, "des": true, "jusqu": true, "avant": true}

// legalBefore are words after which a number is a reference, not a figure.
var legalBefore = map[string]bool{
	"article": true, "articles": true, "art": true, "alinea": true, "n": true, "no": true, "nº": true,
	"numero": true, "loi": true, "decret": true, "chapitre": true, "page": true, "pages": true, "p": true,
	"paragraphe": true, "section": true, "ordonnance": true, "reglement": true, "directive": true,
	"resolution": true, "amendement": true, "dossier": true, "affaire": true, "vol": true, "ligne": true,
	"rn": true, "route": true, "autoroute": true, "tome": true, "saison": true, "episode": true,
	"number": true, "no.": true, "flight": true, "rue": true, "avenue": true, "boulevard": true, "bd": true,
	"departement": true, "code": true, "version": true, "match": true, "journee": true, "groupe": true,
	"covid": true, "type": true, "niveau": true, "catégorie": true, "categorie": true, "g": true, "cop": true,
}

// changeVerbs before "de X à Y" make it a change, not a range.
var changeVerbs = map[string]bool{
	"passe": true, "passer": true, "passant": true, "passee": true, "passes": true, "passera": true, "passait": true,
	"augmente": true, "baisse": true, "grimpe": true, "chute": true, "recule": true, "progresse": true,
	"bondi": true, "evolue": true, "hausse": true, "porte": true, "portee": true, "releve": true, "abaisse": true,
	"relevee": true, "abaissee": true, "reduit": true, "reduite": true, "eleve": true, "elevee": true,
	"rose": true, "fell": true, "from": true, "increased": true, "decreased": true, "dropped": true, "climbed": true,
}
