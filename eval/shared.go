// Package eval measures recoupe's stages against labelled data: the
// project's own committed sets under testdata/ and the shared real
// evaluation data beside the repository (../shared, or $RECOUPE_SHARED).
package eval

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// ErrNoShared is returned (wrapped) when the shared data directory is absent.
var ErrNoShared = errors.New("shared evaluation data not found")

// SharedDir locates the shared data directory: $RECOUPE_SHARED when set,
// else ../shared relative to the repository root found from the working
// directory upwards (the directory holding go.mod), else ../shared from the
// working directory.
func SharedDir() (string, error) {
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

// SharedData returns the path of one data set under shared/data, e.g.
// SharedData("rpm2").
func SharedData(name string) (string, error) {
	d, err := SharedDir()
	if err != nil {
		return "", err
	}
	p := filepath.Join(d, "data", name)
	if _, err := os.Stat(p); err != nil {
		return "", fmt.Errorf("%s: %w", p, ErrNoShared)
	}
	return p, nil
}
