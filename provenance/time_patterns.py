"""Time-expression patterns, each with the resolver that gives its TIMEX3 value.

Spans follow the TimeML conventions: a preposition before an expression is
not part of it ("on Friday" is "Friday"), a modifier is ("nearly three
years", "late November"), and so is "ago" ("a week ago"). A resolver
returns None when a match is not a time expression after all ("May" the
verb, a weekday in a name).

Every pattern is case-insensitive; resolvers check capitals where they
matter. :func:`provenance.times.find_times` runs them all and keeps the
longest expression where several overlap.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date, timedelta

from attrs import evolve, frozen
from dateutil.easter import easter
from dateutil.relativedelta import MO, TH, TU, relativedelta

from provenance.lexicon import WEEKDAYS
from provenance.time_context import TimeContext
from provenance.time_lexicon import (
    COUNT,
    DAY,
    FIXED_HOLIDAYS,
    FREQUENCIES,
    MODIFIER,
    MONTH,
    MONTH_NAMES,
    MOVABLE_HOLIDAYS,
    NUMBER,
    ORDINAL,
    ORDINALS,
    PART,
    PARTS_OF_DAY,
    SEASON,
    SEASON_MONTHS,
    SEASONS,
    SPOKEN_YEAR,
    TRIGGER,
    UNIT,
    UNITS,
    WEEKDAY,
    YEAR,
    duration_value,
    month_number,
    parse_count,
    parse_spoken_year,
    trigger_keys,
)
from provenance.time_values import quarter_value, render, shift_value, value_interval, week_value


@frozen
class Found:
    """A resolved time expression: span, TIMEX3 type and value, and the rule that gave them.

    ``open_start`` marks a time that may be earlier than its value says
    ("over a week ago"). ``comparison`` marks a time given as a comparison
    with the one last mentioned ("a year earlier", "the year-ago quarter"):
    the story has not moved to it, so it does not become the reference.
    """

    start: int
    end: int
    type: str
    value: str
    rule: str
    open_start: bool = False
    comparison: bool = False


Resolver = Callable[[re.Match[str], TimeContext], "Found | None"]


@frozen
class TimePattern:
    """A pattern, the resolver of its matches, and the kinds of word it cannot match without.

    ``keys`` name classes of :data:`provenance.time_lexicon.TRIGGER_KEYS`:
    the pattern only runs near words of those classes.
    """

    regex: re.Pattern[str]
    resolver: Resolver
    keys: frozenset[str]


PATTERNS: list[TimePattern] = []


def pattern(regex: str, keys: str) -> Callable[[Resolver], Resolver]:
    """Register a resolver for a case-insensitive pattern that needs words of ``keys``."""

    def register(resolver: Resolver) -> Resolver:
        compiled = re.compile(regex, re.IGNORECASE)
        PATTERNS.append(TimePattern(compiled, resolver, frozenset(keys.split())))
        return resolver

    return register


WINDOW = 48


def candidate_matches(text: str) -> Iterator[tuple[int, re.Match[str], Resolver]]:
    """Every match of every pattern, as (pattern number, match, resolver).

    A pattern runs only within ``WINDOW`` characters of a word it needs
    (a month name for a date, a unit for a duration), found in one pass
    over the text, which keeps the cost of many patterns low.
    """
    near: dict[str, list[tuple[int, int]]] = {}
    for trigger in TRIGGER.finditer(text):
        for key in trigger_keys(trigger):
            near.setdefault(key, []).append(
                (max(0, trigger.start() - WINDOW), min(len(text), trigger.end() + WINDOW))
            )
    for number, time_pattern in enumerate(PATTERNS):
        windows = sorted(w for key in time_pattern.keys for w in near.get(key, ()))
        for start, end in _merged(windows):
            for match in time_pattern.regex.finditer(text, start, end):
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


def _day_value(day: date, part: str | None = None) -> tuple[str, str]:
    """``("DATE", "2019-12-10")`` or, with a part of the day, ``("TIME", "2019-12-10TAF")``."""
    if part:
        return "TIME", f"{day.isoformat()}T{PARTS_OF_DAY[part.lower()][0]}"
    return "DATE", day.isoformat()


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _reference_day(context: TimeContext) -> date | None:
    """The last day the text mentioned, else the publication date."""
    reference = context.reference
    if reference and value_interval(reference)[2] in ("day", "part_of_day", "minute"):
        return date.fromisoformat(reference[:10])
    return context.anchor


# Calendar dates ------------------------------------------------------------


@pattern(
    r"\b(?P<y>(?:1[5-9]|20)\d{2})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?:T(?P<t>[0-2]\d:[0-5]\d))?\b",
    "digits",
)
def _iso(match: re.Match[str], context: TimeContext) -> Found | None:
    try:
        day = date(int(match["y"]), int(match["m"]), int(match["d"]))
    except ValueError:
        return None
    if match["t"]:
        return found(match, "TIME", f"{day.isoformat()}T{match['t']}", "ISO date and time")
    return found(match, "DATE", day.isoformat(), "ISO date")


@pattern(r"(?<![\d/])(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<y>\d{4}|\d{2})(?![\d/])", "digits")
def _numeric(match: re.Match[str], context: TimeContext) -> Found | None:
    a, b = int(match["a"]), int(match["b"])
    year = int(match["y"]) + (2000 if len(match["y"]) == 2 else 0)
    month, day = (a, b) if context.month_first else (b, a)
    if month > 12:
        month, day = day, month
    try:
        resolved = date(year, month, day)
    except ValueError:
        return None
    order = "month/day" if context.month_first else "day/month"
    return found(match, "DATE", resolved.isoformat(), f"numeric date, {order} for this outlet")


_WEEKDAY_PREFIX = rf"(?:{WEEKDAY},?\s+)?"
_YEAR_SUFFIX = rf"(?:,?\s+(?:{YEAR}(?!\d)|{SPOKEN_YEAR}))?"


@pattern(rf"\b{_WEEKDAY_PREFIX}(?:the\s+)?{DAY}(?:\s+of)?\s+{MONTH}(?!\w){_YEAR_SUFFIX}", "month")
def _day_month(match: re.Match[str], context: TimeContext) -> Found | None:
    return _calendar_date(match, context, "day month")


@pattern(rf"\b{_WEEKDAY_PREFIX}{MONTH}\s+(?:the\s+)?{DAY}(?!\d|:\d){_YEAR_SUFFIX}", "month")
def _month_day(match: re.Match[str], context: TimeContext) -> Found | None:
    return _calendar_date(match, context, "month day")


def _calendar_date(match: re.Match[str], context: TimeContext, shape: str) -> Found | None:
    if not _capitalised(match["month"]):
        return None
    month, day = month_number(match["month"]), int(match["day"])
    year = _year_of(match)
    rule = shape
    if year is None:
        year = context.year_for(month, day, match.start(), match.end())
        rule = f"{shape}, year from the publication date and the tense"
    if year is None:
        return found(match, "DATE", f"XXXX-{month:02d}-{day:02d}", shape)
    try:
        resolved = date(year, month, day)
    except ValueError:
        return None
    return found(match, "DATE", resolved.isoformat(), rule)


def _year_of(match: re.Match[str]) -> int | None:
    if match["year"]:
        return int(match["year"])
    if match["spoken"]:
        return parse_spoken_year(match["spoken"])
    return None


@pattern(rf"\b{MONTH}(?:\s+of)?\s+(?P<rel>last|this|next)\s+year\b", "month")
def _month_of_relative_year(match: re.Match[str], context: TimeContext) -> Found | None:
    if not _capitalised(match["month"]) or context.anchor is None:
        return None
    year = context.anchor.year + {"last": -1, "this": 0, "next": 1}[match["rel"].lower()]
    value = f"{year:04d}-{month_number(match['month']):02d}"
    return found(match, "DATE", value, f"month of '{match['rel'].lower()} year'")


@pattern(rf"\b{MONTH}(?:,|\s+of)?\s+(?:{YEAR}(?!\d)|{SPOKEN_YEAR})", "month")
def _month_year(match: re.Match[str], context: TimeContext) -> Found | None:
    year = _year_of(match)
    if not _capitalised(match["month"]) or year is None:
        return None
    return found(match, "DATE", f"{year:04d}-{month_number(match['month']):02d}", "month and year")


_PERIOD_EDGE = r"(?:early|late|mid|the\s+(?:end|beginning|start|middle|turn)\s+of)"
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:in|since|until|till|by|from|during|through|throughout|before|after|of|to|last|next"
    r"|this|early|late|mid|end|beginning|start|middle)[\s-]+$",
    re.IGNORECASE,
)


@pattern(
    rf"\b(?:(?P<rel>last|next|this|this\s+past|{_PERIOD_EDGE})[\s-]+)?(?P<name>{MONTH_NAMES})\b(?!\s*\d)",
    "month",
)
def _month_alone(match: re.Match[str], context: TimeContext) -> Found | None:
    name = match["name"]
    relation = " ".join((match["rel"] or "").lower().split())
    before = context.text[max(0, match.start() - 20) : match.start()]
    if not relation and not _capitalised(name):
        return None
    if name.lower() in ("may", "march") and not relation and not _PREPOSITION_BEFORE.search(before):
        return None
    month = month_number(name)
    anchor = context.anchor
    if anchor is None:
        return found(match, "DATE", f"XXXX-{month:02d}", "month")
    if relation == "last" or relation == "this past":
        year = anchor.year if month < anchor.month else anchor.year - 1
    elif relation == "next":
        year = anchor.year if month > anchor.month else anchor.year + 1
    elif relation == "this":
        year = anchor.year
    else:
        year = context.year_for(month, None, match.start(), match.end()) or anchor.year
    return found(match, "DATE", f"{year:04d}-{month:02d}", f"month '{match.group()}'")


@pattern(
    rf"(?<![\w$€£.,/-])(?:(?P<fiscal>fiscal(?:\s+year)?\s+)|(?P<edge>{_PERIOD_EDGE})[\s-]+"
    rf"|(?P<the>the\s+year\s+)|(?P<post>(?:pre|post)-))?{YEAR}(?![\w%-]|[.,]\d|\s*(?:percent|per\s+cent))",
    "digits",
)
def _year(match: re.Match[str], context: TimeContext) -> Found | None:
    group = "year" if match["post"] else 0
    return found(match, "DATE", match["year"], "year", group)


@pattern(rf"\b(?:(?P<edge>{_PERIOD_EDGE})[\s-]+)?(?:the\s+)?{SPOKEN_YEAR}\b", "spoken")
def _spoken_year(match: re.Match[str], context: TimeContext) -> Found | None:
    year = parse_spoken_year(match["spoken"])
    before = context.text[max(0, match.start() - 12) : match.start()].lower()
    if year is None or not (
        match["edge"] or "year" in before or re.search(r"\b(?:in|of|since|until|by)\s+$", before)
    ):
        return None
    return found(match, "DATE", f"{year:04d}", "year in words")


@pattern(
    rf"\b(?:the\s+)?(?:(?P<edge>early|late|mid)[\s-]+)?(?:(?P<century>1[5-9]|20)(?P<decade>\d)0|'(?P<short>\d)0)'?s\b"
    r"|\bthe\s+(?:(?P<edge2>early|late|mid)[\s-]+)?(?P<word>twenties|thirties|forties|fifties|sixties"
    r"|seventies|eighties|nineties)\b",
    "digits spoken",
)
def _decade(match: re.Match[str], context: TimeContext) -> Found | None:
    if match["century"]:
        value = f"{match['century']}{match['decade']}"
    elif match["short"]:
        value = f"19{match['short']}"
    else:
        index = "twenties thirties forties fifties sixties seventies eighties nineties".split()
        value = f"19{index.index(match['word'].lower()) + 2}"
    return found(match, "DATE", value, "decade")


@pattern(
    rf"\b(?:the\s+|this\s+|last\s+)?(?:(?P<edge>early|late|mid)[\s-]+)?(?P<number>\d{{1,2}})(?:st|nd|rd|th)[\s-]+centur(?:y|ies)\b"
    r"|\b(?P<rel>this|last|the\s+last|the\s+past|the\s+next|next)\s+century\b",
    "unit digits",
)
def _century(match: re.Match[str], context: TimeContext) -> Found | None:
    if match["number"]:
        return found(match, "DATE", f"{int(match['number']) - 1:02d}", "century")
    relation = " ".join(match["rel"].lower().split())
    if relation in ("the last", "the past", "the next"):
        return found(match, "DURATION", "P100Y", "the hundred years up to or from publication")
    if context.anchor is None:
        return None
    century = context.anchor.year // 100 + {"this": 0, "last": -1, "next": 1}[relation]
    return found(
        match, "DATE", f"{century:02d}", f"'{match.group().lower()}' from the publication date"
    )


@pattern(
    rf"\b(?:(?P<rel>last|next|this|this\s+past|this\s+coming|the|early|late|mid)[\s-]+)?"
    rf"(?:(?P<edge>early|late)\s+)?{SEASON}(?:\s+(?:of\s+)?(?:{YEAR}(?!\d)|{SPOKEN_YEAR}))?\b",
    "season",
)
def _season(match: re.Match[str], context: TimeContext) -> Found | None:
    code = SEASONS[match["season"].lower()]
    relation = " ".join((match["rel"] or "").lower().split())
    explicit = _year_of(match)
    before = context.text[max(0, match.start() - 8) : match.start()].lower()
    if (
        not relation
        and explicit is None
        and not re.search(r"\b(?:in|during|over|by|until)\s+$", before)
    ):
        return None
    if explicit is not None:
        return found(match, "DATE", f"{explicit:04d}-{code}", "season and year")
    if context.anchor is None:
        return found(match, "DATE", f"XXXX-{code}", "season")
    year = _season_year(code, relation, context, match)
    return found(match, "DATE", f"{year:04d}-{code}", f"season '{match.group().lower()}'")


def _season_year(code: str, relation: str, context: TimeContext, match: re.Match[str]) -> int:
    anchor = context.anchor
    assert anchor is not None
    first, last = SEASON_MONTHS[code]

    def span(year: int) -> tuple[date, date]:
        end_year = year + 1 if last < first else year
        return date(year, first, 1), date(end_year, last, 28)

    if relation in ("last", "this past"):
        return max(y for y in (anchor.year - 1, anchor.year) if span(y)[1] < anchor)
    if relation in ("next", "this coming"):
        return min(y for y in (anchor.year, anchor.year + 1) if span(y)[0] > anchor)
    if relation == "this":
        return anchor.year
    tense = context.tense(match.start(), match.end())
    start, end = span(anchor.year)
    if tense == "past" and start > anchor:
        return anchor.year - 1
    if tense == "future" and end < anchor:
        return anchor.year + 1
    return anchor.year


# Quarters and halves --------------------------------------------------------

_FISCAL = r"(?:fiscal[\s-]+)?"


@pattern(
    rf"\b(?:(?:the|its|a|this|that)\s+)?(?:(?P<ago>year-(?:ago|earlier))\s+)?{_FISCAL}(?:(?P<y1>(?:1[89]|20)\d{{2}})\s+)?"
    rf"{_FISCAL}{ORDINAL}[\s-]+{_FISCAL}(?P<kind>quarter|half)(?![\w-]*\s+(?:of\s+)?(?:a|an|the)?\s*(?:point|mile|century|hour|inch|percent))"
    rf"(?:\s+(?:of\s+)?(?:fiscal\s+)?(?P<y2>(?:1[89]|20)\d{{2}})\b)?",
    "unit",
)
def _quarter(match: re.Match[str], context: TimeContext) -> Found | None:
    ordinal = match["ordinal"].lower()
    number = ORDINALS.get(ordinal) or int(ordinal[0])
    kind = "Q" if match["kind"].lower() == "quarter" else "H"
    if number > (4 if kind == "Q" else 2):
        return None
    explicit = match["y1"] or match["y2"]
    if explicit:
        return found(match, "DATE", f"{explicit}-{kind}{number}", "quarter of a year")
    if context.anchor is None:
        return found(match, "DATE", f"XXXX-{kind}{number}", "quarter")
    anchor = context.anchor
    size = 3 if kind == "Q" else 6
    begins = date(anchor.year, (number - 1) * size + 1, 1)
    year = (
        anchor.year
        if begins <= anchor or context.future(match.start(), match.end())
        else anchor.year - 1
    )
    if match["ago"]:
        year -= 1
    rule = "quarter: the latest such quarter by the publication date"
    return found(match, "DATE", f"{year:04d}-{kind}{number}", rule)


@pattern(
    r"\b(?:(?P<det>the|this|that|its|their|his|her)\s+)?(?P<which>latest|current|same|comparable|previous|prior|year-ago|year-earlier|(?:1[89]|20)\d{2})?"
    r"(?:\s+(?P<ago>year-ago|year-earlier))?\s*(?:fiscal\s+)?(?P<kind>quarter|period)\b(?!-)"
    r"|\b(?P<bare>year-(?:ago|earlier))\b",
    "unit",
)
def _this_quarter(match: re.Match[str], context: TimeContext) -> Found | None:
    if match["bare"]:
        return _year_before(match, context)
    which = (match["which"] or "").lower()
    determiner = (match["det"] or "").lower()
    if match["kind"].lower() == "period" and not which:
        return None
    if not determiner and not which:
        return None
    anchor = context.anchor
    if anchor is None:
        return None
    reference = context.reference if context.reference and "-Q" in context.reference else None
    if which.isdigit():
        quarter = f"{which}-{(reference or quarter_value(anchor))[5:]}"
        return found(match, "DATE", quarter, "the named year's quarter")
    if which == "current" or determiner == "this":
        return found(match, "DATE", quarter_value(anchor), "the quarter of the publication date")
    latest = reference or quarter_value(anchor - relativedelta(months=3))
    if which in ("year-ago", "year-earlier", "comparable") or match["ago"]:
        earlier = shift_value(latest, "year", -1) or latest
        return evolve(
            found(match, "DATE", earlier, "the same quarter a year before"), comparison=True
        )
    if which in ("previous", "prior"):
        before = shift_value(latest, "quarter", -1) or latest
        return evolve(found(match, "DATE", before, "the quarter before"), comparison=True)
    rule = "the quarter last mentioned" if reference else "the latest full quarter"
    return found(match, "DATE", latest, rule)


def _year_before(match: re.Match[str], context: TimeContext) -> Found | None:
    reference = context.reference
    if reference and value_interval(reference)[2] in ("quarter", "half", "year", "month"):
        earlier = shift_value(reference, "year", -1) or reference
        return evolve(
            found(match, "DATE", earlier, "a year before the time last mentioned"), comparison=True
        )
    if context.anchor is None:
        return None
    return found(match, "DATE", f"{context.anchor.year - 1:04d}", "the year before publication")


# Weekdays, days and parts of the day -----------------------------------------

NAME_AFTER = re.compile(r"\s+(?!(?:" + MONTH_NAMES + r")\b)(?-i:[A-Z][a-z])", re.IGNORECASE)


@pattern(
    rf"\b(?:(?P<rel>last|next|this|this\s+past|this\s+coming|early|late|earlier|later)\s+)?{WEEKDAY}"
    rf"(?P<plural>s)?(?:,?\s+{PART}s?)?\b",
    "weekday",
)
def _weekday(match: re.Match[str], context: TimeContext) -> Found | None:
    if not _capitalised(match["weekday"]) or (
        not match["part"] and NAME_AFTER.match(context.text, match.end())
    ):
        return None
    weekday = WEEKDAYS.index(match["weekday"].lower())
    part = match["part"].lower() if match["part"] else None
    code = f"T{PARTS_OF_DAY[part][0]}" if part else ""
    if match["plural"]:
        return found(match, "SET", f"XXXX-WXX-{weekday + 1}{code}", "every such weekday")
    anchor = context.anchor
    if anchor is None:
        return found(match, "DATE", f"XXXX-WXX-{weekday + 1}{code}", "weekday, no publication date")
    possessive = re.match(r"[’']s\b", context.text[match.end() : match.end() + 3])
    relation = (match["rel"] or "").lower()
    day, rule = resolve_weekday(weekday, relation, context, match, tensed=not possessive)
    kind, value = _day_value(day, part)
    return found(match, kind, value, rule)


def resolve_weekday(
    weekday: int, relation: str, context: TimeContext, match: re.Match[str], tensed: bool = True
) -> tuple[date, str]:
    """The most recent such day up to the anchor, or the next one in a future clause.

    A weekday used as a possessive ("Wednesday's ruling") names a day whose
    happening is known, so the clause's tense does not move it.
    """
    anchor = context.anchor
    assert anchor is not None
    relation = " ".join(relation.split())
    coming = relation in ("next", "this coming")
    ahead = (
        tensed
        and relation not in ("last", "this past")
        and context.future(match.start(), match.end())
    )
    if coming or ahead:
        days = (weekday - anchor.weekday()) % 7 or (7 if relation == "next" else 0)
        return anchor + timedelta(days=days), "weekday in a future clause: the next such day"
    days = (anchor.weekday() - weekday) % 7 or (7 if relation == "last" else 0)
    return anchor - timedelta(
        days=days
    ), "weekday: the most recent such day up to the publication date"


@pattern(
    rf"\b(?:the\s+day\s+(?P<around>before|after)\s+)?(?P<word>yesterday|today|tomorrow|tonight|last\s+night|overnight)"
    rf"(?:\s+{PART})?\b",
    "deictic",
)
def _deictic(match: re.Match[str], context: TimeContext) -> Found | None:
    word = " ".join(match["word"].lower().split())
    opening = re.search(
        r"(?:[.!?:]\s+|\n\s*|^)[\"“‘'`]*$", context.text[max(0, match.start() - 4) : match.start()]
    )
    if match["word"][0].isupper() and match.start() > 0 and not opening and not match["around"]:
        return None
    if context.anchor is None:
        return found(match, "DATE", "PRESENT_REF", word)
    shift = {
        "yesterday": -1,
        "today": 0,
        "tomorrow": 1,
        "tonight": 0,
        "last night": -1,
        "overnight": 0,
    }[word]
    shift += {"before": -1, "after": 1}.get((match["around"] or "").lower(), 0)
    part = match["part"].lower() if match["part"] else None
    if word in ("tonight", "last night", "overnight"):
        part = "night"
    kind, value = _day_value(context.anchor + timedelta(days=shift), part)
    return found(match, kind, value, f"'{match.group().lower()}' from the publication date")


@pattern(
    rf"\b(?P<which>this|that|the\s+same|the\s+next|the\s+following|the\s+previous|the)\s+(?:(?P<edge>early|late)\s+)?{PART}\b"
    r"|\b(?P<mid>mid-?\s*(?:morning|afternoon|day)|midday|noon|midnight)\b",
    "part clock",
)
def _part_of_day(match: re.Match[str], context: TimeContext) -> Found | None:
    if match["mid"]:
        word = match["mid"].lower().replace("-", "").replace(" ", "")
        day = _reference_day(context)
        if day is None:
            return None
        clock = {"midday": "12:00", "noon": "12:00", "midnight": "24:00", "midday ": "12:00"}
        if word in clock:
            hour = clock[word]
            if hour == "24:00":
                return found(
                    match, "TIME", f"{(day + timedelta(days=1)).isoformat()}T00:00", "midnight"
                )
            return found(match, "TIME", f"{day.isoformat()}T{hour}", word)
        part = "morning" if "morning" in word else "afternoon"
        kind, value = _day_value(day, part)
        return found(match, kind, value, "part of the day last mentioned")
    which = " ".join(match["which"].lower().split())
    part = match["part"].lower()
    if which == "this":
        if context.anchor is None:
            return None
        kind, value = _day_value(context.anchor, part)
        return found(match, kind, value, f"'this {part}' of the publication day")
    day = _reference_day(context)
    if day is None:
        return None
    shift = {"the next": 1, "the following": 1, "the previous": -1}.get(which, 0)
    kind, value = _day_value(day + timedelta(days=shift), part)
    return found(match, kind, value, f"'{which} {part}' of the day last mentioned")


@pattern(
    r"\b(?:(?:at|around|about|by|before|after|until)\s+)?(?:(?P<hour>[01]?\d)(?::(?P<minute>[0-5]\d))?\s*(?:(?P<ampm>[ap])\.?\s?m\b\.?|(?P<oclock>o['’]clock))|(?P<noon>noon|midnight)(?=\s+(?:on\s+)?[A-Z]))"
    r"(?:\s+(?P<zone>(?-i:[A-Z]{1,3}T)|GMT|UTC|BST|local\s+time))?"
    rf"(?:,?\s+(?:(?:on|last|next|this)\s+)?(?:{WEEKDAY}|(?P<deictic>today|yesterday|tomorrow|tonight)"
    rf"|{MONTH}\s+{DAY}(?!\d)(?:,\s+{YEAR})?))?"
    r"|\b(?P<hour2>[01]?\d)\s+in\s+the\s+(?P<half>morning|afternoon|evening)\b",
    "clock",
)
def _clock(match: re.Match[str], context: TimeContext) -> Found | None:
    noon = (match["noon"] or "").lower()
    hour = 12 if noon == "noon" else 0 if noon else int(match["hour"] or match["hour2"])
    if not noon and (hour > 12 or hour == 0):
        return None
    afternoon = (match["ampm"] or "").lower() == "p" or match["half"] in ("afternoon", "evening")
    if afternoon and hour < 12:
        hour += 12
    if (match["ampm"] or "").lower() == "a" and hour == 12:
        hour = 0
    if match["month"] and _capitalised(match["month"]):
        month, number = month_number(match["month"]), int(match["day"])
        year = (
            int(match["year"])
            if match["year"]
            else context.year_for(month, number, match.start(), match.end())
        )
        if year is None:
            return None
        try:
            day = date(year, month, number)
        except ValueError:
            return None
    elif match["weekday"] and context.anchor is not None:
        day, _ = resolve_weekday(WEEKDAYS.index(match["weekday"].lower()), "", context, match)
    elif match["deictic"] and context.anchor is not None:
        shift = {"yesterday": -1, "tomorrow": 1}.get(match["deictic"].lower(), 0)
        day = context.anchor + timedelta(days=shift)
    else:
        day = _reference_day(context)  # type: ignore[assignment]
    minute = int(match["minute"] or 0)
    start = match.start()
    lead = re.match(r"(?:at|around|about|by|before|after|until)\s+", match.group(), re.IGNORECASE)
    if lead and lead.group().split()[0].lower() not in ("around", "about"):
        start += lead.end()
    if day is None:
        return Found(
            start, match.end(), "TIME", f"XXXX-XX-XXT{hour:02d}:{minute:02d}", "clock time"
        )
    return Found(
        start,
        match.end(),
        "TIME",
        f"{day.isoformat()}T{hour:02d}:{minute:02d}",
        "clock time on the day last mentioned",
    )


# Weeks, months and years relative to the publication date ---------------------

_RELATIVE = (
    r"(?P<rel>last|next|this|the\s+past|the\s+previous|the\s+prior|the\s+preceding|the\s+coming"
    r"|the\s+current|the\s+following|the\s+next|the\s+same|that|this\s+past|this\s+coming"
    r"|(?:(?:earlier|later|early|late|mid)[\s-]+(?:this|that|last|next|in\s+the))|the\s+end\s+of\s+(?:the|this|last|next)"
    r"|the\s+(?:beginning|start|middle)\s+of\s+(?:the|this|last|next))"
)


@pattern(
    rf"\b{_RELATIVE}[\s-]+(?:(?P<fiscal>fiscal)\s+)?(?P<unit>week|weekend|month|year|quarter|decade|day)\b(?!-)",
    "unit",
)
def _relative_period(match: re.Match[str], context: TimeContext) -> Found | None:
    anchor = context.anchor
    if anchor is None:
        return None
    relation = " ".join(match["rel"].lower().split())
    unit = match["unit"].lower()
    last_word = relation.split()[-1]
    anaphoric = last_word in (
        "that",
        "same",
        "following",
        "previous",
        "prior",
        "preceding",
    ) or relation in ("the next",)
    if anaphoric:
        return _from_reference(match, context, last_word, unit)
    shift = {"last": -1, "past": -1, "next": 1, "coming": 1}.get(last_word, 0)
    if relation == "this past":
        shift = -1
    if relation.startswith("the end of") or relation.startswith(
        ("the beginning", "the start", "the middle")
    ):
        shift = {"last": -1, "next": 1}.get(last_word, 0)
    rule = f"'{match.group().lower()}' from the publication date"
    if unit == "quarter":
        return found(match, "DATE", quarter_value(anchor + relativedelta(months=3 * shift)), rule)
    if unit == "decade":
        if last_word in ("past", "last", "next", "coming"):
            return found(match, "DURATION", "P10Y", "the ten years up to or from publication")
        return found(match, "DATE", f"{anchor.year // 10:03d}", rule)
    if unit == "day":
        return None
    if unit == "weekend":
        return found(match, "DATE", _weekend(anchor, shift, context, match), rule)
    reference = context.reference
    if unit == "year" and relation in ("last", "this") and reference and "-Q" in reference:
        if context.reference_in_sentence(match.start()):
            quarter = f"{anchor.year + shift:04d}{reference[4:]}"
            rule = f"'{match.group().lower()}': the quarter just mentioned, in that year"
            return evolve(found(match, "DATE", quarter, rule), comparison=shift < 0)
    moved = (
        anchor
        + {
            "week": relativedelta(weeks=shift),
            "month": relativedelta(months=shift),
            "year": relativedelta(years=shift),
        }[unit]
    )
    return found(match, "DATE", render(moved, unit), rule)


@pattern(
    rf"\b(?P<rel>this|last|next)\s+year[’']s\s+(?:{_FISCAL}{ORDINAL}[\s-]+)?{_FISCAL}(?:quarter|period)\b",
    "unit",
)
def _quarter_of_relative_year(match: re.Match[str], context: TimeContext) -> Found | None:
    if context.anchor is None:
        return None
    year = context.anchor.year + {"this": 0, "last": -1, "next": 1}[match["rel"].lower()]
    if match["ordinal"]:
        ordinal = match["ordinal"].lower()
        quarter = f"Q{ORDINALS.get(ordinal) or int(ordinal[0])}"
    elif context.reference and "-Q" in context.reference:
        quarter = context.reference[5:]
    else:
        return None
    return found(
        match,
        "DATE",
        f"{year:04d}-{quarter}",
        "a quarter of a year named from the publication date",
    )


def _from_reference(
    match: re.Match[str], context: TimeContext, word: str, unit: str
) -> Found | None:
    """ "that year", "the following month", "the next day": counted from the time last mentioned."""
    reference = context.reference
    shift = {"following": 1, "next": 1, "previous": -1, "prior": -1, "preceding": -1}.get(word, 0)
    if unit in ("day", "weekend"):
        day = _reference_day(context)
        if day is None:
            return None
        if unit == "weekend":
            return found(
                match,
                "DATE",
                _weekend(day, shift, context, match),
                "weekend of the day last mentioned",
            )
        return found(
            match,
            "DATE",
            (day + timedelta(days=shift)).isoformat(),
            f"'{match.group().lower()}': from the day last mentioned",
        )
    if unit == "decade":
        return None
    base = reference or (context.anchor.isoformat() if context.anchor else None)
    if base is None:
        return None
    first = value_interval(base)[0]
    if first is None:
        return None
    day = (
        date.fromisoformat((first + "-01-01")[:10])
        if len(first) < 10
        else date.fromisoformat(first[:10])
    )
    if unit == "quarter":
        return found(
            match,
            "DATE",
            quarter_value(day + relativedelta(months=3 * shift)),
            "quarter of the time last mentioned",
        )
    moved = (
        day
        + {
            "week": relativedelta(weeks=shift),
            "month": relativedelta(months=shift),
            "year": relativedelta(years=shift),
        }[unit]
    )
    return found(
        match,
        "DATE",
        render(moved, unit),
        f"'{match.group().lower()}': from the time last mentioned",
    )


def _weekend(day: date, shift: int, context: TimeContext, match: re.Match[str]) -> str:
    """The weekend around ``day``: the last one, or the coming one in a future clause."""
    saturday = day + timedelta(days=5 - day.weekday())
    if saturday > day and shift <= 0 and not context.future(match.start(), match.end()):
        saturday -= timedelta(weeks=1)
    saturday += timedelta(weeks=max(shift, 0) if shift > 0 else shift)
    return f"{week_value(saturday)}-WE"


@pattern(r"\bthe\s+weekend\b", "unit")
def _the_weekend(match: re.Match[str], context: TimeContext) -> Found | None:
    """ "Over the weekend": the last weekend by the publication date, or the next in a future clause."""
    if context.anchor is None:
        return None
    return found(
        match,
        "DATE",
        _weekend(context.anchor, 0, context, match),
        "the weekend nearest the publication date",
    )


@pattern(
    r"\b(?:(?P<edge>early|late|mid|the\s+end\s+of|the\s+beginning\s+of)[\s-]+)?(?:the\s+)?(?P<which>year|month|week)(?:[’']s\s+|[\s-])end\b|\b(?:the\s+)?(?P<which2>year|month|week)[\s-]end\b",
    "unit",
)
def _period_end(match: re.Match[str], context: TimeContext) -> Found | None:
    if context.anchor is None:
        return None
    unit = (match["which"] or match["which2"]).lower()
    return found(match, "DATE", render(context.anchor, unit), f"end of the {unit} of publication")


@pattern(
    r"\b(?:the\s+)?(?P<which>the\s+end|the\s+beginning|the\s+start|the\s+middle)\s+of\s+the\s+(?P<unit>year|month|week)\b",
    "unit",
)
def _edge_of_period(match: re.Match[str], context: TimeContext) -> Found | None:
    base = context.reference if context.reference else None
    anchor = context.anchor
    if anchor is None:
        return None
    unit = match["unit"].lower()
    day = anchor
    if base and value_interval(base)[2] in ("day", "month", "year", "week"):
        first = value_interval(base)[0]
        assert first is not None
        day = (
            date.fromisoformat((first + "-01-01")[:10])
            if len(first) < 10
            else date.fromisoformat(first[:10])
        )
    return found(match, "DATE", render(day, unit), f"{match['which'].lower()} of the {unit}")


# Offsets and durations ------------------------------------------------------

_COUNTED = rf"(?:{MODIFIER}\s+)?{COUNT}(?:\s+(?:more|additional|extra|straight|consecutive|full|long|trading|business|working|calendar|successive))?\s+{UNIT}(?P<half>\s+and\s+a\s+half)?(?:\s+or\s+so)?"


@pattern(rf"\b{_COUNTED}\s+(?P<dir>ago|earlier|later|before|after|hence|on)\b", "unit")
def _offset(match: re.Match[str], context: TimeContext) -> Found | None:
    """ "a week ago" from the publication date, "a year earlier" from the time last mentioned.

    "Two days before the election" counts from an event, which fixes no
    date here: it is the duration "two days", as are offsets of hours.
    """
    direction = match["dir"].lower()
    count = parse_count(match["count"]) if match["count"] else None
    if count is not None and match["half"]:
        count += 0.5
    unit = match["unit"].lower().rstrip("s").replace("centurie", "century")
    said = match.group().lower()
    calendar = unit in ("year", "quarter", "month", "decade", "century")
    if direction in ("before", "after", "on") or (direction != "ago" and not calendar):
        end = match.start("dir")
        while context.text[end - 1].isspace():
            end -= 1
        value = duration_value(count, unit)
        anchor = EVENT_AFTER.match(context.text, match.end())
        said += anchor.group().rstrip() if anchor else ""
        return Found(match.start(), end, "DURATION", value, f"offset from another event: '{said}'")
    if count is None or count != int(count) or context.anchor is None:
        vague = "PAST_REF" if direction in ("ago", "earlier") else "FUTURE_REF"
        return found(match, "DATE", vague, f"'{said}': no fixed time")
    sign = -1 if direction in ("ago", "earlier") else 1
    step, granularity = _calendar_step(unit, int(count) * sign)
    reference = context.reference
    period = reference is not None and value_interval(reference)[2] in ("quarter", "half")
    if reference and (direction != "ago" or (period and unit == "year")):
        shifted = shift_value(reference, granularity, step)
        if shifted:
            resolved = found(match, "DATE", shifted, f"'{said}' from the time last mentioned")
            return evolve(resolved, comparison=sign < 0)
    moved = context.anchor + _step(granularity, step)
    modifier = " ".join((match["mod"] or "").lower().split())
    open_start = sign < 0 and modifier in (
        "over",
        "just over",
        "well over",
        "more than",
        "at least",
    )
    rule = f"'{said}' from the publication date"
    # Weeks counted back from a known day land on a day ("a week ago" on a Tuesday is the
    # Tuesday before), not on a calendar week.
    value = render(moved, "day" if granularity == "week" else granularity)
    return Found(match.start(), match.end(), "DATE", value, rule, open_start)


EVENT_AFTER = re.compile(r"[^\S\n]+[^,.;:!?\n\"“”]{1,40}")


def _calendar_step(unit: str, amount: int) -> tuple[int, str]:
    """A count of a unit as a count of a calendar unit: 2 decades are 20 years."""
    scale = {"decade": (10, "year"), "century": (100, "year"), "fortnight": (2, "week")}
    scale |= {"weekend": (1, "week"), "night": (1, "day")}
    factor, granularity = scale.get(unit, (1, unit))
    return amount * factor, granularity


def _step(granularity: str, amount: int) -> relativedelta:
    if granularity == "quarter":
        return relativedelta(months=3 * amount)
    return relativedelta(**{f"{granularity}s": amount})


_SET_BEFORE = re.compile(
    r"(?:once|twice|thrice|times|\d|%|million|billion|percent|dollars?|pounds?|euros?|cents?)\s*$",
    re.IGNORECASE,
)


@pattern(
    rf"\b(?:the\s+(?P<which>past|last|next|first|coming|previous|latest|final|following|ensuing|preceding|remaining|"
    rf"year-earlier|year-ago|initial|same|other)\s+)?{_COUNTED}\b(?!-)",
    "unit",
)
def _duration(match: re.Match[str], context: TimeContext) -> Found | None:
    count = parse_count(match["count"])
    if count is not None and match["half"]:
        count += 0.5
    unit = match["unit"].lower().rstrip("s").replace("centurie", "century")
    words = match["count"].lower()
    if words in ("a", "an") and not match["which"] and not match["mod"]:
        if _SET_BEFORE.search(context.text, max(0, match.start() - 12), match.start()):
            return found(match, "SET", duration_value(1, unit), "a rate: once per period")
    if count is not None and unit == "year" and count >= 1500:
        return None
    return found(match, "DURATION", duration_value(count, unit), "duration")


@pattern(
    rf"\b(?:the\s+)?(?P<count>{NUMBER})-(?P<unit>second|minute|hour|day|week|month|year|decade)(?:-long)?\b(?!-old)",
    "unit",
)
def _duration_adjective(match: re.Match[str], context: TimeContext) -> Found | None:
    count = parse_count(match["count"])
    if count is None:
        return None
    start = match.start("count")
    return Found(
        start,
        match.end(),
        "DURATION",
        duration_value(count, match["unit"]),
        "duration, as an adjective",
    )


@pattern(
    r"\b(?P<unit>year|month|week|day|decade|centurie|hour)s-long\b|\b(?P<unit2>day)-long\b", "unit"
)
def _vague_adjective(match: re.Match[str], context: TimeContext) -> Found | None:
    if match["unit2"]:
        return found(match, "DURATION", "P1D", "duration, as an adjective")
    return found(
        match,
        "DURATION",
        duration_value(None, match["unit"].replace("centurie", "century")),
        "duration, as an adjective",
    )


@pattern(
    r"\b(?:for|in|over|within|took|takes|take|lasted|last)\s+(?:many\s+)?(?P<unit>years|months|weeks|days|decades|hours|centuries|minutes)\b(?!\s+(?:of|ago|before|after|later|earlier))",
    "unit",
)
def _bare_plural(match: re.Match[str], context: TimeContext) -> Found | None:
    value = duration_value(None, match["unit"].rstrip("s").replace("centurie", "century"))
    return found(match, "DURATION", value, "duration of unknown length", "unit")


@pattern(
    r"\b(?:the\s+)?(?P<word>recent|past|coming|next\s+few|last\s+few|past\s+few)\s+"
    r"(?P<unit>years|months|weeks|days|decades|quarters)\b"
    r"|\b(?P<future>future)\s+(?:years|months|weeks|days|decades|quarters)\b",
    "unit",
)
def _recent_units(match: re.Match[str], context: TimeContext) -> Found | None:
    """ "recent years", "the coming weeks": a stretch of unknown length (``PXY``)."""
    if match["future"]:
        return found(match, "DATE", "FUTURE_REF", f"'{match.group().lower()}': an unfixed future")
    unit = match["unit"].lower().rstrip("s")
    return found(match, "DURATION", duration_value(None, unit), "duration of unknown length")


# Repeated times -------------------------------------------------------------


@pattern(
    rf"\b(?P<word>{'|'.join(FREQUENCIES)})\b"
    rf"|\b(?:every|each)\s+(?:other\s+)?(?:(?P<unit>second|minute|hour|day|night|week|weekend|month|quarter|year|decade)|{WEEKDAY}|(?P<month>{MONTH_NAMES})|{SEASON})\b",
    "frequency",
)
def _set(match: re.Match[str], context: TimeContext) -> Found | None:
    if match["word"]:
        return found(
            match, "SET", FREQUENCIES[match["word"].lower()], f"frequency '{match['word'].lower()}'"
        )
    if match["unit"]:
        every = 2 if "other" in match.group().lower() else 1
        return found(match, "SET", duration_value(every, match["unit"]), "every period")
    if match["weekday"]:
        return found(
            match,
            "SET",
            f"XXXX-WXX-{WEEKDAYS.index(match['weekday'].lower()) + 1}",
            "every such weekday",
        )
    if match["month"]:
        return found(match, "SET", f"XXXX-{month_number(match['month']):02d}", "every such month")
    return found(match, "SET", f"XXXX-{SEASONS[match['season'].lower()]}", "every such season")


# Holidays -------------------------------------------------------------------

_HOLIDAY_NAMES = "|".join(
    re.escape(name).replace(r"\ ", r"\s+")
    for name in sorted([*FIXED_HOLIDAYS, *MOVABLE_HOLIDAYS], key=len, reverse=True)
)


@pattern(
    rf"\b(?:(?P<rel>last|next|this)\s+)?(?P<name>{_HOLIDAY_NAMES})(?:\s+(?P<year>(?:1[89]|20)\d{{2}}))?\b",
    "holiday",
)
def _holiday(match: re.Match[str], context: TimeContext) -> Found | None:
    name = " ".join(match["name"].lower().split())
    if not any(letter.isupper() for letter in match["name"]):
        return None
    anchor = context.anchor
    if match["year"]:
        year = int(match["year"])
    elif anchor is None:
        return None
    else:
        year = anchor.year
    day = holiday_date(name, year)
    if not match["year"] and anchor is not None:
        relation = (match["rel"] or "").lower()
        future = relation == "next" or (
            relation != "last" and context.future(match.start(), match.end())
        )
        if relation == "last" and day >= anchor:
            day = holiday_date(name, year - 1)
        elif future and day < anchor:
            day = holiday_date(name, year + 1)
        elif not future and relation != "this" and day > anchor + timedelta(days=183):
            day = holiday_date(name, year - 1)
    return found(match, "DATE", day.isoformat(), f"holiday '{name}'")


def holiday_date(name: str, year: int) -> date:
    """The date of a named holiday in a year (US dates for US holidays)."""
    if name in FIXED_HOLIDAYS:
        month, day = FIXED_HOLIDAYS[name]
        return date(year, month, day)
    if name in ("easter", "easter sunday"):
        return easter(year)
    if name == "easter monday":
        return easter(year) + timedelta(days=1)
    if name == "good friday":
        return easter(year) - timedelta(days=2)
    if name.startswith("thanksgiving"):
        return date(year, 11, 1) + relativedelta(weekday=TH(4))
    if name == "labor day":
        return date(year, 9, 1) + relativedelta(weekday=MO(1))
    if name == "memorial day":
        return date(year, 5, 31) + relativedelta(weekday=MO(-1))
    return date(year, 11, 2) + relativedelta(weekday=TU(1))


# Vague references -----------------------------------------------------------

NOUN_AFTER = re.compile(
    r"\s+(?:\d|few|several|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|decade|century|year|month|week|day|quarter|generation)",
    re.IGNORECASE,
)
VAGUE = {
    "now": "PRESENT_REF",
    "right now": "PRESENT_REF",
    "just now": "PAST_REF",
    "currently": "PRESENT_REF",
    "nowadays": "PRESENT_REF",
    "these days": "PRESENT_REF",
    "at the moment": "PRESENT_REF",
    "at present": "PRESENT_REF",
    "the present": "PRESENT_REF",
    "at this time": "PRESENT_REF",
    "recently": "PAST_REF",
    "lately": "PAST_REF",
    "in the past": "PAST_REF",
    "the past": "PAST_REF",
    "once upon a time": "PAST_REF",
    "the future": "FUTURE_REF",
    "the near future": "FUTURE_REF",
    "the distant future": "FUTURE_REF",
    "the foreseeable future": "FUTURE_REF",
    "the near term": "FUTURE_REF",
    "the short term": "FUTURE_REF",
    "the long term": "FUTURE_REF",
    "as soon as possible": "FUTURE_REF",
    "a later date": "FUTURE_REF",
    "some day": "FUTURE_REF",
    "someday": "FUTURE_REF",
}


@pattern(
    r"\b(?P<word>"
    + "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in VAGUE), key=len, reverse=True))
    + r")\b",
    "deictic unit",
)
def _vague(match: re.Match[str], context: TimeContext) -> Found | None:
    word = " ".join(match["word"].lower().split())
    start = match.start()
    if word in ("in the past", "the past") and NOUN_AFTER.match(context.text, match.end()):
        return None
    if word == "in the past":
        start += 3
    return Found(start, match.end(), "DATE", VAGUE[word], f"vague reference '{word}'")
