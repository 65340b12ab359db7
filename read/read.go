// Package read turns input files into article.Docs: plain text, HTML,
// JSON, JSON Lines, each optionally gzip-compressed, in any of the common
// encodings of French sites.
//
// The accepted formats, JSON fields, encodings, limits and error messages
// are described in docs/input-formats.md.
//
// Every problem with an input is reported as an *Error naming the input
// and saying what is wrong with it; reading goes on with the next input
// (or, in a JSON Lines file, with the next line).
package read

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/recoupe/recoupe/article"
)

// Error is an input that could not be read, and why. The rest of the work
// goes on.
type Error struct {
	File   string
	Reason string
}

func (e *Error) Error() string { return e.File + ": " + e.Reason }

// DefaultMaxBytes is the largest input accepted when Options.MaxBytes is 0.
const DefaultMaxBytes = 64 << 20

// Options bounds the reading.
type Options struct {
	// MaxBytes is the largest input accepted (after decompression); 0
	// means the default, 64 MiB.
	MaxBytes int64
}

func (o Options) maxBytes() int64 {
	if o.MaxBytes > 0 {
		return o.MaxBytes
	}
	return DefaultMaxBytes
}

// Paths reads every path: a file, a directory (recursively, in lexical
// order, skipping hidden files and directories and files whose extension
// is not one of the known formats), or "-" for stdin. A file named in
// paths is always read, its format sniffed from its content when its
// extension says nothing. It calls emit for each article in input order
// and returns one Error per unreadable input (or record).
func Paths(paths []string, stdin io.Reader, opt Options, emit func(*article.Doc)) []*Error {
	r := &reader{opt: opt, emit: emit}
	for _, p := range paths {
		if p == "-" {
			r.stdin(stdin)
			continue
		}
		r.path(p)
	}
	return r.errs
}

// Bytes reads the articles in one named input already in memory; the name
// (its extension) selects the format, sniffing the content when the
// extension says nothing. Used for embedded corpora.
//
// It returns the articles it could read. The error is nil when the whole
// input was read; otherwise it is an *Error, or, when several records of
// the input failed, an errors.Join of *Error values (use errors.As, or
// Errors, to get at them). Docs read from the other records are still
// returned.
func Bytes(name string, data []byte, opt Options) ([]*article.Doc, error) {
	docs, errs := parse(name, data, opt)
	switch len(errs) {
	case 0:
		return docs, nil
	case 1:
		return docs, errs[0]
	}
	all := make([]error, len(errs))
	for i, e := range errs {
		all[i] = e
	}
	return docs, errors.Join(all...)
}

// Errors returns the *Error values held in err as returned by Bytes: the
// error itself, or those joined in it.
func Errors(err error) []*Error {
	if err == nil {
		return nil
	}
	var e *Error
	if errors.As(err, &e) && e == err {
		return []*Error{e}
	}
	var out []*Error
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		for _, x := range j.Unwrap() {
			out = append(out, Errors(x)...)
		}
		return out
	}
	if errors.As(err, &e) {
		out = append(out, e)
	}
	return out
}

// reader holds the state of one call to Paths.
type reader struct {
	opt  Options
	emit func(*article.Doc)
	errs []*Error
}

func (r *reader) fail(file, reason string) {
	r.errs = append(r.errs, &Error{File: file, Reason: reason})
}

func (r *reader) add(docs []*article.Doc, errs []*Error) {
	if r.emit != nil {
		for _, d := range docs {
			r.emit(d)
		}
	}
	r.errs = append(r.errs, errs...)
}

func (r *reader) stdin(in io.Reader) {
	if in == nil {
		r.fail("-", "no standard input to read")
		return
	}
	max := r.opt.maxBytes()
	data, err := readLimited(in, 0, max)
	if err != nil {
		if errors.Is(err, errTooLarge) {
			r.fail("-", "larger than "+formatSize(max))
			return
		}
		r.fail("-", "cannot read standard input: "+err.Error())
		return
	}
	r.add(parse("-", data, r.opt))
}

