// The PostgreSQL schema, one migration per version; applied in order, each in its own transaction.
import type { Migration } from '../sqlite/migrations.js';

export const POSTGRES_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'articles, versions, entities, mentions, events, event actors, quotes, stories, full-text index',
    sql: `
CREATE TABLE articles (
  pk BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  url TEXT,
  outlet TEXT,
  published TEXT,
  title TEXT,
  text TEXT NOT NULL,
  hash TEXT NOT NULL UNIQUE,
  version INTEGER NOT NULL,
  stored_at TEXT NOT NULL,
  n_entities INTEGER NOT NULL,
  n_events INTEGER NOT NULL,
  n_quotes INTEGER NOT NULL,
  record TEXT NOT NULL,
  tsv TSVECTOR NOT NULL
);
CREATE INDEX articles_published ON articles (published);
CREATE INDEX articles_outlet ON articles (outlet, published);
CREATE INDEX articles_url ON articles (url) WHERE url IS NOT NULL;

CREATE TABLE article_versions (
  article_id TEXT NOT NULL,
  version INTEGER NOT NULL,
  hash TEXT NOT NULL,
  stored_at TEXT NOT NULL,
  record TEXT NOT NULL,
  PRIMARY KEY (article_id, version)
);
CREATE INDEX article_versions_hash ON article_versions (hash);

CREATE TABLE entities (
  article_pk BIGINT NOT NULL REFERENCES articles (pk) ON DELETE CASCADE,
  eid TEXT NOT NULL,
  ord INTEGER NOT NULL,
  type TEXT NOT NULL,
  kind TEXT,
  name TEXT NOT NULL,
  name_key TEXT NOT NULL,
  name_en TEXT,
  ref TEXT,
  country TEXT,
  lat DOUBLE PRECISION,
  lon DOUBLE PRECISION,
  data TEXT NOT NULL,
  PRIMARY KEY (article_pk, eid)
);
CREATE INDEX entities_ref ON entities (ref) WHERE ref IS NOT NULL;
CREATE INDEX entities_name ON entities (name_key);

CREATE TABLE mentions (
  article_pk BIGINT NOT NULL,
  eid TEXT NOT NULL,
  ord INTEGER NOT NULL,
  start_off INTEGER NOT NULL,
  end_off INTEGER NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (article_pk, eid, ord),
  FOREIGN KEY (article_pk, eid) REFERENCES entities (article_pk, eid) ON DELETE CASCADE
);

CREATE TABLE events (
  article_pk BIGINT NOT NULL REFERENCES articles (pk) ON DELETE CASCADE,
  vid TEXT NOT NULL,
  ord INTEGER NOT NULL,
  type TEXT NOT NULL,
  quad TEXT NOT NULL,
  stance TEXT NOT NULL,
  mode TEXT,
  cameo TEXT,
  date_first TEXT,
  sort_date TEXT NOT NULL,
  dead INTEGER,
  injured INTEGER,
  quantity DOUBLE PRECISION,
  location_eid TEXT,
  place_ref TEXT,
  place_key TEXT,
  place_country TEXT,
  lat DOUBLE PRECISION,
  lon DOUBLE PRECISION,
  confidence DOUBLE PRECISION NOT NULL,
  data TEXT NOT NULL,
  PRIMARY KEY (article_pk, vid)
);
CREATE INDEX events_sort ON events (sort_date);
CREATE INDEX events_type ON events (type, sort_date);
CREATE INDEX events_place ON events (place_ref);
CREATE INDEX events_place_key ON events (place_key);
CREATE INDEX events_geo ON events (lat, lon) WHERE lat IS NOT NULL;

CREATE TABLE event_actors (
  article_pk BIGINT NOT NULL,
  vid TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('source', 'target')),
  ord INTEGER NOT NULL,
  actor_id TEXT NOT NULL,
  eid TEXT,
  ref TEXT,
  name TEXT NOT NULL,
  name_key TEXT NOT NULL,
  name_en TEXT,
  text_key TEXT NOT NULL,
  country TEXT,
  sector TEXT,
  PRIMARY KEY (article_pk, vid, role, ord),
  FOREIGN KEY (article_pk, vid) REFERENCES events (article_pk, vid) ON DELETE CASCADE
);
CREATE INDEX event_actors_actor ON event_actors (actor_id);
CREATE INDEX event_actors_ref ON event_actors (ref) WHERE ref IS NOT NULL;
CREATE INDEX event_actors_name ON event_actors (name_key);
CREATE INDEX event_actors_text ON event_actors (text_key);
CREATE INDEX event_actors_country ON event_actors (country);

CREATE TABLE quotes (
  article_pk BIGINT NOT NULL REFERENCES articles (pk) ON DELETE CASCADE,
  qid TEXT NOT NULL,
  ord INTEGER NOT NULL,
  speaker_actor_id TEXT NOT NULL,
  speaker_eid TEXT,
  speaker_name TEXT NOT NULL,
  direct INTEGER NOT NULL,
  data TEXT NOT NULL,
  PRIMARY KEY (article_pk, qid)
);
CREATE INDEX quotes_speaker ON quotes (speaker_actor_id);

CREATE TABLE stories (
  pk BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  title TEXT,
  first TEXT,
  last TEXT,
  data TEXT NOT NULL
);
CREATE INDEX stories_last ON stories (last);
CREATE TABLE story_articles (
  story_pk BIGINT NOT NULL REFERENCES stories (pk) ON DELETE CASCADE,
  article_id TEXT NOT NULL,
  PRIMARY KEY (story_pk, article_id)
);
CREATE INDEX story_articles_article ON story_articles (article_id);
CREATE TABLE story_events (
  story_pk BIGINT NOT NULL REFERENCES stories (pk) ON DELETE CASCADE,
  se_id TEXT NOT NULL,
  type TEXT NOT NULL,
  article_id TEXT NOT NULL,
  event_id TEXT NOT NULL,
  PRIMARY KEY (article_id, event_id)
);
CREATE INDEX story_events_story ON story_events (story_pk);

CREATE INDEX articles_tsv ON articles USING GIN (tsv);
`,
  },
  {
    version: 2,
    name: 'polled feeds (rasid feeds add) and the items already taken from each',
    sql: `
CREATE TABLE feeds (
  url TEXT PRIMARY KEY,
  every_ms BIGINT NOT NULL,
  offline INTEGER NOT NULL DEFAULT 0,
  added_at TEXT NOT NULL,
  next_poll_ms BIGINT NOT NULL,
  etag TEXT,
  last_modified TEXT,
  last_polled_at TEXT,
  last_status TEXT,
  last_error TEXT,
  items INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX feeds_next_poll ON feeds (next_poll_ms);
CREATE TABLE feed_items (
  feed_url TEXT NOT NULL REFERENCES feeds (url) ON DELETE CASCADE,
  item_key TEXT NOT NULL,
  url TEXT,
  first_seen TEXT NOT NULL,
  PRIMARY KEY (feed_url, item_key)
);
`,
  },
  {
    version: 3,
    name: 'article text and record in their own table, so that articles stays small for scans and joins',
    sql: `
CREATE TABLE article_bodies (
  article_pk BIGINT PRIMARY KEY REFERENCES articles (pk) ON DELETE CASCADE,
  text TEXT NOT NULL,
  record TEXT NOT NULL
);
INSERT INTO article_bodies (article_pk, text, record) SELECT pk, text, record FROM articles;
ALTER TABLE articles DROP COLUMN text, DROP COLUMN record;
`,
  },
  {
    version: 4,
    name: 'each event\'s JSON in event_data so that events stays small; indexes for events in date order and for actors by sector and English name',
    sql: `
CREATE TABLE event_data (
  article_pk BIGINT NOT NULL,
  vid TEXT NOT NULL,
  data TEXT NOT NULL,
  PRIMARY KEY (article_pk, vid),
  FOREIGN KEY (article_pk, vid) REFERENCES events (article_pk, vid) ON DELETE CASCADE
);
INSERT INTO event_data (article_pk, vid, data) SELECT article_pk, vid, data FROM events;
ALTER TABLE events DROP COLUMN data;
DROP INDEX events_sort;
DROP INDEX events_type;
CREATE INDEX events_sorted ON events (sort_date, article_pk, ord);
CREATE INDEX events_type_sorted ON events (type, sort_date, article_pk, ord);
CREATE INDEX events_quad_sorted ON events (quad, sort_date);
CREATE INDEX events_stance_sorted ON events (stance, sort_date);
CREATE INDEX events_place_country ON events (place_country);
CREATE INDEX event_actors_sector ON event_actors (sector);
CREATE INDEX event_actors_name_en ON event_actors (lower(name_en));
`,
  },
  {
    version: 5,
    name: 'actors counted from an (actor_id, role) index',
    sql: `
CREATE INDEX event_actors_actor_role ON event_actors (actor_id, role);
DROP INDEX event_actors_actor;
`,
  },
  {
    version: 6,
    name: 'a small ranking vector (title and opening) kept in the row, so that ranking many matches reads no TOASTed vector',
    sql: `
ALTER TABLE articles ADD COLUMN rank_tsv TSVECTOR;
`,
  },
];
