// Package warc reads WARC files (ISO 28500, versions 1.0 and 1.1, the
// format of web archives written by Heritrix, wget --warc-file, warcio,
// Browsertrix and others) as a stream of records, and the HTTP responses
// archived in them.
//
// A WARC file is either plain, or gzip-compressed with one gzip member per
// record (the usual .warc.gz), or one gzip member holding several records
// (a plain WARC file compressed afterwards); the Reader handles the three
// without reading the file into memory.
//
// A damaged record (a truncated file, a corrupt gzip member, a malformed
// header, a wrong Content-Length) gives one *RecordError naming the file,
// the record and its offset; reading goes on with the next record that
// can be found.
package warc

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"net/textproto"
	"strconv"
	"strings"
	"time"
)

// Header holds the named fields of a WARC record header (or of an HTTP
// header), keyed by their canonical form (textproto.CanonicalMIMEHeaderKey).
type Header map[string][]string

// Get returns the first value of the named field, "" when there is none.
// The name is case-insensitive.
func (h Header) Get(name string) string {
	if v := h[textproto.CanonicalMIMEHeaderKey(name)]; len(v) > 0 {
		return v[0]
	}
	return ""
}

// Values returns every value of the named field, in order.
func (h Header) Values(name string) []string {
	return h[textproto.CanonicalMIMEHeaderKey(name)]
}

func (h Header) add(name, value string) {
	k := textproto.CanonicalMIMEHeaderKey(name)
	h[k] = append(h[k], value)
}

// Record is one WARC record. Body reads its block (Content-Length bytes);
// it is valid until the next call to Reader.Next.
type Record struct {
	// Version is the version line, e.g. "WARC/1.1".
	Version string
	// Header holds the named fields of the record header.
	Header Header
	// ContentLength is the length of the block, from the Content-Length field.
	ContentLength int64
	// Num is the 1-based number of the record in the file.
	Num int
	// Offset is where the record starts in the file: its byte offset in a
	// plain file, the offset of the gzip member holding it in a compressed
	// one.
	Offset int64
	// Inner is the offset of the record in the decompressed gzip member
	// holding it: 0 for the first record of a member (always so when each
	// record is a member of its own), and for a plain file.
	Inner int64
	// Body reads the block.
	Body io.Reader
}

// Type is the WARC-Type field: "response", "request", "resource",
// "warcinfo", "metadata", "revisit", "conversion" or "continuation".
func (r *Record) Type() string { return strings.ToLower(strings.TrimSpace(r.Header.Get("WARC-Type"))) }

// TargetURI is the WARC-Target-URI field, without the angle brackets some
// WARC 1.0 writers put around it.
func (r *Record) TargetURI() string {
	u := strings.TrimSpace(r.Header.Get("WARC-Target-URI"))
	if len(u) >= 2 && u[0] == '<' && u[len(u)-1] == '>' {
		u = strings.TrimSpace(u[1 : len(u)-1])
	}
	return u
}

// ID is the WARC-Record-ID field, e.g. "<urn:uuid:...>".
func (r *Record) ID() string { return strings.TrimSpace(r.Header.Get("WARC-Record-ID")) }

// ContentType is the Content-Type field of the record, the type of its
// block (e.g. "application/http; msgtype=response").
func (r *Record) ContentType() string { return strings.TrimSpace(r.Header.Get("Content-Type")) }

// Date parses the WARC-Date field (a W3C date-time in UTC, to the second
// or finer; WARC 1.1 allows fractions of a second).
func (r *Record) Date() (time.Time, error) {
	return ParseDate(r.Header.Get("WARC-Date"))
}

// ParseDate parses a WARC-Date value: a W3C-DTF date-time such as
// "2024-03-05T14:02:11Z", with optional fraction of a second and offset,
// or a bare date or a date and minutes.
func ParseDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	for _, layout := range [...]string{time.RFC3339Nano, "2006-01-02T15:04Z07:00", "2006-01-02T15:04:05", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.UTC(), nil
		}
	}
	return time.Time{}, fmt.Errorf("warc: bad WARC-Date %q", s)
}

// RecordError is a record that could not be read, and why. Reading can go
// on with Reader.Next.
type RecordError struct {
	File   string // the name given to NewReader
	Num    int    // 1-based record number, 0 when not known
	Offset int64  // as Record.Offset
	Inner  int64  // as Record.Inner
	Reason string
}

