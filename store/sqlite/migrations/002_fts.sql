-- Version 2: full-text search over titles and texts, folding case and
-- accents ("securite" finds "Sécurité").
CREATE VIRTUAL TABLE articles_fts USING fts5(
	title, text,
	content = 'articles', content_rowid = 'seq',
	tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');
-- New articles are indexed by the writer, once per transaction (one
-- statement for the batch: an insert trigger would make FTS5 flush its
-- pending terms at every row's statement savepoint).
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
	INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
	INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
	INSERT INTO articles_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
END;
