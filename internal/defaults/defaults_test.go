package defaults

import (
	"testing"
	"time"
)

func TestPositive(t *testing.T) {
	i, f, d := 0, -1.5, time.Duration(0)
	Positive(&i, 3)
	Positive(&f, 0.5)
	Positive(&d, time.Hour)
	if i != 3 || f != 0.5 || d != time.Hour {
		t.Errorf("unset: got %d %v %v", i, f, d)
	}
	i, f, d = 7, 2.5, time.Minute
	Positive(&i, 3)
	Positive(&f, 0.5)
	Positive(&d, time.Hour)
	if i != 7 || f != 2.5 || d != time.Minute {
		t.Errorf("set: got %d %v %v", i, f, d)
	}
}
