"""The pipeline: every stage, in order, from one article to its records.

``parse_article`` is a pure function of the article: no I/O, no global
state, so it can run in any process and its output can be stored anywhere.
"""

from __future__ import annotations

from attrs import evolve

from provenance.attribution import attribute
from provenance.channels import find_channels
from provenance.custody import credit_first_publisher
from provenance.events import build_events
from provenance.mentions import find_mentions
from provenance.quotes import find_quote_spans
from provenance.records import Article, ParsedArticle
from provenance.references import find_references
from provenance.segment import segment
from provenance.sequence import order_events
from provenance.speakers import resolve_speakers
from provenance.times import find_times


def parse_article(article: Article) -> ParsedArticle:
    """Run every stage on one article."""
    segments = segment(article)
    spans = find_quote_spans(article, segments)
    found = find_mentions(article, segments, spans)
    statements = attribute(article, segments, spans, found.mentions)
    speakers = resolve_speakers(article, segments, found.mentions, found.entities, statements)
    channels = find_channels(
        article, segments, speakers.mentions, speakers.entities, speakers.quotes
    )
    times = find_times(article, segments, spans)
    story = build_events(
        article,
        segments,
        speakers.mentions,
        speakers.entities,
        channels.quotes,
        channels.channels,
        times,
    )
    references = find_references(
        article,
        segments,
        speakers.entities,
        story.events,
        channels.quotes,
        story.quote_events,
        times,
    )
    ordered = order_events(
        article.text,
        segments,
        story.events + references.events,
        channels.quotes,
        times,
        channels.channels,
        speakers.entities,
    )
    quotes = tuple(
        quote if event is None else evolve(quote, event=event)
        for quote, event in zip(channels.quotes, story.quote_events, strict=True)
    )
    return ParsedArticle(
        article=article,
        segments=segments,
        quote_spans=spans,
        mentions=speakers.mentions,
        entities=speakers.entities,
        quotes=quotes,
        channels=credit_first_publisher(channels.channels, ordered.events),
        times=ordered.times,
        events=ordered.events,
        links=ordered.links + references.links,
        conflicts=ordered.conflicts,
    )
