"""Store: write parsed articles to SQLite with sqlite-utils.

The schema lives in ``schema/`` as SQL: numbered migration files create and
change the tables (applied once each, in order, through sqlite-utils'
migrations), and ``views.sql`` is re-applied after every build together
with full-text search, so the database always matches the code.

Every row's id is hashed from its natural key (the article's text; the
article and span for a quote), and each article is written in one
transaction: either all its rows are there or none are. Re-saving an
article whose derived rows are unchanged writes nothing.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import sqlite_utils
from sqlite_utils import Migrations

from provenance.records import Event, ParsedArticle
from provenance.references import CONTEXT_TYPES
from provenance.resources import resource_dir

CHILD_TABLES = (
    "ordering_conflicts",
    "attestations",
    "event_links",
    "times",
    "quotes",
    "events",
    "channels",
    "mentions",
)
SEARCH = {"quotes": ["text"]}


def row_id(*parts: object) -> str:
    """A stable id: the start of the SHA-1 of the parts."""
    key = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _context_key(event: Event, parsed: ParsedArticle) -> tuple[int, ...]:
    """What tells apart background and prospect events of one article."""
    if event.type not in CONTEXT_TYPES:
        return ()
    time = parsed.times[event.time].start if event.time is not None else -1
    return event.start, time


def entity_id(kind: str, name: str) -> str:
    """An entity's id: its kind and name, whatever the capitals."""
    return row_id(kind, name.lower())


def statements(sql: str) -> list[str]:
    """Split an SQL script into complete statements."""
    found, current = [], ""
    for line in sql.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            if current.strip():
                found.append(current.strip())
            current = ""
    return found


def execute_script(db: sqlite_utils.Database, path: Path) -> None:
    """Run every statement of an SQL file inside the caller's transaction."""
    for statement in statements(path.read_text(encoding="utf-8")):
        db.execute(statement)


def _migrations() -> Migrations:
    """One migration per numbered SQL file in ``schema/``, applied in order."""
    migrations = Migrations("provenance")
    for path in sorted(resource_dir("schema").glob("[0-9][0-9][0-9][0-9]_*.sql")):

        def apply(db: sqlite_utils.Database, path: Path = path) -> None:
            execute_script(db, path)

        migrations(name=path.stem)(apply)
    return migrations


def open_database(path: str | Path) -> sqlite_utils.Database:
    """Open (creating if needed) a provenance database, with its schema up to date.

    The file is put in write-ahead-log mode, so that readers (Datasette)
    keep answering while a build writes, and a writer killed mid-article
    leaves only the transactions it committed.
    """
    db = sqlite_utils.Database(path)
    # Each pragma's rows are read to the end, so no statement stays open on the
    # connection (sqlite-utils' ``enable_wal`` leaves one until its cursor is freed,
    # which a profiler holding frames, as Dask's workers run, can delay past the
    # first COMMIT: "cannot commit transaction - SQL statements in progress").
    for pragma in ("PRAGMA journal_mode = wal", "PRAGMA foreign_keys = ON"):
        db.conn.execute(pragma).fetchall()
    _migrations().apply(db)
    return db


def finish(db: sqlite_utils.Database) -> None:
    """Re-apply views and full-text search, and drop entities nothing refers to."""
    with db.atomic():
        db.execute(
            "DELETE FROM entities WHERE id NOT IN ("
            " SELECT entity_id FROM mentions WHERE entity_id IS NOT NULL"
            " UNION SELECT speaker_id FROM quotes WHERE speaker_id IS NOT NULL"
            " UNION SELECT actor_id FROM events WHERE actor_id IS NOT NULL"
            " UNION SELECT target_id FROM events WHERE target_id IS NOT NULL"
            " UNION SELECT publisher_id FROM channels WHERE publisher_id IS NOT NULL"
            " UNION SELECT reporter_id FROM channels WHERE reporter_id IS NOT NULL)"
        )
        db.execute(
            "DELETE FROM stories WHERE id NOT IN (SELECT story_id FROM articles"
            " WHERE story_id IS NOT NULL)"
        )
        execute_script(db, resource_dir("schema") / "views.sql")
    for table, columns in SEARCH.items():
        # replace=True rebuilds an index a killed run left without its triggers.
        db[table].enable_fts(columns, create_triggers=True, tokenize="porter", replace=True)


