"""Stories: four outlets' reports of one leak become one story.

The fixture (``tests/fixtures/leak/``) is a fictional leak told by a text
article with a sidecar (the first report), a JSON Lines file of two
articles and a saved HTML page. They name the minister "Robert Hartley",
"Rob Hartley" and only "Mr Hartley"; they quote overlapping slices of his
recorded words, censor his swearing differently, and one rewords them.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import sqlite_utils

from provenance.batch import ingest_files
from provenance.cli import build_database
from provenance.ingest import collect_paths
from provenance.merge import StoryHeader, merge_story
from provenance.publish import make_datasette
from provenance.records import ParsedArticle
from provenance.store import CHILD_TABLES, rows_for
from provenance.stories import ArticleTraits, group_articles, relink, same_story, stale_stories
from provenance.wording import words
from tests.helpers import LEAK, ROOT, SEED, table_dump

LEDGER_QUOTE = (
    "The whole thing is a f*****g shambles, and the regions will never see a penny of it."
)


def build(paths: list[Path], db_path: Path, story: str | None = None) -> int:
    """Build into ``db_path``; the number of stories linked."""
    report = build_database(paths, db_path, {"story": story}, progress=False)
    assert report.counts["failed"] == 0
    return report.relinked


@pytest.fixture(scope="module")
def leak_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("leak") / "provenance.db"
    build([LEAK], path)
    return path


@pytest.fixture(scope="module")
def leak_db(leak_path: Path) -> sqlite_utils.Database:
    return sqlite_utils.Database(leak_path)


def rows(
    db: sqlite_utils.Database, sql: str, params: dict[str, object] | None = None
) -> list[dict[str, object]]:
    return list(db.query(sql, params or {}))


def test_the_four_reports_are_one_story(leak_db: sqlite_utils.Database) -> None:
    stories = rows(leak_db, "SELECT * FROM stories")
    assert len(stories) == 1
    story = stories[0]
    assert story["title"] == "Minister caught calling his own rail plan a shambles"
    assert (story["first_published"], story["last_published"]) == ("2024-03-04", "2024-03-06")
    outlets = rows(leak_db, "SELECT outlet, story_id FROM articles ORDER BY outlet")
    assert [a["outlet"] for a in outlets] == [
        "City Wire",
        "Daily Courier",
        "Metro Gazette",
        "Northern Ledger",
    ]
    assert {a["story_id"] for a in outlets} == {story["id"]}
    assert {e["story_id"] for e in rows(leak_db, "SELECT story_id FROM events")} == {story["id"]}


def test_the_web_page_gives_its_headline_author_date_outlet_and_url(
    leak_db: sqlite_utils.Database,
) -> None:
    page = rows(leak_db, "SELECT * FROM articles WHERE source LIKE '%.html'")[0]
    assert (page["headline"], page["author"], page["published"], page["outlet"], page["url"]) == (
        "Transport secretary recorded mocking his own rail plan",
        "Priya Nair",
        "2024-03-05",
        "City Wire",
        "https://citywire.example/2024/03/05/hartley-recording",
    )


def test_each_person_is_one_entity_whatever_each_article_calls_them(
    leak_db: sqlite_utils.Database,
) -> None:
    people = rows(leak_db, "SELECT id, name FROM entities WHERE kind = 'person' ORDER BY name")
    assert [p["name"] for p in people] == ["Karen Doyle", "Robert Hartley"]
    hartley = people[1]["id"]
    named = rows(
        leak_db,
        "SELECT DISTINCT m.text FROM mentions m WHERE m.entity_id = :id AND m.form != 'pronoun'",
        {"id": hartley},
    )
    forms = {m["text"] for m in named}
    assert {"Robert Hartley", "Rob Hartley", "Mr Hartley"} <= forms
    speakers = rows(leak_db, "SELECT DISTINCT speaker_id FROM quotes WHERE text LIKE '%penny%'")
    assert {s["speaker_id"] for s in speakers} == {hartley}


def clustered(db: sqlite_utils.Database, text: str) -> list[dict[str, object]]:
    """Every statement with this exact text: its outlet, drift and canonical statement."""
    return rows(
        db,
        "SELECT a.outlet, q.drift, c.text AS canonical, ca.outlet AS canonical_outlet"
        " FROM quotes q JOIN articles a ON a.id = q.article_id"
        " JOIN quotes c ON c.id = q.canonical_id JOIN articles ca ON ca.id = c.article_id"
        f" WHERE q.text = '{text}' ORDER BY a.outlet",
    )


def test_slices_and_censoring_variants_point_at_the_first_report(
    leak_db: sqlite_utils.Database,
) -> None:
    slices = clustered(leak_db, "will never see a penny of it")
    assert [(s["outlet"], s["drift"]) for s in slices] == [
        ("Daily Courier", 0),
        ("Metro Gazette", 0),
    ]
    censored = clustered(leak_db, "a f***ing shambles")
    assert [(c["outlet"], c["drift"]) for c in censored] == [("Daily Courier", 0)]
    for quote in slices + censored:
        assert quote["canonical_outlet"] == "Northern Ledger"
    (first,) = clustered(leak_db, LEDGER_QUOTE)
    assert first["drift"] == 0


def test_a_reworded_quotation_joins_the_cluster_and_is_flagged_as_drift(
    leak_db: sqlite_utils.Database,
) -> None:
    (reworded,) = clustered(leak_db, "The north will never see a penny of it.")
    assert (reworded["outlet"], reworded["canonical_outlet"], reworded["drift"]) == (
        "City Wire",
        "Northern Ledger",
        1,
    )
    assert rows(leak_db, "SELECT count(*) AS n FROM quotes WHERE drift = 1")[0]["n"] == 1


def test_the_canonical_quote_is_its_own_canonical_and_the_earliest(
    leak_db: sqlite_utils.Database,
) -> None:
    canonicals = rows(
        leak_db,
        "SELECT c.id, c.canonical_id, ca.published FROM quotes q"
        " JOIN quotes c ON c.id = q.canonical_id JOIN articles ca ON ca.id = c.article_id"
        " JOIN articles a ON a.id = q.article_id WHERE a.published < ca.published",
    )
    assert canonicals == []
    loops = rows(
        leak_db,
        "SELECT q.id FROM quotes q JOIN quotes c ON c.id = q.canonical_id"
        " WHERE c.canonical_id != c.id",
    )
    assert loops == []


def test_one_event_per_happening_with_an_attestation_from_each_report(
    leak_db: sqlite_utils.Database,
) -> None:
    events = rows(
        leak_db,
        "SELECT e.id, e.type, actor.name AS actor, count(DISTINCT at.article_id) AS reports"
        " FROM events e LEFT JOIN entities actor ON actor.id = e.actor_id"
        " JOIN attestations at ON at.event_id = e.id GROUP BY e.id ORDER BY e.type, actor",
    )
    assert [(e["type"], e["actor"], e["reports"]) for e in events] == [
        ("attack", "Karen Doyle", 4),
        ("leak", "Northern Ledger", 4),
        ("remark", "Robert Hartley", 4),
        ("response", "Robert Hartley", 1),
    ]
    spans = rows(
        leak_db,
        'SELECT at.start, at."end", length(a.text) AS size FROM attestations at'
        " JOIN articles a ON a.id = at.article_id",
    )
    assert all(0 <= s["start"] < s["end"] <= s["size"] for s in spans)
    leak = rows(leak_db, "SELECT sequence FROM events WHERE type = 'leak'")[0]
    remark = rows(leak_db, "SELECT sequence FROM events WHERE type = 'remark'")[0]
    assert remark["sequence"] < leak["sequence"]


def test_the_first_publisher_and_the_chain_of_custody(leak_db: sqlite_utils.Database) -> None:
    (remark,) = rows(leak_db, "SELECT * FROM first_appearances WHERE text = 'a f*****g shambles'")
    assert (remark["speaker"], remark["first_outlet"], remark["first_published"]) == (
        "Robert Hartley",
        "Northern Ledger",
        "2024-03-04",
    )
    assert (remark["articles"], remark["drifted"]) == (4, 1)
    chain = rows(
        leak_db,
        "SELECT c.role, c.name, c.drift, c.source_rule, s.outlet AS source FROM custody c"
        " LEFT JOIN articles s ON s.id = c.source_article_id"
        f" WHERE c.remark_id = '{remark['remark_id']}' ORDER BY c.step",
    )
    assert [c["role"] for c in chain[:3]] == ["speaker", "recording", "publisher"]
    assert [c["name"] for c in (chain[0], chain[2], chain[3])] == [
        "Robert Hartley",
        "Northern Ledger",
        "Northern Ledger",
    ]
    reports = {c["name"]: c for c in chain[4:]}
    assert set(reports) == {"Daily Courier", "City Wire", "Metro Gazette"}
    assert reports["Daily Courier"]["source_rule"] == "names its source"
    assert reports["Metro Gazette"]["source_rule"] == "the first report"
    assert {c["source"] for c in reports.values()} == {"Northern Ledger"}
    assert reports["City Wire"]["drift"] == 1


def test_building_again_or_in_another_order_gives_the_same_database(
    leak_path: Path, tmp_path: Path
) -> None:
    expected = table_dump(leak_path)
    one_by_one = tmp_path / "one_by_one.db"
    for path in reversed(collect_paths([LEAK])):
        build([path], one_by_one)
    assert table_dump(one_by_one) == expected
    assert build([LEAK], one_by_one) == 0
    assert table_dump(one_by_one) == expected


def test_adding_an_article_relinks_only_the_story_it_joins(tmp_path: Path) -> None:
    folder = tmp_path / "leak"
    shutil.copytree(LEAK, folder)
    late = folder / "02_wire.jsonl"
    aside = tmp_path / late.name
    late.rename(aside)
    db_path = tmp_path / "provenance.db"
    build([SEED, folder], db_path)
    aside.rename(late)
    db = sqlite_utils.Database(db_path)
    ingest_files(db, [late])
    (stale,) = stale_stories(db)
    outlets = rows(db, "SELECT id, outlet FROM articles")
    joined = {a["outlet"] for a in outlets if a["id"] in stale.article_ids}
    assert joined == {"Northern Ledger", "City Wire", "Daily Courier", "Metro Gazette"}
    db.close()
    assert build([late], db_path) == 1
    whole = tmp_path / "whole.db"
    build([SEED, folder], whole)
    assert table_dump(db_path) == table_dump(whole)


def test_a_named_story_holds_the_articles_put_in_it(tmp_path: Path) -> None:
    db_path = tmp_path / "provenance.db"
    build([SEED], db_path, story="Ashworth recording")
    build([LEAK / "01_ledger.txt"], db_path, story="Ashworth recording")
    db = sqlite_utils.Database(db_path)
    stories = rows(db, "SELECT id, title FROM stories")
    assert [s["title"] for s in stories] == ["Ashworth recording"]
    assert rows(db, "SELECT count(DISTINCT story_id) AS n FROM articles")[0]["n"] == 1
    assert {a["story_name"] for a in rows(db, "SELECT story_name FROM articles")} == {
        "Ashworth recording"
    }


def traits(published: str | None, people: set[str], *quoted: str) -> ArticleTraits:
    return ArticleTraits(
        id=str(published),
        headline="",
        published=published,
        digest=None,
        story_name=None,
        story_id=None,
        people=frozenset(people),
        quoted=tuple(words(q) for q in quoted),
    )


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        (
            traits("2024-03-04", set(), "the regions will never see a penny"),
            traits("2024-03-06", set(), "will never see a penny of it"),
            True,
        ),
        (
            traits("2024-03-04", set(), "the regions will never see a penny"),
            traits("2024-03-20", set(), "the regions will never see a penny"),
            False,
        ),
        (
            traits("2024-03-04", {"Ann Hale", "Tom Roe"}, "banter"),
            traits(None, {"Ann Hale", "Thomas Roe"}, "Banter"),
            True,
        ),
        (
            traits("2024-03-04", {"Ann Hale", "Tom Roe"}, "banter"),
            traits("2024-03-04", {"Ann Hale", "Tom Roe"}, "a disgrace"),
            False,
        ),
        (
            traits("2024-03-04", {"Ann Hale"}, "banter"),
            traits("2024-03-04", {"Ann Hale"}, "banter"),
            False,
        ),
    ],
    ids=[
        "shared-wording",
        "weeks-apart",
        "two-people-and-a-word",
        "people-without-wording",
        "one-person-and-a-word",
    ],
)
def test_when_two_articles_report_the_same_leak(
    first: ArticleTraits, second: ArticleTraits, same: bool
) -> None:
    assert same_story(first, second) is same
    assert same_story(second, first) is same


async def test_the_event_page_shows_the_evidence_of_every_report(leak_path: Path) -> None:
    db = sqlite_utils.Database(leak_path)
    (remark,) = rows(db, "SELECT id FROM events WHERE type = 'remark'")
    response = await make_datasette(leak_path).client.get(f"/provenance/-/event/{remark['id']}")
    assert response.status_code == 200
    reports = response.text.split('<article class="evidence">')[1:]
    outlets = sorted(report.split('<p class="meta">')[1].split(",")[0] for report in reports)
    assert outlets == ["City Wire", "Daily Courier", "Metro Gazette", "Northern Ledger"]


def test_a_story_of_one_article_keeps_the_rows_it_has_on_its_own(
    seed_parsed: ParsedArticle,
) -> None:
    alone = rows_for(seed_parsed)
    story = alone["stories"][0]
    merged = merge_story(StoryHeader(story["id"], story["title"], "digest"), [alone])
    for table in ("articles", *CHILD_TABLES):
        assert sorted(merged[table], key=repr) == sorted(alone[table], key=repr), table


def test_an_article_that_gives_one_statement_twice_stores_it_once(tmp_path: Path) -> None:
    # "according to" and the clause before its attribution both claim the same words.
    article = tmp_path / "blessing.txt"
    article.write_text(
        "Blessing\n\nThe university was started in 2004. Anna Berg gave her blessing, "
        "according to court documents reported previously.\n",
        encoding="utf-8",
    )
    db_path = tmp_path / "provenance.db"
    build([article], db_path)
    db = sqlite_utils.Database(db_path)
    quotes = rows(db, "SELECT text FROM quotes")
    assert quotes == [{"text": "Anna Berg gave her blessing"}]


def test_an_article_alone_is_stored_as_linking_would_store_it(tmp_path: Path) -> None:
    db_path = tmp_path / "provenance.db"
    other = ROOT / "tests" / "articles" / "hot_mic_senator.txt"
    assert build([SEED, other], db_path) == 0
    stored = table_dump(db_path)
    db = sqlite_utils.Database(db_path)
    plans = group_articles(db)
    assert [len(plan.article_ids) for plan in plans] == [1, 1]
    for plan in plans:
        relink(db, plan)
    db.close()
    assert table_dump(db_path) == stored


def test_two_outlets_on_the_mayors_texts_are_one_story_with_the_remark_attested_twice(
    tmp_path: Path,
) -> None:
    articles = ROOT / "tests" / "articles"
    db_path = tmp_path / "mayor.db"
    build([articles / "mayor_texts.html", articles / "mayor_texts_followup.txt"], db_path)
    db = sqlite_utils.Database(db_path)
    assert db["stories"].count == 1
    [remark] = db.execute("select id, time_value from events where type = 'remark'").fetchall()
    assert remark[1] == "2024-01-14"
    outlets = db.execute(
        "select distinct a.outlet from attestations t join articles a on a.id = t.article_id"
        " where t.event_id = ? order by 1",
        [remark[0]],
    ).fetchall()
    assert [row[0] for row in outlets] == [
        "City Ledger",
        "Valley Post (fictional test article)",
    ]
