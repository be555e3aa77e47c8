"""Merge: the articles of one story into one account of it.

Each article is first stored on its own (:func:`provenance.store.rows_for`);
merging takes those rows for every article of a story, in publication
order, and returns the story's rows:

- **people**: the names the articles give one person become one entity
  (:mod:`provenance.people`), and every mention, statement, event and
  channel points at it;
- **quotes**: statements of one speaker (or an unknown one) in different
  articles whose wordings match (:mod:`provenance.wording`) form a
  cluster; each points through ``canonical_id`` at the earliest published
  member, and ``drift`` is 1 where its wording differs from that one's
  beyond slicing, censoring and punctuation: unless one is a slice of the
  other, or both are slices of one longer quotation of the cluster.
  Reported (indirect) statements cluster only with reported statements
  of the same wording;
- **events**: the events of one type and actor are one event across the
  story, as they are within an article (a leak whose publisher an article
  does not name joins the story's one named leak); the event keeps the
  id, span and summary of its first report, takes its time, target and
  channel from the first report that states them, and each report is a
  row of ``attestations``;
- **order**: the articles' ordering links are replayed between the merged
  events, earliest article first, dropping any that contradicts the ones
  before it; events dated in different articles are ordered by their
  times; ``sequence`` is each event's depth in that graph and
  ``narrative_index`` the order of first report.

A story of one article merges into exactly the rows it had alone, except
that an entity's roles are listed in alphabetical order. Every result is
a function of the set of articles, not of the order they arrived in.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from attrs import frozen

from provenance.people import cluster_people
from provenance.records import TimeExpression
from provenance.references import CONTEXT_TYPES
from provenance.sequence import EventGraph
from provenance.store import entity_id, row_id
from provenance.times import interval
from provenance.wording import DRIFT, SAME, Words, compare, index_keys, words

Row = dict[str, Any]
Rows = dict[str, list[Row]]
ENTITY_REFERENCES = {
    "mentions": ("entity_id",),
    "channels": ("publisher_id", "reporter_id"),
    "events": ("actor_id", "target_id"),
    "quotes": ("speaker_id",),
}
EVENT_REFERENCES = {
    "quotes": ("event_id",),
    "times": ("event_id",),
    "ordering_conflicts": ("from_event_id", "to_event_id"),
}
FILLED_FROM_LATER_REPORTS = ("target_id", "channel_id")
TIME_COLUMNS = ("time_text", "time_value", "time_start", "time_end", "time_rule")


@frozen
class StoryHeader:
    """A story's id, title and fingerprint, decided by grouping."""

    id: str
    title: str
    digest: str


def publication_key(published: str | None, article_id: str) -> tuple[bool, str, str]:
    """The order of first publication: dated articles first, earliest first; ties by id."""
    return published is None, published or "", article_id


def merge_story(story: StoryHeader, articles: Iterable[Rows]) -> Rows:
    """The rows of one story, from the rows each of its articles has on its own."""
    ordered = sorted(
        articles,
        key=lambda rows: publication_key(
            rows["articles"][0]["published"], rows["articles"][0]["id"]
        ),
    )
    merged: Rows = {table: [row for rows in ordered for row in rows[table]] for table in ordered[0]}
    entities = _merge_entities(merged)
    _merge_events(merged, story.id)
    _cluster_quotes(merged)
    published = sorted(a["published"] for a in merged["articles"] if a["published"])
    merged["entities"] = entities
    merged["articles"] = [{**a, "story_id": story.id} for a in merged["articles"]]
    merged["stories"] = [
        {
            "id": story.id,
            "title": story.title,
            "first_published": published[0] if published else None,
            "last_published": published[-1] if published else None,
            "digest": story.digest,
        }
    ]
    return merged


def _remap(rows: list[Row], columns: Sequence[str], mapping: dict[str, str]) -> None:
    for row in rows:
        for column in columns:
            if row[column] is not None:
                row[column] = mapping.get(row[column], row[column])


def _merge_entities(merged: Rows) -> list[Row]:
    """One entity per person (and per outlet, organisation or place name) in the story."""
    rows = merged["entities"]
    people = cluster_people(e["name"] for e in rows if e["kind"] == "person")
    groups: dict[str, list[Row]] = {}
    mapping: dict[str, str] = {}
    for entity in rows:
        name = people[entity["name"]] if entity["kind"] == "person" else entity["name"]
        target = entity_id(entity["kind"], name)
        mapping[entity["id"]] = target
        groups.setdefault(target, []).append(entity)
    for table, columns in ENTITY_REFERENCES.items():
        merged[table] = [dict(row) for row in merged[table]]
        _remap(merged[table], columns, mapping)
    return [merge_entity_rows(target, group) for target, group in sorted(groups.items())]


