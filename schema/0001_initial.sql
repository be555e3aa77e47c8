-- The provenance data contract, version 1.
-- Every character offset ("start", "end", and the *_start / *_end pairs)
-- indexes into articles.text: substr(articles.text, start + 1, "end" - start)
-- is the evidence for the row. Times are ISO 8601 text at the granularity
-- the article gives ("2016", "2019-12", "2019-12-10", "2019-12-10T12:00").

CREATE TABLE stories (
    id TEXT PRIMARY KEY,
    title TEXT,
    first_published TEXT,
    last_published TEXT
);

CREATE TABLE articles (
    id TEXT PRIMARY KEY,
    story_id TEXT REFERENCES stories(id),
    url TEXT,
    outlet TEXT,
    headline TEXT,
    published TEXT,
    timezone TEXT,
    language TEXT,
    encoding TEXT,
    source TEXT,
    text TEXT NOT NULL,
    digest TEXT
);

CREATE TABLE entities (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    affiliation TEXT,
    gender TEXT,
    roles TEXT
);

CREATE TABLE mentions (
    id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id),
    entity_id TEXT REFERENCES entities(id),
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT,
    form TEXT,
    in_quote INTEGER,
    rule TEXT
);

CREATE TABLE channels (
    id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id),
    kind TEXT NOT NULL,
    name TEXT,
    publisher_id TEXT REFERENCES entities(id),
    reporter_id TEXT REFERENCES entities(id),
    place TEXT,
    leaked INTEGER,
    start INTEGER,
    "end" INTEGER,
    rule TEXT
);

CREATE TABLE events (
    id TEXT PRIMARY KEY,
    story_id TEXT REFERENCES stories(id),
    article_id TEXT NOT NULL REFERENCES articles(id),
    type TEXT NOT NULL,
    actor_id TEXT REFERENCES entities(id),
    target_id TEXT REFERENCES entities(id),
    channel_id TEXT REFERENCES channels(id),
    summary TEXT,
    time_text TEXT,
    time_value TEXT,
    time_start TEXT,
    time_end TEXT,
    time_rule TEXT,
    narrative_index INTEGER,
    sequence INTEGER,
    start INTEGER,
    "end" INTEGER,
    rule TEXT
);

CREATE TABLE quotes (
    id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id),
    speaker_id TEXT REFERENCES entities(id),
    text TEXT NOT NULL,
    kind TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    cue TEXT,
    cue_start INTEGER,
    cue_end INTEGER,
    source_start INTEGER,
    source_end INTEGER,
    event_id TEXT REFERENCES events(id),
    channel_id TEXT REFERENCES channels(id),
    canonical_id TEXT REFERENCES quotes(id),
    drift INTEGER DEFAULT 0,
    paragraph INTEGER,
    rule TEXT,
    speaker_rule TEXT
);

CREATE TABLE attestations (
    id TEXT PRIMARY KEY,
    event_id TEXT NOT NULL REFERENCES events(id),
    article_id TEXT NOT NULL REFERENCES articles(id),
    start INTEGER,
    "end" INTEGER
);

CREATE TABLE event_links (
    id TEXT PRIMARY KEY,
    article_id TEXT REFERENCES articles(id),
    from_event_id TEXT NOT NULL REFERENCES events(id),
    to_event_id TEXT NOT NULL REFERENCES events(id),
    relation TEXT NOT NULL,
    start INTEGER,
    "end" INTEGER,
    rule TEXT
);

CREATE TABLE times (
    id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id),
    event_id TEXT REFERENCES events(id),
    quote_id TEXT REFERENCES quotes(id),
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT,
    type TEXT,
    value TEXT,
    time_start TEXT,
    time_end TEXT,
    granularity TEXT,
    modality TEXT,
    in_quote INTEGER,
    rule TEXT
);

CREATE INDEX idx_articles_story_id ON articles(story_id);
CREATE INDEX idx_mentions_article_id ON mentions(article_id);
CREATE INDEX idx_mentions_entity_id ON mentions(entity_id);
CREATE INDEX idx_channels_article_id ON channels(article_id);
CREATE INDEX idx_channels_publisher_id ON channels(publisher_id);
CREATE INDEX idx_channels_reporter_id ON channels(reporter_id);
CREATE INDEX idx_events_story_id ON events(story_id);
CREATE INDEX idx_events_article_id ON events(article_id);
CREATE INDEX idx_events_actor_id ON events(actor_id);
CREATE INDEX idx_events_target_id ON events(target_id);
CREATE INDEX idx_events_channel_id ON events(channel_id);
CREATE INDEX idx_events_sequence ON events(story_id, sequence, narrative_index);
CREATE INDEX idx_quotes_article_id ON quotes(article_id);
CREATE INDEX idx_quotes_speaker_id ON quotes(speaker_id);
CREATE INDEX idx_quotes_event_id ON quotes(event_id);
CREATE INDEX idx_quotes_channel_id ON quotes(channel_id);
CREATE INDEX idx_quotes_canonical_id ON quotes(canonical_id);
CREATE INDEX idx_attestations_event_id ON attestations(event_id);
CREATE INDEX idx_attestations_article_id ON attestations(article_id);
CREATE INDEX idx_event_links_article_id ON event_links(article_id);
CREATE INDEX idx_event_links_from_event_id ON event_links(from_event_id);
CREATE INDEX idx_event_links_to_event_id ON event_links(to_event_id);
CREATE INDEX idx_times_article_id ON times(article_id);
CREATE INDEX idx_times_event_id ON times(event_id);
CREATE INDEX idx_times_quote_id ON times(quote_id);
