"""Serving a database that is finished, or still being written.

A build writes in SQLite's write-ahead-log (WAL) mode: committed articles
go to ``NAME.db-wal`` first and reach ``NAME.db`` at checkpoints. A reader
that opens the file read-only (``mode=ro``) sees both, so it can run beside
a build. A reader that opens it ``immutable=1`` reads ``NAME.db`` alone,
without locks, and never looks at the log: it is faster, and right only if
the log is empty and nothing writes while it reads. :func:`checkpoint`
empties the log so that an immutable reader sees every committed article.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

BUSY_TIMEOUT_SECONDS = 5.0


def checkpoint(db_path: str | Path, timeout: float = BUSY_TIMEOUT_SECONDS) -> None:
    """Fold the write-ahead log into the database file and empty the log.

    Waits up to ``timeout`` seconds for other connections, then raises
    :class:`sqlite3.OperationalError` if one still keeps part of the log in
    use (a build still writing, a reader mid-query), since the file alone
    would then not hold every committed article.
    """
    connection = sqlite3.connect(db_path, timeout=timeout)
    try:
        busy, _log_frames, _done = connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    finally:
        connection.close()
    if busy:
        raise sqlite3.OperationalError(
            "the write-ahead log is still in use by another process (a build still "
            "writing, or a reader); stop it before serving the file as immutable"
        )