def merge_entity_rows(target: str, group: Sequence[Row]) -> Row:
    """One entity row from several: the fullest name, every role, the first value of the rest.

    The result is the same whatever the order of ``group``, so an entity
    shared by several stories ends the same whichever was linked first.
    """
    names = [e["name"] for e in group]
    person = group[0]["kind"] == "person"
    roles = sorted({r for e in group for r in (e.get("roles") or "").split("; ") if r})
    return {
        "id": target,
        "name": cluster_people(names)[names[0]] if person else min(names),
        "kind": group[0]["kind"],
        "affiliation": _least(e.get("affiliation") for e in group),
        "gender": _least(e.get("gender") for e in group),
        "roles": "; ".join(roles) or None,
    }


def _least(values: Iterable[str | None]) -> str | None:
    present = [v for v in values if v is not None]
    return min(present) if present else None


def _event_key(event: Row, named_leaks: set[str]) -> tuple[str, str | None]:
    """Which events are one: one type and actor; each background or prospect event alone."""
    if event["type"] in CONTEXT_TYPES:
        return event["type"], event["id"]
    if event["type"] == "leak" and event["actor_id"] is None and len(named_leaks) == 1:
        return "leak", next(iter(named_leaks))
    return event["type"], event["actor_id"]


def _merge_events(merged: Rows, story_id: str) -> None:
    """One event per type and actor; attestations; ids remapped; links and order rebuilt."""
    position = {a["id"]: n for n, a in enumerate(merged["articles"])}
    reports = sorted(
        merged["events"], key=lambda e: (position[e["article_id"]], e["narrative_index"])
    )
    named_leaks = {e["actor_id"] for e in reports if e["type"] == "leak"} - {None}
    groups: dict[tuple[str, str | None], list[Row]] = {}
    for event in reports:
        groups.setdefault(_event_key(event, named_leaks), []).append(event)
    mapping: dict[str, str] = {}
    events: list[Row] = []
    attestations: list[Row] = []
    for (kind, actor), group in groups.items():
        event = _merged_event(group, kind, actor, story_id)
        events.append(event)
        for member in group:
            mapping[member["id"]] = event["id"]
            attestations.append(
                {
                    "id": row_id(event["id"], member["article_id"], member["start"], member["end"]),
                    "event_id": event["id"],
                    "article_id": member["article_id"],
                    "start": member["start"],
                    "end": member["end"],
                }
            )
    merged["attestations"] = attestations
    for table, columns in EVENT_REFERENCES.items():
        merged[table] = [dict(row) for row in merged[table]]
        _remap(merged[table], columns, mapping)
    merged["events"], merged["event_links"] = _order(
        events, _remapped_links(merged["event_links"], mapping)
    )


def _merged_event(group: list[Row], kind: str, actor: str | None, story_id: str) -> Row:
    """The first report of an event, completed from later ones where it says less."""
    first = group[0]
    if kind in CONTEXT_TYPES:
        event = {**first, "story_id": story_id}
    else:
        event_id = row_id(first["article_id"], "event", kind, actor)
        event = {**first, "id": event_id, "story_id": story_id, "actor_id": actor}
    for column in FILLED_FROM_LATER_REPORTS:
        event[column] = next((e[column] for e in group if e[column] is not None), None)
    dated = next((e for e in group if e["time_text"] is not None), None)
    if dated is not None:
        event.update({column: dated[column] for column in TIME_COLUMNS})
    return event


def _remapped_links(links: list[Row], mapping: dict[str, str]) -> list[Row]:
    """Links between merged events, once each (first report first), none from an event to itself."""
    kept: dict[str, Row] = {}
    for link in links:
        source, target = mapping[link["from_event_id"]], mapping[link["to_event_id"]]
        new_id = row_id(source, target, link["relation"], link["rule"])
        if source != target and new_id not in kept:
            kept[new_id] = {**link, "id": new_id, "from_event_id": source, "to_event_id": target}
    return list(kept.values())


def event_interval(event: Row) -> tuple[datetime, datetime] | None:
    """The instants an event row's time covers, ``[start, end)``, or None when undated."""
    if event["time_end"] is None:
        return None
    return interval(
        TimeExpression(
            0,
            0,
            event["time_text"],
            "DATE",
            event["time_value"] or "",
            event["time_rule"] or "",
            time_start=event["time_start"],
            time_end=event["time_end"],
        )
    )