func (e *RecordError) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	b.WriteString(": record ")
	if e.Num > 0 {
		b.WriteString(strconv.Itoa(e.Num))
		b.WriteByte(' ')
	}
	b.WriteString("at offset ")
	b.WriteString(strconv.FormatInt(e.Offset, 10))
	if e.Inner > 0 {
		b.WriteString(" (+")
		b.WriteString(strconv.FormatInt(e.Inner, 10))
		b.WriteString(" in its gzip member)")
	}
	b.WriteString(": ")
	b.WriteString(e.Reason)
	return b.String()
}

// Limits of a record header.
const (
	maxLine   = 64 << 10
	maxHeader = 1 << 20
)

// Reader reads the records of a WARC file in order.
type Reader struct {
	name string
	raw  *counter     // the file, counting the bytes consumed
	z    *gzip.Reader // nil until the file is known to be gzip-compressed
	s    *stream      // the record stream (the current gzip member, or the file)

	sniffed   bool
	gz        bool
	memberOff int64 // file offset of the current gzip member
	memberEOF bool  // the current member (or plain file) is read to its end
	broken    bool  // the gzip stream is corrupt: find the next member
	quiet     bool  // trying members found after corrupt data: errors are not reported
	num       int
	cur       *block
	err       error  // sticky I/O error of the underlying reader
	scratch   []byte // buffer to skip blocks
}

// NewReader returns a Reader of the WARC file read from r; name is used in
// error messages (the file's path).
//
// When r is also an io.Seeker (an *os.File), a corrupt gzip member is
// searched from its start for the next member, so that a member cut short
// loses only its own record; otherwise the search starts where the
// corruption was noticed, which may be in the next member.
func NewReader(r io.Reader, name string) *Reader {
	c := &counter{br: bufio.NewReaderSize(r, 64<<10), src: r}
	if s, ok := r.(io.Seeker); ok {
		if pos, err := s.Seek(0, io.SeekCurrent); err == nil {
			c.seeker, c.base = s, pos
		}
	}
	return &Reader{name: name, raw: c}
}

// Next returns the next record. At the end of the file it returns io.EOF.
// A damaged record gives a *RecordError: call Next again to go on with the
// following records. Any other error is a read error of the underlying
// reader, and is returned again by every later call.
func (r *Reader) Next() (*Record, error) {
	if r.err != nil {
		return nil, r.err
	}
	if r.cur != nil {
		b := r.cur
		r.cur = nil
		if err := b.drain(); err != nil {
			return nil, r.ioErr(err)
		}
		if b.err != nil && !b.seen {
			return nil, b.err
		}
	}
	for {
		rec, err := r.next()
		if r.raw.err != nil {
			return nil, r.ioErr(r.raw.err)
		}
		if err == nil || err == io.EOF {
			return rec, err
		}
		var re *RecordError
		if errors.As(err, &re) {
			if r.quiet {
				continue // a false start found while skipping corrupt data
			}
			return nil, err
		}
		return nil, r.ioErr(err)
	}
}

func (r *Reader) ioErr(err error) error {
	if r.err == nil {
		r.err = fmt.Errorf("warc: reading %s: %w", r.name, err)
	}
	return r.err
}

// next reads the next record header, moving to the next gzip member when
// the current one is read.
func (r *Reader) next() (*Record, error) {
	if !r.sniffed {
		r.sniffed = true
		p, err := r.raw.peek(2)
		if len(p) == 0 {
			return nil, err
		}
		r.gz = len(p) == 2 && p[0] == 0x1f && p[1] == 0x8b
		if !r.gz {
			r.s = newStream(r.raw)
		} else if err := r.nextMember(); err != nil {
			return nil, err
		}
	}
	for {
		if r.broken {
			r.broken = false
			if err := r.skipToMember(); err != nil {
				return nil, err
			}
			continue
		}
		if r.memberEOF {
			if !r.gz {
				return nil, io.EOF
			}
			r.quiet = false
			if err := r.nextMember(); err != nil {
				return nil, err
			}
			continue
		}
		rec, err := r.readHeader()
		if err == io.EOF {
			r.memberEOF = true
			continue
		}
		if err != nil {
			return nil, err
		}
		r.quiet = false
		return rec, nil
	}
}

