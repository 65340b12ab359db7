package lang

import (
	"strings"
	"testing"
)

// linesCases are texts whose lines DetectLines must read as Detect reads
// the whole text.
var linesCases = [][]string{
	nil,
	{""},
	{"", "", ""},
	{"Le gouvernement a présenté mardi son projet de loi.", "Les syndicats ont annoncé une grève."},
	{"The government presented its bill on Tuesday", "and the unions called a strike."},
	{"l'", "a d'où qu’il", "À É Ÿ ß œ ŒUVRE", "\xc3", "\xc3\x28 \xff", "\xe2\x80"},
	{"Der Bundestag hat am Dienstag", "das Gesetz verabschiedet, sagte die Ministerin."},
}

func TestDetectLines(t *testing.T) {
	cases := append([][]string(nil), linesCases...)
	// Long texts, where reading stops at enoughHits or maxWords.
	var long []string
	for i := 0; i < 400; i++ {
		long = append(long, paragraphs[i%len(paragraphs)].text)
	}
	cases = append(cases, long, strings.Fields(strings.Repeat("le chat de la voisine ", 700)))
	for _, lines := range cases {
		var b strings.Builder
		for _, l := range lines {
			b.WriteString(l)
			b.WriteByte('\n')
		}
		wantCode, wantConf := Detect(b.String())
		code, conf := DetectLines(lines)
		if code != wantCode || conf != wantConf {
			t.Errorf("DetectLines(%.60q) = %q, %v; Detect of the joined text = %q, %v", lines, code, conf, wantCode, wantConf)
		}
	}
}

func FuzzDetectLines(f *testing.F) {
	for _, lines := range linesCases {
		f.Add(strings.Join(lines, "\n"))
	}
	f.Fuzz(func(t *testing.T, text string) {
		lines := strings.Split(text, "\n")
		wantCode, wantConf := Detect(text + "\n")
		if code, conf := DetectLines(lines); code != wantCode || conf != wantConf {
			t.Fatalf("DetectLines(%q) = %q, %v; Detect = %q, %v", lines, code, conf, wantCode, wantConf)
		}
	})
}
