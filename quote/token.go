package quote

import (
	"unicode"
	"unicode/utf8"

	"github.com/recoupe/recoupe/internal/tokens"
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
	// p0 and p1 are the pieces of the shared token stream the word spans
	// (its lower-case form is their Lower), p0 -1 when the word does not
	// start or end at a piece's edge.
	p0, p1 int32
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

// tokenizer builds the extractor's tokens: words, punctuation marks and
// paragraph breaks.
type tokenizer struct {
	rs   []rune
	x    *tokens.Text // the shared token stream of the text of rs
	toks []token
}

// run builds the tokens from the shared token stream: adjacent word
// pieces joined by an inner hyphen or apostrophe are one word, a French
// elision is split off the word it precedes, and an inverted pronoun
// ("a-t-il") is cut off the verb. A line feed is a paragraph break, the
// white space around it included.
func (z *tokenizer) run() {
	st := z.x.Toks
	for i := 0; i < len(st); {
		t := &st[i]
		if t.NL >= 0 {
			z.toks = append(z.toks, token{r0: int(t.NL), r1: int(t.NL) + 1, p0: -1, kind: tPara, ch: '\n', q: -1, ms: -1, me: -1})
		}
		if t.Kind != tokens.Word {
			z.toks = append(z.toks, token{r0: int(t.R0), r1: int(t.R1), p0: -1, kind: tPunct, ch: t.Ch, q: -1, ms: -1, me: -1})
			i++
			continue
		}
		j := i + 1
		var hyphen, apos, inner bool
		inner = t.Flags&tokens.Apos != 0
		for j+1 < len(st) && st[j].Kind == tokens.Punct && (st[j].Ch == '-' || isApos(st[j].Ch)) && st[j].B0 == st[j-1].B1 &&
			st[j+1].Kind == tokens.Word && st[j+1].B0 == st[j].B1 {
			hyphen = hyphen || st[j].Ch == '-'
			apos = apos || st[j].Ch != '-'
			inner = inner || st[j+1].Flags&tokens.Apos != 0
			j += 2
		}
		if apos && inner {
			// An apostrophe ʼ inside a piece: split the runes.
			z.runeWord(int(t.R0), int(st[j-1].R1), hyphen, apos)
		} else {
			z.word(i, j, hyphen, apos)
		}
		i = j
	}
	if z.x.TrailNL >= 0 {
		nl := int(z.x.TrailNL)
		z.toks = append(z.toks, token{r0: nl, r1: nl + 1, p0: -1, kind: tPara, ch: '\n', q: -1, ms: -1, me: -1})
	}
}

// word emits the word of pieces i to j-1, split into an elided article
// and an inverted pronoun when it holds them.
func (z *tokenizer) word(i, j int, hyphen, apos bool) {
	st := z.x.Toks
	for k := i + 1; apos && k < j && st[k].R0-st[i].R0 <= 6; k++ {
		if st[k].Kind != tokens.Punct || !isApos(st[k].Ch) {
			continue
		}
		if z.isElisionKey(z.x.Lower(i, k)) {
			z.emitPieces(i, k+1, 0)
			i = k + 1
		}
		break
	}
	var inv byte
	if hyphen {
		src := z.x.Src
		b0, b1 := int(st[i].B0), int(st[j-1].B1)
		for k := range inversions {
			s := &inversions[k]
			n := len(s.suffix) // ASCII: as many bytes as runes
			if int(st[j-1].R1-st[i].R0) > n && b1-b0 >= n && src[b1-n:b1] == s.suffix {
				inv = s.inv
				for j > i && int(st[j-1].B0) >= b1-n {
					j--
				}
				break
			}
		}
	}
	z.emitPieces(i, j, inv)
}

// isElisionKey reports whether the lower-case w is an elided word.
func (z *tokenizer) isElisionKey(w string) bool {
	for _, e := range elisions {
		if w == e {
			return true
		}
	}
	return false
}

// emitPieces appends the word of pieces i to j-1.
func (z *tokenizer) emitPieces(i, j int, inv byte) {
	if i >= j {
		return
	}
	st := z.x.Toks
	z.toks = append(z.toks, token{
		r0: int(st[i].R0), r1: int(st[j-1].R1), p0: int32(i), p1: int32(j), kind: tWord,
		cap: st[i].Flags&tokens.Cap != 0, inv: inv, q: -1, ms: -1, me: -1,
	})
}

// runeWord emits the word rs[i:j], split into an elided article and an
// inverted pronoun when it holds them. It reads the runes: the words it
// makes need not start or end at a piece's edge.
func (z *tokenizer) runeWord(i, j int, hyphen, apos bool) {
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
		r0: i, r1: j, p0: -1, kind: tWord,
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
