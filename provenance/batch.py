"""Batch: ingest many input files into a database, one article at a time.

Each article is parsed and written in its own transaction, as the story of
its own it is until stories are linked
(:func:`provenance.stories.save_story_of_one`), so a run killed at any
point keeps every article it finished and none it did not, and re-running
completes it.
A file that cannot be read, or an article the pipeline cannot process, is a
failure naming its source and the reason, and the run goes on with the next
one (unless ``strict``, when it stops there). What had to be assumed about
an input that was read (an encoding other than UTF-8) is a note.
"""

from __future__ import annotations

from collections.abc import Iterable
from contextlib import closing
from pathlib import Path

import sqlite_utils
from attrs import Factory, define

from provenance.ingest import DEFAULT_MAX_BYTES, IngestFailure, encoding_note, load_path
from provenance.parallel import in_order
from provenance.pipeline import parse_article
from provenance.records import Article
from provenance.stories import StoryOfOne, save_story_of_one, story_of_one

OUTCOMES = ("added", "updated", "unchanged", "failed")


@define
class BatchReport:
    """What a batch did: articles by outcome, the failures, the notes, whether it stopped,
    and how many stories were linked again afterwards."""

    counts: dict[str, int] = Factory(lambda: dict.fromkeys(OUTCOMES, 0))
    failures: list[IngestFailure] = Factory(list)
    notes: list[str] = Factory(list)
    stopped: bool = False
    relinked: int = 0


def ingest_files(
    db: sqlite_utils.Database,
    files: Iterable[Path],
    overrides: dict[str, str] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    strict: bool = False,
    jobs: int = 1,
) -> BatchReport:
    """Parse and store every article in ``files``; ``strict`` stops at the first failure.

    With ``jobs`` above 1, articles are parsed in that many worker processes
    (:mod:`provenance.parallel`) and written here, in the same order.
    """
    report = BatchReport()
    loaded = (item for path in files for item in load_path(path, overrides, max_bytes))
    with closing(in_order(prepare, loaded, jobs)) as prepared:
        for item, result in prepared:
            outcome = item if isinstance(item, IngestFailure) else _store(db, item, result, report)
            if isinstance(outcome, IngestFailure):
                report.failures.append(outcome)
                report.counts["failed"] += 1
                if strict:
                    report.stopped = True
                    return report
            else:
                report.counts[outcome] += 1
    return report


def prepare(items: list[Article | IngestFailure]) -> list[StoryOfOne | str | None]:
    """Each article's rows as a story of its own, or why the pipeline could not parse it.

    Any exception from the pipeline is caught here, at the boundary of one
    article, so that a bug triggered by one text costs that article only.
    Runs in any process; what could not be read is passed over (None).
    """
    prepared: list[StoryOfOne | str | None] = []
    for item in items:
        if isinstance(item, IngestFailure):
            prepared.append(None)
            continue
        try:
            prepared.append(story_of_one(parse_article(item)))
        except Exception as error:
            prepared.append(f"could not be parsed ({type(error).__name__}: {error})")
    return prepared


def _store(
    db: sqlite_utils.Database,
    article: Article,
    prepared: StoryOfOne | str | None,
    report: BatchReport,
) -> str | IngestFailure:
    """Save one prepared article: its outcome, or a failure if the pipeline raised.

    Database errors are not caught, since they would fail every article.
    """
    source = article.source or article.id
    note = encoding_note(article.encoding)
    if note:
        report.notes.append(f"{source}: {note}")
    if not isinstance(prepared, StoryOfOne):
        return IngestFailure(source, str(prepared))
    return save_story_of_one(db, prepared)
