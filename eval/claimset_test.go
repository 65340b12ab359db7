package eval

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/recoupe/recoupe/report"
)

func clF(f float64) *float64 { return &f }

func TestParseClaimGoldValue(t *testing.T) {
	tests := []struct {
		tok  string
		want ClaimGoldValue
	}{
		{"14", ClaimGoldValue{Value: 14, Copies: 1}},
		{">14*3@2025-02-10|ministère de l'Intérieur", ClaimGoldValue{Value: 14, Low: clF(14), Copies: 3, AsOf: "2025-02-10", Credit: "ministère de l'Intérieur"}},
		{"~2000@2025-02-10", ClaimGoldValue{Value: 2000, Approx: true, Copies: 1, AsOf: "2025-02-10"}},
		{"<10", ClaimGoldValue{Value: 10, High: clF(10), Copies: 1}},
		{"1000-1500@2025-10-14|préfecture", ClaimGoldValue{Value: 1250, Low: clF(1000), High: clF(1500), Copies: 1, AsOf: "2025-10-14", Credit: "préfecture"}},
		{"62.3", ClaimGoldValue{Value: 62.3, Copies: 1}},
		{"5R@2025-09-08", ClaimGoldValue{Value: 5, Retracted: true, Copies: 1, AsOf: "2025-09-08"}},
		{"12*2R", ClaimGoldValue{Value: 12, Retracted: true, Copies: 2}},
		{"2025-06-18R@2025-06-16|Sud Radio Info", ClaimGoldValue{Value: 20250618, Date: true, Retracted: true, Copies: 1, AsOf: "2025-06-16", Credit: "Sud Radio Info"}},
		{"<2025-03-14", ClaimGoldValue{Value: 20250314, High: clF(20250314), Date: true, Copies: 1}},
		{">2026-06-30@2025-11-21", ClaimGoldValue{Value: 20260630, Low: clF(20260630), Date: true, Copies: 1, AsOf: "2025-11-21"}},
		{"2025-03-09..2025-03-14", ClaimGoldValue{Value: 20250309, Low: clF(20250309), High: clF(20250314), Date: true, Copies: 1}},
	}
	for _, tt := range tests {
		got, err := ParseClaimGoldValue(tt.tok)
		if err != nil {
			t.Errorf("ParseClaimGoldValue(%q): %v", tt.tok, err)
			continue
		}
		tt.want.Raw = tt.tok
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("ParseClaimGoldValue(%q)\n got %+v\nwant %+v", tt.tok, got, tt.want)
		}
	}
	for _, bad := range []string{"", "abc", "1500-1000", "12@2025-13-01", "12@", "12*1", "12*x", ">1000-1500",
		"1e5", "12|", "2025-03-14..2025-03-09", "2025-3-9", "~", "R", "NaN", "Inf", "0x10", "12-"} {
		if v, err := ParseClaimGoldValue(bad); err == nil {
			t.Errorf("ParseClaimGoldValue(%q) = %+v, want an error", bad, v)
		}
	}
}

