"""How fast the pipeline parses articles: articles and megabytes per second.

    python benchmarks/parse_speed.py [FOLDER ...] [--repeat 5]

FOLDER holds .txt, .json or .jsonl articles (default: the bundled seeds and
the test articles). Each run parses every article once on one core; the
median over the runs is reported. Nothing is written to disk.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from provenance.ingest import IngestFailure, collect_paths, load_path
from provenance.pipeline import parse_article
from provenance.records import Article

ROOT = Path(__file__).resolve().parent.parent


def load(folders: list[Path]) -> list[Article]:
    articles = []
    for path in collect_paths(folders):
        for loaded in load_path(path):
            if not isinstance(loaded, IngestFailure):
                articles.append(loaded)
    return articles


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("--repeat", type=int, default=5, help="number of timed runs")
    args = parser.parse_args()
    folders = args.folders or [ROOT / "seeds", ROOT / "tests" / "articles"]
    articles = load(folders)
    if not articles:
        raise SystemExit("no articles found")
    megabytes = sum(len(a.text.encode("utf-8")) for a in articles) / 1e6
    timings = []
    for _ in range(args.repeat):
        started = time.perf_counter()
        for article in articles:
            parse_article(article)
        timings.append(time.perf_counter() - started)
    median = statistics.median(timings)
    print(f"{len(articles)} articles, {megabytes:.2f} MB, median of {args.repeat} runs:")
    print(f"  {len(articles) / median:,.0f} articles/s, {megabytes / median:.2f} MB/s")


if __name__ == "__main__":
    main()
