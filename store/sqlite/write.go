package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/recoupe/recoupe/article"
	"github.com/recoupe/recoupe/copies"
	"github.com/recoupe/recoupe/facts"
	"github.com/recoupe/recoupe/report"
	"github.com/recoupe/recoupe/store"
)

// Update runs fn in one write transaction (BEGIN IMMEDIATE on the writer
// connection).
func (db *DB) Update(ctx context.Context, fn func(store.Tx) error) error {
	sqlTx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("sqlite: begin: %w", err)
	}
	t := &tx{ctx: ctx, tx: sqlTx, stmts: map[string]*sql.Stmt{}}
	if err := sqlTx.QueryRowContext(ctx, "SELECT coalesce(max(seq), 0) + 1 FROM articles").Scan(&t.next); err != nil {
		sqlTx.Rollback()
		return fmt.Errorf("sqlite: %w", err)
	}
	if err := sqlTx.QueryRowContext(ctx, "SELECT coalesce(max(dirty), 0) FROM stories").Scan(&t.mark); err != nil {
		sqlTx.Rollback()
		return fmt.Errorf("sqlite: %w", err)
	}
	first := t.next
	err = fn(t)
	if err == nil && t.next > first && db.fts {
		// Index the transaction's articles in one statement.
		_, err = sqlTx.ExecContext(ctx, `INSERT INTO articles_fts (rowid, title, text) SELECT seq, title, text FROM articles WHERE seq >= ?`, first)
		if err != nil {
			err = fmt.Errorf("sqlite: indexing: %w", err)
		}
	}
	t.close()
	if err != nil {
		sqlTx.Rollback()
		return err
	}
	if err := sqlTx.Commit(); err != nil {
		return fmt.Errorf("sqlite: commit: %w", err)
	}
	return nil
}

// tx is one write transaction with its prepared statements.
type tx struct {
	ctx   context.Context
	tx    *sql.Tx
	stmts map[string]*sql.Stmt
	next  int64 // next article seq
	mark  int64 // last dirty mark
}

func (t *tx) close() {
	for _, s := range t.stmts {
		s.Close()
	}
}

// exec runs a statement prepared once per transaction.
func (t *tx) exec(query string, args ...any) error {
	s, ok := t.stmts[query]
	if !ok {
		var err error
		s, err = t.tx.PrepareContext(t.ctx, query)
		if err != nil {
			return fmt.Errorf("sqlite: prepare: %w", err)
		}
		t.stmts[query] = s
	}
	if _, err := s.ExecContext(t.ctx, args...); err != nil {
		return fmt.Errorf("sqlite: %w", err)
	}
	return nil
}

func (t *tx) NextSeq() int64 { return t.next }

