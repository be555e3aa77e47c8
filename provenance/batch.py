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
from pathlib import Path

import sqlite_utils
from attrs import Factory, define

from provenance.ingest import DEFAULT_MAX_BYTES, IngestFailure, encoding_note, load_path
from provenance.pipeline import parse_article
from provenance.records import Article
from provenance.stories import save_story_of_one, story_of_one

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
) -> BatchReport:
    """Parse and store every article in ``files``; ``strict`` stops at the first failure."""
    report = BatchReport()
    for path in files:
        for loaded in load_path(path, overrides, max_bytes):
            outcome = loaded if isinstance(loaded, IngestFailure) else _store(db, loaded, report)
            if isinstance(outcome, IngestFailure):
                report.failures.append(outcome)
                report.counts["failed"] += 1
                if strict:
                    report.stopped = True
                    return report
            else:
                report.counts[outcome] += 1
    return report


def _store(db: sqlite_utils.Database, article: Article, report: BatchReport) -> str | IngestFailure:
    """Parse and save one article: its outcome, or a failure if the pipeline raised.

    Any exception from the pipeline is caught here, at the boundary of one
    article, so that a bug triggered by one text costs that article only;
    database errors are not caught, since they would fail every article.
    """
    source = article.source or article.id
    note = encoding_note(article.encoding)
    if note:
        report.notes.append(f"{source}: {note}")
    try:
        story = story_of_one(parse_article(article))
    except Exception as error:
        return IngestFailure(source, f"could not be parsed ({type(error).__name__}: {error})")
    return save_story_of_one(db, story)
