package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// watchSite serves an RSS feed of two articles and their pages.
func watchSite(t *testing.T) *httptest.Server {
	var s *httptest.Server
	s = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/robots.txt":
			fmt.Fprint(w, "User-agent: *\nAllow: /\n")
		case "/feed.xml":
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
<item><title>Un</title><link>%[1]s/un</link><pubDate>Mon, 04 Mar 2024 10:00:00 GMT</pubDate></item>
<item><title>Deux</title><link>%[1]s/deux</link><pubDate>Mon, 04 Mar 2024 11:00:00 GMT</pubDate></item>
</channel></rss>`, s.URL)
		default:
			fmt.Fprintf(w, `<!doctype html><html lang="fr"><head><title>Page %[1]s</title></head><body><article>
<p>La mairie de Lyon a annoncé lundi %[1]s la fermeture de trois piscines municipales pendant l'été, faute de maîtres-nageurs en nombre suffisant.</p>
<p>Selon l'adjoint aux sports, une quarantaine de postes restent vacants malgré une campagne de recrutement lancée en janvier dans toute la région.</p>
<p>Les syndicats dénoncent une situation prévisible et réclament une revalorisation des salaires, jugés trop bas au regard des responsabilités.</p>
</article></body></html>`, strings.TrimPrefix(r.URL.Path, "/"))
		}
	}))
	t.Cleanup(s.Close)
	return s
}

func TestWatchOncePrint(t *testing.T) {
	s := watchSite(t)
	dir := t.TempDir()
	feeds := filepath.Join(dir, "feeds.txt")
	os.WriteFile(feeds, []byte("# test feeds\n"+s.URL+"/feed.xml\n"), 0o644)

	out, errOut, code := run(t, "", "watch", "--feeds", feeds, "--once", "--print", "--allow-private")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var urls []string
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var d struct{ URL, Title, Published, Text string }
		if err := json.Unmarshal([]byte(line), &d); err != nil {
			t.Fatalf("bad JSON line %q: %v", line, err)
		}
		if d.Text == "" || d.Title == "" || d.Published == "" {
			t.Errorf("incomplete article %+v", d)
		}
		urls = append(urls, d.URL)
	}
	sort.Strings(urls)
	if want := []string{s.URL + "/deux", s.URL + "/un"}; strings.Join(urls, " ") != strings.Join(want, " ") {
		t.Errorf("printed %q, want %q", urls, want)
	}

	// Without --allow-private, 127.0.0.1 is refused: the feed fails.
	_, errOut, code = run(t, "", "watch", "--feeds", feeds, "--once", "--print")
	if code != 2 || !strings.Contains(errOut, "address not allowed") {
		t.Errorf("private address: exit %d, stderr %s", code, errOut)
	}
	// A bad feeds file is an error naming the line.
	bad := filepath.Join(dir, "bad.txt")
	os.WriteFile(bad, []byte("ftp://x/y\n"), 0o644)
	if _, errOut, code := run(t, "", "watch", "--feeds", bad, "--once"); code != 1 || !strings.Contains(errOut, "line 1") {
		t.Errorf("bad feeds file: exit %d, stderr %s", code, errOut)
	}
}

func TestWatchOnceStore(t *testing.T) {
	s := watchSite(t)
	dir := t.TempDir()
	feeds := filepath.Join(dir, "feeds.txt")
	os.WriteFile(feeds, []byte(s.URL+"/feed.xml\n"), 0o644)
	db := filepath.Join(dir, "news.db")
	_, errOut, code := run(t, "", "watch", "--feeds", feeds, "--db", db, "--once", "--allow-private")
	if code != 0 || !strings.Contains(errOut, "added=2") {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if _, err := os.Stat(db + ".watch-seen"); err != nil {
		t.Errorf("no seen file: %v", err)
	}
	// Again: the items were seen, nothing is fetched or added.
	_, errOut, code = run(t, "", "watch", "--feeds", feeds, "--db", db, "--once", "--allow-private")
	if code != 0 || !strings.Contains(errOut, "new=0") || strings.Contains(errOut, "added=") {
		t.Errorf("second run: exit %d: %s", code, errOut)
	}
	out, errOut, code := run(t, "", "stories", "--db", db)
	if code != 0 || out == "" {
		t.Errorf("stories after watch: exit %d: %s", code, errOut)
	}
}
