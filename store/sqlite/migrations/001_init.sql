-- Version 1: articles, stories and the normalised parts of story reports.

-- One row per ingested article; seq is the ingest order.
CREATE TABLE articles (
	seq       INTEGER PRIMARY KEY,
	id        TEXT NOT NULL UNIQUE,
	batch     INTEGER NOT NULL,
	story     TEXT NOT NULL,
	thread    TEXT NOT NULL,
	file      TEXT NOT NULL,
	url       TEXT NOT NULL,
	title     TEXT NOT NULL,
	outlet    TEXT NOT NULL,
	language  TEXT NOT NULL,
	published TEXT NOT NULL,
	text      TEXT NOT NULL,  -- cleaned text
	raw       BLOB NOT NULL,  -- JSON article.Doc: the lines as read
	body      BLOB NOT NULL,  -- JSON article.Cleaned
	meta      BLOB NOT NULL,  -- JSON article.Meta
	facts     BLOB NOT NULL,  -- JSON facts.Facts
	replay    BLOB NOT NULL   -- the ingest engine's replay record
);
CREATE INDEX articles_story ON articles (story, seq);

-- One row per story; report is the JSON report.Story, dirty > 0 when it
-- must be rebuilt (the value orders the marks).
CREATE TABLE stories (
	id        TEXT PRIMARY KEY,
	thread    TEXT NOT NULL,
	title     TEXT NOT NULL DEFAULT '',
	articles  INTEGER NOT NULL DEFAULT 0,
	sources   INTEGER NOT NULL DEFAULT 0,
	claims    INTEGER NOT NULL DEFAULT 0,
	conflicts INTEGER NOT NULL DEFAULT 0,
	first     TEXT NOT NULL DEFAULT '',
	last      TEXT NOT NULL DEFAULT '',
	updated   INTEGER NOT NULL DEFAULT 0, -- Unix nanoseconds, 0 until built
	dirty     INTEGER NOT NULL DEFAULT 0,
	report    BLOB
) WITHOUT ROWID;
CREATE INDEX stories_updated ON stories (updated DESC, id);
CREATE INDEX stories_thread ON stories (thread, updated DESC);
CREATE INDEX stories_dirty ON stories (dirty) WHERE dirty > 0;

-- Copy links found by the copy detector, From copying the earlier To.
CREATE TABLE copy_links (
	from_id  TEXT NOT NULL,
	to_id    TEXT NOT NULL,
	kind     TEXT NOT NULL,
	score    REAL NOT NULL,
	evidence TEXT NOT NULL, -- JSON array of strings
	PRIMARY KEY (from_id, to_id)
) WITHOUT ROWID;
CREATE INDEX copy_links_to ON copy_links (to_id);

-- The parts of each story's report, rebuilt with it.
CREATE TABLE copy_groups (
	story    TEXT NOT NULL,
	n        INTEGER NOT NULL,
	kind     TEXT NOT NULL,
	score    REAL NOT NULL,
	original TEXT NOT NULL,
	evidence TEXT NOT NULL, -- JSON array
	PRIMARY KEY (story, n)
) WITHOUT ROWID;
CREATE TABLE copy_members (
	story   TEXT NOT NULL,
	n       INTEGER NOT NULL,
	article TEXT NOT NULL,
	PRIMARY KEY (story, n, article)
) WITHOUT ROWID;
CREATE INDEX copy_members_article ON copy_members (article);

CREATE TABLE entities (
	story    TEXT NOT NULL,
	n        INTEGER NOT NULL,
	name     TEXT NOT NULL,
	kind     TEXT NOT NULL,
	articles TEXT NOT NULL, -- JSON array of article IDs
	PRIMARY KEY (story, n)
) WITHOUT ROWID;
CREATE INDEX entities_name ON entities (name);
CREATE TABLE entity_variants (
	story   TEXT NOT NULL,
	n       INTEGER NOT NULL,
	variant TEXT NOT NULL,
	PRIMARY KEY (story, n, variant)
) WITHOUT ROWID;
CREATE INDEX entity_variants_variant ON entity_variants (variant);

CREATE TABLE claims (
	story   TEXT NOT NULL,
	n       INTEGER NOT NULL,
	measure TEXT NOT NULL,
	unit    TEXT NOT NULL,
	kind    TEXT NOT NULL,
	status  TEXT NOT NULL,
	sources INTEGER NOT NULL,
	vals    TEXT NOT NULL, -- JSON array of report.Value
	PRIMARY KEY (story, n)
) WITHOUT ROWID;

CREATE TABLE quotes (
	story    TEXT NOT NULL,
	n        INTEGER NOT NULL,
	speaker  TEXT NOT NULL,
	text     TEXT NOT NULL,
	articles TEXT NOT NULL, -- JSON array
	PRIMARY KEY (story, n)
) WITHOUT ROWID;

CREATE TABLE timeline (
	story    TEXT NOT NULL,
	n        INTEGER NOT NULL,
	date     TEXT NOT NULL,
	text     TEXT NOT NULL,
	future   INTEGER NOT NULL,
	articles TEXT NOT NULL, -- JSON array
	PRIMARY KEY (story, n)
) WITHOUT ROWID;
