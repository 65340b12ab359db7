package tokens

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestReset(t *testing.T) {
	type tok struct {
		src   string
		lower string
		kind  Kind
	}
	tests := []struct {
		name string
		text string
		want []tok
	}{
		{"empty", "", nil},
		{"spaces only", " \n\t ", nil},
		{"words and marks", "Le Président, 12 ans.", []tok{
			{"Le", "le", Word}, {"Président", "président", Word}, {",", ",", Punct},
			{"12", "12", Word}, {"ans", "ans", Word}, {".", ".", Punct},
		}},
		{"hyphen and elision are pieces", "Jean-Marie l’Union", []tok{
			{"Jean", "jean", Word}, {"-", "-", Punct}, {"Marie", "marie", Word},
			{"l", "l", Word}, {"’", "'", Punct}, {"Union", "union", Word},
		}},
		{"letters and digits", "G7 Covid-19", []tok{
			{"G7", "g7", Word}, {"Covid", "covid", Word}, {"-", "-", Punct}, {"19", "19", Word},
		}},
		{"modifier apostrophe is a letter", "Zaporizhzhiaʼs", []tok{{"Zaporizhzhiaʼs", "zaporizhzhia's", Word}}},
		{"combining mark", "e\u0301te\u0301", []tok{{"e\u0301te\u0301", "e\u0301te\u0301", Word}}},
		{"quotes", "« Oui »", []tok{{"«", "«", Punct}, {"Oui", "oui", Word}, {"»", "»", Punct}}},
		{"invalid byte", "a\xffb", []tok{{"a", "a", Word}, {"\xff", "\uFFFD", Punct}, {"b", "b", Word}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := New(tt.text)
			if len(x.Toks) != len(tt.want) {
				t.Fatalf("got %d tokens, want %d: %+v", len(x.Toks), len(tt.want), x.Toks)
			}
			for i, w := range tt.want {
				g := x.Toks[i]
				if s := x.Source(i, i+1); s != w.src || x.Lower(i, i+1) != w.lower || g.Kind != w.kind {
					t.Errorf("token %d: %q %q kind %d, want %q %q kind %d", i, s, x.Lower(i, i+1), g.Kind, w.src, w.lower, w.kind)
				}
			}
		})
	}
}

func TestFlags(t *testing.T) {
	x := New("Le  JO\n\nde l'ONU,\r\nÉté 2024 ǅemal")
	tests := []struct {
		i       int
		set     Flags
		clear   Flags
		letters uint16
		uppers  uint16
	}{
		{0, Cap, Space | OneSpace | Digit | NonASCII, 2, 1},            // Le
		{1, Cap | Space, OneSpace | Newline, 2, 2},                     // JO: two spaces
		{2, Space | Newline, Cap | OneSpace | Return, 2, 0},            // de: after a blank line
		{3, Space | OneSpace, Cap, 1, 0},                               // l
		{4, 0, Space | OneSpace, 0, 0},                                 // '
		{5, Cap, Space, 3, 3},                                          // ONU
		{7, Cap | NonASCII | Space | Newline | Return, OneSpace, 3, 1}, // Été
		{8, Digit | Space | OneSpace, Cap, 0, 0},                       // 2024
		{9, Title | NonASCII, Cap, 5, 0},                               // ǅemal
	}
	for _, tt := range tests {
		g := x.Toks[tt.i]
		if g.Flags&tt.set != tt.set || g.Flags&tt.clear != 0 || g.Letters != tt.letters || g.Uppers != tt.uppers {
			t.Errorf("token %d %q: flags %b letters %d uppers %d, want set %b clear %b letters %d uppers %d",
				tt.i, x.Source(tt.i, tt.i+1), g.Flags, g.Letters, g.Uppers, tt.set, tt.clear, tt.letters, tt.uppers)
		}
	}
	if got := x.Lower(3, 6); got != "l'onu" {
		t.Errorf("Lower of l'ONU = %q", got)
	}
}

