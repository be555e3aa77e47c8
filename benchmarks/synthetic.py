"""Make a synthetic corpus of any size from real articles, for the benchmarks.

    python benchmarks/synthetic.py SOURCE [SOURCE ...] --count 100000 --output corpus.jsonl

SOURCE is a folder (or file) of articles (.txt, .json, .jsonl), e.g. the
PolNeAR texts. Article ``i`` of the corpus is one of the sources, taken in
a shuffled order, with:

- the surname of every person it names replaced, everywhere in its text,
  by one made up for that article (so that no two articles name the same
  people);
- its publication date set to ``--start`` plus ``i`` times ``STORY_DAYS + 1``
  days, so that no two articles are close enough in time to report the
  same leak (:mod:`provenance.stories`);
- its number after its headline (so that its text, and so its id, is its own).

Nothing is therefore merged across articles: every article is its own
story. The corpus is written as JSON Lines, one article at a time, so its
size is limited by the disk only.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

from provenance.ingest import IngestFailure, collect_paths, load_path
from provenance.pipeline import parse_article
from provenance.records import Article
from provenance.stories import STORY_DAYS

SYLLABLES = (
    "ka ren vo li mar tes do bri sol ve nu gar pel ost fin da rum sel tor wen "
    "ba lo mir ast cor den hal ir jov kes lun mo nev or pra quin rus sab tam ul"
).split()
POSSESSIVE = re.compile(r"['’]s?$")


def load_sources(paths: list[Path]) -> list[Article]:
    """The articles in ``paths`` that could be read."""
    found = []
    for path in collect_paths(paths):
        found.extend(a for a in load_path(path) if not isinstance(a, IngestFailure))
    return found


def surnames(article: Article) -> list[str]:
    """The surnames of the people an article names (longest first)."""
    parsed = parse_article(article)
    found = set()
    for mention in parsed.mentions:
        entity = mention.entity
        if entity is None or parsed.entities[entity].kind != "person":
            continue
        if mention.form in ("name", "surname"):
            last = POSSESSIVE.sub("", mention.text.split()[-1])
            if last[:1].isupper() and len(last) > 1:
                found.add(last)
    return sorted(found, key=lambda name: (-len(name), name))


def made_up_name(number: int, original: str) -> str:
    """A surname for article ``number`` standing in for ``original``."""
    digest = hashlib.sha1(f"{number}:{original}".encode()).digest()
    return "".join(SYLLABLES[b % len(SYLLABLES)] for b in digest[:4]).capitalize()


def renamed(text: str, names: list[str], number: int) -> str:
    if not names:
        return text
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b")
    return pattern.sub(lambda match: made_up_name(number, match.group()), text)


def synthetic(
    sources: list[Article], count: int, start: date, seed: int
) -> Iterator[dict[str, str]]:
    """The corpus, one JSON object per article."""
    order = list(range(len(sources)))
    random.Random(seed).shuffle(order)
    names: dict[int, list[str]] = {}
    for number in range(count):
        index = order[number % len(order)]
        if index not in names:
            names[index] = surnames(sources[index])
        text = renamed(sources[index].text, names[index], number)
        headline, _, body = text.partition("\n")
        yield {
            "text": f"{headline} ({number + 1})\n{body}",
            "published": (start + timedelta(days=number * (STORY_DAYS + 1))).isoformat(),
            "url": f"https://example.org/synthetic/{number + 1}",
        }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sources", nargs="+", type=Path, help="folders or files of articles")
    parser.add_argument("--count", type=int, default=1000, help="number of articles to make")
    parser.add_argument("--output", type=Path, required=True, help="the JSON Lines file to write")
    parser.add_argument("--start", type=date.fromisoformat, default=date(2000, 1, 1))
    parser.add_argument("--seed", type=int, default=1, help="seed of the shuffled source order")
    args = parser.parse_args()
    sources = load_sources(args.sources)
    if not sources:
        raise SystemExit("no articles found")
    with args.output.open("w", encoding="utf-8") as out:
        for item in synthetic(sources, args.count, args.start, args.seed):
            out.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(f"{args.output}: {args.count} articles from {len(sources)} sources", file=sys.stderr)


if __name__ == "__main__":
    main()
