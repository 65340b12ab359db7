package quantity

import "testing"

func BenchmarkTokenize(b *testing.B) {
	text := article + " " + article
	text = text[:3000]
	for b.Loop() {
		tokenize(text)
	}
}

// BenchmarkLemmaLoad is the one-time cost of indexing the lemma table.
func BenchmarkLemmaLoad(b *testing.B) {
	for b.Loop() {
		newLemmaTable(lemmasFR)
	}
}
