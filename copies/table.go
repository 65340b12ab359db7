package copies

// headTable maps a non-zero 32-bit key to the newest entry of its posting
// chain (a non-zero entry number; the chains themselves live in the
// caller's next arrays). It is an open-addressing table with linear
// probing, 8 bytes a slot, kept at most 3/4 full: much smaller than a Go
// map of slices, which matters at a million stored articles.
//
// Keys are hashes already; two different features that share a 32-bit
// key share a chain, which only adds a candidate that the caller's
// verification then rejects.
type headTable struct {
	slots []uint64 // key<<32 | head; 0 = free
	used  int
	shift uint // 64 - log2(len(slots))
}

func (t *headTable) init(logSize uint) {
	t.slots = make([]uint64, 1<<logSize)
	t.used = 0
	t.shift = 64 - logSize
}

func (t *headTable) index(key uint32) int {
	return int((uint64(key) * 0x9e3779b97f4a7c15) >> t.shift)
}

// head returns the newest entry of key's chain, 0 when there is none.
func (t *headTable) head(key uint32) uint32 {
	if len(t.slots) == 0 {
		return 0
	}
	mask := len(t.slots) - 1
	for i := t.index(key); ; i = (i + 1) & mask {
		s := t.slots[i]
		if s == 0 {
			return 0
		}
		if uint32(s>>32) == key {
			return uint32(s)
		}
	}
}

// push makes entry the head of key's chain and returns the previous head
// (0 when the key is new), which the caller links from entry.
func (t *headTable) push(key, entry uint32) uint32 {
	if len(t.slots) == 0 {
		t.init(10)
	}
	if (t.used+1)*4 > len(t.slots)*3 {
		t.grow()
	}
	mask := len(t.slots) - 1
	for i := t.index(key); ; i = (i + 1) & mask {
		s := t.slots[i]
		if s == 0 {
			t.slots[i] = uint64(key)<<32 | uint64(entry)
			t.used++
			return 0
		}
		if uint32(s>>32) == key {
			t.slots[i] = uint64(key)<<32 | uint64(entry)
			return uint32(s)
		}
	}
}

func (t *headTable) grow() {
	old := t.slots
	t.init(64 - t.shift + 1)
	mask := len(t.slots) - 1
	for _, s := range old {
		if s == 0 {
			continue
		}
		i := t.index(uint32(s >> 32))
		for t.slots[i] != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = s
		t.used++
	}
}

// dfSketch counts in how many documents each feature key occurs, in a
// fixed-size count-min sketch (two rows of 16-bit counters), so that
// rarity is known without a per-feature table. Every halfLife documents
// all counts are halved: rarity follows the recent news, not all of
// history.
type dfSketch struct {
	rows     [2][]uint16
	docs     float64 // documents counted (decayed like the counts)
	added    int
	halfLife int
}

const dfLogSize = 18 // 2 x 256 Ki counters = 1 MiB

func newDFSketch(halfLife int) *dfSketch {
	s := &dfSketch{halfLife: halfLife}
	for i := range s.rows {
		s.rows[i] = make([]uint16, 1<<dfLogSize)
	}
	return s
}

func (s *dfSketch) slots(key uint32) (int, int) {
	h := mix64(uint64(key))
	return int(h & (1<<dfLogSize - 1)), int(h >> (64 - dfLogSize))
}

// count returns the (over-)estimated document frequency of key.
func (s *dfSketch) count(key uint32) int {
	a, b := s.slots(key)
	return int(min(s.rows[0][a], s.rows[1][b]))
}

// add counts one occurrence of key (once per document).
func (s *dfSketch) add(key uint32) {
	a, b := s.slots(key)
	if s.rows[0][a] < 0xffff {
		s.rows[0][a]++
	}
	if s.rows[1][b] < 0xffff {
		s.rows[1][b]++
	}
}

// doc records that one more document was counted, halving the counts
// when a half-life has passed.
func (s *dfSketch) doc() {
	s.docs++
	s.added++
	if s.halfLife > 0 && s.added >= s.halfLife {
		s.added = 0
		s.docs /= 2
		for _, row := range s.rows {
			for i := range row {
				row[i] >>= 1
			}
		}
	}
}