func (t *tx) PutArticle(s *store.Stored) error {
	a := s.Article
	if a == nil || a.Doc == nil {
		return fmt.Errorf("sqlite: PutArticle: no article")
	}
	if s.Seq != t.next {
		return fmt.Errorf("sqlite: PutArticle %s: seq %d, want %d", a.ID, s.Seq, t.next)
	}
	raw, err := json.Marshal(a.Doc)
	if err != nil {
		return fmt.Errorf("sqlite: article %s: %w", a.ID, err)
	}
	body, err := json.Marshal(a.Body)
	if err != nil {
		return fmt.Errorf("sqlite: article %s: %w", a.ID, err)
	}
	meta, err := json.Marshal(a.Meta)
	if err != nil {
		return fmt.Errorf("sqlite: article %s: %w", a.ID, err)
	}
	// Every field of the facts, those the extract JSON leaves out too:
	// the story reports rebuilt from them need them (kinds, parts...).
	fj, err := facts.MarshalFull(s.Facts)
	if err != nil {
		return fmt.Errorf("sqlite: article %s: %w", a.ID, err)
	}
	replay := s.Replay
	if replay == nil {
		replay = []byte{}
	}
	err = t.exec(`INSERT INTO articles (seq, id, batch, story, thread, file, url, title, outlet, language, published, text, raw, body, meta, facts, replay)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		s.Seq, a.ID, s.Batch, s.Story, s.Thread, a.Doc.File, a.Doc.URL, a.Meta.Title, a.Meta.Outlet,
		a.Meta.Language, a.Meta.Published, a.Text(), raw, body, meta, fj, replay)
	if err != nil {
		return fmt.Errorf("article %s: %w", a.ID, err)
	}
	t.next++
	return nil
}

func (t *tx) PutLinks(links []copies.Link) error {
	for _, l := range links {
		ev, err := json.Marshal(nonNil(l.Evidence))
		if err != nil {
			return err
		}
		if err := t.exec(`INSERT OR REPLACE INTO copy_links (from_id, to_id, kind, score, evidence) VALUES (?, ?, ?, ?, ?)`,
			l.From, l.To, l.Kind, l.Score, ev); err != nil {
			return err
		}
	}
	return nil
}

func (t *tx) MarkDirty(refs []store.StoryRef) error {
	for _, r := range refs {
		t.mark++
		if err := t.exec(`INSERT INTO stories (id, thread, dirty) VALUES (?, ?, ?)
			ON CONFLICT (id) DO UPDATE SET dirty = excluded.dirty WHERE stories.dirty = 0`, r.ID, r.Thread, t.mark); err != nil {
			return err
		}
	}
	return nil
}

func (t *tx) SetThreads(refs []store.StoryRef) error {
	for _, r := range refs {
		if err := t.exec(`UPDATE stories SET thread = ? WHERE id = ?`, r.Thread, r.ID); err != nil {
			return err
		}
		if err := t.exec(`UPDATE articles SET thread = ? WHERE story = ?`, r.Thread, r.ID); err != nil {
			return err
		}
	}
	return nil
}

// PutStory replaces the story's report and its normalised parts.
func (t *tx) PutStory(st *report.Story, info store.StoryInfo) error {
	rep, err := json.Marshal(st)
	if err != nil {
		return fmt.Errorf("sqlite: story %s: %w", st.ID, err)
	}
	conflicts := 0
	for _, c := range st.Claims {
		if c.Status == "conflict" {
			conflicts++
		}
	}
	err = t.exec(`INSERT INTO stories (id, thread, title, articles, sources, claims, conflicts, first, last, updated, dirty, report)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)
		ON CONFLICT (id) DO UPDATE SET thread = excluded.thread, title = excluded.title, articles = excluded.articles,
		sources = excluded.sources, claims = excluded.claims, conflicts = excluded.conflicts, first = excluded.first,
		last = excluded.last, updated = excluded.updated, dirty = 0, report = excluded.report`,
		st.ID, st.Thread, st.Title, len(st.Articles), st.Sources, len(st.Claims), conflicts,
		info.First, info.Last, info.Updated.UnixNano(), rep)
	if err != nil {
		return fmt.Errorf("story %s: %w", st.ID, err)
	}
	for _, tbl := range []string{"copy_groups", "copy_members", "entities", "entity_variants", "claims", "quotes", "timeline"} {
		if err := t.exec(`DELETE FROM `+tbl+` WHERE story = ?`, st.ID); err != nil {
			return err
		}
	}
	for n, c := range st.Copies {
		if err := t.exec(`INSERT INTO copy_groups (story, n, kind, score, original, evidence) VALUES (?, ?, ?, ?, ?, ?)`,
			st.ID, n, c.Kind, c.Score, c.Original, mustJSON(nonNil(c.Evidence))); err != nil {
			return err
		}
		for _, a := range c.Articles {
			if err := t.exec(`INSERT OR IGNORE INTO copy_members (story, n, article) VALUES (?, ?, ?)`, st.ID, n, a); err != nil {
				return err
			}
		}
	}
	for n, e := range st.Entities {
		if err := t.exec(`INSERT INTO entities (story, n, name, kind, articles) VALUES (?, ?, ?, ?, ?)`,
			st.ID, n, e.Name, e.Kind, mustJSON(nonNil(e.Articles))); err != nil {
			return err
		}
		for _, v := range e.Variants {
			if err := t.exec(`INSERT OR IGNORE INTO entity_variants (story, n, variant) VALUES (?, ?, ?)`, st.ID, n, v); err != nil {
				return err
			}
		}
	}
	for n, c := range st.Claims {
		if err := t.exec(`INSERT INTO claims (story, n, measure, unit, kind, status, sources, vals) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
			st.ID, n, c.Measure, c.Unit, c.Kind, c.Status, c.Sources, mustJSON(nonNil(c.Values))); err != nil {
			return err
		}
	}
	for n, q := range st.Quotes {
		if err := t.exec(`INSERT INTO quotes (story, n, speaker, text, articles) VALUES (?, ?, ?, ?, ?)`,
			st.ID, n, q.Speaker, q.Text, mustJSON(nonNil(q.Articles))); err != nil {
			return err
		}
	}
	for n, e := range st.Timeline {
		if err := t.exec(`INSERT INTO timeline (story, n, date, text, future, articles) VALUES (?, ?, ?, ?, ?, ?)`,
			st.ID, n, e.Date, e.Text, e.Future, mustJSON(nonNil(e.Articles))); err != nil {
			return err
		}
	}
	return nil
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// mustJSON encodes values that always encode (slices of strings and
// plain structs).
func mustJSON(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return "null"
	}
	return string(b)
}

