package crosscheck

import (
	"slices"
	"strings"
	"sync"
	"unicode"

	"github.com/recoupe/recoupe/facts"
	"github.com/recoupe/recoupe/quantity"
	"github.com/recoupe/recoupe/report"
	"github.com/recoupe/recoupe/stopwords"
)

// Timeline limits.
const (
	// maxEventsPerDate is the most events kept for one date: the best
	// supported.
	maxEventsPerDate = 3
	// maxEvents is the most events of a timeline.
	maxEvents = 40
	// maxEventText is the longest event text, in runes.
	maxEventText = 220
	// minEventWords is the fewest words of a sentence that makes an
	// event.
	minEventWords = 5
	// mergeOverlap is the least share of the smaller word set two
	// sentences of one date must share to be one event, with at least
	// mergeShared words.
	mergeOverlap = 0.5
	mergeShared  = 3
)

// Event is one dated entry of a story's timeline.
type Event struct {
	report.Event
	// Future is set for an announced event (a deadline, a scheduled
	// end): every source that reports it gives it as still to come.
	Future bool
	// Sources is the number of independent sources that report it.
	Sources int
}

// mention is one sentence that dates an event.
type mention struct {
	date    string
	text    string
	article string
	group   string
	order   int
	future  bool
	words   map[string]bool
}

// eventGroup is the mentions of one event.
type eventGroup struct {
	date     string
	members  []*mention
	words    map[string]bool
	articles []string
	groups   map[string]bool
	future   bool
}

// Timeline builds a story's timeline from the dated sentences of its
// articles (sources oldest first, with Text and Dates): every date
// resolved to a day or a month, within the story's time (from two months
// before its first article to about a year after its last: earlier dates
// and years alone are background), with the sentence that carries it when
// that sentence tells an event (it has a verb other than an auxiliary, a
// copula or "publié"). An event is Future when every article reporting it
// gives it as still to come (announced or after its publication date). Sentences of one date that share most of their content words are
// one event, reported by all their articles; an event's text is its
// sentence in the earliest article. At most three events are kept per
// date and forty in all, the ones most sources report. Events come in
// date order ("2025-03" before "2025-03-04"), then most reported first.
func Timeline(sources []Source) []Event {
	var groups []*eventGroup
	byDate := make(map[string][]*eventGroup)
	lo, hi, windowed := storyWindow(sources)
	for i, s := range sources {
		if s.Text == "" || len(s.Dates) == 0 {
			continue
		}
		g := s.Group
		if g == "" {
			g = s.Article
		}
		sents := facts.Sentences(s.Text)
		seen := make(map[string]bool)
		for _, d := range s.Dates {
			d = yearless(d, s.Published)
			date, ok := eventDate(d)
			if !ok {
				continue
			}
			if windowed && !inWindow(date, lo, hi) {
				continue
			}
			sent, ok := sentenceOf(sents, d.Start)
			if !ok || len(strings.Fields(sent.Text)) < minEventWords {
				continue
			}
			key := date + "\x00" + sent.Text
			if seen[key] {
				continue
			}
			seen[key] = true
			if !hasEventVerb(sent.Text, s.Lang) {
				continue
			}
			future := d.Future || s.Published != "" && date > s.Published[:min(len(date), len(s.Published))]
			m := &mention{date: date, text: sent.Text, article: s.Article, group: g, order: i, future: future, words: contentWords(sent.Text)}
			eg := findEvent(byDate[date], m)
			if eg == nil {
				eg = &eventGroup{date: date, words: map[string]bool{}, groups: map[string]bool{}, future: true}
				byDate[date] = append(byDate[date], eg)
				groups = append(groups, eg)
			}
			eg.members = append(eg.members, m)
			for w := range m.words {
				eg.words[w] = true
			}
			if !slices.Contains(eg.articles, m.article) {
				eg.articles = append(eg.articles, m.article)
			}
			eg.groups[m.group] = true
			eg.future = eg.future && m.future
		}
	}
	// Keep the best supported events of each date, then of the story.
	keep := make(map[*eventGroup]bool)
	for _, gs := range byDate {
		ranked := slices.Clone(gs)
		slices.SortStableFunc(ranked, cmpSupport)
		for _, g := range ranked[:min(len(ranked), maxEventsPerDate)] {
			keep[g] = true
		}
	}
	ranked := slices.Clone(groups)
	slices.SortStableFunc(ranked, cmpSupport)
	for i, g := range ranked {
		if i >= maxEvents {
			keep[g] = false
		}
	}
	var out []Event
	for _, g := range groups {
		if !keep[g] {
			continue
		}
		out = append(out, Event{
			Event:   report.Event{Date: g.date, Text: truncate(g.members[0].text, maxEventText), Articles: g.articles},
			Future:  g.future,
			Sources: len(g.groups),
		})
	}
	slices.SortStableFunc(out, func(a, b Event) int {
		if c := strings.Compare(a.Date, b.Date); c != 0 {
			return c
		}
		return b.Sources - a.Sources
	})
	return out
}

