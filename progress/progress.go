// Package progress draws a one-line progress bar (count, rate, ETA) on a
// terminal. On anything that is not a terminal it draws nothing, so output
// that is piped or captured stays clean.
package progress

import (
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"

	"golang.org/x/term"
)

// Bar is a progress bar. The zero value and a nil *Bar draw nothing.
type Bar struct {
	mu      sync.Mutex
	w       io.Writer
	label   string
	total   int
	done    int
	start   time.Time
	last    time.Time
	every   time.Duration
	now     func() time.Time
	drawn   bool
	enabled bool
}

// New returns a bar writing to w, enabled only when w is a terminal.
// total may be 0 when unknown.
func New(w io.Writer, label string, total int) *Bar {
	return newBar(w, label, total, IsTerminal(w))
}

// NewForced returns a bar that draws whatever w is (for tests).
func NewForced(w io.Writer, label string, total int, now func() time.Time) *Bar {
	b := newBar(w, label, total, true)
	b.now = now
	b.start = now()
	b.every = 0
	return b
}

func newBar(w io.Writer, label string, total int, enabled bool) *Bar {
	return &Bar{w: w, label: label, total: total, start: time.Now(), every: 100 * time.Millisecond, now: time.Now, enabled: enabled}
}

// IsTerminal reports whether w is a terminal.
func IsTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// Add records n more items done and redraws at most every 100 ms.
func (b *Bar) Add(n int) {
	if b == nil || !b.enabled {
		return
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	b.done += n
	t := b.now()
	if b.drawn && t.Sub(b.last) < b.every && b.done != b.total {
		return
	}
	b.last = t
	b.draw(t)
}

// Done clears the bar's line.
func (b *Bar) Done() {
	if b == nil || !b.enabled {
		return
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.drawn {
		fmt.Fprint(b.w, "\r\033[K")
		b.drawn = false
	}
}

func (b *Bar) draw(t time.Time) {
	el := t.Sub(b.start).Seconds()
	rate := 0.0
	if el > 0 {
		rate = float64(b.done) / el
	}
	var line string
	if b.total > 0 {
		frac := float64(b.done) / float64(b.total)
		if frac > 1 {
			frac = 1
		}
		const width = 24
		fill := int(frac * width)
		eta := "?"
		if rate > 0 {
			eta = (time.Duration(float64(b.total-b.done)/rate) * time.Second).Round(time.Second).String()
		}
		line = fmt.Sprintf("%s [%s%s] %d/%d %.0f/s ETA %s", b.label,
			strings.Repeat("=", fill), strings.Repeat(" ", width-fill), b.done, b.total, rate, eta)
	} else {
		line = fmt.Sprintf("%s %d %.0f/s", b.label, b.done, rate)
	}
	fmt.Fprint(b.w, "\r\033[K"+line)
	b.drawn = true
}
