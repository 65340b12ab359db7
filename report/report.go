// Package report defines the JSON report contract (version 1, documented
// in docs/report.md) and renders it as text, Markdown, JSON and HTML.
package report

// Version is the report contract version. Fields may be added freely;
// renaming or removing one requires a version bump.
const Version = 1

// Report is the whole output of one analysis.
type Report struct {
	Version  int        `json:"version"`
	Articles []Article  `json:"articles"`
	Stories  []Story    `json:"stories"`
	Errors   []InputErr `json:"errors"`
}

// InputErr is one input that could not be read, with the reason.
type InputErr struct {
	File   string `json:"file"`
	Reason string `json:"reason"`
}

// Article is one analysed article.
type Article struct {
	ID             string        `json:"id"`
	File           string        `json:"file"`
	URL            string        `json:"url"`
	Title          string        `json:"title"`
	Outlet         string        `json:"outlet"`
	Wires          []string      `json:"wires"`
	Authors        []string      `json:"authors"`
	Dateline       string        `json:"dateline"`
	Published      *string       `json:"published"`
	PublishedBasis string        `json:"published_basis"`
	Language       string        `json:"language"`
	Text           string        `json:"text"`
	Boilerplate    []Boilerplate `json:"boilerplate"`
}

// Boilerplate is one removed piece of an article, with why it was removed.
type Boilerplate struct {
	Text   string `json:"text"`
	Reason string `json:"reason"`
	Line   int    `json:"line"`
}

// Story is one developing news story.
type Story struct {
	ID       string   `json:"id"`
	Thread   string   `json:"thread"`
	Title    string   `json:"title"`
	Articles []string `json:"articles"`
	// Sources is the number of independent sources among the articles:
	// the articles of one copy group count as one.
	Sources  int        `json:"sources"`
	Copies   []Copy     `json:"copies"`
	Entities []Entity   `json:"entities"`
	Claims   []Claim    `json:"claims"`
	Timeline []Event    `json:"timeline"`
	Quotes   []Quote    `json:"quotes"`
	Summary  []Sentence `json:"summary"`
}

// Copy is a group of articles that carry the same text or dispatch.
type Copy struct {
	Articles []string `json:"articles"`
	Kind     string   `json:"kind"`
	Score    float64  `json:"score"`
	// Original is the ID of the likely original of the group (the wire's
	// own dispatch, else the earliest published), "" when not told.
	Original string `json:"original,omitempty"`
	// Evidence says in words what the articles share ("same wire credit
	// 'Reuters'", "3 identical figures: ..."), for a reader to judge.
	Evidence []string `json:"evidence,omitempty"`
}

// Entity is a person, organisation or place with all its spellings.
type Entity struct {
	Name     string   `json:"name"`
	Kind     string   `json:"kind"`
	Variants []string `json:"variants"`
	Articles []string `json:"articles"`
}

// Claim is one measure (what a figure counts) with the values sources give.
type Claim struct {
	Measure string `json:"measure"`
	Unit    string `json:"unit"`
	// Kind is "count" for a figure, "date" for a date claim (an end or a
	// deadline, its values in Value.Date); "" means "count".
	Kind   string `json:"kind,omitempty"`
	Status string `json:"status"`
	// Sources is the number of independent sources giving a value.
	Sources int     `json:"sources"`
	Values  []Value `json:"values"`
}

// Value is one figure given by one article.
type Value struct {
	Value    float64  `json:"value"`
	Low      *float64 `json:"low"`
	High     *float64 `json:"high"`
	Approx   bool     `json:"approx"`
	AsOf     *string  `json:"as_of"`
	Article  string   `json:"article"`
	Sentence string   `json:"sentence"`
	// Retracted marks a value withdrawn or corrected by the text.
	Retracted bool `json:"retracted,omitempty"`
	// Credit is whom the sentence credits for the figure ("le ministère
	// de l'Intérieur"), "" when nobody is named.
	Credit string `json:"credit,omitempty"`
	// Source is the independent-source key of the article: the articles
	// of one copy group share it.
	Source string `json:"source,omitempty"`
	// Date is the value of a date claim, YYYY-MM-DD.
	Date string `json:"date,omitempty"`
}

// Event is one dated entry of a story's timeline.
type Event struct {
	Date     string   `json:"date"`
	Text     string   `json:"text"`
	Articles []string `json:"articles"`
	// Future marks an event announced or scheduled, still to come in
	// every article reporting it.
	Future bool `json:"future,omitempty"`
}

// Quote is a direct quote with its speaker.
type Quote struct {
	Speaker  string   `json:"speaker"`
	Text     string   `json:"text"`
	Articles []string `json:"articles"`
}

// Sentence is one summary sentence with the article it comes from.
type Sentence struct {
	Text    string `json:"text"`
	Article string `json:"article"`
}
