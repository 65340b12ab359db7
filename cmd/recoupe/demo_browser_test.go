package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/recoupe/recoupe/internal/chromium"
)

// TestDemoHTMLInChromium renders the demo corpus as the HTML report, as a
// user would (recoupe demo --format html), opens it in headless Chromium
// and fails on any console message or a page without its claims table
// and charts. With RECOUPE_SCREENSHOTS=dir it saves the screenshot there.
func TestDemoHTMLInChromium(t *testing.T) {
	if ok, why := chromium.Enabled(); !ok {
		t.Skip(why)
	}
	dir := t.TempDir()
	page := filepath.Join(dir, "demo.html")
	if _, stderr, code := run(t, "", "demo", "--format", "html", "--out", page); code != 0 {
		t.Fatalf("demo --format html: exit %d: %s", code, stderr)
	}
	ctx := context.Background()
	dom, console, err := chromium.DumpDOM(ctx, "file://"+page, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range console {
		t.Errorf("console message: %s", l)
	}
	for _, want := range []string{`<table`, `<svg class="timeline"`, `class="fig`} {
		if !strings.Contains(dom, want) {
			t.Errorf("the browser's DOM lacks %s (%d bytes)", want, len(dom))
		}
	}
	shots := os.Getenv("RECOUPE_SCREENSHOTS")
	if shots == "" {
		shots = dir
	}
	shot := filepath.Join(shots, "demo-report.png")
	if _, _, err := chromium.Run(ctx, "file://"+page, t.TempDir(), "--window-size=1280,2400", "--hide-scrollbars", "--screenshot="+shot); err != nil {
		t.Fatal(err)
	}
	if info, err := os.Stat(shot); err != nil || info.Size() < 10000 {
		t.Fatalf("no screenshot: %v", err)
	}
}
