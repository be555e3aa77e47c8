"""References: past happenings and future references kept apart from the story's sequence."""

from __future__ import annotations

from pathlib import Path

import sqlite_utils

from provenance.records import ParsedArticle
from provenance.store import finish, open_database, save_parsed
from tests.helpers import parse

STORY = """Mayor apologises for leaked message

In a leaked message, published by the Harbour Gazette website, Mayor Dana Cole said the \
council "got it wrong" in 2014 in its plan to move the sea wall.

Councillor Raj Patel stood by the mayor, saying she would "win the vote" on Thursday."""


def context(parsed: ParsedArticle) -> list[tuple[str, str, str, str | None]]:
    """(type, time text, time value, who mentioned it) of each event outside the sequence."""
    found = []
    for number, event in enumerate(parsed.events):
        if event.sequence is not None:
            continue
        time = parsed.times[event.time]  # type: ignore[index]
        [link] = [k for k in parsed.links if k.target == number and k.relation == "mentions"]
        found.append((event.type, time.text, time.value, parsed.events[link.source].type))
    return found


def test_a_past_time_and_a_future_one_become_background_and_prospect() -> None:
    parsed = parse(STORY, published="2024-03-06")
    assert context(parsed) == [
        ("background", "2014", "2014", "remark"),
        ("prospect", "Thursday", "2024-03-07", "defence"),
    ]
    prospect = next(e for e in parsed.events if e.type == "prospect")
    assert parsed.times[prospect.time].modality == "future"  # type: ignore[index]


def test_a_time_in_someones_own_quoted_words_is_no_event() -> None:
    parsed = parse(
        STORY + '\n\n"He sets us up like it\'s 1994, and he will be gone by Christmas," '
        "said Ana Ruiz, a resident.",
        published="2024-03-06",
    )
    assert [(kind, text) for kind, text, _, _ in context(parsed)] == [
        ("background", "2014"),
        ("prospect", "Thursday"),
    ]


def test_the_part_of_this_week_still_to_come_is_a_prospect_in_a_clause_of_plans() -> None:
    def prospects(sentence: str) -> list[str]:
        parsed = parse(STORY + "\n\n" + sentence)
        return [parsed.times[e.time].text for e in parsed.events if e.type == "prospect"]  # type: ignore[index]

    assert prospects("Cole and Patel are scheduled to tour the sea wall this week.") == [
        "Thursday",
        "this week",
    ]
    assert prospects("Cole toured the sea wall this week.") == ["Thursday"]


def test_their_text_is_the_clause_that_mentions_them() -> None:
    parsed = parse(STORY, published="2024-03-06")
    text = parsed.article.text
    background, prospect = (e for e in parsed.events if e.sequence is None)
    assert text[background.start : background.end] == (
        'the council "got it wrong" in 2014 in its plan to move the sea wall'
    )
    assert text[prospect.start : prospect.end] == 'she would "win the vote" on Thursday'
    assert background.summary.startswith("Dana Cole recalled: ")


def test_they_stay_out_of_the_sequence_and_the_timeline_view(tmp_path: Path) -> None:
    parsed = parse(STORY, published="2024-03-06")
    assert sorted((e.type, e.sequence) for e in parsed.events if e.sequence is not None) == [
        ("defence", 3),
        ("leak", 2),
        ("remark", 1),
    ]
    db = open_database(tmp_path / "p.db")
    save_parsed(db, parsed)
    finish(db)
    listed = sqlite_utils.Database(tmp_path / "p.db")
    assert [r["type"] for r in listed.query("select type from timeline")] == [
        "remark",
        "leak",
        "defence",
    ]
    assert [
        (r["type"], r["mentioned_by"]) for r in listed.query("select * from context_events")
    ] == [
        ("background", "Dana Cole"),
        ("prospect", "Raj Patel"),
    ]


def test_times_that_date_story_events_are_not_repeated() -> None:
    parsed = parse(
        "Mayor apologises\n\nCouncillor Raj Patel stood by the mayor on Monday, saying she had "
        '"worked tirelessly".',
        published="2024-03-06",
    )
    assert [e.type for e in parsed.events if e.sequence is None] == []


def test_the_seed_gets_its_times_and_its_references(seed_parsed: ParsedArticle) -> None:
    def time_of(kind: str) -> tuple[str, str, str]:
        event = next(e for e in seed_parsed.events if e.type == kind)
        time = seed_parsed.times[event.time]  # type: ignore[index]
        return time.value, time.granularity, time.modality  # type: ignore[return-value]

    assert time_of("defence") == ("2019-12-10TAF", "part_of_day", "actual")
    assert time_of("attack") == ("2019-12-10", "day", "actual")
    assert time_of("background") == ("2016", "year", "actual")
    assert time_of("prospect") == ("2019-12-13TMO", "part_of_day", "future")
    background = next(e for e in seed_parsed.events if e.type == "background")
    assert "attempt to remove the Labour leader" in background.summary
    ranked = sorted(
        (e for e in seed_parsed.events if e.sequence is not None),
        key=lambda e: (e.sequence, e.narrative_index),
    )
    assert [e.type for e in ranked] == ["remark", "leak", "response", "defence", "attack"]
