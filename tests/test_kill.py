"""A build killed at any point loses nothing it committed and lets nothing partial in.

Builds over a generated corpus are killed with SIGKILL once the database
holds a given number of articles (and once as soon as the file exists, and
once when every article is in, while the build links stories and finishes
off its indexes and views). After each kill the database passes SQLite's
integrity and foreign key checks, and every article it holds has exactly
the rows an uninterrupted build gives it, or, if its story was not linked
yet, exactly the rows it has stored on its own. The last run, not killed,
completes the work: the database then has the same content as an
uninterrupted build.
"""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

from provenance.batch import ingest_files
from provenance.cli import build_database
from provenance.ingest import collect_paths
from provenance.store import CHILD_TABLES, finish, open_database
from tests.corpus import write_corpus

ARTICLES = 150
KILL_AT = (0, 12, 60, 100, 140, ARTICLES)


def start_build(corpus: Path, db: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "provenance", "build", str(corpus), "--db", str(db)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def stored_articles(db: Path) -> int:
    """How many articles a reader sees committed (0 before the table exists, -1 before the file)."""
    if not db.exists():
        return -1
    try:
        with closing(read_only(db)) as reader:
            return int(reader.execute("select count(*) from articles").fetchone()[0])
    except sqlite3.Error:
        return 0


def read_only(db: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)


def kill_when(process: subprocess.Popen[bytes], db: Path, articles: int) -> bool:
    """SIGKILL the build once ``db`` holds ``articles`` articles; True if it was still running."""
    deadline = time.monotonic() + 60
    while process.poll() is None and stored_articles(db) < articles:
        if time.monotonic() > deadline:
            process.kill()
            pytest.fail("the build made no progress for a minute")
        time.sleep(0.002)
    running = process.poll() is None
    process.send_signal(signal.SIGKILL)
    process.wait()
    return running


def table_rows(connection: sqlite3.Connection, table: str) -> list[tuple[object, ...]]:
    return sorted(connection.execute(f"select * from [{table}]").fetchall(), key=repr)


def content(db: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table the build writes (not the migration log, not FTS internals)."""
    with closing(read_only(db)) as connection:
        tables = [
            row[0]
            for row in connection.execute("select name from sqlite_master where type = 'table'")
            if not row[0].startswith(("_", "sqlite_", "quotes_fts"))
        ]
        found = {table: table_rows(connection, table) for table in sorted(tables)}
        found["search: said"] = connection.execute(
            "select q.id from quotes_fts join quotes q on q.rowid = quotes_fts.rowid"
            " where quotes_fts match 'said' order by q.id"
        ).fetchall()
        found["schema"] = connection.execute(
            "select type, name, sql from sqlite_master where name not like '\\_%' escape '\\'"
            " order by name"
        ).fetchall()
    return found


def article_rows(
    connection: sqlite3.Connection, schema: str, article_id: str
) -> dict[str, list[tuple[object, ...]]]:
    """Every row of one article, in every table that has them."""
    return {
        table: sorted(
            connection.execute(
                f"select * from {schema}.[{table}] where {key} = ?", [article_id]
            ).fetchall(),
            key=repr,
        )
        for table, key in [("articles", "id")] + [(t, "article_id") for t in CHILD_TABLES]
    }


def check_consistent(db: Path, linked: Path, alone: Path) -> int:
    """Integrity and foreign keys hold, and each stored article is whole; returns the count.

    Whole means the rows an uninterrupted build gives the article (``linked``)
    or, before its story is linked, the rows it has stored on its own (``alone``).
    """
    with closing(read_only(db)) as connection:
        assert connection.execute("pragma integrity_check").fetchall() == [("ok",)]
        assert connection.execute("pragma foreign_key_check").fetchall() == []
        if not connection.execute("select 1 from sqlite_master where name = 'articles'").fetchone():
            return 0
        connection.execute(f"attach database 'file:{linked}?mode=ro' as linked")
        connection.execute(f"attach database 'file:{alone}?mode=ro' as alone")
        ids = [row[0] for row in connection.execute("select id from articles")]
        for article_id in ids:
            mine = article_rows(connection, "main", article_id)
            assert mine in (
                article_rows(connection, "linked", article_id),
                article_rows(connection, "alone", article_id),
            ), article_id
        return len(ids)


def test_killed_builds_leave_whole_articles_and_a_rerun_completes_them(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    write_corpus(corpus, ARTICLES, in_feed=40)
    reference = tmp_path / "reference.db"
    report = build_database([corpus], reference, {}, progress=False)
    assert report.counts["added"] == ARTICLES
    assert report.relinked < ARTICLES
    alone = tmp_path / "alone.db"
    unlinked = open_database(alone)
    ingest_files(unlinked, collect_paths([corpus]))
    finish(unlinked)
    unlinked.close()

    db = tmp_path / "killed.db"
    landed = []
    for articles in KILL_AT:
        running = kill_when(start_build(corpus, db), db, articles)
        stored = check_consistent(db, reference, alone)
        landed.append((articles, running, stored))
    assert sum(running and stored < ARTICLES for _a, running, stored in landed) >= 3, landed

    finished = start_build(corpus, db)
    assert finished.wait(timeout=120) == 0
    with closing(sqlite3.connect(db)) as connection:
        connection.execute("insert into quotes_fts(quotes_fts, rank) values ('integrity-check', 1)")
    assert content(db) == content(reference)
