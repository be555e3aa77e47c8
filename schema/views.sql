-- Views, dropped and re-created after every build so they always match the code.

DROP VIEW IF EXISTS timeline;
CREATE VIEW timeline AS
SELECT
    e.sequence,
    e.time_start,
    e.time_end,
    e.time_text,
    e.type,
    actor.name AS actor,
    target.name AS target,
    c.kind AS channel,
    publisher.name AS publisher,
    e.summary,
    e.article_id,
    e.id AS event_id,
    e.story_id,
    e.narrative_index,
    e.time_value,
    e.time_rule,
    c.name AS channel_name,
    reporter.name AS reporter,
    c.place,
    s.title AS story_title
FROM events e
LEFT JOIN stories s ON s.id = e.story_id
LEFT JOIN entities actor ON actor.id = e.actor_id
LEFT JOIN entities target ON target.id = e.target_id
LEFT JOIN channels c ON c.id = e.channel_id
LEFT JOIN entities publisher ON publisher.id = c.publisher_id
LEFT JOIN entities reporter ON reporter.id = c.reporter_id
WHERE e.type NOT IN ('background', 'prospect')
ORDER BY e.story_id, e.sequence, e.narrative_index;

-- Happenings the story mentions outside its own sequence: past ones
-- (background) and times still to come (prospect, a future reference).
DROP VIEW IF EXISTS context_events;
CREATE VIEW context_events AS
SELECT
    e.type,
    t.modality,
    e.time_text,
    e.time_start,
    e.time_end,
    e.time_value,
    e.summary,
    mentioner.type AS mentioned_in,
    speaker.name AS mentioned_by,
    e.article_id,
    e.id AS event_id,
    e.story_id,
    e.narrative_index,
    e.start,
    e."end"
FROM events e
LEFT JOIN times t ON t.event_id = e.id
LEFT JOIN event_links l ON l.to_event_id = e.id AND l.relation = 'mentions'
LEFT JOIN events mentioner ON mentioner.id = l.from_event_id
LEFT JOIN entities speaker ON speaker.id = mentioner.actor_id
WHERE e.type IN ('background', 'prospect')
ORDER BY e.story_id, e.type, e.time_start, e.narrative_index;

DROP VIEW IF EXISTS statements;
CREATE VIEW statements AS
SELECT
    q.id AS quote_id,
    speaker.name AS speaker,
    q.kind,
    q.text,
    q.cue,
    substr(a.text, q.source_start + 1, q.source_end - q.source_start) AS source,
    e.type AS event_type,
    c.kind AS channel,
    a.outlet,
    a.published,
    q.article_id,
    q.speaker_id,
    q.event_id,
    q.start,
    q."end"
FROM quotes q
JOIN articles a ON a.id = q.article_id
LEFT JOIN entities speaker ON speaker.id = q.speaker_id
LEFT JOIN events e ON e.id = q.event_id
LEFT JOIN channels c ON c.id = q.channel_id
ORDER BY a.published, q.article_id, q.start;
