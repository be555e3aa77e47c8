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

-- A remark is one cluster of statements (quotes.canonical_id): one row each,
-- with the article that carried it first and how many carried it.
DROP VIEW IF EXISTS first_appearances;
CREATE VIEW first_appearances AS
SELECT
    q.id AS remark_id,
    speaker.name AS speaker,
    q.kind,
    q.text,
    a.outlet AS first_outlet,
    a.published AS first_published,
    a.url AS first_url,
    q.article_id AS first_article_id,
    (SELECT count(DISTINCT c.article_id) FROM quotes c WHERE c.canonical_id = q.id) AS articles,
    (SELECT count(*) FROM quotes c WHERE c.canonical_id = q.id) AS statements,
    (SELECT count(*) FROM quotes c WHERE c.canonical_id = q.id AND c.drift = 1) AS drifted,
    speaker.id AS speaker_id,
    a.story_id
FROM quotes q
JOIN articles a ON a.id = q.article_id
LEFT JOIN entities speaker ON speaker.id = (
    SELECT c.speaker_id FROM quotes c JOIN articles ca ON ca.id = c.article_id
    WHERE c.canonical_id = q.id AND c.speaker_id IS NOT NULL
    ORDER BY ca.published IS NULL, ca.published, ca.id, c.start LIMIT 1)
WHERE q.canonical_id = q.id
ORDER BY a.story_id, a.published IS NULL, a.published, q.article_id, q.start;

-- The chain of custody of every remark, as the articles state it: its
-- speaker, the recording (or document) that carried it, who published that,
-- then each article that reported it in publication order, with the earlier
-- article it names as its source (by outlet), or else the first report.
DROP VIEW IF EXISTS custody;
CREATE VIEW custody AS
WITH carried AS (
    SELECT q.canonical_id AS remark_id, q.id AS quote_id, q.article_id, q.drift,
           q.channel_id, q.speaker_id, a.outlet, a.published, a.story_id,
           row_number() OVER (
               PARTITION BY q.canonical_id
               ORDER BY a.published IS NULL, a.published, a.id, q.start) AS position,
           row_number() OVER (
               PARTITION BY q.canonical_id, q.article_id ORDER BY q.start) AS in_article
    FROM quotes q JOIN articles a ON a.id = q.article_id
),
remarks AS (
    SELECT remark_id, story_id,
           (SELECT c.speaker_id FROM carried c WHERE c.remark_id = f.remark_id
            AND c.speaker_id IS NOT NULL ORDER BY c.position LIMIT 1) AS speaker_id,
           (SELECT c.channel_id FROM carried c JOIN channels ch ON ch.id = c.channel_id
            WHERE c.remark_id = f.remark_id AND ch.kind IN ('recording', 'document')
            ORDER BY c.position LIMIT 1) AS medium_id
    FROM carried f WHERE position = 1
),
reports AS (
    SELECT c.*, row_number() OVER (PARTITION BY c.remark_id ORDER BY c.position) AS rank
    FROM carried c WHERE c.in_article = 1
),
sourced AS (
    SELECT r.*,
           (SELECT e.article_id FROM reports e JOIN articles ra ON ra.id = r.article_id
            WHERE e.remark_id = r.remark_id AND e.rank < r.rank AND e.outlet IS NOT NULL
              AND e.outlet != coalesce(r.outlet, '')
              AND instr(lower(ra.text), lower(e.outlet)) > 0
            ORDER BY e.rank LIMIT 1) AS named_article_id,
           (SELECT e.article_id FROM reports e
            WHERE e.remark_id = r.remark_id AND e.rank = 1) AS first_article_id
    FROM reports r
)
SELECT m.remark_id, 1 AS step, 'speaker' AS role, e.name, e.id AS entity_id,
       NULL AS channel_id, NULL AS article_id, NULL AS outlet, NULL AS published,
       NULL AS quote_id, NULL AS drift, NULL AS source_article_id, NULL AS source_rule
FROM remarks m JOIN entities e ON e.id = m.speaker_id
UNION ALL
SELECT m.remark_id, 2, ch.kind, ch.name, NULL, ch.id, ch.article_id, NULL, NULL,
       NULL, NULL, NULL, NULL
FROM remarks m JOIN channels ch ON ch.id = m.medium_id
UNION ALL
SELECT m.remark_id, 3, 'publisher', p.name, p.id, NULL, NULL, NULL, NULL,
       NULL, NULL, NULL, NULL
FROM remarks m
JOIN entities p ON p.id = coalesce(
    (SELECT publisher_id FROM channels WHERE id = m.medium_id),
    (SELECT actor_id FROM events WHERE story_id = m.story_id AND type = 'leak'
     ORDER BY sequence, narrative_index LIMIT 1))
UNION ALL
SELECT s.remark_id, 3 + s.rank, CASE s.rank WHEN 1 THEN 'first report' ELSE 'report' END,
       s.outlet, NULL, NULL, s.article_id, s.outlet, s.published, s.quote_id,
       (SELECT max(c.drift) FROM carried c
        WHERE c.remark_id = s.remark_id AND c.article_id = s.article_id),
       CASE WHEN s.rank > 1 THEN coalesce(s.named_article_id, s.first_article_id) END,
       CASE WHEN s.rank = 1 THEN NULL
            WHEN s.named_article_id IS NOT NULL THEN 'names its source'
            ELSE 'the first report' END
FROM sourced s
ORDER BY 1, 2;