// nextMember starts reading the gzip member at the current position of
// the file. Zero bytes and white space between members are skipped; other
// data that is not a gzip member is skipped with an error.
func (r *Reader) nextMember() error {
	off := r.raw.n
	p, err := r.raw.peek(len(gzipMagic))
	if len(p) == 0 {
		return err
	}
	if !bytes.Equal(p, gzipMagic) {
		junk, err := r.raw.skipTo(gzipMagic)
		if err != nil && err != io.EOF {
			return err
		}
		if junk {
			r.memberEOF = true // go on from the next member, if any
			return r.recErr(0, off, 0, fmt.Sprintf("%d bytes that are not a gzip member", r.raw.n-off))
		}
		if err == io.EOF {
			return io.EOF
		}
		off = r.raw.n
	}
	r.memberOff = off // also where a search for the next member starts after a bad one
	if r.z == nil {
		r.z, err = gzip.NewReader(r.raw)
	} else {
		err = r.z.Reset(r.raw)
	}
	if err != nil {
		if r.raw.err != nil {
			return r.raw.err
		}
		r.broken = true
		reason := "bad gzip member header"
		if errors.Is(err, io.ErrUnexpectedEOF) || err == io.EOF {
			reason = "truncated gzip member header"
		}
		return r.recErr(r.num+1, off, 0, reason)
	}
	r.z.Multistream(false)
	r.memberEOF = false
	if r.s == nil {
		r.s = newStream(r.z)
	} else {
		r.s.reset(r.z)
	}
	return nil
}

// skipToMember skips the rest of a corrupt gzip stream, up to the next
// gzip member header in the file. The members found this way may be false
// starts (the magic bytes inside compressed data): their errors are not
// reported.
func (r *Reader) skipToMember() error {
	r.quiet = true
	r.raw.seekTo(r.memberOff + 1)
	if _, err := r.raw.skipTo(gzipMagic); err != nil {
		return err
	}
	return r.nextMember()
}

var gzipMagic = []byte{0x1f, 0x8b, 0x08}

func (r *Reader) recErr(num int, off, inner int64, reason string) *RecordError {
	return &RecordError{File: r.name, Num: num, Offset: off, Inner: inner, Reason: reason}
}

// streamErr turns an error of the record stream into a record error: a
// corrupt gzip member is skipped; a truncated one ends the member.
func (r *Reader) streamErr(num int, off, inner int64, what string, err error) error {
	if r.raw.err != nil {
		return r.raw.err
	}
	if err == io.EOF || errors.Is(err, io.ErrUnexpectedEOF) {
		r.memberEOF = true
		if r.gz && err != io.EOF && r.raw.seeker != nil {
			// The member may have been cut short by the next one, whose
			// bytes the decompressor took for its own: look for it.
			r.memberEOF, r.broken = false, true
		}
		return r.recErr(num, off, inner, "truncated "+what)
	}
	if r.gz {
		r.broken = true
		return r.recErr(num, off, inner, "corrupt gzip data in the "+what+" ("+gzipReason(err)+")")
	}
	return r.recErr(num, off, inner, "cannot read the "+what+": "+err.Error())
}

// position gives the offsets of a record starting at the current position
// of the record stream.
func (r *Reader) position() (off, inner int64) {
	if r.gz {
		return r.memberOff, r.s.pos
	}
	return r.s.pos, 0
}

