package quantity

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/recoupe/recoupe/internal/tokens"
	"github.com/recoupe/recoupe/shareddata"
)

// checkSameTokens fails t unless the tokens FindIn reads from the shared
// stream for text are the ones Find splits it into.
func checkSameTokens(t *testing.T, text string, z, ref *tokenizer, x *tokens.Text) {
	t.Helper()
	x.Reset(text)
	got := z.fromText(x)
	want := ref.tokenize(x.Src)
	for i := range min(len(got), len(want)) {
		if got[i] != want[i] {
			t.Fatalf("%q: token %d: got %+v, want %+v", text, i, got[i], want[i])
		}
	}
	if len(got) != len(want) {
		t.Fatalf("%q: got %d tokens, want %d", text, len(got), len(want))
	}
}

func TestFromText(t *testing.T) {
	var z, ref tokenizer
	var x tokens.Text
	for _, text := range []string{
		"",
		" \u00a0 ",
		article,
		"Près de 4\u00a0000 personnes, 3\u202f200 morts et 15'000 francs ; 1\u2009500 km.",
		"Le 1er mars, au XXe siècle, à 14h30, le G7 a voté 3M€ et 2,5Mds $.",
		"L’État, lʼarmée, aujourd’hui — « 12 % » – ‑ − ´ ` ‘",
		"ǅemal İSTANBUL Ǆ ǅ ΣΑΣ ŉ ß ﬁ",
		"e\u0301te\u0301 \u0301a 1\u0301 a\u0903b \u20dd٣٤ 12\u0663",
		"a\vb\f 3\v\f 4 \v 5\v\u00a0 6\f\n\r\t",
		"\v12\f",
		"a\xffb\xc3 12\xe2\x80 \xff",
		"\r\n3\n\n200\t\t1 000",
	} {
		checkSameTokens(t, text, &z, &ref, &x)
	}
}

// TestFromTextShared compares the two token streams on real articles:
// the French TimeBank (tags stripped), RPM2 and the project's own facts
// and claims sets.
func TestFromTextShared(t *testing.T) {
	var texts []string
	tag := regexp.MustCompile(`<[^>]*>`)
	read := func(root string, strip bool) {
		err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			b, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			s := string(b)
			if strip {
				s = tag.ReplaceAllString(s, "")
			}
			texts = append(texts, s)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	read("../testdata/facts", false)
	read("../testdata/claims", false)
	for _, name := range []string{"fr-timebank", "rpm2"} {
		dir, err := shareddata.Path(name)
		if err != nil {
			t.Logf("skipping shared data set %s: %v", name, err)
			continue
		}
		read(dir, name == "fr-timebank")
	}
	var z, ref tokenizer
	var x tokens.Text
	for _, text := range texts {
		checkSameTokens(t, text, &z, &ref, &x)
	}
	t.Logf("%d texts", len(texts))
}

func FuzzFromText(f *testing.F) {
	for _, s := range []string{
		article,
		"Le 1er mars, au XXe siècle, à 14h30, le G7 a voté 3M€ et 2,5Mds $.",
		"L’État, lʼarmée, « 12 % » – ‑ − ´ ` ‘ ǅemal İSTANBUL",
		"e\u0301te\u0301 \u0301a 1\u0301 a\u0903b \u20dd٣٤ 12\u0663",
		"a\vb\f 3\v\f 4 \v 5\v\u00a0 6\f\n\r\t a\xffb\xc3",
	} {
		f.Add(s)
	}
	var z, ref tokenizer
	var x tokens.Text
	f.Fuzz(func(t *testing.T, text string) {
		checkSameTokens(t, text, &z, &ref, &x)
	})
}
