// Package stopwords holds stoplists (the most frequent function words) of
// the languages recoupe reads: French, English, German, Spanish and Italian.
//
// The lists are derived from the npm package stopwords-iso (MIT licence) by
// scripts/gen-stopwords; regenerate them with
//
//	go generate ./stopwords
package stopwords

import (
	"embed"
	"strings"
	"sync"
)

//go:generate go run ../scripts/gen-stopwords -out .

//go:embed *.txt
var files embed.FS

// languages lists the codes that have a list, in a fixed order.
var languages = []string{"fr", "en", "de", "es", "it"}

var (
	loadOnce sync.Once
	lists    map[string][]string
)

func load() {
	lists = make(map[string][]string, len(languages))
	for _, lang := range languages {
		data, err := files.ReadFile(lang + ".txt")
		if err != nil {
			continue // cannot happen: the files are embedded
		}
		var words []string
		for _, line := range strings.Split(string(data), "\n") {
			line = strings.TrimSpace(line)
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			words = append(words, line)
		}
		lists[lang] = words
	}
}

// Languages returns the ISO 639-1 codes of the languages that have a
// stoplist.
func Languages() []string { return append([]string(nil), languages...) }

// Words returns the stoplist of lang (an ISO 639-1 code such as "fr"),
// lower-case and sorted, or nil when there is none. The caller may not
// modify the returned slice.
func Words(lang string) []string {
	loadOnce.Do(load)
	return lists[lang]
}

// Set returns the stoplist of lang as a new set, or nil when there is none.
func Set(lang string) map[string]bool {
	words := Words(lang)
	if words == nil {
		return nil
	}
	s := make(map[string]bool, len(words))
	for _, w := range words {
		s[w] = true
	}
	return s
}
