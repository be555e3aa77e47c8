"""Shards: build a database in pieces, possibly on many machines, and merge them into one.

Parsing is a pure function of an article (:func:`provenance.pipeline.parse_article`),
so the articles can be parsed anywhere. A build in shards splits the input
files into partitions; each partition is ingested into its own SQLite file
(a shard) exactly as a plain build ingests it, each article as the story of
its own it is until stories are linked; then every article of every shard
is written into the one database, in order, the way a plain build writes
it, and the stories are linked there. The database is the same as a plain
build of the same files would make.

:func:`build_on_dask` runs the partitions on a Dask cluster: a
``dask.bag`` over the input files, one shard per partition. The shards
folder must be one that every worker and the merging machine can reach (a
shared disk). Dask is an optional dependency (``pip install
'provenance[dask]'``).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlite_utils
from attrs import frozen

from provenance.batch import BatchReport, ingest_files
from provenance.ingest import DEFAULT_MAX_BYTES
from provenance.store import CHILD_TABLES, open_database
from provenance.stories import StoryOfOne, save_story_of_one

# The columns of each row that point at entities.
ENTITY_COLUMNS = {
    "mentions": ("entity_id",),
    "channels": ("publisher_id", "reporter_id"),
    "events": ("actor_id", "target_id"),
    "quotes": ("speaker_id",),
}


@frozen
class Shard:
    """A shard database and what ingesting its partition reported."""

    path: Path
    report: BatchReport


def build_shard(
    files: list[Path],
    path: Path,
    overrides: dict[str, str] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Shard:
    """Ingest ``files`` into a new shard at ``path`` (any process, any machine)."""
    for stale in path.parent.glob(path.name + "*"):
        stale.unlink()
    db = open_database(path)
    report = ingest_files(db, files, overrides, max_bytes)
    db.close()
    return Shard(path, report)


def shard_stories(path: Path) -> Iterator[StoryOfOne]:
    """Every article of a shard as the story of one it was stored as, in the order stored."""
    db = sqlite_utils.Database(path)
    try:
        for article in db.query("SELECT * FROM articles ORDER BY rowid"):
            yield _story_of(db, article)
    finally:
        db.close()


def _story_of(db: sqlite_utils.Database, article: dict[str, Any]) -> StoryOfOne:
    rows: dict[str, list[dict[str, object]]] = {"articles": [article]}
    for table in CHILD_TABLES:
        rows[table] = list(
            db.query(
                f"SELECT * FROM [{table}] WHERE article_id = ? ORDER BY rowid", [article["id"]]
            )
        )
    entities = sorted(
        {
            row[column]
            for table, columns in ENTITY_COLUMNS.items()
            for row in rows[table]
            for column in columns
            if row[column] is not None
        }
    )
    marks = ", ".join("?" for _ in entities)
    rows["entities"] = list(db.query(f"SELECT * FROM entities WHERE id IN ({marks})", entities))
    rows["stories"] = list(db.query("SELECT * FROM stories WHERE id = ?", [article["story_id"]]))
    return StoryOfOne(str(article["id"]), str(article["digest"]), rows)


def merge_shards(db: sqlite_utils.Database, shards: list[Shard]) -> BatchReport:
    """Write every article of the shards into ``db``, in order, as a plain build writes them.

    The report counts each input as that build would: added, updated or
    unchanged against ``db``, plus what the shard itself found to be a
    repeat (unchanged) or a new version (updated) of an earlier input, and
    failed where the shard could not read or parse it.
    """
    report = BatchReport()
    for shard in shards:
        report.notes.extend(shard.report.notes)
        report.failures.extend(shard.report.failures)
        for outcome in ("updated", "unchanged", "failed"):
            report.counts[outcome] += shard.report.counts[outcome]
        for story in shard_stories(shard.path):
            report.counts[save_story_of_one(db, story)] += 1
    return report


def build_on_dask(
    files: list[Path],
    shards_folder: Path,
    partitions: int,
    overrides: dict[str, str] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> list[Shard]:
    """Build one shard per partition of ``files`` on the current Dask scheduler.

    Uses the client connected last (``dask.distributed.Client``), or Dask's
    default scheduler when there is none.
    """
    import dask
    import dask.bag

    if not files:
        return []
    # One chunk of files per partition: ``from_sequence(files, npartitions=n)`` may make
    # more partitions than asked (160 files in 3 makes 4).
    bag = dask.bag.from_sequence(split_evenly(files, partitions), partition_size=1)
    tasks = [
        dask.delayed(build_shard)(
            part[0], shards_folder / f"shard-{number:05d}.db", overrides, max_bytes
        )
        for number, part in enumerate(bag.to_delayed())
    ]
    return list(dask.compute(*tasks))


def split_evenly(files: list[Path], parts: int) -> list[list[Path]]:
    """``files`` in ``parts`` contiguous chunks (fewer if there are fewer files), whose
    sizes differ by one at most."""
    count = max(1, min(parts, len(files)))
    size, extra = divmod(len(files), count)
    chunks, start = [], 0
    for number in range(count):
        end = start + size + (1 if number < extra else 0)
        chunks.append(files[start:end])
        start = end
    return chunks
