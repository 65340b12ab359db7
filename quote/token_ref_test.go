package quote

import (
	"testing"

	"github.com/recoupe/recoupe/internal/tokens"
)

// runRef is the extractor's tokenizer as it was before it read the shared
// token stream (package internal/tokens): it reads the runes. It is the
// reference the stream's tokens must match.
func (z *tokenizer) runRef() {
	rs := z.rs
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case r == '\n':
			j := i + 1
			for j < len(rs) && isSpace(rs[j]) {
				j++
			}
			z.toks = append(z.toks, token{r0: i, r1: i + 1, p0: -1, kind: tPara, ch: '\n', q: -1, ms: -1, me: -1})
			i = j
		case isSpace(r):
			i++
		case isWordRune(r):
			j := i + 1
			var hyphen, apos bool
			for j < len(rs) {
				c := rs[j]
				if isWordRune(c) {
					j++
					continue
				}
				if (c == '-' || isApos(c)) && j+1 < len(rs) && isWordRune(rs[j+1]) {
					hyphen = hyphen || c == '-'
					apos = apos || c != '-'
					j++
					continue
				}
				break
			}
			z.runeWord(i, j, hyphen, apos)
			i = j
		default:
			z.toks = append(z.toks, token{r0: i, r1: i + 1, p0: -1, kind: tPunct, ch: r, q: -1, ms: -1, me: -1})
			i++
		}
	}
}

// FuzzRun checks that the tokens built from the shared token stream are
// the reference tokenizer's, and that their lower-case forms are the ones
// the runes give.
func FuzzRun(f *testing.F) {
	for _, s := range []string{
		"« Nous tiendrons », a-t-il déclaré. Ajoute-t-elle\n\n l’Union d'Europe",
		"qu'aujourd'hui lʼhomme dʼici \"Non\" \r\n jusqu’à Est-ce",
		"a\xffb LORSQU'IL Va-t-on\n", "X-t-il -t-il t-il",
	} {
		f.Add(s)
	}
	var x tokens.Text
	f.Fuzz(func(t *testing.T, text string) {
		var rs []rune
		for _, r := range text {
			rs = append(rs, r)
		}
		x.Reset(text)
		z := tokenizer{rs: rs, x: &x}
		z.run()
		ref := tokenizer{rs: rs}
		ref.runRef()
		if len(z.toks) != len(ref.toks) {
			t.Fatalf("got %d tokens, want %d:\n%+v\n%+v", len(z.toks), len(ref.toks), z.toks, ref.toks)
		}
		var key []byte
		for i, g := range z.toks {
			if g.p0 >= 0 {
				key = lowerKey(key, rs[g.r0:g.r1])
				if l := x.Lower(int(g.p0), int(g.p1)); l != string(key) {
					t.Fatalf("token %d: lower %q, want %q", i, l, key)
				}
			}
			g.p0, g.p1 = -1, 0
			if g != ref.toks[i] {
				t.Fatalf("token %d: got %+v, want %+v", i, g, ref.toks[i])
			}
		}
	})
}
