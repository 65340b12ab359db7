package rouge

import (
	"math"
	"reflect"
	"testing"
)

// The expected stems were derived by hand from the algorithm; the comment
// on each case names the rule that decides it.
func TestStem(t *testing.T) {
	tests := []struct{ word, want string }{
		{"continuation", "continu"},    // step 1 -ation in R2 (R2 = "uation")
		{"majestueusement", "majestu"}, // step 1 -ement in RV, then -eus in R2
		{"chevaux", "cheval"},          // step 1 -aux in R1 -> al
		{"parlaient", "parl"},          // prelude aIent, step 2b -aIent in RV ("par" prefix)
		{"généralement", "général"},    // step 1 -ement; step 6 leaves é (vowel follows)
		{"dernières", "derni"},         // step 4: -s after e, then -ière -> i
		{"affaires", "affair"},         // step 4: -s, then -e in RV
		{"présidente", "président"},    // step 4 -e; no step 6 (é followed by a vowel)
		{"souris", "sour"},             // step 2a -is after non-vowel r in RV
		{"mangé", "mang"},              // step 2b -é
		{"mange", "mang"},              // step 4 -e
		{"le", "le"},                   // too short
		{"2008", "2008"},               // not a word
		{"cheval", "cheval"},           // nothing to remove
	}
	for _, tt := range tests {
		if got := Stem(tt.word); got != tt.want {
			t.Errorf("Stem(%q) = %q, want %q", tt.word, got, tt.want)
		}
	}
}

func TestTokens(t *testing.T) {
	tests := []struct {
		text string
		opt  Options
		want []string
	}{
		{"L'homme a-t-il dit « oui » ?", Options{}, []string{"l", "homme", "a", "t", "il", "dit", "oui"}},
		// "les" loses its s in step 4 (RV = "s"); "euros" keeps it (after o).
		{"Les chevaux, 15 000 euros.", Options{Stem: true}, []string{"le", "cheval", "15", "000", "euros"}},
		{"Le chat et la souris", Options{Stopwords: true}, []string{"chat", "souris"}},
	}
	for _, tt := range tests {
		if got := Tokens(tt.text, tt.opt); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Tokens(%q, %+v) = %q, want %q", tt.text, tt.opt, got, tt.want)
		}
	}
}

