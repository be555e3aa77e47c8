"""How fast the pipeline parses articles: articles and megabytes per second, per stage.

    python benchmarks/parse_speed.py [PATH ...] [--repeat 5] [--json]

PATH is a folder or file of articles (.txt, .html, .json, .jsonl; default:
the bundled seeds and the test articles), e.g. the PolNeAR texts. Each run
parses every article once, in one process, timing each stage the pipeline
calls (``provenance.pipeline`` looks its stages up by name, so each is
wrapped there in a timer) and the whole of ``parse_article``. Times are the
process's CPU time (``time.process_time``), so other work on a shared
machine does not count; the median over the runs is reported. Nothing is
written to disk.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from provenance import pipeline
from provenance.ingest import IngestFailure, collect_paths, load_path
from provenance.records import Article

ROOT = Path(__file__).resolve().parent.parent
STAGES = (
    "segment",
    "find_quote_spans",
    "find_mentions",
    "attribute",
    "resolve_speakers",
    "find_channels",
    "find_times",
    "build_events",
    "find_references",
    "order_events",
)


def load(paths: list[Path]) -> list[Article]:
    articles = []
    for path in collect_paths(paths):
        articles.extend(a for a in load_path(path) if not isinstance(a, IngestFailure))
    return articles


def timed(stage: Callable[..., Any], spent: dict[str, float], name: str) -> Callable[..., Any]:
    def run(*args: Any) -> Any:
        started = time.process_time()
        result = stage(*args)
        spent[name] += time.process_time() - started
        return result

    return run


def one_run(articles: list[Article]) -> dict[str, float]:
    """Seconds of CPU time per stage, and for the whole parse, over all articles."""
    spent = dict.fromkeys(STAGES, 0.0)
    originals = {name: getattr(pipeline, name) for name in STAGES}
    for name, stage in originals.items():
        setattr(pipeline, name, timed(stage, spent, name))
    try:
        started = time.process_time()
        for article in articles:
            pipeline.parse_article(article)
        spent["parse_article"] = time.process_time() - started
    finally:
        for name, stage in originals.items():
            setattr(pipeline, name, stage)
    return spent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path)
    parser.add_argument("--repeat", type=int, default=5, help="number of timed runs")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    articles = load(args.paths or [ROOT / "seeds", ROOT / "tests" / "articles"])
    if not articles:
        raise SystemExit("no articles found")
    megabytes = sum(len(a.text.encode("utf-8")) for a in articles) / 1e6
    one_run(articles[:10])  # warm up: lexicons, compiled patterns
    runs = [one_run(articles) for _ in range(args.repeat)]
    figures = {
        name: {
            "ms_per_article": round(1000 * median / len(articles), 3),
            "articles_per_s": round(len(articles) / median, 1) if median else None,
            "mb_per_s": round(megabytes / median, 3) if median else None,
        }
        for name in (*STAGES, "parse_article")
        for median in [statistics.median(run[name] for run in runs)]
    }
    if args.json:
        print(json.dumps({"articles": len(articles), "megabytes": megabytes, "stages": figures}))
        return
    print(f"{len(articles)} articles, {megabytes:.2f} MB, median of {args.repeat} runs (CPU time):")
    for name, row in figures.items():
        print(
            f"  {name:<17} {row['ms_per_article']:7.3f} ms/article"
            f" {row['articles_per_s']:>9,} articles/s {row['mb_per_s']:>8} MB/s"
        )


if __name__ == "__main__":
    main()
