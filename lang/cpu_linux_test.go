//go:build linux

package lang

import (
	"syscall"
	"testing"
	"time"
)

// reportCPU reports the process CPU time per operation ("cpu-ns/op")
// from start, a figure less disturbed than wall time when other work
// shares the machine.
func reportCPU(b *testing.B, start time.Duration) {
	b.ReportMetric(float64(cpuTime()-start)/float64(b.N), "cpu-ns/op")
}

// cpuTime is the user and system CPU time the process used so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
