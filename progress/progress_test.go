package progress

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

func TestBarNotTerminal(t *testing.T) {
	var buf bytes.Buffer
	b := New(&buf, "reading", 10)
	b.Add(5)
	b.Done()
	if buf.Len() != 0 {
		t.Fatalf("bar drew on a non-terminal: %q", buf.String())
	}
	var nilBar *Bar
	nilBar.Add(1) // must not panic
	nilBar.Done()
}

func TestBarDraws(t *testing.T) {
	var buf bytes.Buffer
	now := time.Unix(0, 0)
	clock := func() time.Time { return now }
	b := NewForced(&buf, "reading", 10, clock)
	now = now.Add(2 * time.Second)
	b.Add(5)
	out := buf.String()
	for _, want := range []string{"reading", "5/10", "2/s", "ETA 2s"} {
		if !strings.Contains(out, want) {
			t.Errorf("bar %q lacks %q", out, want)
		}
	}
	b.Done()
	if !strings.HasSuffix(buf.String(), "\r\033[K") {
		t.Errorf("Done did not clear the line: %q", buf.String())
	}
}
