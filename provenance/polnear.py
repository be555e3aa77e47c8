"""Evaluation on PolNeAR, the Political News Attribution Relations corpus.

A PolNeAR split is a folder with ``text/NAME.txt`` and
``attributions/NAME_ANNOTATOR.ann`` (brat standoff: ``T`` lines are Source,
Cue and Content spans, possibly discontinuous; ``E`` lines tie them into one
attribution). Where an article has several annotators' files, the first by
name is used. The corpus is not part of this project: get it from the
networkdynamics/PolNeAR repository on GitHub and point the command at a
split folder.

The pipeline's statements are turned into attributions the way PolNeAR
annotates them: one attribution per cue, whose content is the reported
clause (with "that"), the quotations (with their marks) or, for "called X
'...'", what was described and the quotation, whose cue takes a following
colon, and whose source is the words naming the speaker.

Scores follow BBC's Citron evaluation. Exact: a cue must match exactly; a
source (or content) matches when a gold attribution with an overlapping cue
has exactly the same source (content) spans. Overlap: tokens inside both the
predicted and the gold spans, over the predicted tokens (precision) and
over the gold tokens (recall). Also reported: the share of gold attributions
whose content any prediction touches at all.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path

from attrs import field, frozen

from provenance.evaluation import Score
from provenance.ingest import article_id
from provenance.pipeline import parse_article
from provenance.records import Article, ParsedArticle

Spans = tuple[tuple[int, int], ...]
ROLES = ("source", "cue", "content")
TOKEN = re.compile(r"\w+|[^\w\s]")
QUOTE_MARKS = "\"“”'‘’"
TEXT_BOUND = re.compile(r"^(?P<id>T\d+)\t\S+ (?P<spans>\d+ \d+(?:;\d+ \d+)*)\t", re.MULTILINE)
EVENT = re.compile(r"E\d+\t")


@frozen
class Attribution:
    """One attribution: the spans of its source, cue and content."""

    source: Spans
    cue: Spans
    content: Spans


@frozen
class Document:
    """One article of a split, with its gold attributions."""

    name: str
    publisher: str
    text: str
    published: str | None
    gold: tuple[Attribution, ...]


def parse_brat(annotation: str) -> tuple[Attribution, ...]:
    """The attributions of one brat ``.ann`` file."""
    spans: dict[str, Spans] = {}
    found = []
    for match in TEXT_BOUND.finditer(annotation):
        spans[match["id"]] = tuple(
            (int(a), int(b)) for a, b in (part.split() for part in match["spans"].split(";"))
        )
    for line in annotation.splitlines():
        if not EVENT.match(line):
            continue
        arguments = line.split("\t")[1].split()
        if not arguments[0].startswith("Attribution"):
            continue
        roles: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for argument in arguments[1:]:
            role, identifier = argument.split(":")
            role = role.rstrip("0123456789").lower()
            roles[role].extend(spans.get(identifier, ()))
        found.append(
            Attribution(
                tuple(sorted(roles["source"])),
                tuple(sorted(roles["cue"])),
                tuple(sorted(roles["content"])),
            )
        )
    return tuple(found)


def _publication_dates(split: Path) -> dict[str, str]:
    metadata = split.parent / "metadata.tsv"
    if not metadata.exists():
        return {}
    dates = {}
    lines = metadata.read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    name, date = header.index("filename"), header.index("publication_date")
    for line in lines[1:]:
        cells = line.split("\t")
        dates[cells[name]] = cells[date]
    return dates


def read_split(split: Path) -> Iterator[Document]:
    """Every annotated article of a PolNeAR split folder, in name order."""
    dates = _publication_dates(split)
    chosen: dict[str, Path] = {}
    for path in sorted((split / "attributions").glob("*.ann")):
        chosen.setdefault(path.stem.rsplit("_", 1)[0], path)
    for name, path in sorted(chosen.items()):
        text_path = split / "text" / f"{name}.txt"
        if not text_path.exists():
            continue
        yield Document(
            name,
            name.split("_", 1)[0],
            text_path.read_text(encoding="utf-8"),
            dates.get(name),
            parse_brat(path.read_text(encoding="utf-8")),
        )


def _with_marks(text: str, start: int, end: int) -> tuple[int, int]:
    """A quotation's span with its marks (one or two characters) and the punctuation inside."""
    while end + 1 < len(text) and text[end] in ",.!?" and text[end + 1] in QUOTE_MARKS:
        end += 1
    for _ in range(2):
        if (
            start > 0
            and end < len(text)
            and text[start - 1] in QUOTE_MARKS
            and text[end] in QUOTE_MARKS
        ):
            start, end = start - 1, end + 1
    return start, end


