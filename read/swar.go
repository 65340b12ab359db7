package read

import "encoding/binary"

// Word-at-a-time tests on 8 bytes, to skip quickly over the plain ASCII
// text that makes up most of an article.

const (
	lo8 = 0x0101010101010101
	hi8 = 0x8080808080808080
)

// load8 reads the 8 bytes of s from i on as a little-endian word.
func load8(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// printable8 reports whether every byte of x is printable ASCII
// (0x20-0x7E). Subtracting 0x20 sets a byte's high bit when the byte is
// below 0x20 (or above 0x9F); adding 1 sets it when the byte is 0x7F or
// above (0xFF, which wraps, already fails the first test).
func printable8(x uint64) bool { return ((x-0x20*lo8)|(x+lo8))&hi8 == 0 }

// ascii8 reports whether every byte of x is ASCII.
func ascii8(x uint64) bool { return x&hi8 == 0 }

// noControl8 reports whether x has no byte below 0x20 and no 0x7F (bytes
// of 0x80 and above are allowed).
func noControl8(x uint64) bool {
	y := x ^ 0x7f*lo8 // a 0x7F byte becomes zero
	return (x-0x20*lo8)&^x&hi8 == 0 && (y-lo8)&^y&hi8 == 0
}

// loadBytes8 reads 8 bytes of b from i on as a little-endian word.
func loadBytes8(b []byte, i int) uint64 { return binary.LittleEndian.Uint64(b[i:]) }
