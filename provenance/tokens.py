"""Words with offsets: the one tokeniser every stage shares.

A word is a run of letters and digits, joined by inner apostrophes, hyphens,
asterisks (censored words) or a period after a single letter ("U.S",
"e.g"), so that "can't", "anti-Semitism-condoning" and "f****d" are one word
each, but a missing space after a full stop ("said.Then") still parts two.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

WORD = re.compile(r"[^\W_]+(?:(?:['’\-&]|\*+|(?<=\b[^\W\d_])\.(?=[^\W\d_]))[^\W_]+)*")


def words(text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
    """Word matches in ``text[start:end]``; offsets are into ``text``."""
    return WORD.finditer(text, start, len(text) if end is None else end)


def is_capitalised(word: str) -> bool:
    """True for "Labour", "McDonald", "BBC", "iPhone"-free proper-looking words."""
    return word[:1].isupper()


def previous_word(text: str, offset: int, floor: int = 0) -> re.Match[str] | None:
    """The last word that ends at or before ``offset`` (and starts at or after ``floor``).

    Looks back a short window first and widens it only when the word found
    might have been cut by the window's edge.
    """
    for reach in (24, 80):
        start = max(floor, offset - reach)
        found = None
        for match in WORD.finditer(text, start, offset):
            found = match
        if found is not None and (found.start() > start or start == floor):
            return found
        if start == floor:
            return None
    return found


def next_word(text: str, offset: int, ceiling: int | None = None) -> re.Match[str] | None:
    """The first word that starts at or after ``offset``."""
    return WORD.search(text, offset, len(text) if ceiling is None else ceiling)
