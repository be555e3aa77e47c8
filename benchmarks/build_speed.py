"""How fast a whole build runs: articles and megabytes per second, peak memory, database size.

    python benchmarks/build_speed.py CORPUS [CORPUS ...] [--jobs 1 2] [--repeat 3] [--json]

CORPUS is what ``provenance build`` takes (files or folders), e.g. the
PolNeAR texts or a synthetic corpus from ``benchmarks/synthetic.py``. Each
run builds a new database in a temporary folder with ``provenance build
--jobs N`` in a child process, for each N of ``--jobs``; the median run is
reported: wall-clock time (a build writes to disk and may use several
processes, so CPU time would not tell), articles and megabytes of article
text per second, the peak memory of the build and its worker processes
together (sampled from ``/proc`` every 0.2 s, so Linux only), and the
database's size per article.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import sqlite_utils


def tree_rss(root: int) -> int:
    """The resident memory of a process and all its descendants, in bytes."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        pid = int(stat.parent.name)
        children.setdefault(int(fields[1]), []).append(pid)
        rss[pid] = int(fields[21]) * 4096
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        total += rss.get(pid, 0)
        stack.extend(children.get(pid, ()))
    return total


def one_build(corpus: list[str], jobs: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as folder:
        db_path = Path(folder) / "provenance.db"
        command = [sys.executable, "-m", "provenance", "build", *corpus, "--db", str(db_path)]
        started = time.perf_counter()
        process = subprocess.Popen([*command, "--jobs", str(jobs)], stdout=subprocess.DEVNULL)
        peak = 0
        done = threading.Event()

        def watch() -> None:
            nonlocal peak
            while not done.wait(0.2):
                peak = max(peak, tree_rss(process.pid))

        watcher = threading.Thread(target=watch)
        watcher.start()
        process.wait()
        seconds = time.perf_counter() - started
        done.set()
        watcher.join()
        db = sqlite_utils.Database(db_path)
        articles = db["articles"].count
        text_bytes = db.execute("SELECT sum(length(CAST(text AS BLOB))) FROM articles").fetchone()[
            0
        ]
        db.close()
        size = sum(p.stat().st_size for p in Path(folder).glob("provenance.db*"))
    return {
        "seconds": seconds,
        "articles": articles,
        "megabytes": (text_bytes or 0) / 1e6,
        "peak_mb": peak / 1e6,
        "db_kb_per_article": size / 1e3 / max(articles, 1),
        "exit_status": process.returncode,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="+", help="files or folders of articles")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1], help="values of --jobs")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    figures = {}
    for jobs in args.jobs:
        runs = sorted(
            (one_build(args.corpus, jobs) for _ in range(args.repeat)), key=lambda r: r["seconds"]
        )
        median = runs[len(runs) // 2]
        figures[jobs] = {
            **median,
            "articles_per_s": median["articles"] / median["seconds"],
            "mb_per_s": median["megabytes"] / median["seconds"],
            "peak_mb_max": max(r["peak_mb"] for r in runs),
            "seconds_all": [round(r["seconds"], 1) for r in runs],
        }
    if args.json:
        print(json.dumps(figures))
        return
    for jobs, row in figures.items():
        print(
            f"--jobs {jobs}: {row['articles']:,} articles ({row['megabytes']:.1f} MB) in "
            f"{row['seconds']:.1f} s (median of {args.repeat}: {row['seconds_all']}): "
            f"{row['articles_per_s']:.1f} articles/s, {row['mb_per_s']:.2f} MB/s; "
            f"peak memory {row['peak_mb_max']:.0f} MB; "
            f"database {row['db_kb_per_article']:.1f} KB per article"
            + ("" if row["exit_status"] == 0 else f"; exit status {row['exit_status']}")
        )


if __name__ == "__main__":
    main()
