"""What the story pages read from the database: one function per question.

Each function takes Datasette's handle on the ``provenance`` database and
returns plain dicts, one per row, so the pages can be tested on any
database the pipeline built. Every article offset is used as stored:
``substr(text, start + 1, end - start)`` is the evidence.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from datasette.database import Database

Row = dict[str, Any]

EVENT_COLUMNS = """
    e.id, e.story_id, e.article_id, e.type, e.summary, e.sequence, e.narrative_index,
    e.time_text, e.time_value, e.time_start, e.time_end, e.time_rule, e.start, e."end", e.rule,
    e.actor_id, actor.name AS actor, e.target_id, target.name AS target,
    c.kind AS channel, c.name AS channel_name, c.place AS channel_place,
    c.start AS channel_start, c."end" AS channel_end,
    publisher.id AS publisher_id, publisher.name AS publisher,
    reporter.id AS reporter_id, reporter.name AS reporter
"""
EVENT_JOINS = """
    LEFT JOIN entities actor ON actor.id = e.actor_id
    LEFT JOIN entities target ON target.id = e.target_id
    LEFT JOIN channels c ON c.id = e.channel_id
    LEFT JOIN entities publisher ON publisher.id = c.publisher_id
    LEFT JOIN entities reporter ON reporter.id = c.reporter_id
"""
CHRONOLOGICAL = "e.sequence, e.narrative_index, e.id"
IN_SEQUENCE = "e.type NOT IN ('background', 'prospect')"

QUOTE_COLUMNS = """
    q.id, q.article_id, q.kind, q.text, q.start, q."end", q.cue, q.cue_start, q.cue_end,
    q.source_start, q.source_end, q.speaker_id, speaker.name AS speaker, q.event_id,
    q.canonical_id, q.rule, q.speaker_rule, ev.type AS event_type,
    substr(a.text, q.source_start + 1, q.source_end - q.source_start) AS source,
    a.headline, a.outlet, a.published
"""
QUOTE_JOINS = """
    JOIN articles a ON a.id = q.article_id
    LEFT JOIN entities speaker ON speaker.id = q.speaker_id
    LEFT JOIN events ev ON ev.id = q.event_id
"""


async def fetch(db: Database, sql: str, params: dict[str, Any] | None = None) -> list[Row]:
    """Every row of a query, as dicts."""
    results = await db.execute(sql, params or {})
    return [dict(row) for row in results.rows]


async def fetch_one(db: Database, sql: str, params: dict[str, Any]) -> Row | None:
    rows = await fetch(db, sql, params)
    return rows[0] if rows else None


async def has_stories(db: Database) -> bool:
    """Whether the database has the pipeline's tables (an empty file has none)."""
    return all([await db.table_exists(name) for name in ("stories", "events", "quotes")])


async def events_where(db: Database, condition: str, key: str, order: str) -> list[Row]:
    """Events (with actor, target and channel) matching ``condition`` on ``:id``."""
    return await fetch(
        db,
        f"SELECT {EVENT_COLUMNS} FROM events e {EVENT_JOINS} WHERE {condition} ORDER BY {order}",
        {"id": key},
    )


async def quotes_where(db: Database, condition: str, key: str, order: str) -> list[Row]:
    """Statements (with speaker, source words and event type) matching ``condition`` on ``:id``."""
    return await fetch(
        db,
        f"SELECT {QUOTE_COLUMNS} FROM quotes q {QUOTE_JOINS} WHERE {condition} ORDER BY {order}",
        {"id": key},
    )


async def stories(db: Database) -> list[Row]:
    """Every story, the most recently published first, with its counts."""
    return await fetch(
        db,
        f"""SELECT s.id, s.title, s.first_published, s.last_published,
             (SELECT count(*) FROM articles a WHERE a.story_id = s.id) AS articles,
             (SELECT count(*) FROM events e WHERE e.story_id = s.id AND {IN_SEQUENCE}) AS events
           FROM stories s ORDER BY s.last_published DESC, s.id""",
    )


async def story_events(db: Database, story_id: str) -> list[Row]:
    """The events of one story's sequence, in chronological order (ties in narrative order).

    Background and prospect events stand outside the sequence and are left out.
    """
    return await events_where(db, f"e.story_id = :id AND {IN_SEQUENCE}", story_id, CHRONOLOGICAL)


