"""Helpers for tests: parse short texts written for the tests."""

from __future__ import annotations

from pathlib import Path

from provenance.ingest import make_article
from provenance.pipeline import parse_article
from provenance.records import Article, ParsedArticle

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_f9c6826e7b893974.txt"


def article(text: str, published: str | None = "2019-12-10", **metadata: str) -> Article:
    """An article from a short text; its first line is the headline."""
    return make_article(text, "test", {"published": published, **metadata})


def parse(text: str, published: str | None = "2019-12-10", **metadata: str) -> ParsedArticle:
    return parse_article(article(text, published, **metadata))


def speaker_of(parsed: ParsedArticle, quote_text: str) -> str | None:
    """The speaker's name of the first statement with exactly this text."""
    for quote in parsed.quotes:
        if quote.text == quote_text:
            return parsed.entities[quote.speaker].name if quote.speaker is not None else None
    raise AssertionError(f"no statement {quote_text!r} in {[q.text for q in parsed.quotes]}")


def statements(parsed: ParsedArticle) -> list[tuple[str, str, str | None]]:
    """(kind, text, speaker) for every statement, in text order."""
    return [
        (q.kind, q.text, parsed.entities[q.speaker].name if q.speaker is not None else None)
        for q in parsed.quotes
    ]
