"""Offsets, durations, repeated times and vague references.

"a week ago", "over a week ago" (the publication date or earlier), "a year
earlier" (from the time last mentioned), "two days before the election" (a
duration: the election's date is not known here), "nearly three years",
"two-year", "every Monday", "daily", "recently", "the future".
"""

from __future__ import annotations

import re
from datetime import date

from attrs import evolve
from dateutil.relativedelta import relativedelta

from provenance.lexicon import WEEKDAYS
from provenance.time_context import TimeContext
from provenance.time_lexicon import (
    COUNT,
    FREQUENCIES,
    MODIFIER,
    MONTH_NAMES,
    NUMBER,
    SEASON,
    SEASONS,
    UNIT,
    WEEKDAY,
    duration_value,
    month_number,
    parse_count,
)
from provenance.time_patterns import Found, Patterns, found
from provenance.time_values import render, shift_value, value_interval

PATTERNS = Patterns()
COUNTED = (
    rf"(?:{MODIFIER}\s+)?{COUNT}(?:\s+(?:more|additional|extra|straight|consecutive|full|long"
    rf"|trading|business|working|calendar|successive))?\s+{UNIT}"
    r"(?P<half>\s+and\s+a\s+half)?(?:\s+or\s+so)?"
)
# After "a second", a noun makes it the ordinal: "a second chance", "a second term".
ORDINAL_AFTER = re.compile(
    r"\s+(?!(?:ago|later|earlier|before|after|or|and|to|of|in|on|for|the|a|an|longer|more|too"
    r"|late|early|away|apart|while|when|as|but|so|then|before|until)\b)[a-z]"
)
EVENT_AFTER = re.compile(r"[^\S\n]+[^,.;:!?\n\"“”]{1,40}")
RATE_BEFORE = re.compile(
    r"(?:once|twice|thrice|times|\d|%|million|billion|percent|dollars?|pounds?|euros?|cents?)\s*$",
    re.IGNORECASE,
)
OPEN_BEFORE = ("over", "just over", "well over", "more than", "at least")
CALENDAR_UNITS = ("year", "quarter", "month", "week", "decade", "century")
ADJECTIVE_UNITS = "second|minute|hour|day|week|month|year|decade"
# Counts of a unit as counts of a calendar unit: 2 decades are 20 years.
CALENDAR_STEPS = {"decade": (10, "year"), "century": (100, "year"), "fortnight": (2, "week")}
CALENDAR_STEPS |= {"weekend": (1, "week"), "night": (1, "day")}


# "Within hours," or "within minutes," opening a clause: after a sentence's or a
# clause's start.
SAME_DAY_OPENING = re.compile(r"within\s+(?:hours|minutes)", re.IGNORECASE)
CLAUSE_OPENS_BEFORE = re.compile(r"[.,;:\n]\s?$")


def _unit(word: str) -> str:
    """ "centuries" is "century", "weeks" "week"."""
    return word.lower().removesuffix("s").replace("centurie", "century")


def _counted(match: re.Match[str]) -> float | None:
    count = parse_count(match["count"])
    return count + 0.5 if count is not None and match["half"] else count


@PATTERNS.add(rf"\b{COUNTED}\s+(?P<dir>ago|earlier|later|before|after|hence|on)\b", "unit")
def _offset(match: re.Match[str], context: TimeContext) -> Found | None:
    """ "a week ago" from the publication date, "a year earlier" from the time last mentioned.

    "Two days before the election" counts from an event, which fixes no
    date here: it is the duration "two days", as are offsets of hours.
    """
    direction = match["dir"].lower()
    count = _counted(match)
    unit = _unit(match["unit"])
    said = match.group().lower()
    # "A day earlier", "Two days later" count from the day last mentioned (TimeML
    # annotates the second as a stretch from another event, but a reader dates it);
    # "three hours later" is such a stretch.
    in_days = unit == "day" and count is not None and direction in ("earlier", "later")
    if direction in ("before", "after", "on") or (
        direction != "ago" and unit not in CALENDAR_UNITS and not in_days
    ):
        end = match.start("dir")
        while context.text[end - 1].isspace():
            end -= 1
        event = EVENT_AFTER.match(context.text, match.end())
        said += event.group().rstrip() if event else ""
        rule = f"offset from another event: '{said}'"
        return Found(match.start(), end, "DURATION", duration_value(count, unit), rule)
    if count is None or count != int(count) or context.anchor is None:
        vague = "PAST_REF" if direction in ("ago", "earlier") else "FUTURE_REF"
        return found(match, "DATE", vague, f"'{said}': no fixed time")
    sign = -1 if direction in ("ago", "earlier") else 1
    factor, granularity = CALENDAR_STEPS.get(unit, (1, unit))
    step = int(count) * sign * factor
    reference = context.reference
    if in_days and context.last_day is not None and reference and "-W" in reference:
        # ("apologized Wednesday evening ... first reported last week ... A day earlier":
        # from the day last mentioned, not a week named since in passing; but a month or
        # a year named since moves the story there.)
        reference = context.last_day
    period = reference is not None and value_interval(reference)[2] in ("quarter", "half")
    if reference and (direction != "ago" or (period and unit == "year")):
        shifted = shift_value(reference, granularity, step)
        if shifted:
            resolved = found(match, "DATE", shifted, f"'{said}' from the time last mentioned")
            return evolve(resolved, comparison=sign < 0)
    moved = _moved(context.anchor, granularity, step)
    modifier = " ".join((match["mod"] or "").lower().split())
    open_start = sign < 0 and modifier in OPEN_BEFORE
    # Weeks counted back from a known day land on a day ("a week ago" on a Tuesday is the
    # Tuesday before), not on a calendar week.
    value = render(moved, "day" if granularity == "week" else granularity)
    rule = f"'{said}' from the publication date"
    return Found(match.start(), match.end(), "DATE", value, rule, open_start)


