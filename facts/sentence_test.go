package facts

import (
	"slices"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"two sentences", "Le barrage a cédé. Douze personnes sont mortes.",
			[]string{"Le barrage a cédé.", "Douze personnes sont mortes."}},
		{"titles", "M. Petkov et Mme. Draganova ont parlé. Le Dr. Ilieva aussi. St. Louis est loin.",
			[]string{"M. Petkov et Mme. Draganova ont parlé.", "Le Dr. Ilieva aussi.", "St. Louis est loin."}},
		{"initials", "J. K. Rowling et J.-P. Sartre écrivent. Rien d'autre.",
			[]string{"J. K. Rowling et J.-P. Sartre écrivent.", "Rien d'autre."}},
		{"decimals", "Le taux est passé à 1.5 % puis 2,5 %. Il baisse.",
			[]string{"Le taux est passé à 1.5 % puis 2,5 %.", "Il baisse."}},
		{"number ends a sentence", "Il est né en 1972. Depuis, rien.",
			[]string{"Il est né en 1972.", "Depuis, rien."}},
		{"etc before a capital", "Des pommes, des poires, etc. Tout était là.",
			[]string{"Des pommes, des poires, etc.", "Tout était là."}},
		{"etc before lower case", "des pommes, etc. et des poires.",
			[]string{"des pommes, etc. et des poires."}},
		{"closing guillemet with a space", "« Les secouristes chercheront jour et nuit. » Le ministre est parti.",
			[]string{"« Les secouristes chercheront jour et nuit. »", "Le ministre est parti."}},
		{"closing guillemet with a no-break space", "« Nous partons.\u00a0» Il part.",
			[]string{"« Nous partons.\u00a0»", "Il part."}},
		{"question inside a quote goes on", "« Pourquoi ? » demande-t-elle. Personne ne sait.",
			[]string{"« Pourquoi ? » demande-t-elle.", "Personne ne sait."}},
		{"exclamation before a lower-case word", "« Partez ! » a-t-il crié.",
			[]string{"« Partez ! » a-t-il crié."}},
		{"curly quotes", "“We will rebuild.” The minister left.",
			[]string{"“We will rebuild.”", "The minister left."}},
		{"ellipsis", "Il hésite… Puis il signe.",
			[]string{"Il hésite…", "Puis il signe."}},
		{"lower case after a full stop", "Le km. suivant est plat.",
			[]string{"Le km. suivant est plat."}},
		{"dotted acronym before a name", "The U.S. Senate voted. The U.S. It did.",
			[]string{"The U.S. Senate voted.", "The U.S.", "It did."}},
		{"article number", "Selon l'art. 49 de la Constitution. Voilà.",
			[]string{"Selon l'art. 49 de la Constitution.", "Voilà."}},
		{"line breaks", "Titre sans point\n\nPremier paragraphe. Deuxième phrase.\nLigne",
			[]string{"Titre sans point", "Premier paragraphe.", "Deuxième phrase.", "Ligne"}},
		{"CRLF", "Un.\r\nDeux.", []string{"Un.", "Deux."}},
		{"dash opens a sentence", "Il a dit non. - Pourquoi ?", []string{"Il a dit non.", "- Pourquoi ?"}},
		{"bracket closes", "(Il pleuvait.) Le barrage a cédé.", []string{"(Il pleuvait.)", "Le barrage a cédé."}},
		{"empty", "", nil},
		{"blank", " \n\t ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Sentences(tt.text)
			var texts []string
			rs := []rune(tt.text)
			for _, s := range got {
				texts = append(texts, s.Text)
				if s.Start < 0 || s.End > len(rs) || s.Start >= s.End || string(rs[s.Start:s.End]) != s.Text {
					t.Errorf("span %d-%d %q does not match the text", s.Start, s.End, s.Text)
				}
			}
			if !slices.Equal(texts, tt.want) {
				t.Errorf("Sentences(%q)\n got %q\nwant %q", tt.text, texts, tt.want)
			}
		})
	}
}

// TestSentencesCover checks that sentences are in order, do not overlap
// and leave out only white space.
func TestSentencesCover(t *testing.T) {
	text := "SOFIA, 4 mars (Reuters) - Au moins 12 personnes ont été tuées. « Nous faisons face à la pire catastrophe », a déclaré M. Petkov.\n\nLe barrage, construit en 1972, a cédé vers 23h30… Les secours (env. 300 hommes) sont là ! Etc."
	rs := []rune(text)
	prev := 0
	for _, s := range Sentences(text) {
		if s.Start < prev {
			t.Fatalf("sentence %q starts at %d, before the end of the previous one (%d)", s.Text, s.Start, prev)
		}
		for _, r := range rs[prev:s.Start] {
			if !isSpaceRune(r) {
				t.Errorf("%q left out between sentences", string(rs[prev:s.Start]))
				break
			}
		}
		prev = s.End
	}
	if rest := string(rs[prev:]); !blankString(rest) {
		t.Errorf("%q left out at the end", rest)
	}
}

func isSpaceRune(r rune) bool {
	return r == ' ' || r == '\n' || r == '\t' || r == '\r' || r == '\u00a0'
}

func blankString(s string) bool {
	for len(s) > 0 {
		r, n := utf8.DecodeRuneInString(s)
		if !isSpaceRune(r) {
			return false
		}
		s = s[n:]
	}
	return true
}

func FuzzSentences(f *testing.F) {
	f.Add("M. Petkov a parlé. « Partez ! » a-t-il dit… Etc. U.S. The end.\r\n\u2028J.-P. Sartre, 1.5 %.")
	f.Add("\xff. \xfe. A")
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			text = string([]rune(text))
		}
		rs := []rune(text)
		prev := 0
		for _, s := range Sentences(text) {
			if s.Start < prev || s.End > len(rs) || s.Start >= s.End || string(rs[s.Start:s.End]) != s.Text {
				t.Fatalf("sentence %d-%d %q after %d does not match the text", s.Start, s.End, s.Text, prev)
			}
			for _, r := range rs[prev:s.Start] {
				if !unicode.IsSpace(r) {
					t.Fatalf("%q left out before %q", string(rs[prev:s.Start]), s.Text)
				}
			}
			prev = s.End
		}
		for _, r := range rs[prev:] {
			if !unicode.IsSpace(r) {
				t.Fatalf("%q left out at the end", string(rs[prev:]))
			}
		}
	})
}