func TestClaimGoldValueShares(t *testing.T) {
	mustValue := func(tok string) ClaimGoldValue {
		t.Helper()
		v, err := ParseClaimGoldValue(tok)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	tests := []struct {
		tok  string
		pred float64
		want bool
	}{
		{"1000-1500", 1250, true},
		{"1000-1500", 1000, true},
		{"1000-1500", 1500, true},
		{"1000-1500", 1200, false},
		{"~2000", 2000, true},
		{"~2000", 1950, false}, // compatibility is the system's job, sharing is equality
		{">5000", 5000, true},
		{"62.3", 62.3, true},
		{"62.3", 62, false},
		{"3200000000", 3.2e9, true},
		// 2025-03-09: 20156 days after 1970-01-01 (55 years with 14 leap days, then 31+28+8 days).
		{"2025-03-09", 20250309, true},
		{"2025-03-09", 20156, true},
		{"2025-03-09", 20156 * 86400, true},
		{"2025-03-09", 20156 * 86400 * 1000, true},
		{"2025-03-09", 20157, false},
		{"<2025-03-14", 20250314, true},
		{"<2025-03-14", 20250313, false},
	}
	for _, tt := range tests {
		if got := mustValue(tt.tok).Shares(tt.pred); got != tt.want {
			t.Errorf("%q.Shares(%v) = %v, want %v", tt.tok, tt.pred, got, tt.want)
		}
	}
}

func TestParseClaimGold(t *testing.T) {
	good := "# file\tmeasure\tstatus\tvalues\tnotes\n" +
		"\n" +
		"01-a.jsonl\tmorts\tevolving\t12@2025-03-04;19@2025-03-05\ttoll rises\r\n" +
		"01-a.jsonl\tfin_operation\tagree\t2025-03-09*2;<2025-03-14\t\n" +
		"02-b.jsonl\tmontant_eur\tsingle\t3000000\n"
	gold, err := ParseClaimGold([]byte(good))
	if err != nil {
		t.Fatal(err)
	}
	if len(gold) != 3 {
		t.Fatalf("got %d gold lines, want 3", len(gold))
	}
	g := gold[0]
	if g.File != "01-a.jsonl" || g.Measure != "morts" || g.Status != ClaimEvolving || g.Notes != "toll rises" || len(g.Values) != 2 ||
		g.Values[0].Value != 12 || g.Values[1].AsOf != "2025-03-05" {
		t.Errorf("line 1 = %+v", g)
	}
	if g := gold[1]; len(g.Values) != 2 || !g.Values[0].Date || g.Values[0].Copies != 2 || g.Values[1].High == nil {
		t.Errorf("line 2 = %+v", g)
	}
	if g := gold[2]; g.Notes != "" || g.Values[0].Value != 3e6 {
		t.Errorf("line 3 = %+v", g)
	}

	for name, bad := range map[string]string{
		"duplicate":       "a.jsonl\tmorts\tagree\t1\t\na.jsonl\tmorts\tsingle\t2\t\n",
		"unknown key":     "a.jsonl\tfoo\tagree\t1\t\n",
		"bare montant":    "a.jsonl\tmontant\tagree\t1\t\n",
		"unknown status":  "a.jsonl\tmorts\tconfirmed\t1\t\n",
		"columns":         "a.jsonl\tmorts\tagree\n",
		"too many":        "a.jsonl\tmorts\tagree\t1\tx\ty\n",
		"date as number":  "a.jsonl\tmorts\tagree\t2025-03-09\t\n",
		"number as date":  "a.jsonl\techeance\tagree\t14\t\n",
		"no value":        "a.jsonl\tmorts\tagree\t ; \t\n",
		"path as file":    "x/a.jsonl\tmorts\tagree\t1\t\n",
		"bad value token": "a.jsonl\tmorts\tagree\t1;deux\t\n",
	} {
		if _, err := ParseClaimGold([]byte(bad)); err == nil {
			t.Errorf("%s: ParseClaimGold accepted %q", name, bad)
		}
	}
}

func TestLoadClaimSet(t *testing.T) {
	write := func(dir, name, s string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, name), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	dir := t.TempDir()
	write(dir, "02-b.jsonl", "{}\n")
	write(dir, "01-a.jsonl", "{}\n")
	write(dir, "notes.txt", "not a story\n")
	write(dir, "gold.tsv", "01-a.jsonl\tmorts\tsingle\t3\t\n02-b.jsonl\tblesses\tagree\t5;5\t\n")
	files, gold, err := LoadClaimSet(dir)
	if err != nil {
		t.Fatal(err)
	}
	wantFiles := []string{filepath.Join(dir, "01-a.jsonl"), filepath.Join(dir, "02-b.jsonl")}
	if !reflect.DeepEqual(files, wantFiles) {
		t.Errorf("files = %v, want %v", files, wantFiles)
	}
	if len(gold) != 2 || gold[1].File != "02-b.jsonl" || gold[1].Measure != "blesses" {
		t.Errorf("gold = %+v", gold)
	}

	write(dir, "gold.tsv", "01-a.jsonl\tmorts\tsingle\t3\t\n")
	if _, _, err := LoadClaimSet(dir); err == nil || !strings.Contains(err.Error(), "02-b.jsonl") {
		t.Errorf("story without gold: err = %v, want one naming 02-b.jsonl", err)
	}
	write(dir, "gold.tsv", "01-a.jsonl\tmorts\tsingle\t3\t\n02-b.jsonl\tmorts\tsingle\t3\t\n03-c.jsonl\tmorts\tsingle\t3\t\n")
	if _, _, err := LoadClaimSet(dir); err == nil || !strings.Contains(err.Error(), "03-c.jsonl") {
		t.Errorf("gold without story: err = %v, want one naming 03-c.jsonl", err)
	}
	if _, _, err := LoadClaimSet(t.TempDir()); err == nil {
		t.Error("empty directory: no error")
	}
	empty := t.TempDir()
	write(empty, "01-a.jsonl", "{}\n")
	if _, _, err := LoadClaimSet(empty); err == nil {
		t.Error("no gold.tsv: no error")
	}
}

func TestClaimMeasureKey(t *testing.T) {
	tests := []struct{ name, want string }{
		{"morts", "morts"},
		{"Morts", "morts"},
		{"personnes tuées", "morts"},
		{"nombre de morts", "morts"},
		{"décès", "morts"},
		{"deces", "morts"},
		{"death toll", "morts"},
		{"blessés graves", "blesses"},
		{"enfants parmi les morts", ""},
		{"personnes arrêtées", "arrestations"},
		{"interpellations", "arrestations"},
		{"nombre total d'arrestations", "arrestations"},
		{"soldats déployés", "soldats"},
		{"troops", "soldats"},
		{"policiers et gendarmes déployés", "policiers"},
		{"forces de l’ordre", "policiers"},
		{"évacués", "evacues"},
		{"personnes évacuées", "evacues"},
		{"Évacués", "evacues"},
		{"people evacuated", "evacues"},
		{"taux de participation", "participation"},
		{"taux de grévistes", "grevistes"},
		{"aide d'urgence", "montant"},
		{"rançon", "montant"},
		{"fin des manœuvres", "fin_operation"},
		{"fin des manoeuvres", "fin_operation"},
		{"date limite", "echeance"},
		{"foyers privés d'électricité", "sans_electricite"},
		{"capacité de la retenue", ""},
		{"fin_operation", "fin_operation"},
		{"montant_eur", "montant"},
		{"", ""},
		{"   ", ""},
	}
	for _, tt := range tests {
		if got := ClaimMeasureKey(tt.name); got != tt.want {
			t.Errorf("ClaimMeasureKey(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// clTestGold parses gold lines or fails the test.
func clTestGold(t *testing.T, s string) []ClaimGold {
	t.Helper()
	g, err := ParseClaimGold([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func TestScoreClaims(t *testing.T) {
	gold := clTestGold(t, ""+
		"f1\tmorts\tevolving\t12@2025-03-04;19@2025-03-05\t\n"+
		"f1\tblesses\tagree\t~50;47\t\n"+
		"f1\tmontant_eur\tsingle\t3000000\t\n"+
		"f2\tsoldats\tconflict\t1850;2200\t\n"+
		"f2\tfin_operation\tagree\t2025-03-09;<2025-03-14\t\n"+
		"f3\totages\tsingle\t12\t\n")
	pred := map[string][]PredClaim{
		"f1": {
			{Measure: "blessés graves", Status: "conflict", Values: []float64{23}},
			{Measure: "personnes tuées", Status: "evolving", Values: []float64{12, 19, 23}},
			{Measure: "blessés", Status: "Agree", Values: []float64{50, 47}},
			{Measure: "aide d'urgence", Unit: "BGN", Status: "single", Values: []float64{20e6}},
			{Measure: "aide", Unit: "EUR", Status: "single", Values: []float64{3e6}},
		},
		"f2": {
			{Measure: "effectifs russes", Status: "agree", Values: []float64{1850, 2200}},
			{Measure: "date de fin des manœuvres", Status: "agree", Values: []float64{20250309, 20250314}},
		},
		"other": {{Measure: "morts", Status: "single", Values: []float64{1}}},
	}
	s := ScoreClaims(gold, pred)
	// Hand count: f1 all three by name and right (the "blessés" claim
	// shares 2 values against 0 for "blessés graves"; the BGN aid is not
	// euros); f2 soldats by values with the wrong status, fin_operation by
	// name and right; f3 has no prediction.
	if s.Measures != 6 || s.Found != 5 || s.Correct != 4 || s.ByName != 4 || s.ByValues != 1 {
		t.Errorf("measures %d found %d correct %d by name %d by values %d, want 6 5 4 4 1",
			s.Measures, s.Found, s.Correct, s.ByName, s.ByValues)
	}
	if s.GoldValues != 10 || s.FoundValues != 9 {
		t.Errorf("values %d/%d, want 9/10", s.FoundValues, s.GoldValues)
	}
	if got, want := s.StatusAccuracy(), 4.0/6; got != want {
		t.Errorf("status accuracy %v, want %v", got, want)
	}
	if got, want := s.MeasureRecall(), 5.0/6; got != want {
		t.Errorf("measure recall %v, want %v", got, want)
	}
	wantConf := map[string]map[string]int{
		ClaimEvolving: {ClaimEvolving: 1},
		ClaimAgree:    {ClaimAgree: 2},
		ClaimSingle:   {ClaimSingle: 1, ClaimMissing: 1},
		ClaimConflict: {ClaimAgree: 1},
	}
	if !reflect.DeepEqual(s.Confusion, wantConf) {
		t.Errorf("confusion = %v, want %v", s.Confusion, wantConf)
	}
	if got := s.StatusRecall(ClaimSingle); got != 0.5 {
		t.Errorf("single recall %v, want 0.5", got)
	}
	if len(s.Files) != 3 {
		t.Fatalf("%d file scores, want 3", len(s.Files))
	}
	f1 := s.Files[0]
	if f1.File != "f1" || f1.Correct != 3 || f1.Items[1].Pred != "blessés" || f1.Items[2].Pred != "aide" {
		t.Errorf("f1 = %+v", f1)
	}
	if it := s.Files[1].Items[0]; it.By != "values" || it.Pred != "effectifs russes" || it.PredStatus != ClaimAgree || it.Correct {
		t.Errorf("f2 soldats = %+v", it)
	}
	if it := s.Files[2].Items[0]; it.By != "" || it.PredStatus != ClaimMissing || it.Correct {
		t.Errorf("f3 otages = %+v", it)
	}
	out := s.String()
	for _, want := range []string{"status accuracy 0.667 (4/6)", "measure recall  0.833 (5/6: 4 by name, 1 by values)",
		"value recall    0.900 (9/10)", `soldats          want conflict  got agree`, "otages           want single    got missing"} {
		if !strings.Contains(out, want) {
			t.Errorf("String() lacks %q:\n%s", want, out)
		}
	}
}

func TestScoreClaimsValueFallbackNeedsOverlap(t *testing.T) {
	gold := clTestGold(t, "f\tmorts\tsingle\t9\t\nf\tblesses\tagree\t5;5\t\n")
	s := ScoreClaims(gold, map[string][]PredClaim{"f": {
		{Measure: "capacité", Status: "single", Values: []float64{4e6}},
		{Measure: "inconnu", Status: "agree", Values: []float64{5}},
	}})
	if s.Found != 1 || s.Files[0].Items[0].By != "" || s.Files[0].Items[1].Pred != "inconnu" || s.Correct != 1 {
		t.Errorf("got %+v", s.Files[0].Items)
	}
	s = ScoreClaims(gold, map[string][]PredClaim{"f": {{Measure: "morts", Values: []float64{9}}}})
	if it := s.Files[0].Items[0]; it.By != "name" || it.PredStatus != ClaimNoStatus || it.Correct || s.Confusion[ClaimSingle][ClaimNoStatus] != 1 {
		t.Errorf("claim without status: %+v, confusion %v", it, s.Confusion)
	}
	if len(ScoreClaims(nil, nil).Files) != 0 || ScoreClaims(nil, nil).StatusAccuracy() != 0 {
		t.Error("empty gold should give an empty score")
	}
}

func TestClaimPredsFromReport(t *testing.T) {
	low, high := 1000.0, 1500.0
	r := &report.Report{
		Articles: []report.Article{
			{ID: "a1", File: "testdata/claims/01-a.jsonl#1"},
			{ID: "a2", File: "testdata/claims/01-a.jsonl#2"},
			{ID: "a3", File: "b.txt"},
		},
		Stories: []report.Story{
			{Articles: []string{"a1", "a2"}, Claims: []report.Claim{
				{Measure: "sinistrés", Unit: "personnes", Status: "agree", Values: []report.Value{{Value: 1250, Low: &low, High: &high}, {Value: 1200}}},
			}},
			{Articles: []string{"a3"}, Claims: []report.Claim{{Measure: "morts", Status: "single", Values: []report.Value{{Value: 3}}}}},
		},
	}
	got := ClaimPredsFromReport(r)
	want := map[string][]PredClaim{
		"01-a.jsonl": {{Measure: "sinistrés", Unit: "personnes", Status: "agree", Values: []float64{1250, 1000, 1500, 1200}}},
		"b.txt":      {{Measure: "morts", Status: "single", Values: []float64{3}}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("ClaimPredsFromReport = %+v, want %+v", got, want)
	}
}

const clDir = "../testdata/claims"

// TestClaimSetReadmeSynonyms checks that the synonym table of the README
// and the one ClaimMeasureKey uses are the same.
func TestClaimSetReadmeSynonyms(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(clDir, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	row := regexp.MustCompile("^\\| `([a-z_]+)` \\| [^|]+ \\| (.+) \\|$")
	_, section, _ := strings.Cut(string(data), "## Measure keys and synonyms")
	section, _, _ = strings.Cut(section, "\n#")
	var got [][2]string
	for _, line := range strings.Split(section, "\n") {
		m := row.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		got = append(got, [2]string{m[1], m[2]})
	}
	var want [][2]string
	for _, s := range clSynonyms {
		want = append(want, [2]string{s.key, strings.Join(s.names, ", ")})
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("README synonyms differ from clSynonyms:\nREADME %q\ncode   %q", got, want)
	}
}

// clStory is one article of a story file.
type clStory struct {
	URL, Title, Text, Published, Outlet string
}

func clReadStory(t *testing.T, path string) []clStory {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []clStory
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for sc.Scan() {
		var a clStory
		dec := json.NewDecoder(strings.NewReader(sc.Text()))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&a); err != nil {
			t.Fatalf("%s line %d: %v", path, len(out)+1, err)
		}
		out = append(out, a)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestClaimSetCommitted checks the committed set: the story files are
// well formed, the gold is consistent with itself, with the stories and
// with the README's composition table, and a system that predicts the gold
// exactly scores 1.
func TestClaimSetCommitted(t *testing.T) {
	files, gold, err := LoadClaimSet(clDir)
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 20 {
		t.Errorf("%d story files, want at least 20", len(files))
	}
	lastDate := make(map[string]string)
	for _, path := range files {
		arts := clReadStory(t, path)
		if len(arts) < 3 || len(arts) > 7 {
			t.Errorf("%s: %d articles, want 3 to 7", path, len(arts))
		}
		for i, a := range arts {
			if a.URL == "" || a.Title == "" || a.Text == "" || a.Outlet == "" {
				t.Errorf("%s #%d: empty field in %+v", path, i+1, a)
			}
			if _, err := time.Parse(time.DateOnly, a.Published); err != nil {
				t.Errorf("%s #%d: published %q: %v", path, i+1, a.Published, err)
			}
			if a.Published > lastDate[filepath.Base(path)] {
				lastDate[filepath.Base(path)] = a.Published
			}
		}
	}
	perFile := make(map[string]int)
	perStatus := make(map[string]int)
	for _, g := range gold {
		perFile[g.File]++
		perStatus[g.Status]++
		retracted, sources := 0, 0
		for _, v := range g.Values {
			if v.Retracted {
				retracted++
			}
			sources++
			if v.AsOf != "" && v.AsOf > lastDate[g.File] {
				t.Errorf("%s %s: value %q is as of a date after the last article", g.File, g.Measure, v.Raw)
			}
		}
		switch {
		case g.Status == ClaimRetracted && retracted == 0:
			t.Errorf("%s %s: retracted without a retracted value", g.File, g.Measure)
		case retracted > 0 && g.Status != ClaimRetracted && g.Status != ClaimConflict:
			t.Errorf("%s %s: a retracted value but status %s", g.File, g.Measure, g.Status)
		case g.Status == ClaimSingle && sources != 1:
			t.Errorf("%s %s: single with %d sources", g.File, g.Measure, sources)
		case g.Status != ClaimSingle && g.Status != ClaimRetracted && sources < 2:
			t.Errorf("%s %s: %s with one source", g.File, g.Measure, g.Status)
		}
	}
	for f, n := range perFile {
		if n < 2 || n > 5 {
			t.Errorf("%s: %d gold measures, want 2 to 5", f, n)
		}
	}

	// The README's composition table must match the gold.
	readme, err := os.ReadFile(filepath.Join(clDir, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	row := regexp.MustCompile(`(?m)^\| (agree|evolving|conflict|single|retracted) \| (\d+) \|$`)
	rows := row.FindAllStringSubmatch(string(readme), -1)
	if len(rows) != len(ClaimStatuses) {
		t.Errorf("README composition table has %d rows, want %d", len(rows), len(ClaimStatuses))
	}
	for _, m := range rows {
		if n, _ := strconv.Atoi(m[2]); n != perStatus[m[1]] {
			t.Errorf("README says %s %d, gold has %d", m[1], n, perStatus[m[1]])
		}
	}

	// A perfect system, naming measures by their keys, scores 1.
	pred := make(map[string][]PredClaim)
	for _, g := range gold {
		p := PredClaim{Measure: g.Measure, Status: g.Status}
		if strings.HasPrefix(g.Measure, clMoneyKey+"_") {
			p.Measure, p.Unit = clMoneyKey, strings.ToUpper(strings.TrimPrefix(g.Measure, clMoneyKey+"_"))
		}
		for _, v := range g.Values {
			p.Values = append(p.Values, v.Value)
		}
		pred[g.File] = append([]PredClaim{p}, pred[g.File]...) // reversed: order must not matter
	}
	s := ScoreClaims(gold, pred)
	if s.StatusAccuracy() != 1 || s.MeasureRecall() != 1 || s.ValueRecall() != 1 || s.ByName != len(gold) {
		t.Errorf("perfect prediction scores %v", s)
	}
	t.Logf("claim set: %d files, %d measures %v", len(files), len(gold), perStatus)
}

func FuzzParseClaimGold(f *testing.F) {
	f.Add("01-a.jsonl\tmorts\tevolving\t>14*3@2025-02-10|ministère;21@2025-02-11\tnote\n")
	f.Add("a.jsonl\tfin_operation\tconflict\t2025-03-09*2@2025-03-03|TASS;<2025-03-14;>2025-03-20\t\n")
	f.Add("a.jsonl\tsinistres\tagree\t1000-1500;~1200R\t\n# comment\n\n")
	f.Add("a.jsonl\techeance\tagree\t2025-03-09..2025-03-14\t\n")
	f.Fuzz(func(t *testing.T, s string) {
		gold, err := ParseClaimGold([]byte(s))
		if err != nil {
			return
		}
		for _, g := range gold {
			if !clKnownStatus(g.Status) || !clGoldKeys[g.Measure] || len(g.Values) == 0 {
				t.Fatalf("accepted an invalid line: %+v", g)
			}
			for _, v := range g.Values {
				again, err := ParseClaimGoldValue(v.Raw)
				if err != nil || !reflect.DeepEqual(again, v) {
					t.Fatalf("token %q does not parse again the same: %+v, %v", v.Raw, again, err)
				}
				if v.Low != nil && v.High != nil && *v.Low > *v.High {
					t.Fatalf("token %q: low above high", v.Raw)
				}
			}
		}
	})
}

func FuzzClaimMeasureKey(f *testing.F) {
	for _, s := range []string{"morts", "nombre de personnes évacuées", "blessés graves", "Œuvres", "fin des manœuvres"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k := ClaimMeasureKey(s)
		if k != "" && k != clMoneyKey && !clGoldKeys[k] {
			t.Fatalf("ClaimMeasureKey(%q) = %q, not a key", s, k)
		}
	})
}
