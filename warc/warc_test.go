package warc

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
	"runtime"
	"strings"
	"testing"
	"time"
)

// rec is a record for the test generator.
type rec struct {
	typ, uri, date, ctype string
	block                 []byte
	clen                  int // Content-Length to write, -1 for len(block)
}

func (r rec) bytes() []byte {
	var b bytes.Buffer
	b.WriteString("WARC/1.1\r\n")
	fmt.Fprintf(&b, "WARC-Type: %s\r\n", r.typ)
	if r.uri != "" {
		fmt.Fprintf(&b, "WARC-Target-URI: %s\r\n", r.uri)
	}
	date := r.date
	if date == "" {
		date = "2024-03-05T14:02:11Z"
	}
	fmt.Fprintf(&b, "WARC-Date: %s\r\n", date)
	fmt.Fprintf(&b, "WARC-Record-ID: <urn:uuid:%08x-0000-0000-0000-000000000000>\r\n", len(r.block)+len(r.uri))
	if r.ctype != "" {
		fmt.Fprintf(&b, "Content-Type: %s\r\n", r.ctype)
	}
	n := r.clen
	if n < 0 {
		n = len(r.block)
	}
	fmt.Fprintf(&b, "Content-Length: %d\r\n\r\n", n)
	b.Write(r.block)
	b.WriteString("\r\n\r\n")
	return b.Bytes()
}

func response(uri string, status int, header string, body []byte) rec {
	blk := fmt.Sprintf("HTTP/1.1 %d X\r\n%s\r\n", status, header)
	return rec{typ: "response", uri: uri, ctype: "application/http; msgtype=response", block: append([]byte(blk), body...), clen: -1}
}

