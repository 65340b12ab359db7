package copies

import (
	"slices"
	"testing"
)

// TestSameFiguresByMeasure checks that figures shared by value are kept
// only when the two articles do not say they count different things.
func TestSameFiguresByMeasure(t *testing.T) {
	d := New(DefaultOptions())
	d.Add(Doc{ID: "a", Text: "Premier texte de la dépêche sur le barrage.", Facts: Facts{
		Figures: []string{"300||sauveteur", "12||morts", "30||personne", "450||évacués"},
	}})
	d.read(Doc{ID: "b", Text: "Second texte, un autre reportage sur le barrage.", Facts: Facts{
		Figures: []string{"300||évacués", "12||morts", "30||disparus", "450||personne"},
	}})
	var got []string
	for _, it := range d.sameFigures(0, d.shared(0, secFigure, nil)) {
		got = append(got, it.text)
	}
	slices.Sort(got)
	// 300 counts rescuers in one and evacuees in the other: not the same
	// figure; 30 and 450 are named on one side only: they may be.
	want := []string{"12 (morts)", "30 (disparus)", "450 (personne)"}
	if !slices.Equal(got, want) {
		t.Errorf("shared figures %q, want %q", got, want)
	}
}
