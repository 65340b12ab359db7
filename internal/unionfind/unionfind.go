// Package unionfind keeps disjoint sets of string keys (union-find with
// path compression), as copy detection and the cross-check use to gather
// articles into groups.
package unionfind

// Sets is a disjoint-set forest over string keys. The zero value is not
// usable: make one with New. A key not seen yet is a set of its own.
type Sets struct {
	parent map[string]string
}

// New returns empty sets.
func New() *Sets { return &Sets{parent: make(map[string]string)} }

// Find returns the representative of x's set, adding x when new.
func (s *Sets) Find(x string) string {
	p, ok := s.parent[x]
	if !ok || p == x {
		s.parent[x] = x
		return x
	}
	r := s.Find(p)
	s.parent[x] = r
	return r
}

// Union joins the sets of a and b; a's representative represents the
// joined set. It reports whether they were apart.
func (s *Sets) Union(a, b string) bool {
	ra, rb := s.Find(a), s.Find(b)
	if ra == rb {
		return false
	}
	s.parent[rb] = ra
	return true
}

// Keys calls fn with every key seen, in no particular order.
func (s *Sets) Keys(fn func(key string)) {
	for k := range s.parent {
		fn(k)
	}
}
