"""Times: find time expressions and resolve them against the publication date.

Each expression keeps its span, a TIMEX3 value and the interval it stands
for, at the granularity the text gives: "in 2016" is the year 2016, "on
Tuesday afternoon" in an article of Tuesday 10 December 2019 is
``2019-12-10TAF`` (``2019-12-10T12:00`` to ``2019-12-10T18:00``), not a
point in it.

A bare weekday is the most recent such day up to and including the
publication date, unless its clause speaks of the future ("will", "would",
"could be led ... on Friday"), in which case it is the next one. Dates
without a year take the year that puts them on the same side of the
publication date. Dates are computed with python-dateutil.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta

from attrs import frozen
from dateutil.relativedelta import relativedelta

from provenance.lexicon import MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS
from provenance.records import Article, QuoteSpan, Segments, TimeExpression

PARTS_OF_DAY = {
    "morning": ("MO", "06:00", "12:00"),
    "afternoon": ("AF", "12:00", "18:00"),
    "evening": ("EV", "18:00", "23:59"),
    "night": ("NI", "21:00", "23:59"),
}
NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "several": None,
    "few": None,
    "a few": None,
}
UNITS = {
    "day": ("D", "days"),
    "week": ("W", "weeks"),
    "month": ("M", "months"),
    "year": ("Y", "years"),
    "hour": ("H", "hours"),
    "decade": ("DE", "years"),
}
SENTENCE_OPENING = re.compile(r"(?:[.!?:]\s+|\n\s*)[\"“‘']?$")
NAME_AFTER = re.compile(r"\s+(?!(?:" + "|".join(MONTHS) + r")\b)(?-i:[A-Z][a-z])", re.IGNORECASE)
FUTURE_WORDS = frozenset(
    "will would could shall 'll ’ll going might may next upcoming coming expected set "
    "plans planned scheduled due until".split()
)

MONTH = r"(?P<month>" + "|".join(MONTHS) + "|" + "|".join(MONTH_ABBREVIATIONS) + r")\.?"
WEEKDAY = r"(?P<weekday>" + "|".join(WEEKDAYS) + r")"
PART = r"(?P<part>morning|afternoon|evening|night)"
YEAR = r"(?P<year>(?:1[89]|20)\d{2})"
DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
COUNT = r"(?P<count>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
UNIT = r"(?P<unit>day|week|month|year|hour|decade)s?"


@frozen
class _Found:
    start: int
    end: int
    type: str
    value: str
    rule: str
    time_start: str | None = None
    time_end: str | None = None
    granularity: str | None = None
    future: bool = False


def _iso_day(day: date) -> str:
    return day.isoformat()


def _day(day: date, rule: str, match: re.Match[str], part: str | None = None) -> _Found:
    if part:
        code, start, end = PARTS_OF_DAY[part]
        return _Found(
            match.start(),
            match.end(),
            "TIME",
            f"{day.isoformat()}T{code}",
            rule,
            f"{day.isoformat()}T{start}",
            f"{day.isoformat()}T{end}",
            "part_of_day",
        )
    return _Found(
        match.start(),
        match.end(),
        "DATE",
        day.isoformat(),
        rule,
        day.isoformat(),
        day.isoformat(),
        "day",
    )


def _month_number(name: str) -> int:
    name = name.lower().rstrip(".")
    if name in MONTHS:
        return MONTHS.index(name) + 1
    return MONTH_ABBREVIATIONS[name]


def _count(word: str) -> int | None:
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word.lower())


class _Context:
    """What a pattern needs to resolve an expression: the text and its anchor."""

    def __init__(self, article: Article) -> None:
        self.text = article.text
        self.anchor = _anchor_date(article.published)
        self.month_first = _month_first(article)

    def future(self, start: int) -> bool:
        """Whether the clause before ``start`` speaks of the future."""
        clause_start = max(self.text.rfind(mark, 0, start) for mark in (".", ";", "\n", "!", "?"))
        window = self.text[max(clause_start + 1, start - 80) : start].lower()
        return any(re.search(rf"(?<![\w’']){re.escape(w)}\b", window) for w in FUTURE_WORDS)

    def year_for(self, month: int, day: int | None, start: int) -> int | None:
        """The year that puts a yearless date on the side of the anchor the clause implies."""
        if self.anchor is None:
            return None
        year = self.anchor.year
        candidate = date(year, month, min(day or 1, 28))
        if self.future(start):
            return year + 1 if candidate < self.anchor - timedelta(days=1) else year
        return year - 1 if candidate > self.anchor + timedelta(days=1) else year


def _anchor_date(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return datetime.fromisoformat(published).date()
    except ValueError:
        return None


def _month_first(article: Article) -> bool:
    """US outlets write 12/10/2019 for 10 December; others day first."""
    zone = article.timezone or ""
    language = (article.language or "").lower()
    return zone.startswith("America/") or language in ("en-us", "en_us")


Resolver = Callable[[re.Match[str], _Context], "_Found | None"]
PATTERNS: list[tuple[re.Pattern[str], Resolver]] = []


def pattern(regex: str) -> Callable[[Resolver], Resolver]:
    """Register a resolver for a time-expression pattern (case-insensitive)."""

    def register(resolver: Resolver) -> Resolver:
        PATTERNS.append((re.compile(regex, re.IGNORECASE), resolver))
        return resolver

    return register


@pattern(r"\b(?P<y>(?:1[89]|20)\d{2})-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")
def _iso(match: re.Match[str], context: _Context) -> _Found | None:
    try:
        day = date(int(match["y"]), int(match["m"]), int(match["d"]))
    except ValueError:
        return None
    return _day(day, "ISO date", match)


@pattern(r"\b(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<y>\d{4}|\d{2})\b")
def _numeric(match: re.Match[str], context: _Context) -> _Found | None:
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
    return _day(resolved, f"numeric date, {order} for this outlet", match)


@pattern(rf"\b(?:(?:on\s+)?{WEEKDAY},?\s+)?(?:the\s+)?{DAY}(?:\s+of)?\s+{MONTH}(?:,?\s+{YEAR})?\b")
def _day_month(match: re.Match[str], context: _Context) -> _Found | None:
    return _calendar_date(match, context, "day month")


@pattern(rf"\b(?:(?:on\s+)?{WEEKDAY},?\s+)?{MONTH}\s+{DAY}\b(?:,?\s+{YEAR})?")
def _month_day(match: re.Match[str], context: _Context) -> _Found | None:
    return _calendar_date(match, context, "month day")


def _calendar_date(match: re.Match[str], context: _Context, shape: str) -> _Found | None:
    month = _month_number(match["month"])
    day = int(match["day"])
    year = int(match["year"]) if match["year"] else context.year_for(month, day, match.start())
    if year is None:
        return _Found(match.start(), match.end(), "DATE", f"XXXX-{month:02d}-{day:02d}", shape)
    try:
        resolved = date(year, month, day)
    except ValueError:
        return None
    rule = shape if match["year"] else f"{shape}, year from the publication date"
    return _day(resolved, rule, match)


@pattern(rf"\b{MONTH}\s+{YEAR}\b")
def _month_year(match: re.Match[str], context: _Context) -> _Found | None:
    value = f"{int(match['year']):04d}-{_month_number(match['month']):02d}"
    return _Found(
        match.start(), match.end(), "DATE", value, "month and year", value, value, "month"
    )


@pattern(rf"\b(?:(?P<rel>last|next|this|on|by|until|since)\s+)?{WEEKDAY}(?:\s+{PART})?\b")
def _weekday(match: re.Match[str], context: _Context) -> _Found | None:
    if NAME_AFTER.match(context.text, match.end()):
        return None
    weekday = WEEKDAYS.index(match["weekday"].lower())
    part = match["part"].lower() if match["part"] else None
    if context.anchor is None:
        value = f"XXXX-WXX-{weekday + 1}"
        return _Found(match.start(), match.end(), "DATE", value, "weekday, no publication date")
    relation = (match["rel"] or "").lower()
    anchor = context.anchor
    if relation == "next" or (relation != "last" and context.future(match.start())):
        days = (weekday - anchor.weekday()) % 7 or (7 if relation == "next" else 0)
        resolved = anchor + timedelta(days=days)
        rule = "weekday in a future clause: the next such day"
    else:
        days = (anchor.weekday() - weekday) % 7 or (7 if relation == "last" else 0)
        resolved = anchor - timedelta(days=days)
        rule = "weekday: the most recent such day up to the publication date"
    return _day(resolved, rule, match, part)


@pattern(rf"\b(?P<word>yesterday|today|tomorrow|tonight|last night)(?:\s+{PART})?\b")
def _deictic(match: re.Match[str], context: _Context) -> _Found | None:
    opening = SENTENCE_OPENING.search(context.text, max(0, match.start() - 4), match.start())
    if match["word"][0].isupper() and match.start() > 0 and not opening:
        return None
    word = match["word"].lower()
    if context.anchor is None:
        return _Found(match.start(), match.end(), "DATE", "PRESENT_REF", word)
    shift = {"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0, "last night": -1}[word]
    day = context.anchor + timedelta(days=shift)
    part = match["part"].lower() if match["part"] else None
    if word in ("tonight", "last night"):
        part = "night"
    return _day(day, f"'{word}' from the publication date", match, part)


@pattern(rf"\bthis\s+{PART}\b")
def _this_part(match: re.Match[str], context: _Context) -> _Found | None:
    if context.anchor is None:
        return None
    return _day(context.anchor, "'this' part of the publication day", match, match["part"].lower())


@pattern(r"\b(?P<rel>last|next|this)\s+(?P<unit>week|month|year)\b")
def _relative_period(match: re.Match[str], context: _Context) -> _Found | None:
    if context.anchor is None:
        return None
    shift = {"last": -1, "next": 1, "this": 0}[match["rel"].lower()]
    unit = match["unit"].lower()
    rule = f"'{match['rel'].lower()} {unit}' from the publication date"
    if unit == "week":
        monday = context.anchor - timedelta(days=context.anchor.weekday()) + timedelta(weeks=shift)
        iso_year, iso_week, _ = monday.isocalendar()
        return _Found(
            match.start(),
            match.end(),
            "DATE",
            f"{iso_year}-W{iso_week:02d}",
            rule,
            monday.isoformat(),
            (monday + timedelta(days=6)).isoformat(),
            "week",
        )
    if unit == "month":
        first = context.anchor.replace(day=1) + relativedelta(months=shift)
        value = f"{first.year:04d}-{first.month:02d}"
        return _Found(match.start(), match.end(), "DATE", value, rule, value, value, "month")
    value = f"{context.anchor.year + shift:04d}"
    return _Found(match.start(), match.end(), "DATE", value, rule, value, value, "year")


@pattern(
    rf"\b(?P<mod>(?:just\s+)?over|more\s+than|almost|nearly|about|some|around)?\s*"
    rf"{COUNT}\s+{UNIT}\s+(?P<dir>ago|later|earlier|before|after)\b"
)
def _ago(match: re.Match[str], context: _Context) -> _Found | None:
    count = _count(match["count"])
    if count is None:
        return None
    unit = match["unit"].lower()
    code, field = UNITS[unit]
    if match["dir"].lower() != "ago":
        value = f"P{count}{code}"
        return _Found(match.start(), match.end(), "DURATION", value, "offset from another event")
    if context.anchor is None:
        return _Found(match.start(), match.end(), "DATE", "PAST_REF", "'ago', no publication date")
    start = match.start("mod") if match["mod"] else match.start("count")
    amount = count * (10 if code == "DE" else 1)
    day = context.anchor - relativedelta(**{field: amount})
    modifier = (match["mod"] or "").strip().lower()
    rule = f"'{count} {unit}(s) ago' from the publication date"
    if modifier in ("over", "just over", "more than"):
        return _Found(
            start,
            match.end(),
            "DATE",
            day.isoformat(),
            f"{rule}, or earlier",
            None,
            day.isoformat(),
            "day",
        )
    if field == "years":
        return _Found(
            start,
            match.end(),
            "DATE",
            f"{day.year:04d}",
            rule,
            f"{day.year:04d}",
            f"{day.year:04d}",
            "year",
        )
    if field == "months":
        value = f"{day.year:04d}-{day.month:02d}"
        return _Found(start, match.end(), "DATE", value, rule, value, value, "month")
    return _Found(
        start, match.end(), "DATE", day.isoformat(), rule, day.isoformat(), day.isoformat(), "day"
    )


@pattern(
    rf"\b(?:in|since|until|by|from|during|before|after|of|early|late|mid-?)\s+(?:the\s+year\s+)?{YEAR}\b(?!\s*(?:%|per|people|votes|jobs))"
)
def _year(match: re.Match[str], context: _Context) -> _Found | None:
    year = match["year"]
    start = match.start("year")
    return _Found(start, match.end(), "DATE", year, "year", year, year, "year")


@pattern(rf"\bin\s+{MONTH}\b(?!\s+\d)")
def _month_alone(match: re.Match[str], context: _Context) -> _Found | None:
    month = _month_number(match["month"])
    year = context.year_for(month, None, match.start())
    start = match.start("month")
    if year is None:
        return _Found(start, match.end(), "DATE", f"XXXX-{month:02d}", "month")
    value = f"{year:04d}-{month:02d}"
    return _Found(
        start,
        match.end(),
        "DATE",
        value,
        "month, year from the publication date",
        value,
        value,
        "month",
    )


@pattern(rf"\b(?:for|over|in)\s+(?:the\s+(?:past|last|next|coming)\s+)?{COUNT}\s+{UNIT}\b")
def _duration(match: re.Match[str], context: _Context) -> _Found | None:
    count = _count(match["count"])
    if count is None:
        return None
    code, _ = UNITS[match["unit"].lower()]
    start = match.start("count")
    if match.group(0).lower().startswith(("for", "over")) or " the " in match.group(0).lower():
        start = match.start()
    return _Found(start, match.end(), "DURATION", f"P{count}{code}", "duration")


@pattern(
    r"\b(?P<word>now|currently|recently|nowadays|formerly|previously|in the past|in the future"
    r"|at the moment)\b"
)
def _vague(match: re.Match[str], context: _Context) -> _Found | None:
    word = match["word"].lower()
    value = {
        "now": "PRESENT_REF",
        "currently": "PRESENT_REF",
        "nowadays": "PRESENT_REF",
        "at the moment": "PRESENT_REF",
        "recently": "PAST_REF",
        "formerly": "PAST_REF",
        "previously": "PAST_REF",
        "in the past": "PAST_REF",
        "in the future": "FUTURE_REF",
    }[word]
    return _Found(match.start(), match.end(), "DATE", value, f"vague reference '{word}'")


def find_times(
    article: Article, segments: Segments, spans: Sequence[QuoteSpan]
) -> tuple[TimeExpression, ...]:
    """Every time expression of the article, resolved, without overlaps."""
    context = _Context(article)
    found: list[_Found] = []
    for regex, resolver in PATTERNS:
        for match in regex.finditer(article.text):
            try:
                resolved = resolver(match, context)
            except (ValueError, OverflowError):
                continue  # "300 decades ago": a day before year 1 (or after 9999)
            if resolved is not None and _in_calendar(resolved):
                found.append(resolved)
    found.sort(key=lambda f: (f.start, -(f.end - f.start)))
    chosen: list[_Found] = []
    for item in found:
        if chosen and item.start < chosen[-1].end:
            continue
        chosen.append(item)
    return tuple(_expression(item, article, context, spans) for item in chosen)


def _in_calendar(item: _Found) -> bool:
    """Whether the interval of a resolved time lies within years 1 to 9999."""
    try:
        if item.time_start:
            _instant(item.time_start, upper=False)
        if item.time_end:
            _instant(item.time_end, upper=True)
    except (ValueError, OverflowError):
        return False
    return True


def _expression(
    item: _Found, article: Article, context: _Context, spans: Sequence[QuoteSpan]
) -> TimeExpression:
    modality = "actual"
    if (
        context.anchor is not None
        and item.time_start
        and item.time_start[:10] > context.anchor.isoformat()
    ) or item.value == "FUTURE_REF":
        modality = "future"
    return TimeExpression(
        item.start,
        item.end,
        article.text[item.start : item.end],
        item.type,
        item.value,
        item.rule,
        item.time_start,
        item.time_end,
        item.granularity,
        modality,
        any(span.start <= item.start < span.end for span in spans),
    )


def interval(expression: TimeExpression) -> tuple[datetime, datetime] | None:
    """The instants an expression covers, as ``[start, end)``, or None if unfixed."""
    if expression.time_end is None:
        return None
    end = _instant(expression.time_end, upper=True)
    start = _instant(expression.time_start, upper=False) if expression.time_start else datetime.min
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
