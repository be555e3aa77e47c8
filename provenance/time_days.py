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

from attrs import evolve

from provenance.lexicon import WEEKDAYS
from provenance.time_context import SENTENCE_BREAK, TimeContext
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

PATTERNS = Patterns()
NAME_AFTER = re.compile(r"\s+(?!(?:" + MONTH_NAMES + r")\b)(?-i:[A-Z][a-z])", re.IGNORECASE)
SENTENCE_OPENING = re.compile(r"(?:[.!?:]\s+|\n\s*|^)[\"“‘'`]*$")
DEICTIC_SHIFT = {
    "yesterday": -1,
    "today": 0,
    "tomorrow": 1,
    "tonight": 0,
    "last night": -1,
    "overnight": 0,
}
# "Today anyone can make a voice say anything": these days, not the publication day.
GENERAL_SUBJECT = re.compile(
    r",?\s+(?:almost\s+|hardly\s+)?(?:anyone|anybody|everyone|everybody|nobody|no\s+one)"
    # (A claim in the present: not "Today nobody from the ministry turned up".)
    r"\s+(?:can|could|may|might|will|would|must|should|is|has|knows|needs|wants|thinks)\b",
    re.IGNORECASE,
)
NIGHT_WORDS = ("tonight", "last night", "overnight")
AROUND_SHIFT = {"before": -1, "after": 1}
WEEK_SHIFT = {"last": -1, "this": 0, "next": 1}
# "10 p.m. newscast Monday", "its 7am bulletin the following morning", "its 11 p.m.
# newscast Nov. 2": a day named a few lower-case words after a clock time.
LATER_DAY = re.compile(
    r"(?:\s+(?-i:[a-z])[\w-]*){1,3}\s+(?:on\s+)?(?:"
    + WEEKDAY
    + r"|(?P<following>the\s+(?:following|next)\s+(?:day|morning|afternoon|evening|night))"
    + rf"|{MONTH}\s+{DAY}(?!\d)(?:,\s+{YEAR})?|(?P<deictic>today|yesterday|tomorrow|tonight)"
    + r")\b",
    re.IGNORECASE,
)
CLOCK_DAY = (
    rf"(?:,?\s+(?:(?:on|last|next|this)\s+)?(?:{WEEKDAY}"
    rf"|(?P<deictic>today|yesterday|tomorrow|tonight)|{MONTH}\s+{DAY}(?!\d)(?:,\s+{YEAR})?))"
)


@PATTERNS.add(
    r"\b(?:(?P<rel>last|next|this|this\s+past|this\s+coming|early|late|earlier|later)\s+)?"
    rf"{WEEKDAY}(?P<plural>s)?(?:,?\s+{PART}s?)?"
    # "Wednesday night last week": the weekday of the week named after it.
    r"(?:\s+(?P<week>last|this|next)\s+week)?\b",
    "weekday",
)
def _weekday(match: re.Match[str], context: TimeContext) -> Found | None:
    """ "Tuesday afternoon", "last Friday", "on Tuesdays" (every Tuesday)."""
    in_name = not match["part"] and NAME_AFTER.match(context.text, match.end())
    if not capitalised(match["weekday"]) or in_name:
        return None
    weekday = WEEKDAYS.index(match["weekday"].lower())
    part = match["part"].lower() if match["part"] else None
    code = f"T{PARTS_OF_DAY[part][0]}" if part else ""
    if match["plural"]:
        return found(match, "SET", f"XXXX-WXX-{weekday + 1}{code}", "every such weekday")
    if context.anchor is None:
        return found(match, "DATE", f"XXXX-WXX-{weekday + 1}{code}", "weekday, no publication date")
    possessive = re.match(r"[’']s\b", context.text[match.end() : match.end() + 3])
    relation = (match["rel"] or "").lower()
    if match["week"]:
        week = match["week"].lower()
        monday = context.anchor - timedelta(days=context.anchor.weekday())
        day = monday + timedelta(weeks=WEEK_SHIFT[week], days=weekday)
        kind, value = day_value(day, part)
        return found(match, kind, value, f"weekday of '{week} week'")
    day, rule = resolve_weekday(weekday, relation, context, match, tensed=not possessive)
    kind, value = day_value(day, part)
    return found(match, kind, value, rule)


