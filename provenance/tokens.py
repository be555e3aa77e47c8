"""Words with offsets: the one tokeniser every stage shares.

A word is a run of letters and digits, joined by inner apostrophes, hyphens,
asterisks (censored words) or a period after a single letter ("U.S",
"e.g"), so that "can't", "anti-Semitism-condoning" and "f****d" are one word
each, but a missing space after a full stop ("said.Then") still parts two.

Each text is tokenised once (:func:`word_index`, kept for the few texts
most recently asked about, so every stage working on one article shares
it); the functions below answer from that index by bisection. A window
whose edge cuts a word in two is the one case the index cannot answer (the
tokeniser would see only the part inside the window): those questions go
to the regular expression itself, so every answer is exactly what matching
the window would give.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from functools import lru_cache

from attrs import frozen

WORD = re.compile(r"[^\W_]+(?:(?:['’\-&]|\*+|(?<=\b[^\W\d_])\.(?=[^\W\d_]))[^\W_]+)*")
# Words may reach back this far from an offset (see previous_word).
SHORT_REACH, LONG_REACH = 24, 80


@frozen
class WordIndex:
    """Every word of one text, in order, with their start and end offsets, text and lower case."""

    matches: tuple[re.Match[str], ...]
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    texts: tuple[str, ...]
    lowered: tuple[str, ...]

    def cut_at(self, offset: int) -> bool:
        """Whether ``offset`` falls strictly inside a word."""
        position = bisect_right(self.starts, offset) - 1
        return position >= 0 and self.starts[position] < offset < self.ends[position]

    def within(self, start: int, end: int) -> tuple[int, int]:
        """The positions ``[low, high)`` of the words lying wholly in ``[start, end)``."""
        return bisect_left(self.starts, start), bisect_right(self.ends, end)


@lru_cache(maxsize=8)
def word_index(text: str) -> WordIndex:
    """The words of ``text``, found once for every stage that asks."""
    matches = tuple(WORD.finditer(text))
    texts = tuple(map(re.Match.group, matches))
    return WordIndex(
        matches,
        tuple(map(re.Match.start, matches)),
        tuple(map(re.Match.end, matches)),
        texts,
        tuple(map(str.lower, texts)),
    )


@lru_cache(maxsize=32)
def _positions_among(text: str, accept: frozenset[str]) -> tuple[list[int], list[re.Match[str]]]:
    index = word_index(text)
    positions = [i for i, word in enumerate(index.lowered) if word in accept]
    return positions, [index.matches[i] for i in positions]


def words_among(text: str, start: int, end: int, accept: frozenset[str]) -> list[re.Match[str]]:
    """The words of ``text[start:end]`` whose lower case is in ``accept``, in order.

    For a vocabulary asked about often (speech verbs), the text's matching
    words are found once and each window takes its share by bisection.
    """
    index = word_index(text)
    if start >= end or index.cut_at(start) or index.cut_at(end):
        return [m for m in WORD.finditer(text, start, end) if m.group().lower() in accept]
    low, high = index.within(start, end)
    positions, matches = _positions_among(text, accept)
    return matches[bisect_left(positions, low) : bisect_left(positions, high)]


def words(text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
    """Word matches in ``text[start:end]``; offsets are into ``text``."""
    end = len(text) if end is None else end
    index = word_index(text)
    if start >= end or index.cut_at(start) or index.cut_at(end):
        return WORD.finditer(text, start, end)
    low, high = index.within(start, end)
    return iter(index.matches[low:high])


def previous_words(text: str, floor: int, offset: int, count: int) -> list[re.Match[str]]:
    """The last ``count`` words within the ``LONG_REACH`` characters before ``offset``
    (and at or after ``floor``)."""
    start = max(floor, offset - LONG_REACH)
    index = word_index(text)
    if start < offset and not index.cut_at(offset):
        low, high = index.within(start, offset)
        if high - low >= count or not index.cut_at(start):
            return list(index.matches[max(low, high - count) : high])
    return list(WORD.finditer(text, start, offset))[-count:]


def is_capitalised(word: str) -> bool:
    """True for "Labour", "McDonald", "BBC", "iPhone"-free proper-looking words."""
    return word[:1].isupper()


def previous_word(text: str, offset: int, floor: int = 0) -> re.Match[str] | None:
    """The last word that ends at or before ``offset`` (and starts at or after ``floor``).

    Looks back a short window first and widens it only when the word found
    might have been cut by the window's edge.
    """
    index = word_index(text)
    reach = max(floor, offset - LONG_REACH)
    if not index.cut_at(offset):
        last = bisect_right(index.ends, offset) - 1
        if last < 0 or index.ends[last] <= reach:
            return None
        if index.starts[last] >= reach:
            return index.matches[last]
    return _previous_word_in_windows(text, offset, floor)


def _previous_word_in_windows(text: str, offset: int, floor: int) -> re.Match[str] | None:
    for reach in (SHORT_REACH, LONG_REACH):
        start = max(floor, offset - reach)
        found = None
        for match in WORD.finditer(text, start, offset):
            found = match
        if found is not None and (
            (found.start() > start and not _cut_at_joiner(text, start, found.start()))
            or start == floor
        ):
            return found
        if start == floor:
            return None
    return found


def _cut_at_joiner(text: str, start: int, word_start: int) -> bool:
    """Whether a window starting at ``start`` cut a word at what joins its parts ("can|'t"):
    only joining marks lie between the window's edge and the word found, after a letter."""
    gap = text[start:word_start]
    return text[start - 1 : start].isalnum() and all(mark in "'’-&*." for mark in gap)


def next_word(text: str, offset: int, ceiling: int | None = None) -> re.Match[str] | None:
    """The first word that starts at or after ``offset``."""
    return WORD.search(text, offset, len(text) if ceiling is None else ceiling)