def _order(events: list[Row], links: list[Row]) -> tuple[list[Row], list[Row]]:
    """Events with their story-wide ``sequence`` and ``narrative_index``, and the links kept.

    The links are replayed in order, each "before" or "simultaneous" link
    kept unless it contradicts those before it; then events dated apart
    that nothing orders yet are ordered by their times. Background and
    prospect events stay outside the sequence.
    """
    graph = EventGraph(len(events))
    index = {event["id"]: number for number, event in enumerate(events)}
    kept = [link for link in links if _replayed(graph, link, index)]
    story = [n for n, event in enumerate(events) if event["type"] not in CONTEXT_TYPES]
    spans = {n: event_interval(events[n]) for n in story}
    for earlier in story:
        for later in story:
            first, second = spans[earlier], spans[later]
            if first is None or second is None or earlier == later or first[1] > second[0]:
                continue
            if graph.path(earlier, later) is None:
                link = _time_link(events[earlier], events[later])
                if graph.add(earlier, later, link["rule"]):
                    kept.append(link)
    levels = graph.levels(story)
    ranked = [
        {**event, "sequence": levels.get(number), "narrative_index": number + 1}
        for number, event in enumerate(events)
    ]
    return ranked, kept


def _replayed(graph: EventGraph, link: Row, index: dict[str, int]) -> bool:
    """Put an ordering link into the graph; whether it holds (other links always do)."""
    earlier, later = index[link["from_event_id"]], index[link["to_event_id"]]
    if link["relation"] == "before":
        return graph.add(earlier, later, link["rule"])
    if link["relation"] == "simultaneous":
        return graph.merge(earlier, later)
    return True


def _time_link(earlier: Row, later: Row) -> Row:
    rule = f"times: '{earlier['time_text']}' ends before '{later['time_text']}'"
    return {
        "id": row_id(earlier["id"], later["id"], "before", rule),
        "article_id": None,
        "from_event_id": earlier["id"],
        "to_event_id": later["id"],
        "relation": "before",
        "start": None,
        "end": None,
        "rule": rule,
    }


def _cluster_quotes(merged: Rows) -> None:
    """``canonical_id`` and ``drift`` for every statement of the story."""
    quotes = merged["quotes"]
    wordings = [words(q["text"]) for q in quotes]
    candidates: dict[str, list[int]] = {}
    for number, wording in enumerate(wordings):
        for key in index_keys(wording):
            candidates.setdefault(key, []).append(number)
    clusters = _Partition(len(quotes))
    pairs = {(a, b) for members in candidates.values() for a in members for b in members if a < b}
    for a, b in sorted(pairs):
        if _match(quotes[a], quotes[b], wordings[a], wordings[b]) is not None:
            clusters.join(a, b)
    members: dict[int, list[int]] = {}
    for number in range(len(quotes)):
        members.setdefault(clusters.first(number), []).append(number)
    for number, quote in enumerate(quotes):
        canonical = clusters.first(number)
        quote["canonical_id"] = quotes[canonical]["id"]
        quote["drift"] = int(
            compare(wordings[number], wordings[canonical]) != SAME
            and not any(
                _contains(wordings[whole], wordings[number])
                and _contains(wordings[whole], wordings[canonical])
                for whole in members[canonical]
            )
        )


def _contains(whole: Words, part: Words) -> bool:
    """Whether ``part`` is the same wording as ``whole`` or a slice of it."""
    return len(whole) >= len(part) and compare(whole, part) == SAME


def _match(a: Row, b: Row, wording_a: tuple[str, ...], wording_b: tuple[str, ...]) -> str | None:
    """How two statements of different articles match, if they can be one remark."""
    if a["article_id"] == b["article_id"]:
        return None
    if None not in (a["speaker_id"], b["speaker_id"]) and a["speaker_id"] != b["speaker_id"]:
        return None
    reported = (a["kind"] == "indirect", b["kind"] == "indirect")
    if reported[0] != reported[1]:
        return None
    found = compare(wording_a, wording_b)
    return None if found == DRIFT and reported[0] else found


class _Partition:
    """Union-find over numbered items, each group named by its lowest number."""

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def first(self, item: int) -> int:
        while self.parent[item] != item:
            item = self.parent[item]
        return item

    def join(self, a: int, b: int) -> None:
        low, high = sorted((self.first(a), self.first(b)))
        self.parent[high] = low
