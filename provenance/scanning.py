"""Scanning: run a pattern only where the words it needs occur.

Many patterns are large alternations of cue phrases ("stood by", "seized
on") matched without regard to case, and running them over every sentence
costs more than anything else they do. A :class:`Scan` declares, with its
pattern, the lower-case words at least one of which every match contains;
a window of text whose lower case holds none of them cannot match and is
not searched. The answer is always the one the pattern would give: where
the lower case of a text does not line up with the text letter for letter,
every window is searched.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from attrs import frozen

# Letters that case-insensitive matching takes for ASCII ones ("ſ" for "s",
# "ı" for "i") although their lower case is not that letter.
UNFOLDED = ("ſ", "ı")


@frozen
class LowerText:
    """A text in lower case; ``exact`` when it lines up with the text letter for letter."""

    lowered: str
    exact: bool

    def holds_any(self, needs: tuple[str, ...], start: int, end: int) -> bool:
        """Whether ``text[start:end]`` may hold one of ``needs``, in any case."""
        if not self.exact:
            return True
        window = self.lowered[start:end]
        return any(word in window for word in needs)


@lru_cache(maxsize=8)
def lower_text(text: str) -> LowerText:
    """The lower case of ``text``, made once for every pattern that asks."""
    lowered = text.lower()
    exact = len(lowered) == len(text) and not any(letter in text for letter in UNFOLDED)
    return LowerText(lowered, exact)


@frozen
class Scan:
    """A pattern and the lower-case words no match of it can lack (one of them, in any case)."""

    regex: re.Pattern[str]
    needs: tuple[str, ...]

    @classmethod
    def of_phrases(cls, phrases: tuple[str, ...] | list[str]) -> Scan:
        """A pattern matching any of ``phrases`` as whole words, in any case."""
        alternatives = "|".join(re.escape(phrase) for phrase in phrases)
        regex = re.compile(r"\b(?:" + alternatives + r")\b", re.IGNORECASE)
        return cls(regex, tuple(phrase.lower() for phrase in phrases))

    def finditer(
        self, text: str, start: int = 0, end: int | None = None
    ) -> Iterator[re.Match[str]]:
        """The pattern's matches in ``text[start:end]``, as ``regex.finditer`` gives them."""
        end = len(text) if end is None else end
        if not lower_text(text).holds_any(self.needs, start, end):
            return iter(())
        return self.regex.finditer(text, start, end)

    def search(self, text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
        """The pattern's first match in ``text[start:end]``, as ``regex.search`` gives it."""
        end = len(text) if end is None else end
        if not lower_text(text).holds_any(self.needs, start, end):
            return None
        return self.regex.search(text, start, end)
