"""References: happenings the story mentions outside its own sequence.

A story of a leak mentions times that date none of its events: a past
happening recalled in a statement ("party MPs got it wrong in 2016 in their
attempt to remove the leader") and a time still to come ("Britain could be
led by him on Friday morning"). Each becomes an event of its own, kept out
of the story's sequence so that it cannot be mistaken for a step of it:

- ``background``: a dated time that ends before the publication date and
  before the story's first dated event (a time within the story, "apologised
  on Thursday" after Wednesday's leak, is no background to it);
- ``prospect``: a future reference, a time that begins after the
  publication date. It has not happened; its time expression has modality
  ``future``.

A time in someone's own quoted words ("He sets us up like it's 1994",
"Tomorrow it will be another") is theirs, not the story's: it makes no event.

Its text is the clause around the time expression, within the statement
that contains it, and a ``mentions`` link ties it to the story event whose
statement (or sentence) mentions it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime

from attrs import frozen

from provenance.records import (
    Article,
    Entity,
    Event,
    EventLink,
    Quote,
    Segments,
    TimeExpression,
)
from provenance.time_context import anchor_date
from provenance.times import interval

CONTEXT_TYPES = ("background", "prospect")
# Statements in the speaker's own words, whose times are theirs, not the story's.
QUOTED_KINDS = ("direct", "partial")
CLAUSE_EDGE = re.compile(r"[,;:—–]\s|\s[—–-]\s|[()]")
MIN_CLAUSE_WORDS = 5


@frozen
class References:
    """Background and prospect events, and the links from the events that mention them.

    Event indexes in the links count the story's events first, then these.
    """

    events: tuple[Event, ...]
    links: tuple[EventLink, ...]


def find_references(
    article: Article,
    segments: Segments,
    entities: Sequence[Entity],
    events: Sequence[Event],
    quotes: Sequence[Quote],
    quote_events: Sequence[int | None],
    times: Sequence[TimeExpression],
) -> References:
    """A background or prospect event for each dated time that dates no event of the story."""
    anchor = anchor_date(article.published, article.timezone)
    if anchor is None:
        return References((), ())
    used = {event.time for event in events if event.time is not None}
    spans = [interval(times[index]) for index in used]
    story_start = min((span[0] for span in spans if span is not None), default=None)
    found: list[Event] = []
    links: list[EventLink] = []
    for index, time in enumerate(times):
        kind = _kind(time, anchor, story_start)
        if index in used or kind is None:
            continue
        quote = _innermost_quote(quotes, time)
        if quote is not None and quotes[quote].kind in QUOTED_KINDS:
            continue  # "Tomorrow it will be another": a time in someone's own words
        start, end = _clause(article.text, segments, quotes, quote, time)
        mentioned_by = _mentioning_event(events, quotes, quote_events, quote, segments, time)
        speaker = quotes[quote].speaker if quote is not None else None
        number = len(events) + len(found)
        found.append(
            Event(
                kind,
                None,
                start,
                end,
                _summary(article.text[start:end], kind, speaker, entities),
                _rule(kind, time),
                time=index,
                time_rule=f"'{time.text}' in the clause that mentions it",
                sequence=None,
            )
        )
        if mentioned_by is not None:
            links.append(
                EventLink(
                    mentioned_by,
                    number,
                    "mentions",
                    f"'{time.text}' in what the {events[mentioned_by].type} says",
                    time.start,
                    time.end,
                )
            )
    return References(tuple(found), tuple(links))


def _kind(time: TimeExpression, anchor: date, story_start: datetime | None) -> str | None:
    """``background`` for a time wholly before the anchor and the story's first
    dated event, ``prospect`` for one after the anchor."""
    if time.type not in ("DATE", "TIME") or time.time_end is None:
        return None
    if time.modality == "future" and time.time_start is not None:
        return "prospect"
    span = interval(time)
    if span is None or span[1] > datetime.combine(anchor, datetime.min.time()):
        return None
    if story_start is not None and span[1] > story_start:
        return None
    return "background"


def _innermost_quote(quotes: Sequence[Quote], time: TimeExpression) -> int | None:
    """The shortest statement of someone's words that contains the time expression."""
    containing = [
        n for n, q in enumerate(quotes) if q.start <= time.start and time.end <= q.end and q.spoken
    ]
    return min(containing, key=lambda n: quotes[n].end - quotes[n].start, default=None)


def _clause(
    text: str, segments: Segments, quotes: Sequence[Quote], quote: int | None, time: TimeExpression
) -> tuple[int, int]:
    """The clause around a time, within the statement that contains it or else its sentence."""
    if quote is not None:
        start, end = quotes[quote].start, quotes[quote].end
    else:
        sentence = segments.sentence_at(time.start)
        start, end = sentence.start, sentence.end
    edges = list(CLAUSE_EDGE.finditer(text, start, end))
    before = [m.end() for m in edges if m.end() <= time.start]
    after = [m.start() for m in edges if m.start() >= time.end]
    left = before[-1] if before else start
    right = after[0] if after else end
    if len(text[left:right].split()) < MIN_CLAUSE_WORDS:
        right = after[1] if len(after) > 1 else end
    return left, right


def _mentioning_event(
    events: Sequence[Event],
    quotes: Sequence[Quote],
    quote_events: Sequence[int | None],
    quote: int | None,
    segments: Segments,
    time: TimeExpression,
) -> int | None:
    """The story event whose statement contains the time, or whose sentence does."""
    if quote is not None and quote_events[quote] is not None:
        return quote_events[quote]
    sentence = segments.sentence_at(time.start)
    for number, event in enumerate(events):
        if (
            event.start <= sentence.start < event.end
            or sentence.start <= event.start < sentence.end
        ):
            return number
    return None


def _summary(clause: str, kind: str, speaker: int | None, entities: Sequence[Entity]) -> str:
    words = " ".join(clause.split())
    who = entities[speaker].name if speaker is not None else "The article"
    if kind == "prospect":
        return f"{who}, of a time to come: {words}"
    return f"{who} recalled: {words}" if speaker is not None else f"{who} recalls: {words}"


def _rule(kind: str, time: TimeExpression) -> str:
    if kind == "prospect":
        return f"future reference: '{time.text}' is after the publication date"
    return f"background: '{time.text}' is before the publication date"