// readHeader reads a record header and sets up the reading of its block.
// It returns io.EOF at the clean end of the stream.
func (r *Reader) readHeader() (*Record, error) {
	// Blank lines end the previous record (its block is followed by two
	// line breaks); a few extra are tolerated.
	for {
		p, err := r.s.br.Peek(1)
		if len(p) == 0 {
			if err == io.EOF {
				return nil, io.EOF
			}
			off, inner := r.position()
			return nil, r.streamErr(r.num+1, off, inner, "record header", err)
		}
		if p[0] != '\r' && p[0] != '\n' {
			break
		}
		if err := r.s.skipByte(); err != nil {
			return nil, err
		}
	}
	off, inner := r.position()
	r.num++
	num := r.num
	line, err := r.s.readLine(maxLine)
	if err != nil && err != io.EOF {
		if err == errLong {
			return nil, r.resyncErr(num, off, inner, "a line longer than "+strconv.Itoa(maxLine)+" bytes where a WARC version line was expected")
		}
		return nil, r.streamErr(num, off, inner, "record header", err)
	}
	version := strings.TrimSpace(string(line))
	if !strings.HasPrefix(version, "WARC/") {
		return nil, r.resyncErr(num, off, inner, fmt.Sprintf("no WARC record here: %q is not a WARC version line (a wrong Content-Length in the previous record?)", shorten(version)))
	}
	h := Header{}
	size := len(line)
	last := ""
	for {
		line, err := r.s.readLine(maxLine)
		size += len(line)
		if err == errLong || size > maxHeader {
			return nil, r.resyncErr(num, off, inner, "header larger than "+strconv.Itoa(maxHeader)+" bytes or a line longer than "+strconv.Itoa(maxLine))
		}
		if err != nil && (err != io.EOF || len(line) == 0) {
			return nil, r.streamErr(num, off, inner, "record header", err)
		}
		s := strings.TrimRight(string(line), "\r\n")
		if s == "" {
			if err == io.EOF {
				return nil, r.streamErr(num, off, inner, "record header", io.ErrUnexpectedEOF)
			}
			break
		}
		if (s[0] == ' ' || s[0] == '\t') && last != "" {
			v := h[last]
			v[len(v)-1] = strings.TrimSpace(v[len(v)-1] + " " + strings.TrimSpace(s))
			continue
		}
		name, value, ok := strings.Cut(s, ":")
		name = strings.TrimSpace(name)
		if !ok || name == "" || strings.ContainsAny(name, " \t") {
			return nil, r.resyncErr(num, off, inner, fmt.Sprintf("malformed header line %q", shorten(s)))
		}
		last = textproto.CanonicalMIMEHeaderKey(name)
		h.add(name, strings.TrimSpace(value))
	}
	cl := strings.TrimSpace(h.Get("Content-Length"))
	if cl == "" {
		return nil, r.resyncErr(num, off, inner, "no Content-Length field")
	}
	n, err := strconv.ParseInt(cl, 10, 64)
	if err != nil || n < 0 {
		return nil, r.resyncErr(num, off, inner, fmt.Sprintf("bad Content-Length %q", shorten(cl)))
	}
	rec := &Record{Version: version, Header: h, ContentLength: n, Num: num, Offset: off, Inner: inner}
	b := &block{r: r, rec: rec, left: n}
	rec.Body = b
	r.cur = b
	return rec, nil
}

// resyncErr reports a malformed record and skips to the next line of the
// record stream that starts a WARC record.
func (r *Reader) resyncErr(num int, off, inner int64, reason string) error {
	e := r.recErr(num, off, inner, reason)
	for {
		p, err := r.s.br.Peek(5)
		if string(p) == "WARC/" {
			return e
		}
		if len(p) == 0 {
			r.stop(err)
			return e
		}
		if _, err := r.s.readLine(-1); err != nil {
			r.stop(err)
			return e
		}
	}
}

// stop records why the record stream cannot be read further: its end, or
// corrupt gzip data (the next member is to be found).
func (r *Reader) stop(err error) {
	switch {
	case r.raw.err != nil:
	case errors.Is(err, io.ErrUnexpectedEOF) && r.gz && r.raw.seeker != nil:
		r.broken = true
	case err == io.EOF || errors.Is(err, io.ErrUnexpectedEOF) || !r.gz:
		r.memberEOF = true
	default:
		r.broken = true
	}
}

func shorten(s string) string {
	if len(s) > 60 {
		return s[:60] + "..."
	}
	return s
}

// block reads the block of a record.
type block struct {
	r    *Reader
	rec  *Record
	left int64
	err  error // *RecordError once the block turned out bad
	seen bool  // err was returned to the caller of Read
}

func (b *block) Read(p []byte) (int, error) {
	n, err := b.read(p)
	if err != nil && err != io.EOF {
		b.seen = true
	}
	return n, err
}

func (b *block) read(p []byte) (int, error) {
	if b.err != nil {
		return 0, b.err
	}
	if b.r.cur != b {
		return 0, errors.New("warc: record body read after the next call to Next")
	}
	if b.left == 0 {
		return 0, io.EOF
	}
	if int64(len(p)) > b.left {
		p = p[:b.left]
	}
	n, err := b.r.s.Read(p)
	b.left -= int64(n)
	if err == io.EOF && b.left > 0 {
		err = io.ErrUnexpectedEOF
	}
	if err != nil && err != io.EOF {
		if b.r.raw.err != nil {
			return n, b.r.raw.err
		}
		reason := fmt.Sprintf("block of %d bytes (Content-Length)", b.rec.ContentLength)
		e := b.r.streamErr(b.rec.Num, b.rec.Offset, b.rec.Inner, reason, err)
		if re, ok := e.(*RecordError); ok {
			if errors.Is(err, io.ErrUnexpectedEOF) || err == io.EOF {
				re.Reason = fmt.Sprintf("truncated: the block ends after %d of its %d bytes", b.rec.ContentLength-b.left, b.rec.ContentLength)
			}
			b.err = re
			return n, re
		}
		return n, e
	}
	if err == io.EOF && b.left == 0 {
		err = nil
	}
	return n, err
}

