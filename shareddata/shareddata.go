// Package shareddata locates the real evaluation data that lives beside the
// repository, read-only and never copied into it: ../shared, or the
// directory named by $RECOUPE_SHARED. It is a leaf package so that any test
// can use it without depending on the stages.
package shareddata

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// ErrNoShared is returned (wrapped) when the shared data directory is absent.
var ErrNoShared = errors.New("shared evaluation data not found")

// Dir locates the shared data directory: $RECOUPE_SHARED when set,
// else ../shared relative to the repository root found from the working
// directory upwards (the directory holding go.mod), else ../shared from the
// working directory.
func Dir() (string, error) {
	if d := os.Getenv("RECOUPE_SHARED"); d != "" {
		if st, err := os.Stat(d); err == nil && st.IsDir() {
			return d, nil
		}
		return "", fmt.Errorf("RECOUPE_SHARED=%s: %w", d, ErrNoShared)
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", fmt.Errorf("locating shared data: %w", err)
	}
	for dir := wd; ; dir = filepath.Dir(dir) {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			cand := filepath.Join(dir, "..", "shared")
			if st, err := os.Stat(cand); err == nil && st.IsDir() {
				return filepath.Clean(cand), nil
			}
			break
		}
		if filepath.Dir(dir) == dir {
			break
		}
	}
	cand := filepath.Join(wd, "..", "shared")
	if st, err := os.Stat(cand); err == nil && st.IsDir() {
		return filepath.Clean(cand), nil
	}
	return "", fmt.Errorf("looked for ../shared beside the repository (set RECOUPE_SHARED to its path): %w", ErrNoShared)
}

// Path returns the path of one data set under shared/data, e.g.
// Path("rpm2").
func Path(name string) (string, error) {
	d, err := Dir()
	if err != nil {
		return "", err
	}
	p := filepath.Join(d, "data", name)
	if _, err := os.Stat(p); err != nil {
		return "", fmt.Errorf("%s: %w", p, ErrNoShared)
	}
	return p, nil
}
