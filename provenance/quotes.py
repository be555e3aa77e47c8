"""Quotes: find the text between quotation marks.

Straight and curly, double and single marks are paired per paragraph with a
stack, so quotes nested inside quotes pair correctly. Whether a mark opens or
closes is read from its neighbours: a straight mark after a space opens, one
before a space closes, and a curly mark facing the wrong way (”Fear. ...”)
is read from its place; an apostrophe between letters ("can't") is not a mark
at all, and a lone closing single mark with nothing open is taken as a
possessive ("the Tories' record").

The multi-paragraph convention: a paragraph that opens a quote without
closing it continues into the next paragraph when that paragraph opens with
a quotation mark; the open span then ends at its paragraph's end and the
next one is marked ``continues``. A paragraph that leaves a quote open with
no such continuation (a half-quoted paragraph) yields the open span too,
marked ``closed=False``, rather than pairing with a mark in a later
paragraph.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from attrs import evolve, frozen

from provenance.lexicon import given_name
from provenance.records import Article, QuoteSpan, Segments

# Some archives write a double quotation mark as two single ones (''). In "'Kosovo is
# a special case,''' Mr. Putin said" the single mark closing inside comes first.
MARKS = re.compile(r"(?<=\S)'(?=''(?!'))|''|[\"“”„‟'‘’‚‛«»]")
DOUBLE = frozenset('"“”„‟«»')
# A nickname between a given name and a surname: 'Rodolfo "Dodong" Villacarlos'.
NICKNAME = re.compile(r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)?")
NAME_BEFORE = re.compile(r"\b[A-Z][a-z][\w'’-]* $")
NAME_AFTER = re.compile(r" [A-Z][a-z]")
TITLE_BEFORE = re.compile(r"\b(?:on|in)\s+$", re.IGNORECASE)
OPENING_BEFORE = frozenset(" \t\n([{—–-/")


def _is_word_char(char: str) -> bool:
    return char.isalnum()


def _classify(text: str, i: int, floor: int, ceiling: int, width: int) -> str | None:
    """``open``, ``close``, ``either`` or None (not a quotation mark)."""
    mark = '"' if width == 2 else text[i]
    before = text[i - 1] if i > floor else " "
    after = text[i + width] if i + width < ceiling else " "
    if mark in "“„‟«‘‚‛":
        if mark == "‘" and _is_word_char(before) and _is_word_char(after):
            return None
        misused = not before.isspace() and before not in OPENING_BEFORE and after.isspace()
        if mark == "“" and misused:
            return "either"
        if mark == "‘" and after.isdigit():
            return None
        return "open"
    if mark in "”»":
        misused = before in OPENING_BEFORE and _is_word_char(after)
        return "either" if misused else "close"
    if _is_word_char(before) and _is_word_char(after):
        return None
    opens = before in OPENING_BEFORE or MARKS.match(before) is not None
    closes = after.isspace() or after in ".,;:!?)]}—–-" or MARKS.match(after) is not None
    if opens and not closes:
        if mark in "'’" and after.isdigit():
            return None
        return "open"
    if closes and not opens:
        return "close"
    return "either"


def _pair(
    text: str, start: int, end: int, paragraph: int, next_opens: bool
) -> tuple[list[QuoteSpan], bool]:
    """Quote spans of one paragraph, and whether it leaves a quote open.

    ``next_opens`` says whether the next paragraph starts with a quotation
    mark: an unmatched single mark is only taken for an open quote then,
    since it is far more often a stray apostrophe.
    """
    spans: list[QuoteSpan] = []
    stack: list[tuple[int, bool, int]] = []
    for match in MARKS.finditer(text, start, end):
        i, width = match.start(), len(match.group())
        role = _classify(text, i, start, end, width)
        if role is None:
            continue
        double = width == 2 or text[i] in DOUBLE
        if role == "either":
            role = "close" if any(kind == double for _, kind, _ in stack) else "open"
        if role == "open":
            stack.append((i, double, width))
            continue
        for depth in range(len(stack) - 1, -1, -1):
            if stack[depth][1] == double:
                open_at, _, opened = stack[depth]
                del stack[depth:]
                if i > open_at + opened:
                    spans.append(
                        QuoteSpan(open_at + opened, i, open_at, paragraph, depth=depth, width=width)
                    )
                break
    if not stack:
        return spans, False
    open_at, double, opened = stack[0]
    if (double or next_opens) and open_at + opened < end:
        spans.append(QuoteSpan(open_at + opened, end, open_at, paragraph, closed=False, width=0))
        return spans, True
    return spans, False


def _nickname(text: str, span: QuoteSpan) -> bool:
    """'Mayor Rodolfo "Dodong" Villacarlos': one or two capitalised words in quotation
    marks between a given name and a surname are a nickname, not a quotation (not in a
    headline, whose every word is capitalised)."""
    before = NAME_BEFORE.search(text, max(0, span.open_at - 30), span.open_at)
    return (
        span.paragraph > 0
        and NICKNAME.fullmatch(text, span.start, span.end) is not None
        and before is not None
        and given_name(before.group().strip().lower()) is not None
        and NAME_AFTER.match(text, span.end + span.width) is not None
    )


def _work_title(text: str, span: QuoteSpan) -> bool:
    """'made the comments on "The Drive With Todd Engstrom" on KXLR-AM': the title of a
    show, book or film after "on" or "in", every long word capitalised and nothing
    said, is no quotation (not in a headline, whose every word is capitalised)."""
    words = text[span.start : span.end].split()
    return (
        span.paragraph > 0
        and len(words) >= 2
        and all(w[:1].isupper() for w in words if len(w) > 3)
        and words[0][:1].isupper()
        and not words[-1].endswith((".", ",", "!", "?"))
        and TITLE_BEFORE.search(text, max(0, span.open_at - 8), span.open_at) is not None
    )


def find_quote_spans(article: Article, segments: Segments) -> tuple[QuoteSpan, ...]:
    """Every quoted span in the article, top-level and nested, in text order."""
    text = article.text
    found: list[QuoteSpan] = []
    previous_open = False
    paragraphs = segments.paragraphs
    for position, paragraph in enumerate(paragraphs):
        following = paragraphs[position + 1] if position + 1 < len(paragraphs) else None
        next_opens = following is not None and MARKS.match(text, following.start) is not None
        spans, left_open = _pair(text, paragraph.start, paragraph.end, paragraph.index, next_opens)
        if previous_open and spans and spans[0].open_at == paragraph.start:
            spans[0] = evolve(spans[0], continues=True)
        found.extend(
            span for span in spans if not (_nickname(text, span) or _work_title(text, span))
        )
        previous_open = left_open
    found.sort(key=lambda span: (span.start, span.depth))
    return tuple(found)


@frozen
class QuoteIndex:
    """Where an article's quotations lie, for quick "inside a quote?" questions.

    Built from the top-level spans (nested ones lie inside them); ``of``
    counts the quotation marks as inside, ``text_of`` only the quoted text.
    """

    starts: tuple[int, ...]
    lasts: tuple[int, ...]

    @classmethod
    def of(cls, spans: Sequence[QuoteSpan]) -> QuoteIndex:
        top = sorted((s for s in spans if s.depth == 0), key=lambda s: s.open_at)
        return cls(tuple(s.open_at for s in top), tuple(s.end for s in top))

    @classmethod
    def text_of(cls, spans: Sequence[QuoteSpan]) -> QuoteIndex:
        top = sorted((s for s in spans if s.depth == 0), key=lambda s: s.start)
        return cls(tuple(s.start for s in top), tuple(s.end - 1 for s in top))

    def inside(self, position: int) -> bool:
        last = bisect_right(self.starts, position) - 1
        return last >= 0 and position <= self.lasts[last]

    def outside(self, position: int) -> bool:
        return not self.inside(position)
