"""Segment: split an article into paragraphs and sentences, with offsets.

Paragraphs are separated by blank lines; in a text with no blank lines at
all, every line is a paragraph. The first paragraph is the headline. A
sentence ends at ``.``, ``!`` or ``?`` (and any closing quotation marks or
brackets) followed by space and a capital letter, digit or opening mark,
except after a title ("Mr", "Dr", "Prof."), an initial ("J. K."), a known
abbreviation, or inside an ellipsis. A wire-copy dateline ("WASHINGTON (AP)
—") opening a paragraph belongs to no sentence.
"""

from __future__ import annotations

import re

from provenance.lexicon import ABBREVIATIONS, BULLETS, CAPTION_OPENERS, HONORIFICS, INITIALS
from provenance.records import Article, Paragraph, Segments, Sentence

BLANK_LINES = re.compile(r"\n[ \t]*\n\s*")
LINE = re.compile(r"[^\n]+")
BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]*[A-Z0-9])")
ELLIPSIS = re.compile(r"(\.\.\.|…)$")
NEXT_WORD = re.compile(r"\s+[\"'“‘(]*(\w+)")
# Words that begin a sentence, never a name: after "U.S." they start a new sentence.
SENTENCE_OPENERS = frozenset(
    "the a an he she it they we i you his her their its this that these those there but and "
    "in on at after before when while as if so yet however meanwhile".split()
)
# Capitals, with those of accented Latin letters ("CHIȘINĂU", "ÉVORA"); the ranges hold
# lower-case letters too, but no name in capitals is written with them alone.
CAPITALS = "A-ZÀ-ÖØ-ÞĀ-žȘ-ț"
DATELINE = re.compile(
    # (the region's name may hold a particle: "LUNHAW CITY, Davao del Sur —")
    rf"[{CAPITALS}][{CAPITALS}.'’ -]{{2,40}}"
    r"(?:,\s*[A-Z][\w.]*(?:\s+(?:[A-Z][\w.]*|de|del|da|do|la|of)(?=\s))*)?"
    # and the day, as wires give it: "HONG KONG, June 11 (Reuters) - ".
    r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*"
    # A plain hyphen after a place of three capitals or more: "TIRANA - ".
    r"(?:\([^)]{1,40}\)\s*[―—–-]{1,2}|[―—–]|--|(?<=[A-Z]{3} )-)\s+"
)


def paragraphs(article: Article) -> tuple[Paragraph, ...]:
    """The paragraphs of the article; the first one is the headline."""
    text = article.text
    if BLANK_LINES.search(text):
        spans = []
        start = 0
        for gap in BLANK_LINES.finditer(text):
            spans.append((start, gap.start()))
            start = gap.end()
        spans.append((start, len(text)))
    else:
        spans = [(m.start(), m.end()) for m in LINE.finditer(text)]
    found = []
    for start, end in spans:
        while start < end and text[start].isspace():
            start += 1
        if start >= end:
            continue
        kind = "headline" if not found else _kind(text[start:end])
        found.append(Paragraph(len(found), start, end, kind))
    return tuple(found)


def _kind(text: str) -> str:
    lowered = text.lower()
    if text[0] in BULLETS or lowered.startswith(CAPTION_OPENERS) or _byline(text):
        return "caption"
    return "body"


def _byline(text: str) -> bool:
    """ "Niamh Ferriter in Strasbourg", "Special Correspondent": a short line of
    capitalised words (and "in", "and", ...), with no sentence's full stop."""
    words = text.split()
    return (
        len(words) <= 6
        and not text.rstrip().endswith((".", "?", "!", '"', "”", ":"))
        and all(w[:1].isupper() or w in BYLINE_JOINERS for w in words)
    )


BYLINE_JOINERS = frozenset(
    ["in", "and", "at", "of", "for", "the", "&", "|", "·", "/", "-", "–", "—"]
)


# A capitalised code of up to three letters right after "of", "in", "at" or "from":
# "posted it on X.": a platform's one-letter name, not an initial.
PLATFORM_LETTER = re.compile(r"\b(?:on|via)\s+X$")
# A quotation opening the next sentence.
QUOTATION_NEXT = re.compile(r"\s+[\"“]")
# "of Th.", "in Lh." (a Maldivian atoll's code before an island's name).
SHORT_CODE_AFTER_PREPOSITION = re.compile(r"\b(?:of|in|at|from)\s+[A-Z][A-Za-z]{0,2}$")


def _ends_sentence(text: str, boundary: re.Match[str], floor: int) -> bool:
    """False when the period belongs to an abbreviation, an initial or an ellipsis."""
    marks = boundary.group()
    if not marks.startswith("."):
        return True
    if ELLIPSIS.search(text, floor, boundary.start() + len(marks.rstrip("\"'”’)]"))):
        return False
    before = text[max(floor, boundary.start() - 12) : boundary.start()]
    word = re.search(r"([\w.]+)$", before)
    if not word:
        return True
    token = word.group(1).lower()
    if SHORT_CODE_AFTER_PREPOSITION.search(
        text, max(floor, boundary.start() - 12), boundary.start()
    ):
        # "president of Th. Thimarafushi council": a short code before a place's name.
        following = NEXT_WORD.match(text, boundary.end())
        return following is not None and following.group(1).lower() in SENTENCE_OPENERS
    if token in ABBREVIATIONS or token.rstrip(".") in ABBREVIATIONS:
        following = NEXT_WORD.match(text, boundary.end())
        opener = following is not None and following.group(1).lower() in SENTENCE_OPENERS
        return opener and token.rstrip(".") not in HONORIFICS
    # An initial or initials: "J.", "K.P." ("K.P. Mohanraj"), unless several initials
    # are followed by a sentence's opener ("in Washington, D.C. He said").
    if INITIALS.fullmatch(word.group(1)) is None:
        return True
    following = NEXT_WORD.match(text, boundary.end())
    opener = following is not None and following.group(1).lower() in SENTENCE_OPENERS
    if PLATFORM_LETTER.search(text, max(floor, boundary.start() - 12), boundary.start()):
        return opener or QUOTATION_NEXT.match(text, boundary.end()) is not None
    return "." in word.group(1) and opener


def sentences(article: Article, paras: tuple[Paragraph, ...]) -> tuple[Sentence, ...]:
    """The sentences of every paragraph, in order."""
    text = article.text
    found: list[Sentence] = []
    for paragraph in paras:
        start = paragraph.start
        dateline = DATELINE.match(text, start, paragraph.end)
        if dateline and paragraph.kind == "body":
            start = dateline.end()
        for boundary in BOUNDARY.finditer(text, start, paragraph.end):
            if _ends_sentence(text, boundary, paragraph.start):
                found.append(Sentence(len(found), paragraph.index, start, boundary.end()))
                start = boundary.end()
                while start < paragraph.end and text[start].isspace():
                    start += 1
        if start < paragraph.end:
            found.append(Sentence(len(found), paragraph.index, start, paragraph.end))
    return tuple(found)


def segment(article: Article) -> Segments:
    """Paragraphs and sentences of ``article``."""
    paras = paragraphs(article)
    return Segments(paras, sentences(article, paras))
