"""What a time expression is resolved against: the publication date, the clause, the story so far.

- The **anchor** is the article's publication date, on the outlet's
  calendar (its timezone): "yesterday", "last week" and bare weekdays
  count from it.
- The **tense** of the clause around an expression decides which way a
  weekday or a date without a year goes: "he will resign on Friday" is the
  next Friday, "he resigned on Friday" the last. The verb nearest the
  expression decides.
- The **reference** is the last date the text mentioned: "a year earlier",
  "the next day" and "that year" count from it, as a reader does.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from dateutil import tz

from provenance.records import Article
from provenance.scanning import finditer
from provenance.time_values import value_interval

FUTURE_CUE = re.compile(
    r"(?<![\w’'])(?:will|shall|going\s+to|upcoming|coming|tomorrow|next|as\s+(?:soon|early)\s+as"
    r"|(?:expected|scheduled|planned|supposed|due|set|slated|poised|likely|about|bound)\s+to"
    r"|(?:plans?|planning|intends?|aims?|hopes?|expects?|wants?|seeks?|vows?|promises?)\s+to"
    r"|scheduled|planned|planning"
    # "has summoned her to appear on 19 November": what someone is to do.
    r"|to\s+(?:appear|testify|attend|give\s+evidence)"
    # The present of a scheduled happening: "the board meets on Tuesday", "she kicks
    # off a book tour on Monday".
    r"|meets|convenes|begins|starts|kicks\s+off|launches|resumes|hosts|visits|travels)\b"
    # ... or a fixture, a team or side named after it: "New Zealand face France on Sunday",
    # "The Heights play Tasman Bays" (not "face charges", "her face", "play in the rubble");
    # and a summit: "EU leaders meet in Brussels on Thursday" (not "a meet").
    r"|(?<!not )(?<!n't )(?<!n’t )(?<!to )\b(?:play|face)\s+(?-i:[A-Z])"
    r"|(?<!not )(?<!n't )(?<!n’t )(?<!to )(?<!a )(?<!the )\bmeet(?=\s+(?:in|at|on)\s)"
    r"|[’']ll\b",
    re.IGNORECASE,
)
MODAL_CUE = re.compile(r"\b(?:would|could|might|should|(?-i:may))\b", re.IGNORECASE)
PRESENT_CUE = re.compile(r"\b(?:is|are|am|says|does|do)\b", re.IGNORECASE)
PAST_CUE = re.compile(
    r"\b(?:said|was|were|had|has|have|did|told|went|came|took|made|met|left|began|found|gave"
    r"|got|held|kept|knew|lost|ran|saw|sent|spoke|stood|thought|won|wrote|became|brought|fell"
    r"|felt|fled|flew|fought|led|paid|struck|ago|yesterday|last|earlier)\b",
    re.IGNORECASE,
)
# Where a reported clause opens: "to say that ...", ", saying ...".
REPORTING_CLAUSE = re.compile(r"\bto\s+(?:say|tell|ask|warn)\b|,\s+saying\b", re.IGNORECASE)
# A plan told in the past ("was due to expire Friday") is over by now.
PAST_PLAN_BEFORE = re.compile(r"\b(?:was|were|had\s+been)\s+$", re.IGNORECASE)
# Regular past forms ("-ed") are also participles and adjectives: a weaker cue.
PAST_FORM = re.compile(r"\b(?-i:[a-z]\w+ed)\b")
# A participle after an auxiliary ("could be led", "is expected") carries no tense of its
# own, and one after a determiner is an adjective ("the reduced dividend").
NOT_FINITE_BEFORE = re.compile(
    r"\b(?:be|been|being|is|are|am|was|were|have|has|having|to|will|would|could|should|might"
    r"|may|must|[’']ve|[’']s|the|a|an|its|his|her|their|our|this|that|these|those|no|each"
    r"|every)\s+$",
    re.IGNORECASE,
)
# A deadline ("by Dec. 15", "had been set to expire Nov. 6") may lie ahead of a past-tense
# clause.
DEADLINE_BEFORE = re.compile(r"\b(?:by|until|till|through|to)\s+(?:early\s+|late\s+|mid-)?$", re.I)
# "have been sleeping in the lobby ... since 6 May": a date since which is past.
SINCE_BEFORE = re.compile(r"\bsince\s+(?:early\s+|late\s+|mid-)?$", re.I)
DEADLINE_WORDS = re.compile(
    r"\b(?:deadline|expir\w*|effective|payable|due|until|till|scheduled|set\s+to)\b", re.I
)
# A decision told in the past, then what it decided ("voted last month to strike from"):
# a date after it belongs to the plan, which may lie ahead.
DECIDED_TO = re.compile(
    r"\b(?:voted|agreed|decided|resolved|threatened|pledged|promised|vowed)\s+"
    r"(?:[\w-]+\s+){0,3}?to\s+[a-z]+\b"
)
# A speech verb before a time in its sentence: the time is in what was said.
REPORTED_BEFORE = re.compile(r"\b(?:said|says|told|tells|added|claimed|insisted)\b")
# What shows that a time after a verb of saying is in the words it reports, found
# anywhere between the verb and the time: "that", a colon, a quotation, a subject pronoun
# or a finite verb ("told the assembly she had not known until Sunday", "said the note
# had been sent on the night of Saturday").
REPORTED_AFTER = re.compile(
    r"\b(?:that|he|she|they|it|we|i|had|has|have|was|were|is|are|would|will|could|should|did)\b"
    r"|[:\"“]",
    re.IGNORECASE,
)
QUOTE_MARKS = r"[\"“”]|''|``"
# A time set off by commas that ends its clause: "..., on 3 December, and that ...".
SET_OFF_END = re.compile(r",\s+(?:and|but)\s+(?:that|said|told)\b|\s*[.;]")
CLAUSE_BREAK = re.compile(
    r"[,;:.!?()\n]|\b(?:that|which|who|when|where|because|but|and|while|although"
    r"|whereas|if|unless)\b",
    re.IGNORECASE,
)
SENTENCE_BREAK = re.compile(rf"[.!?;\n]|{QUOTE_MARKS}")
WINDOW = 80
DAY_GRANULARITIES = ("day", "part_of_day", "minute")
STRONG_CUES = (
    ("future", FUTURE_CUE),
    ("modal", MODAL_CUE),
    ("present", PRESENT_CUE),
    ("past", PAST_CUE),
)
WEAK_CUES = (("past", PAST_FORM),)


class TimeContext:
    """The text, its anchor date and locale, and the last date mentioned so far."""

    def __init__(self, article: Article) -> None:
        self.text = article.text
        self.anchor = anchor_date(article.published, article.timezone)
        self.month_first = month_first(article)
        self.reference: str | None = None
        self.reference_end = 0
        # The last day the text mentioned, which a coarser date since does not replace
        # for "that afternoon" ("on Tuesday ... in March 2024 ... later that afternoon").
        self.last_day: str | None = None
        # The last day the narrator told of, not one in what someone is reported to have
        # said ("The station said the note had been sent on the night of ..."): what
        # "Within hours," counts from.
        self.last_told_day: str | None = None
        # Whether the last day was given by its calendar date ("on March 7").
        self.last_day_dated = False

    def span(self, start: int, end: int, breaks: re.Pattern[str]) -> tuple[int, int]:
        """The text around ``[start, end)`` up to the nearest breaks, at most WINDOW each way."""
        left = max(0, start - WINDOW)
        before = list(breaks.finditer(self.text, left, start))
        if before:
            left = before[-1].end()
        right = min(len(self.text), end + WINDOW)
        after = breaks.search(self.text, end, right)
        if after:
            right = after.start()
        return left, right

    def tense(self, start: int, end: int, sentence: bool = True) -> str | None:
        """``future``, ``modal``, ``present``, ``past`` or None: the tense around an expression.

        The verb nearest before the expression in its own clause decides
        ("will meet on Friday"). Failing that, the first after it: in the
        rest of the sentence when the expression opens its clause ("On
        Friday, talks will resume"), else in its clause. With ``sentence``,
        the nearest verb before it in the sentence counts too. In each
        stretch, auxiliaries and irregular past forms count before regular
        "-ed" forms, which may be adjectives ("preferred shares").
        """
        left, right = self.span(start, end, CLAUSE_BREAK)
        sentence_left, sentence_right = self.span(start, end, SENTENCE_BREAK)
        opening = len(self.text[left:start].split()) <= 2
        after = sentence_right if opening else right
        # ("On Monday morning a reader emailed the newsroom to say that the board could be
        # read": what is reported is not when the reporting was.)
        reported = REPORTING_CLAUSE.search(self.text, end, after)
        after = reported.start() if reported else after
        stretches = [(left, start, True), (end, after, False)]
        if sentence:
            stretches.append((sentence_left, left, True))
        elif (
            left > sentence_left
            and self.text[left - 1] == ","
            and self.text[left:start].strip().lower() in ("on", "")
            # (Its own clause ends there: not "and, on 1 April, they will rise again".)
            and SET_OFF_END.match(self.text, end)
            and (strong := self._cues(sentence_left, left, STRONG_CUES))
            and not self._cues(left, start, STRONG_CUES + WEAK_CUES)
        ):
            # ("would ask the board ... at its next public meeting, on 3 December, and that
            # she had ...": a time set off after what it dates takes that clause's tense.)
            return max(strong)[1]
        for stretch_left, stretch_right, before in stretches:
            for cues in (STRONG_CUES, WEAK_CUES):
                found = self._cues(stretch_left, stretch_right, cues)
                if found:
                    return (max(found) if before else min(found))[1]
        return None

    def _cues(
        self, left: int, right: int, cues: tuple[tuple[str, re.Pattern[str]], ...]
    ) -> list[tuple[int, str]]:
        """Tense cues in ``text[left:right]`` as (offset, tense), leaving out participles."""
        found: list[tuple[int, str]] = []
        taken: list[tuple[int, int]] = []
        for kind, regex in cues:
            for match in finditer(regex, self.text, left, right):
                if any(a < match.end() and match.start() < b for a, b in taken):
                    continue
                before = self.text[max(0, match.start() - 12) : match.start()]
                if kind == "past" and NOT_FINITE_BEFORE.search(before):
                    continue
                taken.append(match.span())
                planned_before = kind == "future" and PAST_PLAN_BEFORE.search(before)
                found.append((match.start(), "past" if planned_before else kind))
        return found

    def future(self, start: int, end: int) -> bool:
        """Whether the clause speaks of a time to come, as a plan or a possibility."""
        return self.tense(start, end) in ("future", "modal")

    def year_for(self, month: int, day: int | None, start: int, end: int) -> int | None:
        """The year of a date given without one.

        A past clause ("they met on 28 December") takes the latest such date
        up to the anchor, a future one ("will meet on 28 December") the
        first from the anchor on; otherwise the date nearest the anchor. Only
        the expression's own clause counts: a date in an aside ("payable
        Dec. 7") does not take the tense of the sentence around it.
        """
        anchor = self.anchor
        if anchor is None:
            return None
        if day is None:
            anchor = anchor.replace(day=1)
        years = (anchor.year - 1, anchor.year, anchor.year + 1)
        dates = {year: date(year, month, min(day or 1, 28)) for year in years}
        since = SINCE_BEFORE.search(self.text, max(0, start - 14), start) is not None
        tense = "past" if since else self.tense(start, end, sentence=False)
        left, right = self.span(start, end, CLAUSE_BREAK)
        deadline = DEADLINE_BEFORE.search(self.text, max(0, start - 14), start) or (
            DEADLINE_WORDS.search(self.text, left, right)
        )
        slack = timedelta(days=2)
        if tense == "past" and DECIDED_TO.search(self.text, left, start):
            tense = None  # "voted last month to strike from 1 December": what was decided
        if tense == "past" and not deadline:
            return max(year for year, candidate in dates.items() if candidate <= anchor + slack)
        if tense == "future":
            return min(year for year, candidate in dates.items() if candidate >= anchor - slack)
        return min(years, key=lambda year: abs((dates[year] - anchor).days))

    def remember(self, value: str, end: int) -> None:
        """Make a fixed date, mentioned up to ``end``, the reference for what follows."""
        if value_interval(value)[0] is not None:
            self.reference, self.reference_end = value, end
            if value_interval(value)[2] in DAY_GRANULARITIES:
                self.last_day = value
                self.last_day_dated = any(char.isdigit() for char in self.text[end - 12 : end])
                sentence_start, _ = self.span(end - 1, end, SENTENCE_BREAK)
                # ("said that on Monday it had ..." reports a day; "said in a statement on
                # Wednesday morning that" tells when it was said.)
                reported = any(
                    REPORTED_AFTER.search(self.text, verb.end(), end)
                    for verb in REPORTED_BEFORE.finditer(self.text, sentence_start, end)
                )
                if not reported:
                    self.last_told_day = value

    def reference_in_sentence(self, start: int) -> bool:
        """Whether the reference was mentioned in the same sentence as ``start``."""
        return self.reference is not None and not SENTENCE_BREAK.search(
            self.text, self.reference_end, start
        )


def anchor_date(published: str | None, timezone: str | None = None) -> date | None:
    """The publication date, on the outlet's calendar; None when missing or unreadable.

    A publication time with an offset is moved to the outlet's timezone
    first: "2019-12-11T04:30+00:00" from a New York outlet was published on
    10 December there.
    """
    if not published:
        return None
    try:
        moment = datetime.fromisoformat(published)
    except ValueError:
        return None
    zone = tz.gettz(timezone) if timezone else None
    if moment.tzinfo is not None and zone is not None:
        moment = moment.astimezone(zone)
    return moment.date()


def month_first(article: Article) -> bool:
    """US outlets write 12/10/2019 for 10 December; others day first."""
    zone = article.timezone or ""
    language = (article.language or "").lower()
    return zone.startswith("America/") or language in ("en-us", "en_us")