def _with_that(text: str, start: int) -> int:
    before = text[max(0, start - 5) : start]
    return start - 5 if before.lower() == "that " else start


def as_article(document: Document) -> Article:
    """The corpus text as an article, unchanged, so that offsets stay the corpus's own."""
    headline = document.text.strip().split("\n", 1)[0] if document.text.strip() else ""
    return Article(
        id=article_id(document.text),
        text=document.text,
        headline=headline,
        published=document.published,
        source=document.name,
    )


def predicted_attributions(parsed: ParsedArticle) -> tuple[Attribution, ...]:
    """The pipeline's statements as PolNeAR attributions."""
    text = parsed.article.text
    groups: dict[tuple[int, int], list[int]] = defaultdict(list)
    for number in range(len(parsed.quotes)):
        root = number
        while parsed.quotes[root].cue is None and parsed.quotes[root].continues is not None:
            root = parsed.quotes[root].continues
        cue = parsed.quotes[root].cue
        if cue is not None:
            groups[(cue.start, cue.end)].append(number)
    found = []
    for (cue_start, cue_end), numbers in groups.items():
        quotes = [parsed.quotes[n] for n in numbers]
        indirect = [(q.start, q.end) for q in quotes if q.kind == "indirect"]
        content = []
        for quote in quotes:
            if quote.kind == "indirect":
                content.append((_with_that(text, quote.start), quote.end))
            elif not any(s <= quote.start and quote.end <= e for s, e in indirect):
                start, end = _with_marks(text, quote.start, quote.end)
                if quote.cue is not None and quote.cue.frame == "as" and quote.cue.end < start:
                    start = quote.cue.end + 1
                content.append((start, end))
        if text[cue_end : cue_end + 1] == ":":
            cue_end += 1
        first = quotes[0]
        source = (
            ((first.source_start, first.source_end),)
            if first.source_start is not None and first.source_end is not None
            else ()
        )
        found.append(Attribution(source, ((cue_start, cue_end),), tuple(sorted(content))))
    return tuple(found)


def _tokens(text: str, spans: Spans) -> set[int]:
    """Start offsets of the tokens that lie inside ``spans``."""
    found = set()
    for start, end in spans:
        for match in TOKEN.finditer(text, start, end):
            found.add(match.start())
    return found


def _overlaps(a: Spans, b: Spans) -> bool:
    return any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)


@frozen
class Tally:
    """Running counts for one role: exact matches and token overlaps."""

    exact_tp_predicted: int = 0
    exact_predicted: int = 0
    exact_tp_gold: int = 0
    exact_gold: int = 0
    overlap: int = 0
    predicted_tokens: int = 0
    gold_tokens: int = 0

    def plus(self, other: Tally) -> Tally:
        return Tally(*(a + b for a, b in zip(_fields(self), _fields(other), strict=True)))

    def exact(self) -> dict[str, float]:
        precision = self.exact_tp_predicted / self.exact_predicted if self.exact_predicted else 0.0
        recall = self.exact_tp_gold / self.exact_gold if self.exact_gold else 0.0
        return _prf(precision, recall)

    def token_overlap(self) -> dict[str, float]:
        return Score(self.overlap, self.predicted_tokens, self.gold_tokens).as_dict()


def _fields(tally: Tally) -> tuple[int, ...]:
    return (
        tally.exact_tp_predicted,
        tally.exact_predicted,
        tally.exact_tp_gold,
        tally.exact_gold,
        tally.overlap,
        tally.predicted_tokens,
        tally.gold_tokens,
    )


def _prf(precision: float, recall: float) -> dict[str, float]:
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def _matches(role: str, a: Attribution, b: Attribution) -> bool:
    if role == "cue":
        return a.cue == b.cue
    return _overlaps(a.cue, b.cue) and getattr(a, role) == getattr(b, role)


def score_document(
    text: str, predicted: Iterable[Attribution], gold: Iterable[Attribution]
) -> dict[str, Tally]:
    """Exact and overlap counts for each role of one article."""
    predicted, gold = list(predicted), list(gold)
    tallies = {}
    for role in ROLES:
        predicted_tokens = _tokens(text, tuple(s for a in predicted for s in getattr(a, role)))
        gold_tokens = _tokens(text, tuple(s for a in gold for s in getattr(a, role)))
        tallies[role] = Tally(
            sum(any(_matches(role, p, g) for g in gold) for p in predicted),
            len(predicted),
            sum(any(_matches(role, p, g) for p in predicted) for g in gold),
            len(gold),
            len(predicted_tokens & gold_tokens),
            len(predicted_tokens),
            len(gold_tokens),
        )
    return tallies


