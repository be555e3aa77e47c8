"""The canned queries answer from indexes: one story's timeline, one person's statements.

Written so that SQLite looks up the story or the people asked for instead
of reading every event or statement (``benchmarks/query_speed.py`` times
them on large databases); the answers are those the plain conditions give.
"""

from __future__ import annotations

from pathlib import Path

import sqlite_utils

from provenance.publish import load_metadata, make_datasette


async def canned(db_path: Path, path: str) -> list[dict[str, object]]:
    response = await make_datasette(db_path).client.get(f"/provenance/{path}&_shape=array")
    assert response.status_code == 200
    return response.json()  # type: ignore[no-any-return]


async def test_a_story_timeline_is_that_story_and_a_blank_story_is_every_story(
    stories_db_path: Path,
) -> None:
    db = sqlite_utils.Database(stories_db_path)
    stories = [row["id"] for row in db.query("SELECT id FROM stories ORDER BY id")]
    assert len(stories) == 2
    every = await canned(stories_db_path, "story_timeline.json?story=")
    for story in stories:
        events = [
            r["event_id"]
            for r in await canned(stories_db_path, f"story_timeline.json?story={story}")
        ]
        expected = db.query(
            "SELECT id FROM events WHERE story_id = ? AND sequence IS NOT NULL", [story]
        )
        assert sorted(events) == sorted(row["id"] for row in expected)
        assert [r["event_id"] for r in every if r["event_id"] in events] == events
    assert (
        len(every)
        == db.execute("SELECT count(*) FROM events WHERE sequence IS NOT NULL").fetchone()[0]
    )
    assert await canned(stories_db_path, "story_timeline.json?story=nothing") == []


async def test_person_statements_match_part_of_a_name(stories_db_path: Path) -> None:
    found = await canned(stories_db_path, "person_statements.json?name=shwor")
    assert found and {r["speaker"] for r in found} == {"Jonathan Ashworth"}
    published = [r["published"] for r in found]
    assert published == sorted(published)


def test_the_questions_use_indexes(stories_db_path: Path) -> None:
    db = sqlite_utils.Database(stories_db_path)
    queries = load_metadata()["databases"]["provenance"]["queries"]

    def plan(sql: str, params: dict[str, str] | None = None) -> str:
        rows = db.execute(f"EXPLAIN QUERY PLAN {sql}", params or {}).fetchall()
        return " ".join(row[3] for row in rows)

    one_story = plan(queries["story_timeline"]["sql"], {"story": "x"})
    assert "SEARCH e USING INDEX idx_events_sequence (story_id=?)" in one_story
    person = plan(queries["person_statements"]["sql"], {"name": "x"})
    assert "SEARCH q USING INDEX idx_quotes_speaker_id (speaker_id=?)" in person

    by_speaker = plan("SELECT * FROM statements WHERE speaker = 'x'")
    assert "INDEX idx_entities_name (name=?)" in by_speaker
    responses = plan(
        "SELECT * FROM event_links l JOIN events e ON e.id = l.from_event_id"
        " WHERE l.relation = 'responds_to' ORDER BY e.sequence"
    )
    assert "USING INDEX idx_event_links_relation" in responses


def test_who_said_it_first_walks_articles_for_a_common_phrase_with_the_same_answer(
    stories_db_path: Path,
) -> None:
    db = sqlite_utils.Database(stories_db_path)
    sql = load_metadata()["databases"]["provenance"]["queries"]["who_said_it_first"]["sql"]
    assert "> 200 *" in sql
    always_common = sql.replace("> 200 *", "> 0 *")
    plain = (
        "SELECT a.published, a.outlet, e.name, q.kind, q.text, q.cue, q.article_id, q.id"
        " FROM quotes_fts f JOIN quotes q ON q.rowid = f.rowid"
        " JOIN articles a ON a.id = q.article_id LEFT JOIN entities e ON e.id = q.speaker_id"
        " WHERE quotes_fts MATCH :q ORDER BY a.published, a.id, q.start"
    )
    for phrase in ("the", "banter", '"went to"', "xyzzy"):
        expected = db.execute(plain, {"q": phrase}).fetchall()
        assert db.execute(sql, {"q": phrase}).fetchall() == expected
        assert db.execute(always_common, {"q": phrase}).fetchall() == expected
    assert len(db.execute(plain, {"q": "the"}).fetchall()) > 3
