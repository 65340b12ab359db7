package warc

import (
	"bytes"
	"io"
	"strings"
	"testing"
)

// BenchmarkNextPage reads a gzip-per-record WARC of 200 HTML responses of
// about 30 KB each, with their request records.
func BenchmarkNextPage(b *testing.B) {
	page := []byte("<html><body>" + strings.Repeat("<p>Le conseil municipal a voté le budget.</p>", 700) + "</body></html>")
	var recs []rec
	for i := 0; i < 200; i++ {
		recs = append(recs,
			rec{typ: "request", uri: "http://a.example/x", ctype: "application/http; msgtype=request", block: []byte("GET /x HTTP/1.1\r\n\r\n"), clen: -1},
			response("http://a.example/x", 200, "Content-Type: text/html\r\n", page))
	}
	data, _ := layout(b, "gzip", recs)
	b.SetBytes(int64(len(page)) * 200)
	b.ReportAllocs()
	for b.Loop() {
		r := NewReader(bytes.NewReader(data), "f")
		n := 0
		for {
			_, err := r.NextPage(0)
			if err == io.EOF {
				break
			}
			if err != nil {
				b.Fatal(err)
			}
			n++
		}
		if n != 200 {
			b.Fatalf("%d pages", n)
		}
	}
}
