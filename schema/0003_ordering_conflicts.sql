-- Ordering cues that were not used.
-- A cue that would order two events against stronger evidence (a cycle in
-- the "before" links, or "meanwhile" said of events the text orders) is
-- kept here with the text that carries it and what it contradicts.

CREATE TABLE ordering_conflicts (
    id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id),
    from_event_id TEXT NOT NULL REFERENCES events(id),
    to_event_id TEXT NOT NULL REFERENCES events(id),
    relation TEXT NOT NULL,
    start INTEGER,
    "end" INTEGER,
    rule TEXT,
    reason TEXT
);

CREATE INDEX idx_ordering_conflicts_article_id ON ordering_conflicts(article_id);
CREATE INDEX idx_ordering_conflicts_from_event_id ON ordering_conflicts(from_event_id);
CREATE INDEX idx_ordering_conflicts_to_event_id ON ordering_conflicts(to_event_id);
