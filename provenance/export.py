"""Export: a provenance database as a W3C PROV document (PROV-JSON or PROV-N).

The document is built with the `prov` package from the tables and the
``first_appearances`` and ``custody`` views, every identifier in the
``provenance`` namespace and derived from the database ids:

- **agents**: every person (``prov:Person``) and every outlet or
  organisation (``prov:Organization``) that speaks, acts, publishes or
  reports, including each article's outlet;
- **remarks** (``remark_ID``, one per cluster of statements) are
  ``wasAttributedTo`` their speaker and ``wasGeneratedBy`` the event in
  which they were said;
- **media** (``channel_ID``: the recording or document that carried a
  remark) are ``wasAttributedTo`` their publisher;
- **statements** (``quote_ID``, each quotation in an article)
  ``wasQuotedFrom`` the medium that carried them (or the remark when no
  medium is stated) and are a ``specializationOf`` the remark;
- **reports** (``article_ID``) are ``wasAttributedTo`` their outlet,
  ``wasGeneratedBy`` their publication (an activity at the publication
  date), ``hadPrimarySource`` the media of the remarks they carry and
  ``wasDerivedFrom`` the earlier report they name, or else the first
  report (the ``custody`` view);
- **events** (``event_ID``) are activities with the start and end of their
  time where the text fixes it, ``wasAssociatedWith`` their actor, and
  ``wasInformedBy`` the events they respond to.

Records are added in id order, so one database always gives one document.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

import sqlite_utils
from prov.constants import PROV, PROV_LABEL, PROV_TYPE, PROV_VALUE
from prov.identifier import Namespace, QualifiedName
from prov.model import ProvDocument

from provenance.merge import event_interval
from provenance.store import entity_id

NAMESPACE = Namespace("provenance", "urn:provenance:")
FORMATS = {"prov-json": "json", "prov-n": "provn"}
AGENT_TYPES = {"person": "Person", "outlet": "Organization", "organisation": "Organization"}
MEDIA = ("recording", "document")


def qualified(kind: str, row_id: str) -> QualifiedName:
    """A PROV identifier in the project's namespace: ``provenance:KIND_ID``."""
    return NAMESPACE[f"{kind}_{row_id}"]


def _rows(db: sqlite_utils.Database, sql: str) -> list[dict[str, Any]]:
    return list(db.query(sql))


def _instant(published: str | None) -> datetime | None:
    return datetime.fromisoformat(published) if published else None


def build_document(db: sqlite_utils.Database) -> ProvDocument:
    """The PROV document of everything the database holds."""
    document = ProvDocument()
    document.add_namespace(NAMESPACE)
    agents = _agents(db, document)
    _events(db, document, agents)
    _remarks(db, document, agents)
    _reports(db, document, agents)
    return document


def _agents(db: sqlite_utils.Database, document: ProvDocument) -> set[str]:
    """An agent for every person, outlet and organisation; the ids of those made."""
    made: set[str] = set()
    outlets = {
        entity_id("outlet", row["outlet"]): row["outlet"]
        for row in _rows(db, "SELECT DISTINCT outlet FROM articles WHERE outlet IS NOT NULL")
    }
    found = {
        row["id"]: (row["name"], row["kind"])
        for row in _rows(db, "SELECT id, name, kind FROM entities")
        if row["kind"] in AGENT_TYPES
    }
    for key, name in outlets.items():
        found.setdefault(key, (name, "outlet"))
    for key, (name, kind) in sorted(found.items()):
        document.agent(
            qualified("entity", key), {PROV_TYPE: PROV[AGENT_TYPES[kind]], PROV_LABEL: name}
        )
        made.add(key)
    return made


def _events(db: sqlite_utils.Database, document: ProvDocument, agents: set[str]) -> None:
    """Each event as an activity with its times, its actor, and what it responds to."""
    for event in _rows(db, "SELECT * FROM events ORDER BY id"):
        span = event_interval(event)
        activity = document.activity(
            qualified("event", event["id"]),
            span[0] if span else None,
            span[1] if span else None,
            {
                PROV_TYPE: NAMESPACE[event["type"]],
                PROV_LABEL: event["summary"],
                **({NAMESPACE["time_text"]: event["time_text"]} if event["time_text"] else {}),
            },
        )
        if event["actor_id"] in agents:
            document.wasAssociatedWith(activity, qualified("entity", event["actor_id"]))
    _relate(
        db,
        document.wasInformedBy,
        ("event", "event"),
        "SELECT DISTINCT from_event_id, to_event_id FROM event_links"
        " WHERE relation = 'responds_to' ORDER BY 1, 2",
    )


