// Package defaults fills the unset fields of option structs: the stages'
// Options treat a zero or negative number as "use the default".
package defaults

import "cmp"

// Positive sets *p to def when *p is zero or negative.
func Positive[T cmp.Ordered](p *T, def T) {
	var zero T
	if *p <= zero {
		*p = def
	}
}
