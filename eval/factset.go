package eval

// The fact set: the project's own labelled news articles under
// testdata/facts, with their named-entity mentions and direct quotes, and
// the measures of how well the entity recognizer and the quote extractor
// find them. The file format and the annotation guide are in
// testdata/facts/README.md.

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/recoupe/recoupe/article"
)

// Entity kinds, as the report names them (docs/report.md).
const (
	KindPerson       = "person"
	KindOrganisation = "organisation"
	KindPlace        = "place"
	KindOther        = "other"
)

// FactKinds lists the entity kinds of the fact set in report order.
var FactKinds = []string{KindPerson, KindOrganisation, KindPlace, KindOther}

// fsTags maps the markup's kind tags to the report's kinds.
var fsTags = map[string]string{
	"PER":  KindPerson,
	"ORG":  KindOrganisation,
	"LOC":  KindPlace,
	"MISC": KindOther,
}

// FactSetDoc is one labelled article of the fact set. All offsets are in
// Unicode code points (runes) of Text, start inclusive, end exclusive.
type FactSetDoc struct {
	// Name is the article's identifier from the "#id:" header.
	Name string
	// File is the base name of the file it was read from.
	File string
	// Lang is the ISO 639-1 code from the "#lang:" header.
	Lang string
	// Published is the "YYYY-MM-DD" date from the "#published:" header.
	Published string
	// Paragraphs are the article's paragraphs without markup, the
	// headline first.
	Paragraphs []string
	// Text is the paragraphs joined with blank lines ("\n\n"), exactly as
	// article.Cleaned.Text joins them.
	Text string
	// Entities are the gold entity mentions, in text order.
	Entities []GoldEntity
	// Quotes are the gold direct quotes, in text order of their first
	// occurrence.
	Quotes []GoldQuote
}

// GoldEntity is one gold entity mention.
type GoldEntity struct {
	Start, End int
	// Text is the mention as written, Text == runes of FactSetDoc.Text[Start:End].
	Text string
	// Kind is one of FactKinds.
	Kind string
	// Canonical is the entity's usual full name ("Volodymyr Zelensky" for
	// "Zelensky"); it equals Text when the markup gives none.
	Canonical string
}

// GoldQuote is one gold direct quote: the words between the quote marks,
// marks and surrounding spaces excluded.
type GoldQuote struct {
	Start, End int
	Text       string
	// Speaker is the canonical name of the person or organisation quoted,
	// "" when the article does not name them ("une habitante").
	Speaker string
	// Repeats are other occurrences of the same quote in the article (a
	// pull quote repeated as a box): a prediction on a repeat matches this
	// quote, and this quote can be matched only once.
	Repeats []FactSpan
}

// FactSpan is a span of FactSetDoc.Text in runes.
type FactSpan struct{ Start, End int }

// PredEntity is one entity mention found by a recognizer, in runes of
// FactSetDoc.Text. Kind is one of FactKinds.
type PredEntity struct {
	Start, End int
	Kind       string
}

// PredQuote is one quote found by an extractor, in runes of
// FactSetDoc.Text. Speaker is the name the extractor gives ("" if none).
type PredQuote struct {
	Start, End int
	Speaker    string
}

// Article returns the document as the facts stage would receive it: every
// paragraph kept, no headline split off, language and date from the
// headers, so that Article().Text() == d.Text.
func (d FactSetDoc) Article() *article.Article {
	lines := append([]string(nil), d.Paragraphs...)
	kept := make([]int, len(lines))
	for i := range kept {
		kept[i] = i
	}
	return &article.Article{
		ID:   d.Name,
		Doc:  &article.Doc{File: d.File, Format: "text", Lang: d.Lang, Published: d.Published, Lines: lines},
		Body: article.Cleaned{Headline: -1, Paragraphs: append([]string(nil), lines...), KeptLines: kept},
		Meta: article.Meta{Language: d.Lang, Published: d.Published, PublishedBasis: "metadata:published"},
	}
}

// RuneSpan converts a byte span of d.Text into a rune span, for
// recognizers that work in bytes. Offsets are clamped to the text.
func (d FactSetDoc) RuneSpan(byteStart, byteEnd int) (start, end int) {
	clamp := func(i int) int { return max(0, min(i, len(d.Text))) }
	start = utf8.RuneCountInString(d.Text[:clamp(byteStart)])
	end = utf8.RuneCountInString(d.Text[:clamp(byteEnd)])
	return start, end
}

