"""Periods relative to a date: weeks, weekends, months, quarters and years.

"last week", "this year", "earlier this month", "the weekend" count from
the publication date; "that year", "the following month", "the next day"
from the time the text mentioned last.
"""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date, timedelta

from attrs import evolve
from dateutil.relativedelta import relativedelta

from provenance.time_calendar import FISCAL
from provenance.time_context import TimeContext
from provenance.time_lexicon import DAY, MONTH, ORDINAL, ORDINALS, YEAR, month_number
from provenance.time_patterns import Found, Patterns, found, reference_day
from provenance.time_values import render, value_start, week_value

PATTERNS = Patterns()
RELATIVE = (
    r"(?P<rel>last|next|this|the\s+past|the\s+previous|the\s+prior|the\s+preceding"
    r"|the\s+coming|the\s+current|the\s+following|the\s+next|the\s+same|that|this\s+past"
    r"|this\s+coming|(?:earlier|later|early|late|mid)[\s-]+(?:this|that|last|next|in\s+the)"
    r"|the\s+(?:end|beginning|start|middle)\s+of\s+(?:the|this|last|next))"
)
# The last word of a relation: how far it moves from the publication date ...
SHIFTS = {"last": -1, "past": -1, "next": 1, "coming": 1}
# ... or from the time last mentioned.
ANAPHORIC_SHIFTS = {"that": 0, "same": 0, "following": 1, "previous": -1, "prior": -1}
ANAPHORIC_SHIFTS |= {"preceding": -1}
STEPS = {
    "week": lambda n: relativedelta(weeks=n),
    "month": lambda n: relativedelta(months=n),
    "quarter": lambda n: relativedelta(months=3 * n),
    "year": lambda n: relativedelta(years=n),
}


@PATTERNS.add(
    rf"\b{RELATIVE}[\s-]+(?:fiscal\s+)?(?P<unit>week|weekend|month|year|quarter|decade|day)\b(?!-)",
    "unit",
)
def _relative_period(match: re.Match[str], context: TimeContext) -> Found | None:
    """ "last week", "this year", "earlier this month"; "that year", "the next day" count from
    the time last mentioned."""
    anchor = context.anchor
    if anchor is None:
        return None
    relation = " ".join(match["rel"].lower().split())
    unit = match["unit"].lower()
    last_word = relation.split()[-1]
    if last_word in ANAPHORIC_SHIFTS or relation == "the next":
        return _from_reference(match, context, ANAPHORIC_SHIFTS.get(last_word, 1), unit)
    shift = -1 if relation == "this past" else SHIFTS.get(last_word, 0)
    rule = f"'{match.group().lower()}' from the publication date"
    if unit == "day":
        return None
    if unit == "decade":
        if shift:
            return found(match, "DURATION", "P10Y", "the ten years up to or from publication")
        return found(match, "DATE", f"{anchor.year // 10:03d}", rule)
    if unit == "weekend":
        return found(match, "DATE", _weekend(anchor, shift, context, match), rule)
    reference = context.reference or ""
    compared = "-Q" in reference and context.reference_in_sentence(match.start())
    if unit == "year" and relation in ("last", "this") and compared:
        quarter = f"{anchor.year + shift:04d}{reference[4:]}"
        rule = f"'{match.group().lower()}': the quarter just mentioned, in that year"
        return evolve(found(match, "DATE", quarter, rule), comparison=shift < 0)
    return found(match, "DATE", render(anchor + STEPS[unit](shift), unit), rule)


