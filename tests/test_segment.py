"""Segment: paragraphs and sentences with offsets."""

from __future__ import annotations

import pytest

from provenance.segment import segment
from tests.helpers import article


def sentences_of(text: str) -> list[str]:
    made = article(text)
    return [made.text[s.start : s.end] for s in segment(made).sentences]


def test_paragraphs_headline_captions_and_body() -> None:
    made = article("A headline\n\n  • Video report by A Reporter\n\nFirst.\n\nSecond.")
    kinds = [(p.kind, made.text[p.start : p.end]) for p in segment(made).paragraphs]
    assert kinds == [
        ("headline", "A headline"),
        ("caption", "• Video report by A Reporter"),
        ("body", "First."),
        ("body", "Second."),
    ]


@pytest.mark.parametrize("byline", ["Élise Fontaine · DBC News", "Ann Lee | The Herald"])
def test_a_byline_with_a_separator_is_a_caption(byline: str) -> None:
    made = article(f"A headline\n\n{byline}\n\nFirst.")
    assert [p.kind for p in segment(made).paragraphs] == ["headline", "caption", "body"]


def test_without_blank_lines_every_line_is_a_paragraph() -> None:
    made = article("Headline\nOne line.\nAnother line.")
    assert len(segment(made).paragraphs) == 3


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Mr Smith spoke. Then he left.", ["Mr Smith spoke.", "Then he left."]),
        (
            "Dr. Jones and Prof. Lee met. They agreed.",
            ["Dr. Jones and Prof. Lee met.", "They agreed."],
        ),
        (
            "Ald. Dennis Mraz (38th) spoke. He left.",
            ["Ald. Dennis Mraz (38th) spoke.", "He left."],
        ),
        (
            "J. K. Rowling wrote it. Nobody doubts that.",
            ["J. K. Rowling wrote it.", "Nobody doubts that."],
        ),
        ("He paused... Then he spoke.", ["He paused... Then he spoke."]),
        ('"It is over." She left.', ['"It is over."', "She left."]),
        ("Is it? Yes! It is.", ["Is it?", "Yes!", "It is."]),
        ("The U.S. and Britain agreed. Talks end.", ["The U.S. and Britain agreed.", "Talks end."]),
        ("It rose 3.5 per cent. Shares fell.", ["It rose 3.5 per cent.", "Shares fell."]),
        (
            "CHIȘINĂU – The district president spoke. He left.",
            ["The district president spoke.", "He left."],
        ),
        (
            "The president of Th. Thimarafushi council spoke. He moved to DC. The end.",
            ["The president of Th. Thimarafushi council spoke.", "He moved to DC.", "The end."],
        ),
        # A platform's one-letter name is no initial.
        (
            'She posted it on X. "This is what they think," she wrote.',
            ["She posted it on X.", '"This is what they think," she wrote.'],
        ),
    ],
)
def test_sentence_boundaries(body: str, expected: list[str]) -> None:
    assert sentences_of("Headline\n\n" + body)[1:] == expected


def test_offsets_index_into_the_text() -> None:
    made = article("Head\n\nOne two. Three four.\n\nFive.")
    for sentence in segment(made).sentences:
        assert (
            made.text[sentence.start : sentence.end].strip()
            == made.text[sentence.start : sentence.end]
        )


@pytest.mark.parametrize(
    "dateline",
    [
        "WASHINGTON (AP) — ",
        "EDMONTON — ",
        "LUNHAW CITY, Davao del Sur — ",
        "HONG KONG, June 11 (Asia Markets Wire) - ",
        "TIRANA - ",
    ],
)
def test_a_wire_dateline_is_no_part_of_the_first_sentence(dateline: str) -> None:
    assert sentences_of(f"Headline\n\n{dateline}The mayor said no. She left.") == [
        "Headline",
        "The mayor said no.",
        "She left.",
    ]
