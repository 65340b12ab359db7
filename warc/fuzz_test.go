package warc

import (
	"bytes"
	"errors"
	"io"
	"testing"
)

func FuzzReader(f *testing.F) {
	data, _ := layout(f, "plain", sample)
	f.Add(data)
	data, _ = layout(f, "gzip", sample)
	f.Add(data)
	f.Add(data[:len(data)-7])
	data, _ = layout(f, "gzip-whole", sample)
	f.Add(data)
	f.Add([]byte("WARC/1.0\r\nContent-Length: 5\r\n\r\nabc"))
	f.Add([]byte("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://x/\r\nContent-Length: 40\r\n\r\nHTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n\r\n\x1f\x8b"))
	f.Add([]byte("\n\nWARC/1.1\nContent-Length: -1\n\nWARC/1.1\nContent-Length: 0\n\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, seek := range []bool{true, false} {
			var in io.Reader = bytes.NewReader(data)
			if !seek {
				in = onlyReader{in}
			}
			r := NewReader(in, "f")
			// Every call consumes input or ends: a bound on the calls
			// catches loops.
			for i := 0; ; i++ {
				if i > 2*len(data)+10 {
					t.Fatalf("more than %d results from %d bytes", i, len(data))
				}
				p, err := r.NextPage(1 << 20)
				if err == io.EOF {
					break
				}
				var re *RecordError
				if err != nil && !errors.As(err, &re) {
					t.Fatalf("not a record error: %v", err)
				}
				if err == nil && (p == nil || len(p.Body) == 0) {
					t.Fatalf("empty page %+v", p)
				}
			}
		}
	})
}

func FuzzReadResponse(f *testing.F) {
	f.Add([]byte("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>x</p>"))
	f.Add([]byte("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n"))
	f.Add(append([]byte("HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n\r\n"), gzipBytes(f, []byte("hello"))...))
	f.Add([]byte("HTTP/1.1 200 OK\r\nContent-Encoding: deflate, gzip\r\nTransfer-Encoding: chunked\r\n\r\nffffffffffffff\r\n"))
	f.Add([]byte("HTTP/1.0 404\n\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		resp, err := ReadResponse(bytes.NewReader(data), 1<<16)
		if err != nil {
			return
		}
		if resp.StatusCode < 100 || resp.StatusCode > 999 || len(resp.Body) > 1<<16 {
			t.Fatalf("bad response %d, %d bytes", resp.StatusCode, len(resp.Body))
		}
	})
}
