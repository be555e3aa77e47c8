"""Custody: a leaked medium with no publisher beside it was put out by the first leak."""

from __future__ import annotations

from provenance.records import Channel, ParsedArticle
from tests.helpers import parse

STORY = """Mayor apologises for recording
Mayor Dana Holt apologised on Wednesday for remarks about residents of the east ward.
In a recording of a private meeting, Holt is heard saying the east ward "votes like sheep".
The Harbour Ledger published the recording on Monday. Radio Westbay aired it {when}.
"I regret what I said," Holt said in a statement."""


def remark_medium(parsed: ParsedArticle) -> Channel:
    remark = next(e for e in parsed.events if e.type == "remark")
    assert remark.channel is not None
    return parsed.channels[remark.channel]


def test_the_remark_medium_is_credited_to_the_earliest_leak() -> None:
    parsed = parse(STORY.format(when="on Tuesday morning"), published="2026-03-12")
    medium = remark_medium(parsed)
    assert medium.kind == "recording"
    assert medium.publisher is not None
    assert parsed.entities[medium.publisher].name == "Harbour Ledger"
    assert medium.rule.endswith("published first by the actor of the story's earliest leak")


def test_leaks_tied_for_first_leave_the_medium_without_a_publisher() -> None:
    parsed = parse(STORY.format(when="on Monday"), published="2026-03-12")
    leaks = [e for e in parsed.events if e.type == "leak"]
    assert len({e.sequence for e in leaks}) == 1 < len(leaks)
    assert remark_medium(parsed).publisher is None
