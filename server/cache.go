package server

import (
	"bytes"
	"net/http"
	"strconv"
	"sync"
	"time"
)

// DefaultCacheTTL is how long a read answer is served from memory before
// the store is asked again (Options.CacheTTL).
const DefaultCacheTTL = time.Second

// respCacheBytes bounds the memory of the cached answers.
const respCacheBytes = 64 << 20

// respCache keeps the successful answers of the read routes for a short
// time, so that a popular page costs the store one query per TTL however
// many readers ask for it. When an answer has expired, one request asks
// the store again while the others are still served the previous answer.
type respCache struct {
	mu       sync.Mutex
	ttl      time.Duration
	maxBytes int
	size     int
	m        map[string]*respEntry
	order    []string // insertion order, for eviction
}

type respEntry struct {
	header  http.Header
	body    []byte
	expires time.Time
	busy    bool // a request is refreshing it
}

func newRespCache(ttl time.Duration, maxBytes int) *respCache {
	return &respCache{ttl: ttl, maxBytes: maxBytes, m: make(map[string]*respEntry)}
}

// begin returns a cached answer to serve, or nil; lead is set when the
// caller must compute the answer and give it to finish.
func (c *respCache) begin(key string, now time.Time) (hit *respEntry, lead bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e := c.m[key]
	if e != nil && e.body != nil && (now.Before(e.expires) || e.busy) {
		return e, false
	}
	if e != nil && e.busy {
		// First answer still being computed: compute one too, unstored.
		return nil, false
	}
	if e == nil {
		e = &respEntry{}
		c.m[key] = e
		c.order = append(c.order, key)
	}
	e.busy = true
	return nil, true
}

// respCacheEntries bounds the number of cached answers.
const respCacheEntries = 10000

// finish stores the leader's answer when it is a 200, and ends its lead.
// A failed answer is not kept, nor is the entry it was computed for.
func (c *respCache) finish(key string, status int, header http.Header, body []byte, now time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e := c.m[key]
	if e == nil {
		return
	}
	e.busy = false
	if status != http.StatusOK {
		if e.body == nil {
			delete(c.m, key)
		}
		c.compact()
		return
	}
	c.size += len(body) - len(e.body)
	e.header, e.body, e.expires = header, body, now.Add(c.ttl)
	for range len(c.order) {
		if c.size <= c.maxBytes && len(c.m) <= respCacheEntries {
			break
		}
		k := c.order[0]
		c.order = c.order[1:]
		old := c.m[k]
		if k == key || (old != nil && old.busy) {
			c.order = append(c.order, k)
			continue
		}
		if old != nil {
			c.size -= len(old.body)
			delete(c.m, k)
		}
	}
	c.compact()
}

// compact drops from the eviction order the keys no longer cached, once
// they are many.
func (c *respCache) compact() {
	if len(c.order) <= 2*len(c.m)+1024 {
		return
	}
	kept := make([]string, 0, len(c.m))
	seen := make(map[string]bool, len(c.m))
	for _, k := range c.order {
		if _, ok := c.m[k]; ok && !seen[k] {
			seen[k] = true
			kept = append(kept, k)
		}
	}
	c.order = kept
}

// cached serves h's successful answers from the cache for the TTL.
func (s *Server) cached(h http.HandlerFunc) http.HandlerFunc {
	if s.resp == nil {
		return h
	}
	return func(w http.ResponseWriter, r *http.Request) {
		key := r.URL.Path + "?" + r.URL.RawQuery
		hit, lead := s.resp.begin(key, time.Now())
		if hit != nil {
			h := w.Header()
			for k, v := range hit.header {
				h[k] = v
			}
			h.Set("Content-Length", strconv.Itoa(len(hit.body)))
			w.WriteHeader(http.StatusOK)
			_, _ = w.Write(hit.body)
			return
		}
		if !lead {
			h(w, r)
			return
		}
		rec := &bufferedWriter{header: http.Header{}}
		done := false
		defer func() {
			if !done {
				// h panicked: end the lead, let the panic go on.
				s.resp.finish(key, http.StatusInternalServerError, nil, nil, time.Now())
			}
		}()
		h(rec, r)
		done = true
		if rec.status == 0 {
			rec.status = http.StatusOK
		}
		s.resp.finish(key, rec.status, rec.header.Clone(), rec.buf.Bytes(), time.Now())
		dst := w.Header()
		for k, v := range rec.header {
			dst[k] = v
		}
		w.WriteHeader(rec.status)
		_, _ = w.Write(rec.buf.Bytes())
	}
}

// bufferedWriter keeps an answer in memory.
type bufferedWriter struct {
	header http.Header
	status int
	buf    bytes.Buffer
}

func (b *bufferedWriter) Header() http.Header { return b.header }
func (b *bufferedWriter) WriteHeader(code int) {
	if b.status == 0 {
		b.status = code
	}
}
func (b *bufferedWriter) Write(p []byte) (int, error) {
	if b.status == 0 {
		b.status = http.StatusOK
	}
	return b.buf.Write(p)
}
