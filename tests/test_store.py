"""Store: rows in SQLite, every span exact, re-saving idempotent."""

from __future__ import annotations

import sqlite_utils

from provenance.records import ParsedArticle
from provenance.store import finish, open_database, rows_for, save_parsed
from tests.helpers import parse

SPAN_TABLES = {
    "quotes": ("start", "end", "text"),
    "mentions": ("start", "end", "text"),
    "times": ("start", "end", "text"),
    "channels": ("start", "end", None),
    "events": ("start", "end", None),
}


def memory_db() -> sqlite_utils.Database:
    return open_database(":memory:")


def test_every_stored_span_is_the_text_it_claims(seed_parsed: ParsedArticle) -> None:
    db = memory_db()
    save_parsed(db, seed_parsed)
    text = seed_parsed.article.text
    for table, (start, end, column) in SPAN_TABLES.items():
        rows = list(db[table].rows)
        assert rows, table
        for row in rows:
            assert 0 <= row[start] <= row[end] <= len(text)
            if column:
                assert text[row[start] : row[end]] == row[column], (table, row)
    for row in db["quotes"].rows:
        if row["cue_start"] is not None:
            assert text[row["cue_start"] : row["cue_end"]] == row["cue"]


def test_saving_twice_changes_nothing(seed_parsed: ParsedArticle) -> None:
    db = memory_db()
    assert save_parsed(db, seed_parsed) == "added"
    finish(db)
    before = {t: list(db[t].rows) for t in db.table_names()}
    assert save_parsed(db, seed_parsed) == "unchanged"
    finish(db)
    assert {t: list(db[t].rows) for t in db.table_names()} == before


def test_changed_rows_replace_the_old_ones() -> None:
    db = memory_db()
    first = parse("Row\n\nAnna Berg said the vote was rigged.")
    save_parsed(db, first)
    changed = parse("Row\n\nAnna Berg said the vote was rigged.", published="2020-01-01")
    assert changed.article.id == first.article.id
    assert save_parsed(db, changed) == "updated"
    assert db["articles"].count == 1
    assert db["quotes"].count == 1
    assert db.execute("select published from articles").fetchone()[0] == "2020-01-01"


def test_foreign_keys_hold_and_the_timeline_view_works(seed_parsed: ParsedArticle) -> None:
    db = memory_db()
    save_parsed(db, seed_parsed)
    finish(db)
    assert list(db.query("pragma foreign_key_check")) == []
    types = [r["type"] for r in db.query("select type from timeline")]
    assert types == ["remark", "leak", "response", "defence", "attack"]


def test_full_text_search_over_quotes(seed_parsed: ParsedArticle) -> None:
    db = memory_db()
    save_parsed(db, seed_parsed)
    finish(db)
    found = [r["text"] for r in db["quotes"].search("banter")]
    assert "banter" in found


def test_every_foreign_key_is_indexed(seed_parsed: ParsedArticle) -> None:
    db = memory_db()
    for table in db.table_names():
        indexed = {tuple(index.columns) for index in db[table].indexes}
        for key in db[table].foreign_keys:
            assert (key.column,) in indexed or key.column == "id", (table, key.column)


def test_ids_are_stable_across_runs(seed_parsed: ParsedArticle) -> None:
    assert rows_for(seed_parsed) == rows_for(seed_parsed)


def test_two_times_in_one_clause_are_two_background_events() -> None:
    db = memory_db()
    parsed = parse(
        "Cables leaked\n\nThe cables, written between 2016 and 2018, were leaked.",
        published="2025-07-09",
    )
    background = [e for e in parsed.events if e.type == "background"]
    assert len(background) == 2
    save_parsed(db, parsed)
    stored = db.execute("select time_value from events where type = 'background' order by 1")
    assert [row[0] for row in stored.fetchall()] == ["2016", "2018"]
