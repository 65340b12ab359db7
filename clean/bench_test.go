package clean_test

import (
	"strings"
	"testing"

	"github.com/recoupe/recoupe/article"
	"github.com/recoupe/recoupe/clean"
	"github.com/recoupe/recoupe/internal/cputime"
)

// benchDoc is a noisy French article of about 3 KB: the lines of two
// French fixtures, the magazine article first.
func benchDoc(b *testing.B) *article.Doc {
	b.Helper()
	byName := make(map[string]*article.Doc)
	for _, fx := range loadFixtures(&testing.T{}, "testdata/articles") {
		byName[fx.name] = fx.doc
	}
	d := &article.Doc{File: "bench.txt", Format: "text"}
	n := 0
	for _, name := range []string{"fr-magazine.txt", "fr-depeche-blog.txt"} {
		src := byName[name]
		if src == nil {
			b.Fatalf("fixture %s missing", name)
		}
		for _, l := range src.Lines {
			if n >= 3000 {
				break
			}
			d.Lines = append(d.Lines, l)
			n += len(l) + 1
		}
	}
	return d
}

func BenchmarkClean(b *testing.B) {
	d := benchDoc(b)
	c := clean.New()
	b.SetBytes(int64(len(strings.Join(d.Lines, "\n"))))
	b.ReportAllocs()
	start := cputime.Now()
	for b.Loop() {
		c.Clean(d)
	}
	cputime.Report(b, start)
}

func BenchmarkCleanAll(b *testing.B) {
	d := benchDoc(b)
	docs := make([]*article.Doc, 100)
	for i := range docs {
		cp := *d
		cp.File = "corpus/" + string(rune('a'+i%26)) + ".txt"
		docs[i] = &cp
	}
	c := clean.New()
	b.ReportAllocs()
	start := cputime.Now()
	for b.Loop() {
		c.CleanAll(docs)
	}
	cputime.Report(b, start)
}

// FuzzClean cleans random lines: it must not panic and must account for
// every non-empty line exactly once (kept, headline or boilerplate; twice
// for a paragraph whose trailing fragment is cut off).
func FuzzClean(f *testing.F) {
	f.Add("Titre de l'article\nPar Jean Dupont\nUn paragraphe. Lire la suite\nPUBLICITÉ\n\n© 2024", "text", "")
	f.Add("« Une citation »\nJean, ministre\nLa phrase « Une citation » est dite ici, mardi.", "text", "")
	f.Add("Headline\nBy Jane Doe\nAdvertisement\nSome text here.", "html", "Headline")
	f.Add("\u00a0\u200b\n\ufeff\n(\n)\n©\n-\n«»\n1 / 3\n00:12", "json", "x")
	f.Add("Accueil > A > B\nMenu\nTitre\nLe 3 mars 2024 à 10h\ntexte. lire aussi : x", "text", "Titre")
	f.Fuzz(func(t *testing.T, body, format, title string) {
		d := &article.Doc{Format: format, Title: title, Lines: strings.Split(body, "\n")}
		res := clean.New().Clean(d)
		checkAccounting(t, d, res)
		res2 := clean.New().CleanAll([]*article.Doc{d, d, d, d})
		for _, r := range res2 {
			checkAccounting(t, d, r)
		}
	})
}