// LoadFactSet reads every *.txt file of dir as a fact-set article, sorted
// by file name. Malformed markup is reported as "path:line: problem".
func LoadFactSet(dir string) ([]FactSetDoc, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("loading fact set: %w", err)
	}
	var docs []FactSetDoc
	ids := map[string]string{}
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".txt") {
			continue
		}
		path := filepath.Join(dir, e.Name())
		data, err := os.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("loading fact set: %w", err)
		}
		d, err := fsParse(path, data)
		if err != nil {
			return nil, fmt.Errorf("loading fact set: %w", err)
		}
		if prev, ok := ids[d.Name]; ok {
			return nil, fmt.Errorf("loading fact set: %s: id %q already used by %s", path, d.Name, prev)
		}
		ids[d.Name] = e.Name()
		docs = append(docs, d)
	}
	if len(docs) == 0 {
		return nil, fmt.Errorf("loading fact set: no .txt files in %s", dir)
	}
	sort.Slice(docs, func(i, j int) bool { return docs[i].File < docs[j].File })
	return docs, nil
}

// fsParse parses one annotated file; errors start with "path:line:".
func fsParse(path string, data []byte) (FactSetDoc, error) {
	d := FactSetDoc{File: filepath.Base(path)}
	fail := func(line int, format string, args ...any) (FactSetDoc, error) {
		return FactSetDoc{}, fmt.Errorf("%s:%d: %s", path, line, fmt.Sprintf(format, args...))
	}
	if !utf8.Valid(data) {
		return fail(1, "not valid UTF-8")
	}
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	lines := strings.Split(string(data), "\n")
	p := fsParser{}
	inHeader := true
	for i, line := range lines {
		n := i + 1
		line = strings.TrimSuffix(line, "\r")
		if strings.TrimSpace(line) == "" {
			continue
		}
		if inHeader && strings.HasPrefix(line, "#") {
			key, val, ok := strings.Cut(line[1:], ":")
			if !ok {
				return fail(n, "header %q is not \"#key: value\"", fsShorten(line))
			}
			key, val = strings.TrimSpace(key), strings.TrimSpace(val)
			switch key {
			case "id":
				d.Name = val
			case "lang":
				if len(val) != 2 || strings.ToLower(val) != val {
					return fail(n, "lang %q is not a lower-case ISO 639-1 code", val)
				}
				d.Lang = val
			case "published":
				if _, err := time.Parse("2006-01-02", val); err != nil {
					return fail(n, "published %q is not a YYYY-MM-DD date", val)
				}
				d.Published = val
			case "note":
			default:
				return fail(n, "unknown header %q (want id, lang, published or note)", key)
			}
			continue
		}
		if inHeader {
			for _, h := range []struct{ name, val string }{{"id", d.Name}, {"lang", d.Lang}, {"published", d.Published}} {
				if h.val == "" {
					return fail(n, "missing #%s: header before the text", h.name)
				}
			}
			inHeader = false
		}
		p.line = n
		if err := p.paragraph(line); err != nil {
			return fail(n, "%v", err)
		}
	}
	if inHeader {
		last := len(lines)
		if last > 1 && lines[last-1] == "" {
			last--
		}
		return fail(last, "no text")
	}
	if err := p.linkRepeats(); err != nil {
		return fail(p.repeatLine, "%v", err)
	}
	d.Paragraphs = p.paras
	d.Text = p.text.String()
	d.Entities = p.ents
	d.Quotes = p.quotes
	return d, nil
}

// fsParser accumulates the markup-free text and the spans of one file.
type fsParser struct {
	paras   []string
	text    strings.Builder
	pos     int // runes written to text
	ents    []GoldEntity
	quotes  []GoldQuote
	repeats []fsRepeat
	// repeatLine is the line of the first repeat that fails to link.
	repeatLine int
	line       int
}

// fsRepeat is a pull-quote occurrence waiting to be linked to its quote.
type fsRepeat struct {
	span    FactSpan
	text    string
	speaker string
	line    int
}

