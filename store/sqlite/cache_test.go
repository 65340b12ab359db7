package sqlite

import (
	"testing"

	"github.com/recoupe/recoupe/article"
)

func TestMemberCache(t *testing.T) {
	c := newMemberCache(4) // two generations of 2
	put := func(seq int64) { c.put(seq, member{a: &article.Article{ID: string(rune('a' + seq))}}) }
	put(1)
	put(2)
	put(3) // {1, 2} become the old generation
	if _, ok := c.get(1); !ok {
		t.Fatal("1 dropped too early")
	}
	// 1 moved back to the current generation {3, 1}; 2 is old.
	put(4) // {3, 1} old, {2} dropped
	tests := []struct {
		seq  int64
		want bool
	}{{1, true}, {2, false}, {3, true}, {4, true}, {5, false}}
	for _, tt := range tests {
		m, ok := c.get(tt.seq)
		if ok != tt.want {
			t.Errorf("get(%d) found %v, want %v", tt.seq, ok, tt.want)
		}
		if ok && m.a.ID != string(rune('a'+tt.seq)) {
			t.Errorf("get(%d) = %q", tt.seq, m.a.ID)
		}
	}
}
