package watch

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"net/url"
	"strings"
)

// ParseFeeds reads a feeds file: one feed URL (http or https) per line.
// Blank lines are skipped; '#' starts a comment when it begins a line or
// follows white space (a '#' inside a URL is its fragment). A URL given
// twice is kept once. The URLs that are valid are returned in order; the
// error, if any, names each bad line ("line N: ...").
func ParseFeeds(r io.Reader) ([]string, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4096), 64<<10)
	var urls []string
	var errs []error
	seen := map[string]bool{}
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if n == 1 {
			line = strings.TrimPrefix(line, "\uFEFF")
		}
		line = stripComment(line)
		if line == "" {
			continue
		}
		u, err := feedURL(line)
		if err != nil {
			errs = append(errs, fmt.Errorf("line %d: %w", n, err))
			continue
		}
		if !seen[u] {
			seen[u] = true
			urls = append(urls, u)
		}
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			err = errors.New("a line longer than 64 KiB")
		}
		errs = append(errs, fmt.Errorf("reading the feeds file: %w", err))
	}
	return urls, errors.Join(errs...)
}

// stripComment removes a comment and the white space around what is left.
func stripComment(line string) string {
	for i := 0; i < len(line); i++ {
		if line[i] == '#' && (i == 0 || line[i-1] == ' ' || line[i-1] == '\t') {
			line = line[:i]
			break
		}
	}
	return strings.TrimSpace(line)
}

// feedURL checks one feed URL.
func feedURL(s string) (string, error) {
	if strings.ContainsAny(s, " \t\x00") {
		return "", fmt.Errorf("%q: one URL per line, without spaces", shorten(s))
	}
	u, err := url.Parse(s)
	if err != nil {
		return "", fmt.Errorf("%q is not a URL", shorten(s))
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return "", fmt.Errorf("%q: not an http or https URL", shorten(s))
	}
	if u.Host == "" || u.Hostname() == "" {
		return "", fmt.Errorf("%q: no host", shorten(s))
	}
	return u.String(), nil
}

func shorten(s string) string {
	if r := []rune(s); len(r) > 80 {
		return string(r[:80]) + "..."
	}
	return s
}
