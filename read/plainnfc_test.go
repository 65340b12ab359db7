package read

import (
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// plainNFCCases mix text plainNFC accepts and text it must leave to the
// full decoding: invalid or truncated UTF-8, decomposed accents, other
// scripts, Windows-1252 bytes.
var plainNFCCases = []struct {
	text  string
	plain bool
}{
	{"", true},
	{"Le barrage a cédé vers 23h30 – « Il n’y a plus de village » … 12 €", true},
	{"ǅ ʼ ˚ U+0080-U+02FF: \u0080 \u02ff", true},
	{"cafe\u0301", false},            // e + combining acute: NFC composes it
	{"\xc3", false},                  // truncated
	{"\xc3(", false},                 // invalid continuation
	{"\xe2\x80\x81", false},          // U+2001, which NFC maps to U+2002
	{"\xe2\x80\xc0", false},          // invalid
	{"\xe2\x82\xac", true},           // €
	{"\xe9t\xe9", false},             // Windows-1252
	{"日本語", false},                   // other characters: the normaliser decides
	{"\xcc\x81 after a mark", false}, // U+0301 (0xCC is beyond 0xCB)
}

func TestPlainNFC(t *testing.T) {
	for _, tc := range plainNFCCases {
		if got := plainNFC([]byte(tc.text)); got != tc.plain {
			t.Errorf("plainNFC(%q) = %v, want %v", tc.text, got, tc.plain)
		}
		checkPlainNFC(t, tc.text)
	}
}

// checkPlainNFC fails when plainNFC accepts text that is not valid UTF-8
// in NFC, or that decode and normNFC would change.
func checkPlainNFC(t *testing.T, text string) {
	t.Helper()
	data := []byte(text)
	if !plainNFC(data) {
		return
	}
	if !utf8.Valid(data) || !norm.NFC.IsNormalString(text) {
		t.Errorf("plainNFC(%q) = true for text that is not valid UTF-8 in NFC", text)
	}
	if got := normNFC(decode(data, false)); got != text {
		t.Errorf("plainNFC(%q) = true, but decode and normNFC give %q", text, got)
	}
}

func FuzzPlainNFC(f *testing.F) {
	for _, tc := range plainNFCCases {
		f.Add(tc.text)
	}
	f.Fuzz(checkPlainNFC)
}