def rows_for(parsed: ParsedArticle) -> dict[str, list[dict[str, object]]]:
    """Every database row one parsed article contributes, keyed by table."""
    article = parsed.article
    aid = article.id
    story = row_id("story", aid)
    entity_ids = [entity_id(e.kind, e.name) for e in parsed.entities]

    def entity(index: int | None) -> str | None:
        return entity_ids[index] if index is not None else None

    channel_ids = [row_id(aid, "channel", c.start, c.end, c.kind) for c in parsed.channels]
    event_ids = [
        # Background and prospect events have no actor to tell them apart: their clause
        # and the time in it do ("between 2021 and 2023" mentions two years).
        row_id(aid, "event", e.type, entity(e.actor), *_context_key(e, parsed))
        for e in parsed.events
    ]
    quote_ids = [row_id(aid, "quote", q.start, q.end, q.kind) for q in parsed.quotes]
    text = article.text
    rows: dict[str, list[dict[str, object]]] = {
        "stories": [
            {
                "id": story,
                "title": article.headline,
                "first_published": article.published,
                "last_published": article.published,
            }
        ],
        "articles": [
            {
                "id": aid,
                "story_id": story,
                "url": article.url,
                "outlet": article.outlet,
                "headline": article.headline,
                "published": article.published,
                "timezone": article.timezone,
                "language": article.language,
                "encoding": article.encoding,
                "source": article.source,
                "author": article.author,
                "story_name": article.story,
                "text": text,
            }
        ],
        "entities": [
            {
                "id": entity_ids[i],
                "name": e.name,
                "kind": e.kind,
                "affiliation": e.affiliation,
                "gender": e.gender,
                "roles": "; ".join(e.roles) or None,
            }
            for i, e in enumerate(parsed.entities)
        ],
        "mentions": [
            {
                "id": row_id(aid, "mention", m.start, m.end, m.form),
                "article_id": aid,
                "entity_id": entity(m.entity),
                "start": m.start,
                "end": m.end,
                "text": m.text,
                "form": m.form,
                "in_quote": int(m.in_quote),
                "rule": m.rule,
            }
            for m in parsed.mentions
            if m.entity is not None
        ],
        "channels": [
            {
                "id": channel_ids[i],
                "article_id": aid,
                "kind": c.kind,
                "name": c.name,
                "publisher_id": entity(c.publisher),
                "reporter_id": entity(c.reporter),
                "place": c.place,
                "leaked": int(c.leaked),
                "start": c.start,
                "end": c.end,
                "rule": c.rule,
            }
            for i, c in enumerate(parsed.channels)
        ],
        "events": [],
        "quotes": [],
        "attestations": [],
        "event_links": [],
        "times": [],
        "ordering_conflicts": [
            {
                "id": row_id(aid, "conflict", c.source, c.target, c.relation, c.rule),
                "article_id": aid,
                "from_event_id": event_ids[c.source],
                "to_event_id": event_ids[c.target],
                "relation": c.relation,
                "start": c.start,
                "end": c.end,
                "rule": c.rule,
                "reason": c.reason,
            }
            for c in parsed.conflicts
        ],
    }
    for i, event in enumerate(parsed.events):
        time = parsed.times[event.time] if event.time is not None else None
        rows["events"].append(
            {
                "id": event_ids[i],
                "story_id": story,
                "article_id": aid,
                "type": event.type,
                "actor_id": entity(event.actor),
                "target_id": entity(event.target),
                "channel_id": channel_ids[event.channel] if event.channel is not None else None,
                "summary": event.summary,
                "time_text": time.text if time else None,
                "time_value": time.value if time else None,
                "time_start": time.time_start if time else None,
                "time_end": time.time_end if time else None,
                "time_rule": event.time_rule,
                "narrative_index": event.narrative_index,
                "sequence": event.sequence,
                "start": event.start,
                "end": event.end,
                "rule": event.rule,
            }
        )
        rows["attestations"].append(
            {
                "id": row_id(event_ids[i], aid, event.start, event.end),
                "event_id": event_ids[i],
                "article_id": aid,
                "start": event.start,
                "end": event.end,
            }
        )
    for i, quote in enumerate(parsed.quotes):
        rows["quotes"].append(
            {
                "id": quote_ids[i],
                "article_id": aid,
                "speaker_id": entity(quote.speaker),
                "text": quote.text,
                "kind": quote.kind,
                "start": quote.start,
                "end": quote.end,
                "cue": quote.cue.text if quote.cue else None,
                "cue_start": quote.cue.start if quote.cue else None,
                "cue_end": quote.cue.end if quote.cue else None,
                "source_start": quote.source_start,
                "source_end": quote.source_end,
                "event_id": event_ids[quote.event] if quote.event is not None else None,
                "channel_id": channel_ids[quote.channel] if quote.channel is not None else None,
                "canonical_id": quote_ids[i],
                "drift": 0,
                "paragraph": quote.paragraph,
                "rule": quote.rule,
                "speaker_rule": quote.speaker_rule,
            }
        )
    for link in parsed.links:
        source, target = event_ids[link.source], event_ids[link.target]
        rows["event_links"].append(
            {
                "id": row_id(source, target, link.relation, link.rule),
                "article_id": aid,
                "from_event_id": source,
                "to_event_id": target,
                "relation": link.relation,
                "start": link.start,
                "end": link.end,
                "rule": link.rule,
            }
        )
    dated = {e.time: event_ids[i] for i, e in enumerate(parsed.events) if e.time is not None}
    for i, time in enumerate(parsed.times):
        container = next(
            (
                quote_ids[n]
                for n, q in enumerate(parsed.quotes)
                if q.start <= time.start < q.end and q.kind != "indirect"
            ),
            None,
        )
        rows["times"].append(
            {
                "id": row_id(aid, "time", time.start, time.end),
                "article_id": aid,
                "event_id": dated.get(i),
                "quote_id": container,
                "start": time.start,
                "end": time.end,
                "text": time.text,
                "type": time.type,
                "value": time.value,
                "time_start": time.time_start,
                "time_end": time.time_end,
                "granularity": time.granularity,
                "modality": time.modality,
                "in_quote": int(time.in_quote),
                "rule": time.rule,
            }
        )
    return rows


