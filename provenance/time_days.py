"""Days: weekdays, yesterday/today/tomorrow/tonight, parts of the day, clock times.

A bare weekday is the most recent such day up to and including the
publication date, unless its clause is future or modal ("will", "would",
"could be led ... on Friday"), in which case it is the next one. A part of
the day keeps its granularity: "Tuesday afternoon" is ``TAF``, 12:00 to
18:00, not 15:00.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from provenance.lexicon import WEEKDAYS
from provenance.time_context import TimeContext
from provenance.time_lexicon import (
    DAY,
    MONTH,
    MONTH_NAMES,
    PART,
    PARTS_OF_DAY,
    WEEKDAY,
    YEAR,
    month_number,
)
from provenance.time_patterns import (
    Found,
    Patterns,
    capitalised,
    day_value,
    found,
    reference_day,
)

# Weekdays, days and parts of the day -----------------------------------------

NAME_AFTER = re.compile(r"\s+(?!(?:" + MONTH_NAMES + r")\b)(?-i:[A-Z][a-z])", re.IGNORECASE)

PATTERNS = Patterns()


@PATTERNS.add(
    rf"\b(?:(?P<rel>last|next|this|this\s+past|this\s+coming|early|late|earlier|later)\s+)?{WEEKDAY}"
    rf"(?P<plural>s)?(?:,?\s+{PART}s?)?\b",
    "weekday",
)
def _weekday(match: re.Match[str], context: TimeContext) -> Found | None:
    if not capitalised(match["weekday"]) or (
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
    kind, value = day_value(day, part)
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


@PATTERNS.add(
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
    kind, value = day_value(context.anchor + timedelta(days=shift), part)
    return found(match, kind, value, f"'{match.group().lower()}' from the publication date")


@PATTERNS.add(
    rf"\b(?P<which>this|that|the\s+same|the\s+next|the\s+following|the\s+previous|the)\s+(?:(?P<edge>early|late)\s+)?{PART}\b"
    r"|\b(?P<mid>mid-?\s*(?:morning|afternoon|day)|midday|noon|midnight)\b",
    "part clock",
)
def _part_of_day(match: re.Match[str], context: TimeContext) -> Found | None:
    if match["mid"]:
        word = match["mid"].lower().replace("-", "").replace(" ", "")
        day = reference_day(context)
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
        kind, value = day_value(day, part)
        return found(match, kind, value, "part of the day last mentioned")
    which = " ".join(match["which"].lower().split())
    part = match["part"].lower()
    if which == "this":
        if context.anchor is None:
            return None
        kind, value = day_value(context.anchor, part)
        return found(match, kind, value, f"'this {part}' of the publication day")
    day = reference_day(context)
    if day is None:
        return None
    shift = {"the next": 1, "the following": 1, "the previous": -1}.get(which, 0)
    kind, value = day_value(day + timedelta(days=shift), part)
    return found(match, kind, value, f"'{which} {part}' of the day last mentioned")


@PATTERNS.add(
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
    if match["month"] and capitalised(match["month"]):
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
        day = reference_day(context)  # type: ignore[assignment]
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