func TestTruncate(t *testing.T) {
	tests := []struct {
		text string
		n    int
		want string
	}{
		{"Un deux « trois » quatre cinq", 3, "Un deux « trois »"},
		{"Un\ndeux   trois", 5, "Un deux trois"},
		{"Un deux", 0, ""},
		{"- Un - deux", 1, "- Un -"},
	}
	for _, tt := range tests {
		if got := Truncate(tt.text, tt.n); got != tt.want {
			t.Errorf("Truncate(%q, %d) = %q, want %q", tt.text, tt.n, got, tt.want)
		}
	}
	if n := WordCount("Un deux « trois » - quatre"); n != 4 {
		t.Errorf("WordCount = %d, want 4", n)
	}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func checkScore(t *testing.T, name string, got Score, r, p, f float64) {
	t.Helper()
	if !near(got.Recall, r) || !near(got.Precision, p) || !near(got.F1, f) {
		t.Errorf("%s = %+v, want R %.4f P %.4f F %.4f", name, got, r, p, f)
	}
}

func TestEvaluateByHand(t *testing.T) {
	peer := "Le chat mange la souris."
	ref := "Le chat a mangé une souris."
	// Unigrams: le chat souris shared (3 of 5 peer, 6 ref).
	// Bigrams: "le chat" shared (1 of 4 peer, 5 ref).
	s := Evaluate(peer, []string{ref}, Options{})
	checkScore(t, "R1", s.R1, 3.0/6, 3.0/5, 2*(0.5*0.6)/(0.5+0.6))
	checkScore(t, "R2", s.R2, 1.0/5, 1.0/4, 2*(0.2*0.25)/(0.2+0.25))
	// SU4: ref pairs with <= 4 tokens between: all pairs of 6 tokens (15).
	// Ref units 6+15 = 21. Peer units 5+10 = 15. Shared: unigrams le chat
	// souris (3); pairs (le,chat) (le,souris) (chat,souris) (3) -> 6.
	checkScore(t, "SU4", s.SU4, 6.0/21, 6.0/15, 2*(6.0/21)*(6.0/15)/(6.0/21+6.0/15))

	// Stemming makes mange and mangé the same token "mang".
	s = Evaluate(peer, []string{ref}, Options{Stem: true})
	checkScore(t, "R1 stemmed", s.R1, 4.0/6, 4.0/5, 2*(4.0/6)*(4.0/5)/(4.0/6+4.0/5))
}

func TestSkipGap(t *testing.T) {
	ref := [][]string{{"a", "x", "x", "x", "x", "b"}}
	// peer "a b": units a, b, (a,b). The ref has (a,b) at gap 4.
	got := SU([]string{"a", "b"}, ref, 4, false)
	// ref units: 6 unigrams + pairs within gap 4: 5+4+3+2+1 = 15 -> 21.
	// hits: a, b, (a,b) = 3.
	checkScore(t, "gap 4", got, 3.0/21, 3.0/3, 2*(3.0/21)/(3.0/21+1))
	// gap 3: (a,b) is no longer a ref unit; ref units 6 + (5+4+3+2) = 20.
	got = SU([]string{"a", "b"}, ref, 3, false)
	checkScore(t, "gap 3", got, 2.0/20, 2.0/3, 2*(0.1*2.0/3)/(0.1+2.0/3))
	// Order matters for skip-bigrams: "a c b" vs "a b c".
	got = SU([]string{"a", "b", "c"}, [][]string{{"a", "c", "b"}}, 4, false)
	checkScore(t, "order", got, 5.0/6, 5.0/6, 5.0/6)
}

func TestMultiReference(t *testing.T) {
	peer := []string{"a", "b"}
	refs := [][]string{{"a", "b"}, {"a", "c", "d"}}
	// Pooled: hits 2+1, ref counts 2+3, peer counts 2 per reference.
	checkScore(t, "pooled", N(peer, refs, 1, false), 3.0/5, 3.0/4, 2*(0.6*0.75)/(0.6+0.75))
	// Jackknife: {ref1} gives R 1/3 P 1/2 F 0.4; {ref0} gives 1, 1, 1.
	checkScore(t, "jackknife", N(peer, refs, 1, true), (1.0/3+1)/2, 0.75, 0.7)
	// Clipping: a peer repeating a word gets it once per reference copy.
	checkScore(t, "clip", N([]string{"a", "a", "a"}, [][]string{{"a", "b"}}, 1, false), 0.5, 1.0/3, 0.4)
	// Nothing to score.
	checkScore(t, "empty", N(nil, refs, 2, false), 0, 0, 0)
	checkScore(t, "no refs", N(peer, nil, 1, false), 0, 0, 0)
}

func TestWordLimit(t *testing.T) {
	ref := "a b c d"
	// Only "a b" of the peer is kept.
	s := Evaluate("a b c d", []string{ref}, Options{WordLimit: 2})
	checkScore(t, "limit", s.R1, 0.5, 1, 2*0.5/1.5)
}

func FuzzTokens(f *testing.F) {
	f.Add("L'homme a-t-il dit « oui » ?")
	f.Add("Œuvres complètes, 2e édition – qu'aujourd'hui")
	f.Fuzz(func(t *testing.T, s string) {
		for _, tok := range Tokens(s, Options{Stem: true, Stopwords: true}) {
			if tok == "" {
				t.Fatalf("empty token from %q", s)
			}
		}
		for _, w := range []string{s, string([]rune(s))} {
			_ = Stem(w)
		}
		n := WordCount(s)
		if got := WordCount(Truncate(s, 3)); got != min(n, 3) {
			t.Fatalf("Truncate(%q, 3) has %d words, want %d", s, got, min(n, 3))
		}
	})
}

func BenchmarkStem(b *testing.B) {
	words := []string{"continuation", "majestueusement", "chevaux", "parlaient", "dernières", "présidente", "souris", "gouvernement"}
	for i := 0; i < b.N; i++ {
		_ = Stem(words[i%len(words)])
	}
}