def digest(rows: dict[str, list[dict[str, object]]]) -> str:
    """A fingerprint of an article's rows, to tell an unchanged article from an updated one."""
    canonical = json.dumps(rows, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]


def save_parsed(db: sqlite_utils.Database, parsed: ParsedArticle) -> str:
    """Write one article's rows in one transaction.

    Returns ``added``, ``updated`` (the article was there with other rows,
    which are replaced) or ``unchanged`` (nothing was written).
    """
    rows = rows_for(parsed)
    fingerprint = digest(rows)
    article_id = parsed.article.id
    existing = list(db.query("SELECT digest FROM articles WHERE id = ?", [article_id]))
    if existing and existing[0]["digest"] == fingerprint:
        return "unchanged"
    rows["articles"][0]["digest"] = fingerprint
    with db.atomic():
        if existing:
            _delete_article(db, article_id)
        for table in ("stories", "entities"):
            for row in rows[table]:
                _merge(db, table, row)
        for table in (
            "articles",
            "mentions",
            "channels",
            "events",
            "quotes",
            "attestations",
            "event_links",
            "times",
            "ordering_conflicts",
        ):
            if rows[table]:
                db[table].insert_all(rows[table], replace=True)
    return "updated" if existing else "added"


def _delete_article(db: sqlite_utils.Database, article_id: str) -> None:
    delete_derived_rows(db, [article_id])
    db.execute("DELETE FROM articles WHERE id = ?", [article_id])


# What other articles of a story may point at in the rows of the articles being
# deleted (a merged event, a canonical quote, an event's channel), and how each
# pointer is let go; the story is relinked before the build ends.
DETACH = (
    "UPDATE quotes SET canonical_id = id WHERE canonical_id IN"
    " (SELECT id FROM quotes WHERE article_id IN gone)",
    "UPDATE quotes SET event_id = NULL WHERE event_id IN gone_events",
    "UPDATE times SET event_id = NULL WHERE event_id IN gone_events",
    "UPDATE events SET channel_id = NULL WHERE channel_id IN"
    " (SELECT id FROM channels WHERE article_id IN gone)",
    "DELETE FROM attestations WHERE event_id IN gone_events",
    "DELETE FROM event_links WHERE from_event_id IN gone_events OR to_event_id IN gone_events",
    "DELETE FROM ordering_conflicts WHERE from_event_id IN gone_events"
    " OR to_event_id IN gone_events",
)


def delete_derived_rows(db: sqlite_utils.Database, article_ids: list[str]) -> None:
    """Delete every row derived from these articles, inside the caller's transaction.

    Rows of other articles that point into them (events merged across
    articles, canonical quotes) are detached first, so foreign keys hold.
    """
    gone = f"({', '.join('?' for _ in article_ids)})"
    events = f"(SELECT id FROM events WHERE article_id IN {gone})"
    for statement in DETACH:
        sql = statement.replace("gone_events", events).replace("gone", gone)
        db.execute(sql, article_ids * (sql.count("?") // len(article_ids)))
    for table in CHILD_TABLES:
        db.execute(f"DELETE FROM [{table}] WHERE article_id IN {gone}", article_ids)


def _merge(db: sqlite_utils.Database, table: str, row: dict[str, object]) -> None:
    """Insert a shared row, or fill in what an existing one lacks (roles are unioned)."""
    found = list(db.query(f"SELECT * FROM [{table}] WHERE id = ?", [row["id"]]))
    if not found:
        db[table].insert(row)
        return
    current = found[0]
    update = {k: v for k, v in row.items() if current.get(k) is None and v is not None}
    if table == "entities" and row.get("roles"):
        roles = [r for r in (current.get("roles") or "").split("; ") if r]
        merged = roles + [r for r in str(row["roles"]).split("; ") if r not in roles]
        if merged != roles:
            update["roles"] = "; ".join(merged)
    if update:
        db[table].update(row["id"], update)