def _moved(day: date, granularity: str, amount: int) -> date:
    if granularity == "quarter":
        return day + relativedelta(months=3 * amount)
    return day + relativedelta(**{f"{granularity}s": amount})


@PATTERNS.add(
    r"\b(?:the\s+(?P<which>past|last|next|first|coming|previous|latest|final|following"
    r"|ensuing|preceding|remaining|year-earlier|year-ago|initial|same|other)\s+)?"
    rf"{COUNTED}\b(?!-)",
    "unit",
)
def _duration(match: re.Match[str], context: TimeContext) -> Found | None:
    """ "two weeks", "the first nine months", "nearly three years"; "$5 a year" is a rate."""
    count = _counted(match)
    unit = _unit(match["unit"])
    single = match["count"].lower() in ("a", "an") and not match["which"] and not match["mod"]
    if single and RATE_BEFORE.search(context.text, max(0, match.start() - 12), match.start()):
        return found(match, "SET", duration_value(1, unit), "a rate: once per period")
    if count is not None and unit == "year" and count >= 1500:
        return None
    if single and unit == "second" and ORDINAL_AFTER.match(context.text, match.end()):
        return None  # "a second chance": the ordinal, not a second of time
    return found(match, "DURATION", duration_value(count, unit), "duration")


@PATTERNS.add(
    rf"\b(?:the\s+)?(?P<count>{NUMBER})-(?P<unit>{ADJECTIVE_UNITS})(?:-long)?\b(?!-old)"
    rf"|\b(?P<units>{ADJECTIVE_UNITS}|centurie)s-long\b|\b(?P<day>day)-long\b",
    "unit",
)
def _duration_adjective(match: re.Match[str], context: TimeContext) -> Found | None:
    """ "a two-year contract", "a decades-long feud"; an age ("6-year-old") is not a duration."""
    if match["day"]:
        return found(match, "DURATION", "P1D", "duration, as an adjective")
    if match["units"]:
        value = duration_value(None, _unit(match["units"]))
        return found(match, "DURATION", value, "duration of unknown length, as an adjective")
    count = parse_count(match["count"])
    if count is None:
        return None
    value = duration_value(count, match["unit"])
    return Found(match.start("count"), match.end(), "DURATION", value, "duration, as an adjective")


@PATTERNS.add(
    r"\b(?:for|in|over|within|took|takes|take|lasted|last)\s+(?:many\s+)?"
    rf"(?P<unit>(?:{ADJECTIVE_UNITS}|centurie)s)\b"
    r"(?!\s+(?:of|ago|before|after|later|earlier))",
    "unit",
)
def _bare_plural(match: re.Match[str], context: TimeContext) -> Found | None:
    """ "for years", "within hours": a stretch of unknown length; but "Within hours,"
    opening a clause after a day was told is later that same day."""
    opening = (
        SAME_DAY_OPENING.fullmatch(match.group())
        and CLAUSE_OPENS_BEFORE.search(context.text, max(0, match.start() - 2), match.start())
        and context.text[match.end() : match.end() + 1] == ","
    )
    if opening and context.last_told_day is not None:
        rule = f"'{match.group()}', opening a clause: the day the narrator told of last"
        return found(match, "DATE", context.last_told_day[:10], rule)
    value = duration_value(None, _unit(match["unit"]))
    return found(match, "DURATION", value, "duration of unknown length", "unit")


