package eval

import (
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/recoupe/recoupe/article"
)

func TestCsParse(t *testing.T) {
	good := "#outlet: Le Quotidien\n#lang: fr\n#note: test\n\n" +
		"D:navigation\tAccueil > Monde\n" +
		"T\tUn titre\n" +
		"K\t  Un paragraphe. \r\n" +
		"\n" +
		"D:share\tPartager\n"
	f, err := csParse("a.txt", []byte("\ufeff"+good))
	if err != nil {
		t.Fatalf("valid file: %v", err)
	}
	if f.Name != "a.txt" || f.Outlet != "Le Quotidien" || f.Lang != "fr" {
		t.Errorf("header: got name %q outlet %q lang %q", f.Name, f.Outlet, f.Lang)
	}
	wantLines := []string{"Accueil > Monde", "Un titre", "  Un paragraphe. ", "Partager"}
	wantLabels := []CleanLabel{{Reason: "navigation"}, {Headline: true}, {Keep: true}, {Reason: "share"}}
	if strings.Join(f.Lines, "|") != strings.Join(wantLines, "|") {
		t.Errorf("lines: got %q, want %q", f.Lines, wantLines)
	}
	if len(f.Labels) != len(wantLabels) {
		t.Fatalf("labels: got %d, want %d", len(f.Labels), len(wantLabels))
	}
	for i := range wantLabels {
		if f.Labels[i] != wantLabels[i] {
			t.Errorf("label %d: got %+v, want %+v", i, f.Labels[i], wantLabels[i])
		}
	}
	if h := f.Headline(); h != 1 {
		t.Errorf("Headline() = %d, want 1", h)
	}

	bad := []struct {
		name, in, want string
	}{
		{"no tab", "K\tok\nK une ligne sans tabulation\n", "line 2: no tab"},
		{"bad label", "X\tquoi\n", "line 1: bad label \"X\""},
		{"unknown reason", "#lang: fr\nD:pub\tPUBLICITÉ\n", "line 2: unknown drop reason \"pub\""},
		{"empty reason", "D:\tPUBLICITÉ\n", "line 1: unknown drop reason \"\""},
		{"two headlines", "T\tun\nK\tdeux\nT\ttrois\n", "line 3: second headline"},
		{"empty text", "K\tok\nK\t   \n", "line 2: label \"K\" has no text"},
		{"unknown header", "#langue: fr\nK\tok\n", "line 1: unknown header \"langue\""},
		{"header without colon", "#lang fr\nK\tok\n", "line 1: header"},
		{"header after body", "K\tok\n#lang: fr\n", "line 2: no tab"},
		{"not utf-8", "K\t\xff\xfe\n", "not valid UTF-8"},
		{"no lines", "#lang: fr\n\n", "no labelled lines"},
		{"lowercase label", "k\tok\n", "line 1: bad label"},
	}
	for _, tc := range bad {
		t.Run(tc.name, func(t *testing.T) {
			_, err := csParse("x.txt", []byte(tc.in))
			if err == nil {
				t.Fatalf("want error containing %q, got none", tc.want)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %q does not contain %q", err, tc.want)
			}
		})
	}
}

