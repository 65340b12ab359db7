package quantity

import "testing"

func BenchmarkTokenize(b *testing.B) {
	text := article + " " + article
	text = text[:3000]
	for b.Loop() {
		tokenize(text)
	}
}
