"""The story pages, through Datasette's test client: timeline, event, person, article."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import sqlite_utils
from datasette.app import Datasette

from provenance.publish import make_datasette
from tests.helpers import ROOT, article_text, element_text, highlighted, marked_runs

SEED_ORDER = [(1, "remark"), (2, "leak"), (3, "response"), (4, "defence"), (4, "attack")]


@pytest.fixture
def datasette(stories_db_path: Path) -> Datasette:
    return make_datasette(stories_db_path)


@pytest.fixture
def db(stories_db_path: Path) -> sqlite_utils.Database:
    return sqlite_utils.Database(stories_db_path)


def value(db: sqlite_utils.Database, sql: str, *params: object) -> str:
    rows = list(db.query(sql, list(params)))
    assert len(rows) == 1, (sql, params, rows)
    return str(next(iter(rows[0].values())))


def story_of(db: sqlite_utils.Database, headline_start: str) -> str:
    return value(db, "select story_id from articles where headline like ? || '%'", headline_start)


def seed_article(db: sqlite_utils.Database) -> str:
    return value(db, "select id from articles where headline like 'Jeremy Corbyn%'")


def channel_evidence(db: sqlite_utils.Database, event: str) -> str:
    """The words of the article that state an event's channel."""
    return value(
        db,
        "select substr(a.text, c.start + 1, c.end - c.start) from events e"
        " join channels c on c.id = e.channel_id join articles a on a.id = c.article_id"
        " where e.id = ?",
        event,
    )


def event_of(db: sqlite_utils.Database, story: str, event_type: str) -> str:
    return value(db, "select id from events where story_id = ? and type = ?", story, event_type)


def person(db: sqlite_utils.Database, name: str) -> str:
    return value(db, "select id from entities where name = ?", name)


async def page(datasette: Datasette, path: str) -> str:
    response = await datasette.client.get(path)
    assert response.status_code == 200, (path, response.status_code)
    return response.text


async def test_home_page_draws_the_story_in_chronological_order(datasette, db) -> None:  # type: ignore[no-untyped-def]
    html = await page(datasette, f"/?story={story_of(db, 'Jeremy Corbyn')}")
    marks = re.findall(r'class="event-mark type-(\w+)"', html)
    assert marks == [kind for _, kind in SEED_ORDER]
    listed = re.findall(r'<li value="(\d+)" class="type-(\w+)"', html)
    assert [(int(rank), kind) for rank, kind in listed] == SEED_ORDER
    assert "Jonathan Ashworth about Jeremy Corbyn" in element_text(html, "events")


async def test_home_page_axis_says_which_events_are_undated_and_draws_the_future_apart(
    datasette, db
) -> None:  # type: ignore[no-untyped-def]
    html = await page(datasette, f"/?story={story_of(db, 'Jeremy Corbyn')}")
    assert re.findall(r'<text class="date"[^>]*>([^<]*)</text>', html) == [
        "undated",
        "undated",
        "undated",
        "2019-12-10",
    ]
    assert html.count('class="future-mark"') == 1
    future = element_text(html, "future")
    assert "on Friday morning" in future and "Boris Johnson" in future


async def test_with_several_stories_a_picker_chooses_and_the_latest_comes_first(
    datasette, db
) -> None:  # type: ignore[no-untyped-def]
    seed = story_of(db, "Jeremy Corbyn")
    latest = await page(datasette, "/")
    assert latest.count("<option ") == 2
    assert "Senator&#39;s &lt;script&gt;" in re.search(r"<h1[^>]*>(.*?)</h1>", latest).group(1)
    chosen = await page(datasette, f"/?story={seed}")
    assert f'<option value="{seed}" selected>' in chosen


async def test_home_page_searches_what_was_said(datasette) -> None:  # type: ignore[no-untyped-def]
    html = await page(datasette, "/")
    form = re.search(r'<form class="quote-search" action="([^"]+)"', html)
    assert form is not None and 'name="q"' in html
    results = await page(datasette, f"{form.group(1)}?q=banter")
    assert "Jeremy Corbyn" in results


async def test_event_page_says_who_whom_how_when_and_why(datasette, db) -> None:  # type: ignore[no-untyped-def]
    story = story_of(db, "Jeremy Corbyn")
    html = await page(datasette, f"/provenance/-/event/{event_of(db, story, 'defence')}")
    facts = element_text(html, "facts")
    for fact in (
        "Actor Jeremy Corbyn",
        "Target Jonathan Ashworth",
        "“Tuesday afternoon”",
        "interval: 2019-12-10T12:00 to 2019-12-10T18:00",
        "because: 'Tuesday afternoon' in the sentence that reports it",
        "because: defence cue 'stood by'",
    ):
        assert fact in facts
    assert "I'm cool with Jon" in element_text(html, "statements")
    neighbours = element_text(html, "neighbours")
    assert "3. response: Jonathan Ashworth" in neighbours
    assert "4. attack: Boris Johnson" in neighbours


