/** Migration 1: documents with their text and versions, the analysis rows, the records, and FTS5 indexes. */
import type { Migration } from '../migrate.js';

const FOLDING = "tokenize='unicode61 remove_diacritics 2'";

export const initial: Migration = {
  version: 1,
  name: 'initial',
  sql: `
CREATE TABLE documents (
  id INTEGER PRIMARY KEY,
  doc_key TEXT NOT NULL,
  origin TEXT NOT NULL,
  version INTEGER NOT NULL,
  latest INTEGER NOT NULL DEFAULT 1,
  url TEXT,
  source TEXT,
  title TEXT,
  date TEXT,
  day_lo TEXT,
  day_hi TEXT,
  lang TEXT NOT NULL,
  text TEXT NOT NULL,
  paragraphs TEXT NOT NULL,
  meta TEXT,
  content_hash TEXT NOT NULL UNIQUE,
  analyzer TEXT,
  ingested_at TEXT NOT NULL,
  analyzed_at TEXT NOT NULL,
  UNIQUE (origin, version)
);
CREATE INDEX documents_days ON documents(day_lo, day_hi);
CREATE INDEX documents_analyzer ON documents(analyzer);

CREATE TABLE records (
  doc_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  json TEXT NOT NULL
);

CREATE TABLE actors (
  doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  actor_id TEXT NOT NULL,
  name TEXT NOT NULL,
  name_fold TEXT NOT NULL,
  kind TEXT NOT NULL,
  country TEXT,
  org TEXT,
  sector TEXT,
  ref TEXT,
  role TEXT,
  mention_count INTEGER NOT NULL,
  PRIMARY KEY (doc_id, actor_id)
) WITHOUT ROWID;
CREATE INDEX actors_fold ON actors(name_fold);
CREATE INDEX actors_country ON actors(country);
CREATE INDEX actors_org ON actors(org);

CREATE TABLE mentions (
  doc_id INTEGER NOT NULL,
  actor_id TEXT NOT NULL,
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  FOREIGN KEY (doc_id, actor_id) REFERENCES actors(doc_id, actor_id) ON DELETE CASCADE
);
CREATE INDEX mentions_actor ON mentions(doc_id, actor_id);

CREATE TABLE quotes (
  id INTEGER PRIMARY KEY,
  doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  n INTEGER NOT NULL,
  text TEXT NOT NULL,
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  kind TEXT NOT NULL,
  speaker TEXT,
  cue TEXT,
  rule TEXT
);
CREATE INDEX quotes_doc ON quotes(doc_id, speaker);

CREATE TABLE events (
  id INTEGER PRIMARY KEY,
  doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  n INTEGER NOT NULL,
  source TEXT NOT NULL,
  target TEXT NOT NULL,
  cameo TEXT NOT NULL,
  root TEXT NOT NULL,
  quad INTEGER NOT NULL,
  goldstein REAL NOT NULL,
  date TEXT,
  day_lo TEXT,
  day_hi TEXT,
  negated INTEGER NOT NULL,
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  rule TEXT,
  plover TEXT,
  location TEXT,
  evidence TEXT,
  mentions INTEGER NOT NULL,
  in_lead INTEGER NOT NULL
);
CREATE INDEX events_doc ON events(doc_id);
CREATE INDEX events_cameo ON events(cameo);
CREATE INDEX events_root ON events(root);
CREATE INDEX events_days ON events(day_lo, day_hi);

CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='id', ${FOLDING});
CREATE TRIGGER documents_fts_ai AFTER INSERT ON documents BEGIN
  INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER documents_fts_ad AFTER DELETE ON documents BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;

CREATE VIRTUAL TABLE quotes_fts USING fts5(text, content='quotes', content_rowid='id', ${FOLDING});
CREATE TRIGGER quotes_fts_ai AFTER INSERT ON quotes BEGIN
  INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER quotes_fts_ad AFTER DELETE ON quotes BEGIN
  INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
`,
};
