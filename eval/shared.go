// Package eval measures recoupe's stages against labelled data: the
// project's own committed sets under testdata/ and the shared real
// evaluation data beside the repository (../shared, or $RECOUPE_SHARED).
package eval

import "github.com/recoupe/recoupe/shareddata"

// ErrNoShared is returned (wrapped) when the shared data directory is absent.
var ErrNoShared = shareddata.ErrNoShared

// SharedDir locates the shared data directory; see shareddata.Dir.
func SharedDir() (string, error) { return shareddata.Dir() }

// SharedData returns the path of one data set under shared/data, e.g.
// SharedData("rpm2"); see shareddata.Path.
func SharedData(name string) (string, error) { return shareddata.Path(name) }
