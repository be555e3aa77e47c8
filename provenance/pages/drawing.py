"""The story timeline drawing: where each event's mark goes on the time axis.

Most events in a leak story are undated or dated only relative to each
other, so the axis is the reconstructed order, not a scale of days: one
column per chronological rank (``sequence``), events that share a rank
stacked in one column in the order the article mentions them, each column
labelled with the dates its events carry (or "undated"). Time references
to the future (a vote "on Friday") are not events that happened: they are
drawn apart, after the axis ends. Layout is plain arithmetic here; the
template writes the SVG, escaping every label.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from attrs import frozen

from provenance.timeline import describe_time

MARGIN = 24
COLUMN_WIDTH = 150
ROW_HEIGHT = 64
TOP = 24
AXIS_GAP = 16
LABEL_HEIGHT = 44
LABEL_CHARS = 22


@frozen
class Mark:
    """One mark on the drawing, centred at (``x``, ``y``): an event, or (with no
    ``event_id``) a reference to a time still to come."""

    x: int
    y: int
    heading: str
    caption: str
    title: str
    event_id: str | None = None
    type: str | None = None


@frozen
class Column:
    """One chronological rank on the axis."""

    sequence: int
    x: int
    label: str
    dated: bool


@frozen
class Drawing:
    width: int
    height: int
    axis_y: int
    axis_start: int
    axis_end: int
    columns: tuple[Column, ...]
    marks: tuple[Mark, ...]
    future: tuple[Mark, ...]
    future_x: int | None


def shorten(text: str | None, size: int = LABEL_CHARS) -> str:
    """``text`` cut to ``size`` characters, with an ellipsis when cut."""
    text = text or ""
    return text if len(text) <= size else text[: size - 1].rstrip() + "…"


def row_y(row: int) -> int:
    """Where the centre of the mark in stacking position ``row`` goes."""
    return TOP + row * ROW_HEIGHT + 12


def date_label(events: Sequence[dict[str, Any]]) -> str:
    """The distinct days the events of one column carry, or "undated"."""
    days = sorted({str(e["time_start"])[:10] for e in events if e.get("time_start")})
    return " / ".join(days) or "undated"


def layout_timeline(
    events: Sequence[dict[str, Any]], future: Sequence[dict[str, Any]] = ()
) -> Drawing:
    """Place ``events`` (in chronological order) and ``future`` references.

    Events need ``id``, ``type``, ``sequence``, ``actor``, ``summary`` and
    the time fields; future references ``text``, ``time_start``,
    ``time_end`` and ``speaker``.
    """
    ranks: dict[int, list[dict[str, Any]]] = {}
    for event in events:
        ranks.setdefault(int(event["sequence"] or 0), []).append(event)
    depth = max([len(stack) for stack in ranks.values()] + [len(future), 1])
    axis_y = TOP + depth * ROW_HEIGHT + AXIS_GAP
    columns, marks = [], []
    for number, (sequence, stack) in enumerate(ranks.items()):
        x = MARGIN + number * COLUMN_WIDTH + COLUMN_WIDTH // 2
        label = date_label(stack)
        columns.append(Column(sequence, x, label, label != "undated"))
        for row, event in enumerate(stack):
            actor = event.get("actor") or "unknown"
            marks.append(
                Mark(
                    event_id=str(event["id"]),
                    type=str(event["type"]),
                    x=x,
                    y=row_y(row),
                    heading=str(event["type"]).upper(),
                    caption=shorten(actor),
                    title=f"{sequence}. {event['type']}: {actor}, {describe_time(event)}: "
                    f"{event.get('summary') or ''}",
                )
            )
    axis_end = MARGIN + len(columns) * COLUMN_WIDTH
    future_x = axis_end + COLUMN_WIDTH // 2 if future else None
    future_marks = tuple(
        Mark(
            x=future_x or 0,
            y=row_y(row),
            heading=shorten(reference.get("text")),
            caption=date_label([reference]),
            title=f"{reference.get('speaker') or 'unknown'}: {reference.get('quote') or ''}",
        )
        for row, reference in enumerate(future)
    )
    width = axis_end + (COLUMN_WIDTH if future else 0) + MARGIN
    return Drawing(
        width=width,
        height=axis_y + LABEL_HEIGHT,
        axis_y=axis_y,
        axis_start=MARGIN,
        axis_end=axis_end,
        columns=tuple(columns),
        marks=tuple(marks),
        future=future_marks,
        future_x=future_x,
    )