func TestLineFeeds(t *testing.T) {
	x := New("a \n \nb\n")
	if x.Toks[0].NL != -1 {
		t.Errorf("first token NL = %d, want -1", x.Toks[0].NL)
	}
	if x.Toks[1].NL != 2 {
		t.Errorf("second token NL = %d, want 2 (the first line feed)", x.Toks[1].NL)
	}
	if x.TrailNL != 6 || x.Runes != 7 {
		t.Errorf("TrailNL %d Runes %d, want 6 and 7", x.TrailNL, x.Runes)
	}
	if x.Reset("fin"); x.TrailNL != -1 || len(x.Toks) != 1 {
		t.Errorf("after Reset: TrailNL %d, %d tokens", x.TrailNL, len(x.Toks))
	}
}

// checkText verifies the invariants of x for text: tokens in order,
// offsets consistent with the text, pieces as documented, lower-case
// forms matching the runes.
func checkText(t *testing.T, text string, x *Text) {
	t.Helper()
	b, r := 0, 0
	prevEnd := 0
	for i, tk := range x.Toks {
		if int(tk.B0) < prevEnd || tk.B0 >= tk.B1 || tk.R0 >= tk.R1 {
			t.Fatalf("token %d: bad span %+v", i, tk)
		}
		// Advance b, r to the token over white space only.
		for b < int(tk.B0) {
			c, size := utf8.DecodeRuneInString(text[b:])
			if !unicode.IsSpace(c) {
				t.Fatalf("token %d: non-space %q skipped before it", i, c)
			}
			b += size
			r++
		}
		if r != int(tk.R0) {
			t.Fatalf("token %d: R0 %d, want %d", i, tk.R0, r)
		}
		var lower strings.Builder
		n := 0
		for _, c := range text[tk.B0:tk.B1] {
			switch {
			case c == '’' || c == 'ʼ':
				lower.WriteByte('\'')
			default:
				lower.WriteRune(unicode.ToLower(c))
			}
			n++
			if tk.Kind == Word && !IsWordRune(c) {
				t.Fatalf("token %d: word holds %q", i, c)
			}
		}
		if tk.Kind == Punct && n != 1 {
			t.Fatalf("token %d: punctuation of %d runes", i, n)
		}
		if int(tk.R1-tk.R0) != n {
			t.Fatalf("token %d: %d runes, offsets say %d", i, n, tk.R1-tk.R0)
		}
		if got := x.Lower(i, i+1); got != lower.String() {
			t.Fatalf("token %d: lower %q, want %q", i, got, lower.String())
		}
		if i > 0 && x.Adjacent(i) && x.Toks[i-1].Kind == Word && tk.Kind == Word {
			t.Fatalf("token %d: two adjacent words", i)
		}
		b, r = int(tk.B1), int(tk.R1)
		prevEnd = b
	}
	for b < len(text) {
		c, size := utf8.DecodeRuneInString(text[b:])
		if !unicode.IsSpace(c) {
			t.Fatalf("non-space %q after the last token", c)
		}
		b += size
		r++
	}
	if int(x.Runes) != r {
		t.Fatalf("Runes %d, want %d", x.Runes, r)
	}
	if n := len(x.Toks); n > 0 && x.Lower(0, n) == "" {
		t.Fatalf("empty lower form for %d tokens", n)
	}
}

func FuzzReset(f *testing.F) {
	for _, s := range []string{
		"", "Le président ukrainien Volodymyr Zelensky a déclaré : « Nous tiendrons. »",
		"l’Union d'Europe aujourd'hui, a-t-il dit", "Russia’s troops\r\n\r\n3\u202f200 morts",
		"a\xffb\xc3", "ǅemal İstanbul K", "e\u0301\u0903\u20dd", "\n\n \u2028x\u00a0y",
	} {
		f.Add(s)
	}
	var x Text
	f.Fuzz(func(t *testing.T, text string) {
		x.Reset(text)
		checkText(t, text, &x)
	})
}

func BenchmarkReset(b *testing.B) {
	text := strings.Repeat("Le président ukrainien Volodymyr Zelensky a déclaré mardi à l’AFP : « Nous tiendrons, quoi qu'il en coûte. » ", 30)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	var x Text
	for b.Loop() {
		x.Reset(text)
	}
}
