package entity

import (
	_ "embed"
	"strings"
	"sync"
	"unicode/utf8"
)

//go:generate go run ../scripts/gen-gazetteer -out data

// lexiconData is the sorted lower-case French lexicon, one word a line,
// after a header line starting with '#'.
//
//go:embed data/lexicon.txt
var lexiconData string

// namesData is NAME<TAB>CLASSES, one a line, after a header line.
//
//go:embed data/names.txt
var namesData string

// class is a bit set of what a gazetteer says a name can be.
type class uint16

const (
	clFirst   class = 1 << iota
	clSurname       // a surname
	clCountry
	clCity   // a city of at least 50,000 inhabitants, or a dictionary proper noun GeoNames knows
	clRegion // a subdivision of a country: region, department, province, state
	clGeo    // a dictionary noun written with a capital: region, river, mountain, sea, continent
	clTown   // a GeoNames populated place: weak evidence, often a surname or a word too
	clProper // a dictionary proper noun of no known kind
	clOrg
	clsUnknown class = 1 << 15
)

// place reports a strong place class (not clTown).
func (c class) place() bool { return c&(clCountry|clCity|clRegion|clGeo) != 0 }

var classNames = map[string]class{
	"first": clFirst, "surname": clSurname, "country": clCountry,
	"city": clCity, "region": clRegion, "geo": clGeo, "town": clTown,
	"proper": clProper, "org": clOrg,
}

// gazetteer is the loaded name list: single names by folded form, and the
// multi-word names by their folded first word, longest first.
type gazetteer struct {
	names map[string]class
	// multi maps the folded first word of a multi-word name to the number of
	// words of its longest entry.
	multi map[string]int
}

var (
	keyOnce   sync.Once
	placeKeys map[string]bool
)

// placeKey returns the transliteration key of a whole name: the keys of
// its words without articles, joined.
func placeKey(name string) string {
	var buf [96]byte
	var b strings.Builder
	for w := range strings.FieldsSeq(string(foldInto(buf[:0], name))) {
		if nameArticles[w] {
			continue
		}
		b.WriteString(Key(w))
	}
	return b.String()
}

// knownPlaceSpelling reports whether name is another spelling of a country
// or city of the gazetteer ("Abou Dhabi" for "Abu Dhabi").
func knownPlaceSpelling(name string) bool {
	loadGazetteer()
	keyOnce.Do(func() {
		placeKeys = map[string]bool{}
		for n, c := range gaz.names {
			if c.place() && c&(clFirst|clSurname) == 0 {
				if k := placeKey(n); len(k) >= 5 {
					placeKeys[k] = true
				}
			}
		}
	})
	k := placeKey(name)
	return len(k) >= 5 && placeKeys[k]
}

var (
	gazOnce sync.Once
	gaz     gazetteer
	// lexicon holds the words of lexiconData; its keys share the embedded
	// string's memory.
	lexicon map[string]struct{}
)

func loadGazetteer() {
	gazOnce.Do(func() {
		lexBody := skipHeader(lexiconData)
		lexicon = make(map[string]struct{}, strings.Count(lexBody, "\n")+1)
		for line := range strings.Lines(lexBody) {
			if w := strings.TrimSuffix(line, "\n"); w != "" {
				lexicon[w] = struct{}{}
			}
		}
		body := skipHeader(namesData)
		gaz.names = make(map[string]class, strings.Count(body, "\n")+1)
		gaz.multi = map[string]int{}
		var buf []byte
		for line := range strings.Lines(body) {
			line = strings.TrimRight(line, "\n")
			name, cls, ok := strings.Cut(line, "\t")
			if !ok {
				continue
			}
			var c class
			for cls != "" {
				var one string
				one, cls, _ = strings.Cut(cls, ",")
				c |= classNames[one]
			}
			buf = foldInto(buf[:0], name)
			key := name
			if string(buf) != name {
				key = string(buf)
			}
			gaz.names[key] |= c
			// Folded keys hold single spaces between words.
			if words := strings.Count(key, " ") + 1; words > 1 {
				first := key[:strings.IndexByte(key, ' ')]
				if words > gaz.multi[first] {
					gaz.multi[first] = words
				}
			}
		}
	})
}

func skipHeader(s string) string {
	for strings.HasPrefix(s, "#") {
		i := strings.IndexByte(s, '\n')
		if i < 0 {
			return ""
		}
		s = s[i+1:]
	}
	return s
}

// lookup returns the gazetteer classes of a name (any case, accents).
func lookup(name string) class {
	loadGazetteer()
	var buf [96]byte
	return gaz.names[string(foldInto(buf[:0], name))]
}

// inLexicon reports whether the lower-cased word is a common French word.
func inLexicon(lower string) bool {
	loadGazetteer()
	_, ok := lexicon[lower]
	return ok
}

// foldName lower-cases a name, strips diacritics, makes apostrophes
// straight and hyphens spaces: the key of the gazetteer.
func foldName(s string) string {
	var buf [96]byte
	return string(foldInto(buf[:0], s))
}

// foldInto appends the folded form of s (see foldName) to dst.
func foldInto(dst []byte, s string) []byte {
	space := false
	for _, r := range s {
		switch r {
		case '-', ' ', '\t', '\n', '\r', '\u00a0':
			space = true
			continue
		case '’', 'ʼ':
			r = '\''
		}
		if space && len(dst) > 0 {
			dst = append(dst, ' ')
		}
		space = false
		dst = appendFolded(dst, r)
	}
	return dst
}

// appendFolded appends the lower-case, diacritic-free form of r.
func appendFolded(dst []byte, r rune) []byte {
	if r < 0x80 {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return append(dst, byte(r))
	}
	if s, ok := foldTable[r]; ok {
		return append(dst, s...)
	}
	return utf8.AppendRune(dst, toLower(r))
}

// writeFolded writes the lower-case, diacritic-free form of r.
func writeFolded(b *strings.Builder, r rune) {
	var buf [8]byte
	b.Write(appendFolded(buf[:0], r))
}
