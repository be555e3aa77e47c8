"""Sequence: link events and put them in chronological order.

Links come from four sources, strongest first:

1. the text's own cues: "soon after the recordings emerged" places the
   event after the leak; "in response to" makes it answer that event;
2. the story's logic: a remark precedes its leak; a response, defence,
   attack or report follows the leak and answers the remark;
3. the events' time intervals, where both are dated and do not overlap;
4. immediacy: an event the text places "soon after" another comes before
   the other reactions to it that the text does not place so early.

A link that would contradict stronger ones (a cycle) is not used, and is
reported. ``sequence`` is then each event's depth in the graph of "before"
links (ties where the text leaves the order open); ``narrative_index`` is
the order in which the article first mentions each event.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from attrs import evolve, frozen

from provenance.lexicon import IMMEDIACY_CUES
from provenance.records import Event, EventLink, Quote, Segments, TimeExpression
from provenance.times import interval

AFTER_CUE = re.compile(
    r"\b(?P<cue>(?:(?:soon|shortly|straight|immediately|moments|minutes|hours|days|weeks)\s+)?after"
    r"|following|in response to|in reply to)\s+(?P<what>[^,.;:]+)",
    re.IGNORECASE,
)
LEAK_WORDS = re.compile(
    r"\b(?:leak\w*|recordings?|tapes?|footage|audio|video|memo|emails?|emerged|surfaced|"
    r"published|revealed|came out|comments|remarks)\b",
    re.IGNORECASE,
)
REACTIONS = ("response", "defence", "attack", "report")


@frozen
class Ordered:
    """Events with their sequence, the links that justify it, and any conflicts."""

    events: tuple[Event, ...]
    links: tuple[EventLink, ...]
    conflicts: tuple[str, ...]


class _Graph:
    def __init__(self, size: int) -> None:
        self.after: list[set[int]] = [set() for _ in range(size)]

    def reaches(self, start: int, goal: int) -> bool:
        seen, stack = set(), [start]
        while stack:
            node = stack.pop()
            if node == goal:
                return True
            if node not in seen:
                seen.add(node)
                stack.extend(self.after[node])
        return False

    def add(self, earlier: int, later: int) -> bool:
        if earlier == later or self.reaches(later, earlier):
            return False
        self.after[earlier].add(later)
        return True

    def levels(self) -> list[int]:
        """1 + the length of the longest chain of "before" links ending at each event."""
        size = len(self.after)
        level = [1] * size
        indegree = [0] * size
        for targets in self.after:
            for target in targets:
                indegree[target] += 1
        ready = [n for n in range(size) if indegree[n] == 0]
        while ready:
            node = ready.pop()
            for target in self.after[node]:
                level[target] = max(level[target], level[node] + 1)
                indegree[target] -= 1
                if indegree[target] == 0:
                    ready.append(target)
        return level


class _Linker:
    def __init__(
        self,
        text: str,
        segments: Segments,
        events: Sequence[Event],
        quotes: Sequence[Quote],
        times: Sequence[TimeExpression],
    ) -> None:
        self.text = text
        self.segments = segments
        self.quotes = quotes
        self.events = list(events)
        self.times = times
        self.graph = _Graph(len(events))
        self.links: list[EventLink] = []
        self.conflicts: list[str] = []
        self.immediate: dict[int, tuple[int, int, int]] = {}

    def before(
        self, earlier: int, later: int, rule: str, start: int | None, end: int | None
    ) -> None:
        if later in self.graph.after[earlier]:
            return
        if self.graph.add(earlier, later):
            self.links.append(EventLink(earlier, later, "before", rule, start, end))
        elif not self.graph.reaches(earlier, later):
            self.conflicts.append(
                f"'{self.events[earlier].summary}' before '{self.events[later].summary}' "
                f"({rule}) contradicts an earlier link; not used"
            )

    def run(self) -> Ordered:
        leak = self._first("leak")
        remark = self._first("remark")
        self._text_cues(leak)
        if remark is not None and leak is not None:
            span = self.events[leak]
            self.before(remark, leak, "a remark precedes its leak", span.start, span.end)
        for number, event in enumerate(self.events):
            if event.type not in REACTIONS:
                continue
            if leak is not None:
                self.before(
                    leak, number, "a reaction follows the leak it answers", event.start, event.end
                )
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
        self._immediacy()
        levels = self.graph.levels()
        order = sorted(range(len(self.events)), key=lambda n: (self.events[n].start, n))
        narrative = {number: rank for rank, number in enumerate(order, start=1)}
        events = tuple(
            evolve(event, sequence=levels[n], narrative_index=narrative[n])
            for n, event in enumerate(self.events)
        )
        return Ordered(events, tuple(self.links), tuple(self.conflicts))

    def _first(self, kind: str) -> int | None:
        return next((n for n, e in enumerate(self.events) if e.type == kind), None)

    def _text_cues(self, leak: int | None) -> None:
        """ "soon after the recordings emerged": the leak comes first."""
        for number, event in enumerate(self.events):
            for start, end in self._sentences(event):
                self._cues_in(number, start, end, leak)

    def _sentences(self, event: Event) -> list[tuple[int, int]]:
        """The sentences that report an event, in text order."""
        spans = {(event.start, event.end)}
        for quote in (self.quotes[n] for n in event.quotes):
            sentence = self.segments.sentence_at(quote.cue.start if quote.cue else quote.start)
            spans.add((sentence.start, sentence.end))
        return sorted(spans)

    def _cues_in(self, number: int, start: int, end: int, leak: int | None) -> None:
        own = [self.quotes[n] for n in self.events[number].quotes]
        for match in AFTER_CUE.finditer(self.text, start, end):
            earlier = self._event_named(match["what"], number, leak)
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

    def _event_named(self, what: str, own: int, leak: int | None) -> int | None:
        if leak is not None and leak != own and LEAK_WORDS.search(what):
            return leak
        return None

    def _time_links(self) -> None:
        dated = []
        for number, event in enumerate(self.events):
            if event.time is not None:
                span = interval(self.times[event.time])
                if span is not None:
                    dated.append((number, span))
        for a, (_, a_end) in dated:
            for b, (b_start, _) in dated:
                if a != b and a_end <= b_start:
                    time_a = self.times[self.events[a].time].text  # type: ignore[index]
                    time_b = self.times[self.events[b].time].text  # type: ignore[index]
                    self.before(a, b, f"times: '{time_a}' ends before '{time_b}'", None, None)

    def _immediacy(self) -> None:
        for number, (earlier, start, end) in self.immediate.items():
            for other in self.graph.after[earlier].copy():
                if other != number and other not in self.immediate:
                    self.before(
                        number,
                        other,
                        "immediacy: the text places it soon after, before other reactions",
                        start,
                        end,
                    )


def order_events(
    text: str,
    segments: Segments,
    events: Sequence[Event],
    quotes: Sequence[Quote],
    times: Sequence[TimeExpression],
) -> Ordered:
    """Link the events of one story and rank them chronologically."""
    return _Linker(text, segments, events, quotes, times).run()
