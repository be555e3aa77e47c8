"""Parser safety, by property-based testing with Hypothesis.

For any text (arbitrary Unicode, or news-like text made of names, speech
verbs, time phrases and unbalanced or nested quotation marks) and any
publication date, the pipeline does not raise, every stored span is the
text it claims, and every time it resolves is a valid ISO 8601 date or
interval. The number of examples is bounded (see ``conftest.py``) so that
the suite stays fast.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime

from hypothesis import example, given
from hypothesis import strategies as st

from provenance.ingest import InputError, make_article
from provenance.pipeline import parse_article
from provenance.records import Article, ParsedArticle
from provenance.store import rows_for

QUOTE_MARKS = ['"', "'", "“", "”", "‘", "’", "«", "»", "„", "‚", "‹", "›", "``", "''"]
WORDS = [
    "Anna Berg",
    "Mr Berg",
    "Dr Omar Said",
    "the minister",
    "the shadow health secretary",
    "he",
    "she",
    "they",
    "said",
    "told reporters",
    "added",
    "according to",
    "dismissed it as",
    "insisted",
    "The BBC",
    "the leaked recording",
    "published by",
    "in a statement",
    "the vote was rigged",
    "Labour",
    "Prof.",
    "J. K.",
    "...",
    "…",
    "—",
]
TIMES = [
    "on Tuesday",
    "last Friday afternoon",
    "next Monday",
    "yesterday",
    "tonight",
    "last night",
    "this morning",
    "last week",
    "next month",
    "this year",
    "three days ago",
    "over 40 years ago",
    "9999 decades ago",
    "123456 days ago",
    "5000 years ago",
    "in 2019",
    "in the year 1899",
    "in March",
    "December 2019",
    "on 10 December",
    "on 31 February",
    "29 February",
    "February 29, 2019",
    "the 32nd of May",
    "2019-12-10",
    "2019-02-30",
    "12/10/2019",
    "31/31/19",
    "for two weeks",
    "now",
    "recently",
]
PUNCTUATION = [" ", " ", " ", ",", ".", ":", ";", "?", "!", "(", ")", "\n", "\n\n", "\t"]

news_like = st.lists(
    st.one_of(
        st.sampled_from(WORDS),
        st.sampled_from(TIMES),
        st.sampled_from(QUOTE_MARKS),
        st.sampled_from(PUNCTUATION),
        st.text(max_size=6),
    ),
    max_size=80,
).map("".join)
any_text = st.one_of(st.text(max_size=400), news_like)
publication = st.one_of(st.none(), st.dates(min_value=date(1, 1, 1)).map(date.isoformat))
ISO = re.compile(r"\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2})?)?)?")


def article_or_none(text: str, published: str | None) -> Article | None:
    """The article, or None for a text ingestion rightly rejects (no text at all)."""
    try:
        return make_article(text, "generated", {"published": published})
    except InputError:
        return None


def parsed(text: str, published: str | None) -> ParsedArticle | None:
    article = article_or_none(text, published)
    return parse_article(article) if article else None


def moment(value: str, upper: bool) -> datetime:
    """The first (or, if ``upper``, the last) day of an ISO 8601 year, month or day; or a minute."""
    assert ISO.fullmatch(value), value
    if len(value) > 10:
        return datetime.fromisoformat(value)
    year = int(value[:4])
    month = int(value[5:7]) if len(value) > 4 else (12 if upper else 1)
    last_day = calendar.monthrange(year, month)[1]
    day = int(value[8:10]) if len(value) > 7 else (last_day if upper else 1)
    return datetime(year, month, day)


@given(text=any_text, published=publication)
@example(text="Row\n\nThe town was founded 200 decades ago.", published="2000-01-01")
@example(text="Row\n\nIt will happen next year.", published="9999-06-01")
def test_the_pipeline_never_raises_and_every_span_is_its_text(
    text: str, published: str | None
) -> None:
    result = parsed(text, published)
    if result is None:
        return
    body = result.article.text
    rows = rows_for(result)
    for table in ("quotes", "mentions", "times"):
        for row in rows[table]:
            assert 0 <= row["start"] <= row["end"] <= len(body), (table, row)
            assert body[row["start"] : row["end"]] == row["text"], (table, row)
    for row in rows["quotes"]:
        if row["cue_start"] is not None:
            assert body[row["cue_start"] : row["cue_end"]] == row["cue"]
        if row["source_start"] is not None:
            assert 0 <= row["source_start"] < row["source_end"] <= len(body)
    for table in ("channels", "events", "attestations", "event_links"):
        for row in rows[table]:
            if row["start"] is not None:
                assert 0 <= row["start"] <= row["end"] <= len(body), (table, row)


@given(
    text=st.lists(
        st.one_of(st.sampled_from(TIMES), st.sampled_from(WORDS), st.sampled_from(PUNCTUATION)),
        min_size=1,
        max_size=30,
    ).map(" ".join),
    published=publication,
)
def test_resolved_times_are_valid_dates_in_order(text: str, published: str | None) -> None:
    result = parsed(f"Headline\n\n{text}", published)
    assert result is not None
    rows = rows_for(result)
    intervals = [(r["time_start"], r["time_end"]) for r in rows["times"] + rows["events"]]
    for start, end in intervals:
        if start is not None:
            moment(start, upper=False)
        if end is not None:
            moment(end, upper=True)
        if start is not None and end is not None:
            assert moment(start, upper=False) <= moment(end, upper=True), (start, end)


@given(
    marks=st.lists(st.sampled_from(QUOTE_MARKS), min_size=1, max_size=12),
    words=st.lists(st.sampled_from(WORDS), min_size=1, max_size=12),
)
def test_unbalanced_and_nested_quotation_marks_never_break_the_pipeline(
    marks: list[str], words: list[str]
) -> None:
    pieces = [f"{mark}{word}" for mark, word in zip(marks * len(words), words, strict=False)]
    result = parsed("Row over remarks\n\n" + " ".join(pieces) + ".", "2019-12-10")
    assert result is not None
    body = result.article.text
    for quote in result.quotes:
        assert body[quote.start : quote.end] == quote.text
    for span in result.quote_spans:
        assert 0 <= span.open_at <= span.start <= span.end <= len(body)