@frozen
class Report:
    """Scores over a split: overall, per publisher, and how much gold content was found."""

    articles: int
    overall: dict[str, Tally]
    publishers: dict[str, dict[str, Tally]]
    content_found: int
    gold_attributions: int
    errors: tuple[str, ...] = field(factory=tuple)

    def as_dict(self) -> dict[str, object]:
        def roles(tallies: dict[str, Tally]) -> dict[str, object]:
            return {
                role: {"exact": tally.exact(), "overlap": tally.token_overlap()}
                for role, tally in tallies.items()
            }

        return {
            "articles": self.articles,
            "gold_attributions": self.gold_attributions,
            "content_found_share": round(self.content_found / self.gold_attributions, 4)
            if self.gold_attributions
            else 0.0,
            "overall": roles(self.overall),
            "publishers": {name: roles(t) for name, t in sorted(self.publishers.items())},
        }


def evaluate_split(split: Path, keep_errors: int = 0) -> Report:
    """Run the pipeline on every article of a split and score it."""
    overall = {role: Tally() for role in ROLES}
    publishers: dict[str, dict[str, Tally]] = {}
    content_found = gold_count = articles = 0
    errors: list[str] = []
    for document in read_split(split):
        predicted = predicted_attributions(parse_article(as_article(document)))
        tallies = score_document(document.text, predicted, document.gold)
        overall = {role: overall[role].plus(tallies[role]) for role in ROLES}
        mine = publishers.setdefault(document.publisher, {role: Tally() for role in ROLES})
        publishers[document.publisher] = {role: mine[role].plus(tallies[role]) for role in ROLES}
        articles += 1
        gold_count += len(document.gold)
        content_found += sum(
            any(_overlaps(g.content, p.content) for p in predicted) for g in document.gold
        )
        if len(errors) < keep_errors:
            errors.extend(_describe_errors(document, predicted)[: keep_errors - len(errors)])
    return Report(articles, overall, publishers, content_found, gold_count, tuple(errors))


def _describe_errors(document: Document, predicted: tuple[Attribution, ...]) -> list[str]:
    """One line per gold attribution the prediction gets wrong, for error analysis."""
    text = document.text

    def words(spans: Spans) -> str:
        return " | ".join(" ".join(text[s:e].split()) for s, e in spans)[:120]

    lines = []
    for gold in document.gold:
        match = next((p for p in predicted if _overlaps(p.cue, gold.cue)), None)
        if match is None:
            lines.append(f"{document.name}: missed cue '{words(gold.cue)}' ({words(gold.source)})")
            continue
        for role in ("source", "content"):
            if getattr(match, role) != getattr(gold, role):
                predicted_words, gold_words = (
                    words(getattr(match, role)),
                    words(getattr(gold, role)),
                )
                lines.append(
                    f"{document.name}: {role} of '{words(gold.cue)}': "
                    f"predicted '{predicted_words}', gold '{gold_words}'"
                )
    for prediction in predicted:
        if not any(_overlaps(prediction.cue, g.cue) for g in document.gold):
            lines.append(f"{document.name}: spurious cue '{words(prediction.cue)}'")
    return lines


def report_text(report: Report) -> str:
    """The scores as a small table."""
    data = report.as_dict()
    lines = [
        f"{report.articles} articles, {report.gold_attributions} gold attributions; "
        f"content found for {data['content_found_share']:.1%}",
        f"{'':10} {'exact P':>8} {'R':>6} {'F1':>6}   {'overlap P':>9} {'R':>6} {'F1':>6}",
    ]

    def rows(tallies: dict[str, Tally], indent: str) -> None:
        for role, tally in tallies.items():
            exact, overlap = tally.exact(), tally.token_overlap()
            lines.append(
                f"{indent}{role:<{10 - len(indent)}} {exact['precision']:>8.3f} "
                f"{exact['recall']:>6.3f} {exact['f1']:>6.3f}   {overlap['precision']:>9.3f} "
                f"{overlap['recall']:>6.3f} {overlap['f1']:>6.3f}"
            )

    rows(report.overall, "")
    for name, tallies in sorted(report.publishers.items()):
        lines.append(name)
        rows(tallies, "  ")
    lines.extend(report.errors)
    return "\n".join(lines)
