package sqlite

import (
	"sync"

	"github.com/recoupe/recoupe/article"
	"github.com/recoupe/recoupe/facts"
)

// memberCacheSize is how many decoded articles DB.Members keeps at most
// (in two generations of half that size), some 50 to 100 MB of news
// articles: the stories that a run of ingest batches keeps rebuilding.
const memberCacheSize = 10_000

// member is a decoded article with its facts.
type member struct {
	a *article.Article
	f facts.Facts
}

// memberCache is a bounded cache of decoded articles by ingest sequence
// number, approximately least recently used: entries live in the current
// generation; when it is full it becomes the old one (the previous old
// one is dropped) and a hit in the old generation moves the entry back.
type memberCache struct {
	mu       sync.Mutex
	cur, old map[int64]member
	gen      int // entries per generation
}

func newMemberCache(size int) *memberCache {
	gen := max(size/2, 1)
	return &memberCache{cur: make(map[int64]member), gen: gen}
}

func (c *memberCache) get(seq int64) (member, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if m, ok := c.cur[seq]; ok {
		return m, true
	}
	m, ok := c.old[seq]
	if ok {
		delete(c.old, seq)
		c.add(seq, m)
	}
	return m, ok
}

func (c *memberCache) put(seq int64, m member) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.add(seq, m)
}

// add stores an entry in the current generation; c.mu is held.
func (c *memberCache) add(seq int64, m member) {
	if len(c.cur) >= c.gen {
		c.old, c.cur = c.cur, make(map[int64]member, c.gen)
	}
	c.cur[seq] = m
}
