package unionfind

import "testing"

func TestSets(t *testing.T) {
	s := New()
	if s.Find("a") != "a" {
		t.Fatal("a new key is its own set")
	}
	if !s.Union("a", "b") || !s.Union("c", "d") {
		t.Fatal("union of separate sets reported as no change")
	}
	if s.Union("b", "a") {
		t.Error("union of one set reported as a change")
	}
	if s.Find("b") != "a" || s.Find("d") != "c" {
		t.Errorf("representatives: b->%s d->%s, want a and c", s.Find("b"), s.Find("d"))
	}
	s.Union("d", "b")
	for _, k := range []string{"a", "b", "c", "d"} {
		if s.Find(k) != "c" {
			t.Errorf("%s -> %s, want c after joining through d", k, s.Find(k))
		}
	}
	n := 0
	s.Keys(func(string) { n++ })
	if n != 4 {
		t.Errorf("%d keys, want 4", n)
	}
}
