"""Score the time expressions :mod:`provenance.times` finds against TimeML annotations.

The measures are those of TempEval-3 Task A (UzZaman et al., 2013):

- **strict** span precision, recall and F1: a found expression counts when
  its span is exactly an annotated one;
- **relaxed** span precision, recall and F1: it counts when it overlaps an
  annotated one (each annotation is matched at most once);
- **value accuracy**: of the relaxed matches, the share whose TIMEX3 value
  is the annotated one;
- **value** precision, recall and F1: a found expression counts when it
  overlaps an annotated one and has its value.

Each document's plain text is resolved against its creation date (``<DCT>``),
as an article is against its publication date. Documents with the same
``DOCID`` (copies of one file) are scored once.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from time import perf_counter

from attrs import frozen

from provenance.evaluation import Score
from provenance.records import Article, TimeExpression
from provenance.segment import segment
from provenance.timeml import TimeMLDocument, TimexAnnotation, read_timeml, timeml_files
from provenance.times import find_times


@frozen
class DocumentResult:
    """The counts of one document: found, annotated, and how many of them match."""

    found: int
    annotated: int
    strict: int
    relaxed: int
    value: int
    missed: tuple[TimexAnnotation, ...]
    spurious: tuple[TimeExpression, ...]
    wrong_values: tuple[tuple[TimexAnnotation, TimeExpression], ...]


@frozen
class TimeMLReport:
    """Scores over a folder of TimeML documents, and each document's result by file name."""

    documents: int
    strict: Score
    relaxed: Score
    value: Score
    seconds: float
    results: tuple[tuple[str, DocumentResult], ...] = ()

    @property
    def value_accuracy(self) -> float:
        matched = self.relaxed.true_positives
        return self.value.true_positives / matched if matched else 1.0

    def as_dict(self) -> dict[str, object]:
        return {
            "documents": self.documents,
            "annotated": self.relaxed.gold,
            "found": self.relaxed.predicted,
            "strict": self.strict.as_dict(),
            "relaxed": self.relaxed.as_dict(),
            "value": self.value.as_dict(),
            "value_accuracy": round(self.value_accuracy, 4),
            "seconds": round(self.seconds, 2),
        }


def tag_document(document: TimeMLDocument) -> tuple[TimeExpression, ...]:
    """The time expressions of a document's text, resolved against its creation date."""
    created = document.creation_date[:10] if document.creation_date else None
    article = Article(id=document.doc_id, text=document.text, headline="", published=created)
    return find_times(article, segment(article), ())


def score_document(
    found: Sequence[TimeExpression], annotated: Sequence[TimexAnnotation]
) -> DocumentResult:
    """Match found expressions to annotations (one to one, by overlap) and count."""
    matched: dict[int, int] = {}
    taken: set[int] = set()
    first = 0
    for number, expression in enumerate(found):
        while first < len(annotated) and annotated[first].end <= expression.start:
            first += 1
        for index in range(first, len(annotated)):
            gold = annotated[index]
            if gold.start >= expression.end:
                break
            if index not in taken:
                matched[number] = index
                taken.add(index)
                break
    strict = sum(
        1
        for number, index in matched.items()
        if (found[number].start, found[number].end)
        == (annotated[index].start, annotated[index].end)
    )
    wrong = tuple(
        (annotated[index], found[number])
        for number, index in matched.items()
        if found[number].value != annotated[index].value
    )
    return DocumentResult(
        found=len(found),
        annotated=len(annotated),
        strict=strict,
        relaxed=len(matched),
        value=len(matched) - len(wrong),
        missed=tuple(g for i, g in enumerate(annotated) if i not in taken),
        spurious=tuple(e for n, e in enumerate(found) if n not in matched),
        wrong_values=wrong,
    )


def evaluate_folder(folder: Path) -> TimeMLReport:
    """Score every TimeML document under ``folder`` (each ``DOCID`` once)."""
    began = perf_counter()
    results: list[tuple[str, DocumentResult]] = []
    seen: set[str] = set()
    for path in timeml_files(folder):
        document = read_timeml(path)
        if document.doc_id in seen:
            continue
        seen.add(document.doc_id)
        results.append((document.name, score_document(tag_document(document), document.timexes)))
    found = sum(r.found for _, r in results)
    annotated = sum(r.annotated for _, r in results)
    return TimeMLReport(
        documents=len(results),
        strict=Score(sum(r.strict for _, r in results), found, annotated),
        relaxed=Score(sum(r.relaxed for _, r in results), found, annotated),
        value=Score(sum(r.value for _, r in results), found, annotated),
        seconds=perf_counter() - began,
        results=tuple(results),
    )


def report_text(report: TimeMLReport) -> str:
    """The scores as a short table."""
    lines = [
        f"{report.documents} documents, {report.relaxed.gold} annotated expressions, "
        f"{report.relaxed.predicted} found, in {report.seconds:.1f}s",
    ]
    for label in ("strict", "relaxed", "value"):
        score: Score = getattr(report, label)
        lines.append(
            f"  {label:<8} precision {score.precision:.3f}  recall {score.recall:.3f}  "
            f"f1 {score.f1:.3f}"
        )
    lines.append(f"  value accuracy on relaxed matches {report.value_accuracy:.3f}")
    return "\n".join(lines)