async def future_references(db: Database, story_id: str) -> list[Row]:
    """Times said of the future in a story's articles, with the statement they are in."""
    return await fetch(
        db,
        """SELECT t.id, t.text, t.value, t.time_start, t.time_end, t.article_id, t.start, t."end",
             q.id AS quote_id, q.text AS quote, q.speaker_id, speaker.name AS speaker
           FROM times t
           JOIN articles a ON a.id = t.article_id
           LEFT JOIN quotes q ON q.id = (
             SELECT q2.id FROM quotes q2
             WHERE q2.article_id = t.article_id AND q2.start <= t.start AND q2."end" >= t."end"
             ORDER BY q2."end" - q2.start DESC LIMIT 1)
           LEFT JOIN entities speaker ON speaker.id = q.speaker_id
           WHERE a.story_id = :story AND t.modality = 'future'
           ORDER BY t.time_start, a.published, t.article_id, t.start""",
        {"story": story_id},
    )


async def story_people(db: Database, story_id: str) -> list[Row]:
    """Everyone who speaks, acts or is acted on in a story, the most quoted first."""
    return await fetch(
        db,
        """SELECT en.id, en.name, en.kind,
             (SELECT count(*) FROM quotes q JOIN articles a ON a.id = q.article_id
              WHERE q.speaker_id = en.id AND a.story_id = :story) AS statements
           FROM entities en
           WHERE en.id IN (
             SELECT q.speaker_id FROM quotes q JOIN articles a ON a.id = q.article_id
             WHERE a.story_id = :story
             UNION SELECT actor_id FROM events WHERE story_id = :story
             UNION SELECT target_id FROM events WHERE story_id = :story)
           ORDER BY statements DESC, en.name""",
        {"story": story_id},
    )


async def story_articles(db: Database, story_id: str) -> list[Row]:
    return await fetch(
        db,
        """SELECT id, headline, outlet, published, url FROM articles
           WHERE story_id = :story ORDER BY published, id""",
        {"story": story_id},
    )


async def event(db: Database, event_id: str) -> Row | None:
    return await fetch_one(
        db,
        f"SELECT {EVENT_COLUMNS}, s.title AS story_title FROM events e {EVENT_JOINS} "
        "LEFT JOIN stories s ON s.id = e.story_id WHERE e.id = :id",
        {"id": event_id},
    )


async def event_quotes(db: Database, event_id: str) -> list[Row]:
    """The statements that make up an event, in publication and text order."""
    return await quotes_where(db, "q.event_id = :id", event_id, "a.published, a.id, q.start")


async def event_links(db: Database, event_id: str) -> list[Row]:
    """Links from and to an event, with the other event and the justifying text."""
    return await fetch(
        db,
        """SELECT l.relation, l.rule, l.start, l."end", l.article_id,
             substr(a.text, l.start + 1, l."end" - l.start) AS evidence,
             l.from_event_id = :id AS outgoing,
             other.id AS other_id, other.type AS other_type, other.summary AS other_summary,
             other_actor.id AS other_actor_id, other_actor.name AS other_actor
           FROM event_links l
           LEFT JOIN articles a ON a.id = l.article_id
           JOIN events other ON other.id =
             CASE WHEN l.from_event_id = :id THEN l.to_event_id ELSE l.from_event_id END
           LEFT JOIN entities other_actor ON other_actor.id = other.actor_id
           WHERE l.from_event_id = :id OR l.to_event_id = :id
           ORDER BY other.sequence, other.narrative_index, l.relation""",
        {"id": event_id},
    )


async def event_times(db: Database, event_id: str) -> list[Row]:
    """The time expressions that date an event."""
    return await fetch(
        db,
        """SELECT id, article_id, start, "end", text, value, time_start, time_end, rule
           FROM times WHERE event_id = :id ORDER BY article_id, start""",
        {"id": event_id},
    )


