package ingest

import (
	"encoding/binary"
	"errors"
	"time"

	"github.com/recoupe/recoupe/copies"
	"github.com/recoupe/recoupe/stories"
)

// record is what the engine replays for one stored article on Open: the
// inputs of the stories clusterer and of the copy detector, less the
// cleaned text the store keeps anyway. The live path builds its Docs from
// a record too, so that replay feeds them exactly what the first run did.
type record struct {
	title     string
	lang      string
	published time.Time // zero when unknown
	outlet    string
	dateline  string
	wires     []string
	authors   []string
	entities  []string // canonical names, once each
	figures   []string
	dates     []string
	quotes    []string
}

// recordVersion is the first byte of an encoded record.
const recordVersion = 1

// fromDocs builds the record of an article's stories and copies Docs.
func fromDocs(sd stories.Doc, cd copies.Doc) record {
	return record{
		title: sd.Title, lang: sd.Lang, published: sd.Published,
		outlet: cd.Outlet, dateline: cd.Dateline, wires: cd.Wires, authors: cd.Authors,
		entities: sd.Entities, figures: cd.Facts.Figures, dates: cd.Facts.Dates, quotes: cd.Facts.Quotes,
	}
}

// storiesDoc is the Doc the clusterer gets.
func (r *record) storiesDoc(id, text string) stories.Doc {
	return stories.Doc{ID: id, Title: r.title, Body: text, Published: r.published, Lang: r.lang, Entities: r.entities}
}

// copiesDoc is the Doc the copy detector gets.
func (r *record) copiesDoc(id, text string) copies.Doc {
	return copies.Doc{
		ID: id, Text: text, Published: r.published, Outlet: r.outlet, Wires: r.wires,
		Dateline: r.dateline, Authors: r.authors,
		Facts: copies.Facts{Entities: r.entities, Figures: r.figures, Dates: r.dates, Quotes: r.quotes},
	}
}

// encode writes the record compactly: a version byte, the publication
// time in Unix seconds (zigzag varint, with a flag for unknown), then
// strings and string lists, each length-prefixed (uvarint).
func (r record) encode() []byte {
	b := make([]byte, 0, 256)
	b = append(b, recordVersion)
	if r.published.IsZero() {
		b = append(b, 0)
	} else {
		b = append(b, 1)
		b = binary.AppendVarint(b, r.published.Unix())
	}
	for _, s := range []string{r.title, r.lang, r.outlet, r.dateline} {
		b = appendString(b, s)
	}
	for _, l := range [][]string{r.wires, r.authors, r.entities, r.figures, r.dates, r.quotes} {
		b = binary.AppendUvarint(b, uint64(len(l)))
		for _, s := range l {
			b = appendString(b, s)
		}
	}
	return b
}

func appendString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

var errRecord = errors.New("ingest: corrupt replay record")

// decodeRecord reads a record written by encode.
func decodeRecord(b []byte) (record, error) {
	var r record
	d := decoder{b: b}
	if v := d.byte(); v != recordVersion {
		return r, errRecord
	}
	switch d.byte() {
	case 0:
	case 1:
		r.published = time.Unix(d.varint(), 0).UTC()
	default:
		return r, errRecord
	}
	for _, p := range []*string{&r.title, &r.lang, &r.outlet, &r.dateline} {
		*p = d.string()
	}
	for _, p := range []*[]string{&r.wires, &r.authors, &r.entities, &r.figures, &r.dates, &r.quotes} {
		n := d.uvarint()
		if n > uint64(len(d.b)) { // every string takes a byte at least
			return r, errRecord
		}
		if n > 0 {
			l := make([]string, n)
			for i := range l {
				l[i] = d.string()
			}
			*p = l
		}
	}
	if d.bad || len(d.b) != 0 {
		return r, errRecord
	}
	return r, nil
}

// decoder reads from b and sets bad on the first short or malformed read.
type decoder struct {
	b   []byte
	bad bool
}

func (d *decoder) byte() byte {
	if len(d.b) == 0 {
		d.bad = true
		return 0
	}
	c := d.b[0]
	d.b = d.b[1:]
	return c
}

func (d *decoder) uvarint() uint64 {
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.bad = true
		d.b = nil
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *decoder) varint() int64 {
	v, n := binary.Varint(d.b)
	if n <= 0 {
		d.bad = true
		d.b = nil
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *decoder) string() string {
	n := d.uvarint()
	if n > uint64(len(d.b)) {
		d.bad = true
		d.b = nil
		return ""
	}
	s := string(d.b[:n])
	d.b = d.b[n:]
	return s
}
