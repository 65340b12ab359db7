// Package cputime reads the CPU time the process has used, so that
// benchmarks can report CPU time per operation ("cpu-ns/op"): a figure far
// less disturbed than wall time when other work shares the machine.
package cputime

import (
	"testing"
	"time"
)

// Report adds the metric "cpu-ns/op" to b: the process CPU time used since
// start (a value of Now), divided by b.N. It reports nothing where CPU time
// cannot be read.
func Report(b *testing.B, start time.Duration) {
	if end := Now(); end > 0 {
		b.ReportMetric(float64(end-start)/float64(b.N), "cpu-ns/op")
	}
}
