package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

var binPath string

// TestMain builds the recoupe binary once so that the tests exercise the
// real command line: flags, output streams and exit codes.
func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "recoupe-cli")
	if err != nil {
		panic(err)
	}
	binPath = filepath.Join(dir, "recoupe")
	out, err := exec.Command("go", "build", "-o", binPath, ".").CombinedOutput()
	if err != nil {
		os.Stderr.Write(out)
		os.RemoveAll(dir)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// run executes the binary and returns stdout, stderr and the exit code.
func run(t *testing.T, stdin string, args ...string) (string, string, int) {
	t.Helper()
	cmd := exec.Command(binPath, args...)
	cmd.Stdin = strings.NewReader(stdin)
	var so, se bytes.Buffer
	cmd.Stdout, cmd.Stderr = &so, &se
	err := cmd.Run()
	code := 0
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("running recoupe %v: %v", args, err)
	}
	return so.String(), se.String(), code
}

func TestDemoJSONContract(t *testing.T) {
	out, errOut, code := run(t, "", "demo", "--format", "json")
	if code != 0 {
		t.Fatalf("demo exited %d: %s", code, errOut)
	}
	var raw map[string]any
	if err := json.Unmarshal([]byte(out), &raw); err != nil {
		t.Fatalf("demo JSON does not parse: %v", err)
	}
	for _, k := range []string{"version", "articles", "stories", "errors"} {
		if _, ok := raw[k]; !ok {
			t.Errorf("report lacks key %q", k)
		}
	}
	arts, _ := raw["articles"].([]any)
	if len(arts) < 6 {
		t.Fatalf("demo report has %d articles, want the whole corpus", len(arts))
	}
	artKeys := []string{"id", "file", "url", "title", "outlet", "wires", "authors", "dateline",
		"published", "published_basis", "language", "text", "boilerplate"}
	ids := map[string]bool{}
	for _, a := range arts {
		m := a.(map[string]any)
		for _, k := range artKeys {
			if _, ok := m[k]; !ok {
				t.Errorf("article %v lacks key %q", m["file"], k)
			}
		}
		id, _ := m["id"].(string)
		if id == "" || ids[id] {
			t.Errorf("article %v: empty or duplicate id %q", m["file"], id)
		}
		ids[id] = true
		if m["language"] != "fr" {
			t.Errorf("article %v: language %v, want fr", m["file"], m["language"])
		}
		if txt, _ := m["text"].(string); len(txt) < 100 {
			t.Errorf("article %v: text too short: %q", m["file"], txt)
		}
	}
	stories, _ := raw["stories"].([]any)
	if len(stories) == 0 {
		t.Fatal("demo report has no story")
	}
	storyKeys := []string{"id", "thread", "title", "articles", "copies", "entities", "claims", "timeline", "quotes", "summary"}
	for _, s := range stories {
		m := s.(map[string]any)
		for _, k := range storyKeys {
			if _, ok := m[k]; !ok {
				t.Errorf("story lacks key %q", k)
			}
		}
	}
}

func TestDemoTextIsReadable(t *testing.T) {
	out, errOut, code := run(t, "", "demo")
	if code != 0 {
		t.Fatalf("demo exited %d: %s", code, errOut)
	}
	if strings.Contains(out, "\x1b[") {
		t.Error("colour codes written to a pipe")
	}
	if len(out) < 200 {
		t.Errorf("text report suspiciously short: %q", out)
	}
}

func TestAnalyzeBadInputsGoOn(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good := write("good.txt", []byte("Crue de la Loire : 300 évacués\n\nORLÉANS, 4 mars (AFP) - Près de 300 habitants ont été évacués mardi après la crue de la Loire, a indiqué la préfecture, qui a ouvert deux gymnases pour les accueillir.\n\nLe niveau de l'eau devrait baisser jeudi selon Vigicrues.\n"))
	empty := write("empty.txt", nil)
	binary := write("bin.txt", bytes.Repeat([]byte{0, 1, 2, 0xff}, 200))
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write(bytes.Repeat([]byte("Un texte assez long pour la compression. "), 200))
	zw.Close()
	trunc := write("cut.txt.gz", gz.Bytes()[:gz.Len()/2])
	jsonl := write("feed.jsonl", []byte("{\"title\":\"Titre\",\"text\":\"Le conseil municipal a voté mardi le budget de la ville, en hausse de 3 % sur un an.\"}\n{not json\n"))

	out, errOut, code := run(t, "", "analyze", "--format", "json", good, empty, binary, trunc, jsonl)
	if code != 2 {
		t.Errorf("exit code %d, want 2 (some inputs unreadable); stderr: %s", code, errOut)
	}
	for _, name := range []string{"empty.txt", "bin.txt", "cut.txt.gz", "feed.jsonl#2"} {
		if !strings.Contains(errOut, name) {
			t.Errorf("stderr does not name %s:\n%s", name, errOut)
		}
	}
	var rep struct {
		Articles []struct{ File string } `json:"articles"`
		Errors   []struct{ File, Reason string }
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("report does not parse: %v\n%s", err, out)
	}
	if len(rep.Articles) != 2 {
		t.Errorf("%d articles analysed, want 2 (good.txt and feed.jsonl#1)", len(rep.Articles))
	}
	if len(rep.Errors) != 4 {
		t.Errorf("%d errors in the report, want 4: %+v", len(rep.Errors), rep.Errors)
	}
	for _, e := range rep.Errors {
		if e.Reason == "" {
			t.Errorf("error for %s has no reason", e.File)
		}
	}
}

func TestUsageErrors(t *testing.T) {
	_, errOut, code := run(t, "", "analyze")
	if code != 1 {
		t.Errorf("analyze with no path: exit %d, want 1", code)
	}
	if errOut == "" {
		t.Error("no message for a usage error")
	}
	_, errOut, code = run(t, "", "analyze", "--format", "pdf", "x.txt")
	if code != 1 || !strings.Contains(errOut, "json") {
		t.Errorf("unknown format: exit %d, message %q", code, errOut)
	}
}

func TestStdin(t *testing.T) {
	in := `{"title":"Grève à la SNCF","text":"Les cheminots ont entamé mardi une grève de trois jours, selon la CGT.\nLe trafic est très perturbé en Île-de-France.","published":"2024-05-14","outlet":"Le Quotidien"}` + "\n"
	out, errOut, code := run(t, in, "analyze", "--format", "json", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.Contains(out, `"published": "2024-05-14"`) || !strings.Contains(out, "Le Quotidien") {
		t.Errorf("stdin article metadata lost:\n%s", out)
	}
}

func TestHelpHasExamples(t *testing.T) {
	for _, args := range [][]string{{"--help"}, {"analyze", "--help"}, {"demo", "--help"}, {"eval", "--help"}} {
		out, _, code := run(t, "", args...)
		if code != 0 || !strings.Contains(out, "Examples:") {
			t.Errorf("recoupe %v: exit %d, no examples:\n%s", args, code, out)
		}
	}
}