def _remarks(db: sqlite_utils.Database, document: ProvDocument, agents: set[str]) -> None:
    """Remarks, the media that carried them, and every statement quoting them."""
    media: dict[str, str] = {}
    for row in _rows(
        db,
        "SELECT c.remark_id, c.channel_id, c.name, c.role, p.entity_id AS publisher_id"
        " FROM custody c LEFT JOIN custody p ON p.remark_id = c.remark_id"
        " AND p.role = 'publisher' WHERE c.step = 2 ORDER BY c.remark_id",
    ):
        media[row["remark_id"]] = row["channel_id"]
        medium = qualified("channel", row["channel_id"])
        if document.get_record(medium):
            continue
        document.entity(medium, {PROV_TYPE: NAMESPACE[row["role"]], PROV_LABEL: row["name"]})
        if row["publisher_id"] in agents:
            document.wasAttributedTo(medium, qualified("entity", row["publisher_id"]))
    events = {row["id"]: row["event_id"] for row in _rows(db, "SELECT id, event_id FROM quotes")}
    for remark in _rows(db, "SELECT * FROM first_appearances ORDER BY remark_id"):
        entity = document.entity(
            qualified("remark", remark["remark_id"]),
            {PROV_TYPE: NAMESPACE["remark"], PROV_VALUE: remark["text"]},
        )
        if remark["speaker_id"] in agents:
            document.wasAttributedTo(entity, qualified("entity", remark["speaker_id"]))
        if events[remark["remark_id"]] is not None:
            document.wasGeneratedBy(entity, qualified("event", events[remark["remark_id"]]))
    for quote in _rows(db, "SELECT * FROM quotes ORDER BY id"):
        entity = document.entity(
            qualified("quote", quote["id"]),
            {
                PROV_TYPE: NAMESPACE[quote["kind"]],
                PROV_VALUE: quote["text"],
                NAMESPACE["article"]: qualified("article", quote["article_id"]),
                NAMESPACE["drift"]: bool(quote["drift"]),
            },
        )
        remark = qualified("remark", quote["canonical_id"])
        medium = media.get(quote["canonical_id"])
        document.wasQuotedFrom(entity, qualified("channel", medium) if medium else remark)
        document.specializationOf(entity, remark)


def _reports(db: sqlite_utils.Database, document: ProvDocument, agents: set[str]) -> None:
    """Each article as a report: its outlet, its publication, its sources."""
    for article in _rows(db, "SELECT * FROM articles ORDER BY id"):
        report = qualified("article", article["id"])
        document.entity(
            report,
            {
                PROV_TYPE: NAMESPACE["report"],
                PROV_LABEL: article["headline"],
                **({NAMESPACE["url"]: article["url"]} if article["url"] else {}),
            },
        )
        publication = document.activity(
            qualified("publication", article["id"]), _instant(article["published"])
        )
        document.wasGeneratedBy(report, publication, _instant(article["published"]))
        if article["outlet"]:
            outlet = qualified("entity", entity_id("outlet", article["outlet"]))
            document.wasAttributedTo(report, outlet)
            document.wasAssociatedWith(publication, outlet)
    _relate(
        db,
        document.hadPrimarySource,
        ("article", "channel"),
        "SELECT DISTINCT r.article_id, m.channel_id FROM custody r"
        " JOIN custody m ON m.remark_id = r.remark_id AND m.step = 2"
        " WHERE r.article_id IS NOT NULL AND r.step > 3 ORDER BY 1, 2",
    )
    _relate(
        db,
        document.wasDerivedFrom,
        ("article", "article"),
        "SELECT DISTINCT article_id, source_article_id FROM custody"
        " WHERE source_article_id IS NOT NULL ORDER BY 1, 2",
    )


def _relate(
    db: sqlite_utils.Database,
    relation: Callable[[QualifiedName, QualifiedName], object],
    kinds: tuple[str, str],
    sql: str,
) -> None:
    """One PROV relation per row of ``sql`` (two ids), between records of these kinds."""
    for first, second in db.execute(sql).fetchall():
        relation(qualified(kinds[0], first), qualified(kinds[1], second))


def export(db: sqlite_utils.Database, format_name: str) -> str:
    """The database as PROV text: ``prov-json`` or ``prov-n``."""
    document = build_document(db)
    if FORMATS[format_name] == "json":
        return str(document.serialize(format="json", indent=2, sort_keys=True))
    return str(document.serialize(format="provn"))
