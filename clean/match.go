package clean

// A matcher finds which of a fixed set of phrases occur in a folded line.
// Each phrase is indexed by its rarest pair of adjacent bytes (its anchor),
// so a scan costs one table look-up per byte of the line and a comparison
// only where an anchor occurs.
type matcher struct {
	phrases [][]byte
	anchor  []int // offset of each phrase's anchor in the phrase
	// present is a bit set of the anchors.
	present [1 << 16 / 64]uint64
	// heads maps an anchor to 1 + the index of its list of phrases in
	// lists; 0 when no phrase has that anchor.
	heads [1 << 16]uint16
	lists [][]uint16
}

// byteFreq ranks bytes by how common they are in folded French and
// English text; rarer bytes make better anchors.
func byteFreq(c byte) int {
	switch c {
	case ' ':
		return 30
	case 'e':
		return 15
	case 's', 'a':
		return 8
	case 'i', 't', 'n':
		return 7
	case 'r', 'u':
		return 6
	case 'l', 'o':
		return 5
	case 'd':
		return 4
	case 'c', 'm', 'p':
		return 3
	case ',', '.', '\'':
		return 2
	}
	return 1
}

// newMatcher indexes phrases (each at least two bytes long).
func newMatcher(phrases []string) *matcher {
	m := &matcher{}
	for i, p := range phrases {
		if len(p) < 2 {
			panic("clean: matcher phrase shorter than two bytes: " + p) // a bug in a table, not input
		}
		best, bestScore := 0, 1<<30
		for j := 0; j+1 < len(p); j++ {
			if s := byteFreq(p[j]) + byteFreq(p[j+1]); s < bestScore {
				best, bestScore = j, s
			}
		}
		m.phrases = append(m.phrases, []byte(p))
		m.anchor = append(m.anchor, best)
		h := uint16(p[best])<<8 | uint16(p[best+1])
		m.present[h>>6] |= 1 << (h & 63)
		if m.heads[h] == 0 {
			m.lists = append(m.lists, nil)
			m.heads[h] = uint16(len(m.lists))
		}
		l := m.heads[h] - 1
		m.lists[l] = append(m.lists[l], uint16(i))
	}
	return m
}

// scan calls fn(phrase, start) for each occurrence of a phrase in f that
// starts at or after from, in the order of their anchors, until fn
// returns false.
func (m *matcher) scan(f []byte, from int, fn func(phrase, start int) bool) {
	if from < 0 {
		from = 0
	}
	for i := from; i+1 < len(f); i++ {
		h := uint16(f[i])<<8 | uint16(f[i+1])
		if m.present[h>>6]&(1<<(h&63)) == 0 {
			continue
		}
		l := m.heads[h]
		for _, p := range m.lists[l-1] {
			ph := m.phrases[p]
			start := i - m.anchor[p]
			if start < from || start+len(ph) > len(f) || string(f[start:start+len(ph)]) != string(ph) {
				continue
			}
			if !fn(int(p), start) {
				return
			}
		}
	}
}

// find returns the phrase of f (from byte from on) that starts first, and
// where, or -1, -1.
func (m *matcher) find(f []byte, from int) (phrase, at int) {
	phrase, at = -1, -1
	m.scan(f, from, func(p, start int) bool {
		if at < 0 || start < at || start == at && p < phrase {
			phrase, at = p, start
		}
		return true
	})
	return phrase, at
}
