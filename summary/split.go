package summary

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// The sentence splitter below is internal to package summary for now
// (package facts has its own); ArticleSentences is its only exported use.

// abbreviations that end with a period without ending a sentence, lower
// case and without the period.
var abbreviations = map[string]bool{
	"m": true, "mm": true, "mme": true, "mmes": true, "mlle": true, "mlles": true,
	"dr": true, "pr": true, "me": true, "mgr": true, "st": true, "ste": true,
	"gén": true, "gal": true, "col": true, "cdt": true, "lt": true, "sgt": true,
	"av": true, "bd": true, "cf": true, "p": true, "pp": true,
	"n": true, "no": true, "art": true, "vol": true, "env": true, "ex": true,
	"janv": true, "févr": true, "fév": true, "avr": true, "juil": true, "sept": true,
	"oct": true, "nov": true, "déc": true, "jr": true, "sr": true, "inc": true,
	"corp": true, "ltd": true, "co": true, "vs": true, "mr": true, "mrs": true, "ms": true,
	"min": true, "max": true, "approx": true, "tél": true, "hab": true,
}

// isClosing reports punctuation that may follow a sentence-final mark
// before the space: closing quotes and brackets.
func isClosing(r rune) bool {
	switch r {
	case '»', '"', '”', '’', '\'', ')', ']':
		return true
	}
	return false
}

// isFinal reports a sentence-final mark.
func isFinal(r rune) bool {
	switch r {
	case '.', '!', '?', '…':
		return true
	}
	return false
}

// startsSentence reports whether r can open a sentence after a break.
func startsSentence(r rune) bool {
	switch r {
	case '«', '"', '“', '(', '[', '—', '–', '-', '¿', '¡':
		return true
	}
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// splitSentences cuts one paragraph into sentences: after ., !, ?, or …
// (with any closing quotes or brackets) followed by a space and a capital
// letter, digit or opening quote, except after a known abbreviation
// ("M.", "Mme.", "etc.") or a single capital initial ("J. Chirac").
// Whitespace inside a sentence is collapsed.
func splitSentences(para string) []string {
	text := strings.Join(strings.Fields(para), " ")
	var out []string
	start := 0
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !isFinal(r) {
			i += size
			continue
		}
		// Extend over further final marks and closing quotes/brackets.
		j := i + size
		for j < len(text) {
			r2, s2 := utf8.DecodeRuneInString(text[j:])
			if r2 == ' ' && j+1 < len(text) {
				// French spacing before a closing guillemet: "fini. »"
				if r3, s3 := utf8.DecodeRuneInString(text[j+1:]); r3 == '»' || r3 == '”' {
					j += 1 + s3
					continue
				}
			}
			if !isFinal(r2) && !isClosing(r2) {
				break
			}
			j += s2
		}
		// A break needs a space then a sentence opener.
		if j >= len(text) || text[j] != ' ' {
			i = j
			continue
		}
		next, _ := utf8.DecodeRuneInString(text[j+1:])
		if !startsSentence(next) || (r == '.' && j == i+1 && isAbbreviation(text[start:i])) {
			i = j
			continue
		}
		if s := strings.TrimSpace(text[start:j]); s != "" {
			out = append(out, s)
		}
		start = j + 1
		i = j + 1
	}
	if s := strings.TrimSpace(text[start:]); s != "" {
		out = append(out, s)
	}
	return out
}

// isAbbreviation reports whether the text before a period ends with an
// abbreviation or an initial.
func isAbbreviation(before string) bool {
	k := len(before)
	for k > 0 {
		r, size := utf8.DecodeLastRuneInString(before[:k])
		if !unicode.IsLetter(r) {
			break
		}
		k -= size
	}
	word := before[k:]
	if word == "" {
		return false
	}
	if utf8.RuneCountInString(word) == 1 && unicode.IsUpper([]rune(word)[0]) {
		return true // an initial: "J. Chirac", "George W. Bush"
	}
	return abbreviations[strings.ToLower(word)]
}

// quoteBalance returns the change of quotation depth over s: +1 for each
// « or “, -1 for each » or ”. Straight double quotes toggle: they count
// as opening when the depth they meet is even, closing otherwise.
func quoteBalance(s string, depth int) int {
	d := depth
	straightOpen := false
	for _, r := range s {
		switch r {
		case '«', '“':
			d++
		case '»', '”':
			d--
		case '"':
			if straightOpen {
				d--
			} else {
				d++
			}
			straightOpen = !straightOpen
		}
	}
	return d - depth
}

// ArticleSentences splits an article's paragraphs into Sentences, numbered
// in order (Index) with their paragraph number, and marks those that lie
// inside a quotation opened by an earlier sentence of the same paragraph
// (InQuote). A dateline opening the article ("PARIS (AFP) -") is removed,
// and a paragraph that is only a dateline is skipped.
func ArticleSentences(article string, published time.Time, paragraphs []string) []Sentence {
	var out []Sentence
	for p, para := range paragraphs {
		if p <= 1 {
			para = stripDateline(para)
		}
		depth := 0
		for _, s := range splitSentences(para) {
			out = append(out, Sentence{
				Text:      s,
				Article:   article,
				Index:     len(out),
				Paragraph: p,
				Published: published,
				InQuote:   depth > 0,
			})
			depth += quoteBalance(s, depth)
			if depth < 0 {
				depth = 0
			}
		}
	}
	return out
}

// stripDateline removes a leading dateline: an upper-case place, an
// optional region, an optional agency in brackets, then a dash.
//
//	"BOGOTA (Reuters) - L'ex-otage..."  -> "L'ex-otage..."
//	"VILLACOUBLAY, Yvelines (Reuters) -" -> ""
func stripDateline(para string) string {
	s := strings.TrimSpace(para)
	dash := -1
	for _, d := range []string{" - ", " – ", " — "} {
		if k := strings.Index(s+" ", d); k > 0 && (dash < 0 || k < dash) {
			dash = k
		}
	}
	if dash < 0 || dash > 60 {
		return para
	}
	head := s[:dash]
	// The head must start with an upper-case word of two letters or more
	// and hold no sentence punctuation.
	first := strings.FieldsFunc(head, func(r rune) bool { return r == ' ' || r == ',' || r == '(' })
	if len(first) == 0 || strings.ContainsAny(head, ".!?:;«»\"") {
		return para
	}
	w := first[0]
	if utf8.RuneCountInString(w) < 2 || strings.ToUpper(w) != w || strings.ToLower(w) == w {
		return para
	}
	_, size := utf8.DecodeRuneInString(s[dash+1:])
	return strings.TrimSpace(s[min(len(s), dash+1+size):])
}