def resolve_weekday(
    weekday: int, relation: str, context: TimeContext, match: re.Match[str], tensed: bool = True
) -> tuple[date, str]:
    """The most recent such day up to the anchor, or the next one in a future clause;
    after "last", that day of the week before the anchor's.

    A weekday used as a possessive ("Wednesday's ruling") names a day whose
    happening is known, so the clause's tense does not move it.
    """
    anchor = context.anchor
    assert anchor is not None
    relation = " ".join(relation.split())
    coming = relation in ("next", "this coming")
    backward = relation in ("last", "this past")
    if coming or (tensed and not backward and context.future(match.start(), match.end())):
        days = (weekday - anchor.weekday()) % 7 or (7 if relation == "next" else 0)
        return anchor + timedelta(days=days), "weekday in a future clause: the next such day"
    if relation == "last":
        # "published it last Wednesday" in a Friday's paper: the Wednesday of the week
        # before, not two days ago (which is "on Wednesday").
        monday = anchor - timedelta(days=anchor.weekday())
        return monday - timedelta(days=7 - weekday), "'last' weekday: that day of the week before"
    days = (anchor.weekday() - weekday) % 7
    last = reference_day(context, last_day=True)
    if (
        days == 0
        and not relation
        and last == anchor - timedelta(days=7)
        and not context.last_day_dated
    ):
        # "... the next morning [a Friday]. ... said in a statement on Friday afternoon",
        # in the next Friday's paper: the day the story is still on, which has that name.
        return last, "weekday: the day last told of, which has that name"
    rule = "weekday: the most recent such day up to the publication date"
    return anchor - timedelta(days=days), rule


@PATTERNS.add(
    r"\b(?:the\s+day\s+(?P<around>before|after)\s+)?"
    rf"(?P<word>yesterday|today|tomorrow|tonight|last\s+night|overnight)(?:\s+{PART})?\b",
    "deictic",
)
def _deictic(match: re.Match[str], context: TimeContext) -> Found | None:
    """ "yesterday afternoon", "tonight", "the day before yesterday"; "Today" as a name is not."""
    word = " ".join(match["word"].lower().split())
    opening = SENTENCE_OPENING.search(context.text[max(0, match.start() - 4) : match.start()])
    if match["word"][0].isupper() and match.start() > 0 and not opening and not match["around"]:
        return None
    if context.anchor is None:
        return found(match, "DATE", "PRESENT_REF", word)
    if word == "today" and not match["part"] and GENERAL_SUBJECT.match(context.text, match.end()):
        return found(
            match, "DATE", "PRESENT_REF", "'today' before a claim about anyone: these days"
        )
    shift = DEICTIC_SHIFT[word] + AROUND_SHIFT.get((match["around"] or "").lower(), 0)
    part = "night" if word in NIGHT_WORDS else (match["part"] or "").lower() or None
    named_before = word == "overnight" and context.reference_in_sentence(match.start())
    if named_before and (last := reference_day(context)) is not None:
        # "aired it on Tuesday evening, and the clip was shared overnight": that night.
        kind, value = day_value(last, part)
        return found(match, kind, value, "'overnight' after the day named before it")
    kind, value = day_value(context.anchor + timedelta(days=shift), part)
    return found(match, kind, value, f"'{match.group().lower()}' from the publication date")


@PATTERNS.add(
    r"\b(?P<which>this|that|the\s+same|the\s+next|the\s+following|the\s+previous|the)\s+"
    # (Not "said that night-shift nurses ...": a compound.)
    rf"(?:(?:early|late)\s+)?{PART}\b(?!-)"
    r"|\b(?P<mid>mid-?\s*(?:morning|afternoon|day)|midday|noon|midnight)\b",
    "part clock",
)
def _part_of_day(match: re.Match[str], context: TimeContext) -> Found | None:
    """ "this morning" of the publication day; "that night", "noon" of the day last
    mentioned; not "The Morning Mix"."""
    if match["mid"]:
        return _midday(match, context)
    if capitalised(match["part"]) and NAME_AFTER.match(context.text, match.end()):
        return None  # "The Morning Mix", "the Evening Standard": a name
    which = " ".join(match["which"].lower().split())
    part = match["part"].lower()
    if which == "this":
        if context.anchor is None:
            return None
        kind, value = day_value(context.anchor, part)
        return found(match, kind, value, f"'this {part}' of the publication day")
    day = reference_day(context, last_day=which != "the")
    if day is None:
        return None
    shift = {"the next": 1, "the following": 1, "the previous": -1}.get(which, 0)
    kind, value = day_value(day + timedelta(days=shift), part)
    return found(match, kind, value, f"'{which} {part}' of the day last mentioned")


# What will be, as it is said now: "will hold", "is due to", "are to".
WILL_BEFORE = re.compile(r"\b(?:will|shall|(?:is|are)\s+(?:due\s+)?to)\s", re.IGNORECASE)
# What "midnight" may follow to mean the night before it: "shortly before midnight".
BEFORE = re.compile(r"\bbefore\s+$", re.IGNORECASE)


