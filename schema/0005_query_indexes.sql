-- Indexes for the common questions at scale (a database of millions of
-- statements): statements by speaker name (the statements view filtered by
-- speaker), and the links of one relation (who_responded_to_whom).
CREATE INDEX IF NOT EXISTS idx_entities_name ON entities(name);
CREATE INDEX IF NOT EXISTS idx_event_links_relation ON event_links(relation);
