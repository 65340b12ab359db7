package eval

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/recoupe/recoupe/report"
)

// ccWriteSet writes a claim set of two story files to a new directory.
func ccWriteSet(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for _, f := range []string{"01-a.jsonl", "02-b.jsonl"} {
		if err := os.WriteFile(filepath.Join(dir, f), []byte(`{"title":"t","text":"x"}`+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	gold := "01-a.jsonl\tmorts\tevolving\t12;19\n" +
		"01-a.jsonl\tarrestations\tconflict\t4000;>5000\n" +
		"02-b.jsonl\tsoldats\tagree\t1850;~2000\n"
	if err := os.WriteFile(filepath.Join(dir, "gold.tsv"), []byte(gold), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// ccReport is a report of one story read from path with the given claims.
func ccReport(path string, claims ...report.Claim) *report.Report {
	return &report.Report{
		Articles: []report.Article{{ID: "a1", File: path + "#1"}, {ID: "a2", File: path + "#2"}},
		Stories:  []report.Story{{ID: "s1", Articles: []string{"a1", "a2"}, Claims: claims}},
	}
}

func TestClaims(t *testing.T) {
	dir := ccWriteSet(t)
	analyze := func(path string) (*report.Report, error) {
		switch filepath.Base(path) {
		case "01-a.jsonl":
			return ccReport(path,
				report.Claim{Measure: "morts", Status: "evolving", Values: []report.Value{{Value: 12}, {Value: 19}}},
				report.Claim{Measure: "personnes arrêtées", Status: "agree", Values: []report.Value{{Value: 4000}}},
			), nil
		default:
			return ccReport(path,
				report.Claim{Measure: "militaires", Status: "agree", Values: []report.Value{{Value: 1850}, {Value: 2000}}},
			), nil
		}
	}
	s, err := Claims(dir, analyze)
	if err != nil {
		t.Fatal(err)
	}
	if s.Measures != 3 || s.Found != 3 || s.Correct != 2 {
		t.Errorf("measures %d found %d correct %d, want 3 3 2", s.Measures, s.Found, s.Correct)
	}
	if s.GoldValues != 6 || s.FoundValues != 5 {
		t.Errorf("values %d/%d, want 5/6", s.FoundValues, s.GoldValues)
	}
	if c, n := CompleteStatus(s); c != 2 || n != 2 {
		t.Errorf("CompleteStatus = %d/%d, want 2/2 (arrests lack a value)", c, n)
	}
}

func TestClaimsErrors(t *testing.T) {
	dir := ccWriteSet(t)
	boom := errors.New("boom")
	if _, err := Claims(dir, func(string) (*report.Report, error) { return nil, boom }); !errors.Is(err, boom) {
		t.Errorf("analyze error not returned: %v", err)
	}
	if _, err := Claims(dir, func(string) (*report.Report, error) { return nil, nil }); err == nil {
		t.Error("a nil report must be an error")
	}
	if _, err := Claims(t.TempDir(), func(string) (*report.Report, error) { return &report.Report{}, nil }); err == nil {
		t.Error("an empty directory must be an error")
	}
}

func TestClaimsOtherFileNames(t *testing.T) {
	// A report whose articles name another file still counts for the
	// story file analysed.
	dir := ccWriteSet(t)
	s, err := Claims(dir, func(path string) (*report.Report, error) {
		return ccReport("/elsewhere/renamed.jsonl",
			report.Claim{Measure: "morts", Status: "evolving", Values: []report.Value{{Value: 12}}},
		), nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if s.Files[0].Found != 1 || s.Files[0].Correct != 1 {
		t.Errorf("file 01: found %d correct %d, want 1 1", s.Files[0].Found, s.Files[0].Correct)
	}
}

// TestClaimSetFloor runs the pipeline on the committed claim set and
// keeps its status accuracy from falling: 0.969 (95/98) was reached with
// `recoupe eval claims`; the floor is that figure minus 0.02.
func TestClaimSetFloor(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline on the claim set")
	}
	s, err := Claims(filepath.Join("..", ClaimSetDir), AnalyzeClaimStory)
	if err != nil {
		t.Fatal(err)
	}
	b, bn, a, an := ClaimSplit(s, "25")
	t.Logf("status accuracy %.3f (%d/%d); files before 25: %d/%d, from 25: %d/%d",
		s.StatusAccuracy(), s.Correct, s.Measures, b, bn, a, an)
	if got, floor := s.StatusAccuracy(), 0.949; got < floor {
		t.Errorf("status accuracy %.3f, below the floor %.3f:\n%s", got, floor, s)
	}
}

func TestClaimSplit(t *testing.T) {
	s := ClaimScore{Files: []ClaimFileScore{
		{File: "01-a.jsonl", Measures: 3, Correct: 2},
		{File: "24-b.jsonl", Measures: 2, Correct: 2},
		{File: "25-c.jsonl", Measures: 4, Correct: 1},
	}}
	b, bn, a, an := ClaimSplit(s, "25")
	if b != 4 || bn != 5 || a != 1 || an != 4 {
		t.Errorf("ClaimSplit = %d/%d, %d/%d; want 4/5, 1/4", b, bn, a, an)
	}
}
