"""Wording: whether two quotations carry the same words, however each outlet printed them.

Outlets quote one remark differently: a shorter slice of it, another
censoring ("f****d", "f*****"), other punctuation, capitals or apostrophes.
Quotations are compared as sequences of words with all of that removed: a
censored word matches any word that starts with its visible letters. Two
quotations are the **same** wording when one is a slice of the other (of
at least :data:`MIN_SLICE` words, or the whole of both); they are a
**drift** when they are not, yet a stretch of the longer one matches most
of the shorter (at least :data:`DRIFT_SHARE` of its words, counting a
changed, added or dropped word against it), so it reads as the same remark
reworded.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

SAME = "same"
DRIFT = "drift"
MIN_SLICE = 3
MIN_DRIFT = 4
DRIFT_SHARE = 0.6

WORD = re.compile(r"[^\W_]+(?:\*+[^\W_]*)*|\*+[^\W_]*")
APOSTROPHES = re.compile(r"(?<=\w)['’‘`](?=\w)")

Words = tuple[str, ...]


def words(text: str) -> Words:
    """The words of a quotation: lower case, apostrophes and punctuation dropped.

    A censored word keeps its visible letters before the first asterisk and
    one asterisk ("f****d" and "f*****" are both ``f*``).
    """
    text = APOSTROPHES.sub("", unicodedata.normalize("NFKC", text).lower())
    return tuple(
        word[: word.index("*") + 1] if "*" in word else word for word in WORD.findall(text)
    )


def same_word(a: str, b: str) -> bool:
    """Equal words, or a censored word and a word that starts with its visible letters."""
    if a == b:
        return True
    if a.endswith("*") and b.startswith(a[:-1]):
        return True
    return b.endswith("*") and a.startswith(b[:-1])


def is_slice(short: Sequence[str], long: Sequence[str]) -> bool:
    """Whether ``short`` occurs in ``long`` as consecutive words."""
    size = len(short)
    return any(
        all(same_word(s, w) for s, w in zip(short, long[start : start + size], strict=True))
        for start in range(len(long) - size + 1)
    )


def local_alignment(short: Sequence[str], long: Sequence[str]) -> int:
    """The best score of a stretch of ``short`` against a stretch of ``long``.

    A matching word scores 1; a changed, added or dropped word costs 1
    (Smith-Waterman with unit scores).
    """
    best = 0
    previous = [0] * (len(long) + 1)
    for a in short:
        current = [0]
        for j, b in enumerate(long, start=1):
            score = max(
                0,
                previous[j - 1] + (1 if same_word(a, b) else -1),
                previous[j] - 1,
                current[j - 1] - 1,
            )
            current.append(score)
            best = max(best, score)
        previous = current
    return best


@lru_cache(maxsize=1 << 16)
def compare(a: Words, b: Words) -> str | None:
    """:data:`SAME`, :data:`DRIFT`, or None when the wordings are not one remark.

    Cached: outlets repeat the same quotations, so the same pairs recur.
    """
    short, long = sorted((a, b), key=len)
    if not short:
        return None
    if short == long or (
        is_slice(short, long) and (len(short) >= MIN_SLICE or len(short) == len(long))
    ):
        return SAME
    needed = DRIFT_SHARE * len(short)
    if len(short) < MIN_DRIFT or _matchable(short, long) < needed:
        return None
    return DRIFT if local_alignment(short, long) >= needed else None


def _matchable(short: Words, long: Words) -> int:
    """How many words of ``short`` could match some word of ``long`` (an upper bound
    on the alignment score, cheap enough to rule most pairs out first)."""
    if any(word.endswith("*") for word in long):
        return len(short)
    present = set(long)
    return sum(1 for word in short if word in present or word.endswith("*"))


def index_keys(wording: Words) -> set[str]:
    """Keys under which two wordings that may match share at least one.

    Every uncensored word of four letters or more, and the whole wording,
    so that short quotations equal in full are found too.
    """
    keys = {word for word in wording if len(word) >= 4 and not word.endswith("*")}
    keys.add(" ".join(wording))
    return keys
