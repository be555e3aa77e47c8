"""Fixtures: the seed article, parsed, and databases built from it.

Hypothesis runs a bounded number of examples (profile ``bounded``) so the
suite stays fast; ``pytest --hypothesis-profile=thorough`` searches longer.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from provenance.ingest import load_path
from provenance.pipeline import parse_article
from provenance.records import Article, ParsedArticle
from provenance.store import finish, open_database, save_parsed
from tests.helpers import HOSTILE_METADATA, HOSTILE_TEXT, SEED, parse

settings.register_profile(
    "bounded", max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("thorough", settings.get_profile("bounded"), max_examples=5000)
settings.load_profile("bounded")


@pytest.fixture(scope="session")
def seed_parsed() -> ParsedArticle:
    loaded = next(load_path(SEED))
    assert isinstance(loaded, Article)
    return parse_article(loaded)


@pytest.fixture(scope="session")
def seed_db_path(tmp_path_factory: pytest.TempPathFactory, seed_parsed: ParsedArticle) -> Path:
    path = tmp_path_factory.mktemp("seed") / "provenance.db"
    db = open_database(path)
    save_parsed(db, seed_parsed)
    finish(db)
    db.close()
    return path


@pytest.fixture(scope="session")
def stories_db_path(tmp_path_factory: pytest.TempPathFactory, seed_parsed: ParsedArticle) -> Path:
    """Two stories: the seed, and an article whose text, headline, outlet and URL hold markup."""
    path = tmp_path_factory.mktemp("stories") / "provenance.db"
    db = open_database(path)
    save_parsed(db, seed_parsed)
    save_parsed(db, parse(HOSTILE_TEXT, **HOSTILE_METADATA))
    finish(db)
    db.close()
    return path