async def test_event_page_highlights_the_spans_that_support_it(datasette, db) -> None:  # type: ignore[no-untyped-def]
    story = story_of(db, "Jeremy Corbyn")
    remark = event_of(db, story, "remark")
    html = await page(datasette, f"/provenance/-/event/{remark}")
    quotes = list(db.query("select start, end, text from quotes where event_id = ?", [remark]))
    outermost = {
        q["text"]
        for q in quotes
        if not any(o["start"] <= q["start"] and q["end"] <= o["end"] and o != q for o in quotes)
    }
    assert article_text(html) == value(db, "select text from articles where story_id = ?", story)
    assert set(marked_runs(html, "hl-quote")) == outermost
    assert "the shadow health secretary" in marked_runs(html, "hl-source")
    assert "said" in marked_runs(html, "hl-cue")
    assert marked_runs(html, "hl-channel") == [channel_evidence(db, remark)]
    assert marked_runs(html, "hl-evidence")[0].startswith("In the leaked recording")
    speakers = {classes.split()[-1] for classes, _, _ in highlighted(html) if "hl-quote" in classes}
    assert len(speakers) == 1
    titles = {title for classes, title, _ in highlighted(html) if "hl-quote" in classes}
    assert "Jonathan Ashworth: indirect statement, cue “said”" in titles


async def test_event_page_without_statements_shows_its_links_and_evidence(datasette, db) -> None:  # type: ignore[no-untyped-def]
    story = story_of(db, "Jeremy Corbyn")
    leak = event_of(db, story, "leak")
    html = await page(datasette, f"/provenance/-/event/{leak}")
    assert "No statement makes up this event" in html
    links = element_text(html, "event-links")
    assert "This event came after remark Jonathan Ashworth" in links
    assert "This event came before response Jonathan Ashworth" in links
    assert "“Soon after the explosive recordings emerged”" in links
    assert marked_runs(html, "hl-channel") == [channel_evidence(db, leak)]
    assert "previous" not in element_text(html, "neighbours")


@pytest.mark.parametrize(
    ("name", "responded_to", "responded_by"),
    [
        (
            "Jonathan Ashworth",
            ["Jonathan Ashworth"],
            ["Jonathan Ashworth", "Jeremy Corbyn", "Boris Johnson"],
        ),
        ("Jeremy Corbyn", ["Jonathan Ashworth"], []),
        ("Boris Johnson", ["Jonathan Ashworth"], []),
    ],
)
async def test_person_page_shows_everything_they_said_and_who_answered_whom(
    datasette, db, name: str, responded_to: list[str], responded_by: list[str]
) -> None:  # type: ignore[no-untyped-def]
    entity = person(db, name)
    html = await page(datasette, f"/provenance/-/person/{entity}")
    assert element_text(html, "name") == name
    said = [
        row["text"] for row in db.query("select text from quotes where speaker_id = ?", [entity])
    ]
    assert element_text(html, "statements") == f"Statements ({len(said)})"
    shown = element_text(html, f"statements-{seed_article(db)}")
    for text in said:
        assert " ".join(text.split()) in shown
    names = ("Jonathan Ashworth", "Jeremy Corbyn", "Boris Johnson")
    answered = element_text(html, "responded-to")
    assert [n for n in names if n in answered] == responded_to
    answering = element_text(html, "responded-by")
    assert [n for n in names if n in answering] == responded_by


async def test_an_outlet_that_said_nothing_has_a_page_with_its_events(datasette, db) -> None:  # type: ignore[no-untyped-def]
    html = await page(datasette, f"/provenance/-/person/{person(db, 'Guido Fawkes')}")
    assert element_text(html, "statements") == "Statements (0)"
    assert "Leak: the leaked recording, published by Guido Fawkes" in html


async def test_article_page_highlights_and_attributes_every_statement(datasette, db) -> None:  # type: ignore[no-untyped-def]
    article = seed_article(db)
    html = await page(datasette, f"/provenance/-/article/{article}")
    colours: dict[str, set[str]] = {}
    for classes, title, _ in highlighted(html):
        if "hl-quote" in classes.split():
            colours.setdefault(str(title).split(":")[0], set()).add(classes.split()[-1])
    speakers = db.query(
        "select distinct coalesce(e.name, 'unknown speaker') as name from quotes q"
        " left join entities e on e.id = q.speaker_id where q.article_id = ?",
        [article],
    )
    assert set(colours) == {row["name"] for row in speakers}
    assert {"Jeremy Corbyn", "Jonathan Ashworth", "Boris Johnson"} <= set(colours)
    assert all(len(found) == 1 for found in colours.values())
    assert len(set.union(*colours.values())) == len(colours)
    for quote in db.query("select id from quotes where article_id = ?", [article]):
        assert f'<span id="q-{quote["id"]}"></span>' in html
        assert f'href="#q-{quote["id"]}"' in html
    labels = re.findall(r'<a class="who spk-\d" href="[^"]+">([^<]+)</a>', html)
    assert len(labels) == len(marked_runs(html, "hl-quote"))
    assert labels[0] == "Jeremy Corbyn" and labels[-1] == "Boris Johnson"
    events = re.findall(r'<li value="(\d+)"><a href="[^"]+"><span class="badge type-(\w+)">', html)
    assert [(int(rank), kind) for rank, kind in events] == SEED_ORDER


