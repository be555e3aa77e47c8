"""A corpus made for the tests: variants of the test articles, names and dates changed.

Each variant replaces every person's given name and surname (as the
pipeline finds them in the original) with names from fixed lists and moves
the publication date, so the variants are different articles with the same
shape. Most are written as ``.txt`` files with a sidecar; the rest go to one
JSON Lines feed, so that a build also spends time inside a many-article file.
"""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from pathlib import Path

from provenance.ingest import load_path
from provenance.pipeline import parse_article
from provenance.records import Article
from tests.helpers import ROOT, SEED

GIVEN = ["Alma", "Bruno", "Chiara", "Dmitri", "Esther", "Farid", "Greta", "Hugo", "Ines", "Jonas"]
SURNAMES = ["Lindqvist", "Moreau", "Okonkwo", "Petrova", "Quispe", "Rahman", "Sato", "Tiwari"]
BASE_DATE = date(2021, 1, 4)


def originals() -> list[Article]:
    """The seed and the test articles, as ingested."""
    paths = [SEED, *sorted((ROOT / "tests" / "articles").glob("*.txt"))]
    return [a for path in paths for a in load_path(path) if isinstance(a, Article)]


def person_names(article: Article) -> tuple[list[str], list[str]]:
    """The given names and the surnames of the people the pipeline finds in the article."""
    names = [e.name.split() for e in parse_article(article).entities if e.kind == "person"]
    given = sorted({parts[0] for parts in names if len(parts) > 1})
    surnames = sorted({parts[-1] for parts in names} - set(given))
    return given, surnames


def renamed(text: str, names: tuple[list[str], list[str]], number: int) -> str:
    """``text`` with every given name and surname replaced by the ``number``-th choice."""
    given, surnames = names
    mapping = {name: GIVEN[(number + i) % len(GIVEN)] for i, name in enumerate(given)}
    mapping |= {name: SURNAMES[(number + i) % len(SURNAMES)] for i, name in enumerate(surnames)}
    if not mapping:
        return text
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, sorted(mapping, key=len)[::-1])) + r")\b")
    return pattern.sub(lambda match: mapping[match.group()], text)


def write_corpus(folder: Path, count: int, in_feed: int = 0) -> list[str]:
    """Write ``count`` variants to ``folder``, the last ``in_feed`` of them as JSON Lines.

    Returns the headlines, in the order a build reads them.
    """
    folder.mkdir(parents=True, exist_ok=True)
    bases = originals()
    names = [person_names(base) for base in bases]
    feed: list[str] = []
    headlines: list[str] = []
    for number in range(count):
        base, base_names = bases[number % len(bases)], names[number % len(bases)]
        headline, rest = renamed(base.text, base_names, number // len(bases)).split("\n", 1)
        text = f"{headline} ({number})\n{rest}"
        published = (BASE_DATE + timedelta(days=number)).isoformat()
        metadata = {"published": published, "outlet": base.outlet, "url": base.url}
        if number >= count - in_feed:
            feed.append(json.dumps({"text": text, **metadata}))
        else:
            (folder / f"{number:04d}.txt").write_text(text, encoding="utf-8")
            (folder / f"{number:04d}.meta.json").write_text(json.dumps(metadata))
        headlines.append(text.split("\n", 1)[0])
    if feed:
        (folder / "feed.jsonl").write_text("\n".join(feed) + "\n", encoding="utf-8")
    return headlines