// paragraph parses one line of markup as one paragraph.
func (p *fsParser) paragraph(line string) error {
	if len(p.paras) > 0 {
		p.text.WriteString("\n\n")
		p.pos += 2
	}
	start := p.pos
	var para strings.Builder
	rest := line
	for rest != "" {
		i := fsNextMarkup(rest)
		if i < 0 {
			p.emit(&para, rest)
			break
		}
		p.emit(&para, rest[:i])
		rest = rest[i:]
		switch {
		case strings.HasPrefix(rest, "[["):
			n, err := p.entity(&para, rest)
			if err != nil {
				return err
			}
			rest = rest[n:]
		case strings.HasPrefix(rest, "{{"):
			n, err := p.quote(&para, rest)
			if err != nil {
				return err
			}
			rest = rest[n:]
		default:
			return fmt.Errorf("stray %q at %q", rest[:2], fsShorten(rest))
		}
	}
	if p.pos == start {
		return fmt.Errorf("paragraph is empty once the markup is removed")
	}
	p.paras = append(p.paras, para.String())
	return nil
}

// emit appends plain text to the paragraph and the document.
func (p *fsParser) emit(para *strings.Builder, s string) {
	para.WriteString(s)
	p.text.WriteString(s)
	p.pos += utf8.RuneCountInString(s)
}

// fsNextMarkup returns the byte index of the next "[[", "]]", "{{" or "}}"
// in s, -1 if none.
func fsNextMarkup(s string) int {
	for i := 0; i+1 < len(s); i++ {
		c := s[i]
		if (c == '[' || c == ']' || c == '{' || c == '}') && s[i+1] == c {
			return i
		}
	}
	return -1
}

// entity parses "[[surface|TAG]]" or "[[surface|TAG|Canonical]]" at the
// start of s and returns the bytes consumed.
func (p *fsParser) entity(para *strings.Builder, s string) (int, error) {
	end := strings.Index(s, "]]")
	if end < 0 {
		return 0, fmt.Errorf("entity %q is not closed with ]] on this line", fsShorten(s))
	}
	inner := s[2:end]
	if j := fsNextMarkup(inner); j >= 0 {
		return 0, fmt.Errorf("entity %q contains %q: entities do not nest", fsShorten(s[:end+2]), inner[j:j+2])
	}
	parts := strings.Split(inner, "|")
	if len(parts) < 2 || len(parts) > 3 {
		return 0, fmt.Errorf("entity %q: want [[text|TAG]] or [[text|TAG|canonical]]", s[:end+2])
	}
	surface, tag := parts[0], parts[1]
	kind, ok := fsTags[tag]
	if !ok {
		return 0, fmt.Errorf("entity %q: unknown tag %q (want PER, ORG, LOC or MISC)", s[:end+2], tag)
	}
	if err := fsCheckTrimmed("entity", surface); err != nil {
		return 0, err
	}
	canonical := surface
	if len(parts) == 3 {
		canonical = parts[2]
		if strings.TrimSpace(canonical) != canonical || canonical == "" {
			return 0, fmt.Errorf("entity %q: empty or space-padded canonical", s[:end+2])
		}
	}
	start := p.pos
	p.emit(para, surface)
	p.ents = append(p.ents, GoldEntity{Start: start, End: p.pos, Text: surface, Kind: kind, Canonical: canonical})
	return end + 2, nil
}

