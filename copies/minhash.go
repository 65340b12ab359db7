package copies

import "math"

// MinHash by one-permutation hashing: every shingle is hashed once; the
// top bits of the hash choose one of numBins bins and the rest is the
// value whose minimum the bin keeps. Comparing two signatures bin by bin
// estimates the Jaccard similarity of the two shingle sets, at the cost
// of one hash per shingle instead of one per shingle and permutation.
// Bins left empty by a short text are filled by optimal densification
// (Shrivastava, ICML 2017): an empty bin takes the value of the first
// non-empty bin in a pseudo-random probe sequence that depends only on
// the bin, so that two texts fill their empty bins the same way.
//
// Stored signatures keep 16 bits of each bin ("b-bit MinHash"): two
// unequal minima then collide with probability 2^-16, which biases the
// estimate by less than 1e-4.

// numBins is the number of MinHash bins (a power of two).
const (
	numBins  = 64
	binShift = 58 // 64 - log2(numBins)
	emptyBin = math.MaxUint32
)

// signature is the full-precision MinHash signature of one text.
type signature struct {
	vals [numBins]uint32
	n    int // shingles hashed (with repeats)
}

func (s *signature) reset() {
	for i := range s.vals {
		s.vals[i] = emptyBin
	}
	s.n = 0
}

// add hashes one shingle into the signature.
func (s *signature) add(h uint64) {
	b := h >> binShift
	v := uint32(h)
	if v == emptyBin {
		v--
	}
	if v < s.vals[b] {
		s.vals[b] = v
	}
	s.n++
}

// densify fills the empty bins. A signature without any shingle stays
// empty.
func (s *signature) densify() {
	if s.n == 0 {
		return
	}
	var filled [numBins]bool
	full := true
	for i, v := range s.vals {
		filled[i] = v != emptyBin
		full = full && filled[i]
	}
	if full {
		return
	}
	for i := range s.vals {
		if filled[i] {
			continue
		}
		for a := uint64(1); ; a++ {
			j := mix64(uint64(i)<<32|a) >> binShift
			if filled[j] {
				s.vals[i] = s.vals[j]
				break
			}
		}
	}
}

// empty reports whether the signature has no shingle.
func (s *signature) empty() bool { return s.n == 0 }

// short16 writes the 16-bit form of the signature to dst.
func (s *signature) short16(dst []uint16) {
	for i, v := range s.vals {
		dst[i] = uint16(v ^ v>>16)
	}
}

// jaccard16 estimates the Jaccard similarity of two stored signatures.
func jaccard16(a, b []uint16) float64 {
	eq := 0
	for i := range a {
		if a[i] == b[i] {
			eq++
		}
	}
	return float64(eq) / float64(len(a))
}

// containment estimates |A∩B| / min(|A|,|B|) from the Jaccard estimate j
// and the set sizes: |A∩B| = j(|A|+|B|)/(1+j).
func containment(j float64, na, nb int) float64 {
	m := min(na, nb)
	if m == 0 {
		return 0
	}
	c := j * float64(na+nb) / (1 + j) / float64(m)
	return min(c, 1)
}

// bandKey is the LSH key of band i of a full signature: a hash of the
// band's rows and of its number, never 0.
func bandKey(s *signature, band, rows int) uint32 {
	h := uint64(band+1) * 0x9e3779b97f4a7c15
	for r := band * rows; r < (band+1)*rows; r++ {
		h = mix64(h ^ uint64(s.vals[r]))
	}
	k := uint32(h >> 32)
	if k == 0 {
		k = 1
	}
	return k
}