func gzipBytes(t testing.TB, b []byte) []byte {
	var out bytes.Buffer
	z := gzip.NewWriter(&out)
	z.Write(b)
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

// layout writes records plain, gzip per record, or gzip whole; it returns
// the file and the offset of each record's start (member start when
// gzipped per record, 0 for all when gzipped whole).
func layout(t testing.TB, mode string, recs []rec) ([]byte, []int64) {
	var out bytes.Buffer
	var offs []int64
	var plain bytes.Buffer
	for _, r := range recs {
		switch mode {
		case "plain":
			offs = append(offs, int64(out.Len()))
			out.Write(r.bytes())
		case "gzip":
			offs = append(offs, int64(out.Len()))
			out.Write(gzipBytes(t, r.bytes()))
		case "gzip-whole":
			offs = append(offs, 0)
			plain.Write(r.bytes())
		}
	}
	if mode == "gzip-whole" {
		out.Write(gzipBytes(t, plain.Bytes()))
	}
	return out.Bytes(), offs
}

type got struct {
	typ, uri string
	num      int
	off      int64
	body     string
}

// readAll reads every record; it returns them and the errors, failing the
// test on anything but record errors.
func readAll(t *testing.T, data []byte) ([]got, []*RecordError) {
	t.Helper()
	return readAllFrom(t, bytes.NewReader(data))
}

// onlyReader hides the Seek method of a reader.
type onlyReader struct{ io.Reader }

func readAllFrom(t *testing.T, in io.Reader) ([]got, []*RecordError) {
	t.Helper()
	r := NewReader(in, "f.warc")
	var recs []got
	var errs []*RecordError
	for i := 0; i < 1000; i++ {
		rc, err := r.Next()
		if err == io.EOF {
			return recs, errs
		}
		var re *RecordError
		if errors.As(err, &re) {
			errs = append(errs, re)
			continue
		}
		if err != nil {
			t.Fatalf("Next: %v", err)
		}
		body, err := io.ReadAll(rc.Body)
		if errors.As(err, &re) {
			errs = append(errs, re)
			continue
		}
		if err != nil {
			t.Fatalf("reading body: %v", err)
		}
		if int64(len(body)) != rc.ContentLength {
			t.Errorf("record %d: body %d bytes, Content-Length %d", rc.Num, len(body), rc.ContentLength)
		}
		recs = append(recs, got{rc.Type(), rc.TargetURI(), rc.Num, rc.Offset, string(body)})
	}
	t.Fatal("reader does not end")
	return nil, nil
}

var sample = []rec{
	{typ: "warcinfo", ctype: "application/warc-fields", block: []byte("software: test\r\n"), clen: -1},
	{typ: "request", uri: "http://a.example/1", ctype: "application/http; msgtype=request", block: []byte("GET /1 HTTP/1.1\r\nHost: a.example\r\n\r\n"), clen: -1},
	response("http://a.example/1", 200, "Content-Type: text/html; charset=utf-8\r\n", []byte("<html><body><p>Un.</p></body></html>")),
	response("<https://b.example/2>", 200, "Content-Type: text/plain\r\n", []byte("Deux.\n")),
	{typ: "metadata", uri: "http://a.example/1", ctype: "application/warc-fields", block: nil, clen: -1},
}

func TestReaderLayouts(t *testing.T) {
	for _, mode := range []string{"plain", "gzip", "gzip-whole"} {
		t.Run(mode, func(t *testing.T) {
			data, offs := layout(t, mode, sample)
			recs, errs := readAll(t, data)
			if len(errs) > 0 {
				t.Fatalf("errors: %v", errs)
			}
			if len(recs) != len(sample) {
				t.Fatalf("read %d records, want %d", len(recs), len(sample))
			}
			for i, g := range recs {
				want := sample[i]
				uri := strings.Trim(want.uri, "<>")
				if g.typ != want.typ || g.uri != uri || g.num != i+1 || g.body != string(want.block) || g.off != offs[i] {
					t.Errorf("record %d = %+v, want type %q uri %q num %d offset %d body %q", i, g, want.typ, uri, i+1, offs[i], want.block)
				}
			}
		})
	}
}

func TestRecordFields(t *testing.T) {
	data := []byte("WARC/1.0\r\nWARC-Type: Response\r\nwarc-target-uri: <http://x.example/a>\r\nWARC-Date: 2024-03-05T14:02:11.123Z\r\nX-Long: a\r\n  b\r\nContent-Type: application/http;msgtype=response\r\nWARC-Record-ID: <urn:uuid:1>\r\nContent-Length: 0\r\n\r\n\r\n\r\n")
	r := NewReader(bytes.NewReader(data), "f")
	rc, err := r.Next()
	if err != nil {
		t.Fatal(err)
	}
	d, err := rc.Date()
	if err != nil {
		t.Fatal(err)
	}
	checks := []struct{ name, got, want string }{
		{"version", rc.Version, "WARC/1.0"},
		{"type", rc.Type(), "response"},
		{"uri", rc.TargetURI(), "http://x.example/a"},
		{"id", rc.ID(), "<urn:uuid:1>"},
		{"content type", rc.ContentType(), "application/http;msgtype=response"},
		{"continued", rc.Header.Get("x-long"), "a b"},
		{"date", d.Format(time.RFC3339Nano), "2024-03-05T14:02:11.123Z"},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %q, want %q", c.name, c.got, c.want)
		}
	}
	if _, err := r.Next(); err != io.EOF {
		t.Errorf("after the only record: %v, want io.EOF", err)
	}
}

