// Package chromium runs Debian's headless Chromium on a page for the
// browser tests: the DOM it built, its console messages, a screenshot.
// The tests that use it run only when RECOUPE_BROWSER_TESTS=1 (or
// CI=true) and skip with a message otherwise (see Enabled).
package chromium

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"time"
)

// Path is where Debian's chromium package installs the browser.
const Path = "/usr/bin/chromium"

// Enabled reports whether browser tests should run; when not, reason says
// why, for a test's Skip message.
func Enabled() (ok bool, reason string) {
	if os.Getenv("RECOUPE_BROWSER_TESTS") != "1" && os.Getenv("CI") != "true" {
		return false, "browser test: set RECOUPE_BROWSER_TESTS=1 (or CI=true) to run it"
	}
	if _, err := os.Stat(Path); err != nil {
		return false, fmt.Sprintf("browser test: %s not found (apt-get install chromium): %v", Path, err)
	}
	return true, ""
}

// Run opens url (file:// or http://) in headless Chromium with the extra
// flags and returns what it wrote on stdout and stderr. profile is an
// empty directory for the browser's profile.
func Run(ctx context.Context, url, profile string, extra ...string) (stdout, stderr string, err error) {
	ctx, cancel := context.WithTimeout(ctx, 90*time.Second)
	defer cancel()
	args := append([]string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
		"--no-first-run", "--disable-background-networking", "--disable-component-update",
		"--disable-sync", "--user-data-dir=" + profile}, extra...)
	args = append(args, url)
	cmd := exec.CommandContext(ctx, Path, args...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		return out.String(), errb.String(), fmt.Errorf("chromium %v: %w\n%s", extra, err, errb.String())
	}
	return out.String(), errb.String(), nil
}

// DumpDOM opens url and returns the DOM the browser built and the page's
// console messages and uncaught errors.
func DumpDOM(ctx context.Context, url, profile string) (dom string, console []string, err error) {
	dom, logs, err := Run(ctx, url, profile, "--enable-logging=stderr", "--v=0", "--dump-dom")
	return dom, ConsoleMessages(logs), err
}

// ConsoleMessages picks out of Chromium's log (--enable-logging=stderr)
// the page's console messages and uncaught errors.
func ConsoleMessages(log string) []string {
	var out []string
	for _, l := range strings.Split(log, "\n") {
		if strings.Contains(l, ":CONSOLE") || strings.Contains(l, "Uncaught") {
			out = append(out, strings.TrimSpace(l))
		}
	}
	return out
}
