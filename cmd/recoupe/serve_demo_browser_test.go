package main

import (
	"bufio"
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/recoupe/recoupe/internal/chromium"
	"github.com/recoupe/recoupe/store"
)

// TestServeDemoInChromium runs 'recoupe serve --demo' as a user would and
// opens its web UI in headless Chromium: the story list, the first story
// (its claims table and charts) and a search for a word of its title. It
// fails on any console message. With RECOUPE_SCREENSHOTS=dir the
// screenshots are saved there.
func TestServeDemoInChromium(t *testing.T) {
	if ok, why := chromium.Enabled(); !ok {
		t.Skip(why)
	}
	cmd := exec.Command(binPath, "serve", "--demo", "--addr", "127.0.0.1:0")
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() {
		cmd.Process.Signal(os.Interrupt)
		cmd.Wait()
	}()
	// "recoupe serve: http://127.0.0.1:PORT/ (read-only)"
	line, err := bufio.NewReader(stderr).ReadString('\n')
	if err != nil {
		t.Fatalf("serve --demo said nothing: %v", err)
	}
	base := line[strings.Index(line, "http://") : strings.Index(line, "/ (")+1]

	var list struct{ Stories []store.StoryItem }
	get := func(path string, v any) {
		t.Helper()
		resp, err := http.Get(base + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		if resp.StatusCode != 200 {
			t.Fatalf("GET %s: %s", path, resp.Status)
		}
		if err := json.NewDecoder(resp.Body).Decode(v); err != nil {
			t.Fatalf("GET %s: %v", path, err)
		}
	}
	get("api/stories", &list)
	if len(list.Stories) == 0 {
		t.Fatal("the demo has no story")
	}
	first := list.Stories[0]
	for _, s := range list.Stories {
		if s.Articles > first.Articles {
			first = s
		}
	}
	var page store.StoryPage
	get("api/stories/"+first.ID, &page)

	shots := os.Getenv("RECOUPE_SCREENSHOTS")
	if shots == "" {
		shots = t.TempDir()
	} else if err := os.MkdirAll(shots, 0o755); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	open := func(name, path string, want ...string) {
		t.Helper()
		dom, console, err := chromium.DumpDOM(ctx, base+path, t.TempDir())
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range console {
			t.Errorf("%s: console message: %s", path, l)
		}
		for _, w := range want {
			if !strings.Contains(dom, w) {
				t.Errorf("%s: the page lacks %s", path, w)
			}
		}
		shot := filepath.Join(shots, name+".png")
		if _, _, err := chromium.Run(ctx, base+path, t.TempDir(), "--window-size=1280,1600", "--hide-scrollbars", "--screenshot="+shot); err != nil {
			t.Fatal(err)
		}
		if info, err := os.Stat(shot); err != nil || info.Size() < 5000 {
			t.Errorf("%s: no screenshot (%v)", path, err)
		}
	}
	open("ui-stories", "", `href="/stories/`+first.ID+`"`)
	wantClaims := []string{`<table class="claims`, `<svg class="timeline"`}
	if len(page.Story.Claims) == 0 {
		t.Fatalf("the demo's main story has no claim")
	}
	open("ui-story", "stories/"+first.ID, wantClaims...)
	word := ""
	for _, w := range strings.Fields(first.Title) {
		if len(w) > len(word) && !strings.ContainsAny(w, ":,'’") {
			word = w
		}
	}
	open("ui-search", "search?q="+url.QueryEscape(word), `<ol class="hits`, "<mark>")
}