def _from_reference(
    match: re.Match[str], context: TimeContext, shift: int, unit: str
) -> Found | None:
    """ "that year", "the following month", "the next day": counted from the time last mentioned."""
    said = match.group().lower()
    if unit in ("day", "weekend"):
        # "On Tuesday evening ... in March ... The next day": the day before the month.
        day = reference_day(context, last_day=True)
        if day is None:
            return None
        if unit == "weekend":
            rule = "weekend of the day last mentioned"
            return found(match, "DATE", _weekend(day, shift, context, match), rule)
        value = (day + timedelta(days=shift)).isoformat()
        return found(match, "DATE", value, f"'{said}': from the day last mentioned")
    base = value_start(context.reference) if context.reference else context.anchor
    if base is None or unit == "decade":
        return None
    value = render(base + STEPS[unit](shift), unit)
    return found(match, "DATE", value, f"'{said}': from the time last mentioned")


def _weekend(day: date, shift: int, context: TimeContext, match: re.Match[str]) -> str:
    """The weekend around ``day``: the last one, or the coming one in a future clause."""
    saturday = day + timedelta(days=5 - day.weekday())
    # ("last weekend" on a Friday is the one just past: a week before this week's.)
    if saturday > day and shift == 0 and not context.future(match.start(), match.end()):
        saturday -= timedelta(weeks=1)
    return f"{week_value(saturday + timedelta(weeks=shift))}-WE"


@PATTERNS.add(r"\bthe\s+weekend\b", "unit")
def _the_weekend(match: re.Match[str], context: TimeContext) -> Found | None:
    """ "Over the weekend": the last weekend by the publication date, or the next in a future
    clause."""
    if context.anchor is None:
        return None
    weekend = _weekend(context.anchor, 0, context, match)
    return found(match, "DATE", weekend, "the weekend nearest the publication date")


@PATTERNS.add(
    rf"\bthe\s+weekend\s+of\s+{MONTH}\s+{DAY}(?:\s*[-–]\s*\d{{1,2}})?(?!\d)"
    rf"(?:,\s+{YEAR}\b)?",
    "month",
)
def _weekend_of(match: re.Match[str], context: TimeContext) -> Found | None:
    """ "the weekend of Feb. 7-8", "the weekend of July 11, 2021": the weekend of that
    day's week (the one a Friday begins)."""
    month, day = month_number(match["month"]), int(match["day"])
    year = (
        int(match["year"])
        if match["year"]
        else context.year_for(month, day, match.start(), match.end())
    )
    if year is None or not 1 <= day <= monthrange(year, month)[1]:
        return None
    named = date(year, month, day)
    saturday = named + timedelta(days=5 - named.weekday())
    value = f"{week_value(saturday)}-WE"
    return found(match, "DATE", value, "the weekend of the day named")


@PATTERNS.add(
    r"\b(?:(?:early|late|mid)[\s-]+)?(?:the\s+)?(?P<unit>year|month|week)(?:[’']s\s+|[\s-])end\b",
    "unit",
)
def _period_end(match: re.Match[str], context: TimeContext) -> Found | None:
    """ "year-end", "the month's end": the end of that period of the publication date."""
    if context.anchor is None:
        return None
    unit = match["unit"].lower()
    return found(match, "DATE", render(context.anchor, unit), f"end of the {unit} of publication")


@PATTERNS.add(
    rf"\b(?P<rel>this|last|next)\s+year[’']s\s+(?:{FISCAL}{ORDINAL}[\s-]+)?{FISCAL}"
    r"(?:quarter|period)\b",
    "unit",
)
def _quarter_of_relative_year(match: re.Match[str], context: TimeContext) -> Found | None:
    """ "this year's third quarter", "last year's quarter" (the quarter last mentioned)."""
    if context.anchor is None:
        return None
    year = context.anchor.year + SHIFTS.get(match["rel"].lower(), 0)
    if match["ordinal"]:
        ordinal = match["ordinal"].lower()
        quarter = f"Q{ORDINALS.get(ordinal) or int(ordinal[0])}"
    elif context.reference and "-Q" in context.reference:
        quarter = context.reference[5:]
    else:
        return None
    rule = "a quarter of a year named from the publication date"
    return found(match, "DATE", f"{year:04d}-{quarter}", rule)