// quote parses "{{text|Speaker}}" or the repeat form "{{=text}}" /
// "{{=text|Speaker}}" at the start of s, with entities allowed inside the
// text, and returns the bytes consumed.
func (p *fsParser) quote(para *strings.Builder, s string) (int, error) {
	// Find the closing "}}", skipping entities; remember the last "|"
	// outside them.
	bar, end := -1, -1
	for i := 2; i+1 < len(s) && end < 0; {
		switch {
		case strings.HasPrefix(s[i:], "[["):
			j := strings.Index(s[i:], "]]")
			if j < 0 {
				return 0, fmt.Errorf("entity %q is not closed with ]] on this line", fsShorten(s[i:]))
			}
			i += j + 2
		case strings.HasPrefix(s[i:], "{{"):
			return 0, fmt.Errorf("quote %q contains another {{: quotes do not nest", fsShorten(s))
		case strings.HasPrefix(s[i:], "}}"):
			end = i
		case s[i] == '|':
			bar = i
			i++
		default:
			i++
		}
	}
	if end < 0 {
		return 0, fmt.Errorf("quote %q is not closed with }} on this line", fsShorten(s))
	}
	body := s[2:end]
	repeat := strings.HasPrefix(body, "=")
	textStart := 2
	if repeat {
		textStart = 3
	}
	speaker, hasSpeaker := "", false
	textEnd := end
	if bar >= textStart {
		textEnd = bar
		speaker, hasSpeaker = s[bar+1:end], true
		if strings.TrimSpace(speaker) != speaker || speaker == "" {
			return 0, fmt.Errorf("quote %q: empty or space-padded speaker (write - for an unnamed one)", fsShorten(s[:end+2]))
		}
	}
	if !hasSpeaker && !repeat {
		return 0, fmt.Errorf("quote %q has no |speaker", fsShorten(s[:end+2]))
	}
	if speaker == "-" {
		speaker = ""
	}
	raw := s[textStart:textEnd]
	start := p.pos
	var inner strings.Builder
	// Parse the quote's own text for entities, writing through a
	// sub-builder so that the plain quote text is known.
	rest := raw
	for rest != "" {
		i := fsNextMarkup(rest)
		if i < 0 {
			p.emit(para, rest)
			inner.WriteString(rest)
			break
		}
		if !strings.HasPrefix(rest[i:], "[[") {
			return 0, fmt.Errorf("stray %q in quote %q", rest[i:i+2], fsShorten(raw))
		}
		p.emit(para, rest[:i])
		inner.WriteString(rest[:i])
		n, err := p.entity(para, rest[i:])
		if err != nil {
			return 0, err
		}
		inner.WriteString(p.ents[len(p.ents)-1].Text)
		rest = rest[i+n:]
	}
	text := inner.String()
	if err := fsCheckTrimmed("quote", text); err != nil {
		return 0, err
	}
	if err := fsCheckMarks(text); err != nil {
		return 0, err
	}
	span := FactSpan{start, p.pos}
	if repeat {
		p.repeats = append(p.repeats, fsRepeat{span: span, text: text, speaker: speaker, line: p.line})
	} else {
		p.quotes = append(p.quotes, GoldQuote{Start: span.Start, End: span.End, Text: text, Speaker: speaker})
	}
	return end + 2, nil
}

// linkRepeats attaches every pull-quote occurrence to the one quote whose
// text contains it (or is contained in it), whitespace and case aside.
func (p *fsParser) linkRepeats() error {
	for _, r := range p.repeats {
		rt := fsFold(r.text)
		match := -1
		for i, q := range p.quotes {
			qt := fsFold(q.Text)
			if strings.Contains(qt, rt) || strings.Contains(rt, qt) {
				if match >= 0 {
					p.repeatLine = r.line
					return fmt.Errorf("pull quote %q matches several quotes", fsShorten(r.text))
				}
				match = i
			}
		}
		if match < 0 {
			p.repeatLine = r.line
			return fmt.Errorf("pull quote %q repeats no quote of the article", fsShorten(r.text))
		}
		if r.speaker != "" && r.speaker != p.quotes[match].Speaker {
			p.repeatLine = r.line
			return fmt.Errorf("pull quote %q: speaker %q differs from the quote's %q", fsShorten(r.text), r.speaker, p.quotes[match].Speaker)
		}
		p.quotes[match].Repeats = append(p.quotes[match].Repeats, r.span)
	}
	return nil
}

// fsCheckTrimmed rejects an empty span or one with spaces at its ends.
func fsCheckTrimmed(what, s string) error {
	if s == "" {
		return fmt.Errorf("empty %s", what)
	}
	r0, _ := utf8.DecodeRuneInString(s)
	r1, _ := utf8.DecodeLastRuneInString(s)
	if unicode.IsSpace(r0) || unicode.IsSpace(r1) {
		return fmt.Errorf("%s %q has spaces at its ends: keep them outside the markup", what, fsShorten(s))
	}
	return nil
}

// fsMarkPairs are the quote marks: opener -> closer.
var fsMarkPairs = map[rune]rune{'«': '»', '“': '”', '„': '“', '"': '"', '‹': '›'}

