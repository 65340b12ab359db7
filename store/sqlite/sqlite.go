// Package sqlite is recoupe's embedded store: one SQLite file (pure Go
// driver modernc.org/sqlite) in write-ahead-log mode, written through one
// connection and read through a pool, with versioned schema migrations
// and FTS5 full-text search folding case and accents.
//
// It implements store.Store.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"

	_ "modernc.org/sqlite" // registers the "sqlite" driver

	"github.com/recoupe/recoupe/store"
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// Options tune Open.
type Options struct {
	// Readers is the size of the reader pool; 0 means 4.
	Readers int
	// BusyTimeoutMS is how long a connection waits for a lock, in
	// milliseconds; 0 means 10000.
	BusyTimeoutMS int
}

// DB is an open store. It is safe for concurrent use; writes are
// serialised on its one writer connection.
type DB struct {
	path string
	w    *sql.DB // one connection, BEGIN IMMEDIATE
	r    *sql.DB // reader pool, query_only
	fts  bool    // the schema has the full-text index (version 2 on)
	// members keeps decoded articles for Members, the ingest engine
	// rebuilding the same stories batch after batch.
	members *memberCache
}

var _ store.Store = (*DB)(nil)

// DefaultPath is where the store lives when no path is given: recoupe.db
// in the user's data directory ($XDG_DATA_HOME/recoupe or
// ~/.local/share/recoupe on Linux and other Unixes, ~/Library/Application
// Support/recoupe on macOS, %LocalAppData%\recoupe on Windows).
func DefaultPath() (string, error) {
	dir, err := dataDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(dir, "recoupe", "recoupe.db"), nil
}