func TestParseDate(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"2024-03-05T14:02:11Z", "2024-03-05T14:02:11Z"},
		{"2024-03-05T16:02:11+02:00", "2024-03-05T14:02:11Z"},
		{"2024-03-05T14:02Z", "2024-03-05T14:02:00Z"},
		{"2024-03-05", "2024-03-05T00:00:00Z"},
		{"yesterday", ""},
	} {
		d, err := ParseDate(c.in)
		got := ""
		if err == nil {
			got = d.Format(time.RFC3339)
		}
		if got != c.want {
			t.Errorf("ParseDate(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// damage describes a damaged file and what reading it must give.
type damage struct {
	name string
	data func(t *testing.T) []byte
	// records are the URIs (or types, for records without one) read in
	// order; errs the offsets of the errors, in order.
	records []string
	errs    []int64
	// streamed are the records read when the file cannot seek, if
	// different.
	streamed []string
}

func key(g got) string {
	if g.uri != "" {
		return g.uri
	}
	return g.typ
}

func TestDamagedFiles(t *testing.T) {
	r1 := response("http://a.example/1", 200, "Content-Type: text/html\r\n", []byte("<p>un</p>"))
	r2 := response("http://a.example/2", 200, "Content-Type: text/html\r\n", bytes.Repeat([]byte("<p>deux deux deux</p>"), 200))
	r3 := response("http://a.example/3", 200, "Content-Type: text/html\r\n", []byte("<p>trois</p>"))
	g1, g2, g3 := gzipBytes(t, r1.bytes()), gzipBytes(t, r2.bytes()), gzipBytes(t, r3.bytes())
	p1, p2, p3 := r1.bytes(), r2.bytes(), r3.bytes()
	cat := func(parts ...[]byte) []byte { return bytes.Join(parts, nil) }
	n1, n12 := int64(len(g1)), int64(len(g1)+len(g2))
	cases := []damage{
		{
			name:    "gzip truncated in the last member",
			data:    func(t *testing.T) []byte { return cat(g1, g2, g3[:len(g3)/2]) },
			records: []string{"http://a.example/1", "http://a.example/2"},
			errs:    []int64{n12},
		},
		{
			name: "gzip corrupt data in the middle member",
			data: func(t *testing.T) []byte {
				bad := bytes.Clone(g2)
				for i := 20; i < len(bad)-20; i++ {
					bad[i] ^= 0x55
				}
				return cat(g1, bad, g3)
			},
			records: []string{"http://a.example/1", "http://a.example/3"},
			errs:    []int64{n1},
		},
		{
			name: "gzip member truncated by the next one",
			data: func(t *testing.T) []byte {
				return cat(g1, g2[:len(g2)-30], g3)
			},
			records:  []string{"http://a.example/1", "http://a.example/3"},
			errs:     []int64{n1},
			streamed: []string{"http://a.example/1"},
		},
		{
			name: "gzip record longer than its Content-Length says",
			data: func(t *testing.T) []byte {
				r := r2
				r.clen = len(r2.block) + 100
				return cat(g1, gzipBytes(t, r.bytes()), g3)
			},
			records: []string{"http://a.example/1", "http://a.example/3"},
			errs:    []int64{n1},
		},
		{
			name:    "gzip zero padding at the end",
			data:    func(t *testing.T) []byte { return cat(g1, g2, g3, make([]byte, 512)) },
			records: []string{"http://a.example/1", "http://a.example/2", "http://a.example/3"},
		},
		{
			name:    "gzip junk between members",
			data:    func(t *testing.T) []byte { return cat(g1, []byte("garbage!"), g2, g3) },
			records: []string{"http://a.example/1", "http://a.example/2", "http://a.example/3"},
			errs:    []int64{n1},
		},
		{
			name: "gzip member that is not a WARC record",
			data: func(t *testing.T) []byte {
				return cat(g1, gzipBytes(t, []byte("hello\r\nworld\r\n")), g3)
			},
			records: []string{"http://a.example/1", "http://a.example/3"},
			errs:    []int64{n1},
		},
		{
			name:    "plain truncated",
			data:    func(t *testing.T) []byte { return cat(p1, p2, p3[:len(p3)-40]) },
			records: []string{"http://a.example/1", "http://a.example/2"},
			errs:    []int64{int64(len(p1) + len(p2))},
		},
		{
			name:    "plain truncated in a header",
			data:    func(t *testing.T) []byte { return cat(p1, p2[:50]) },
			records: []string{"http://a.example/1"},
			errs:    []int64{int64(len(p1))},
		},
		{
			name: "plain Content-Length too short",
			data: func(t *testing.T) []byte {
				r := r2
				r.clen = len(r2.block) - 100
				return cat(p1, r.bytes(), p3)
			},
			// the short record is read as its Content-Length says; what
			// follows is not a record: one error, then the next record.
			records: []string{"http://a.example/1", "http://a.example/2", "http://a.example/3"},
			errs:    []int64{int64(len(p1) + len(p2) - 104)},
		},
		{
			name: "plain malformed header",
			data: func(t *testing.T) []byte {
				bad := bytes.Replace(p2, []byte("WARC-Type: response"), []byte("WARC-Type response"), 1)
				return cat(p1, bad, p3)
			},
			records: []string{"http://a.example/1", "http://a.example/3"},
			errs:    []int64{int64(len(p1))},
		},
		{
			name: "plain missing Content-Length",
			data: func(t *testing.T) []byte {
				bad := bytes.Replace(p2, []byte("Content-Length:"), []byte("Content-Size:"), 1)
				return cat(p1, bad, p3)
			},
			records: []string{"http://a.example/1", "http://a.example/3"},
			errs:    []int64{int64(len(p1))},
		},
		{
			name:    "not a WARC file",
			data:    func(t *testing.T) []byte { return []byte("<html>hello</html>\n") },
			records: nil,
			errs:    []int64{0},
		},
		{
			name:    "empty file",
			data:    func(t *testing.T) []byte { return nil },
			records: nil,
		},
	}
	for _, c := range cases {
		for _, seek := range []bool{true, false} {
			t.Run(fmt.Sprintf("%s/seek=%v", c.name, seek), func(t *testing.T) {
				c.check(t, seek)
			})
		}
	}
}

func (c damage) check(t *testing.T, seek bool) {
	var in io.Reader = bytes.NewReader(c.data(t))
	want := c.records
	if !seek {
		in = onlyReader{in}
		if c.streamed != nil {
			want = c.streamed
		}
	}
	recs, errs := readAllFrom(t, in)
	var keys []string
	for _, g := range recs {
		keys = append(keys, key(g))
	}
	if strings.Join(keys, " ") != strings.Join(want, " ") {
		t.Errorf("records %q, want %q", keys, want)
	}
	var offs []int64
	for _, e := range errs {
		offs = append(offs, e.Offset)
		if !strings.HasPrefix(e.Error(), "f.warc: record ") {
			t.Errorf("error %q does not name the file and record", e)
		}
	}
	if fmt.Sprint(offs) != fmt.Sprint(c.errs) {
		t.Errorf("error offsets %v, want %v (errors: %v)", offs, c.errs, errs)
	}
}

// failingReader gives its data, then an I/O error.
type failingReader struct{ data []byte }

func (f *failingReader) Read(p []byte) (int, error) {
	if len(f.data) == 0 {
		return 0, errors.New("disk on fire")
	}
	n := copy(p, f.data)
	f.data = f.data[n:]
	return n, nil
}

func TestReadErrorIsSticky(t *testing.T) {
	data, _ := layout(t, "gzip", sample[:2])
	r := NewReader(&failingReader{data: data}, "f.warc.gz")
	var err error
	for i := 0; i < 10 && err == nil; i++ {
		var rc *Record
		if rc, err = r.Next(); err == nil {
			io.Copy(io.Discard, rc.Body)
		}
	}
	var re *RecordError
	if err == nil || errors.As(err, &re) || !strings.Contains(err.Error(), "disk on fire") {
		t.Fatalf("got %v, want the read error", err)
	}
	if _, err2 := r.Next(); err2 != err {
		t.Errorf("second call: %v, want the same error", err2)
	}
}

func TestNextPage(t *testing.T) {
	html := []byte("<html><body><p>Un article.</p></body></html>")
	var chunked bytes.Buffer
	for _, part := range [][]byte{html[:10], html[10:]} {
		fmt.Fprintf(&chunked, "%x\r\n%s\r\n", len(part), part)
	}
	chunked.WriteString("0\r\n\r\n")
	var zl bytes.Buffer
	zw := zlib.NewWriter(&zl)
	zw.Write(html)
	zw.Close()
	var raw bytes.Buffer
	fw, _ := flate.NewWriter(&raw, 5)
	fw.Write(html)
	fw.Close()
	latin := []byte("<html><body><p>\xe9t\xe9</p></body></html>")
	recs := []rec{
		{typ: "warcinfo", block: []byte("x: y\r\n"), clen: -1},
		response("http://a.example/plain", 200, "Content-Type: text/html; charset=UTF-8\r\n", html),
		response("http://a.example/chunked", 200, "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\n", chunked.Bytes()),
		response("http://a.example/gzip", 200, "Content-Type: text/html\r\nContent-Encoding: gzip\r\n", gzipBytes(t, html)),
		response("http://a.example/gzip-chunked", 200, "Content-Type: text/html\r\nContent-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n", []byte(fmt.Sprintf("%x\r\n%s\r\n0\r\n\r\n", len(gzipBytes(t, html)), gzipBytes(t, html)))),
		response("http://a.example/stored-decoded", 200, "Content-Type: text/html\r\nContent-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n", html),
		response("http://a.example/zlib", 200, "Content-Type: text/html\r\nContent-Encoding: deflate\r\n", zl.Bytes()),
		response("http://a.example/deflate", 200, "Content-Type: text/html\r\nContent-Encoding: deflate\r\n", raw.Bytes()),
		response("http://a.example/latin", 200, "Content-Type: text/html; charset=ISO-8859-1\r\n", latin),
		response("http://a.example/sniffed", 200, "", html),
		response("http://a.example/redirect", 301, "Location: /x\r\n", nil),
		response("http://a.example/missing", 404, "Content-Type: text/html\r\n", html),
		response("http://a.example/img", 200, "Content-Type: image/png\r\n", []byte("\x89PNG\r\n\x1a\n")),
		{typ: "revisit", uri: "http://a.example/plain", ctype: "application/http; msgtype=response", block: []byte("HTTP/1.1 200 OK\r\n\r\n"), clen: -1},
		{typ: "resource", uri: "http://a.example/resource", ctype: "text/html", block: html, clen: -1},
		{typ: "response", uri: "dns:a.example", ctype: "text/dns", block: []byte("a.example. 300 IN A 1.2.3.4"), clen: -1},
		response("http://a.example/bad-gzip", 200, "Content-Type: text/html\r\nContent-Encoding: gzip\r\n", []byte("\x1f\x8b\x08\x00garbage")),
		response("http://a.example/brotli", 200, "Content-Type: text/html\r\nContent-Encoding: br\r\n", []byte{0x8b, 0x02, 0x80, 0x01}),
		response("http://a.example/last", 200, "Content-Type: application/xhtml+xml\r\n", html),
	}
	type want struct{ uri, mt, cs, body string }
	wants := []want{
		{"http://a.example/plain", "text/html", "utf-8", string(html)},
		{"http://a.example/chunked", "text/html", "", string(html)},
		{"http://a.example/gzip", "text/html", "", string(html)},
		{"http://a.example/gzip-chunked", "text/html", "", string(html)},
		{"http://a.example/stored-decoded", "text/html", "", string(html)},
		{"http://a.example/zlib", "text/html", "", string(html)},
		{"http://a.example/deflate", "text/html", "", string(html)},
		{"http://a.example/latin", "text/html", "iso-8859-1", string(latin)},
		{"http://a.example/sniffed", "text/html", "", string(html)},
		{"http://a.example/resource", "text/html", "", string(html)},
		{"http://a.example/last", "application/xhtml+xml", "", string(html)},
	}
	for _, mode := range []string{"gzip", "plain"} {
		data, _ := layout(t, mode, recs)
		r := NewReader(bytes.NewReader(data), "f.warc")
		var pages []want
		var errs []string
		for {
			p, err := r.NextPage(0)
			if err == io.EOF {
				break
			}
			if err != nil {
				errs = append(errs, err.Error())
				continue
			}
			if p.Date.IsZero() || p.RecordID == "" || p.Num == 0 {
				t.Errorf("%s: page %s lacks date, ID or number: %+v", mode, p.URL, p)
			}
			pages = append(pages, want{p.URL, p.MediaType, p.Charset, string(p.Body)})
		}
		if fmt.Sprint(pages) != fmt.Sprint(wants) {
			t.Errorf("%s: pages\n%q\nwant\n%q", mode, pages, wants)
		}
		if len(errs) != 2 || !strings.Contains(errs[0], "record 17 ") || !strings.Contains(errs[0], "gzip") || !strings.Contains(errs[1], `unsupported Content-Encoding "br"`) {
			t.Errorf("%s: errors %q, want the bad gzip body and the brotli one", mode, errs)
		}
	}
}

func TestReadResponse(t *testing.T) {
	cases := []struct {
		name, in string
		code     int
		mt, cs   string
		body     string
		err      string
	}{
		{"lf only", "HTTP/1.0 200\nContent-Type: text/plain; charset=\"Windows-1252\"\n\nbody", 200, "text/plain", "windows-1252", "body", ""},
		{"no blank line", "HTTP/1.1 204 No Content\r\nServer: x\r\n", 204, "", "", "", ""},
		{"bad content type", "HTTP/1.1 200 OK\r\nContent-Type: text/html;;charset=utf-8;\r\n\r\nx", 200, "text/html", "utf-8", "x", ""},
		{"junk header line", "HTTP/1.1 200 OK\r\nthis is junk\r\nContent-Type: text/html\r\n\r\nx", 200, "text/html", "", "x", ""},
		{"chunk extension", "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3;ext=1\r\nabc\r\n0\r\nTrailer: x\r\n\r\n", 200, "", "", "abc", ""},
		{"truncated chunk", "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n10\r\nabc", 0, "", "", "", "truncated chunked body"},
		{"not http", "GET / HTTP/1.1\r\n\r\n", 0, "", "", "", "not an HTTP response"},
		{"bad code", "HTTP/1.1 2x0 OK\r\n\r\n", 0, "", "", "", "bad HTTP status code"},
		{"empty", "", 0, "", "", "", "empty HTTP response"},
		{"too large", "HTTP/1.1 200 OK\r\n\r\n" + strings.Repeat("x", 2000), 0, "", "", "", "larger than 1000 bytes"},
	}
	for _, c := range cases {
		resp, err := ReadResponse(strings.NewReader(c.in), 1000)
		if c.err != "" {
			if err == nil || !strings.Contains(err.Error(), c.err) {
				t.Errorf("%s: error %v, want %q", c.name, err, c.err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if resp.StatusCode != c.code || resp.MediaType != c.mt || resp.Charset != c.cs || string(resp.Body) != c.body {
			t.Errorf("%s: got %d %q %q %q, want %d %q %q %q", c.name, resp.StatusCode, resp.MediaType, resp.Charset, resp.Body, c.code, c.mt, c.cs, c.body)
		}
	}
}

func TestGzipBomb(t *testing.T) {
	big := gzipBytes(t, make([]byte, 10<<20))
	in := append([]byte("HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n\r\n"), big...)
	if _, err := ReadResponse(bytes.NewReader(in), 1<<20); err == nil || !errors.Is(err, errTooLarge) {
		t.Errorf("a 10 MiB gzip body with a 1 MiB limit: %v, want too large", err)
	}
}

// zeros is a reader of n zero bytes, made on the fly.
type zeros struct{ n int64 }

func (z *zeros) Read(p []byte) (int, error) {
	if z.n == 0 {
		return 0, io.EOF
	}
	if int64(len(p)) > z.n {
		p = p[:z.n]
	}
	clear(p)
	z.n -= int64(len(p))
	return len(p), nil
}

// TestStreaming reads a 64 MiB response record (a video, say) and a
// 64 MiB HTML page over the body limit, between two small pages: the
// reader goes through them without holding them in memory.
func TestStreaming(t *testing.T) {
	const big = 64 << 20
	head := func(uri, ctype string) []byte {
		hdr := fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: %s\r\n\r\n", ctype)
		return []byte(fmt.Sprintf("WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: %s\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n%s", uri, big+len(hdr), hdr))
	}
	small := response("http://a.example/small", 200, "Content-Type: text/html\r\n", []byte("<p>x</p>")).bytes()
	in := io.MultiReader(bytes.NewReader(small),
		bytes.NewReader(head("http://a.example/video", "video/mp4")), &zeros{big}, strings.NewReader("\r\n\r\n"),
		bytes.NewReader(head("http://a.example/huge", "text/html")), &zeros{big}, strings.NewReader("\r\n\r\n"),
		bytes.NewReader(small))
	var before runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	r := NewReader(in, "f.warc")
	var pages, errs []string
	for {
		p, err := r.NextPage(1 << 20)
		if err == io.EOF {
			break
		}
		if err != nil {
			errs = append(errs, err.Error())
			continue
		}
		pages = append(pages, p.URL)
	}
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	if len(pages) != 2 || len(errs) != 1 || !strings.Contains(errs[0], "larger than 1048576 bytes") {
		t.Errorf("pages %q, errors %q", pages, errs)
	}
	if grew := after.TotalAlloc - before.TotalAlloc; grew > 32<<20 {
		t.Errorf("reading 128 MiB of records allocated %d MiB", grew>>20)
	}
}