// Known returns which of ids are stored.
func (db *DB) Known(ctx context.Context, ids []string) (map[string]bool, error) {
	out := make(map[string]bool)
	const chunk = 500
	for len(ids) > 0 {
		n := min(chunk, len(ids))
		part := ids[:n]
		ids = ids[n:]
		args := make([]any, len(part))
		for i, id := range part {
			args[i] = id
		}
		rows, err := db.w.QueryContext(ctx, `SELECT id FROM articles WHERE id IN (?`+strings.Repeat(", ?", len(part)-1)+`)`, args...)
		if err != nil {
			return nil, fmt.Errorf("sqlite: %w", err)
		}
		for rows.Next() {
			var id string
			if err := rows.Scan(&id); err != nil {
				rows.Close()
				return nil, fmt.Errorf("sqlite: %w", err)
			}
			out[id] = true
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("sqlite: %w", err)
		}
	}
	return out, nil
}

// Replay streams the stored articles in ingest order.
func (db *DB) Replay(ctx context.Context, fn func(store.ReplayItem) error) error {
	rows, err := db.r.QueryContext(ctx, `SELECT seq, batch, id, story, text, replay FROM articles ORDER BY seq`)
	if err != nil {
		return fmt.Errorf("sqlite: replay: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var it store.ReplayItem
		if err := rows.Scan(&it.Seq, &it.Batch, &it.ID, &it.Story, &it.Text, &it.Replay); err != nil {
			return fmt.Errorf("sqlite: replay: %w", err)
		}
		if err := fn(it); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("sqlite: replay: %w", err)
	}
	return nil
}

// Dirty returns the stories marked dirty, oldest mark first.
func (db *DB) Dirty(ctx context.Context) ([]string, error) {
	rows, err := db.w.QueryContext(ctx, `SELECT id FROM stories WHERE dirty > 0 ORDER BY dirty`)
	if err != nil {
		return nil, fmt.Errorf("sqlite: %w", err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("sqlite: %w", err)
		}
		out = append(out, id)
	}
	return out, rows.Err()
}

// Members returns a story's stored articles in ingest order. The raw
// lines are not loaded: Article.Doc only holds File and URL. Articles
// are decoded once and kept in a bounded cache: the stored article and
// facts columns never change, so the Article and Facts of a result may be
// shared with earlier results and must not be modified.
func (db *DB) Members(ctx context.Context, story string) ([]*store.Stored, error) {
	rows, err := db.w.QueryContext(ctx, `SELECT seq, batch, id, story, thread FROM articles WHERE story = ? ORDER BY seq`, story)
	if err != nil {
		return nil, fmt.Errorf("sqlite: %w", err)
	}
	var out []*store.Stored
	var missing []int
	for rows.Next() {
		s := new(store.Stored)
		var id string
		if err := rows.Scan(&s.Seq, &s.Batch, &id, &s.Story, &s.Thread); err != nil {
			rows.Close()
			return nil, fmt.Errorf("sqlite: %w", err)
		}
		if m, ok := db.members.get(s.Seq); ok && m.a.ID == id {
			s.Article, s.Facts = m.a, m.f
		} else {
			missing = append(missing, len(out))
		}
		out = append(out, s)
	}
	if err := rows.Err(); err != nil {
		rows.Close()
		return nil, fmt.Errorf("sqlite: %w", err)
	}
	rows.Close()
	const chunk = 400
	for len(missing) > 0 {
		part := missing[:min(chunk, len(missing))]
		missing = missing[len(part):]
		if err := db.loadMembers(ctx, out, part); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// loadMembers decodes the articles out[i] for i in part (whose Seq is
// set) and caches them.
func (db *DB) loadMembers(ctx context.Context, out []*store.Stored, part []int) error {
	args := make([]any, len(part))
	at := make(map[int64]*store.Stored, len(part))
	for k, i := range part {
		args[k] = out[i].Seq
		at[out[i].Seq] = out[i]
	}
	q := `SELECT seq, id, file, url, body, meta, facts FROM articles WHERE seq IN (?` + strings.Repeat(", ?", len(part)-1) + `)`
	rows, err := db.w.QueryContext(ctx, q, args...)
	if err != nil {
		return fmt.Errorf("sqlite: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var seq int64
		a := &article.Article{Doc: new(article.Doc)}
		var f facts.Facts
		var body, meta, fj []byte
		if err := rows.Scan(&seq, &a.ID, &a.Doc.File, &a.Doc.URL, &body, &meta, &fj); err != nil {
			return fmt.Errorf("sqlite: %w", err)
		}
		if err := json.Unmarshal(body, &a.Body); err != nil {
			return fmt.Errorf("sqlite: article %s: %w", a.ID, err)
		}
		if err := json.Unmarshal(meta, &a.Meta); err != nil {
			return fmt.Errorf("sqlite: article %s: %w", a.ID, err)
		}
		if f, err = facts.UnmarshalFull(fj); err != nil {
			return fmt.Errorf("sqlite: article %s facts: %w", a.ID, err)
		}
		if s := at[seq]; s != nil {
			s.Article, s.Facts = a, f
			db.members.put(seq, member{a, f})
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("sqlite: %w", err)
	}
	for _, i := range part {
		if out[i].Article == nil {
			return fmt.Errorf("sqlite: article %d vanished while loading story %s", out[i].Seq, out[i].Story)
		}
	}
	return nil
}

// decodeArticle rebuilds an article from its stored JSON columns.
func decodeArticle(id string, raw, body, meta []byte) (*article.Article, error) {
	a := &article.Article{ID: id, Doc: new(article.Doc)}
	if err := json.Unmarshal(raw, a.Doc); err != nil {
		return nil, fmt.Errorf("sqlite: article %s: %w", id, err)
	}
	if err := json.Unmarshal(body, &a.Body); err != nil {
		return nil, fmt.Errorf("sqlite: article %s: %w", id, err)
	}
	if err := json.Unmarshal(meta, &a.Meta); err != nil {
		return nil, fmt.Errorf("sqlite: article %s: %w", id, err)
	}
	return a, nil
}

// Links returns the copy links touching any of ids.
func (db *DB) Links(ctx context.Context, ids []string) ([]copies.Link, error) {
	var out []copies.Link
	seen := make(map[[2]string]bool)
	const chunk = 400
	for len(ids) > 0 {
		n := min(chunk, len(ids))
		part := ids[:n]
		ids = ids[n:]
		args := make([]any, 0, 2*len(part))
		for _, id := range part {
			args = append(args, id)
		}
		args = append(args, args...)
		in := "(?" + strings.Repeat(", ?", len(part)-1) + ")"
		rows, err := db.w.QueryContext(ctx, `SELECT from_id, to_id, kind, score, evidence FROM copy_links WHERE from_id IN `+in+` OR to_id IN `+in, args...)
		if err != nil {
			return nil, fmt.Errorf("sqlite: %w", err)
		}
		for rows.Next() {
			var l copies.Link
			var ev []byte
			if err := rows.Scan(&l.From, &l.To, &l.Kind, &l.Score, &ev); err != nil {
				rows.Close()
				return nil, fmt.Errorf("sqlite: %w", err)
			}
			if err := json.Unmarshal(ev, &l.Evidence); err != nil {
				rows.Close()
				return nil, fmt.Errorf("sqlite: link %s-%s: %w", l.From, l.To, err)
			}
			if k := [2]string{l.From, l.To}; !seen[k] {
				seen[k] = true
				out = append(out, l)
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("sqlite: %w", err)
		}
	}
	return out, nil
}
