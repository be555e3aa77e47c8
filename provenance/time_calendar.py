"""Calendar expressions: dates, months, years, decades, centuries, seasons, quarters, holidays.

"10 December", "Dec. 10", "10/12/2019" (in the outlet's locale), "November
2018", "late November", "fiscal 1989", "the 1990s", "last summer", "the
third quarter", "Christmas Day". A date without a year takes the year its
clause's tense points to (:meth:`provenance.time_context.TimeContext.year_for`).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from attrs import evolve
from dateutil.easter import easter
from dateutil.relativedelta import MO, TH, TU, relativedelta

from provenance.lexicon import WEEKDAYS
from provenance.time_context import SENTENCE_BREAK, TimeContext
from provenance.time_lexicon import (
    DAY,
    FIXED_HOLIDAYS,
    GAME_WORDS,
    MONTH,
    MONTH_NAMES,
    MOVABLE_HOLIDAYS,
    ORDINAL,
    ORDINALS,
    PART,
    SEASON,
    SEASON_MONTHS,
    SEASONS,
    SPOKEN_YEAR,
    WEEKDAY,
    YEAR,
    month_number,
    parse_spoken_year,
)
from provenance.time_patterns import (
    Found,
    Patterns,
    capitalised,
    day_value,
    found,
)
from provenance.time_values import quarter_value, shift_value, value_interval

PATTERNS = Patterns()
PERIOD_EDGE = r"(?:early|late|mid|the\s+(?:end|beginning|start|middle|turn)\s+of)"
FISCAL = r"(?:fiscal[\s-]+)?"
# "the evening of Sept. 4", "Tuesday, 4 March", "the afternoon of Sunday 22 February":
# what may stand before a calendar date.
WEEKDAY_BEFORE = rf"(?:the\s+(?:(?:early|late)\s+)?{PART}\s+of\s+)?(?:{WEEKDAY},?\s+)?"
YEAR_AFTER = rf"(?:,?\s+(?:{YEAR}(?!\d)|{SPOKEN_YEAR}))?"
PREPOSITION_BEFORE = re.compile(
    r"\b(?:in|since|until|till|by|from|during|through|throughout|before|after|of|to|last|next"
    r"|this|early|late|mid|end|beginning|start|middle)[\s-]+$",
    re.IGNORECASE,
)
DECADE_WORDS = "twenties thirties forties fifties sixties seventies eighties nineties".split()


# Calendar dates ------------------------------------------------------------


@PATTERNS.add(
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


@PATTERNS.add(r"(?<![\d/])(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<y>\d{4}|\d{2})(?![\d/])", "digits")
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


@PATTERNS.add(rf"\b{WEEKDAY_BEFORE}(?:the\s+)?{DAY}(?:\s+of)?\s+{MONTH}(?!\w){YEAR_AFTER}", "month")
def _day_month(match: re.Match[str], context: TimeContext) -> Found | None:
    return _calendar_date(match, context, "day month")


@PATTERNS.add(rf"\b{WEEKDAY_BEFORE}{MONTH}\s+(?:the\s+)?{DAY}(?!\d|:\d){YEAR_AFTER}", "month")
def _month_day(match: re.Match[str], context: TimeContext) -> Found | None:
    return _calendar_date(match, context, "month day")


def _calendar_date(match: re.Match[str], context: TimeContext, shape: str) -> Found | None:
    if not capitalised(match["month"]):
        return None
    month, day = month_number(match["month"]), int(match["day"])
    year = _year_of(match)
    rule = shape
    if year is None:
        year = context.year_for(month, day, match.start(), match.end())
        rule = f"{shape}, year from the publication date and the tense"
        weekday = match["weekday"]
        if (
            year is not None
            and weekday
            and capitalised(weekday)
            and _far(year, month, day, context)
        ):
            # "have called a march for Saturday 28 November": of the years around, the one in
            # which that date falls on that day of the week (when the year the tense gave
            # is far from the publication date; near it, a weekday one off is a slip).
            matching = _years_on_weekday(month, day, WEEKDAYS.index(weekday.lower()), year)
            if len(matching) == 1 and matching[0] != year:
                year, rule = matching[0], f"{shape}, year in which it falls on a {weekday}"
    if year is None:
        return found(match, "DATE", f"XXXX-{month:02d}-{day:02d}", shape)
    try:
        resolved = date(year, month, day)
    except ValueError:
        return None
    kind, value = day_value(resolved, match["part"])
    return found(match, kind, value, rule)


def _far(year: int, month: int, day: int, context: TimeContext) -> bool:
    """Whether the date is more than two months from the publication date."""
    anchor = context.anchor
    try:
        return anchor is not None and abs((date(year, month, day) - anchor).days) > 60
    except ValueError:
        return False


def _years_on_weekday(month: int, day: int, weekday: int, near: int) -> list[int]:
    """The years from one before ``near`` to one after in which the date is that weekday."""
    found_in = []
    for year in (near - 1, near, near + 1):
        try:
            if date(year, month, day).weekday() == weekday:
                found_in.append(year)
        except ValueError:
            continue  # 29 February
    return found_in


def _year_of(match: re.Match[str]) -> int | None:
    if match["year"]:
        return int(match["year"])
    if match["spoken"]:
        return parse_spoken_year(match["spoken"])
    return None


@PATTERNS.add(rf"\b{MONTH}(?:\s+of)?\s+(?P<rel>last|this|next)\s+year\b", "month")
def _month_of_relative_year(match: re.Match[str], context: TimeContext) -> Found | None:
    if not capitalised(match["month"]) or context.anchor is None:
        return None
    year = context.anchor.year + {"last": -1, "this": 0, "next": 1}[match["rel"].lower()]
    value = f"{year:04d}-{month_number(match['month']):02d}"
    return found(match, "DATE", value, f"month of '{match['rel'].lower()} year'")


@PATTERNS.add(rf"\b{MONTH}(?:,|\s+of)?\s+(?:{YEAR}(?!\d)|{SPOKEN_YEAR})", "month")
def _month_year(match: re.Match[str], context: TimeContext) -> Found | None:
    year = _year_of(match)
    if not capitalised(match["month"]) or year is None:
        return None
    return found(match, "DATE", f"{year:04d}-{month_number(match['month']):02d}", "month and year")


@PATTERNS.add(
    rf"\b(?:(?P<rel>last|next|this|this\s+past|{PERIOD_EDGE})[\s-]+)?"
    rf"(?P<name>{MONTH_NAMES})\b(?!\s*\d)",
    "month",
)
def _month_alone(match: re.Match[str], context: TimeContext) -> Found | None:
    """ "in March", "late November", "last April"; "May" and "March" only after a preposition."""
    name = match["name"]
    relation = " ".join((match["rel"] or "").lower().split())
    before = context.text[max(0, match.start() - 20) : match.start()]
    if not relation and not capitalised(name):
        return None
    if name.lower() in ("may", "march") and not relation and not PREPOSITION_BEFORE.search(before):
        return None
    month = month_number(name)
    anchor = context.anchor
    if anchor is None:
        return found(match, "DATE", f"XXXX-{month:02d}", "month")
    if relation in ("last", "this past"):
        year = anchor.year if month < anchor.month else anchor.year - 1
    elif relation == "next":
        year = anchor.year if month > anchor.month else anchor.year + 1
    elif relation == "this":
        year = anchor.year
    else:
        year = context.year_for(month, None, match.start(), match.end()) or anchor.year
    return found(match, "DATE", f"{year:04d}-{month:02d}", f"month '{match.group()}'")


@PATTERNS.add(
    rf"(?<![\w$€£.,/-])(?:(?P<fiscal>fiscal(?:\s+year)?\s+)|(?P<edge>{PERIOD_EDGE})[\s-]+"
    r"|(?P<the>the\s+year\s+)|(?P<post>(?:pre|post)-))?"
    rf"{YEAR}(?![\w%-]|[.,]\d|\s*(?:percent|per\s+cent))",
    "digits",
)
def _year(match: re.Match[str], context: TimeContext) -> Found | None:
    """A year written in digits, not an amount ("1990", "fiscal 1989", "mid-1996")."""
    group = "year" if match["post"] else 0
    return found(match, "DATE", match["year"], "year", group)


@PATTERNS.add(rf"\b(?:(?P<edge>{PERIOD_EDGE})[\s-]+)?(?:the\s+)?{SPOKEN_YEAR}\b", "spoken")
def _spoken_year(match: re.Match[str], context: TimeContext) -> Found | None:
    """ "in nineteen ninety-six", "the year two thousand": only where a year is expected."""
    year = parse_spoken_year(match["spoken"])
    before = context.text[max(0, match.start() - 12) : match.start()].lower()
    if year is None or not (
        match["edge"] or "year" in before or re.search(r"\b(?:in|of|since|until|by)\s+$", before)
    ):
        return None
    return found(match, "DATE", f"{year:04d}", "year in words")


@PATTERNS.add(
    r"\b(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?"
    r"(?:(?P<century>1[5-9]|20)(?P<decade>\d)0|'(?P<short>\d)0)'?s\b"
    r"|\bthe\s+(?:(?:early|late|mid)[\s-]+)?(?P<word>" + "|".join(DECADE_WORDS) + r")\b",
    "digits spoken",
)
def _decade(match: re.Match[str], context: TimeContext) -> Found | None:
    """ "the 1990s" is ``199``, "the '80s" and "the eighties" ``198``."""
    if match["century"]:
        value = f"{match['century']}{match['decade']}"
    elif match["short"]:
        value = f"19{match['short']}"
    else:
        value = f"19{DECADE_WORDS.index(match['word'].lower()) + 2}"
    return found(match, "DATE", value, "decade")


@PATTERNS.add(
    r"\b(?:the\s+|this\s+|last\s+)?(?:(?:early|late|mid)[\s-]+)?"
    r"(?P<number>\d{1,2})(?:st|nd|rd|th)[\s-]+centur(?:y|ies)\b"
    r"|\b(?P<rel>this|last|the\s+last|the\s+past|the\s+next|next)\s+century\b",
    "unit digits",
)
def _century(match: re.Match[str], context: TimeContext) -> Found | None:
    """ "the 20th century" is ``19``; "the past century" a hundred years."""
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


@PATTERNS.add(
    rf"\b(?:(?P<rel>last|next|this|this\s+past|this\s+coming|the|early|late|mid)[\s-]+)?"
    rf"(?:(?P<edge>early|late)\s+)?{SEASON}(?:\s+(?:of\s+)?(?:{YEAR}(?!\d)|{SPOKEN_YEAR}))?\b",
    "season",
)
def _season(match: re.Match[str], context: TimeContext) -> Found | None:
    """ "last summer", "the winter of 1994", "in spring"; a bare season word only after "in"."""
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


@PATTERNS.add(
    r"\b(?:(?:the|its|a|this|that)\s+)?(?:(?P<ago>year-(?:ago|earlier))\s+)?"
    rf"{FISCAL}(?:(?P<y1>(?:1[89]|20)\d{{2}})\s+)?{FISCAL}{ORDINAL}[\s-]+{FISCAL}(?P<kind>quarter|half)"
    r"(?![\w-]*\s+(?:of\s+)?(?:a|an|the)?\s*(?:point|mile|century|hour|inch|percent))"
    r"(?:\s+(?:of\s+)?(?:fiscal\s+)?(?P<y2>(?:1[89]|20)\d{2})\b)?",
    "unit",
)
def _quarter(match: re.Match[str], context: TimeContext) -> Found | None:
    """ "the third quarter", "fiscal second-quarter", "the first half of 1989".

    Without a year, the latest such quarter that has begun by the
    publication date, or the coming one in a future clause.
    """
    ordinal = match["ordinal"].lower()
    number = ORDINALS.get(ordinal) or int(ordinal[0])
    kind = "Q" if match["kind"].lower() == "quarter" else "H"
    if number > (4 if kind == "Q" else 2):
        return None
    explicit = match["y1"] or match["y2"]
    if explicit:
        return found(match, "DATE", f"{explicit}-{kind}{number}", "quarter of a year")
    if kind == "H" and "fiscal" not in match.group().lower() and _of_a_game(match, context):
        return None  # "midway through the second half" of a match
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


def _of_a_game(match: re.Match[str], context: TimeContext) -> bool:
    """Whether the sentence of a half with no year speaks of a game ("in the 58th minute",
    "the referee"): there a half is the game's, not the year's."""
    left, right = context.span(match.start(), match.end(), SENTENCE_BREAK)
    return GAME_WORDS.search(context.text, left, right) is not None


@PATTERNS.add(
    r"\b(?:(?P<det>the|this|that|its|their|his|her)\s+)?"
    r"(?P<which>latest|current|same|comparable|previous|prior|year-ago|year-earlier"
    r"|(?:1[89]|20)\d{2})?(?:\s+(?P<ago>year-ago|year-earlier))?\s*(?:fiscal\s+)?"
    r"(?P<kind>quarter|period)\b(?!-)|\b(?P<bare>year-(?:ago|earlier))\b",
    "unit",
)
def _this_quarter(match: re.Match[str], context: TimeContext) -> Found | None:
    """ "the quarter", "the latest quarter", "the year-ago period": the quarter last mentioned.

    Failing one, the latest full quarter before publication; "year-ago"
    compares with the same quarter a year before.
    """
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


# Holidays -------------------------------------------------------------------

_HOLIDAY_NAMES = "|".join(
    re.escape(name).replace(r"\ ", r"\s+")
    for name in sorted([*FIXED_HOLIDAYS, *MOVABLE_HOLIDAYS], key=len, reverse=True)
)


@PATTERNS.add(
    rf"\b(?:(?P<rel>last|next|this)\s+)?(?P<name>{_HOLIDAY_NAMES})"
    r"(?:\s+(?P<year>(?:1[89]|20)\d{2}))?\b",
    "holiday",
)
def _holiday(match: re.Match[str], context: TimeContext) -> Found | None:
    """ "Christmas Day", "last Thanksgiving", "Easter 2019": in the year the clause points to."""
    name = " ".join(match["name"].lower().split())
    anchor = context.anchor
    if not any(letter.isupper() for letter in match["name"]):
        return None
    if match["year"]:
        year = int(match["year"])
    elif anchor is None:
        return None
    else:
        years = (anchor.year - 1, anchor.year, anchor.year + 1)
        relation = (match["rel"] or "").lower()
        if relation == "last":
            year = max(y for y in years if holiday_date(name, y) < anchor)
        elif relation == "next":
            year = min(y for y in years if holiday_date(name, y) > anchor)
        elif relation == "this":
            year = anchor.year
        else:
            this_year = holiday_date(name, anchor.year)
            year = context.year_for(this_year.month, this_year.day, match.start(), match.end())
            year = year or anchor.year
    return found(match, "DATE", holiday_date(name, year).isoformat(), f"holiday '{name}'")


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