// path reads one path named by the caller: a directory is walked, anything
// else is read as a file whatever its extension.
func (r *reader) path(p string) {
	st, err := os.Stat(p)
	if err != nil {
		r.fail(p, "cannot open: "+osReason(err))
		return
	}
	if st.IsDir() {
		r.walk(p)
		return
	}
	r.file(p)
}

// walk reads the files under root in lexical order.
func (r *reader) walk(root string) {
	if st, err := os.Lstat(root); err == nil && st.Mode()&fs.ModeSymlink != 0 {
		// A trailing separator makes the walk follow a symbolic link given
		// as the root (links inside the tree are not followed).
		root += string(filepath.Separator)
	}
	filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			// A directory that cannot be listed (or an entry that vanished):
			// report it and go on with the rest of the tree.
			if d == nil || d.IsDir() {
				r.fail(p, "cannot read directory: "+osReason(err))
			} else {
				r.fail(p, "cannot open: "+osReason(err))
			}
			return nil
		}
		if p != root && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		if formatOf(d.Name()) == fmtUnknown {
			return nil
		}
		switch t := d.Type(); {
		case t.IsRegular():
		case t&fs.ModeSymlink != 0:
			st, err := os.Stat(p)
			if err != nil {
				r.fail(p, "cannot open: "+osReason(err))
				return nil
			}
			// Symbolic links to directories are not followed (they could
			// make loops); links to regular files are read.
			if !st.Mode().IsRegular() {
				return nil
			}
		default:
			return nil // devices, pipes, sockets
		}
		r.file(p)
		return nil
	})
}

// file reads one file, checking its size before reading it whole. A WARC
// archive (.warc, .warc.gz) is read as a stream instead, page by page.
func (r *reader) file(p string) {
	if formatOf(p) == fmtWARC {
		r.errs = append(r.errs, WARC(p, r.opt, func(d *article.Doc) { r.add([]*article.Doc{d}, nil) })...)
		return
	}
	f, err := os.Open(p)
	if err != nil {
		r.fail(p, "cannot open: "+osReason(err))
		return
	}
	defer f.Close()
	max := r.opt.maxBytes()
	var hint int64
	if st, err := f.Stat(); err == nil && st.Mode().IsRegular() {
		if st.Size() > max {
			r.fail(p, "larger than "+formatSize(max)+" (the file is "+formatSize(st.Size())+")")
			return
		}
		hint = st.Size()
	}
	data, err := readLimited(f, hint, max)
	if err != nil {
		if errors.Is(err, errTooLarge) {
			r.fail(p, "larger than "+formatSize(max))
			return
		}
		r.fail(p, "cannot read: "+osReason(err))
		return
	}
	r.add(parse(p, data, r.opt))
}

var errTooLarge = errors.New("input too large")

// readLimited reads all of rd, at most max bytes; more gives errTooLarge.
// hint is the expected size (0 when unknown).
func readLimited(rd io.Reader, hint, max int64) ([]byte, error) {
	size := hint + 1 // one more byte to see EOF without growing
	if hint <= 0 {
		size = 4096
	}
	if size > max+1 {
		size = max + 1
	}
	return appendLimited(make([]byte, 0, size), rd, max)
}

// appendLimited appends all of rd to buf, as long as buf stays within max
// bytes; more gives errTooLarge.
func appendLimited(buf []byte, rd io.Reader, max int64) ([]byte, error) {
	for {
		if len(buf) == cap(buf) {
			grow := int64(cap(buf))
			if grow < 4096 {
				grow = 4096
			}
			if room := max + 1 - int64(len(buf)); grow > room {
				grow = room
			}
			buf = append(buf, make([]byte, grow)...)[:len(buf)]
		}
		n, err := rd.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if int64(len(buf)) > max {
			return nil, errTooLarge
		}
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return nil, err
		}
	}
}