// fsCheckMarks rejects a quote whose own marks are inside the braces: a
// text that begins and ends with a pair of marks, begins with an opening
// mark closed nowhere inside it, or ends with a closing mark opened nowhere
// inside it. Marks of a nested quotation are fine ("“Non”, dit-il").
func fsCheckMarks(s string) error {
	r := []rune(s)
	first, last := r[0], r[len(r)-1]
	if closer, ok := fsMarkPairs[first]; ok {
		if len(r) == 1 || last == closer || !strings.ContainsRune(string(r[1:]), closer) {
			return fmt.Errorf("quote %q starts with its own mark %q: put the marks outside {{ }}", fsShorten(s), first)
		}
	}
	for opener, closer := range fsMarkPairs {
		if last == closer && opener != '„' && !strings.ContainsRune(string(r[:len(r)-1]), opener) {
			return fmt.Errorf("quote %q ends with its own mark %q: put the marks outside {{ }}", fsShorten(s), last)
		}
	}
	return nil
}

// fsShorten cuts s for an error message.
func fsShorten(s string) string {
	const limit = 50
	if utf8.RuneCountInString(s) <= limit {
		return s
	}
	return string([]rune(s)[:limit]) + "…"
}

// fsFoldTable maps accented Latin letters to their base letters.
var fsFoldTable = func() map[rune]string {
	m := map[rune]string{}
	for base, accented := range map[string]string{
		"a": "àáâãäåāăą", "c": "çćĉċč", "d": "ďđ", "e": "èéêëēĕėęě",
		"g": "ĝğġģ", "h": "ĥħ", "i": "ìíîïĩīĭįı", "j": "ĵ", "k": "ķ",
		"l": "ĺļľŀł", "n": "ñńņňŉ", "o": "òóôõöøōŏő", "r": "ŕŗř",
		"s": "śŝşšș", "t": "ţťŧț", "u": "ùúûüũūŭůűų", "w": "ŵ",
		"y": "ýÿŷ", "z": "źżž",
	} {
		for _, r := range accented {
			m[r] = base
		}
	}
	m['œ'], m['æ'], m['ß'] = "oe", "ae", "ss"
	return m
}()

// fsFold lower-cases s, removes accents, turns every run of characters
// other than letters and digits into one space and trims it:
// "Jean-Luc  d’Ormesson" -> "jean luc d ormesson".
func fsFold(s string) string {
	var b strings.Builder
	space := true
	for _, r := range strings.ToLower(s) {
		if rep, ok := fsFoldTable[r]; ok {
			b.WriteString(rep)
			space = false
			continue
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
			space = false
			continue
		}
		if !space {
			b.WriteByte(' ')
			space = true
		}
	}
	return strings.TrimSuffix(b.String(), " ")
}

// SpeakerMatches reports whether a predicted speaker names the gold one:
// after folding (lower case, no accents, punctuation as spaces) the two
// are equal, or their last words are equal ("M. Zelensky" names "Volodymyr
// Zelensky", "Xi" does not name "Xi Jinping"). An empty gold speaker
// (unnamed) is matched only by an empty prediction.
func SpeakerMatches(pred, gold string) bool {
	p, g := fsFold(pred), fsFold(gold)
	if p == "" || g == "" {
		return p == g
	}
	if p == g {
		return true
	}
	return p[strings.LastIndexByte(p, ' ')+1:] == g[strings.LastIndexByte(g, ' ')+1:]
}

// FactPRF holds matched, predicted and gold counts with precision, recall
// and F1 (0 when undefined).
type FactPRF struct {
	TP, Pred, Gold        int
	Precision, Recall, F1 float64
}

func (c *FactPRF) add(o FactPRF) {
	c.TP += o.TP
	c.Pred += o.Pred
	c.Gold += o.Gold
}

func (c *FactPRF) finish() {
	c.Precision = fsRatio(c.TP, c.Pred)
	c.Recall = fsRatio(c.TP, c.Gold)
	if c.Precision+c.Recall > 0 {
		c.F1 = 2 * c.Precision * c.Recall / (c.Precision + c.Recall)
	} else {
		c.F1 = 0
	}
}

func (c FactPRF) String() string {
	return fmt.Sprintf("P %.3f R %.3f F1 %.3f (TP %d pred %d gold %d)", c.Precision, c.Recall, c.F1, c.TP, c.Pred, c.Gold)
}

// FactMention is a gold or predicted mention that found no exact match,
// for inspection.
type FactMention struct {
	Doc        string
	Start, End int
	Text, Kind string
}

