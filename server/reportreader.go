package server

import (
	"context"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/recoupe/recoupe/report"
	"github.com/recoupe/recoupe/store"
)

// ReportReader is a store.Reader over one report.Report held in memory:
// it serves a finished analysis (a JSON report) without a database, and
// stands in for the store in tests. Search is a plain scan, fine for a
// report of a few thousand articles, slow beyond.
type ReportReader struct {
	updated  time.Time
	items    []store.StoryItem
	stories  map[string]*store.StoryPage
	articles map[string]*report.Article
	order    []*report.Article   // articles in report order
	storyOf  map[string]string   // article ID -> first story holding it
	inStory  map[string][]string // article ID -> every story holding it
	threads  int
}

var _ store.Reader = (*ReportReader)(nil)

// NewReportReader indexes r. Its stories are listed in report order, all
// updated at updated. r must not be modified afterwards.
func NewReportReader(r *report.Report, updated time.Time) *ReportReader {
	rr := &ReportReader{
		updated:  updated,
		stories:  make(map[string]*store.StoryPage, len(r.Stories)),
		articles: make(map[string]*report.Article, len(r.Articles)),
		storyOf:  make(map[string]string),
		inStory:  make(map[string][]string),
	}
	for i := range r.Articles {
		a := &r.Articles[i]
		if _, dup := rr.articles[a.ID]; dup {
			continue
		}
		rr.articles[a.ID] = a
		rr.order = append(rr.order, a)
	}
	threads := make(map[string]bool)
	for i := range r.Stories {
		s := r.Stories[i]
		if _, dup := rr.stories[s.ID]; dup {
			continue
		}
		page := &store.StoryPage{Story: s, Updated: updated}
		item := store.StoryItem{ID: s.ID, Thread: s.Thread, Title: s.Title, Articles: len(s.Articles),
			Sources: s.Sources, Claims: len(s.Claims), Updated: updated}
		for _, c := range s.Claims {
			if c.Status == "conflict" {
				item.Conflicts++
			}
		}
		for _, id := range s.Articles {
			a := rr.articles[id]
			if a == nil {
				continue
			}
			page.Articles = append(page.Articles, *a)
			if _, ok := rr.storyOf[id]; !ok {
				rr.storyOf[id] = s.ID
			}
			rr.inStory[id] = append(rr.inStory[id], s.ID)
			if a.Published == nil || *a.Published == "" {
				continue
			}
			d := *a.Published
			if item.First == "" || d < item.First {
				item.First = d
			}
			if d > item.Last {
				item.Last = d
			}
		}
		rr.stories[s.ID] = page
		rr.items = append(rr.items, item)
		threads[s.Thread] = true
	}
	rr.threads = len(threads)
	return rr
}

// Stats counts the report's articles, stories and threads.
func (rr *ReportReader) Stats(ctx context.Context) (store.Stats, error) {
	return store.Stats{Articles: len(rr.order), Stories: len(rr.items), Threads: rr.threads}, ctx.Err()
}

// Stories lists the report's stories in report order.
func (rr *ReportReader) Stories(ctx context.Context, q store.StoryQuery) ([]store.StoryItem, int, error) {
	if err := ctx.Err(); err != nil {
		return nil, 0, err
	}
	items := rr.items
	if q.Thread != "" {
		items = nil
		for _, it := range rr.items {
			if it.Thread == q.Thread {
				items = append(items, it)
			}
		}
	}
	total := len(items)
	limit := q.Limit
	if limit <= 0 || limit > 1000 {
		limit = 1000
	}
	off := min(max(q.Offset, 0), total)
	end := min(off+limit, total)
	return append([]store.StoryItem(nil), items[off:end]...), total, nil
}

// Story returns one story with its articles.
func (rr *ReportReader) Story(ctx context.Context, id string) (*store.StoryPage, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	p, ok := rr.stories[id]
	if !ok {
		return nil, store.ErrNotFound
	}
	c := *p
	return &c, nil
}

// Article returns one article.
func (rr *ReportReader) Article(ctx context.Context, id string) (*report.Article, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	a, ok := rr.articles[id]
	if !ok {
		return nil, store.ErrNotFound
	}
	c := *a
	return &c, nil
}