func dataDir() (string, error) {
	switch runtime.GOOS {
	case "windows":
		if d := os.Getenv("LocalAppData"); d != "" {
			return d, nil
		}
		return os.UserConfigDir()
	case "darwin", "ios":
		home, err := os.UserHomeDir()
		if err != nil {
			return "", err
		}
		return filepath.Join(home, "Library", "Application Support"), nil
	}
	if d := os.Getenv("XDG_DATA_HOME"); d != "" && filepath.IsAbs(d) {
		return d, nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(home, ".local", "share"), nil
}

// Open opens (creating it if needed, with its directory) the store at
// path and brings its schema up to date.
func Open(path string, opt Options) (*DB, error) {
	return openAt(path, opt, -1)
}

// openAt is Open migrating only up to version upto (-1: all), for tests.
func openAt(path string, opt Options, upto int) (*DB, error) {
	if path == "" {
		return nil, errors.New("sqlite: empty path")
	}
	path, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("sqlite: %w", err)
	}
	if dir := filepath.Dir(path); dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, fmt.Errorf("sqlite: %w", err)
		}
	}
	if opt.Readers <= 0 {
		opt.Readers = 4
	}
	if opt.BusyTimeoutMS <= 0 {
		opt.BusyTimeoutMS = 10000
	}
	pragmas := func(extra ...string) string {
		v := url.Values{}
		for _, p := range append([]string{
			"busy_timeout(" + strconv.Itoa(opt.BusyTimeoutMS) + ")",
			"journal_mode(WAL)",
			"synchronous(NORMAL)",
			"foreign_keys(1)",
		}, extra...) {
			v.Add("_pragma", p)
		}
		return v.Encode()
	}
	// The path goes in as a file: URI so that '?' or '#' in it are not
	// taken for parameters.
	u := (&url.URL{Scheme: "file", Path: filepath.ToSlash(path)}).String()
	if runtime.GOOS == "windows" {
		u = "file:" + filepath.ToSlash(path)
	}
	w, err := sql.Open("sqlite", u+"?_txlock=immediate&"+pragmas("cache_size(-32000)"))
	if err != nil {
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	w.SetMaxOpenConns(1)
	w.SetMaxIdleConns(1)
	w.SetConnMaxLifetime(0)
	db := &DB{path: path, w: w, members: newMemberCache(memberCacheSize)}
	if err := db.migrate(context.Background(), upto); err != nil {
		w.Close()
		return nil, err
	}
	v, err := db.Version(context.Background())
	if err != nil {
		w.Close()
		return nil, fmt.Errorf("sqlite: %s: %w", path, err)
	}
	db.fts = v >= 2
	r, err := sql.Open("sqlite", u+"?"+pragmas("query_only(1)"))
	if err != nil {
		w.Close()
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	r.SetMaxOpenConns(opt.Readers)
	r.SetMaxIdleConns(opt.Readers)
	db.r = r
	return db, nil
}

// Path is the file the store lives in.
func (db *DB) Path() string { return db.path }

// Close closes the store.
func (db *DB) Close() error {
	var errs []error
	if db.r != nil {
		errs = append(errs, db.r.Close())
	}
	if db.w != nil {
		// Fold the write-ahead log back into the main file.
		_, err := db.w.Exec("PRAGMA wal_checkpoint(TRUNCATE)")
		errs = append(errs, err, db.w.Close())
	}
	return errors.Join(errs...)
}

// migration is one embedded schema step.
type migration struct {
	version int
	name    string
	sql     string
}

// migrations lists the embedded migrations in version order. Their files
// are named NNN_what.sql, NNN being the version they bring the schema to.
func migrations() ([]migration, error) {
	names, err := fs.Glob(migrationFS, "migrations/*.sql")
	if err != nil {
		return nil, err
	}
	var out []migration
	for _, n := range names {
		base := filepath.Base(n)
		num, _, ok := strings.Cut(base, "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil || v <= 0 {
			return nil, fmt.Errorf("sqlite: bad migration name %q", base)
		}
		b, err := migrationFS.ReadFile(n)
		if err != nil {
			return nil, err
		}
		out = append(out, migration{version: v, name: base, sql: string(b)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].version < out[j].version })
	for i, m := range out {
		if m.version != i+1 {
			return nil, fmt.Errorf("sqlite: migrations are not numbered 1, 2, ...: %s", m.name)
		}
	}
	return out, nil
}

// SchemaVersion is the schema version this build brings stores to.
func SchemaVersion() int {
	ms, err := migrations()
	if err != nil {
		return 0
	}
	return len(ms)
}

// Version returns the schema version of the open store.
func (db *DB) Version(ctx context.Context) (int, error) {
	var v int
	err := db.w.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v)
	return v, err
}

// migrate applies the migrations above the stored version (recorded in
// PRAGMA user_version), each in its own transaction, up to version upto
// (-1: all).
func (db *DB) migrate(ctx context.Context, upto int) error {
	ms, err := migrations()
	if err != nil {
		return err
	}
	cur, err := db.Version(ctx)
	if err != nil {
		return fmt.Errorf("sqlite: %s: %w", db.path, err)
	}
	if cur > len(ms) {
		return fmt.Errorf("sqlite: %s has schema version %d, newer than this recoupe knows (%d)", db.path, cur, len(ms))
	}
	for _, m := range ms {
		if m.version <= cur || (upto >= 0 && m.version > upto) {
			continue
		}
		tx, err := db.w.BeginTx(ctx, nil)
		if err != nil {
			return fmt.Errorf("sqlite: migration %s: %w", m.name, err)
		}
		if _, err := tx.ExecContext(ctx, m.sql); err != nil {
			tx.Rollback()
			return fmt.Errorf("sqlite: migration %s: %w", m.name, err)
		}
		if _, err := tx.ExecContext(ctx, "PRAGMA user_version = "+strconv.Itoa(m.version)); err != nil {
			tx.Rollback()
			return fmt.Errorf("sqlite: migration %s: %w", m.name, err)
		}
		if err := tx.Commit(); err != nil {
			return fmt.Errorf("sqlite: migration %s: %w", m.name, err)
		}
	}
	return nil
}
