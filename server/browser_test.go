package server

import (
	"context"
	"net"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestUIInChromium drives Debian's headless Chromium through the web UI:
// the story list, a story (its claims table, a conflict, the charts), the
// search form, and the story on a phone-sized screen. It fails on any
// console message or uncaught error and saves screenshots in a temporary
// directory, and in $RECOUPE_SCREENSHOTS when set. It needs
// /usr/bin/chromium and RECOUPE_BROWSER_TESTS=1 (or CI=true).
func TestUIInChromium(t *testing.T) {
	const chromium = "/usr/bin/chromium"
	if os.Getenv("RECOUPE_BROWSER_TESTS") != "1" && os.Getenv("CI") != "true" {
		t.Skip("browser test: set RECOUPE_BROWSER_TESTS=1 (or CI=true) to run it")
	}
	if _, err := os.Stat(chromium); err != nil {
		t.Skipf("browser test: %s not found: %v", chromium, err)
	}
	rep := demoReport(t)
	s, err := New(NewReportReader(rep, testTime), Options{Logger: quietLogger()})
	if err != nil {
		t.Fatal(err)
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srvCtx, stopSrv := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- s.Serve(srvCtx, l) }()
	defer func() {
		stopSrv()
		if err := <-served; err != nil {
			t.Errorf("Serve: %v", err)
		}
	}()
	base := "http://" + l.Addr().String()

	shots := []string{t.TempDir()}
	if d := os.Getenv("RECOUPE_SCREENSHOTS"); d != "" {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
		shots = append(shots, d)
	}

	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(chromium), chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.UserDataDir(t.TempDir()), chromedp.WindowSize(1280, 1600),
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true), chromedp.Flag("no-first-run", true))
	defer cancelAlloc()
	ctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	// Start the browser without a deadline (a deadline on the first run
	// would stop the browser with it), then bound the steps.
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("starting chromium: %v", err)
	}
	var (
		mu       sync.Mutex
		messages []string
	)
	consoleCtx, stopConsole := context.WithCancel(ctx)
	msgs := chromedp.Console(consoleCtx)
	consoleDone := make(chan struct{})
	go func() {
		defer close(consoleDone)
		for m, err := range msgs {
			if err != nil {
				return
			}
			mu.Lock()
			messages = append(messages, m.String())
			mu.Unlock()
		}
	}()
	ctx, cancelSteps := context.WithTimeout(ctx, 90*time.Second)
	defer cancelSteps()

	shoot := func(name string) {
		t.Helper()
		png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
		if err != nil {
			t.Fatalf("screenshot %s: %v", name, err)
		}
		if len(png) < 5000 {
			t.Errorf("screenshot %s: only %d bytes", name, len(png))
		}
		for _, d := range shots {
			p := filepath.Join(d, name+".png")
			if err := os.WriteFile(p, png, 0o644); err != nil {
				t.Fatal(err)
			}
			t.Logf("screenshot: %s", p)
		}
	}
	count := func(sel string) int {
		t.Helper()
		n, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll(`+jsString(sel)+`).length`))
		if err != nil {
			t.Fatalf("counting %s: %v", sel, err)
		}
		return n
	}

	// The story list.
	if err := chromedp.Do(ctx, chromedp.Navigate(base+"/"), chromedp.WaitVisible(chromedp.CSS("ol.stories"))); err != nil {
		t.Fatalf("story list: %v", err)
	}
	if n := count("ol.stories > li"); n != len(rep.Stories) {
		t.Errorf("the list shows %d stories, want %d", n, len(rep.Stories))
	}
	if n := count("ol.stories .pill.conflict"); n != 1 {
		t.Errorf("%d conflict badges, want 1", n)
	}
	shoot("stories")

	// Follow the first story.
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("ol.stories > li:first-child a.title")),
		chromedp.WaitVisible(chromedp.CSS("table.claims"))); err != nil {
		t.Fatalf("following a story: %v", err)
	}
	loc, err := chromedp.Run(ctx, chromedp.Location())
	if err != nil || !strings.HasSuffix(loc, "/stories/"+rep.Stories[0].ID) {
		t.Errorf("location %q (%v)", loc, err)
	}
	title, err := chromedp.Run(ctx, chromedp.Title())
	if err != nil || !strings.HasPrefix(title, rep.Stories[0].Title) {
		t.Errorf("title %q (%v)", title, err)
	}
	if n := count("table.claims tbody tr"); n != len(rep.Stories[0].Claims) {
		t.Errorf("the claims table has %d rows, the story %d claims", n, len(rep.Stories[0].Claims))
	}
	if n := count("table.claims tr.row-conflict"); n != 1 {
		t.Errorf("%d conflict rows, want 1", n)
	}
	for _, sel := range []string{"svg.timeline", "svg.figure circle, svg.figure path", "table.matrix", "ol.summary li"} {
		if count(sel) == 0 {
			t.Errorf("the story page has no %s", sel)
		}
	}
	// The timeline chart is drawn: it has a size on the page.
	w, err := chromedp.Run(ctx, chromedp.Evaluate[float64](`document.querySelector("svg.timeline").getBoundingClientRect().width`))
	if err != nil || w < 300 {
		t.Errorf("timeline chart width %v (%v)", w, err)
	}
	shoot("story")

	// Search from the header's form.
	if err := chromedp.Do(ctx,
		chromedp.SendKeys(chromedp.CSS(`header.site input[name="q"]`), "evacuees"),
		chromedp.Submit(chromedp.CSS(`header.site input[name="q"]`)),
		chromedp.WaitVisible(chromedp.CSS("ol.hits"))); err != nil {
		t.Fatalf("search: %v", err)
	}
	if count("ol.hits > li") == 0 || count("ol.hits mark") == 0 {
		t.Errorf("search shows no hit or no highlighted match")
	}
	shoot("search")

	// The story on a phone: nothing wider than the screen but the
	// scrolling tables and charts.
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(390, 844), chromedp.Navigate(base+"/stories/"+rep.Stories[0].ID),
		chromedp.WaitVisible(chromedp.CSS("table.claims"))); err != nil {
		t.Fatalf("phone: %v", err)
	}
	overflow, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.documentElement.scrollWidth - window.innerWidth`))
	if err != nil || overflow > 1 {
		t.Errorf("on a phone the page is %d px wider than the screen (%v)", overflow, err)
	}
	shoot("story-phone")

	stopConsole()
	<-consoleDone
	mu.Lock()
	defer mu.Unlock()
	for _, m := range messages {
		t.Errorf("console message (the pages have no script: any is an error): %s", m)
	}
}

// jsString quotes s as a JavaScript string literal.
func jsString(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`).Replace(s) + `"`
}
