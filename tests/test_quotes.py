"""Quotes: pairing quotation marks, whatever the style."""

from __future__ import annotations

import pytest

from provenance.quotes import find_quote_spans
from provenance.records import QuoteSpan
from provenance.segment import segment
from tests.helpers import article


def spans(text: str) -> list[tuple[str, int, bool, bool]]:
    """(text, depth, closed, continues) of every span, headline included."""
    made = article(text)
    found: list[QuoteSpan] = list(find_quote_spans(made, segment(made)))
    return [(made.text[s.start : s.end], s.depth, s.closed, s.continues) for s in found]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ('He said "straight double" today.', ["straight double"]),
        ("He said “curly double” today.", ["curly double"]),
        ("He said 'straight single' today.", ["straight single"]),
        ("He said ‘curly single’ today.", ["curly single"]),
        ("He can't say “we can’t stand it” now.", ["we can’t stand it"]),
        ("The Tories' record is 'poor', he said.", ["poor"]),
        ("In the '90s it was 'fine'.", ["fine"]),
        # A nickname between a given name and a surname is no quotation.
        ('Mayor Rodolfo "Dodong" Villacarlos said it was "a joke".', ["a joke"]),
        ('He called Hillary "Crooked" Jones "a crook".', ["a crook"]),
        # The title of a show, after "on", is no quotation; a capitalised remark is one.
        ('He spoke on "The Drive With Todd Engstrom" on KXLR-AM.', []),
        ('He said the plan was "Dead On Arrival" and left.', ["Dead On Arrival"]),
    ],
)
def test_marks_of_every_style(body: str, expected: list[str]) -> None:
    assert [s[0] for s in spans("Headline\n\n" + body)] == expected


def test_headline_quotes() -> None:
    assert [s[0] for s in spans("Leader insists pair are 'cool'\n\nBody.")] == ["cool"]
    # A headline capitalises every word: a quoted word between names is still quoted.
    headline = "Chris Christie Calls Hillary Clinton 'A Disgrace' Over Police\n\nBody."
    assert [s[0] for s in spans(headline)] == ["A Disgrace"]


def test_quotes_nested_inside_quotes() -> None:
    found = spans("Headline\n\n\"He told me 'never' and meant it,\" she said.")
    assert found == [
        ("He told me 'never' and meant it,", 0, True, False),
        ("never", 1, True, False),
    ]


def test_doubled_single_marks_with_a_quotation_inside() -> None:
    # Some archives write a double mark as two single ones: three in a row close
    # the inner quotation first, then the outer one.
    found = spans("Headline\n\n''We are told, 'it is special,''' he said. ''It is all lies.''")
    assert found == [
        ("We are told, 'it is special,'", 0, True, False),
        ("it is special,", 1, True, False),
        ("It is all lies.", 0, True, False),
    ]


def test_multi_paragraph_quote_continues() -> None:
    found = spans('Headline\n\nShe said: "First part.\n\n"Second part.\n\n"Last part."')
    assert found == [
        ("First part.", 0, False, False),
        ("Second part.", 0, False, True),
        ("Last part.", 0, True, True),
    ]


def test_a_half_quoted_paragraph_does_not_swallow_the_next_one() -> None:
    found = spans(
        'Headline\n\nHe said "this never closes.\n\nA new paragraph with "its own quote".'
    )
    assert found == [("this never closes.", 0, False, False), ("its own quote", 0, True, False)]


def test_a_lone_apostrophe_is_not_a_quote() -> None:
    assert spans("Headline\n\nThe voters' choice and the members' vote.") == []
