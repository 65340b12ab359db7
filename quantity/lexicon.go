package quantity

// wordClass is what the lexicon knows of a word or symbol: a set of
// flags, so that the parser tests a bit where it would look a word up in
// several tables.
type wordClass uint32

const (
	wStart      wordClass = 1 << iota // may begin a number ("deux", "des", "a")
	wScale                            // may scale digits before it ("millions", "cent", "douzaines")
	wNotCount                         // never what a number counts ("les", "dans")
	wMonthFR                          // a French month name
	wMonthEN                          // an English month name
	wNumFR                            // a French cardinal ("deux", "mille")
	wNumEN                            // an English cardinal
	wPreNominal                       // an adjective before a noun ("autres")
	// first and last tokens of the phrase tables
	wUnitFirst
	wUnitLast
	wCurrencyFirst
	wCurrencyLast
	wQualBeforeFirst
	wQualBeforeLast
	wQualAfterFirst
	wQualAfterLast
	wAgeFirst
	wAgeLast
)

// lexEntry is one word of the lexicon: its folded spelling (shared by
// every token that folds to it) and its class.
type lexEntry struct {
	key string
	cls wordClass
}

// lexicon maps the lower-case unaccented words and the symbols of the
// package's tables to their class. The tokenizer looks every word up once.
var lexicon = buildLexicon()

// maxLexiconWord is the length in bytes of the longest lexicon word:
// longer words are not looked up.
var maxLexiconWord = func() int {
	n := 0
	for k := range lexicon {
		n = max(n, len(k))
	}
	return n
}()

// lexiconFilter has the bit lexiconBit(w) set for every lexicon word w:
// most words of a text are not in the lexicon and are told so without a
// map lookup.
var lexiconFilter = func() *[1 << 16 / 64]uint64 {
	var f [1 << 16 / 64]uint64
	for k := range lexicon {
		b := lexiconBit(k)
		f[b/64] |= 1 << (b % 64)
	}
	return &f
}()

// lexiconBit hashes a word's length, first, second and last bytes to a
// bit of lexiconFilter.
func lexiconBit[S string | []byte](w S) uint32 {
	n := len(w)
	if n == 0 {
		return 0
	}
	h := uint32(n)*0x9E3779B1 ^ uint32(w[0])<<16 ^ uint32(w[n-1])<<8 ^ uint32(w[n/2])*0x85EBCA6B
	return (h ^ h>>16) & (1<<16 - 1)
}

// lookupLexicon returns the lexicon entry of the folded word w.
func lookupLexicon[S string | []byte](w S) (lexEntry, bool) {
	if len(w) > maxLexiconWord {
		return lexEntry{}, false
	}
	if b := lexiconBit(w); lexiconFilter[b/64]&(1<<(b%64)) == 0 {
		return lexEntry{}, false
	}
	e, ok := lexicon[string(w)]
	return e, ok
}

// symClass holds the lexicon class of the ASCII symbols.
var symClass = func() (c [128]wordClass) {
	for i := range c {
		c[i] = lexicon[string(rune(i))].cls
	}
	return c
}()

func buildLexicon() map[string]lexEntry {
	m := map[string]lexEntry{}
	add := func(w string, c wordClass) {
		e := m[w]
		e.key, e.cls = w, e.cls|c
		m[w] = e
	}
	for _, w := range []string{"des", "plusieurs", "quelques", "a", "dozens", "hundreds", "thousands",
		"tens", "millions", "scores", "premier", "premiers", "premiere", "premieres"} {
		add(w, wStart)
	}
	for w := range frNumWords {
		add(w, wStart|wNumFR)
	}
	for w := range enNumWords {
		add(w, wStart|wNumEN)
	}
	for w := range preNominal {
		add(w, wPreNominal)
	}
	for w := range scaleWords {
		add(w, wScale)
	}
	for w := range enScaleWords {
		add(w, wScale)
	}
	for _, w := range []string{"cent", "douzaine", "douzaines"} {
		add(w, wScale)
	}
	for w := range notCountWords {
		add(w, wNotCount)
	}
	for w := range monthsFR {
		add(w, wMonthFR)
	}
	for w := range monthsEN {
		add(w, wMonthEN)
	}
	units.register(add)
	currencyBefore.register(add)
	qualifiersBefore.register(add)
	qualifiersAfter.register(add)
	ageBefore.register(add)
	// every other word the parser compares or looks up
	for _, tbl := range []map[string]bool{preNominal, skipWords, legalBefore, changeVerbs, ageAdverbs,
		avoirForms, timePrepositions} {
		for w := range tbl {
			add(w, 0)
		}
	}
	for _, tbl := range []map[string]float64{vagueNouns, enVague, fracWords, scaleAbbrev} {
		for w := range tbl {
			add(w, 0)
		}
	}
	for w := range ordinalStems {
		add(w, 0)
	}
	return m
}
