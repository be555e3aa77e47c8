"""Words of time expressions: numbers, units, parts of the day, seasons, holidays.

General lexicons of English news writing, and the regular-expression pieces
:mod:`provenance.time_patterns` builds its patterns from. The TIMEX3 codes
follow the TimeML annotation guidelines: ``MO``/``AF``/``EV``/``NI`` for
parts of the day, ``SP``/``SU``/``FA``/``WI`` for seasons, ``PnD``, ``PnW``,
``PTnH`` for durations, ``X`` for an unknown count.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from provenance.lexicon import MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS

# Parts of the day: TIMEX3 code and the hours they cover (the evening ends where the
# night begins, so that "Sunday evening" comes before "that night").
PARTS_OF_DAY: dict[str, tuple[str, str, str]] = {
    "morning": ("MO", "06:00", "12:00"),
    "afternoon": ("AF", "12:00", "18:00"),
    "evening": ("EV", "18:00", "21:00"),
    "night": ("NI", "21:00", "23:59"),
    "overnight": ("NI", "21:00", "23:59"),
}
PART_CODES = {code: (start, end) for code, start, end in PARTS_OF_DAY.values()}

# Seasons (northern hemisphere): TIMEX3 code and the months they cover.
SEASONS: dict[str, str] = {
    "spring": "SP",
    "summer": "SU",
    "fall": "FA",
    "autumn": "FA",
    "winter": "WI",
}
SEASON_MONTHS: dict[str, tuple[int, int]] = {
    "SP": (3, 5),
    "SU": (6, 8),
    "FA": (9, 11),
    "WI": (12, 2),
}

# Units: TIMEX3 duration code and whether it is written after "T" (hours and less).
UNITS: dict[str, tuple[str, bool]] = {
    "second": ("S", True),
    "minute": ("M", True),
    "hour": ("H", True),
    "day": ("D", False),
    "night": ("D", False),
    "week": ("W", False),
    "weekend": ("WE", False),
    "fortnight": ("W", False),
    "month": ("M", False),
    "quarter": ("Q", False),
    "year": ("Y", False),
    "decade": ("DE", False),
    "century": ("CE", False),
}
UNIT_MULTIPLIERS = {"fortnight": 2}

# Words for repeated times: "daily", "every week".
FREQUENCIES: dict[str, str] = {
    "hourly": "PT1H",
    "daily": "P1D",
    "nightly": "P1D",
    "weekly": "P1W",
    "fortnightly": "P2W",
    "monthly": "P1M",
    "yearly": "P1Y",
}

ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
}  # fmt: skip

# Holidays on a fixed day of the year, and those computed from the year.
FIXED_HOLIDAYS: dict[str, tuple[int, int]] = {
    "new year's day": (1, 1),
    "new year's eve": (12, 31),
    "valentine's day": (2, 14),
    "st patrick's day": (3, 17),
    "st. patrick's day": (3, 17),
    "independence day": (7, 4),
    "the fourth of july": (7, 4),
    "halloween": (10, 31),
    "bonfire night": (11, 5),
    "guy fawkes night": (11, 5),
    "armistice day": (11, 11),
    "veterans day": (11, 11),
    "christmas eve": (12, 24),
    "christmas day": (12, 25),
    "christmas": (12, 25),
    "boxing day": (12, 26),
}
MOVABLE_HOLIDAYS = (
    "thanksgiving day",
    "thanksgiving",
    "election day",
    "good friday",
    "easter sunday",
    "easter monday",
    "easter",
    "labor day",
    "memorial day",
)

_SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALES = {"hundred": 100, "thousand": 1000}
# Counts that name no number: the duration's count is unknown (``X``).
VAGUE_COUNTS = frozenset({"several", "a few", "few", "some", "many"})
VAGUE_COUNTS |= {"numerous", "countless", "dozens of", "hundreds of", "a number of"}


def _alternation(words: object) -> str:
    return "|".join(sorted((re.escape(str(w)) for w in words), key=len, reverse=True))


SMALL_WORD = _alternation(_SMALL)
TENS_WORD = _alternation(_TENS)
NUMBER_WORD = (
    rf"(?:(?:{TENS_WORD})(?:[- ](?:{SMALL_WORD}))?|{SMALL_WORD})"
    rf"(?:[- ](?:hundred|thousand)(?:(?:\s+and)?[- ](?:(?:{TENS_WORD})(?:[- ](?:{SMALL_WORD}))?"
    rf"|{SMALL_WORD}))?)?"
)
NUMBER = rf"(?:\d+|{NUMBER_WORD})"
FRACTION = r"(?:\s+(?:1/2|and\s+a\s+half)|\.\d+)"
COUNT = (
    rf"(?P<count>\d+(?:\.\d+)?(?:\s+1/2)?|(?:{NUMBER_WORD}){FRACTION}?|an?(?:\s+and\s+a\s+half)?"
    rf"|half\s+an?|a\s+half|a\s+dozen|a\s+couple\s+of|{_alternation(VAGUE_COUNTS)})"
)
UNIT = (
    r"(?P<unit>second|minute|hour|day|night|weekend|week|fortnight|month|quarter|year|decade"
    r"|centur(?:y|ie))s?"
)
MONTH_NAMES = _alternation(MONTHS)
MONTH_SHORT = _alternation(MONTH_ABBREVIATIONS)
MONTH = rf"(?P<month>{MONTH_NAMES}|(?:{MONTH_SHORT})\.?)"
WEEKDAY = rf"(?P<weekday>{_alternation(WEEKDAYS)})"
PART = r"(?P<part>morning|afternoon|evening|night)"
SEASON = rf"(?P<season>{_alternation(SEASONS)})"
YEAR = r"(?P<year>1[5-9]\d{2}|20\d{2})"
SPOKEN_YEAR = (
    rf"(?P<spoken>(?:nineteen|eighteen|twenty)[- ](?:(?:{TENS_WORD})(?:[- ](?:{SMALL_WORD}))?"
    rf"|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
    rf"|hundred)|two\s+thousand(?:\s+and)?(?:[- ](?:{SMALL_WORD}))?)"
)
DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
ORDINAL = rf"(?P<ordinal>{_alternation(ORDINALS)}|1st|2nd|3rd|4th)"
MODIFIER = (
    r"(?P<mod>(?:just\s+|well\s+)?(?:over|under)|(?:no\s+|much\s+)?(?:more|less|fewer)\s+than"
    r"|at\s+least|at\s+most|up\s+to|almost|nearly|about|around|roughly|approximately|some"
    r"|only|just|barely|merely|a\s+full|the\s+full|fully|as\s+many\s+as|as\s+much\s+as)"
)


def parse_count(words: str) -> float | None:
    """The number a count names ("two", "twenty-four", "2 1/2", "a", "half an"), or None.

    None means the text names no number ("several", "a few").
    """
    text = " ".join(words.lower().replace("-", " ").split())
    if text in VAGUE_COUNTS:
        return None
    half = 0.0
    for ending in (" and a half", " 1/2"):
        if text.endswith(ending):
            text, half = text[: -len(ending)], 0.5
    if text in ("half a", "half an", "a half"):
        return 0.5
    if text in ("a", "an"):
        return 1 + half
    if text == "a dozen":
        return 12
    if text in ("a couple of", "couple of", "a couple"):
        return 2
    try:
        return float(text) + half
    except ValueError:
        pass
    total, current = 0, 0
    for word in text.split():
        if word == "and":
            continue
        if word in _SMALL:
            current += _SMALL[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word in _SCALES:
            current = max(current, 1) * _SCALES[word]
            if word == "thousand":
                total, current = total + current, 0
        else:
            return None
    return total + current + half


def parse_spoken_year(words: str) -> int | None:
    """ "nineteen ninety-six" is 1996, "two thousand" 2000, "eighteen hundred" 1800."""
    text = " ".join(words.lower().replace("-", " ").split())
    if text.startswith("two thousand"):
        rest = parse_count(text[len("two thousand") :].replace(" and ", " ").strip() or "zero")
        return 2000 + int(rest) if rest is not None else None
    head, _, tail = text.partition(" ")
    century = _SMALL.get(head) or _TENS.get(head)
    if century is None:
        return None
    if tail == "hundred":
        return century * 100
    rest = parse_count(tail)
    return century * 100 + int(rest) if rest is not None and rest < 100 else None


def month_number(name: str) -> int:
    """1 for "January", "Jan" or "Jan."."""
    name = name.lower().rstrip(".")
    if name in MONTHS:
        return MONTHS.index(name) + 1
    return MONTH_ABBREVIATIONS[name]


def duration_value(count: float | None, unit: str) -> str:
    """The TIMEX3 duration for a count of a unit: ``P2W``, ``PT30M``, ``PXY``, ``P2Y6M``."""
    unit = unit.lower().rstrip("s")
    if unit == "centurie":
        unit = "century"
    code, clock = UNITS[unit]
    if count is None:
        amount = "X"
    else:
        count *= UNIT_MULTIPLIERS.get(unit, 1)
        if count != int(count):
            return _fractional(count, unit)
        amount = str(int(count))
    if code == "Q":
        code, amount = "M", amount if amount == "X" else str(int(amount) * 3)
    elif code == "DE" and amount != "X":
        code, amount = "Y", str(int(amount) * 10)
    elif code == "CE" and amount != "X":
        code, amount = "Y", str(int(amount) * 100)
    elif code == "WE":
        code = "WE" if amount == "X" else "D"
        amount = amount if amount == "X" else str(int(amount) * 2)
    return f"PT{amount}{code}" if clock else f"P{amount}{code}"


def _fractional(count: float, unit: str) -> str:
    """2.5 years is ``P2Y6M``, 1.5 minutes ``PT1M30S``, half a day ``PT12H``."""
    smaller = {
        "year": ("M", 12, False),
        "month": ("D", 30, False),
        "week": ("D", 7, False),
        "day": ("H", 24, True),
        "hour": ("M", 60, True),
        "minute": ("S", 60, True),
        "decade": ("Y", 10, False),
        "century": ("Y", 100, False),
        "quarter": ("M", 3, False),
    }
    code, _ = UNITS.get(unit, ("D", False))
    whole = int(count)
    small_code, per, clock = smaller.get(unit, ("D", 1, False))
    part = round((count - whole) * per)
    if code in ("DE", "CE"):
        return f"P{round(count * per)}Y"
    big_clock = UNITS[unit][1]
    head = f"{whole}{code}" if whole else ""
    if big_clock or (clock and not head):
        return f"PT{head}{part}{small_code}"
    if clock:
        return f"P{head}T{part}{small_code}"
    return f"P{head}{part}{small_code}"


def _keyed(keys: str, words: str) -> dict[str, frozenset[str]]:
    return {word: frozenset(keys.split()) for word in words.split()}


# The words without which no time pattern can match, each with the classes of pattern it
# can start. Finding them is one pass over the text; the patterns then run only near them.
TRIGGER_KEYS: dict[str, frozenset[str]] = {
    **_keyed("month", " ".join([*MONTHS, *MONTH_ABBREVIATIONS])),
    **_keyed("weekday", " ".join(WEEKDAYS)),
    **_keyed(
        "unit",
        "second minute hour day week weekend fortnight month quarter half halves period year "
        "decade century centuries",
    ),
    **_keyed("unit part deictic", "night"),
    **_keyed("part", "morning afternoon evening"),
    **_keyed("part deictic", "overnight"),
    **_keyed("part clock", "noon midnight midday mid-morning mid-afternoon"),
    **_keyed("clock", "a.m p.m am pm o'clock o’clock bulletin newscast hrs"),
    **_keyed("deictic", "today yesterday tomorrow"),
    **_keyed("deictic part", "tonight"),
    **_keyed(
        "deictic",
        "now currently nowadays moment present recently lately past future term possible "
        "later someday time",
    ),
    **_keyed("frequency", " ".join([*FREQUENCIES, "every", "each"])),
    **_keyed("season", " ".join(SEASONS)),
    **_keyed(
        "holiday",
        "christmas easter thanksgiving halloween valentine's independence new election labor "
        "memorial boxing armistice veterans bonfire guy patrick's fourth good",
    ),
    **_keyed(
        "spoken",
        "nineteen eighteen twenty thousand twenties thirties forties fifties sixties seventies "
        "eighties nineties",
    ),
}
# Every form a trigger word takes in text: plurals and possessives too.
TRIGGER_FORMS: dict[str, frozenset[str]] = {
    **{
        form: keys
        for word, keys in TRIGGER_KEYS.items()
        for form in (f"{word}s", f"{word}es", f"{word}'s", f"{word}’s")
    },
    **TRIGGER_KEYS,
}
WORD = re.compile(r"[a-zA-Z][a-zA-Z.'’-]*[a-zA-Z]")
# Every trigger number starts with a digit or an apostrophe ("'90s"); the
# lookahead that says so lets the regex engine skip to those characters
# instead of trying the pattern at every position of the text.
DIGIT_TRIGGER_START = r"(?=[\d'])"
DIGIT_TRIGGER = re.compile(
    DIGIT_TRIGGER_START
    + r"(?:\b(?:1[5-9]|20)\d\d(?:s\b|\b)|'\d0s\b|\b\d{1,2}(?:st|nd|rd|th)\b|\b\d{1,2}/\d)"
)


def find_triggers(text: str) -> Iterator[tuple[int, int, frozenset[str]]]:
    """Each trigger word or number in the text: (start, end, the pattern classes it can start).

    One pass of a plain word pattern and dictionary look-ups, which is much
    faster than searching for every trigger word; a hyphenated word
    ("two-year", "mid-November") is looked up part by part.
    """
    forms = TRIGGER_FORMS
    for match in WORD.finditer(text):
        word = match.group().lower()
        keys = forms.get(word)
        if keys is None and "-" in word:
            keys = frozenset().union(*(forms.get(part, frozenset()) for part in word.split("-")))
        if keys:
            yield match.start(), match.end(), keys
    for match in DIGIT_TRIGGER.finditer(text):
        yield match.start(), match.end(), DIGIT_KEYS


DIGIT_KEYS = frozenset({"digits"})

# Words that tell a half or a minute of a game from one of a year ("midway
# through the second half", "the referee", "the 58th minute").
GAME_WORDS = re.compile(
    r"\b(?:midway\s+through|early\s+in|late\s+in|deep\s+into|minutes?\s+into|match|game"
    r"|referee|fourth\s+official|kick-?off|half-?time|full-?time|whistle|pitch|goal|scored"
    r"|substituted|innings|overtime|\d+(?:st|nd|rd|th)\s+minute)\b",
    re.IGNORECASE,
)
