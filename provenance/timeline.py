"""Read the reconstructed timeline back from a database, and print it.

Each event is shown with its time (as written and as an interval) and why
it sits where it does: the links that place it after other events, and the
events it is tied with. After the story's sequence come the happenings it
mentions outside that sequence (background, future references) and the
ordering cues that were not used because they contradict stronger ones.
"""

from __future__ import annotations

from itertools import groupby

import sqlite_utils

COLUMNS = (
    "sequence",
    "time_start",
    "time_end",
    "time_text",
    "type",
    "actor",
    "target",
    "channel",
    "publisher",
    "summary",
    "article_id",
    "event_id",
)
Row = dict[str, object]
RELATION_WORDS = {"before": "before", "simultaneous": "at the same time as"}


def read_timeline(db: sqlite_utils.Database, story: str | None = None) -> list[Row]:
    """The ``timeline`` view's rows, in chronological order, each with ``why`` it sits there."""
    where = "WHERE story_id = :story" if story else ""
    sql = (
        f"SELECT {', '.join(COLUMNS)}, story_id, story_title, time_rule, channel_name, reporter, "
        "place "
        f"FROM timeline {where} ORDER BY story_id, sequence, narrative_index"
    )
    rows = list(db.query(sql, {"story": story} if story else {}))
    reasons = _placements(db, story)
    for _, same_story in groupby(rows, key=lambda r: r["story_id"]):
        events = list(same_story)
        for row in events:
            ties = [
                f"tied with the {_name(other['type'], other['actor'])}: "
                "the text does not order them"
                for other in events
                if other["sequence"] == row["sequence"] and other is not row
            ]
            placed = reasons.get(str(row["event_id"]), [])
            row["why"] = placed + ties or ["nothing places it after another event"]
    return rows


def _placements(db: sqlite_utils.Database, story: str | None) -> dict[str, list[str]]:
    """For each event, the links that place it after (or with) another: "after the leak: ..."."""
    where = "AND later.story_id = :story" if story else ""
    sql = (
        "SELECT l.relation, l.rule, l.to_event_id AS event_id, earlier.type, actor.name AS actor "
        "FROM event_links l "
        "JOIN events earlier ON earlier.id = l.from_event_id "
        "JOIN events later ON later.id = l.to_event_id "
        "LEFT JOIN entities actor ON actor.id = earlier.actor_id "
        f"WHERE l.relation IN ('before', 'simultaneous') {where} "
        "ORDER BY l.to_event_id, earlier.sequence, l.rule"
    )
    found: dict[str, list[str]] = {}
    for link in db.query(sql, {"story": story} if story else {}):
        word = "after" if link["relation"] == "before" else RELATION_WORDS["simultaneous"]
        reason = f"{word} the {_name(link['type'], link['actor'])}: {link['rule']}"
        found.setdefault(str(link["event_id"]), []).append(reason)
    return found


def read_context(db: sqlite_utils.Database, story: str | None = None) -> list[Row]:
    """Background happenings and future references, from the ``context_events`` view."""
    where = "WHERE story_id = :story" if story else ""
    return list(
        db.query(f"SELECT * FROM context_events {where}", {"story": story} if story else {})
    )


def read_conflicts(db: sqlite_utils.Database, story: str | None = None) -> list[Row]:
    """Ordering cues not used, with their text and what they contradict."""
    where = "WHERE one.story_id = :story" if story else ""
    sql = (
        "SELECT one.story_id, one.type AS from_type, other.type AS to_type, c.relation, c.rule, "
        'c.reason, substr(a.text, c.start + 1, c."end" - c.start) AS cue '
        "FROM ordering_conflicts c "
        "JOIN events one ON one.id = c.from_event_id "
        "JOIN events other ON other.id = c.to_event_id "
        "JOIN articles a ON a.id = c.article_id "
        f"{where} ORDER BY one.story_id, c.start"
    )
    return list(db.query(sql, {"story": story} if story else {}))


def _name(kind: object, actor: object) -> str:
    return f"{kind} ({actor})" if actor else str(kind)


def describe_time(row: Row) -> str:
    """ "Tuesday afternoon (2019-12-10T12:00 to 2019-12-10T18:00)", or "undated"."""
    if not row["time_start"] and not row["time_end"]:
        return "undated"
    start, end = row["time_start"], row["time_end"]
    span = str(start) if start == end else f"{start or '...'} to {end}"
    return f"{row['time_text']} ({span})"


def describe_channel(row: Row) -> str:
    """ "website: the X website; publisher: X", with reporter and place where known."""
    if not row["channel"]:
        return ""
    text = str(row["channel"])
    if row["channel_name"]:
        text += f": {row['channel_name']}"
    for label in ("publisher", "reporter", "place"):
        if row[label]:
            text += f"; {label}: {row[label]}"
    return text


def format_timeline(
    rows: list[Row], context: list[Row] | None = None, conflicts: list[Row] | None = None
) -> str:
    """One block per event (rank, type, actor, time, channel, summary, why), then each
    story's background, future references and unused cues."""
    lines: list[str] = []
    for story, events in groupby(rows, key=lambda r: r["story_id"]):
        block = list(events)
        lines.append(f"Story: {block[0]['story_title']} ({story})")
        for row in block:
            lines.extend(_event_lines(row))
        mentioned = [c for c in context or [] if c["story_id"] == story]
        lines.extend(_section("Background (mentioned, before the story)", mentioned, "background"))
        lines.extend(
            _section(
                "Future references (said of a time to come; not events that happened)",
                mentioned,
                "prospect",
            )
        )
        unused = [c for c in conflicts or [] if c["story_id"] == story]
        if unused:
            lines.append("  Cues not used (they contradict stronger evidence):")
            lines.extend(
                f"     “{c['cue']}” would put the {c['from_type']} "
                f"{RELATION_WORDS.get(str(c['relation']), c['relation'])} the {c['to_type']}; "
                f"it {c['reason']}"
                for c in unused
            )
    return "\n".join(lines)


def _event_lines(row: Row) -> list[str]:
    heading = f"{row['sequence']:>3}. {str(row['type']).upper()}: {row['actor'] or 'unknown'}"
    if row["target"]:
        heading += f" (about {row['target']})"
    lines = [heading, f"     when:    {describe_time(row)}"]
    channel = describe_channel(row)
    if channel:
        lines.append(f"     through: {channel}")
    lines.append(f"     what:    {row['summary']}")
    reasons = list(row.get("why") or [])  # type: ignore[call-overload]
    for number, reason in enumerate(reasons):
        lines.append(f"     {'why:' if number == 0 else '':<9}{reason}")
    return lines


def _section(title: str, context: list[Row], kind: str) -> list[str]:
    items = [c for c in context if c["type"] == kind]
    if not items:
        return []
    return [f"  {title}:", *(f"     {describe_time(c)}: {c['summary']}" for c in items)]