@pytest.mark.parametrize("kind", ["event", "person", "article"])
async def test_unknown_ids_are_not_found(datasette, kind: str) -> None:  # type: ignore[no-untyped-def]
    response = await datasette.client.get(f"/provenance/-/{kind}/0000000000000000")
    assert response.status_code == 404


async def hostile_pages(datasette: Datasette, db: sqlite_utils.Database) -> list[str]:
    """Every story page of the article that holds markup, and Datasette's own pages of it."""
    story = story_of(db, "Senator")
    article = value(db, "select id from articles where story_id = ?", story)
    paths = [f"/?story={story}", f"/provenance/-/article/{article}"]
    paths += [
        f"/provenance/-/event/{r['id']}" for r in db["events"].rows_where("story_id = ?", [story])
    ]
    paths += [
        f"/provenance/-/person/{r['id']}"
        for r in db.query(
            "select distinct speaker_id as id from quotes where article_id = ?"
            " and speaker_id is not null",
            [article],
        )
    ]
    paths += [f"/provenance/articles/{article}", "/provenance/quotes", "/provenance/statements"]
    return paths


async def test_an_article_holding_markup_renders_inert_on_every_page(datasette, db) -> None:  # type: ignore[no-untyped-def]
    paths = await hostile_pages(datasette, db)
    assert len(paths) >= 8
    for path in paths:
        html = await page(datasette, path)
        for raw in (
            "<script>alert(",
            '" onmouseover="',
            "<img src=x",
            "<b>Example",
            'href="javascript:',
        ):
            assert raw not in html, (path, raw)
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html, path
    text = value(db, "select text from articles where story_id = ?", story_of(db, "Senator"))
    event = await page(datasette, paths[2])
    assert article_text(event) == text
    article = await page(datasette, paths[1])
    assert "onmouseover=&#34;" in article
    assert "&lt;b&gt;Example&lt;/b&gt;" in article
    assert "the original" not in element_text(article, "content")


async def test_the_pages_leave_other_databases_alone(tmp_path: Path, seed_db_path: Path) -> None:
    other = tmp_path / "other.db"
    shutil.copy(seed_db_path, other)
    datasette = Datasette([str(other)])
    event = value(sqlite_utils.Database(other), "select id from events where type = 'leak'")
    home = await page(datasette, "/")
    assert "story-timeline" not in home and 'href="/other"' in home
    for path in (f"/other/-/event/{event}", f"/provenance/-/event/{event}"):
        assert (await datasette.client.get(path)).status_code == 404


async def test_the_stylesheet_is_served_from_the_package(datasette) -> None:  # type: ignore[no-untyped-def]
    html = await page(datasette, "/")
    stylesheet = re.search(r'<link rel="stylesheet" href="([^"]*provenance\.css)">', html)
    assert stylesheet is not None
    assert ".event-mark" in await page(datasette, stylesheet.group(1))


async def test_canned_queries_answer_who_said_it_first_and_what_supports_an_event(
    datasette, db
) -> None:  # type: ignore[no-untyped-def]
    first = await datasette.client.get("/provenance/who_said_it_first.json?_shape=array&q=banter")
    assert first.json()[0]["speaker"] == "Jeremy Corbyn"
    leak = event_of(db, story_of(db, "Jeremy Corbyn"), "leak")
    evidence = await datasette.client.get(
        f"/provenance/event_evidence.json?_shape=array&event={leak}"
    )
    rows = evidence.json()
    assert rows[0]["evidence"] == "report" and rows[0]["text"].startswith("In the leaked recording")


async def test_the_readme_curl_examples_work(datasette) -> None:  # type: ignore[no-untyped-def]
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    examples = re.findall(r"^    curl 'http://127\.0\.0\.1:8001(/[^']+)'$", readme, re.MULTILINE)
    assert len(examples) >= 6
    for path in examples:
        assert "_shape=array" in path
        response = await datasette.client.get(path)
        assert response.status_code == 200, path
        assert isinstance(response.json(), list) and response.json(), path
