"""Read the reconstructed timeline back from a database, and print it."""

from __future__ import annotations

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


def read_timeline(db: sqlite_utils.Database, story: str | None = None) -> list[dict[str, object]]:
    """The rows of the ``timeline`` view, in chronological order, for one story or all."""
    where = "WHERE story_id = :story" if story else ""
    sql = (
        f"SELECT {', '.join(COLUMNS)}, story_id, story_title, time_rule, channel_name, reporter, "
        "place "
        f"FROM timeline {where} ORDER BY story_id, sequence, narrative_index"
    )
    return list(db.query(sql, {"story": story} if story else {}))


def describe_time(row: dict[str, object]) -> str:
    """ "on Tuesday afternoon (2019-12-10T12:00 to 2019-12-10T18:00)", or "undated"."""
    if not row["time_start"] and not row["time_end"]:
        return "undated"
    start, end = row["time_start"], row["time_end"]
    span = str(start) if start == end else f"{start or '...'} to {end}"
    return f"{row['time_text']} ({span})"


def describe_channel(row: dict[str, object]) -> str:
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


def format_timeline(rows: list[dict[str, object]]) -> str:
    """One block per event: rank, type, actor, time, channel and summary."""
    lines = []
    story = None
    for row in rows:
        if row["story_id"] != story:
            story = row["story_id"]
            lines.append(f"Story: {row['story_title']} ({story})")
        heading = f"{row['sequence']:>3}. {str(row['type']).upper()}: {row['actor'] or 'unknown'}"
        if row["target"]:
            heading += f" (about {row['target']})"
        lines.append(heading)
        lines.append(f"     when:    {describe_time(row)}")
        channel = describe_channel(row)
        if channel:
            lines.append(f"     through: {channel}")
        lines.append(f"     what:    {row['summary']}")
    return "\n".join(lines)
