package read

import (
	"testing"

	"golang.org/x/text/unicode/norm"
)

// TestWordTests checks the word-at-a-time tests against the byte tests
// they stand for, for every byte value in every position.
func TestWordTests(t *testing.T) {
	base := []byte("abcdefgh")
	for pos := 0; pos < 8; pos++ {
		for c := 0; c < 256; c++ {
			b := append([]byte(nil), base...)
			b[pos] = byte(c)
			x := loadBytes8(b, 0)
			if x != load8(string(b), 0) {
				t.Fatalf("load8 and loadBytes8 differ on %q", b)
			}
			if got, want := printable8(x), c >= 0x20 && c < 0x7f; got != want {
				t.Errorf("printable8(%q) = %v", b, got)
			}
			if got, want := ascii8(x), c < 0x80; got != want {
				t.Errorf("ascii8(%q) = %v", b, got)
			}
			if got, want := noControl8(x), c >= 0x20 && c != 0x7f; got != want {
				t.Errorf("noControl8(%q) = %v", b, got)
			}
		}
	}
}

// TestNormNFC checks the shortcut of normNFC against the normaliser, for
// every character up to U+3000 alone and before a combining accent.
func TestNormNFC(t *testing.T) {
	for r := rune(0x20); r < 0x3000; r++ {
		if r >= 0xd800 && r < 0xe000 {
			continue
		}
		for _, s := range []string{"ab" + string(r) + "cdefghijk", "a" + string(r) + "\u0301b", string(r)} {
			if got, want := normNFC(s), norm.NFC.String(s); got != want {
				t.Errorf("normNFC(%+q) = %+q, want %+q", s, got, want)
			}
		}
	}
}
