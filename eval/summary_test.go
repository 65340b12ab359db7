package eval

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/recoupe/recoupe/rouge"
	"github.com/recoupe/recoupe/summary"
)

func TestSmSplitDoc(t *testing.T) {
	head, paras := smSplitDoc("\ufeffLe titre\n\nPremier paragraphe.\n  \nSecond paragraphe.\n")
	if head != "Le titre" || len(paras) != 2 || paras[0] != "Premier paragraphe." || paras[1] != "Second paragraphe." {
		t.Errorf("smSplitDoc = %q, %q", head, paras)
	}
}

func smArticle(id string, sents ...string) []summary.Sentence {
	return summary.ArticleSentences(id, time.Time{}, sents)
}

func TestSmBaselines(t *testing.T) {
	cl := smCluster{articles: [][]summary.Sentence{
		smArticle("off", "Le prix du café a baissé sur les marchés mondiaux.", "Les courtiers restent prudents."),
		smArticle("central", "Les otages ont été libérés par l'armée colombienne mercredi.", "Ingrid Betancourt a retrouvé ses enfants à Bogota.", "La France a salué la libération des otages."),
		smArticle("side", "Ingrid Betancourt a remercié l'armée colombienne.", "Les otages libérés sont en bonne santé."),
	}}
	lead := smLead(cl, 12)
	if !strings.HasPrefix(lead, "Les otages ont été libérés") {
		t.Errorf("lead baseline = %q, want the central article's first sentences", lead)
	}
	if n := rouge.WordCount(lead); n < 12 || n > 12+8 {
		t.Errorf("lead baseline has %d words, want the first sentences reaching 12", n)
	}
	all := cl.sentences()
	a, b := smRandom(all, 10, 1), smRandom(all, 10, 1)
	if a != b || a == "" {
		t.Errorf("random baseline not reproducible: %q vs %q", a, b)
	}
	if smFill(all, 0) != "" {
		t.Errorf("smFill with no budget must be empty")
	}
}

// smWriteCorpus writes a tiny RPM2-shaped corpus: one topic, two clusters
// of two articles, two references each (references optional).
func smWriteCorpus(t *testing.T, withRefs bool) string {
	t.Helper()
	dir := t.TempDir()
	for _, d := range []string{"documents", "references"} {
		if err := os.MkdirAll(filepath.Join(dir, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	write := func(rel, text string) {
		if err := os.WriteFile(filepath.Join(dir, rel), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("documents/T01_C1_01.txt", "\ufeffLibération des otages\nL'armée colombienne a libéré quinze otages des Farc mercredi lors d'une opération militaire.\nIngrid Betancourt a retrouvé ses enfants jeudi à Bogota après six ans de captivité.\n")
	write("documents/T01_C1_02.txt", "Betancourt libre\nIngrid Betancourt et quatorze otages ont été libérés mercredi par l'armée colombienne.\nLa France a salué l'opération militaire menée sans un coup de feu par la Colombie.\n")
	write("documents/T01_C2_01.txt", "Betancourt à Rome\nIngrid Betancourt sera reçue par le pape Benoît XVI le 1er septembre à Castel Gandolfo.\nL'ex-otage a passé des vacances aux Seychelles avec ses enfants après sa libération.\n")
	write("documents/T01_C2_02.txt", "Vidéo de l'opération\nLa télévision colombienne a diffusé une vidéo de l'opération militaire qui a libéré les otages.\nIngrid Betancourt rencontrera le pape Benoît XVI lors de son séjour en Italie en septembre.\n")
	if withRefs {
		write("references/T01_C1_A1.txt", "L'armée colombienne a libéré Ingrid Betancourt et quatorze otages des Farc.")
		write("references/T01_C1_A2.txt", "\ufeffIngrid Betancourt, libérée mercredi, a retrouvé ses enfants à Bogota.")
		write("references/T01_C2_A1.txt", "Ingrid Betancourt rencontrera le pape Benoît XVI en septembre.")
		write("references/T01_C2_A2.txt", "Une vidéo de l'opération a été diffusée ; l'ex-otage ira voir le pape.")
	}
	return dir
}

func TestRPM2SummariesSmall(t *testing.T) {
	dir := smWriteCorpus(t, true)
	sc, err := RPM2SummariesWith(dir, SummaryOptions{Words: 30, Seeds: 2, OTS: "-"})
	if err != nil {
		t.Fatal(err)
	}
	if sc.Topics != 1 || sc.OTSNote == "" {
		t.Errorf("Topics = %d, OTSNote = %q", sc.Topics, sc.OTSNote)
	}
	for _, key := range [][2]string{{"C1", "recoupe"}, {"C1", "lead"}, {"C1", "random"}, {"C2", "recoupe"}, {"C2", "recoupe-update"}, {"C2", "lead"}, {"C2", "random"}} {
		r, ok := sc.Row(key[0], key[1])
		if !ok {
			t.Errorf("no row %v", key)
			continue
		}
		if r.Sets != 1 || r.R1.Recall <= 0 || r.R1.Recall > 1 || r.Words <= 0 {
			t.Errorf("row %v = %+v", key, r)
		}
	}
	if _, ok := sc.Row("C1", "recoupe-update"); ok {
		t.Errorf("recoupe-update runs on C2 only")
	}
	if _, ok := sc.Row("C1", "ots"); ok {
		t.Errorf("ots row although ots was skipped")
	}

	if _, err := RPM2Summaries(smWriteCorpus(t, false)); err == nil || !strings.Contains(err.Error(), "references") {
		t.Errorf("missing references: err = %v", err)
	}
	if _, err := RPM2Summaries(t.TempDir()); err == nil {
		t.Errorf("empty directory: no error")
	}
}

// TestSummaryFloor checks the targets on the shared RPM2 corpus: recoupe's
// ROUGE-2 recall at least 10 % above every baseline (lead, random, and ots
// when installed) on C1 and on C2 (plain and update mode), and the update
// summaries of C2 above the plain ones.
func TestSummaryFloor(t *testing.T) {
	dir, err := SharedData("rpm2")
	if errors.Is(err, ErrNoShared) {
		t.Skipf("shared data absent: %v", err)
	}
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "documents")); err != nil {
		t.Skipf("RPM2 not found: %v", err)
	}
	sc, err := RPM2Summaries(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range sc.Rows {
		t.Logf("%s %-15s R-1 %.4f R-2 %.4f (F %.4f) R-SU4 %.4f", r.Task, r.System, r.R1.Recall, r.R2.Recall, r.R2.F1, r.SU4.Recall)
	}
	if sc.OTSNote != "" {
		t.Logf("ots not compared: %s", sc.OTSNote)
	}
	check := func(task, system string) {
		ours, ok := sc.Row(task, system)
		if !ok {
			t.Fatalf("no %s row on %s", system, task)
		}
		for _, base := range []string{"lead", "random", "ots"} {
			b, ok := sc.Row(task, base)
			if !ok {
				continue
			}
			if ours.R2.Recall < 1.10*b.R2.Recall {
				t.Errorf("%s %s ROUGE-2 recall %.4f < 1.10 x %s %.4f", task, system, ours.R2.Recall, base, b.R2.Recall)
			}
		}
	}
	check("C1", "recoupe")
	check("C2", "recoupe")
	check("C2", "recoupe-update")
	plain, _ := sc.Row("C2", "recoupe")
	upd, _ := sc.Row("C2", "recoupe-update")
	if upd.R2.Recall <= plain.R2.Recall {
		t.Errorf("C2 update summaries ROUGE-2 recall %.4f not above plain %.4f", upd.R2.Recall, plain.R2.Recall)
	}
}
