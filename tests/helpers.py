"""Helpers for tests: parse short texts written for the tests."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import sqlite_utils

from provenance.ingest import collect_paths, load_path, make_article
from provenance.pipeline import parse_article
from provenance.records import Article, ParsedArticle

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_f9c6826e7b893974.txt"
LEAK = ROOT / "tests" / "fixtures" / "leak"


def article_count(paths: list[Path]) -> int:
    """How many articles a build of these files and folders reads."""
    return sum(1 for path in collect_paths(paths) for _ in load_path(path))


def table_dump(db_path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table of the data contract, sorted: the database's content.

    Left out: sqlite-utils' record of when each migration ran, and the
    full-text index's internal tables, whose layout depends on insertion order.
    """
    db = sqlite_utils.Database(db_path)
    tables = [t for t in db.table_names() if not t.startswith("_") and "_fts" not in t]
    return {t: sorted(tuple(row) for row in db.execute(f"SELECT * FROM [{t}]")) for t in tables}


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


def leaked_channel(parsed: ParsedArticle, quote_text: str) -> bool | None:
    """Whether the channel of the first statement with exactly this text is a leaked
    one (None when the statement has no channel)."""
    said = next(q for q in parsed.quotes if q.text == quote_text)
    return None if said.channel is None else parsed.channels[said.channel].leaked


def statements(parsed: ParsedArticle) -> list[tuple[str, str, str | None]]:
    """(kind, text, speaker) for every statement, in text order."""
    return [
        (q.kind, q.text, parsed.entities[q.speaker].name if q.speaker is not None else None)
        for q in parsed.quotes
    ]


HOSTILE_TEXT = "\n\n".join(
    [
        "Senator's <script>alert(1)</script> remark leaked",
        'Senator Jane Doe said the bill was "<script>alert(1)</script> a disaster" in a leaked'
        " recording, published by the Daily Example website.",
        'Speaking on Monday, Ms Doe insisted: "It was a joke" onmouseover="alert(2)" and nothing'
        ' more."',
        "Governor Tom Roe seized on the comments and said they showed the senator was"
        ' "<img src=x onerror=alert(3)>".',
    ]
)
HOSTILE_METADATA = {
    "published": "2020-03-03",
    "url": "javascript:alert(4)",
    "outlet": "<b>Example</b>",
}


VOID_TAGS = {
    "area",
    "base",
    "br",
    "col",
    "embed",
    "hr",
    "img",
    "input",
    "link",
    "meta",
    "source",
    "wbr",
}


class _Collector(HTMLParser):
    """The text inside the element with a given id, and every piece of article text
    (inside ``class="article-text"``) with its highlight classes ("" outside highlights)."""

    def __init__(self, element_id: str | None) -> None:
        super().__init__(convert_charrefs=True)
        self.element_id = element_id
        self.depth = 0
        self.article_depth = 0
        self.text: list[str] = []
        self.open_spans: list[dict[str, str]] = []
        self.pieces: list[tuple[str, str | None, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = {name: value or "" for name, value in attrs}
        opens = tag not in VOID_TAGS
        if self.depth:
            self.depth += opens
        elif self.element_id is not None and found.get("id") == self.element_id:
            self.depth = 1
        if self.article_depth:
            self.article_depth += opens
        elif "article-text" in found.get("class", "").split():
            self.article_depth = 1
        if tag == "span":
            self.open_spans.append(found)

    def handle_endtag(self, tag: str) -> None:
        self.depth = max(self.depth - 1, 0)
        self.article_depth = max(self.article_depth - 1, 0)
        if tag == "span" and self.open_spans:
            self.open_spans.pop()

    def handle_data(self, data: str) -> None:
        if self.depth:
            self.text.append(data)
        if self.article_depth:
            span = self.open_spans[-1] if self.open_spans else {}
            classes = span.get("class", "") if "hl-" in span.get("class", "") else ""
            self.pieces.append((classes, span.get("title") if classes else None, data))


def element_text(html: str, element_id: str) -> str:
    """The text inside the element with this id, one space between pieces ("" if absent)."""
    collector = _Collector(element_id)
    collector.feed(html)
    return " ".join(" ".join(collector.text).split())


def highlighted(html: str) -> list[tuple[str, str | None, str]]:
    """(classes, hover title, text) of every highlighted piece of article text."""
    return [piece for piece in _pieces(html) if piece[0]]


def article_text(html: str) -> str:
    """The text of the page's article-text blocks, as the reader sees it."""
    return "".join(text for _classes, _title, text in _pieces(html))


def _pieces(html: str) -> list[tuple[str, str | None, str]]:
    collector = _Collector(None)
    collector.feed(html)
    return collector.pieces


def marked_runs(html: str, css_class: str) -> list[str]:
    """The runs of consecutive highlighted pieces that carry ``css_class``, as text."""
    runs: list[str] = []
    previous = False
    for classes, _title, text in _pieces(html):
        marked = css_class in classes.split()
        if marked and previous:
            runs[-1] += text
        elif marked:
            runs.append(text)
        previous = marked
    return runs
