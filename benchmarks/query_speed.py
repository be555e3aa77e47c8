"""How fast Datasette answers the common questions: latency percentiles per request kind.

    python benchmarks/query_speed.py DB [--requests 40] [--seed 1] [--json]

DB is a built provenance database (e.g. of the synthetic corpus made by
``benchmarks/synthetic.py``). Each request goes through Datasette, in this
process (its ASGI client: the full request path, query time limit and
JSON rendering, without a network), with parameters drawn at random from
the database: a story, a speaker, an event, a word said. For each kind of
request, the median, 95th percentile and slowest of ``--requests`` requests
are reported, after one warm-up request each; a request that fails (an
error status, or Datasette's time limit) is counted and reported.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import re
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote

import sqlite_utils

from provenance.publish import make_datasette

Sample = dict[str, list[str]]

# Each kind of request, as a path built from the sampled values.
REQUESTS: dict[str, Callable[[Sample, random.Random], str]] = {
    "timeline (view, one story)": lambda s, r: (
        f"/provenance/timeline.json?_shape=array&story_id={r.choice(s['story'])}"
    ),
    "story_timeline (canned)": lambda s, r: (
        f"/provenance/story_timeline.json?_shape=array&story={r.choice(s['story'])}"
    ),
    "statements of one speaker (view)": lambda s, r: (
        f"/provenance/statements.json?_shape=array&speaker_id={r.choice(s['speaker_id'])}"
    ),
    "person_statements (canned)": lambda s, r: (
        f"/provenance/person_statements.json?_shape=array&name={quote(r.choice(s['surname']))}"
    ),
    "person page": lambda s, r: f"/provenance/-/person/{r.choice(s['speaker_id'])}",
    "search_quotes (canned, full text)": lambda s, r: (
        f"/provenance/search_quotes.json?_shape=array&q={quote(r.choice(s['word']))}"
    ),
    "who_said_it_first (canned, full text)": lambda s, r: (
        f"/provenance/who_said_it_first.json?_shape=array&q={quote(r.choice(s['word']))}"
    ),
    "quotes table search (full text)": lambda s, r: (
        f"/provenance/quotes.json?_shape=array&_search={quote(r.choice(s['word']))}"
    ),
    "who_responded_to_whom (canned)": lambda s, r: (
        "/provenance/who_responded_to_whom.json?_shape=array"
    ),
    "event_evidence (canned)": lambda s, r: (
        f"/provenance/event_evidence.json?_shape=array&event={r.choice(s['event'])}"
    ),
    "event page": lambda s, r: f"/provenance/-/event/{r.choice(s['event'])}",
}
WORD = re.compile(r"[A-Za-z]{5,}")


def sample(db_path: Path, rng: random.Random, size: int = 200) -> Sample:
    """Random stories, speakers, events and words said, from the database."""
    db = sqlite_utils.Database(db_path)

    def pick(sql: str) -> list[str]:
        values = [str(row[0]) for row in db.execute(sql).fetchall()]
        return rng.sample(values, min(size, len(values)))

    rowids = db.execute("SELECT max(rowid) FROM quotes").fetchone()[0] or 0
    texts = [
        row[0]
        for n in (rng.randint(1, rowids) for _ in range(size))
        for row in db.execute("SELECT text FROM quotes WHERE rowid = ?", [n]).fetchall()
    ]
    speakers = pick(
        "SELECT id FROM entities WHERE kind = 'person' AND id IN "
        "(SELECT speaker_id FROM quotes WHERE rowid % 97 = 0)"
    )
    surnames = [
        str(row[0]).split()[-1]
        for row in db.execute(
            f"SELECT name FROM entities WHERE id IN ({', '.join('?' for _ in speakers)})", speakers
        ).fetchall()
    ]
    values = {
        "story": pick("SELECT id FROM stories WHERE rowid % 13 = 0 OR rowid < 1000"),
        "event": pick(
            "SELECT id FROM events WHERE sequence IS NOT NULL AND (rowid % 13 = 0 OR rowid < 1000)"
        ),
        "speaker_id": speakers,
        "surname": surnames,
        "word": [rng.choice(found) for text in texts if (found := WORD.findall(text))],
    }
    db.close()
    return values


async def measure(db_path: Path, requests: int, seed: int) -> dict[str, dict[str, object]]:
    rng = random.Random(seed)
    values = sample(db_path, rng)
    client = make_datasette(db_path).client
    figures: dict[str, dict[str, object]] = {}
    for name, path_for in REQUESTS.items():
        await client.get(path_for(values, rng))
        timings, failures = [], 0
        for _ in range(requests):
            path = path_for(values, rng)
            started = time.perf_counter()
            response = await client.get(path)
            timings.append(1000 * (time.perf_counter() - started))
            failures += response.status_code != 200
        ordered = sorted(timings)
        figures[name] = {
            "median_ms": round(statistics.median(ordered), 1),
            "p95_ms": round(ordered[max(0, round(0.95 * len(ordered)) - 1)], 1),
            "max_ms": round(ordered[-1], 1),
            "failed": failures,
        }
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path, help="a built provenance database")
    parser.add_argument("--requests", type=int, default=40, help="requests of each kind")
    parser.add_argument("--seed", type=int, default=1, help="seed of the random parameters")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    figures = asyncio.run(measure(args.db, args.requests, args.seed))
    db = sqlite_utils.Database(args.db)
    size = {t: db[t].count for t in ("articles", "quotes", "events")}
    if args.json:
        print(json.dumps({"database": size, "requests": figures}))
        return
    print(
        f"{args.db}: {size['articles']:,} articles, {size['quotes']:,} quotes, "
        f"{size['events']:,} events; {args.requests} requests of each kind:"
    )
    print(f"  {'request':<40} {'median':>8} {'p95':>8} {'max':>8}  failed")
    for name, row in figures.items():
        print(
            f"  {name:<40} {row['median_ms']:>6} ms {row['p95_ms']:>6} ms"
            f" {row['max_ms']:>6} ms  {row['failed']}"
        )


if __name__ == "__main__":
    main()