async def event_attestations(db: Database, event_id: str) -> list[Row]:
    """Each article's support for an event: the span that reports it."""
    return await fetch(
        db,
        """SELECT at.article_id, at.start, at."end",
             substr(a.text, at.start + 1, at."end" - at.start) AS evidence
           FROM attestations at JOIN articles a ON a.id = at.article_id
           WHERE at.event_id = :id ORDER BY a.published, a.id, at.start""",
        {"id": event_id},
    )


async def article(db: Database, article_id: str) -> Row | None:
    return await fetch_one(
        db,
        """SELECT a.id, a.story_id, a.url, a.outlet, a.headline, a.published, a.text,
             s.title AS story_title
           FROM articles a LEFT JOIN stories s ON s.id = a.story_id WHERE a.id = :id""",
        {"id": article_id},
    )


async def article_quotes(db: Database, article_id: str) -> list[Row]:
    """Every statement in an article, in text order."""
    return await quotes_where(db, "q.article_id = :id", article_id, 'q.start, q."end" DESC')


async def article_events(db: Database, article_id: str) -> list[Row]:
    """The events an article supports, in chronological order."""
    supported = "e.id IN (SELECT event_id FROM attestations WHERE article_id = :id)"
    return await events_where(db, supported, article_id, CHRONOLOGICAL)


async def entity(db: Database, entity_id: str) -> Row | None:
    return await fetch_one(
        db,
        "SELECT id, name, kind, affiliation, roles FROM entities WHERE id = :id",
        {"id": entity_id},
    )


async def person_statements(db: Database, entity_id: str) -> list[Row]:
    """Everything one person said, across articles, with the first report of its wording."""
    return await fetch(
        db,
        f"""SELECT {QUOTE_COLUMNS},
              first.id AS first_id, first.article_id AS first_article_id,
              first_speaker.id AS first_speaker_id, first_speaker.name AS first_speaker,
              first_article.outlet AS first_outlet, first_article.published AS first_published
            FROM quotes q {QUOTE_JOINS}
            LEFT JOIN quotes first ON first.id = q.canonical_id AND q.canonical_id != q.id
            LEFT JOIN entities first_speaker ON first_speaker.id = first.speaker_id
            LEFT JOIN articles first_article ON first_article.id = first.article_id
            WHERE q.speaker_id = :id ORDER BY a.published, a.id, q.start""",
        {"id": entity_id},
    )


async def person_events(db: Database, entity_id: str) -> list[Row]:
    """Events a person acted in or that were about them, in chronological order."""
    involved = "e.actor_id = :id OR e.target_id = :id"
    return await events_where(db, involved, entity_id, f"e.story_id, {CHRONOLOGICAL}")


async def person_responses(db: Database, entity_id: str) -> list[Row]:
    """Every ``responds_to`` link whose responder or answered author is the person."""
    return await fetch(
        db,
        """SELECT l.rule, l.article_id, l.start, l."end",
             later.id AS later_id, later.type AS later_type, later.summary AS later_summary,
             later_actor.id AS later_actor_id, later_actor.name AS later_actor,
             earlier.id AS earlier_id, earlier.type AS earlier_type,
             earlier.summary AS earlier_summary,
             earlier_actor.id AS earlier_actor_id, earlier_actor.name AS earlier_actor
           FROM event_links l
           JOIN events later ON later.id = l.from_event_id
           JOIN events earlier ON earlier.id = l.to_event_id
           LEFT JOIN entities later_actor ON later_actor.id = later.actor_id
           LEFT JOIN entities earlier_actor ON earlier_actor.id = earlier.actor_id
           WHERE l.relation = 'responds_to' AND (later.actor_id = :id OR earlier.actor_id = :id)
           ORDER BY later.story_id, later.sequence, later.narrative_index""",
        {"id": entity_id},
    )


async def story_speakers(db: Database, story_id: str) -> list[str]:
    """A story's speakers in order of their first statement (so colours are stable)."""
    rows = await fetch(
        db,
        """SELECT speaker_id FROM (
             SELECT q.speaker_id, row_number() OVER (ORDER BY a.published, a.id, q.start) AS n
             FROM quotes q JOIN articles a ON a.id = q.article_id
             WHERE a.story_id = :story AND q.speaker_id IS NOT NULL)
           GROUP BY speaker_id ORDER BY min(n)""",
        {"story": story_id},
    )
    return [row["speaker_id"] for row in rows]
