package stories

// wordCache maps folded words to their term ids (or wordStop, wordSkip)
// by a 64-bit hash of the word alone: an open-addressing table of hashes
// and ids, with no key to compare, which makes a lookup one or two cache
// lines. Two words sharing a 64-bit hash would share an id; with a
// million words the odds are about one in thirty million.
type wordCache struct {
	hash []uint64 // 0 marks an empty slot
	id   []int32
	n    int
}

// wordHash hashes a folded word (FNV-1a, then mixed so that the low bits
// used for the slot depend on every byte). It is never 0.
func wordHash(w []byte) uint64 {
	h := uint64(14695981039346656037)
	for _, c := range w {
		h ^= uint64(c)
		h *= 1099511628211
	}
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	if h == 0 {
		h = 1
	}
	return h
}

// get returns the id stored for hash h.
func (c *wordCache) get(h uint64) (int32, bool) {
	if len(c.hash) == 0 {
		return 0, false
	}
	mask := uint64(len(c.hash) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		switch c.hash[i] {
		case h:
			return c.id[i], true
		case 0:
			return 0, false
		}
	}
}

// put stores id for hash h (not present yet). The table is emptied when
// it holds limit words.
func (c *wordCache) put(h uint64, id int32, limit int) {
	if c.n >= limit {
		clear(c.hash)
		c.n = 0
	}
	if 2*(c.n+1) > len(c.hash) {
		c.grow()
	}
	mask := uint64(len(c.hash) - 1)
	i := h & mask
	for c.hash[i] != 0 {
		i = (i + 1) & mask
	}
	c.hash[i], c.id[i] = h, id
	c.n++
}

func (c *wordCache) grow() {
	oldH, oldID := c.hash, c.id
	size := max(1<<12, 2*len(oldH))
	c.hash, c.id = make([]uint64, size), make([]int32, size)
	mask := uint64(size - 1)
	for j, h := range oldH {
		if h == 0 {
			continue
		}
		i := h & mask
		for c.hash[i] != 0 {
			i = (i + 1) & mask
		}
		c.hash[i], c.id[i] = h, oldID[j]
	}
}