@PATTERNS.add(
    r"\b(?:(?:hours|minutes)\s+later|within\s+(?:hours|minutes)\s+of\s+(?:the|its|his|her|their)"
    r"\s+[\w-]+"
    # "Hours after the cooperative's statement, ...": after what was told last.
    # (Not "Hours after the clip surfaced,": a clause of its own, about another time.)
    # (Not "Hours after the broadcast,": dated from the broadcast, an event of its own.)
    r"|(?:hours|minutes)\s+after\s+(?:the|its|his|her|their)\s+(?:[\w-]+['’]s\s+)?"
    r"(?!(?:broadcast|leak|publication|report|story|post|posting|release|airing|article|clip"
    r"|video|recording|revelations?)\b)[\w-]+)"
    # (Not "Hours later, on Tuesday night,": a time told right after it.)
    r"(?=,(?!\s+(?:on|at|in|by|late|early|shortly|just|around|about|before|after)\b)"
    # ("was picked up hours later by the website Offload")
    r"|(?<=later)\s+by\b)",
    "unit",
)
def _hours_later(match: re.Match[str], context: TimeContext) -> Found | None:
    """ "Hours later, ...", "Within hours of the broadcast, ...": opening a clause after
    a day was told, later that same day (and nothing to resolve otherwise); so is "hours
    later" before a passive's agent ("picked up hours later by")."""
    opening = CLAUSE_OPENS_BEFORE.search(context.text, max(0, match.start() - 2), match.start())
    by_agent = context.text[match.end() : match.end() + 1] != ","
    day = context.last_told_day
    if (opening is None and not by_agent) or day is None:
        return None
    if context.anchor is not None and day[:10] > context.anchor.isoformat():
        return None  # ("... when the commission meets next Tuesday. Hours later, ...")
    rule = f"'{match.group()}', opening a clause: the day the narrator told of last"
    return found(match, "DATE", context.last_told_day[:10], rule)


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
    value = duration_value(None, _unit(match["unit"]))
    return found(match, "DURATION", value, "duration of unknown length")


# "the Daily Bugle", "The Weekly Standard", "Jamhuri Daily": a capitalised
# frequency word next to another capitalised word is part of a name.
NAME_GOES_ON = re.compile(r" [A-Z]")
NAME_BEFORE = re.compile(r"\b[A-Z][\w'’&-]* $")


@PATTERNS.add(
    rf"\b(?P<word>{'|'.join(FREQUENCIES)})\b|\b(?:every|each)\s+(?P<other>other\s+)?"
    rf"(?:(?P<unit>{ADJECTIVE_UNITS}|night|weekend|quarter)|{WEEKDAY}|(?P<month>{MONTH_NAMES})"
    rf"|{SEASON})\b",
    "frequency",
)
def _set(match: re.Match[str], context: TimeContext) -> Found | None:
    """ "daily", "every other week", "every Monday", "each July"."""
    if match["word"]:
        if match["word"][0].isupper() and (
            NAME_GOES_ON.match(match.string, match.end())
            or NAME_BEFORE.search(match.string, max(0, match.start() - 30), match.start())
        ):
            return None
        word = match["word"].lower()
        return found(match, "SET", FREQUENCIES[word], f"frequency '{word}'")
    if match["unit"]:
        every = 2 if match["other"] else 1
        return found(match, "SET", duration_value(every, match["unit"]), "every period")
    if match["weekday"]:
        weekday = WEEKDAYS.index(match["weekday"].lower()) + 1
        return found(match, "SET", f"XXXX-WXX-{weekday}", "every such weekday")
    if match["month"]:
        return found(match, "SET", f"XXXX-{month_number(match['month']):02d}", "every such month")
    return found(match, "SET", f"XXXX-{SEASONS[match['season'].lower()]}", "every such season")


# "the past three years" is a duration, not "the past".
COUNT_AFTER = re.compile(
    r"\s+(?:\d|few|several|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|decade"
    r"|century|year|month|week|day|quarter|generation)",
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
    """ "now", "recently", "the future": ``PRESENT_REF``, ``PAST_REF``, ``FUTURE_REF``."""
    word = " ".join(match["word"].lower().split())
    start = match.start()
    if word in ("in the past", "the past") and COUNT_AFTER.match(context.text, match.end()):
        return None
    if word == "in the past":
        start += 3
    return Found(start, match.end(), "DATE", VAGUE[word], f"vague reference '{word}'")