// cmpSupport orders events by independent sources, then articles, most
// first.
func cmpSupport(a, b *eventGroup) int {
	if len(a.groups) != len(b.groups) {
		return len(b.groups) - len(a.groups)
	}
	return len(b.articles) - len(a.articles)
}

// findEvent returns the event of one date whose words m shares enough
// of, nil when none.
func findEvent(gs []*eventGroup, m *mention) *eventGroup {
	var best *eventGroup
	bestScore := 0.0
	for _, g := range gs {
		shared := 0
		for w := range m.words {
			if g.words[w] {
				shared++
			}
		}
		small := min(len(m.words), len(g.words))
		if small == 0 {
			continue
		}
		score := float64(shared) / float64(small)
		if shared >= min(mergeShared, small) && score >= mergeOverlap && score > bestScore {
			best, bestScore = g, score
		}
	}
	return best
}

// eventDate returns the date of a temporal expression as a timeline date
// (YYYY-MM-DD, YYYY-MM or YYYY), false when it is not one: durations,
// sets, weeks, seasons, unresolved and vague references.
func eventDate(d facts.Date) (string, bool) {
	if d.Kind != "DATE" && d.Kind != "TIME" {
		return "", false
	}
	v := d.Value
	digits := func(s string) bool {
		for i := 0; i < len(s); i++ {
			if s[i] < '0' || s[i] > '9' {
				return false
			}
		}
		return s != ""
	}
	switch {
	case len(v) >= 10 && digits(v[:4]) && v[4] == '-' && digits(v[5:7]) && v[7] == '-' && digits(v[8:10]):
		if _, ok := parseDay(v); !ok {
			return "", false
		}
		return v[:10], true
	case len(v) == 7 && digits(v[:4]) && v[4] == '-' && digits(v[5:7]):
		if v[5:7] < "01" || v[5:7] > "12" {
			return "", false
		}
		return v, true
	}
	// A year alone ("construit en 1972", "le séisme de 2019") is
	// background, not an event of the story.
	return "", false
}

// Story window: how far before its first article and after its last a
// timeline date may lie. Earlier dates are background ("le séisme de
// novembre 2019"); later ones are not the story's schedule.
const (
	windowBefore = 62  // days
	windowAfter  = 400 // days
)

// storyWindow returns the first and last days (since 1970) a timeline
// date of sources may fall on; ok is false when no source is dated.
func storyWindow(sources []Source) (lo, hi int, ok bool) {
	for _, s := range sources {
		d, dated := parseDay(s.Published)
		if !dated {
			continue
		}
		if !ok || d < lo {
			lo = d
		}
		if !ok || d > hi {
			hi = d
		}
		ok = true
	}
	return lo - windowBefore, hi + windowAfter, ok
}

// inWindow reports whether the timeline date (a day or a month) meets the
// window [lo, hi].
func inWindow(date string, lo, hi int) bool {
	first, last := date, date
	if len(date) == 7 {
		first, last = date+"-01", date+"-28"
	}
	a, ok1 := parseDay(first)
	b, ok2 := parseDay(last)
	return ok1 && ok2 && b >= lo && a <= hi
}

// nonEvents are the verbs that make no event: auxiliaries, modals,
// copulas, and the verbs of a page's own life ("Publié le", "Mis à
// jour le").
var nonEvents = map[string]bool{
	"être": true, "avoir": true, "pouvoir": true, "devoir": true, "sembler": true,
	"paraître": true, "publier": true, "mettre": true, "actualiser": true, "modifier": true,
	"lire": true, "partager": true, "abonner": true, "voir": true, "falloir": true,
}

// enNonEvents are English verb forms that make no event.
var enNonEvents = map[string]bool{
	"published": true, "updated": true, "posted": true, "modified": true, "need": true,
	"is": true, "was": true, "are": true, "were": true, "be": true, "been": true,
	"has": true, "have": true, "had": true, "read": true, "share": true,
}

