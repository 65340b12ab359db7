package eval

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// A small ISO-TimeML document written for the test: the DCT sits in the
// header, the body has three gold TIMEX3 (one inside other markup).
const tbSample = `<?xml version='1.0' encoding='UTF-8'?>
<TimeML>
<DOCID>test-1</DOCID>
<DCT><TIMEX3 functionInDocument="CREATION_TIME" tid="t0" type="DATE" value="2019-03-08" /></DCT>
<TEXT>
Le conseil s'est <EVENT eid="e1">réuni</EVENT> <TIMEX3 tid="t1" type="DATE" value="2019-03-07">hier</TIMEX3> à Épinal &amp; Nancy.
La séance a duré <TIMEX3 tid="t2" type="DURATION" value="PT3H">trois heures</TIMEX3>, jusqu'à <TIMEX3 tid="t3" type="TIME" value="2019-03-07T23:00">23 h</TIMEX3>.
</TEXT>
</TimeML>`

func TestTimebankLoad(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "test-1.tml")
	if err := os.WriteFile(path, []byte(tbSample), 0o644); err != nil {
		t.Fatal(err)
	}
	doc, err := tbLoad(path)
	if err != nil {
		t.Fatal(err)
	}
	if got := doc.dct.Format("2006-01-02"); got != "2019-03-08" {
		t.Errorf("dct = %s", got)
	}
	if len(doc.gold) != 3 {
		t.Fatalf("gold = %+v, want 3 body TIMEX3 (the header DCT is not scored)", doc.gold)
	}
	r := []rune(doc.text)
	for _, g := range doc.gold {
		if string(r[g.start:g.end]) != g.text {
			t.Errorf("gold %+v: runes at its offsets are %q", g, string(r[g.start:g.end]))
		}
	}
	want := []struct{ text, typ, value string }{
		{"hier", "DATE", "2019-03-07"}, {"trois heures", "DURATION", "PT3H"}, {"23 h", "TIME", "2019-03-07T23:00"},
	}
	for i, w := range want {
		g := doc.gold[i]
		if g.text != w.text || g.typ != w.typ || g.value != w.value {
			t.Errorf("gold[%d] = %+v, want %+v", i, g, w)
		}
	}

	sc, err := Timebank(dir)
	if err != nil {
		t.Fatal(err)
	}
	// timex finds the three; "23 h" is anchored to "hier".
	if sc.Strict.Gold != 3 || sc.Strict.Correct != 3 || sc.Value.Correct != 3 || sc.Strict.System != 3 {
		t.Errorf("score = %+v, errors %+v", sc, sc.Errors)
	}
	if sc.Strict.F1 != 1 || sc.PerType["TIME"].Value.F1 != 1 {
		t.Errorf("F1 strict %.3f, TIME value %.3f", sc.Strict.F1, sc.PerType["TIME"].Value.F1)
	}
}

func TestTimebankPRF(t *testing.T) {
	for _, c := range []struct {
		correct, system, gold int
		p, r, f               float64
	}{
		{0, 0, 0, 0, 0, 0},
		{3, 4, 6, 0.75, 0.5, 0.6},
		{5, 5, 5, 1, 1, 1},
	} {
		got := tbPRF(c.correct, c.system, c.gold)
		if got.P != c.p || got.R != c.r || got.F1 != c.f {
			t.Errorf("tbPRF(%d,%d,%d) = %+v, want %.2f %.2f %.2f", c.correct, c.system, c.gold, got, c.p, c.r, c.f)
		}
	}
}

// TestTimebankFloor guards the figures reached on the French TimeBank
// (strict span F1 0.932, value F1 0.901 when written) against regressions.
func TestTimebankFloor(t *testing.T) {
	dir, err := SharedData("fr-timebank")
	if errors.Is(err, ErrNoShared) {
		t.Skipf("French TimeBank not available: %v", err)
	}
	if err != nil {
		t.Fatal(err)
	}
	sc, err := Timebank(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("strict P/R/F1 %.3f/%.3f/%.3f, relaxed F1 %.3f, value P/R/F1 %.3f/%.3f/%.3f",
		sc.Strict.P, sc.Strict.R, sc.Strict.F1, sc.Relaxed.F1, sc.Value.P, sc.Value.R, sc.Value.F1)
	const strictFloor, valueFloor = 0.922, 0.891
	if sc.Strict.F1 < strictFloor {
		t.Errorf("strict span F1 %.3f < %.3f", sc.Strict.F1, strictFloor)
	}
	if sc.Value.F1 < valueFloor {
		t.Errorf("value F1 %.3f < %.3f", sc.Value.F1, valueFloor)
	}
	if sc.Docs != 108 {
		t.Errorf("%d documents, want 108", sc.Docs)
	}
}
