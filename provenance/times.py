"""Times: find time expressions and resolve them against the publication date.

Each expression keeps its span, a TIMEX3 value and the interval it stands
for, at the granularity the text gives: "in 2016" is the year 2016, "on
Tuesday afternoon" in an article of Tuesday 10 December 2019 is
``2019-12-10TAF`` (``2019-12-10T12:00`` to ``2019-12-10T18:00``), not a
point in it.

A bare weekday is the most recent such day up to and including the
publication date, unless its clause speaks of the future ("will", "would",
"could be led ... on Friday"), in which case it is the next one. Dates
without a year take the publication year, moved a year when the tense puts
them on the other side of the publication date. "A year earlier", "that
day" and "the following month" count from the last date the text
mentioned. The patterns are in :mod:`provenance.time_patterns`; dates are
computed with python-dateutil.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime, timedelta

from dateutil.relativedelta import relativedelta

from provenance import time_calendar, time_days, time_durations, time_periods
from provenance.quotes import QuoteIndex
from provenance.records import Article, QuoteSpan, Segments, TimeExpression
from provenance.time_context import TimeContext
from provenance.time_patterns import Found, Resolver, candidate_matches
from provenance.time_values import value_interval

PATTERNS = (
    *time_calendar.PATTERNS,
    *time_days.PATTERNS,
    *time_periods.PATTERNS,
    *time_durations.PATTERNS,
)


def find_times(
    article: Article, segments: Segments, spans: Sequence[QuoteSpan]
) -> tuple[TimeExpression, ...]:
    """Every time expression of the article, resolved, without overlaps.

    Candidates from every pattern are taken in text order, the longest
    first where several start together; each is resolved when reached, so
    that the expressions before it are its reference ("a year earlier"); a date
    in quotation marks is not ("He sets us up like it's 1994" leaves "a day
    later" in the next paragraph to the story's own dates).
    """
    context = TimeContext(article)
    quoted = QuoteIndex.text_of(spans)
    candidates = sorted(
        (
            (match.start(), -match.end(), number, match, resolver)
            for number, match, resolver in candidate_matches(article.text, PATTERNS)
        ),
        key=lambda c: c[:3],
    )
    chosen: list[Found] = []
    for start, _, _, match, resolver in candidates:
        if chosen and start < chosen[-1].end:
            continue
        resolved = _resolve(resolver, match, context)
        if resolved is None or resolved.start >= resolved.end:
            continue
        if chosen and resolved.start < chosen[-1].end:
            continue
        chosen.append(resolved)
        dated = resolved.type in ("DATE", "TIME")
        dated = dated and not (resolved.comparison or resolved.day_after)
        # "By Wednesday night it had been viewed 150,000 times. The following morning, ...":
        # a deadline is no day the story moves on from.
        deadline = BY_BEFORE.search(article.text, max(0, resolved.start - 4), resolved.start)
        # "on Sunday evening, when X published the minutes of a meeting held on 18
        # August": the day of a thing described, after the day the sentence told.
        described = DESCRIBED_BEFORE.search(
            article.text, max(0, resolved.start - 12), resolved.start
        ) is not None and context.reference_in_sentence(resolved.start)
        if dated and not deadline and not described and not quoted.inside(resolved.start):
            context.remember(resolved.value, resolved.end)
    return tuple(_expression(item, article, context, spans) for item in chosen)


def _resolve(resolver: Resolver, match: re.Match[str], context: TimeContext) -> Found | None:
    """The resolver's answer, or None for a time outside the calendar's years 1 to 9999.

    "300 decades ago" or "next year" in an article dated 9999 fix no date
    that ISO 8601 and Python can write.
    """
    try:
        resolved = resolver(match, context)
        if resolved is not None:
            start, end, _ = value_interval(resolved.value)
            if start is not None:
                _instant(start, upper=False)
            if end is not None:
                _instant(end, upper=True)
    except (ValueError, OverflowError):
        return None
    return resolved


BY_BEFORE = re.compile(r"\bby\s+$", re.IGNORECASE)
# A participle describing a thing by its day: "a meeting held on 18 August".
DESCRIBED_BEFORE = re.compile(r"\b(?:held|dated)\s+(?:on\s+)?$")
# "later this month": the rest of a period that has begun, still to come.
LATER_IN_THE_PERIOD = re.compile(r"later\s+(?:this|in\s+the)\b", re.IGNORECASE)


def _expression(
    item: Found, article: Article, context: TimeContext, spans: Sequence[QuoteSpan]
) -> TimeExpression:
    time_start, time_end, granularity = value_interval(item.value)
    if item.open_start:
        time_start = None
    modality = "actual"
    text = article.text[item.start : item.end]
    anchor = context.anchor.isoformat() if context.anchor is not None else None
    if (
        (anchor is not None and time_start and time_start[:10] > anchor)
        or item.value == "FUTURE_REF"
        or LATER_IN_THE_PERIOD.match(text)
        # "are scheduled to tour ... this week": the part of the period still to come.
        or (
            anchor is not None
            and time_end
            and time_end[:10] > anchor
            and context.tense(item.start, item.end) == "future"
        )
    ):
        modality = "future"
    return TimeExpression(
        item.start,
        item.end,
        text,
        item.type,
        item.value,
        item.rule,
        time_start,
        time_end,
        granularity,
        modality,
        any(span.start <= item.start < span.end for span in spans),
    )


def interval(expression: TimeExpression) -> tuple[datetime, datetime] | None:
    """The instants an expression covers, as ``[start, end)``, or None if unfixed."""
    if expression.time_end is None:
        return None
    end = _instant(expression.time_end, upper=True)
    start = _instant(expression.time_start, upper=False) if expression.time_start else datetime.min
    if end <= start:
        end = start + timedelta(minutes=1)
    return start, end


def _instant(value: str, upper: bool) -> datetime:
    if len(value) == 4:
        moment = datetime(int(value), 1, 1)
        return moment.replace(year=moment.year + 1) if upper else moment
    if len(value) == 7:
        moment = datetime(int(value[:4]), int(value[5:7]), 1)
        return moment + relativedelta(months=1) if upper else moment
    if len(value) == 10:
        moment = datetime.fromisoformat(value)
        return moment + timedelta(days=1) if upper else moment
    return datetime.fromisoformat(value)