// EntityScore measures predicted entity mentions against the gold ones.
type EntityScore struct {
	Docs int
	// Exact counts a prediction correct when its span and kind both equal
	// a gold mention's.
	Exact FactPRF
	// Relaxed counts a prediction correct when it overlaps a gold mention
	// of the same kind (each gold mention matched at most once).
	Relaxed FactPRF
	// Untyped is Exact without the kind: the span alone must be right.
	Untyped FactPRF
	// ExactByKind and RelaxedByKind split the figures by kind (predicted
	// kinds outside FactKinds appear as their own key).
	ExactByKind, RelaxedByKind map[string]FactPRF
	// Missed are gold mentions and Spurious predicted mentions without an
	// exact match.
	Missed, Spurious []FactMention
}

// ScoreEntities scores pred[i], the mentions predicted for docs[i],
// against the gold mentions. Missing pred entries count as no prediction;
// extra ones are ignored; predicted spans are clamped to the text.
func ScoreEntities(docs []FactSetDoc, pred [][]PredEntity) EntityScore {
	s := EntityScore{Docs: len(docs), ExactByKind: map[string]FactPRF{}, RelaxedByKind: map[string]FactPRF{}}
	for i, d := range docs {
		var ps []PredEntity
		if i < len(pred) {
			ps = pred[i]
		}
		n := utf8.RuneCountInString(d.Text)
		runes := []rune(d.Text)
		golds := make([]fsItem, len(d.Entities))
		for j, g := range d.Entities {
			golds[j] = fsItem{g.Start, g.End, g.Kind}
		}
		preds := make([]fsItem, 0, len(ps))
		for _, p := range ps {
			a, b := fsClamp(p.Start, p.End, n)
			preds = append(preds, fsItem{a, b, p.Kind})
		}
		for _, k := range fsKindsOf(golds, preds) {
			g, p := fsOfKind(golds, k), fsOfKind(preds, k)
			ex := FactPRF{Pred: len(p), Gold: len(g)}
			rx := ex
			exPairs := fsMatch(g, p, fsExact)
			ex.TP = len(exPairs)
			rx.TP = len(fsMatch(g, p, fsOverlap))
			e, r := s.ExactByKind[k], s.RelaxedByKind[k]
			e.add(ex)
			r.add(rx)
			s.ExactByKind[k], s.RelaxedByKind[k] = e, r
			s.Exact.add(ex)
			s.Relaxed.add(rx)
			gm, pm := map[int]bool{}, map[int]bool{}
			for _, pr := range exPairs {
				gm[pr[0]], pm[pr[1]] = true, true
			}
			for j, it := range g {
				if !gm[j] {
					s.Missed = append(s.Missed, FactMention{d.Name, it.start, it.end, string(runes[it.start:it.end]), k})
				}
			}
			for j, it := range p {
				if !pm[j] {
					s.Spurious = append(s.Spurious, FactMention{d.Name, it.start, it.end, string(runes[it.start:it.end]), k})
				}
			}
		}
		s.Untyped.add(FactPRF{TP: len(fsMatch(golds, preds, fsExact)), Pred: len(preds), Gold: len(golds)})
	}
	s.Exact.finish()
	s.Relaxed.finish()
	s.Untyped.finish()
	for k, v := range s.ExactByKind {
		v.finish()
		s.ExactByKind[k] = v
	}
	for k, v := range s.RelaxedByKind {
		v.finish()
		s.RelaxedByKind[k] = v
	}
	return s
}

// String formats the score for a terminal.
func (s EntityScore) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "entities: %d docs\n", s.Docs)
	fmt.Fprintf(&b, "  %-14s exact   %s\n", "all", s.Exact)
	fmt.Fprintf(&b, "  %-14s relaxed %s\n", "all", s.Relaxed)
	fmt.Fprintf(&b, "  %-14s exact   %s\n", "span only", s.Untyped)
	for _, k := range fsSortedKinds(s.ExactByKind) {
		fmt.Fprintf(&b, "  %-14s exact   %s\n", k, s.ExactByKind[k])
		fmt.Fprintf(&b, "  %-14s relaxed %s\n", k, s.RelaxedByKind[k])
	}
	return b.String()
}

