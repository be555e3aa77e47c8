"""Scanning: run case-insensitive patterns fast, with the answers they would give.

Many patterns are large alternations of cue phrases ("stood by", "seized
on") matched without regard to case, and running them costs more than
anything else the stages do. Two things make them cheaper:

- :func:`finditer` runs a case-insensitive pattern as a case-sensitive one
  over the text's lower case (which is much faster, the more so as that
  form is led by a lookahead for the characters a match can start with),
  and takes each match it finds from the original pattern at the same
  place, so that groups and spans are the text's own;
- a :class:`Scan` declares, with its pattern, the lower-case words at least
  one of which every match contains; a window of text whose lower case
  holds none of them cannot match and is not searched.

Both rely on the lower case of the text lining up with the text letter for
letter, and on case-insensitive matching of a lower-case ASCII letter
meaning "this letter in either case": a text with a letter whose lower case
is longer ("İ") or that such matching takes for an ASCII letter ("ſ" for
"s", "ı" for "i"), and a pattern with a letter that is not lower-case ASCII
("(?-i:[A-Z])", "T"), are run as they are.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache

from attrs import frozen

try:
    from re import _constants as codes
    from re import _parser as parser
except ImportError:  # Python 3.10
    import sre_constants as codes  # type: ignore[no-redef]
    import sre_parse as parser  # type: ignore[no-redef]

# Letters that case-insensitive matching takes for ASCII ones ("ſ" for "s",
# "ı" for "i") although their lower case is not that letter.
UNFOLDED = ("ſ", "ı")
# Flags set at the start of a pattern for all of it ("(?x)"), which must stay first.
INLINE_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")
CATEGORY_CLASSES = {
    codes.CATEGORY_DIGIT: r"\d",
    codes.CATEGORY_NOT_DIGIT: r"\D",
    codes.CATEGORY_SPACE: r"\s",
    codes.CATEGORY_NOT_SPACE: r"\S",
    codes.CATEGORY_WORD: r"\w",
    codes.CATEGORY_NOT_WORD: r"\W",
}


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


def finditer(regex: re.Pattern[str], text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """``regex.finditer(text, start, end)``, found in the text's lower case if that is the same."""
    fast = lower_case_pattern(regex)
    lower = lower_text(text)
    if fast is None or not lower.exact:
        return regex.finditer(text, start, end)
    return _matched(regex, text, fast.finditer(lower.lowered, start, end), end)


def _matched(
    regex: re.Pattern[str], text: str, found: Iterator[re.Match[str]], end: int
) -> Iterator[re.Match[str]]:
    for match in found:
        original = regex.match(text, match.start(), end)
        assert original is not None and original.end() == match.end()
        yield original


def lower_case_pattern(regex: re.Pattern[str]) -> re.Pattern[str] | None:
    """A case-insensitive pattern without the flag, to run on lower-case text; None if it
    has a letter that is not lower-case ASCII (or is not case-insensitive at all).

    Kept by source and flags, which hash at once: a compiled pattern hashes
    its whole program every time it is looked up.
    """
    return _lower_case_pattern(regex.pattern, regex.flags)


@cache
def _lower_case_pattern(pattern: str, flags: int) -> re.Pattern[str] | None:
    if not flags & re.IGNORECASE or flags & re.LOCALE:
        return None
    parsed = parser.parse(pattern, flags)
    if not _lower_case_only(parsed):
        return None
    return re.compile(_led_by_first_characters(pattern, parsed, flags), flags & ~re.IGNORECASE)


def _led_by_first_characters(pattern: str, parsed: parser.SubPattern, flags: int) -> str:
    """The pattern led by a lookahead for the characters its matches can start with.

    A pattern that starts with a word boundary or an optional word is tried
    at every position of the text; a leading character class lets the regex
    engine skip straight to the positions where a match can start. The
    matches are the same. Left as it is when that cannot be told, or when
    wrapping would change its reading (verbose mode, leading inline flags).
    """
    first = _first_characters(parsed)
    if first is None or first[1] or flags & re.VERBOSE or INLINE_FLAGS.match(pattern):
        return pattern
    return f"(?=[{''.join(sorted(first[0]))}])(?:{pattern})"


