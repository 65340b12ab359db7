package main

import (
	"bytes"
	"context"
	"encoding/json"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/recoupe/recoupe/store"
	"github.com/recoupe/recoupe/store/sqlite"
	"github.com/recoupe/recoupe/stories/synth"
)

// writeCorpus writes n generated articles (scripts/gen-corpus's stream)
// as JSON Lines.
func writeCorpus(t *testing.T, path string, n int) {
	t.Helper()
	g := synth.New(synth.Default)
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	for range n {
		d, _ := g.Next()
		if err := enc.Encode(map[string]string{"id": d.ID, "title": d.Title, "published": d.Published.Format(time.RFC3339), "text": d.Body}); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// storeState reads what a store holds: every article's story, the number
// of articles, and every story's report (without its update time).
func storeState(t *testing.T, path string) (map[string]string, int, map[string]string) {
	t.Helper()
	db, err := sqlite.Open(path, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ctx := context.Background()
	asg := make(map[string]string)
	n := 0
	if err := db.Replay(ctx, func(it store.ReplayItem) error {
		n++
		asg[it.ID] = it.Story
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	reps := make(map[string]string)
	for off := 0; ; off += 1000 {
		items, _, err := db.Stories(ctx, store.StoryQuery{Limit: 1000, Offset: off})
		if err != nil {
			t.Fatal(err)
		}
		for _, it := range items {
			p, err := db.Story(ctx, it.ID)
			if err != nil {
				t.Fatal(err)
			}
			b, _ := json.Marshal(p.Story)
			reps[it.ID] = string(b)
		}
		if len(items) < 1000 {
			break
		}
	}
	if d, err := db.Dirty(ctx); err != nil || len(d) > 0 {
		t.Fatalf("%d stories left dirty (%v)", len(d), err)
	}
	return asg, n, reps
}

// TestIngestSurvivesKill ingests a generated corpus while killing the
// process (SIGKILL) at random points, restarting it each time, and checks
// that the store ends up with every article once and the same stories as
// an uninterrupted run: with RECOUPE_CRASH_TEST=1, 20,000 articles and 10
// kills (minutes); with RECOUPE_CRASH_TEST=short, 2,000 articles and 3
// kills. Skipped otherwise.
func TestIngestSurvivesKill(t *testing.T) {
	var n, kills int
	var batch, rebuild string
	switch os.Getenv("RECOUPE_CRASH_TEST") {
	case "1":
		n, kills, batch, rebuild = 20000, 10, "500", "4000"
	case "short":
		n, kills, batch, rebuild = 2000, 3, "200", "600"
	default:
		t.Skip("crash-safety test skipped: RECOUPE_CRASH_TEST=1 runs it on 20,000 articles with 10 kills (minutes), RECOUPE_CRASH_TEST=short on 2,000 with 3 (30-40 s)")
	}
	seed := uint64(time.Now().UnixNano())
	if s := os.Getenv("RECOUPE_CRASH_SEED"); s != "" {
		seed, _ = strconv.ParseUint(s, 10, 64)
	}
	t.Logf("%d articles, %d kills, seed %d (RECOUPE_CRASH_SEED)", n, kills, seed)
	rng := rand.New(rand.NewPCG(seed, 1))
	dir := t.TempDir()
	corpus := filepath.Join(dir, "corpus.jsonl")
	writeCorpus(t, corpus, n)

	start := time.Now()
	ref := filepath.Join(dir, "ref.db")
	if _, errOut, code := run(t, "", "ingest", "--db", ref, "--batch", batch, "--rebuild-every", rebuild, corpus); code != 0 {
		t.Fatalf("uninterrupted ingest exited %d: %s", code, errOut)
	}
	whole := time.Since(start)
	t.Logf("uninterrupted run: %v", whole.Round(time.Millisecond))

	killed := filepath.Join(dir, "killed.db")
	landed := 0
	for i := 0; landed < kills && i < 3*kills; i++ {
		cmd := exec.Command(binPath, "ingest", "--db", killed, "--batch", batch, "--rebuild-every", rebuild, corpus)
		var se bytes.Buffer
		cmd.Stderr = &se
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// Kill points spread over the run: each run is killed after a
		// random time up to a kills-th of the uninterrupted run, so all
		// the kills land before the end (a restart first replays what
		// is stored: some kills hit the replay).
		d := time.Duration(rng.Int64N(int64(whole)/int64(kills))) + 50*time.Millisecond
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		select {
		case err := <-done:
			t.Logf("run %d finished before its kill point %v (%v)", i+1, d, err)
		case <-time.After(d):
			if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
				t.Fatal(err)
			}
			<-done
			landed++
		}
	}
	if _, errOut, code := run(t, "", "ingest", "--db", killed, "--batch", batch, "--rebuild-every", rebuild, corpus); code != 0 {
		t.Fatalf("final ingest exited %d: %s", code, errOut)
	}
	t.Logf("%d kills landed; whole test %v", landed, time.Since(start).Round(time.Millisecond))
	if landed < kills {
		t.Errorf("%d kills landed while the process ran, want %d", landed, kills)
	}

	refAsg, refN, refReps := storeState(t, ref)
	asg, got, reps := storeState(t, killed)
	if refN != n || got != n {
		t.Fatalf("stores hold %d (uninterrupted) and %d (killed) articles, want %d", refN, got, n)
	}
	if !reflect.DeepEqual(refAsg, asg) {
		diff := 0
		for id, s := range refAsg {
			if asg[id] != s {
				diff++
			}
		}
		t.Fatalf("%d of %d articles in another story than in the uninterrupted run", diff, n)
	}
	if !reflect.DeepEqual(refReps, reps) {
		diff := 0
		for id, r := range refReps {
			if reps[id] != r {
				diff++
			}
		}
		t.Fatalf("%d of %d story reports differ from the uninterrupted run's", diff+len(reps)-len(refReps), len(refReps))
	}
}

func TestIngestAndReadCommands(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "s.db")
	articles := []string{
		`{"title": "Inondations à Valence : 1 200 habitants évacués", "published": "2025-03-04", "outlet": "Le Monde", "text": "Les pompiers ont évacué 1 200 habitants de Valence mardi, a annoncé la préfecture.\n\nLa décrue est attendue jeudi selon Météo-France."}`,
		`{"title": "Valence : la préfecture évacue 1 200 habitants", "published": "2025-03-04", "outlet": "Ouest-France", "text": "La préfecture a fait évacuer 1 200 habitants de Valence mardi après la crue du Rhône.\n\nLes écoles resteront fermées jusqu'à jeudi."}`,
		`{"title": "Élections en Bavière", "published": "2025-03-09", "outlet": "La Croix", "text": "Les électeurs bavarois votaient dimanche pour renouveler le parlement régional.\n\nLa CSU est donnée favorite par les sondages."}`,
	}
	in := strings.Join(articles, "\n") + "\n{not json\n"
	_, errOut, code := run(t, in, "ingest", "--db", db, "-")
	if code != 2 || !strings.Contains(errOut, "-#4") || !strings.Contains(errOut, "3 article(s) added") {
		t.Fatalf("ingest: exit %d, stderr %q", code, errOut)
	}
	// Again: idempotent.
	_, errOut, code = run(t, strings.Join(articles, "\n"), "ingest", "--db", db, "-")
	if code != 0 || !strings.Contains(errOut, "0 article(s) added, 3 already stored") {
		t.Fatalf("second ingest: exit %d, stderr %q", code, errOut)
	}

	out, errOut, code := run(t, "", "stories", "--db", db, "--format", "json")
	if code != 0 {
		t.Fatalf("stories: %d %s", code, errOut)
	}
	var list struct {
		Total   int               `json:"total"`
		Stories []store.StoryItem `json:"stories"`
	}
	if err := json.Unmarshal([]byte(out), &list); err != nil {
		t.Fatalf("stories json: %v\n%s", err, out)
	}
	arts := 0
	for _, s := range list.Stories {
		arts += s.Articles
	}
	if list.Total != len(list.Stories) || list.Total == 0 || arts != 3 {
		t.Fatalf("stories: %+v", list)
	}
	out, _, code = run(t, "", "stories", "--db", db)
	if code != 0 || !strings.Contains(out, list.Stories[0].ID) {
		t.Fatalf("stories text: %d\n%s", code, out)
	}

	id := list.Stories[0].ID
	out, errOut, code = run(t, "", "story", "--db", db, "--format", "json", id)
	if code != 0 {
		t.Fatalf("story: %d %s", code, errOut)
	}
	var rep struct {
		Version  int `json:"version"`
		Stories  []struct{ ID string }
		Articles []struct{ ID string }
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil || rep.Version != 1 || len(rep.Stories) != 1 || rep.Stories[0].ID != id || len(rep.Articles) != list.Stories[0].Articles {
		t.Fatalf("story json: %v %+v", err, rep)
	}
	if _, errOut, code = run(t, "", "story", "--db", db, "s999"); code == 0 || !strings.Contains(errOut, "s999") {
		t.Fatalf("unknown story: %d %q", code, errOut)
	}

	out, _, code = run(t, "", "search", "--db", db, "evacu*", "VALENCE")
	if code != 0 || strings.Count(out, "story ") != 2 || !strings.Contains(out, "«") {
		t.Fatalf("search: %d\n%s", code, out)
	}
	out, _, code = run(t, "", "search", "--db", db, "--format", "json", "baviere")
	var hits struct{ Hits []store.Hit }
	if code != 0 || json.Unmarshal([]byte(out), &hits) != nil || len(hits.Hits) != 1 {
		t.Fatalf("search json: %d\n%s", code, out)
	}

	out, _, code = run(t, "", "export", "--db", db)
	if code != 0 || strings.Count(out, "\n") != len(list.Stories) {
		t.Fatalf("export jsonl: %d\n%s", code, out)
	}
	out, _, code = run(t, "", "export", "--db", db, "--format", "json")
	var all struct {
		Version  int
		Articles []json.RawMessage
		Stories  []json.RawMessage
	}
	if code != 0 || json.Unmarshal([]byte(out), &all) != nil || len(all.Articles) != 3 || len(all.Stories) != len(list.Stories) {
		t.Fatalf("export json: %d\n%s", code, out)
	}

	// Reading a store that does not exist does not create it.
	missing := filepath.Join(dir, "none.db")
	if _, errOut, code = run(t, "", "stories", "--db", missing); code == 0 || !strings.Contains(errOut, "no store") {
		t.Fatalf("missing store: %d %q", code, errOut)
	}
	if _, err := os.Stat(missing); err == nil {
		t.Fatal("reading created the store")
	}
	for _, c := range []string{"ingest", "stories", "story", "search", "export"} {
		out, _, code := run(t, "", c, "--help")
		if code != 0 || !strings.Contains(out, "Examples:") {
			t.Errorf("%s --help: %d\n%s", c, code, out)
		}
	}
}

// TestIngestWARC ingests the pages of a WARC archive given with --warc
// (whatever its name) and as a .warc PATH: both store the same article
// once, and a damaged record is reported while the rest goes in.
func TestIngestWARC(t *testing.T) {
	dir := t.TempDir()
	page := `<html lang="fr"><head><title>Crue du Rhône : 1 200 habitants évacués à Valence</title></head><body><article>` +
		`<h1>Crue du Rhône : 1 200 habitants évacués à Valence</h1>` +
		`<p>Les pompiers ont évacué 1 200 habitants de Valence mardi 4 mars, a annoncé la préfecture de la Drôme dans un communiqué publié en fin de matinée.</p>` +
		`<p>La décrue est attendue jeudi selon Météo-France, qui maintient la vigilance orange sur le département jusqu'à nouvel ordre.</p>` +
		`<p>Les écoles de la ville resteront fermées jusqu'à la fin de la semaine, a précisé le maire lors d'une conférence de presse.</p>` +
		`</article></body></html>`
	httpBlock := "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + page
	record := func(uri, block string) string {
		return "WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: " + uri + "\r\nWARC-Date: 2025-03-04T10:00:00Z\r\n" +
			"WARC-Record-ID: <urn:uuid:" + strconv.Itoa(len(block)) + ">\r\nContent-Type: application/http; msgtype=response\r\n" +
			"Content-Length: " + strconv.Itoa(len(block)) + "\r\n\r\n" + block + "\r\n\r\n"
	}
	archive := record("https://example.fr/crue", httpBlock) + "WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\ncut short"
	crawl := filepath.Join(dir, "crawl.bin")
	if err := os.WriteFile(crawl, []byte(archive), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "s.db")
	_, errOut, code := run(t, "", "ingest", "--db", db, "--warc", crawl)
	if code != 2 || !strings.Contains(errOut, "1 article(s) added") || !strings.Contains(errOut, "crawl.bin#2") {
		t.Fatalf("ingest --warc: exit %d, stderr %q", code, errOut)
	}
	named := filepath.Join(dir, "crawl.warc")
	if err := os.WriteFile(named, []byte(record("https://example.fr/crue", httpBlock)), 0o644); err != nil {
		t.Fatal(err)
	}
	_, errOut, code = run(t, "", "ingest", "--db", db, named)
	if code != 0 || !strings.Contains(errOut, "0 article(s) added, 1 already stored") {
		t.Fatalf("ingest crawl.warc: exit %d, stderr %q", code, errOut)
	}
}

// TestIngestMatchesAnalyze ingests the demo corpus into a store and checks
// that every story read back from the store carries the same report as
// analyze gives for the same files: what the store keeps of an article (its
// cleaned text, metadata and facts) is all that a story's report needs.
func TestIngestMatchesAnalyze(t *testing.T) {
	corpus := filepath.Join("..", "..", "demo", "corpus")
	db := filepath.Join(t.TempDir(), "s.db")
	if _, errOut, code := run(t, "", "ingest", "--db", db, corpus); code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, errOut)
	}
	type story struct {
		Articles []string        `json:"articles"`
		Sources  int             `json:"sources"`
		Claims   json.RawMessage `json:"claims"`
		Timeline json.RawMessage `json:"timeline"`
		Entities json.RawMessage `json:"entities"`
		Quotes   json.RawMessage `json:"quotes"`
		Summary  json.RawMessage `json:"summary"`
	}
	read := func(args ...string) map[string]story {
		t.Helper()
		out, errOut, code := run(t, "", args...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, errOut)
		}
		var r struct{ Stories []story }
		if err := json.Unmarshal([]byte(out), &r); err != nil {
			t.Fatalf("%v: %v", args, err)
		}
		m := make(map[string]story)
		for _, s := range r.Stories {
			ids := append([]string(nil), s.Articles...)
			slices.Sort(ids)
			m[strings.Join(ids, ",")] = s
		}
		return m
	}
	want := read("analyze", "--format", "json", corpus)
	got := read("export", "--db", db, "--format", "json")
	if len(got) != len(want) {
		t.Fatalf("%d stories in the store, %d from analyze", len(got), len(want))
	}
	for k, w := range want {
		g, ok := got[k]
		if !ok {
			t.Errorf("analyze's story of %s is not in the store", k)
			continue
		}
		if !reflect.DeepEqual(g, w) {
			gb, _ := json.Marshal(g)
			wb, _ := json.Marshal(w)
			t.Errorf("story of %s differs:\nstore   %s\nanalyze %s", k, gb, wb)
		}
	}
}