// QuoteScore measures predicted quotes against the gold ones.
type QuoteScore struct {
	Docs int
	// Span counts a prediction correct when it overlaps a gold quote (or
	// one of its repeats) on at least half of that gold span; each gold
	// quote is matched at most once, so a pull quote reported twice costs
	// one false positive.
	Span FactPRF
	// Exact counts a prediction correct when, once spaces and quote marks
	// at its ends are trimmed, it equals a gold quote span (or a repeat).
	Exact FactPRF
	// SpeakerCorrect of SpeakerTotal quotes matched under Span, with a
	// named gold speaker, have a predicted speaker that SpeakerMatches.
	SpeakerCorrect, SpeakerTotal int
	// SpeakerAccuracy is SpeakerCorrect / SpeakerTotal (0 when none).
	SpeakerAccuracy float64
	// Unnamed counts matched gold quotes whose speaker is not named, left
	// out of the speaker accuracy.
	Unnamed int
	// WrongSpeakers lists matched quotes with a wrong speaker.
	WrongSpeakers []FactWrongSpeaker
}

// FactWrongSpeaker is a matched quote whose predicted speaker is wrong.
type FactWrongSpeaker struct {
	Doc, Quote, Gold, Pred string
}

// ScoreQuotes scores pred[i], the quotes predicted for docs[i], against
// the gold quotes. Missing pred entries count as no prediction; extra ones
// are ignored; predicted spans are clamped to the text.
func ScoreQuotes(docs []FactSetDoc, pred [][]PredQuote) QuoteScore {
	s := QuoteScore{Docs: len(docs)}
	for i, d := range docs {
		var ps []PredQuote
		if i < len(pred) {
			ps = pred[i]
		}
		runes := []rune(d.Text)
		// Each gold quote is a group of spans: the quote and its repeats.
		groups := make([][]FactSpan, len(d.Quotes))
		for j, q := range d.Quotes {
			groups[j] = append([]FactSpan{{q.Start, q.End}}, q.Repeats...)
		}
		spans := make([]FactSpan, len(ps))
		trimmed := make([]FactSpan, len(ps))
		for j, p := range ps {
			a, b := fsClamp(p.Start, p.End, len(runes))
			spans[j] = FactSpan{a, b}
			trimmed[j] = fsTrimMarks(runes, a, b)
		}
		pairs := fsMatchGroups(groups, spans, func(g, p FactSpan) float64 {
			ov := min(g.End, p.End) - max(g.Start, p.Start)
			if g.End <= g.Start || 2*ov < g.End-g.Start {
				return 0
			}
			return float64(ov) / float64(max(g.End, p.End)-min(g.Start, p.Start))
		})
		exact := fsMatchGroups(groups, trimmed, func(g, p FactSpan) float64 {
			if g == p {
				return 1
			}
			return 0
		})
		s.Span.add(FactPRF{TP: len(pairs), Pred: len(ps), Gold: len(d.Quotes)})
		s.Exact.add(FactPRF{TP: len(exact), Pred: len(ps), Gold: len(d.Quotes)})
		for _, pr := range pairs {
			q, p := d.Quotes[pr[0]], ps[pr[1]]
			if q.Speaker == "" {
				s.Unnamed++
				continue
			}
			s.SpeakerTotal++
			if SpeakerMatches(p.Speaker, q.Speaker) {
				s.SpeakerCorrect++
			} else {
				s.WrongSpeakers = append(s.WrongSpeakers, FactWrongSpeaker{d.Name, q.Text, q.Speaker, p.Speaker})
			}
		}
	}
	s.Span.finish()
	s.Exact.finish()
	s.SpeakerAccuracy = fsRatio(s.SpeakerCorrect, s.SpeakerTotal)
	return s
}

// String formats the score for a terminal.
func (s QuoteScore) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "quotes: %d docs\n", s.Docs)
	fmt.Fprintf(&b, "  span (>=50%% of gold) %s\n", s.Span)
	fmt.Fprintf(&b, "  exact span           %s\n", s.Exact)
	fmt.Fprintf(&b, "  speaker accuracy     %.3f (%d/%d matched quotes with a named speaker; %d unnamed)\n",
		s.SpeakerAccuracy, s.SpeakerCorrect, s.SpeakerTotal, s.Unnamed)
	return b.String()
}