def _first_characters(
    items: list[tuple[object, object]] | parser.SubPattern,
) -> tuple[set[str], bool] | None:
    """The characters a match of a parsed pattern can start with, as character-class items
    ("t", "0-9", "\\d"), and whether the match can be empty; None for a start this does not
    read (any character, a negated class, a back reference)."""
    starts: set[str] = set()
    for op, value in items:
        if op in (codes.AT, codes.ASSERT, codes.ASSERT_NOT):
            continue  # takes no character
        if op is codes.LITERAL:
            return starts | {re.escape(chr(value))}, False  # type: ignore[arg-type]
        if op is codes.IN:
            inner = _class_items(value)  # type: ignore[arg-type]
            return None if inner is None else (starts | inner, False)
        if op is codes.SUBPATTERN:
            parts, empty = [value[3]], False  # type: ignore[index]
        elif op is codes.BRANCH:
            parts, empty = value[1], False  # type: ignore[index]
        elif op in (codes.MAX_REPEAT, codes.MIN_REPEAT):
            parts, empty = [value[2]], value[0] == 0  # type: ignore[index]
        else:
            return None
        for part in parts:
            found = _first_characters(part)
            if found is None:
                return None
            starts |= found[0]
            empty = empty or found[1]
        if not empty:
            return starts, False
    return starts, True


def _class_items(items: list[tuple[object, object]]) -> set[str] | None:
    """The items of a parsed character class, written back; None for a negated class."""
    found = set()
    for op, value in items:
        if op is codes.LITERAL:
            found.add(re.escape(chr(value)))  # type: ignore[arg-type]
        elif op is codes.RANGE:
            low, high = value  # type: ignore[misc]
            found.add(f"{re.escape(chr(low))}-{re.escape(chr(high))}")
        elif op is codes.CATEGORY and value in CATEGORY_CLASSES:
            found.add(CATEGORY_CLASSES[value])  # type: ignore[index]
        else:
            return None
    return found


def _caseless_or_lower(code: int) -> bool:
    char = chr(code)
    return char.lower() == char.upper() or "a" <= char <= "z"


def _lower_case_only(items: list[tuple[object, object]] | parser.SubPattern) -> bool:
    """Whether every letter a parsed pattern names is lower-case ASCII, none case-sensitively."""
    for op, value in items:
        if op in (codes.LITERAL, codes.NOT_LITERAL):
            if not _caseless_or_lower(value):  # type: ignore[arg-type]
                return False
        elif op is codes.RANGE:
            low, high = value  # type: ignore[misc]
            if not all(_caseless_or_lower(code) for code in range(low, high + 1)):
                return False
        elif op is codes.IN:
            if not _lower_case_only(value):  # type: ignore[arg-type]
                return False
        elif op is codes.SUBPATTERN:
            _, _, removed, pattern = value  # type: ignore[misc]
            if removed & re.IGNORECASE or not _lower_case_only(pattern):
                return False
        elif op is codes.BRANCH:
            if not all(_lower_case_only(branch) for branch in value[1]):  # type: ignore[index]
                return False
        elif op in (codes.MAX_REPEAT, codes.MIN_REPEAT, codes.POSSESSIVE_REPEAT):
            if not _lower_case_only(value[2]):  # type: ignore[index]
                return False
        elif op in (codes.ASSERT, codes.ASSERT_NOT):
            if not _lower_case_only(value[1]):  # type: ignore[index]
                return False
        elif op is codes.ATOMIC_GROUP:
            if not _lower_case_only(value):  # type: ignore[arg-type]
                return False
        elif op not in (codes.AT, codes.ANY, codes.CATEGORY, codes.NEGATE):
            return False
    return True


@frozen
class Scan:
    """A pattern and the lower-case words no match of it can lack (one of them, in any case)."""

    regex: re.Pattern[str]
    needs: tuple[str, ...]

    @classmethod
    def of(cls, pattern: str, *needs: str) -> Scan:
        """A case-insensitive pattern and the words it needs."""
        return cls(re.compile(pattern, re.IGNORECASE), needs)

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
        return finditer(self.regex, text, start, end)

    def search(self, text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
        """The pattern's first match in ``text[start:end]``, as ``regex.search`` gives it
        (found in the lower case too, where that is faster)."""
        return next(self.finditer(text, start, end), None)
