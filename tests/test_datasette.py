"""Publishing: the database through Datasette's own test client."""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.publish import load_metadata, make_datasette


@pytest.fixture
def datasette(seed_db_path: Path):  # type: ignore[no-untyped-def]
    return make_datasette(seed_db_path)


async def test_timeline_json(datasette) -> None:  # type: ignore[no-untyped-def]
    response = await datasette.client.get("/provenance/timeline.json?_shape=array")
    assert response.status_code == 200
    rows = response.json()
    assert [(r["sequence"], r["type"], r["actor"]) for r in rows] == [
        (1, "remark", "Jonathan Ashworth"),
        (2, "leak", "Guido Fawkes"),
        (3, "response", "Jonathan Ashworth"),
        (4, "defence", "Jeremy Corbyn"),
        (4, "attack", "Boris Johnson"),
    ]
    assert rows[1]["channel"] == "website" and rows[1]["publisher"] == "Guido Fawkes"
    assert rows[3]["time_start"] == "2019-12-10T12:00"


async def test_table_page_shows_speaker_names_and_descriptions(datasette) -> None:  # type: ignore[no-untyped-def]
    response = await datasette.client.get("/provenance/quotes?kind=direct")
    assert response.status_code == 200
    assert "Boris Johnson" in response.text
    assert "One quoted or reported statement in one article." in response.text


async def test_canned_queries(datasette) -> None:  # type: ignore[no-untyped-def]
    said = await datasette.client.get(
        "/provenance/person_statements.json?_shape=array&name=Johnson"
    )
    assert said.status_code == 200
    assert {r["speaker"] for r in said.json()} == {"Boris Johnson"}
    replies = await datasette.client.get("/provenance/who_responded_to_whom.json?_shape=array")
    assert {(r["responder"], r["answered"]) for r in replies.json()} == {
        ("Jonathan Ashworth", "Jonathan Ashworth"),
        ("Jeremy Corbyn", "Jonathan Ashworth"),
        ("Boris Johnson", "Jonathan Ashworth"),
    }
    found = await datasette.client.get("/provenance/search_quotes.json?_shape=array&q=banter")
    assert any(r["speaker"] == "Jeremy Corbyn" for r in found.json())


async def test_served_read_only_under_a_fixed_name(datasette) -> None:  # type: ignore[no-untyped-def]
    databases = (await datasette.client.get("/-/databases.json")).json()
    assert [(d["name"], d["is_mutable"]) for d in databases] == [("provenance", False)]


def test_every_table_and_column_is_described(seed_db_path: Path) -> None:
    import sqlite_utils

    tables = load_metadata()["databases"]["provenance"]["tables"]
    db = sqlite_utils.Database(seed_db_path)
    for name in db.table_names() + db.view_names():
        if name.startswith(("_", "quotes_fts")):
            continue
        assert tables[name]["description"], name
        described = set(tables[name]["columns"])
        assert {c.name for c in db[name].columns} <= described, name