// ArticleStories returns the IDs of the stories holding the article.
func (rr *ReportReader) ArticleStories(ctx context.Context, id string) ([]string, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if _, ok := rr.articles[id]; !ok {
		return nil, store.ErrNotFound
	}
	return append([]string(nil), rr.inStory[id]...), nil
}

// Search finds the articles whose title or text holds every word of query,
// ignoring case and accents, most occurrences first.
func (rr *ReportReader) Search(ctx context.Context, query string, limit, offset int) ([]store.Hit, error) {
	words := strings.Fields(foldString(query))
	if len(words) == 0 {
		return nil, nil
	}
	var hits []store.Hit
	for i, a := range rr.order {
		if i%1024 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		title := foldString(a.Title)
		doc := a.Title + "\n" + a.Text
		folded, pos := foldMap(doc)
		rank, first, firstLen := 0, -1, 0
		for _, w := range words {
			n := strings.Count(folded, w)
			if n == 0 {
				rank = 0
				break
			}
			rank += n
			if strings.Contains(title, w) {
				rank += 5
			}
			if first < 0 {
				// Show the match in the text rather than in the title.
				tl := len(title) + 1
				if i := strings.Index(folded[tl:], w); i >= 0 {
					first = tl + i
				} else {
					first = strings.Index(folded, w)
				}
				firstLen = len(w)
			}
		}
		if rank == 0 {
			continue
		}
		h := store.Hit{Article: a.ID, Story: rr.storyOf[a.ID], Title: a.Title, Outlet: a.Outlet, Rank: float64(rank),
			Snippet: snippet(doc, pos[first], pos[first+firstLen])}
		if a.Published != nil {
			h.Published = *a.Published
		}
		hits = append(hits, h)
	}
	sort.SliceStable(hits, func(i, j int) bool { return hits[i].Rank > hits[j].Rank })
	if limit <= 0 {
		limit = DefaultPageSize
	}
	off := min(max(offset, 0), len(hits))
	return hits[off:min(off+limit, len(hits))], nil
}

// snippet cuts about 80 bytes either side of doc[start:end] at rune
// boundaries and marks the match with « and ».
func snippet(doc string, start, end int) string {
	from, to := max(start-80, 0), min(end+80, len(doc))
	for from > 0 && !utf8.RuneStart(doc[from]) {
		from--
	}
	for to < len(doc) && !utf8.RuneStart(doc[to]) {
		to++
	}
	// White space is squeezed, the spaces around the match kept as they
	// are: "les «Rhodopes», une", not "les «Rhodopes» , une".
	squeeze := func(t string) string {
		out := strings.Join(strings.Fields(t), " ")
		if t != "" && out != "" && unicode.IsSpace(rune(t[0])) {
			out = " " + out
		}
		if t != "" && out != "" && unicode.IsSpace(rune(t[len(t)-1])) {
			out += " "
		}
		return out
	}
	s := squeeze(doc[from:start]) + "«" + doc[start:end] + "»" + squeeze(doc[end:to])
	s = strings.TrimSpace(s)
	if from > 0 {
		s = "…" + s
	}
	if to < len(doc) {
		s += "…"
	}
	return s
}

// foldString lowercases s and strips its accents.
func foldString(s string) string {
	f, _ := foldMap(s)
	return f
}

// foldMap lowercases s and strips its accents; pos[i] is the byte offset
// in s of the rune that gave byte i of the result (pos[len] = len(s)).
func foldMap(s string) (string, []int) {
	var b strings.Builder
	b.Grow(len(s))
	pos := make([]int, 0, len(s)+1)
	var buf [utf8.UTFMax * 4]byte
	for i, r := range s {
		var piece []byte
		if r < utf8.RuneSelf {
			piece = append(buf[:0], byte(unicode.ToLower(r)))
		} else {
			piece = buf[:0]
			for _, d := range norm.NFD.String(string(r)) {
				if unicode.Is(unicode.Mn, d) {
					continue
				}
				piece = utf8.AppendRune(piece, unicode.ToLower(d))
			}
		}
		b.Write(piece)
		for range piece {
			pos = append(pos, i)
		}
	}
	pos = append(pos, len(s))
	return b.String(), pos
}