// enIrregular are frequent English past forms of news events.
var enIrregular = map[string]bool{
	"said": true, "hit": true, "began": true, "struck": true, "broke": true, "fell": true,
	"rose": true, "took": true, "led": true, "left": true, "met": true, "sent": true,
	"held": true, "made": true, "won": true, "lost": true, "told": true, "fled": true,
	"swept": true, "set": true, "will": true, "shut": true, "ran": true, "came": true,
	"went": true, "gave": true, "killed": true, "spread": true, "grew": true, "sank": true,
}

// frSubjects stand before a finite verb: "il a", "qui ont", "s'est".
var frSubjects = map[string]bool{
	"a": true, "ont": true, "est": true, "sont": true, "avait": true, "avaient": true,
	"sera": true, "seront": true, "va": true, "vont": true, "doit": true, "doivent": true,
	"s": true, "se": true, "qui": true, "il": true, "elle": true, "ils": true, "elles": true,
	"on": true, "ne": true, "n": true, "devrait": true, "devraient": true, "aurait": true,
	"auraient": true, "été": true, "ete": true, "avoir": true, "être": true, "etre": true,
}

// frModals stand before an infinitive: "doivent prendre fin", "va
// reprendre".
var frModals = map[string]bool{
	"doit": true, "doivent": true, "devait": true, "devaient": true, "devrait": true,
	"devraient": true, "va": true, "vont": true, "allait": true, "peut": true, "peuvent": true,
	"pourrait": true, "pourraient": true, "compte": true, "comptent": true, "entend": true,
	"entendent": true, "veut": true, "veulent": true,
}

// hasEventVerb reports whether sentence s (in language lang) holds a verb
// that tells something happening: "a cédé", "ont été évacuées",
// "doivent prendre fin", "killed", not only "Publié le" or "est".
func hasEventVerb(s, lang string) bool {
	ws := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(unicode.IsLetter(r) || r == '-')
	})
	if lang == "en" {
		for _, w := range ws {
			if enNonEvents[w] {
				continue
			}
			if enIrregular[w] || len(w) > 4 && strings.HasSuffix(w, "ed") {
				return true
			}
		}
		return false
	}
	for i, w := range ws {
		if i > 0 && frModals[ws[i-1]] && (strings.HasSuffix(w, "er") || strings.HasSuffix(w, "ir") || strings.HasSuffix(w, "re")) && !nonEvents[w] {
			return true // an infinitive, its own lemma: "doivent prendre fin"
		}
		noun, verb, gram := quantity.LemmaFR(w)
		if gram || verb == "" || nonEvents[verb] {
			continue
		}
		// A form that is also a noun ("marche", "pluies") is a verb
		// only after a subject or an auxiliary ("il marche", "a cédé").
		if noun == "" || i > 0 && frSubjects[ws[i-1]] {
			return true
		}
	}
	return false
}

var (
	eventStopOnce sync.Once
	eventStop     map[string]bool
)

// timeWords are words of dates, left out of the comparison of sentences.
var timeWords = []string{
	"janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre",
	"octobre", "novembre", "decembre", "lundi", "mardi", "mercredi", "jeudi", "vendredi",
	"samedi", "dimanche", "hier", "demain", "aujourd'hui", "matin", "soir", "nuit",
	"semaine", "jour", "mois", "annee", "veille", "lendemain", "january", "february",
	"march", "april", "may", "june", "july", "august", "september", "october", "november",
	"december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
	"sunday", "yesterday", "tomorrow", "today", "morning", "evening", "night", "week",
	"day", "month", "year",
}

// contentWords returns the folded content words of s: words of three
// letters or more that are not stopwords nor date words.
func contentWords(s string) map[string]bool {
	eventStopOnce.Do(func() {
		eventStop = make(map[string]bool)
		for _, lang := range []string{"fr", "en"} {
			for _, w := range stopwords.Words(lang) {
				eventStop[fold(w)] = true
			}
		}
		for _, w := range timeWords {
			eventStop[w] = true
		}
	})
	out := make(map[string]bool)
	for _, w := range words(fold(s)) {
		if i := strings.LastIndexByte(w, '\''); i >= 0 {
			w = w[i+1:]
		}
		if len([]rune(w)) < 3 || eventStop[w] {
			continue
		}
		out[w] = true
	}
	return out
}
