package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode"

	"github.com/recoupe/recoupe/pipeline"
	"github.com/recoupe/recoupe/report"
	"github.com/recoupe/recoupe/store"
)

// Stats counts the stored articles, built stories and their threads.
func (db *DB) Stats(ctx context.Context) (store.Stats, error) {
	var s store.Stats
	err := db.r.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM articles),
		(SELECT count(*) FROM stories WHERE updated > 0),
		(SELECT count(DISTINCT thread) FROM stories WHERE updated > 0)`).Scan(&s.Articles, &s.Stories, &s.Threads)
	if err != nil {
		return s, fmt.Errorf("sqlite: stats: %w", err)
	}
	return s, nil
}

// maxLimit bounds a page of stories or search hits.
const maxLimit = 1000

func pageLimit(n int) int {
	switch {
	case n <= 0:
		return 50
	case n > maxLimit:
		return maxLimit
	}
	return n
}

// Stories lists the built stories, most recently updated first.
func (db *DB) Stories(ctx context.Context, q store.StoryQuery) ([]store.StoryItem, int, error) {
	where := "updated > 0"
	var args []any
	if q.Thread != "" {
		where += " AND thread = ?"
		args = append(args, q.Thread)
	}
	var total int
	if err := db.r.QueryRowContext(ctx, "SELECT count(*) FROM stories WHERE "+where, args...).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("sqlite: stories: %w", err)
	}
	rows, err := db.r.QueryContext(ctx, `SELECT id, thread, title, articles, sources, claims, conflicts, first, last, updated
		FROM stories WHERE `+where+` ORDER BY updated DESC, id LIMIT ? OFFSET ?`,
		append(args, pageLimit(q.Limit), max(q.Offset, 0))...)
	if err != nil {
		return nil, 0, fmt.Errorf("sqlite: stories: %w", err)
	}
	defer rows.Close()
	var out []store.StoryItem
	for rows.Next() {
		var it store.StoryItem
		var updated int64
		if err := rows.Scan(&it.ID, &it.Thread, &it.Title, &it.Articles, &it.Sources, &it.Claims, &it.Conflicts, &it.First, &it.Last, &updated); err != nil {
			return nil, 0, fmt.Errorf("sqlite: stories: %w", err)
		}
		it.Updated = time.Unix(0, updated).UTC()
		out = append(out, it)
	}
	return out, total, rows.Err()
}

// Story returns one built story with its articles in the story's order.
func (db *DB) Story(ctx context.Context, id string) (*store.StoryPage, error) {
	var rep []byte
	var updated int64
	var thread string
	err := db.r.QueryRowContext(ctx, `SELECT report, updated, thread FROM stories WHERE id = ? AND updated > 0`, id).Scan(&rep, &updated, &thread)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, store.ErrNotFound
	}
	if err != nil {
		return nil, fmt.Errorf("sqlite: story %s: %w", id, err)
	}
	p := &store.StoryPage{Updated: time.Unix(0, updated).UTC()}
	if err := json.Unmarshal(rep, &p.Story); err != nil {
		return nil, fmt.Errorf("sqlite: story %s: %w", id, err)
	}
	// Threads merge without the story changing: the column is current.
	p.Story.Thread = thread
	rows, err := db.r.QueryContext(ctx, `SELECT id, raw, body, meta FROM articles WHERE story = ? ORDER BY seq`, id)
	if err != nil {
		return nil, fmt.Errorf("sqlite: story %s: %w", id, err)
	}
	defer rows.Close()
	byID := make(map[string]report.Article)
	var order []string // ingest order
	for rows.Next() {
		a, err := scanArticle(rows)
		if err != nil {
			return nil, err
		}
		byID[a.ID] = *a
		order = append(order, a.ID)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: story %s: %w", id, err)
	}
	// The report lists the articles oldest first; articles that arrived
	// since it was built follow in ingest order.
	for _, ids := range [][]string{p.Story.Articles, order} {
		for _, aid := range ids {
			if a, ok := byID[aid]; ok {
				p.Articles = append(p.Articles, a)
				delete(byID, aid)
			}
		}
	}
	if p.Articles == nil {
		p.Articles = []report.Article{}
	}
	return p, nil
}

type scanner interface{ Scan(...any) error }

// scanArticle reads id, raw, body, meta into a report article.
func scanArticle(row scanner) (*report.Article, error) {
	var id string
	var raw, body, meta []byte
	if err := row.Scan(&id, &raw, &body, &meta); err != nil {
		return nil, err
	}
	a, err := decodeArticle(id, raw, body, meta)
	if err != nil {
		return nil, err
	}
	ra := pipeline.ReportArticle(a)
	r := report.Report{Articles: []report.Article{ra}}
	r.Normalize()
	return &r.Articles[0], nil
}

// Article returns one stored article.
func (db *DB) Article(ctx context.Context, id string) (*report.Article, error) {
	row := db.r.QueryRowContext(ctx, `SELECT id, raw, body, meta FROM articles WHERE id = ?`, id)
	a, err := scanArticle(row)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, store.ErrNotFound
	}
	if err != nil {
		return nil, fmt.Errorf("sqlite: article %s: %w", id, err)
	}
	return a, nil
}

// Search runs a full-text query: every word of query must occur in the
// title or text (case and accents folded); a word ending in '*' matches
// as a prefix. Best matches (BM25) first.
func (db *DB) Search(ctx context.Context, query string, limit, offset int) ([]store.Hit, error) {
	match := ftsQuery(query)
	if match == "" {
		return []store.Hit{}, nil
	}
	rows, err := db.r.QueryContext(ctx, `SELECT a.id, a.story, a.title, a.outlet, a.published,
			snippet(articles_fts, 1, '«', '»', '…', 24), f.rank
		FROM articles_fts f JOIN articles a ON a.seq = f.rowid
		WHERE articles_fts MATCH ? ORDER BY f.rank LIMIT ? OFFSET ?`, match, pageLimit(limit), max(offset, 0))
	if err != nil {
		return nil, fmt.Errorf("sqlite: search %q: %w", query, err)
	}
	defer rows.Close()
	out := []store.Hit{}
	for rows.Next() {
		var h store.Hit
		if err := rows.Scan(&h.Article, &h.Story, &h.Title, &h.Outlet, &h.Published, &h.Snippet, &h.Rank); err != nil {
			return nil, fmt.Errorf("sqlite: search: %w", err)
		}
		h.Rank = -h.Rank // BM25 ranks are negative, best lowest
		out = append(out, h)
	}
	return out, rows.Err()
}

// ftsQuery turns free text into an FTS5 query: its words (letters and
// digits), each quoted so that no word is taken for an operator, all
// required. A trailing '*' on a word keeps it as a prefix query.
func ftsQuery(q string) string {
	var terms []string
	for _, w := range strings.FieldsFunc(q, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '*' && !unicode.Is(unicode.Mn, r)
	}) {
		prefix := strings.HasSuffix(w, "*")
		w = strings.ReplaceAll(w, "*", "")
		if w == "" {
			continue
		}
		t := `"` + w + `"`
		if prefix {
			t += "*"
		}
		terms = append(terms, t)
		if len(terms) == 32 {
			break
		}
	}
	return strings.Join(terms, " ")
}

var _ store.EntityReader = (*DB)(nil)

// Entity returns the entity named name or spelt so, with the stories
// naming it, most recently updated first.
func (db *DB) Entity(ctx context.Context, name string, limit int) (*store.EntityPage, error) {
	rows, err := db.r.QueryContext(ctx, `SELECT DISTINCT e.story, e.n, e.name, e.kind FROM entities e
		WHERE e.name = ? OR EXISTS (SELECT 1 FROM entity_variants v WHERE v.story = e.story AND v.n = e.n AND v.variant = ?)`, name, name)
	if err != nil {
		return nil, fmt.Errorf("sqlite: entity %q: %w", name, err)
	}
	type ref struct {
		story string
		n     int
	}
	var refs []ref
	p := &store.EntityPage{Name: name, Kinds: []string{}, Variants: []string{}, Stories: []store.StoryItem{}}
	kinds := map[string]bool{}
	for rows.Next() {
		var r ref
		var ename, kind string
		if err := rows.Scan(&r.story, &r.n, &ename, &kind); err != nil {
			rows.Close()
			return nil, fmt.Errorf("sqlite: entity %q: %w", name, err)
		}
		if ename != name && len(refs) == 0 {
			p.Name = ename
		}
		if !kinds[kind] {
			kinds[kind] = true
			p.Kinds = append(p.Kinds, kind)
		}
		refs = append(refs, r)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: entity %q: %w", name, err)
	}
	if len(refs) == 0 {
		return nil, store.ErrNotFound
	}
	variants := map[string]bool{}
	for _, r := range refs {
		vr, err := db.r.QueryContext(ctx, `SELECT variant FROM entity_variants WHERE story = ? AND n = ? ORDER BY variant`, r.story, r.n)
		if err != nil {
			return nil, fmt.Errorf("sqlite: entity %q: %w", name, err)
		}
		for vr.Next() {
			var v string
			if err := vr.Scan(&v); err != nil {
				vr.Close()
				return nil, fmt.Errorf("sqlite: entity %q: %w", name, err)
			}
			if !variants[v] {
				variants[v] = true
				p.Variants = append(p.Variants, v)
			}
		}
		vr.Close()
	}
	sr, err := db.r.QueryContext(ctx, `SELECT id, thread, title, articles, sources, claims, conflicts, first, last, updated
		FROM stories WHERE updated > 0 AND id IN (SELECT story FROM entities WHERE name = ? UNION SELECT story FROM entity_variants WHERE variant = ?)
		ORDER BY updated DESC, id LIMIT ?`, name, name, pageLimit(limit))
	if err != nil {
		return nil, fmt.Errorf("sqlite: entity %q: %w", name, err)
	}
	defer sr.Close()
	for sr.Next() {
		var it store.StoryItem
		var updated int64
		if err := sr.Scan(&it.ID, &it.Thread, &it.Title, &it.Articles, &it.Sources, &it.Claims, &it.Conflicts, &it.First, &it.Last, &updated); err != nil {
			return nil, fmt.Errorf("sqlite: entity %q: %w", name, err)
		}
		it.Updated = time.Unix(0, updated).UTC()
		p.Stories = append(p.Stories, it)
	}
	return p, sr.Err()
}

// ArticleStories returns the story an article belongs to (one: the
// stories stage puts each article in exactly one), ErrNotFound when the
// article is not stored. It lets the server link an article to its story.
func (db *DB) ArticleStories(ctx context.Context, articleID string) ([]string, error) {
	var s string
	err := db.r.QueryRowContext(ctx, `SELECT story FROM articles WHERE id = ?`, articleID).Scan(&s)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, store.ErrNotFound
	}
	if err != nil {
		return nil, fmt.Errorf("sqlite: article %s: %w", articleID, err)
	}
	return []string{s}, nil
}
