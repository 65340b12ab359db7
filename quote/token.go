package quote

import (
	"unicode"
	"unicode/utf8"
)

// tokKind is the kind of a token.
type tokKind uint8

const (
	tWord  tokKind = iota
	tPunct         // one punctuation rune (quote marks included)
	tPara          // a paragraph break
)

// token is a word, a punctuation mark or a paragraph break, with its rune
// span in the text.
type token struct {
	r0, r1 int
	// cls holds the word's classes once looked is set; see analysis.cl.
	cls    wordClass
	looked bool
	kind   tokKind
	cap    bool // starts with an upper-case letter
	// inv is the subject pronoun of an inverted verb ("a-t-il", "ajoute-t-elle"):
	// 'm' (il), 'f' (elle), 'p' (ils, elles, on), 0 when none.
	inv byte
	ch  rune // the rune of a punctuation token
	// q is the index of the piece whose quoted words hold the token, -1
	// outside quotes.
	q int32
	// sent is the index of the sentence holding the token.
	sent int32
	// ms and me are the mentions starting and ending at the token, -1
	// when none.
	ms, me int32
	// pm is 'o' for the opening mark of a piece, 'c' for its closing
	// mark, 0 otherwise.
	pm byte
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// isSpace is unicode.IsSpace with a fast path for ASCII.
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || '\t' <= r && r <= '\r'
	}
	return unicode.IsSpace(r)
}

// isUpper is unicode.IsUpper with a fast path for ASCII.
func isUpper(r rune) bool {
	if r < utf8.RuneSelf {
		return 'A' <= r && r <= 'Z'
	}
	return unicode.IsUpper(r)
}

// asciiWord marks the ASCII letters and digits.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

func isApos(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

// elisions are the French words that lose their vowel before another
// word and are split off it: "l'", "d'", "s'", "qu'"...
var elisions = [...]string{"l", "d", "s", "qu", "n", "j", "c", "m", "t", "jusqu", "lorsqu", "puisqu", "quoiqu"}

// inversions are the subject pronouns joined to an inverted verb, longest
// first.
var inversions = [...]struct {
	suffix string
	inv    byte
}{
	{"-t-elles", 'p'}, {"-t-elle", 'f'}, {"-t-ils", 'p'}, {"-t-il", 'm'}, {"-t-on", 'p'},
	{"-elles", 'p'}, {"-elle", 'f'}, {"-ils", 'p'}, {"-il", 'm'}, {"-on", 'p'},
}

// tokenizer splits runes into tokens.
type tokenizer struct {
	rs   []rune
	toks []token
}

func (z *tokenizer) run() {
	rs := z.rs
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case r == '\n':
			j := i + 1
			for j < len(rs) && isSpace(rs[j]) {
				j++
			}
			z.toks = append(z.toks, token{r0: i, r1: i + 1, kind: tPara, ch: '\n', q: -1, ms: -1, me: -1})
			i = j
		case isSpace(r):
			i++
		case isWordRune(r):
			j := i + 1
			var hyphen, apos bool
			for j < len(rs) {
				c := rs[j]
				if c < utf8.RuneSelf && asciiWord[c] || c >= utf8.RuneSelf && isWordRune(c) {
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
			z.word(i, j, hyphen, apos)
			i = j
		default:
			z.toks = append(z.toks, token{r0: i, r1: i + 1, kind: tPunct, ch: r, q: -1, ms: -1, me: -1})
			i++
		}
	}
}

// word emits the word rs[i:j], split into an elided article and an
// inverted pronoun when it holds them.
func (z *tokenizer) word(i, j int, hyphen, apos bool) {
	rs := z.rs
	for k := i + 1; apos && k < j && k-i <= 6; k++ {
		if !isApos(rs[k]) {
			continue
		}
		if z.isElision(rs[i:k]) {
			z.emit(i, k+1, 0)
			i = k + 1
		}
		break
	}
	var inv byte
	for k := 0; hyphen && k < len(inversions); k++ {
		s := &inversions[k]
		n := len(s.suffix) // ASCII
		if j-i > n && z.hasSuffix(rs[i:j], s.suffix) {
			inv = s.inv
			j -= n
			break
		}
	}
	z.emit(i, j, inv)
}

func (z *tokenizer) isElision(w []rune) bool {
	for _, e := range elisions {
		if len(w) != len(e) {
			continue
		}
		ok := true
		for k := range w {
			if unicode.ToLower(w[k]) != rune(e[k]) {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// hasSuffix reports whether w ends with the lower-case ASCII suffix s.
func (z *tokenizer) hasSuffix(w []rune, s string) bool {
	off := len(w) - len(s)
	for k := 0; k < len(s); k++ {
		if w[off+k] != rune(s[k]) {
			return false
		}
	}
	return true
}

// emit appends the word rs[i:j] with its classes.
func (z *tokenizer) emit(i, j int, inv byte) {
	if i >= j {
		return
	}
	z.toks = append(z.toks, token{
		r0: i, r1: j, kind: tWord,
		cap: isUpper(z.rs[i]), inv: inv, q: -1, ms: -1, me: -1,
	})
}

// lowerKey writes the lower-case form of rs into buf, apostrophes
// straightened.
func lowerKey(buf []byte, rs []rune) []byte {
	buf = buf[:0]
	for _, r := range rs {
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			buf = append(buf, byte(r))
			continue
		}
		if isApos(r) {
			r = '\''
		}
		buf = utf8.AppendRune(buf, unicode.ToLower(r))
	}
	return buf
}
