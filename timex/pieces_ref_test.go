package timex

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/recoupe/recoupe/internal/tokens"
	"github.com/recoupe/recoupe/shareddata"
)

// The tokenizer that reads the text itself (run) is the reference the
// one reading the shared pieces (fromText) must match token for token,
// and FindIn must return what Find returns.

// sameAsRun reports the first difference between the tokens run and
// fromText make of text, "" when there is none.
func sameAsRun(t testing.TB, text string, fr bool) {
	t.Helper()
	lex := lexFR
	if !fr {
		lex = lexEN
	}
	var ref, got tokenizer
	ref.run(text, lex, fr)
	got.fromText(tokens.New(text), lex, fr)
	n := min(len(ref.toks), len(got.toks))
	for i := range n {
		a, b := ref.toks[i], got.toks[i]
		ka, kb := "", ""
		if a.kind == tWord {
			ka = string(ref.keys[a.k0:a.k1])
		}
		if b.kind == tWord {
			kb = string(got.keys[b.k0:b.k1])
		}
		a.k0, a.k1, b.k0, b.k1 = 0, 0, 0, 0
		if a != b || ka != kb {
			t.Fatalf("fr=%v: token %d of %q:\nrun      %+v %q %q\nfromText %+v %q %q", fr, i, text, a, text[a.b0:a.b1], ka, b, text[b.b0:b.b1], kb)
		}
	}
	if len(ref.toks) != len(got.toks) {
		t.Fatalf("fr=%v: %q: run makes %d tokens, fromText %d", fr, text, len(ref.toks), len(got.toks))
	}
	if string(ref.keys) != string(got.keys) {
		t.Fatalf("fr=%v: %q: keys differ:\nrun      %q\nfromText %q", fr, text, ref.keys, got.keys)
	}
}

// sameSpans checks that Find and FindIn agree on text.
func sameSpans(t testing.TB, text string, ref Ref) {
	t.Helper()
	want := Find(text, ref)
	got := FindIn(tokens.New(text), ref)
	if !slices.Equal(want, got) {
		t.Fatalf("%q, %+v:\nFind   %+v\nFindIn %+v", text, ref, want, got)
	}
}

var refDate = time.Date(2019, 3, 8, 0, 0, 0, 0, time.UTC)

// checkText compares both paths on text in French and English, with and
// without a reference date.
func checkText(t testing.TB, text string) {
	t.Helper()
	for _, fr := range []bool{true, false} {
		sameAsRun(t, text, fr)
		lang := "fr"
		if !fr {
			lang = "en"
		}
		sameSpans(t, text, Ref{Date: refDate, Lang: lang})
		sameSpans(t, text, Ref{Lang: lang})
	}
}

func TestFindInCases(t *testing.T) {
	for _, text := range []string{
		"",
		"Le ministre a annoncé jeudi, le 4 mars 2019, qu'il partirait d'ici le 9 mars.",
		"aujourd'hui, aujourd’hui, aujourdʼhui, AUJOURD'HUI, aujourd'hui2, aujourd'huit, aujourd' hui",
		"mars-avril, samedi‐dimanche, mi‑mars, mois-ci, semaine-là, anti-2x, a--b, a-, -a, x-1",
		"l'an, d’ici, jusqu'au, lorsqu'il, l'2019, qu', l’",
		"à 14 h, dès lundi, À la fin, Dès mardi, des jours, a été",
		"2019mars 4mars2019 mars2019 1er 3e ٣ mars, e\u0301te\u0301 de\u0301but",
		"le\u2028jeudi\u2029soir\u0085hier\r\nla veille\u00a0du\u202f4\u2009mars\u200bet\ufeff5 avril",
		"\xff\xfele 3 \xc3 mars \uFFFD jeudi",
		"Kelvin \u212A, ǅemal, İstanbul, ΣΑΒΒΑΤΟ, ŒUVRE, Œuvre d’art, cœur",
		"March 4, 2019 last Tuesday two days ago next week at 3 p.m. the 1990s, o'clock, Dr. O'Neil",
	} {
		checkText(t, text)
	}
}

var tagRE = regexp.MustCompile(`<[^>]*>`)

// TestFindInShared compares both paths on real texts: the French
// TimeBank without its tags, the RPM2 articles and summaries and the
// project's fact set, each read as French and as English, as written and
// upper-cased.
func TestFindInShared(t *testing.T) {
	var files []string
	add := func(pattern string) {
		m, err := filepath.Glob(pattern)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	add("../testdata/facts/*.txt")
	add("testdata/*.txt")
	if dir, err := shareddata.Path("fr-timebank"); err == nil {
		add(filepath.Join(dir, "Data", "*.tml"))
	} else {
		t.Logf("fr-timebank absent: %v", err)
	}
	if dir, err := shareddata.Path("rpm2"); err == nil {
		add(filepath.Join(dir, "documents", "*.txt"))
		add(filepath.Join(dir, "references", "*.txt"))
	} else {
		t.Logf("rpm2 absent: %v", err)
	}
	if len(files) == 0 {
		t.Skip("no texts found")
	}
	spans := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		if strings.HasSuffix(f, ".tml") {
			text = tagRE.ReplaceAllString(text, "")
		}
		checkText(t, text)
		checkText(t, strings.ToUpper(text))
		spans += len(Find(text, Ref{Date: refDate, Lang: "fr"}))
	}
	t.Logf("%d texts, %d spans in French", len(files), spans)
}

func FuzzFindIn(f *testing.F) {
	for _, s := range []string{
		"Le ministre a annoncé jeudi, le 4 mars 2019, qu'il partirait d'ici le 9 mars.",
		"aujourd'hui2 aujourdʼhui mars-avril samedi‐dimanche mi‑mars 2019mars e\u0301te\u0301",
		"le\u2028jeudi\u200bsoir\u0085hier\ufeff5 avril \xff\xfe",
		"March 4, 2019 last Tuesday two days ago, l’an dernier, dès lundi, À 14 h",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkText(t, text)
	})
}