// fsItem is a span with a kind, for matching.
type fsItem struct {
	start, end int
	kind       string
}

func fsExact(g, p fsItem) float64 {
	if g.start == p.start && g.end == p.end {
		return 1
	}
	return 0
}

// fsOverlap scores overlapping spans by their Jaccard ratio, 0 if disjoint.
func fsOverlap(g, p fsItem) float64 {
	ov := min(g.end, p.end) - max(g.start, p.start)
	if ov <= 0 {
		return 0
	}
	return float64(ov) / float64(max(g.end, p.end)-min(g.start, p.start))
}

// fsMatch pairs gold and predicted items one to one, best score first,
// keeping pairs with a positive score; it returns [gold, pred] indexes.
func fsMatch(golds, preds []fsItem, score func(g, p fsItem) float64) [][2]int {
	groups := make([][]FactSpan, len(golds))
	for i, g := range golds {
		groups[i] = []FactSpan{{g.start, g.end}}
	}
	spans := make([]FactSpan, len(preds))
	for i, p := range preds {
		spans[i] = FactSpan{p.start, p.end}
	}
	return fsMatchGroups(groups, spans, func(g, p FactSpan) float64 {
		return score(fsItem{g.Start, g.End, ""}, fsItem{p.Start, p.End, ""})
	})
}

// fsMatchGroups pairs gold groups (a gold item with its alternative spans)
// with predicted spans one to one: candidate pairs are taken greedily by
// decreasing score (ties by gold then prediction order), a pair's score
// being the best over the group's spans.
func fsMatchGroups(groups [][]FactSpan, preds []FactSpan, score func(g, p FactSpan) float64) [][2]int {
	type cand struct {
		g, p int
		s    float64
	}
	var cands []cand
	for gi, grp := range groups {
		for pi, p := range preds {
			best := 0.0
			for _, g := range grp {
				best = max(best, score(g, p))
			}
			if best > 0 {
				cands = append(cands, cand{gi, pi, best})
			}
		}
	}
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].s > cands[j].s })
	usedG, usedP := map[int]bool{}, map[int]bool{}
	var pairs [][2]int
	for _, c := range cands {
		if usedG[c.g] || usedP[c.p] {
			continue
		}
		usedG[c.g], usedP[c.p] = true, true
		pairs = append(pairs, [2]int{c.g, c.p})
	}
	return pairs
}

// fsClamp orders and clamps a span to [0, n].
func fsClamp(a, b, n int) (int, int) {
	a, b = max(0, min(a, n)), max(0, min(b, n))
	if b < a {
		a, b = b, a
	}
	return a, b
}

// fsTrimMarks narrows a span past spaces and quote marks at its ends.
func fsTrimMarks(runes []rune, a, b int) FactSpan {
	strip := func(r rune) bool {
		switch r {
		case '«', '»', '“', '”', '„', '"', '‹', '›':
			return true
		}
		return unicode.IsSpace(r)
	}
	for a < b && strip(runes[a]) {
		a++
	}
	for b > a && strip(runes[b-1]) {
		b--
	}
	return FactSpan{a, b}
}

// fsKindsOf returns the kinds present in either list: FactKinds first,
// then any other predicted kind in sorted order.
func fsKindsOf(golds, preds []fsItem) []string {
	seen := map[string]bool{}
	for _, it := range golds {
		seen[it.kind] = true
	}
	for _, it := range preds {
		seen[it.kind] = true
	}
	return fsSortedKinds(seen)
}

// fsSortedKinds orders the keys of m: FactKinds first, then the rest.
func fsSortedKinds[V any](m map[string]V) []string {
	var out, extra []string
	known := map[string]bool{}
	for _, k := range FactKinds {
		known[k] = true
		if _, ok := m[k]; ok {
			out = append(out, k)
		}
	}
	for k := range m {
		if !known[k] {
			extra = append(extra, k)
		}
	}
	sort.Strings(extra)
	return append(out, extra...)
}

func fsOfKind(items []fsItem, kind string) []fsItem {
	var out []fsItem
	for _, it := range items {
		if it.kind == kind {
			out = append(out, it)
		}
	}
	return out
}

// fsRatio is num/den, 0 when den is 0.
func fsRatio(num, den int) float64 {
	if den == 0 {
		return 0
	}
	return float64(num) / float64(den)
}
