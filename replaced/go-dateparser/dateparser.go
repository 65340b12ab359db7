// Package dateparser stands in for github.com/markusmobius/go-dateparser
// in recoupe's build (see the replace directive in recoupe's go.mod).
//
// go-htmldate, a dependency of go-trafilatura, imports go-dateparser for an
// optional "extensive search" of dates in a page's text. recoupe never runs
// that search (htmlbody disables go-htmldate and reads the date from the
// page's metadata itself), but the real package's initialisation builds its
// locale tables for every language at program start: about 78 MB allocated
// and 0.3 s of CPU on every run of every recoupe command, even --help. This
// small module provides the part of the API go-htmldate uses, with a plain
// absolute-date parser, so that the cost is gone.
package dateparser

import (
	"errors"
	"strings"
	"time"
)

// ParserType names a kind of parser; only absolute formats are supported.
type ParserType uint8

// The parser types go-htmldate asks for.
const (
	Timestamp ParserType = iota
	NegativeTimestamp
	RelativeTime
	CustomFormat
	AbsoluteTime
	NoSpacesTime
)

// PreferredDateSource says which of two readings of an incomplete date to
// prefer; accepted for compatibility.
type PreferredDateSource uint8

// Preferred date sources.
const (
	CurrentPeriod PreferredDateSource = iota
	Past
	Future
)

// Configuration is the subset of go-dateparser's configuration that
// go-htmldate sets. StrictParsing requires day, month and year.
type Configuration struct {
	PreferredDateSource PreferredDateSource
	StrictParsing       bool
	CurrentTime         time.Time
}

// Date is a parsed date.
type Date struct {
	Time time.Time
}

// IsZero reports whether no date was parsed.
func (d Date) IsZero() bool { return d.Time.IsZero() }

// Parser parses dates written in the formats of its ParserTypes.
type Parser struct {
	ParserTypes []ParserType
}

// ErrNotParsed is returned when the text is no date in a known format.
var ErrNotParsed = errors.New("dateparser: no date in a known format")

// layouts are the absolute formats understood, full dates first.
var layouts = []string{
	time.RFC3339, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02",
	"2006/01/02", "02.01.2006", "02/01/2006", "2 January 2006", "January 2, 2006",
	"Jan 2, 2006", "2 Jan 2006", time.RFC1123, time.RFC1123Z, time.RFC822, time.RFC822Z,
}

// Parse reads s as an absolute date.
func (p *Parser) Parse(cfg *Configuration, s string) (Date, error) {
	return Parse(cfg, s)
}

// Parse reads s as an absolute date in one of a few common formats.
func Parse(cfg *Configuration, s string) (Date, error) {
	s = strings.TrimSpace(s)
	for _, l := range layouts {
		if t, err := time.Parse(l, s); err == nil {
			return Date{Time: t}, nil
		}
	}
	return Date{}, ErrNotParsed
}
