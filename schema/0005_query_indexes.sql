-- Indexes for the common questions at scale (a database of millions of
-- statements): entities by name, with their id, so that statements by a
-- speaker's name (whole, or a part of it as person_statements matches) are
-- found from the few entities that match; and the links of one relation
-- (who_responded_to_whom); articles in order of publication
-- (who_said_it_first walks them in that order for a common phrase).
CREATE INDEX IF NOT EXISTS idx_entities_name ON entities(name, id);
CREATE INDEX IF NOT EXISTS idx_event_links_relation ON event_links(relation);
CREATE INDEX IF NOT EXISTS idx_articles_published ON articles(published, id);
