"""Fast paths give the answers of the slow ones they replace.

The word index (``provenance.tokens``) answers window questions from words
found once per text, and ``provenance.scanning`` runs case-insensitive
patterns on a text's lower case and skips windows without the words a
pattern needs. For any text and any window, each must give exactly what
running the regular expression on that window gives, including for
letters whose case behaves unusually ("İ", "ı", "ſ", the Kelvin sign).
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provenance import tokens
from provenance.channels import LEAK_IN_ARTICLE
from provenance.cues import CUE_STARTS
from provenance.events import ATTACK, CRITICISM, DEFENCE, LEAKED_POSSESSION
from provenance.mentions import CHANNEL_BEFORE
from provenance.scanning import Scan, finditer, lower_case_pattern
from provenance.sequence import AFTER_CUE, IMMEDIATE_CUE, SEQUEL_CUE
from provenance.time_lexicon import DIGIT_TRIGGER, DIGIT_TRIGGER_START
from provenance.times import PATTERNS

PIECES = [
    "Mr",
    "U.S.",
    "can't",
    "anti-Semitism",
    "f****d",
    "x_U.S",
    "said",
    "Told",
    "stood by",
    "STOOD BY",
    "seized on",
    "His leaked remarks",
    "disgraceful",
    "later",
    "then",
    "straight away",
    "soon after",
    "three years ago",
    "Tuesday afternoon",
    "the past two weeks",
    "May 2019",
    "10 December",
    "'90s",
    "21st",
    "9/11",
    "the 1990s",
    "next year's first quarter",
    "İstanbul",
    "ıs",
    "ſaid",
    "ſeized on",
    "laſt year",
    "fırst quarter",
    "\u212aelvin",
    "é",
    "’",
    '"',
    ",",
    ".",
    " ",
    "  ",
    "\n",
    "-",
]
TEXTS = st.lists(st.sampled_from(PIECES), max_size=30).map("".join) | st.text(max_size=60)


def spans(matches: object) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in matches]  # type: ignore[attr-defined]


def window(data: st.DataObject, text: str) -> tuple[int, int]:
    start = data.draw(st.integers(0, len(text)))
    return start, data.draw(st.integers(0, len(text)))


@given(TEXTS, st.data())
def test_words_of_a_window_are_those_the_tokeniser_finds_there(
    text: str, data: st.DataObject
) -> None:
    start, end = window(data, text)
    assert spans(tokens.words(text, start, end)) == spans(tokens.WORD.finditer(text, start, end))
    expected = [
        m for m in tokens.WORD.finditer(text, start, end) if m.group().lower() in CUE_STARTS
    ]
    assert spans(tokens.words_among(text, start, end, CUE_STARTS)) == spans(expected)


@given(TEXTS, st.data())
def test_previous_words_are_those_the_tokeniser_finds_before_an_offset(
    text: str, data: st.DataObject
) -> None:
    floor, offset = window(data, text)
    count = data.draw(st.integers(1, 4))
    reach = max(floor, offset - tokens.LONG_REACH)
    expected = list(tokens.WORD.finditer(text, reach, offset))[-count:]
    assert spans(tokens.previous_words(text, floor, offset, count)) == spans(expected)
    found = tokens.previous_word(text, offset, floor)
    slow = tokens._previous_word_in_windows(text, offset, floor)
    assert spans([found] if found else []) == spans([slow] if slow else [])


SCANS = [
    DEFENCE,
    ATTACK,
    CRITICISM,
    LEAKED_POSSESSION,
    AFTER_CUE,
    SEQUEL_CUE,
    IMMEDIATE_CUE,
    CHANNEL_BEFORE,
    LEAK_IN_ARTICLE,
]


@pytest.mark.parametrize("scan", SCANS, ids=lambda scan: scan.regex.pattern[:30])
@given(text=TEXTS, data=st.data())
def test_a_scan_finds_what_its_pattern_finds(scan: Scan, text: str, data: st.DataObject) -> None:
    start, end = window(data, text)
    assert spans(scan.finditer(text, start, end)) == spans(scan.regex.finditer(text, start, end))


@pytest.mark.parametrize("scan", SCANS, ids=lambda scan: scan.regex.pattern[:30])
@given(text=TEXTS, data=st.data())
def test_a_scan_searches_as_its_pattern_does(scan: Scan, text: str, data: st.DataObject) -> None:
    start, end = window(data, text)
    found = scan.search(text, start, end)
    expected = scan.regex.search(text, start, end)
    assert spans([found] if found else []) == spans([expected] if expected else [])


@pytest.mark.parametrize("scan", SCANS, ids=lambda scan: scan.regex.pattern[:30])
@pytest.mark.parametrize(
    "text", ["They ſeized on it and ſtood by it, then later", "Straıght away, İt was dısgraceful"]
)
def test_letters_that_match_others_without_case_are_searched_for(scan: Scan, text: str) -> None:
    found = spans(scan.finditer(text))
    assert found == spans(scan.regex.finditer(text))


@given(TEXTS)
def test_trigger_numbers_are_those_found_without_the_start_lookahead(text: str) -> None:
    plain = re.compile(DIGIT_TRIGGER.pattern.removeprefix(DIGIT_TRIGGER_START))
    assert spans(DIGIT_TRIGGER.finditer(text)) == spans(plain.finditer(text))


@pytest.mark.parametrize("number", range(len(PATTERNS)))
@given(text=TEXTS, data=st.data())
def test_a_time_pattern_finds_the_same_in_the_lower_case(
    number: int, text: str, data: st.DataObject
) -> None:
    regex = PATTERNS[number].regex
    start, end = window(data, text)
    found = list(finditer(regex, text, start, end))
    assert spans(found) == spans(regex.finditer(text, start, end))
    assert [m.groupdict() for m in found] == [
        m.groupdict() for m in regex.finditer(text, start, end)
    ]


@pytest.mark.parametrize(
    ("pattern", "flags", "lowered"),
    [
        (r"\bstood by\b", re.IGNORECASE, True),
        (r"[a-z]+[\s-]\d", re.IGNORECASE, True),
        (r"\bstood by\b", 0, False),
        (r"\d{4}-\d\dT\d\d", re.IGNORECASE, False),
        (r"(?-i:[A-Z])\w+", re.IGNORECASE, False),
        (r"[à-ÿ]", re.IGNORECASE, False),
    ],
)
def test_only_patterns_with_lower_case_ascii_letters_run_on_the_lower_case(
    pattern: str, flags: int, lowered: bool
) -> None:
    assert (lower_case_pattern(re.compile(pattern, flags)) is not None) is lowered


@pytest.mark.parametrize(
    ("pattern", "lookahead"),
    [
        (r"\b(?:the\s+)?(?:last|next)\s+week\b", "(?=[lnt])"),
        (r"\b(?:\d+|one)\s+days?\b", "(?=[\\do])"),
        (r"(?<![\d/])[0-3]?\d/\d", "(?=[0-3\\d])"),
        (r"'\d0s\b|\b[a-c]-\d", "(?=['a-c])"),
        (r"(?:the\s+)?", None),
        (r"[^a]b", None),
        (r"(?x) the \s+ week", None),
    ],
)
def test_a_lower_case_pattern_is_led_by_the_characters_its_matches_start_with(
    pattern: str, lookahead: str | None
) -> None:
    fast = lower_case_pattern(re.compile(pattern, re.IGNORECASE))
    assert fast is not None
    if lookahead is None:
        assert fast.pattern == pattern
    else:
        assert fast.pattern == f"{lookahead}(?:{pattern})"


@pytest.mark.parametrize(
    "pattern",
    [r"\b(?:the\s+)?(?:last|next)\s+week\b", r"(?x) the \s+ week  # a comment", r"(?:a|b*)c"],
)
@given(text=TEXTS, data=st.data())
def test_a_pattern_led_by_its_first_characters_finds_what_it_found(
    pattern: str, text: str, data: st.DataObject
) -> None:
    regex = re.compile(pattern, re.IGNORECASE)
    start, end = window(data, text)
    assert spans(finditer(regex, text, start, end)) == spans(regex.finditer(text, start, end))