func TestLoadCleanSet(t *testing.T) {
	dir := t.TempDir()
	write := func(name, s string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, name), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("b.txt", "#lang: en\nT\tTitle\nK\tBody.\n")
	write("a.txt", "#outlet: X\nK\tCorps.\nD:copyright\t© X\n")
	write("README.md", "not a set file\n")
	if err := os.Mkdir(filepath.Join(dir, "sub.txt"), 0o755); err != nil {
		t.Fatal(err)
	}
	files, err := LoadCleanSet(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != 2 || files[0].Name != "a.txt" || files[1].Name != "b.txt" {
		t.Fatalf("got %d files %v, want a.txt and b.txt in order", len(files), csNames(files))
	}
	if files[0].Outlet != "X" || files[0].Lang != "" || files[1].Lang != "en" {
		t.Errorf("headers: %+v / %+v", files[0], files[1])
	}
	if got := files[1].Text(); got != "Title\nBody.\n" {
		t.Errorf("Text() = %q", got)
	}
	d := files[1].Doc()
	if d.Format != "text" || d.File != "b.txt" || len(d.Lines) != 2 || d.Title != "" {
		t.Errorf("Doc() = %+v", d)
	}
	d.Lines[0] = "changed"
	if files[1].Lines[0] != "Title" {
		t.Error("Doc() shares its Lines with the set file")
	}

	write("c.txt", "K\tok\nD:spam\tbuy now\n")
	_, err = LoadCleanSet(dir)
	if err == nil || !strings.Contains(err.Error(), "c.txt") || !strings.Contains(err.Error(), "line 2") {
		t.Errorf("malformed file: got error %v, want one naming c.txt and line 2", err)
	}

	if _, err := LoadCleanSet(t.TempDir()); err == nil || !strings.Contains(err.Error(), "no .txt files") {
		t.Errorf("empty dir: got %v", err)
	}
	if _, err := LoadCleanSet(filepath.Join(dir, "missing")); err == nil {
		t.Error("missing dir: got no error")
	}
}

func csNames(files []CleanSetFile) []string {
	var out []string
	for _, f := range files {
		out = append(out, f.Name)
	}
	return out
}

func TestCsWordCount(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"", 0},
		{"   ", 0},
		{"Partager", 1},
		{"Abonnez-vous maintenant", 3},
		{"Le bilan est de 12 morts.", 6},
		{"l'État a dit « non » !", 5},
		{"© 2019 AFP", 2},
		{"5,40 m", 3},
		{"snake_case word", 2},
		{"Ελλάδα και Κύπρος", 3},
	}
	for _, tc := range tests {
		if got := csWordCount(tc.in); got != tc.want {
			t.Errorf("csWordCount(%q) = %d, want %d", tc.in, got, tc.want)
		}
	}
}

func TestKeptLines(t *testing.T) {
	c := article.Cleaned{Headline: 0, KeptLines: []int{1, 3, 7, -1}}
	got := KeptLines(5, c)
	want := []bool{false, true, false, true, false}
	if len(got) != len(want) {
		t.Fatalf("len %d, want %d", len(got), len(want))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("kept[%d] = %v, want %v", i, got[i], want[i])
		}
	}
}

