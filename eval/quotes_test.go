package eval

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/recoupe/recoupe/entity"
)

// qtFixture is a small fact-set article in the markup of testdata/facts:
// a quote with its speaker after it, one with a pronoun, a partial quote,
// and a pull quote repeated in a box.
const qtFixture = `#id: qt-fixture
#lang: fr
#published: 2024-03-05

Le porte-parole du gouvernement, [[Prisca Thévenot|PER]], s'est exprimée mardi.
« {{Nous ne reculerons pas|Prisca Thévenot}} », a-t-elle déclaré à la presse.
Le syndicaliste [[Laurent Berger|PER]] a dénoncé une « {{provocation|Laurent Berger}} ».
« {{=Nous ne reculerons pas}} »
`

func TestQuotesFixture(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "qt.txt"), []byte(qtFixture), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name  string
		score func(string) (QuoteScore, error)
	}{
		{"entities", Quotes},
		{"fallback", QuotesNoEntities},
	} {
		t.Run(tt.name, func(t *testing.T) {
			sc, err := tt.score(dir)
			if err != nil {
				t.Fatal(err)
			}
			// Two quotes, the box merged into the first: no false positive.
			if sc.Span.Gold != 2 || sc.Span.TP != 2 || sc.Span.Pred != 2 {
				t.Errorf("span %v, want 2 of 2 found and 2 predicted", sc.Span)
			}
			if sc.Exact.TP != 2 {
				t.Errorf("exact %v, want 2", sc.Exact)
			}
			if sc.SpeakerCorrect != 2 {
				t.Errorf("speakers %d/%d right, want 2: %+v", sc.SpeakerCorrect, sc.SpeakerTotal, sc.WrongSpeakers)
			}
		})
	}
}

func TestQuotesErrors(t *testing.T) {
	if _, err := Quotes(filepath.Join(t.TempDir(), "missing")); err == nil {
		t.Error("Quotes on a missing directory: no error")
	}
}

func TestQuoteMentions(t *testing.T) {
	text := "Le porte-parole du Kremlin, Dmitri Peskov, a parlé."
	ents := entity.Find(text, "fr")
	got := QuoteMentions(ents)
	if got == nil || len(got) != len(ents) {
		t.Fatalf("QuoteMentions gave %d mentions for %d", len(got), len(ents))
	}
	for i, m := range got {
		e := ents[i]
		if m.Start != e.Start || m.End != e.End || m.Text != e.Text || m.Kind != e.Kind || m.Canonical != e.Canonical || m.Role != e.Role {
			t.Errorf("mention %d = %+v, from %+v", i, m, e)
		}
	}
	if QuoteMentions(nil) == nil {
		t.Error("QuoteMentions(nil) is nil: quote.Find would fall back to its own names")
	}
}

// TestQuotesFactSet prints the figures on the committed fact set.
func TestQuotesFactSet(t *testing.T) {
	dir := filepath.Join("..", "testdata", "facts")
	if _, err := os.Stat(dir); err != nil {
		t.Skip("no fact set at testdata/facts")
	}
	sc, err := Quotes(dir)
	if err != nil {
		t.Fatal(err)
	}
	if sc.Docs == 0 || sc.Span.Gold == 0 {
		t.Fatalf("fact set read as %d docs, %d gold quotes", sc.Docs, sc.Span.Gold)
	}
	t.Log("\n" + sc.String())
}
