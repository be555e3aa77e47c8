"""Evaluation against hand-written gold annotations.

A gold file (JSON) names its article and lists every statement (paragraph,
exact text, kind, speaker, source words) and the story's events in
chronological order (type, actor, channel, publisher, TIMEX3 value,
sequence; a null sequence for background happenings and future
references, which stand outside the story's sequence). :func:`score_gold`
runs the pipeline on the article and reports precision, recall and F1 for
statements, speakers and sources, and which events and sequence positions
match exactly.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from attrs import frozen

from provenance.ingest import IngestFailure, load_path
from provenance.pipeline import parse_article
from provenance.records import ParsedArticle


@frozen
class Score:
    """Precision, recall and F1 of a set of predictions against gold items."""

    true_positives: int
    predicted: int
    gold: int

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "true_positives": self.true_positives,
            "predicted": self.predicted,
            "gold": self.gold,
        }


def score_items(predicted: list[tuple[Any, ...]], gold: list[tuple[Any, ...]]) -> Score:
    """Score two multisets of hashable items."""
    overlap = Counter(predicted) & Counter(gold)
    return Score(sum(overlap.values()), len(predicted), len(gold))


@frozen
class GoldReport:
    """How the pipeline did on one gold-annotated article."""

    article: str
    statements: Score
    speakers: Score
    sources: Score
    events: Score
    sequence_exact: bool
    missing: tuple[str, ...]
    spurious: tuple[str, ...]

    def as_dict(self) -> dict[str, object]:
        return {
            "article": self.article,
            "statements": self.statements.as_dict(),
            "speakers": self.speakers.as_dict(),
            "sources": self.sources.as_dict(),
            "events": self.events.as_dict(),
            "sequence_exact": self.sequence_exact,
            "missing": list(self.missing),
            "spurious": list(self.spurious),
        }


def _normal(text: str | None) -> str | None:
    return " ".join(text.split()) if text is not None else None


def predicted_rows(parsed: ParsedArticle) -> dict[str, list[tuple[Any, ...]]]:
    """The parsed article in the shape gold files use."""
    text, entities = parsed.article.text, parsed.entities

    def name(index: int | None) -> str | None:
        return entities[index].name if index is not None else None

    statements, speakers, sources = [], [], []
    for quote in parsed.quotes:
        key = (quote.paragraph, quote.kind, _normal(quote.text))
        statements.append(key)
        speakers.append((*key, name(quote.speaker)))
        source = (
            text[quote.source_start : quote.source_end] if quote.source_start is not None else None
        )
        sources.append((*key, _normal(source)))
    events = []
    ranked = sorted(
        parsed.events, key=lambda e: (e.sequence is None, e.sequence or 0, e.narrative_index)
    )
    for event in ranked:
        channel = parsed.channels[event.channel] if event.channel is not None else None
        time = parsed.times[event.time] if event.time is not None else None
        events.append(
            (
                event.sequence,
                event.type,
                name(event.actor),
                channel.kind if channel else None,
                name(channel.publisher) if channel else None,
                time.value if time else None,
            )
        )
    return {"statements": statements, "speakers": speakers, "sources": sources, "events": events}


def gold_rows(gold: dict[str, Any]) -> dict[str, list[tuple[Any, ...]]]:
    """A gold file in the same shape as :func:`predicted_rows`."""
    statements, speakers, sources = [], [], []
    for item in gold["quotes"]:
        key = (item["paragraph"], item["kind"], _normal(item["text"]))
        statements.append(key)
        speakers.append((*key, item["speaker"]))
        sources.append((*key, _normal(item.get("source"))))
    events = [
        (e["sequence"], e["type"], e["actor"], e["channel"], e["publisher"], e["time_value"])
        for e in gold["events"]
    ]
    return {"statements": statements, "speakers": speakers, "sources": sources, "events": events}


def load_gold_article(gold_path: Path) -> tuple[dict[str, Any], ParsedArticle]:
    """The gold annotation and the parsed article it names."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    article_path = (gold_path.parent / gold["article"]).resolve()
    loaded = next(load_path(article_path))
    if isinstance(loaded, IngestFailure):
        raise ValueError(f"gold article {loaded}")
    return gold, parse_article(loaded)


def score_gold(gold_path: Path) -> GoldReport:
    """Run the pipeline on a gold file's article and score it."""
    gold, parsed = load_gold_article(gold_path)
    predicted, expected = predicted_rows(parsed), gold_rows(gold)
    missing = Counter(expected["speakers"]) - Counter(predicted["speakers"])
    spurious = Counter(predicted["speakers"]) - Counter(expected["speakers"])
    return GoldReport(
        article=str(gold["article"]),
        statements=score_items(predicted["statements"], expected["statements"]),
        speakers=score_items(predicted["speakers"], expected["speakers"]),
        sources=score_items(predicted["sources"], expected["sources"]),
        events=score_items(predicted["events"], expected["events"]),
        sequence_exact=sorted(predicted["events"], key=repr)
        == sorted(expected["events"], key=repr),
        missing=tuple(sorted(map(repr, missing.elements()))),
        spurious=tuple(sorted(map(repr, spurious.elements()))),
    )


def report_text(report: GoldReport) -> str:
    """A short human-readable report."""
    lines = [f"{report.article}"]
    for label in ("statements", "speakers", "sources", "events"):
        score: Score = getattr(report, label)
        lines.append(
            f"  {label:<10} precision {score.precision:.3f}  recall {score.recall:.3f}  "
            f"f1 {score.f1:.3f}  ({score.true_positives}/{score.predicted} predicted, "
            f"{score.gold} gold)"
        )
    lines.append(f"  event sequence exact: {'yes' if report.sequence_exact else 'no'}")
    lines.extend(f"  missing:  {item}" for item in report.missing)
    lines.extend(f"  spurious: {item}" for item in report.spurious)
    return "\n".join(lines)
