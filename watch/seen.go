package watch

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"sync"
)

// Seen remembers the feed items already handled (ingested, or given up),
// by key: an item's GUID and its link. A store can persist them.
// Implementations must be safe for concurrent use.
type Seen interface {
	// Has reports whether key was added.
	Has(key string) (bool, error)
	// Add records keys.
	Add(keys ...string) error
}

// MemorySeen is a Seen in memory.
type MemorySeen struct {
	mu sync.Mutex
	m  map[string]bool
}

// Has implements Seen.
func (s *MemorySeen) Has(key string) (bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.m[key], nil
}

// Add implements Seen.
func (s *MemorySeen) Add(keys ...string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.m == nil {
		s.m = map[string]bool{}
	}
	for _, k := range keys {
		s.m[k] = true
	}
	return nil
}

// FileSeen is a Seen kept in a text file, one key per line, appended to
// as keys are added: a watcher restarted with the same file does not
// ingest again what it already did.
type FileSeen struct {
	mem MemorySeen
	mu  sync.Mutex
	f   *os.File
}

// OpenFileSeen opens (or creates) the file at path and loads its keys.
func OpenFileSeen(path string) (*FileSeen, error) {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_APPEND, 0o644)
	if err != nil {
		return nil, fmt.Errorf("opening the seen-items file: %w", err)
	}
	s := &FileSeen{f: f}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 4096), 1<<20)
	for sc.Scan() {
		if k := strings.TrimSpace(sc.Text()); k != "" {
			s.mem.Add(k)
		}
	}
	if err := sc.Err(); err != nil {
		f.Close()
		return nil, fmt.Errorf("reading the seen-items file %s: %w", path, err)
	}
	return s, nil
}

// Has implements Seen.
func (s *FileSeen) Has(key string) (bool, error) { return s.mem.Has(fileKey(key)) }

// fileKey is a key as a line of the file.
func fileKey(k string) string {
	return strings.TrimSpace(strings.NewReplacer("\n", " ", "\r", " ").Replace(k))
}

// Add implements Seen. Keys holding a line break are stored with it
// replaced by a space.
func (s *FileSeen) Add(keys ...string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	var b strings.Builder
	for _, k := range keys {
		k = fileKey(k)
		if k == "" {
			continue
		}
		if ok, _ := s.mem.Has(k); ok {
			continue
		}
		s.mem.Add(k)
		b.WriteString(k)
		b.WriteByte('\n')
	}
	if b.Len() == 0 {
		return nil
	}
	if _, err := s.f.WriteString(b.String()); err != nil {
		return fmt.Errorf("writing the seen-items file: %w", err)
	}
	return nil
}

// Close closes the file.
func (s *FileSeen) Close() error { return s.f.Close() }
