"""Wording: one remark however outlets print it; a reworded one is a drift."""

from __future__ import annotations

import pytest

from provenance.wording import DRIFT, SAME, compare, words


def test_words_drop_case_punctuation_and_apostrophes_and_mark_censoring() -> None:
    assert words("Voters “can’t stand” him... F****D it up!") == (
        "voters",
        "cant",
        "stand",
        "him",
        "f*",
        "it",
        "up",
    )


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("They f****d it up in 2016", "they f***** it up in 2016."),
        ("They f****d it up in 2016", "They fucked it up in 2016"),
        ("We went too early, far too early.", "we went too early far too early"),
        ("the regions will never see a penny of it", "will never see a penny"),
        ("banter", "Banter!"),
    ],
)
def test_censoring_punctuation_and_slicing_keep_the_same_wording(first: str, second: str) -> None:
    assert compare(words(first), words(second)) == SAME
    assert compare(words(second), words(first)) == SAME


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("the regions will never see a penny of it", "the north will never see a penny of it"),
        ("we will crush them at the ballot box", "we will beat them at the ballot box"),
        ("I was just winding up an old friend", "I was only winding up an old mate of mine"),
    ],
)
def test_a_reworded_quotation_is_a_drift(first: str, second: str) -> None:
    assert compare(words(first), words(second)) == DRIFT


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("banter", "it was all banter"),
        ("went too early", "moved too early"),
        ("the party has blocked Brexit", "voters cannot stand the leader"),
    ],
)
def test_short_slices_and_other_words_are_not_the_same_remark(first: str, second: str) -> None:
    assert compare(words(first), words(second)) is None
