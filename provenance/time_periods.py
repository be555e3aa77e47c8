"""Periods: weeks, months and years relative to a date, offsets, durations, repeated and vague times.

"last week", "this year", "a week ago", "over a week ago", "a year earlier"
(from the time last mentioned), "two days before the election" (a
duration: the election's date is not known here), "nearly three years",
"every Monday", "recently".
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from attrs import evolve
from dateutil.relativedelta import relativedelta

from provenance.lexicon import WEEKDAYS
from provenance.time_calendar import FISCAL
from provenance.time_context import TimeContext
from provenance.time_lexicon import (
    COUNT,
    FREQUENCIES,
    MODIFIER,
    MONTH_NAMES,
    NUMBER,
    ORDINAL,
    ORDINALS,
    SEASON,
    SEASONS,
    UNIT,
    WEEKDAY,
    duration_value,
    month_number,
    parse_count,
)
from provenance.time_patterns import (
    Found,
    Patterns,
    found,
    reference_day,
)
from provenance.time_values import quarter_value, render, shift_value, value_interval, week_value

# Weeks, months and years relative to the publication date ---------------------

_RELATIVE = (
    r"(?P<rel>last|next|this|the\s+past|the\s+previous|the\s+prior|the\s+preceding|the\s+coming"
    r"|the\s+current|the\s+following|the\s+next|the\s+same|that|this\s+past|this\s+coming"
    r"|(?:(?:earlier|later|early|late|mid)[\s-]+(?:this|that|last|next|in\s+the))|the\s+end\s+of\s+(?:the|this|last|next)"
    r"|the\s+(?:beginning|start|middle)\s+of\s+(?:the|this|last|next))"
)

PATTERNS = Patterns()


@PATTERNS.add(
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


@PATTERNS.add(
    rf"\b(?P<rel>this|last|next)\s+year[’']s\s+(?:{FISCAL}{ORDINAL}[\s-]+)?{FISCAL}(?:quarter|period)\b",
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
        day = reference_day(context)
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


@PATTERNS.add(r"\bthe\s+weekend\b", "unit")
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


@PATTERNS.add(
    r"\b(?:(?P<edge>early|late|mid|the\s+end\s+of|the\s+beginning\s+of)[\s-]+)?(?:the\s+)?(?P<which>year|month|week)(?:[’']s\s+|[\s-])end\b|\b(?:the\s+)?(?P<which2>year|month|week)[\s-]end\b",
    "unit",
)
def _period_end(match: re.Match[str], context: TimeContext) -> Found | None:
    if context.anchor is None:
        return None
    unit = (match["which"] or match["which2"]).lower()
    return found(match, "DATE", render(context.anchor, unit), f"end of the {unit} of publication")


@PATTERNS.add(
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


@PATTERNS.add(rf"\b{_COUNTED}\s+(?P<dir>ago|earlier|later|before|after|hence|on)\b", "unit")
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


@PATTERNS.add(
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


@PATTERNS.add(
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


@PATTERNS.add(
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


@PATTERNS.add(
    r"\b(?:for|in|over|within|took|takes|take|lasted|last)\s+(?:many\s+)?(?P<unit>years|months|weeks|days|decades|hours|centuries|minutes)\b(?!\s+(?:of|ago|before|after|later|earlier))",
    "unit",
)
def _bare_plural(match: re.Match[str], context: TimeContext) -> Found | None:
    value = duration_value(None, match["unit"].rstrip("s").replace("centurie", "century"))
    return found(match, "DURATION", value, "duration of unknown length", "unit")


@PATTERNS.add(
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


@PATTERNS.add(
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


@PATTERNS.add(
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