def _midday(match: re.Match[str], context: TimeContext) -> Found | None:
    word = re.sub(r"[\s-]", "", match["mid"].lower())
    # "..., which the ministry launched in December. Hours later, shortly before
    # midnight": the last day told of, not a coarser date mentioned in passing.
    day = reference_day(context, last_day=True)
    if day is None:
        return None
    if word == "midnight" and BEFORE.search(context.text, max(0, match.start() - 8), match.start()):
        # "Shortly before midnight": late that night, still the day last mentioned.
        kind, value = day_value(day, "night")
        return found(match, kind, value, "before midnight: the night of the day last mentioned")
    if word == "midnight":
        next_day = (day + timedelta(days=1)).isoformat()
        rule = "midnight after the day last mentioned"
        # (The day it ends stays the day told of: "shortly before midnight ... the next
        # morning" is the morning after it.)
        return evolve(found(match, "TIME", f"{next_day}T00:00", rule), day_after=True)
    if word in ("midday", "noon"):
        return found(match, "TIME", f"{day.isoformat()}T12:00", f"{word} of the day last mentioned")
    kind, value = day_value(day, "morning" if word == "midmorning" else "afternoon")
    return found(match, kind, value, "part of the day last mentioned")


@PATTERNS.add(
    r"\b(?:(?:around|about)\s+)?(?:(?P<hour>[01]?\d)(?::(?P<minute>[0-5]\d))?\s*"
    r"(?:(?P<ampm>[ap])\.?\s?m\b\.?|o['’]clock)|(?P<noon>noon|midnight))"
    r"(?:\s+(?P<zone>(?-i:[A-Z]{1,3}T)|GMT|UTC|BST|local\s+time))?"
    rf"{CLOCK_DAY}?"
    r"|\b(?P<hour2>[01]?\d)\s+in\s+the\s+(?P<half>morning|afternoon|evening)\b"
    # A 24-hour clock, after "at" or before "hours" or a bulletin: "at 18:30", "its 18.30
    # news bulletin" (not "3.5 per cent").
    r"|(?:(?<=\bat\s)|(?<=\bits\s)|(?<=\bthe\s))(?P<hour24>[01]\d|2[0-3])[:.](?P<minute24>[0-5]\d)"
    r"(?=\s*(?:h\b|hrs\b|hours\b|news|bulletin|newscast|broadcast|edition|programme|show))",
    "clock",
)
def _clock(match: re.Match[str], context: TimeContext) -> Found | None:
    """ "10:30 a.m.", "5 p.m. EST Nov. 9", "noon Saturday", "4 in the morning"."""
    noon = (match["noon"] or "").lower()
    named = match["month"] or match["weekday"] or match["deictic"]
    if noon and not named:
        return None
    if match["hour24"]:
        hour = int(match["hour24"])
    else:
        hour = 12 if noon == "noon" else 0 if noon else int(match["hour"] or match["hour2"])
        if not noon and not 0 < hour <= 12:
            return None
    afternoon = (match["ampm"] or "").lower() == "p" or match["half"] in ("afternoon", "evening")
    if afternoon and hour < 12:
        hour += 12
    if (match["ampm"] or "").lower() == "a" and hour == 12:
        hour = 0
    later = None if named or context.anchor is None else LATER_DAY.match(context.text, match.end())
    if later is not None:
        # "aired it on its 10 p.m. newscast Monday": the day named a few words on.
        if later["following"]:
            last = reference_day(context, last_day=True)
            day: date | None = last + timedelta(days=1) if last else None
        else:
            day = _clock_day(later, context)
        rule = "clock time on the day named after it"
    else:
        # (Of the last day told of, not a week named since in passing: "... broke down
        # last week. ... aired it on its 6pm news that evening".)
        day = _clock_day(match, context) if named else reference_day(context, last_day=True)
        if not named and day is not None and context.anchor is not None:
            # (In a clause of what will be, a day told of that is past is no day of it:
            # "voted on Tuesday ... will hold a rally at 6 p.m."; but not "said on Tuesday
            # that the march would begin at 6 p.m.", the future of a past.)
            sentence_start, _ = context.span(match.start(), match.end(), SENTENCE_BREAK)
            future = WILL_BEFORE.search(context.text, sentence_start, match.start()) is not None
            day = context.anchor if future and day < context.anchor else day
        rule = "clock time on the day named" if named else "clock time on the day last mentioned"
    minute = int(match["minute"] or match["minute24"] or 0)
    if day is None:
        return found(match, "TIME", f"XXXX-XX-XXT{hour:02d}:{minute:02d}", "clock time")
    clock = found(match, "TIME", f"{day.isoformat()}T{hour:02d}:{minute:02d}", rule)
    return evolve(clock, day_after=later is not None)


def _clock_day(match: re.Match[str], context: TimeContext) -> date | None:
    """The day a clock time names: "Tuesday", "tomorrow", "Nov. 9"."""
    if match["month"]:
        if not capitalised(match["month"]):
            return None
        month, number = month_number(match["month"]), int(match["day"])
        year = int(match["year"]) if match["year"] else None
        year = year or context.year_for(month, number, match.start(), match.end())
        try:
            return date(year, month, number) if year else None
        except ValueError:
            return None
    if context.anchor is None:
        return None
    if match["weekday"]:
        return resolve_weekday(WEEKDAYS.index(match["weekday"].lower()), "", context, match)[0]
    shift = {"yesterday": -1, "tomorrow": 1}.get(match["deictic"].lower(), 0)
    return context.anchor + timedelta(days=shift)
