//go:build !unix

package quote

import "time"

// cpuTime is unavailable here: benchmarks report no CPU time.
func cpuTime() time.Duration { return 0 }
