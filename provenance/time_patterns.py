"""Time-expression patterns: how they are declared, found in a text, and resolved.

Each pattern comes with the resolver that gives its TIMEX3 value; the
patterns themselves are in :mod:`provenance.time_calendar`,
:mod:`provenance.time_days`, :mod:`provenance.time_periods` and
:mod:`provenance.time_durations`. Spans follow the TimeML conventions: a
preposition before an expression is not part of it ("on Friday" is
"Friday"), a modifier is ("nearly three years", "late November"), and so
is "ago" ("a week ago"). A resolver
returns None when a match is not a time expression after all ("May" the
verb, a weekday in a name).

Every pattern is case-insensitive; resolvers check capitals where they
matter. :func:`provenance.times.find_times` runs them all and keeps the
longest expression where several overlap.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from datetime import date

from attrs import frozen

from provenance.scanning import finditer
from provenance.time_context import DAY_GRANULARITIES, TimeContext
from provenance.time_lexicon import (
    PARTS_OF_DAY,
    find_triggers,
)
from provenance.time_values import value_interval


@frozen
class Found:
    """A resolved time expression: span, TIMEX3 type and value, and the rule that gave them.

    ``open_start`` marks a time that may be earlier than its value says
    ("over a week ago"). ``comparison`` marks a time given as a comparison
    with the one last mentioned ("a year earlier", "the year-ago quarter"):
    the story has not moved to it, so it does not become the reference. Nor does
    a time marked ``day_after`` ("its 7am bulletin the following morning"): its day
    is named after it, and that name moves the story.
    """

    start: int
    end: int
    type: str
    value: str
    rule: str
    open_start: bool = False
    comparison: bool = False
    day_after: bool = False


Resolver = Callable[[re.Match[str], TimeContext], "Found | None"]


@frozen
class TimePattern:
    """A pattern, the resolver of its matches, and the kinds of word it cannot match without.

    ``keys`` name classes of :data:`provenance.time_lexicon.TRIGGER_KEYS`:
    the pattern only runs near words of those classes
    (:func:`provenance.time_lexicon.find_triggers`).
    """

    regex: re.Pattern[str]
    resolver: Resolver
    keys: frozenset[str]


class Patterns(list[TimePattern]):
    """A module's patterns, in the order they are declared."""

    def add(self, regex: str, keys: str) -> Callable[[Resolver], Resolver]:
        """Declare a resolver for a case-insensitive pattern that needs words of ``keys``."""

        def register(resolver: Resolver) -> Resolver:
            compiled = re.compile(regex, re.IGNORECASE)
            self.append(TimePattern(compiled, resolver, frozenset(keys.split())))
            return resolver

        return register


WINDOW = 48


def candidate_matches(
    text: str, patterns: Sequence[TimePattern]
) -> Iterator[tuple[int, re.Match[str], Resolver]]:
    """Every match of every pattern, as (pattern number, match, resolver).

    A pattern runs only within ``WINDOW`` characters of a word it needs
    (a month name for a date, a unit for a duration), found in one pass
    over the text, which keeps the cost of many patterns low.
    """
    near: dict[str, list[tuple[int, int]]] = {}
    for start, end, keys in find_triggers(text):
        for key in keys:
            near.setdefault(key, []).append((max(0, start - WINDOW), min(len(text), end + WINDOW)))
    # Many patterns need the same kinds of word: their windows are merged once.
    windows: dict[frozenset[str], list[tuple[int, int]]] = {}
    for number, time_pattern in enumerate(patterns):
        keys = time_pattern.keys
        if keys not in windows:
            windows[keys] = _merged(sorted(w for key in keys for w in near.get(key, ())))
        for start, end in windows[keys]:
            for match in finditer(time_pattern.regex, text, start, end):
                yield number, match, time_pattern.resolver


def _merged(windows: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in windows:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def found(match: re.Match[str], kind: str, value: str, rule: str, group: int | str = 0) -> Found:
    """A :class:`Found` spanning ``group`` of the match (the whole match by default)."""
    return Found(match.start(group), match.end(group), kind, value, rule)


def day_value(day: date, part: str | None = None) -> tuple[str, str]:
    """``("DATE", "2019-12-10")`` or, with a part of the day, ``("TIME", "2019-12-10TAF")``."""
    if part:
        return "TIME", f"{day.isoformat()}T{PARTS_OF_DAY[part.lower()][0]}"
    return "DATE", day.isoformat()


def capitalised(word: str) -> bool:
    return word[:1].isupper()


def reference_day(context: TimeContext, last_day: bool = False) -> date | None:
    """The day the text mentioned last, else the publication date; with ``last_day``,
    the last day mentioned even before a coarser date ("later that afternoon")."""
    reference = context.last_day if last_day else context.reference
    if reference and value_interval(reference)[2] in DAY_GRANULARITIES:
        return date.fromisoformat(reference[:10])
    return context.anchor
