"""Sequence: link events and put them in chronological order.

Links come from five sources, strongest first:

1. the text's own cues, in the reporter's words (not in what anyone said):
   "soon after the recordings emerged" and "in response to" place an event
   after the leak (or after another event they name: "hours after the
   interview"), "shortly before the video was published" before it;
   "later" and "then" place it after the event told just before; "a
   follow-up interview" after the same person's earlier statement;
2. the story's logic: a remark precedes its leaks (a second remark, every
   leak not dated before it), and a leak carried live
   precedes any later one; a response, defence, attack or report follows
   every leak not dated after it and answers the remark; a plain
   statement follows the leak when it speaks of the remark, or when it has
   no time of its own and no perfect ("has long said") that would put it
   before: it was made for the story;
3. the events' time intervals, where both are dated and do not overlap;
4. immediacy: an event the text places "soon after" the leak, or whose
   actor acted "straight away", comes before the other reactions that the
   text does not place so early;
5. "meanwhile", the loosest cue: the event is simultaneous with the one
   told just before, where nothing above orders the two.

An undated event the text places hours, a day or N days after a leak, or on
its day ("hours after the radio played the clip", "a day after the page posted
the recording"), is dated from that leak's day, and so is one placed after the
one other event whose statement the words report or whose channel they name
("a day after the minister told the assembly that ...", "hours after the
interview"); an undated leak so placed before
a dated event ("resigned on Tuesday, a day after the radio played it"), from
that event's day: a new time, listed after the article's own in
``Ordered.times``.

A link that contradicts stronger ones is not used; it is kept as an
:class:`~provenance.records.OrderingConflict` naming the links it
contradicts. ``sequence`` is each event's depth in the graph of "before"
links, simultaneous events sharing one rank, so that ties remain where the
text leaves the order open; ``narrative_index`` is the order in which the
article first mentions each event. Background and prospect events
(:mod:`provenance.references`) stand outside the sequence: their
``sequence`` is None.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime, timedelta

from attrs import evolve, frozen

from provenance.lexicon import CARRIED_LIVE_RULE, IMMEDIACY_CUES
from provenance.records import (
    Channel,
    Entity,
    Event,
    EventLink,
    OrderingConflict,
    Quote,
    Segments,
    TimeExpression,
)
from provenance.references import CONTEXT_TYPES
from provenance.scanning import Scan
from provenance.time_lexicon import COUNT, parse_count
from provenance.times import interval
from provenance.tokens import WORD, words_among

# Each with the words every match of it contains (see provenance.scanning).
AFTER_CUE = Scan.of(
    r"\b(?P<cue>(?:(?:soon|shortly|straight|immediately|moments|minutes|hours|days|weeks)\s+)?"
    r"after|following|in response to|in reply to)\s+(?P<what>[^,.;:]+)",
    "after",
    "following",
    "in response to",
    "in reply to",
)
BEFORE_CUE = Scan.of(
    r"\b(?P<cue>(?:(?:shortly|just|moments|minutes|hours|days|weeks|long)\s+)?before)"
    r"\s+(?P<what>[^,.;:]+)",
    "before",
)
SEQUEL_CUE = Scan.of(
    r"(?<!\bthe\s)(?<!\bsince\s)(?<!\buntil\s)(?<!\bby\s)(?<!\btill\s)"
    r"\b(?P<cue>later|then|afterwards|subsequently)\b(?![-–]|\s+(?:this|in|on|date)\b"
    # "later that day" follows what was told before; "later that he ..." may not.
    r"|\s+that\b(?!\s+(?:day|night|morning|afternoon|evening|week|month|year)\b))",
    "later",
    "then",
    "afterwards",
    "subsequently",
)
# A sentence opened by "Earlier" ("Earlier on Wednesday", "Earlier that day",
# "Earlier in the day") goes back before what was told just before it.
EARLIER_CUE = re.compile(
    # (Not "Earlier this month", "Earlier in March": counted back from the story's day.)
    r"[\"“]?(?P<cue>Earlier(?=\s+(?:on|that|in\s+the\s+day)\b|,)"
    # "The day before, X had written on X": and on the day before that event's.
    r"|(?P<day>The\s+(?:day|night|evening)\s+before|The\s+previous\s+day|A\s+day\s+earlier),)"
)
# "Hours later", "minutes later": the same day as what was told before.
SAME_DAY_LATER = re.compile(r"\b(?:hours|minutes|moments)\s+$", re.IGNORECASE)
FOLLOW_UP_CUE = Scan.of(
    r"\bfollow[- ]?up\s+"
    r"(?:interview|statement|call|meeting|appearance|post|tweet|letter|email)s?\b",
    "follow",
)
IMMEDIATE_CUE = Scan.of(
    r"\b(?:straight|right)\s+away\b|\bimmediately\b(?!\s+after)|\bat\s+once\b"
    r"|\b(?:hours|minutes|moments)\s+later\b|\bwithin\s+(?:hours|minutes)\b",
    "away",
    "immediately",
    "once",
    "later",
    "within",
)
MEANWHILE_CUE = Scan.of_phrases(["meanwhile"])
# "a day after ...", "two days after ...": the count of days before an "after" cue.
DAYS_BEFORE_AFTER = re.compile(rf"\b{COUNT}\s+days?\s+$", re.IGNORECASE)
# "Hours after the radio played the clip": on the same day.
SAME_DAY_CUES = frozenset({"hours", "minutes", "moments"})
ON_THE_DAY = Scan.of(r"\b[Oo]n\s+the\s+(?:same\s+)?day\s+(?:that\s+)?(?P<what>[^,.;:]+)", "day")
LEAK_WORDS = re.compile(
    r"\b(?:leak\w*|recordings?|tapes?|footage|audio|video|clips?|memo|emails?|emerged|surfaced|"
    r"published|revealed|came out|comments|remarks|broadcast)\b"
    # "a day after the site's report": an outlet's story of it.
    r"|\b(?:site|website|portal|newspaper|paper|daily|weekly|station|channel|broadcaster)['’]s\s+"
    r"(?:report|story|article|revelations?|disclosure|scoop)\b",
    re.IGNORECASE,
)
# Words by which a text names one leak among several by how it went out: "hours after
# the radio played the clip" is after the broadcast.
LEAK_KIND_WORDS = {
    "broadcast": frozenset(
        "radio station broadcaster channel programme program show bulletin tv broadcast".split()
    ),
    "website": frozenset("site website portal".split()),
    "print": frozenset("newspaper paper daily weekly".split()),
    "social_media": frozenset("post tweet page account".split()),
}
# Words by which a text names an event by how it was made: "hours after the
# interview", "two days after the mayor's office issued its statement".
# Words that name no one: "the", "of", "a", "news".
NAMELESS_WORDS = frozenset("the of a an and for news press".split())
OCCASION_KINDS = {
    "interview": "interview",
    "statement": "statement",
    "speech": "speech",
    "address": "speech",
    "rally": "speech",
    "conference": "speech",
    "briefing": "speech",
    "post": "social_media",
    "tweet": "social_media",
}
REACTIONS = ("response", "defence", "attack", "report")
# Words by which a statement shows it is about the leaked remark: "declined to
# comment", "reviewing the matter", "the remarks were ...".
ABOUT_THE_LEAK = frozenset(
    "comment comments remark remarks recording recordings message messages memo email emails "
    "video clip tape audio texts apology matter leak leaked".split()
    # "Patel answered at a council meeting": an answer is to the remark.
    + "answered responded replied retorted reacted".split()
)
HIT_BACK = re.compile(r"\b(?:hit|fired|shot)\s+back\b", re.IGNORECASE)
# "has said", "had long argued": a perfect before a cue.
EARLIER_SAYING = re.compile(r"\b(?:has|have|had)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
IMMEDIACY = "immediacy: the text places it soon after, before other reactions"


@frozen
class Ordered:
    """Events with their sequence, the links that justify it, and the cues not used."""

    events: tuple[Event, ...]
    links: tuple[EventLink, ...]
    conflicts: tuple[OrderingConflict, ...]
    # The article's times, and after them those counted from another event's day.
    times: tuple[TimeExpression, ...]


# What a stream carried live was not yet posted: "the clip", "the video", "was posted".
POSTED_MEDIUM = re.compile(
    r"\b(?:clip|clips|video|videos|recording|audio|footage|post|posted|published|uploaded"
    r"|surfaced|emerged|public|viral|leaked|appeared|aired|circulated|shared)\b",
    re.IGNORECASE,
)


class EventGraph:
    """Events as nodes, "before" links as edges; simultaneous events share one node."""

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))
        self.after: list[set[int]] = [set() for _ in range(size)]
        self.rules: dict[tuple[int, int], str] = {}

    def node(self, event: int) -> int:
        while self.parent[event] != event:
            event = self.parent[event]
        return event

    def path(self, start: int, goal: int) -> list[tuple[int, int]] | None:
        """The "before" edges leading from ``start`` to ``goal``, or None if there are none."""
        start, goal = self.node(start), self.node(goal)
        came: dict[int, int | None] = {start: None}
        stack = [start]
        while stack:
            current = stack.pop()
            if current == goal:
                edges = []
                while came[current] is not None:
                    previous = came[current]
                    assert previous is not None
                    edges.append((previous, current))
                    current = previous
                return edges[::-1]
            for target in self.after[current]:
                if target not in came:
                    came[target] = current
                    stack.append(target)
        return None

    def add(self, earlier: int, later: int, rule: str) -> bool:
        first, second = self.node(earlier), self.node(later)
        if first == second or self.path(second, first) is not None:
            return False
        self.after[first].add(second)
        self.rules.setdefault((first, second), rule)
        return True

    def merge(self, one: int, other: int) -> bool:
        first, second = self.node(one), self.node(other)
        if first == second:
            return True
        if self.path(first, second) is not None or self.path(second, first) is not None:
            return False
        self.parent[second] = first
        self.after[first] |= self.after[second]
        self.after[second] = set()
        for targets in self.after:
            if second in targets:
                targets.discard(second)
                targets.add(first)
        return True

    def levels(self, events: Sequence[int]) -> dict[int, int]:
        """1 + the length of the longest chain of "before" links ending at each event."""
        nodes = sorted({self.node(event) for event in events})
        level = dict.fromkeys(nodes, 1)
        indegree = dict.fromkeys(nodes, 0)
        for node in nodes:
            for target in self.after[node]:
                indegree[target] += 1
        ready = [node for node in nodes if indegree[node] == 0]
        while ready:
            node = ready.pop()
            for target in self.after[node]:
                level[target] = max(level[target], level[node] + 1)
                indegree[target] -= 1
                if indegree[target] == 0:
                    ready.append(target)
        return {event: level[self.node(event)] for event in events}


class _Linker:
    def __init__(
        self,
        text: str,
        segments: Segments,
        events: Sequence[Event],
        quotes: Sequence[Quote],
        times: Sequence[TimeExpression],
        channels: Sequence[Channel],
        entities: Sequence[Entity],
    ) -> None:
        self.text = text
        self.segments = segments
        self.channels = channels
        self.entities = entities
        self.quotes = quotes
        self.events = list(events)
        self.times = list(times)
        self.story = [n for n, e in enumerate(events) if e.type not in CONTEXT_TYPES]
        self.leaks = [n for n in self.story if events[n].type == "leak"]
        self.graph = EventGraph(len(events))
        self.links: list[EventLink] = []
        self.conflicts: list[OrderingConflict] = []
        self.immediate: dict[int, tuple[int, int, int]] = {}
        self.together: list[tuple[int, int, int, int]] = []

    def before(
        self, earlier: int, later: int, rule: str, start: int | None, end: int | None
    ) -> None:
        if self.graph.node(later) in self.graph.after[self.graph.node(earlier)]:
            return
        if self.graph.add(earlier, later, rule):
            self.links.append(EventLink(earlier, later, "before", rule, start, end))
            return
        against = self.graph.path(later, earlier)
        if against is None:
            return
        self.conflicts.append(
            OrderingConflict(
                earlier,
                later,
                "before",
                rule,
                f"contradicts {self._describe(against)}",
                start,
                end,
            )
        )

    def _describe(self, edges: list[tuple[int, int]]) -> str:
        return "; ".join(
            f"{self.events[a].type} before {self.events[b].type} "
            f"({self.graph.rules.get((a, b), 'a link')})"
            for a, b in edges
        )

    def run(self) -> Ordered:
        leak = self._first("leak")
        remark = self._first("remark")
        self._text_cues(leak)
        remarks = [n for n in self.story if self.events[n].type == "remark"]
        for number in self.leaks:
            span = self.events[number]
            for said in remarks:
                if said == remark or not self._dated_before(number, said):
                    self.before(said, number, "a remark precedes its leak", span.start, span.end)
            if CARRIED_LIVE_RULE in span.rule:
                for other in self.leaks:
                    if CARRIED_LIVE_RULE not in self.events[other].rule:
                        rule = "a leak carried live goes out before any later one"
                        self.before(number, other, rule, span.start, span.end)
        for number in self.story:
            event = self.events[number]
            plain = event.type == "statement"
            about = plain and self._about_the_leak(event)
            for_the_story = plain and not about and self._said_for_the_story(event)
            if event.type not in REACTIONS and not (about or for_the_story):
                continue
            rule = (
                "a statement about the remark follows the leak"
                if about
                else "an undated statement, made for the story, follows the leak"
                if for_the_story
                else "a reaction follows the leak it answers"
            )
            for earlier in self._leaks_before(number):
                self.before(earlier, number, rule, event.start, event.end)
            if about or for_the_story:
                continue
            if remark is not None and number != remark:
                self.links.append(
                    EventLink(
                        number,
                        remark,
                        "responds_to",
                        f"{event.type}: answers the remark",
                        event.start,
                        event.end,
                    )
                )
        self._time_links()
        self._leaks_within_a_day()
        self._immediacy()
        self._simultaneous()
        levels = self.graph.levels(self.story)
        order = sorted(range(len(self.events)), key=lambda n: (self.events[n].start, n))
        narrative = {number: rank for rank, number in enumerate(order, start=1)}
        events = tuple(
            evolve(event, sequence=levels.get(n), narrative_index=narrative[n])
            for n, event in enumerate(self.events)
        )
        return Ordered(events, tuple(self.links), tuple(self.conflicts), tuple(self.times))

    def _leaks_before(self, number: int) -> list[int]:
        """The leaks a reaction follows: every one, but for a later leak dated after
        the reaction's own time (a response to the first of two leaks)."""
        own = self._interval(number)
        first = min(self.leaks, key=self._leak_rank, default=None)
        return [
            n
            for n in self.leaks
            if n == first
            or own is None
            or (dated := self._interval(n)) is None
            or dated[0] < own[1]
        ]

    def _leak_rank(self, number: int) -> tuple[bool, datetime | None, int]:
        """Leaks in the order they went out: by date where dated, else as the events list them."""
        dated = self._interval(number)
        return dated is None, dated[0] if dated else None, self.leaks.index(number)

    def _dated_before(self, earlier: int, later: int) -> bool:
        """Whether both events are dated and the first ends before the second starts
        (a leak of one remark, before a second remark was made)."""
        first, second = self._interval(earlier), self._interval(later)
        return first is not None and second is not None and first[1] <= second[0]

    def _interval(self, number: int) -> tuple[datetime, datetime] | None:
        time = self.events[number].time
        return None if time is None else interval(self.times[time])

    def _about_the_leak(self, event: Event) -> bool:
        """Whether a plain statement's sentences speak of the remark or its leak."""
        return any(
            words_among(self.text, start, end, ABOUT_THE_LEAK)
            or HIT_BACK.search(self.text, start, end) is not None
            for start, end in self._sentences(event)
        )

    def _said_for_the_story(self, event: Event) -> bool:
        """Whether a statement with no time of its own was made as the story was
        reported, after the leak: "X said ...", not "X has long said ..." (a
        perfect tells of something said before)."""
        if event.time is not None:
            return False
        cues = [q.cue for q in (self.quotes[n] for n in event.quotes) if q.cue is not None]
        return not any(
            EARLIER_SAYING.search(self.text, max(0, cue.start - 24), cue.start) for cue in cues
        )

    def _first(self, kind: str) -> int | None:
        return next((n for n in self.story if self.events[n].type == kind), None)

    def _text_cues(self, leak: int | None) -> None:
        """Cues in the sentences that report each event, in the reporter's words."""
        for number in self.story:
            for start, end in self._sentences(self.events[number]):
                self._after_cues(number, start, end, leak)
                self._on_the_day_cues(number, start, end, leak)
                self._before_cues(number, start, end, leak)
                self._sequel_cues(number, start, end)
                self._earlier_cues(number, start, end)
                self._follow_up_cues(number, start, end)
                self._immediate_cues(number, start, end, leak)
                self._meanwhile_cues(number, start, end)

    def _sentences(self, event: Event) -> list[tuple[int, int]]:
        """The sentences that report an event, in text order: its statements' and the
        one whose time dates it ("Patel answered at a council meeting later that
        day. Speaking from the dais, he said: ...")."""
        spans = {(event.start, event.end)}
        anchors = [
            q.cue.start if q.cue else q.start for q in map(self.quotes.__getitem__, event.quotes)
        ]
        if event.time is not None:
            anchors.append(self.times[event.time].start)
        for anchor in anchors:
            sentence = self.segments.sentence_at(anchor)
            spans.add((sentence.start, sentence.end))
        return sorted(spans)

    def _quoted(self, offset: int) -> bool:
        """Whether ``offset`` is inside what someone said (not the reporter's words)."""
        return any(q.start <= offset < q.end and q.spoken for q in self.quotes)

    def _after_cues(self, number: int, start: int, end: int, leak: int | None) -> None:
        """ "soon after the recordings emerged": the leak comes first. Not before a
        remark: in "she regrets notes in which she called them "suspects", after the
        notes were published", what follows the leak is the regret, not the notes."""
        if self.events[number].type == "remark":
            return
        own = [self.quotes[n] for n in self.events[number].quotes]
        for match in AFTER_CUE.finditer(self.text, start, end):
            earlier = self._leak_named(match["what"], number, leak)
            if earlier is None:
                earlier = self._event_named(match, number)
            if earlier is None or any(match.start() <= q.start < match.end() for q in own):
                continue
            cue = match["cue"].lower()
            if cue.startswith("in re"):
                self.links.append(
                    EventLink(
                        number,
                        earlier,
                        "responds_to",
                        f"text: '{match.group()}'",
                        match.start(),
                        match.end(),
                    )
                )
            self.before(earlier, number, f"text: '{match.group()}'", match.start(), match.end())
            if cue.split()[0] in {c.split()[0] for c in IMMEDIACY_CUES}:
                self.immediate[number] = (earlier, match.start(), match.end())
            count = DAYS_BEFORE_AFTER.search(
                self.text, max(start, match.start() - 16), match.start()
            )
            days = (
                0
                if cue.split()[0] in SAME_DAY_CUES
                else parse_count(count["count"])
                if count is not None
                else None
            )
            if days is not None and days == int(days):
                opened = count.start() if count is not None else match.start()
                self._date_from(number, earlier, int(days), opened, match.end())

    def _on_the_day_cues(self, number: int, start: int, end: int, leak: int | None) -> None:
        """ "On the day Kandili published the email, Hoxha declined to comment": the
        day of the leak."""
        if self.events[number].type == "remark":
            return
        for match in ON_THE_DAY.finditer(self.text, start, end):
            earlier = self._leak_named(match["what"], number, leak)
            if earlier is not None and not self._quoted(match.start()):
                self._date_from(number, earlier, 0, match.start(), match.end())

    def _date_from(self, number: int, earlier: int, days: int, start: int, end: int) -> None:
        """Date an undated event ``days`` after the day of the event it follows ("hours
        after the radio played the clip": that day; "a day after the page posted the
        recording": the next), or an undated leak as many days before the dated event
        that follows it ("resigned on Tuesday, a day after the radio played it")."""
        if self.events[number].time is None:
            dated, undated, shift = earlier, number, days
        elif self.events[earlier].time is None:
            dated, undated, shift = number, earlier, -days
        else:
            return
        anchor = self.events[dated].time
        day = self._day_of(dated)
        if anchor is None or day is None:
            return
        value = (day + timedelta(days=shift)).isoformat()
        said = " ".join(self.text[start:end].split())
        plural = "s" if abs(days) > 1 else ""
        before = "after" if shift > 0 else "before"
        counted = "the day of" if not days else f"{abs(days)} day{plural} {before}"
        rule = f"'{said}': {counted} {self.times[anchor].value}"
        self.times.append(
            TimeExpression(start, end, said, "DATE", value, rule, value, value, "day")
        )
        self.events[undated] = evolve(
            self.events[undated], time=len(self.times) - 1, time_rule=rule
        )

    def _day_of(self, number: int) -> date | None:
        """The day an event is dated to, if its time is one day or a part of one."""
        dated = self._interval(number)
        if dated is None or dated[1] - dated[0] > timedelta(days=1):
            return None
        return dated[0].date()

    def _before_cues(self, number: int, start: int, end: int, leak: int | None) -> None:
        """ "shortly before the video was published": the event precedes the leak."""
        for match in BEFORE_CUE.finditer(self.text, start, end):
            later = self._leak_named(match["what"], number, leak)
            if later is None or self._quoted(match.start()):
                continue
            self.before(number, later, f"text: '{match.group()}'", match.start(), match.end())

    def _leak_named(self, what: str, own: int, leak: int | None) -> int | None:
        """The leak that ``what`` tells of: the one it names by its publisher or by how
        it went out ("the radio played the clip"), else the first."""
        if leak is None or not LEAK_WORDS.search(what):
            return None
        # ("the site's report": the site.)
        said = {re.sub(r"['’]s$", "", w.lower()) for w in WORD.findall(what)}
        for number in self.leaks:
            event = self.events[number]
            kind = self.channels[event.channel].kind if event.channel is not None else ""
            named = event.actor is not None and not said.isdisjoint(
                w.lower() for w in WORD.findall(self.entities[event.actor].name)
            )
            if number != own and (named or not said.isdisjoint(LEAK_KIND_WORDS.get(kind, ()))):
                return number
        # ("hours after the clip appeared", when a body's stream first carried the words
        # live: the clip is a later leak's, the first one posted; not "hours after the
        # remarks", the live words.)
        posted = [
            n for n in self.leaks if n != own and CARRIED_LIVE_RULE not in self.events[n].rule
        ]
        if CARRIED_LIVE_RULE in self.events[leak].rule and posted and POSTED_MEDIUM.search(what):
            return posted[0]
        return leak if leak != own else None

    def _event_named(self, match: re.Match[str], own: int) -> int | None:
        """The one other event that the words after "after" tell of, when they tell
        of no leak: the one whose statement they report ("a day after the minister
        told the assembly that ..."), else the one made the way they name ("hours
        after the interview")."""
        start, end = match.span("what")
        others = [n for n in self.story if n != own and n not in self.leaks]
        reported = {
            n
            for n in others
            for quote in map(self.quotes.__getitem__, self.events[n].quotes)
            if quote.cue is not None and start <= quote.cue.start < end
        }
        if not reported:
            kinds = {
                OCCASION_KINDS[w.lower()]
                for w in WORD.findall(match["what"])
                if w.lower() in OCCASION_KINDS
            }
            reported = {
                n
                for n in others
                if (channel := self.events[n].channel) is not None
                and self.channels[channel].kind in kinds
            }
            # "hours after the dean's news conference": the one event, of any occasion,
            # whose actor the words name by name or role (the remark is no occasion).
            # (Words that name: not "the", nor the occasion's own word.)
            said = (
                {re.sub(r"['’]s$", "", w.lower()) for w in WORD.findall(match["what"])}
                - OCCASION_KINDS.keys()
                - NAMELESS_WORDS
            )
            whose = {
                n for n in others if self.events[n].type != "remark" and self._actor_named(n, said)
            }
            if kinds and len(whose) == 1:
                reported = whose
        return reported.pop() if len(reported) == 1 else None

    def _actor_named(self, number: int, words: set[str]) -> bool:
        """Whether ``words`` name an event's actor, by a word of their name or the head
        of a role the text gives them."""
        actor = self.events[number].actor
        if actor is None:
            return False
        entity = self.entities[actor]
        names = {w.lower() for w in WORD.findall(entity.name)}
        # (The word before "of": "dean of economics" is a dean.)
        heads = {role.split(" of ")[0].split()[-1].lower() for role in entity.roles if role}
        return not words.isdisjoint(names | heads)

    def _sequel_cues(self, number: int, start: int, end: int) -> None:
        """ "He later said ...": after the event the text told just before this sentence."""
        for match in SEQUEL_CUE.finditer(self.text, start, end):
            if self._quoted(match.start()) or self._told_before_cue(number, match.start(), end):
                continue
            previous = self._told_before(match.start(), number)
            if previous is None or previous == number:
                continue
            rule = f"text: '{match['cue']}' after the event told before"
            self.before(previous, number, rule, match.start(), match.end())
            hours = SAME_DAY_LATER.search(self.text, max(start, match.start() - 16), match.start())
            if (
                hours is not None
                and match["cue"].lower() == "later"
                and self.events[previous].type != "remark"
            ):
                # "Hours later, the bank said ...": on the day of the event told before (not
                # more of what the leaked medium held: "weighed in minutes later:").
                self._date_from(number, previous, 0, hours.start(), match.end())

    def _earlier_cues(self, number: int, start: int, end: int) -> None:
        """ "Earlier on Wednesday, X told reporters ...": before the event the text told
        just before this sentence."""
        match = EARLIER_CUE.match(self.text, start, end)
        if match is None:
            return
        previous = self._told_before(match.start(), number)
        if previous is None or previous == number:
            return
        cue = " ".join(match["cue"].rstrip(",").split())
        rule = f"text: '{cue}' before the event told before"
        self.before(number, previous, rule, match.start(), match.end())
        if match["day"]:
            self._date_from(number, previous, -1, match.start("cue"), match.end("day"))

    def _told_before_cue(self, number: int, offset: int, end: int) -> bool:
        """Whether an event is told before a cue at ``offset`` that another event of
        its sentence follows: in "forwarded last Wednesday to a group, and two days
        later the Courier published it", "later" is the Courier's, not the group's."""

        def anchor(n: int) -> int | None:
            channel = self.events[n].channel
            if self.events[n].type == "leak" and channel is not None:
                return self.channels[channel].start
            cues = [
                q.cue.start for q in map(self.quotes.__getitem__, self.events[n].quotes) if q.cue
            ]
            return min(cues, default=None)

        own = anchor(number)
        return (
            own is not None
            and own < offset
            and any(
                offset <= at < end
                for n in self.story
                if n != number and (at := anchor(n)) is not None
            )
        )

    def _told_before(self, offset: int, own: int) -> int | None:
        """The story event reported nearest before ``offset`` (``own`` if its own statement is)."""
        best: tuple[int, int] | None = None
        for number in self.story:
            event = self.events[number]
            anchors = [
                q.cue.start if q.cue else q.start
                for q in map(self.quotes.__getitem__, event.quotes)
            ]
            if number != own:
                anchors.append(event.start)
            for anchor in anchors:
                if anchor < offset and (best is None or anchor > best[0]):
                    best = (anchor, number)
        return best[1] if best else None

    def _follow_up_cues(self, number: int, start: int, end: int) -> None:
        """ "In a follow-up interview, X said": after X's earlier statement.

        When the event itself was told earlier (X's first interview), the
        follow-up is part of it and orders nothing else.
        """
        event = self.events[number]
        actor = event.actor
        for match in FOLLOW_UP_CUE.finditer(self.text, start, end):
            told_earlier = any(self.quotes[n].start < match.start() for n in event.quotes)
            if actor is None or told_earlier or self._quoted(match.start()):
                continue
            earlier = [
                n
                for n in self.story
                if n != number
                and self.events[n].actor == actor
                and self.events[n].start < match.start()
            ]
            if earlier:
                first = min(earlier, key=lambda n: self.events[n].start)
                rule = f"text: '{match.group()}' after the same person's earlier statement"
                self.before(first, number, rule, match.start(), match.end())

    def _immediate_cues(self, number: int, start: int, end: int, leak: int | None) -> None:
        """ "X responded straight away": soon after the leak, in the reporter's words only."""
        if leak is None or self.events[number].type not in REACTIONS:
            return
        for match in IMMEDIATE_CUE.finditer(self.text, start, end):
            if self._quoted(match.start()):
                continue
            self.before(leak, number, f"text: '{match.group()}'", match.start(), match.end())
            self.immediate.setdefault(number, (leak, match.start(), match.end()))

    def _meanwhile_cues(self, number: int, start: int, end: int) -> None:
        """ "Meanwhile X ...": kept for last, as the loosest cue."""
        for match in MEANWHILE_CUE.finditer(self.text, start, end):
            if self._quoted(match.start()):
                continue
            previous = self._told_before(match.start(), number)
            if previous is not None and previous != number:
                self.together.append((previous, number, match.start(), match.end()))

    def _time_links(self) -> None:
        dated = [
            (number, span) for number in self.story if (span := self._interval(number)) is not None
        ]
        for a, (_, a_end) in dated:
            for b, (b_start, _) in dated:
                if a != b and a_end <= b_start:
                    time_a = self.times[self.events[a].time].text  # type: ignore[index]
                    time_b = self.times[self.events[b].time].text  # type: ignore[index]
                    self.before(a, b, f"times: '{time_a}' ends before '{time_b}'", None, None)

    def _leaks_within_a_day(self) -> None:
        """ "published a transcript on Wednesday ... Rádio Maré FM played excerpts that
        evening": of two leaks on one day, the one told first, dated by the day alone,
        went out before the one dated by a part of it."""
        for a in self.leaks:
            for b in self.leaks:
                first, second = self._interval(a), self._interval(b)
                if a == b or first is None or second is None:
                    continue
                within = first[0] <= second[0] and second[1] <= first[1] and first != second
                if within and self.events[a].start < self.events[b].start:
                    rule = "a leak told first on a day goes out before one later that day"
                    self.before(a, b, rule, self.events[b].start, self.events[b].end)

    def _immediacy(self) -> None:
        for number, (earlier, start, end) in self.immediate.items():
            for other in self.story:
                first_after = self.graph.node(other) in self.graph.after[self.graph.node(earlier)]
                if other != number and other not in self.immediate and first_after:
                    self.before(number, other, IMMEDIACY, start, end)

    def _simultaneous(self) -> None:
        for one, other, start, end in self.together:
            rule = "text: 'meanwhile': at the same time as the event told before"
            if self.graph.merge(one, other):
                self.links.append(EventLink(one, other, "simultaneous", rule, start, end))
                continue
            against = self.graph.path(one, other) or self.graph.path(other, one) or []
            self.conflicts.append(
                OrderingConflict(
                    one,
                    other,
                    "simultaneous",
                    rule,
                    f"contradicts {self._describe(against)}",
                    start,
                    end,
                )
            )


def order_events(
    text: str,
    segments: Segments,
    events: Sequence[Event],
    quotes: Sequence[Quote],
    times: Sequence[TimeExpression],
    channels: Sequence[Channel],
    entities: Sequence[Entity],
) -> Ordered:
    """Link the events of one story and rank them chronologically."""
    return _Linker(text, segments, events, quotes, times, channels, entities).run()