func csApprox(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

// csSmallSet is the hand-checked set of TestScoreCleanSet.
func csSmallSet() []CleanSetFile {
	return []CleanSetFile{
		{
			Name: "a", Lang: "fr",
			Lines: []string{
				"Titre du jour",             // T
				"Un deux trois.",            // K, 3 words
				"Partager",                  // D:share, 1 word
				"Le bilan est de 12 morts.", // K, 6 words
				"Abonnez-vous maintenant",   // D:subscription, 3 words
			},
			Labels: []CleanLabel{
				{Headline: true}, {Keep: true}, {Reason: "share"}, {Keep: true}, {Reason: "subscription"},
			},
		},
		{
			Name: "b", Lang: "en",
			Lines:  []string{"A.", "x y"},
			Labels: []CleanLabel{{Keep: true}, {Reason: "footer"}},
		},
	}
}

func TestScoreCleanSet(t *testing.T) {
	files := csSmallSet()
	kept := [][]bool{
		// headline kept (ignored), K kept, share kept, K dropped, subscription dropped
		{true, true, true, false, false},
		// K dropped, footer kept
		{false, true},
	}
	s := ScoreCleanSet(files, kept)

	// By hand. File a, lines: TP 1, FP 1, FN 1, TN 1 -> P = R = F1 = 1/2.
	// Words: TP 3, FP 1, FN 6, TN 3 -> P 3/4, R 3/9, F1 = 2(3/4)(1/3)/(3/4+1/3) = 6/13.
	// File b, lines: TP 0, FP 1, FN 1 -> P 0, R 0, F1 0. Words: FP 2, FN 1.
	// Whole set, lines: TP 1, FP 2, FN 2, TN 1 -> P = R = F1 = 1/3.
	// Words: TP 3, FP 3, FN 7, TN 3 -> P 1/2, R 3/10, F1 = 2(.5)(.3)/.8 = 3/8.
	checks := []struct {
		what      string
		got, want float64
	}{
		{"lines P", s.Lines.Precision, 1.0 / 3},
		{"lines R", s.Lines.Recall, 1.0 / 3},
		{"lines F1", s.Lines.F1, 1.0 / 3},
		{"words P", s.Words.Precision, 0.5},
		{"words R", s.Words.Recall, 0.3},
		{"words F1", s.Words.F1, 3.0 / 8},
		{"macro F1", s.MacroF1, 0.25},
		{"a lines F1", s.PerFile[0].Lines.F1, 0.5},
		{"a words P", s.PerFile[0].Words.Precision, 0.75},
		{"a words R", s.PerFile[0].Words.Recall, 1.0 / 3},
		{"a words F1", s.PerFile[0].Words.F1, 6.0 / 13},
		{"b lines P", s.PerFile[1].Lines.Precision, 0},
		{"b lines F1", s.PerFile[1].Lines.F1, 0},
		{"fr F1", s.ByLang["fr"].F1, 0.5},
		{"en F1", s.ByLang["en"].F1, 0},
	}
	for _, c := range checks {
		if !csApprox(c.got, c.want) {
			t.Errorf("%s = %v, want %v", c.what, c.got, c.want)
		}
	}
	wantLines := CleanCounts{Keep: 3, Drop: 3, TP: 1, FP: 2, FN: 2, TN: 1}
	got := s.Lines
	got.Precision, got.Recall, got.F1 = 0, 0, 0
	if got != wantLines {
		t.Errorf("line counts = %+v, want %+v", got, wantLines)
	}
	wantWords := CleanCounts{Keep: 10, Drop: 6, TP: 3, FP: 3, FN: 7, TN: 3}
	got = s.Words
	got.Precision, got.Recall, got.F1 = 0, 0, 0
	if got != wantWords {
		t.Errorf("word counts = %+v, want %+v", got, wantWords)
	}
	wantReasons := map[string]CleanReasonScore{
		"share":        {Total: 1, Removed: 0, Recall: 0},
		"subscription": {Total: 1, Removed: 1, Recall: 1},
		"footer":       {Total: 1, Removed: 0, Recall: 0},
	}
	if len(s.Reasons) != len(wantReasons) {
		t.Errorf("reasons = %v, want %v", s.Reasons, wantReasons)
	}
	for k, w := range wantReasons {
		if s.Reasons[k] != w {
			t.Errorf("reason %s = %+v, want %+v", k, s.Reasons[k], w)
		}
	}
	if s.Files != 2 || len(s.PerFile) != 2 || len(s.Mismatched) != 0 {
		t.Errorf("files %d, per-file %d, mismatched %v", s.Files, len(s.PerFile), s.Mismatched)
	}
	if s.Shared.Total != 0 {
		t.Errorf("no outlet declared, yet shared = %+v", s.Shared)
	}
	if str := s.String(); !strings.Contains(str, "subscription") || !strings.Contains(str, "F1 0.333") {
		t.Errorf("String() misses figures:\n%s", str)
	}
}

func TestScoreCleanSetEdges(t *testing.T) {
	files := csSmallSet()

	t.Run("missing and short masks count as dropped", func(t *testing.T) {
		s := ScoreCleanSet(files, [][]bool{{true, true}})
		// a: line 1 kept (TP), lines 2-4 dropped (FN 1, TN 2); b: no mask (FN 1, TN 1).
		if s.Lines.TP != 1 || s.Lines.FP != 0 || s.Lines.FN != 2 || s.Lines.TN != 3 {
			t.Errorf("counts = %+v", s.Lines)
		}
		if strings.Join(s.Mismatched, ",") != "a,b" {
			t.Errorf("mismatched = %v, want a,b", s.Mismatched)
		}
		if !csApprox(s.Lines.Precision, 1) || !csApprox(s.Lines.Recall, 1.0/3) {
			t.Errorf("P %v R %v, want 1 and 1/3", s.Lines.Precision, s.Lines.Recall)
		}
	})

	t.Run("extra mask entries are ignored", func(t *testing.T) {
		s := ScoreCleanSet(files[1:], [][]bool{{true, false, true, true}})
		if s.Lines.TP != 1 || s.Lines.FP != 0 || s.Lines.TN != 1 || !csApprox(s.Lines.F1, 1) {
			t.Errorf("counts = %+v", s.Lines)
		}
		if len(s.Mismatched) != 1 {
			t.Errorf("mismatched = %v", s.Mismatched)
		}
	})

	t.Run("nothing to keep, nothing kept", func(t *testing.T) {
		only := []CleanSetFile{{Name: "d", Lines: []string{"Pub"}, Labels: []CleanLabel{{Reason: "advert"}}}}
		s := ScoreCleanSet(only, [][]bool{{false}})
		if !csApprox(s.Lines.Precision, 1) || !csApprox(s.Lines.Recall, 1) || !csApprox(s.Lines.F1, 1) {
			t.Errorf("vacuous file: %+v", s.Lines)
		}
		if s.Reasons["advert"].Recall != 1 {
			t.Errorf("advert = %+v", s.Reasons["advert"])
		}
	})

	t.Run("everything dropped", func(t *testing.T) {
		s := ScoreCleanSet(files, [][]bool{make([]bool, 5), make([]bool, 2)})
		if !csApprox(s.Lines.Precision, 1) || s.Lines.Recall != 0 || s.Lines.F1 != 0 {
			t.Errorf("all dropped: %+v", s.Lines)
		}
	})

	t.Run("empty set", func(t *testing.T) {
		s := ScoreCleanSet(nil, nil)
		if s.Files != 0 || s.MacroF1 != 0 || s.Lines.TP != 0 {
			t.Errorf("empty: %+v", s)
		}
	})
}

func TestScoreCleanSetShared(t *testing.T) {
	mk := func(name, outlet, foot string) CleanSetFile {
		return CleanSetFile{
			Name: name, Outlet: outlet,
			Lines:  []string{"Corps " + name, foot, foot},
			Labels: []CleanLabel{{Keep: true}, {Reason: "copyright"}, {Reason: "duplicate"}},
		}
	}
	files := []CleanSetFile{
		mk("1", "X", "© X  2019"),
		mk("2", "X", "© X 2019"), // same after whitespace normalisation
		mk("3", "X", "© X 2019"),
		mk("4", "Y", "© X 2019"), // other outlet: not part of X's group
		mk("5", "", "© X 2019"),  // no outlet: never grouped
	}
	// Files 1-3 each hold the line twice: 6 shared drop lines. Remove both
	// copies in file 1, one in file 2, none in file 3.
	kept := [][]bool{
		{true, false, false},
		{true, false, true},
		{true, true, true},
		{true, false, false},
		{true, false, false},
	}
	s := ScoreCleanSet(files, kept)
	if s.Shared.Total != 6 || s.Shared.Removed != 3 || !csApprox(s.Shared.Recall, 0.5) {
		t.Errorf("shared = %+v, want 3/6", s.Shared)
	}
	// Two files of one outlet do not reach the threshold.
	s = ScoreCleanSet(files[:2], kept[:2])
	if s.Shared.Total != 0 {
		t.Errorf("two files only: shared = %+v, want none", s.Shared)
	}
}

// csSetDir is the committed clean set, relative to this package.
const csSetDir = "../testdata/clean"

// TestCleanSetComposition checks the committed set's structure and the
// consistency of its labels, and logs its composition.
func TestCleanSetComposition(t *testing.T) {
	files, err := LoadCleanSet(csSetDir)
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 48 {
		t.Errorf("%d files, want at least 48", len(files))
	}
	langs := map[string]int{}
	outlets := map[string]int{}
	reasons := map[string]int{}
	var keep, drop, heads int
	for _, f := range files {
		langs[f.Lang]++
		outlets[f.Outlet]++
		if f.Lang != "fr" && f.Lang != "en" {
			t.Errorf("%s: lang %q, want fr or en", f.Name, f.Lang)
		}
		if f.Outlet == "" {
			t.Errorf("%s: no #outlet header", f.Name)
		}
		if !strings.HasPrefix(f.Name, f.Lang+"-") {
			t.Errorf("%s: name should start with its language %q", f.Name, f.Lang)
		}
		fileKeep := 0
		seen := map[string]int{}
		for j, l := range f.Labels {
			text := csNorm(f.Lines[j])
			switch {
			case l.Keep:
				fileKeep++
				keep++
			case l.Headline:
				heads++
			default:
				drop++
				reasons[l.Reason]++
				if !csReasonSet[l.Reason] {
					t.Errorf("%s line %d: invalid reason %q", f.Name, j+1, l.Reason)
				}
			}
			// A line repeating an earlier body or headline line must be
			// labelled duplicate; a duplicate must repeat an earlier line.
			if first, ok := seen[text]; ok && (f.Labels[first].Keep || f.Labels[first].Headline) && l.Reason != "duplicate" {
				t.Errorf("%s: line %q repeats line %d but is not labelled duplicate", f.Name, csShorten(text), first+1)
			}
			if l.Reason == "duplicate" {
				if _, ok := seen[text]; !ok {
					t.Errorf("%s: duplicate line %q has no earlier copy", f.Name, csShorten(text))
				}
			}
			if _, ok := seen[text]; !ok {
				seen[text] = j
			}
		}
		if fileKeep == 0 {
			t.Errorf("%s: no K line", f.Name)
		}
	}
	if langs["fr"] < 40 {
		t.Errorf("%d French files, want at least 40", langs["fr"])
	}
	if langs["en"] < 5 {
		t.Errorf("%d English files, want at least 5", langs["en"])
	}
	groups := 0
	for _, n := range outlets {
		if n >= 3 {
			groups++
		}
	}
	if groups < 3 {
		t.Errorf("%d outlets with 3+ files, want at least 3", groups)
	}
	for _, r := range CleanReasons {
		if reasons[r] == 0 {
			t.Errorf("no line labelled D:%s", r)
		}
	}
	// Oracle and trivial cleaners bound the metric on the real set.
	gold := make([][]bool, len(files))
	all := make([][]bool, len(files))
	for i, f := range files {
		gold[i] = make([]bool, len(f.Lines))
		all[i] = make([]bool, len(f.Lines))
		for j, l := range f.Labels {
			gold[i][j] = l.Keep
			all[i][j] = true
		}
	}
	s := ScoreCleanSet(files, gold)
	if s.Lines.F1 != 1 || s.Words.F1 != 1 || s.MacroF1 != 1 || s.Shared.Recall != 1 {
		t.Errorf("gold mask: lines F1 %v words F1 %v macro %v shared %v, want all 1", s.Lines.F1, s.Words.F1, s.MacroF1, s.Shared.Recall)
	}
	if s.Shared.Total == 0 {
		t.Error("no drop line shared by 3+ files of one outlet")
	}
	s = ScoreCleanSet(files, all)
	if s.Lines.Recall != 1 || !csApprox(s.Lines.Precision, float64(keep)/float64(keep+drop)) {
		t.Errorf("keep-all: P %v R %v", s.Lines.Precision, s.Lines.Recall)
	}
	for r, rs := range s.Reasons {
		if rs.Removed != 0 {
			t.Errorf("keep-all removed %d %s lines", rs.Removed, r)
		}
	}

	// Composition, for the README and the report.
	t.Logf("%d files (%d fr, %d en), %d headlines, %d keep lines, %d drop lines, %d shared drop lines",
		len(files), langs["fr"], langs["en"], heads, keep, drop, s.Shared.Total)
	var outs []string
	for o, n := range outlets {
		outs = append(outs, o+": "+strconv.Itoa(n))
	}
	sort.Strings(outs)
	t.Logf("outlets: %s", strings.Join(outs, "; "))
	var rs []string
	for _, r := range CleanReasons {
		rs = append(rs, r+" "+strconv.Itoa(reasons[r]))
	}
	t.Logf("drop reasons: %s", strings.Join(rs, ", "))
}

func FuzzCsParse(f *testing.F) {
	f.Add([]byte("#outlet: X\n#lang: fr\nT\tTitre\nK\tCorps.\nD:share\tPartager\n"))
	f.Add([]byte("K\tok\nD:spam\tx\n"))
	f.Add([]byte("\ufeffK\tok\r\nT\tun\nT\tdeux\n"))
	f.Add([]byte("#lang fr\n"))
	f.Add([]byte("K\t\xff\n"))
	f.Add([]byte(""))
	f.Fuzz(func(t *testing.T, data []byte) {
		cf, err := csParse("fuzz.txt", data)
		if err != nil {
			return
		}
		if len(cf.Lines) == 0 || len(cf.Lines) != len(cf.Labels) {
			t.Fatalf("%d lines, %d labels", len(cf.Lines), len(cf.Labels))
		}
		heads := 0
		for i, l := range cf.Labels {
			n := 0
			if l.Keep {
				n++
			}
			if l.Headline {
				n++
				heads++
			}
			if l.Reason != "" {
				n++
				if !csReasonSet[l.Reason] {
					t.Fatalf("invalid reason %q accepted", l.Reason)
				}
			}
			if n != 1 {
				t.Fatalf("label %d is %+v", i, l)
			}
			if strings.ContainsAny(cf.Lines[i], "\n") || strings.TrimSpace(cf.Lines[i]) == "" {
				t.Fatalf("line %d is %q", i, cf.Lines[i])
			}
		}
		if heads > 1 {
			t.Fatalf("%d headlines accepted", heads)
		}
		// Scoring any parsed file with any mask must not panic.
		_ = ScoreCleanSet([]CleanSetFile{cf}, [][]bool{{true}})
	})
}