// osReason is the part of an os error that says what went wrong, without
// the path the caller already names.
func osReason(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "no such file or directory"
	case errors.Is(err, fs.ErrPermission):
		return "permission denied"
	}
	return err.Error()
}

// parse reads the articles in one input, whose name (its extension) gives
// the format.
func parse(name string, data []byte, opt Options) ([]*article.Doc, []*Error) {
	fail := func(reason string) ([]*article.Doc, []*Error) {
		return nil, []*Error{{File: name, Reason: reason}}
	}
	max := opt.maxBytes()
	if int64(len(data)) > max {
		return fail("larger than " + formatSize(max) + " (the input is " + formatSize(int64(len(data))) + ")")
	}
	if len(data) == 0 {
		return fail("empty file")
	}
	// The format comes from the name without its .gz suffix. Gzip data is
	// recognised by its magic bytes, whatever the name; a file named .gz
	// that is not compressed (a server already decompressed it) is read
	// as it is.
	f := formatOf(name)
	if f == fmtWARC {
		var docs []*article.Doc
		errs := ReadWARC(bytes.NewReader(data), name, opt, func(d *article.Doc) { docs = append(docs, d) })
		return docs, errs
	}
	if isGzip(data) {
		var reason string
		data, reason = gunzip(data, max)
		if reason != "" {
			return fail(reason)
		}
		if len(data) == 0 {
			return fail("empty file (after decompression)")
		}
	}

	data, bom := unicodeBOM(data)
	if len(bytes.TrimSpace(data)) == 0 {
		return fail("no text: the file holds only white space")
	}
	switch f {
	case fmtUnknown:
		f = sniff(data)
	case fmtText:
		if looksHTMLDocument(data) {
			f = fmtHTML // a web page saved as .txt
		}
	}
	if reason := binaryReason(data); reason != "" {
		return fail(reason)
	}
	switch f {
	case fmtHTML:
		text := decodeHTML(data, bom)
		doc, reason := htmlDoc(name, text, "")
		if reason != "" {
			return fail(reason)
		}
		return []*article.Doc{doc}, nil
	case fmtJSON:
		return parseJSON(name, decode(data, bom))
	case fmtJSONL:
		return parseJSONL(name, decode(data, bom))
	}
	var text string
	if plainNFC(data) {
		text = string(data) // what decode and normNFC would give, in one pass
	} else {
		text = normNFC(decode(data, bom))
	}
	lines := splitLines(text, nil)
	if len(lines) == 0 {
		return fail("no text: the file holds only white space and control characters")
	}
	return []*article.Doc{{File: name, Format: "text", Lines: lines}}, nil
}

// formatSize writes a byte count for people: "64 MiB", "1.5 MiB",
// "12.0 KiB", "300 bytes".
func formatSize(n int64) string {
	const kib, mib = 1 << 10, 1 << 20
	switch {
	case n >= mib && n%mib == 0:
		return strconv.FormatInt(n/mib, 10) + " MiB"
	case n >= mib:
		return strconv.FormatFloat(float64(n)/mib, 'f', 1, 64) + " MiB"
	case n >= kib && n%kib == 0:
		return strconv.FormatInt(n/kib, 10) + " KiB"
	case n >= kib:
		return strconv.FormatFloat(float64(n)/kib, 'f', 1, 64) + " KiB"
	case n == 1:
		return "1 byte"
	}
	return strconv.FormatInt(n, 10) + " bytes"
}

// commas writes n with thousands separators: 3204 -> "3,204".
func commas(n int) string {
	s := strconv.Itoa(n)
	if n < 0 || len(s) <= 3 {
		return s
	}
	var b strings.Builder
	pre := len(s) % 3
	if pre > 0 {
		b.WriteString(s[:pre])
	}
	for i := pre; i < len(s); i += 3 {
		if b.Len() > 0 {
			b.WriteByte(',')
		}
		b.WriteString(s[i : i+3])
	}
	return b.String()
}