// drain reads the rest of the block; it returns only errors of the
// underlying reader (a bad block is in b.err).
func (b *block) drain() error {
	b.r.cur = b
	defer func() { b.r.cur = nil }()
	if b.r.scratch == nil {
		b.r.scratch = make([]byte, 32<<10)
	}
	for {
		_, err := b.read(b.r.scratch)
		if err == nil {
			continue
		}
		if err == io.EOF || b.err != nil {
			return nil
		}
		return err
	}
}

// stream is the record stream: the decompressed gzip member, or the plain
// file, with the count of bytes consumed.
type stream struct {
	br  *bufio.Reader
	pos int64
}

func newStream(r io.Reader) *stream { return &stream{br: bufio.NewReaderSize(r, 64<<10)} }

func (s *stream) reset(r io.Reader) {
	s.br.Reset(r)
	s.pos = 0
}

func (s *stream) Read(p []byte) (int, error) {
	n, err := s.br.Read(p)
	s.pos += int64(n)
	return n, err
}

func (s *stream) skipByte() error {
	_, err := s.br.ReadByte()
	if err == nil {
		s.pos++
	}
	return err
}

var errLong = errors.New("line too long")

// readLine reads a line with its line break; at the end of the stream the
// last line comes with io.EOF. A line longer than max bytes is consumed
// and gives errLong; with max < 0 the line is consumed and not returned.
func (s *stream) readLine(max int) ([]byte, error) {
	var line []byte
	long := false
	for {
		frag, err := s.br.ReadSlice('\n')
		s.pos += int64(len(frag))
		if max >= 0 && !long {
			if len(line)+len(frag) > max {
				long, line = true, nil
			} else {
				line = append(line, frag...)
			}
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if long && (err == nil || err == io.EOF) {
			return nil, errLong
		}
		return line, err
	}
}

// counter reads the file, counting the bytes consumed. It is an
// io.ByteReader so that the gzip reader reads no further than the end of
// a member.
type counter struct {
	br     *bufio.Reader
	src    io.Reader
	seeker io.Seeker // src, when it can seek
	base   int64     // position of src when the Reader was made
	n      int64
	err    error // first read error other than io.EOF
}

func (c *counter) Read(p []byte) (int, error) {
	n, err := c.br.Read(p)
	c.n += int64(n)
	c.note(err)
	return n, err
}

func (c *counter) ReadByte() (byte, error) {
	b, err := c.br.ReadByte()
	if err == nil {
		c.n++
	}
	c.note(err)
	return b, err
}

// peek returns the next n bytes without consuming them; fewer at the end
// of the file, with io.EOF or the read error.
func (c *counter) peek(n int) ([]byte, error) {
	p, err := c.br.Peek(n)
	c.note(err)
	if len(p) == 0 && err == nil {
		err = io.EOF
	}
	return p, err
}

// seekTo moves the reading position back to off, when the file can seek.
func (c *counter) seekTo(off int64) bool {
	if c.seeker == nil || c.err != nil {
		return false
	}
	if _, err := c.seeker.Seek(c.base+off, io.SeekStart); err != nil {
		return false
	}
	c.br.Reset(c.src)
	c.n = off
	return true
}

func (c *counter) note(err error) {
	if err != nil && err != io.EOF && c.err == nil {
		c.err = err
	}
}

// skipTo consumes the file up to the next occurrence of magic. junk
// reports whether anything other than zero bytes and white space was
// skipped. It returns io.EOF when magic does not occur again.
func (c *counter) skipTo(magic []byte) (junk bool, err error) {
	for {
		p, err := c.br.Peek(c.br.Size())
		if len(p) == 0 {
			if err == io.EOF {
				return junk, io.EOF
			}
			c.note(err)
			return junk, err
		}
		i := bytes.Index(p, magic)
		skip := i
		if i < 0 {
			skip = len(p) - (len(magic) - 1)
			if err == io.EOF || skip <= 0 {
				skip = len(p)
			}
		}
		if !junk && len(bytes.Trim(p[:skip], "\x00 \t\r\n")) > 0 {
			junk = true
		}
		c.br.Discard(skip)
		c.n += int64(skip)
		if i >= 0 {
			return junk, nil
		}
	}
}

// gzipReason says what is wrong with a gzip stream.
func gzipReason(err error) string {
	switch {
	case errors.Is(err, gzip.ErrHeader):
		return "bad gzip header"
	case errors.Is(err, gzip.ErrChecksum):
		return "gzip checksum mismatch"
	case errors.Is(err, io.ErrUnexpectedEOF):
		return "truncated gzip data"
	}
	return err.Error()
}
