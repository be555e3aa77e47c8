"""Web pages: the article in a saved HTML page, its metadata, and nothing else."""

from __future__ import annotations

import html
import json
import socket
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from provenance.ingest import IngestFailure, load_path
from provenance.pipeline import parse_article
from provenance.records import Article
from provenance.webpage import NoArticleText, read_webpage
from tests.helpers import SEED, statements

HEADLINE = "Mayor apologises after leaked recording"
PARAGRAPHS = [
    "The mayor of Eastport apologised on Monday for remarks about the city council.",
    "\u201cI was wrong to say it,\u201d Ruth Calder told reporters outside the town hall.",
    "The recording was published by the Eastport Gazette on Sunday evening.",
]


def news_page(headline: str, paragraphs: list[str], published: str = "2021-03-08T07:15:00Z") -> str:
    """A news page as outlets serve it: metadata, menus, a sidebar, comments, a footer."""
    body = "\n".join(f"<p>{html.escape(p, quote=False)}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{html.escape(headline)} | The Harbour Times</title>
<meta property="og:site_name" content="The Harbour Times">
<meta name="author" content="Sam Okafor">
<meta property="article:published_time" content="{published}">
<link rel="canonical" href="https://harbour.example/news/mayor-apologises">
</head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/sport">Sport</a></li></ul></nav></header>
<main><article><h1>{html.escape(headline)}</h1>
<p class="byline">By Sam Okafor</p>
{body}
</article>
<aside><h2>Most read</h2><ul><li><a href="/a">Ferry timetable changes</a></li>
<li><a href="/b">Harbour festival returns</a></li></ul></aside></main>
<section class="comments"><h2>Comments</h2><p>Disgraceful, said a reader.</p></section>
<footer><p>Copyright 2021 The Harbour Times. All rights reserved.</p></footer>
</body></html>"""


def test_the_article_and_its_metadata_come_out_of_the_page() -> None:
    page = read_webpage(news_page(HEADLINE, PARAGRAPHS))
    assert page.headline == HEADLINE
    assert page.text == "\n\n".join(PARAGRAPHS)
    assert (page.author, page.published, page.outlet, page.url) == (
        "Sam Okafor",
        "2021-03-08",
        "The Harbour Times",
        "https://harbour.example/news/mayor-apologises",
    )


@pytest.mark.parametrize(
    ("published", "date"),
    [("1987-10-19T16:30:00Z", "1987-10-19"), ("2094-02-19T12:20:00+13:00", "2094-02-19")],
    ids=["from an archive", "ahead of the machine's clock"],
)
def test_a_page_keeps_its_own_date_whatever_the_day_it_is_read(published: str, date: str) -> None:
    assert read_webpage(news_page(HEADLINE, PARAGRAPHS, published)).published == date


@pytest.mark.parametrize(
    "boilerplate", ["Home", "Most read", "Ferry timetable", "Disgraceful", "Copyright"]
)
def test_menus_sidebars_comments_and_footers_are_left_out(boilerplate: str) -> None:
    assert boilerplate not in read_webpage(news_page(HEADLINE, PARAGRAPHS)).text


def test_inline_quotations_keep_their_marks_and_list_items_their_bullets() -> None:
    page = read_webpage(
        "<html><body><article><h1>Council row</h1>"
        "<p>The leader called the plan <q>a disgrace</q> and left the chamber early.</p>"
        "<ul><li>The vote is on Friday.</li><li>Two members abstained.</li></ul>"
        "</article></body></html>"
    )
    assert page.text == (
        "The leader called the plan \u201ca disgrace\u201d and left the chamber early.\n\n"
        "- The vote is on Friday.\n\n- Two members abstained."
    )


@pytest.mark.parametrize(
    "page",
    [
        "<html><body></body></html>",
        "<html><head><title>Home</title></head><body><nav><a href='/'>Home</a></nav></body></html>",
        "<html><head><title>App</title><script src='app.js'></script></head>"
        "<body><div id='root'></div></body></html>",
        "<html><head><title>Index</title></head><body><ul><li><a href='/a'>First story</a></li>"
        "<li><a href='/b'>Second story</a></li></ul></body></html>",
    ],
    ids=["empty", "menu only", "script shell", "list of links"],
)
def test_a_page_without_an_article_has_no_text(page: str) -> None:
    with pytest.raises(NoArticleText):
        read_webpage(page)


def test_reading_a_page_fetches_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object) -> None:
        raise AssertionError("a network connection was attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    assert read_webpage(news_page(HEADLINE, PARAGRAPHS)).headline == HEADLINE


def test_an_html_file_becomes_an_article_headed_by_its_headline(tmp_path: Path) -> None:
    path = tmp_path / "mayor.html"
    path.write_text(news_page(HEADLINE, PARAGRAPHS), encoding="utf-8")
    (loaded,) = load_path(path)
    assert isinstance(loaded, Article)
    assert loaded.text == "\n\n".join([HEADLINE, *PARAGRAPHS])
    assert loaded.headline == HEADLINE
    assert (loaded.author, loaded.published, loaded.outlet) == (
        "Sam Okafor",
        "2021-03-08",
        "The Harbour Times",
    )


def test_a_sidecar_and_flags_override_what_the_page_states(tmp_path: Path) -> None:
    path = tmp_path / "mayor.html"
    path.write_text(news_page(HEADLINE, PARAGRAPHS), encoding="utf-8")
    (tmp_path / "mayor.meta.json").write_text(
        json.dumps({"outlet": "Harbour Times Online", "published": "2021-03-09"})
    )
    (loaded,) = load_path(path, {"url": "https://mirror.example/mayor"})
    assert isinstance(loaded, Article)
    assert (loaded.outlet, loaded.published, loaded.url, loaded.author) == (
        "Harbour Times Online",
        "2021-03-09",
        "https://mirror.example/mayor",
        "Sam Okafor",
    )


def test_an_html_file_without_an_article_is_a_failure_naming_it(tmp_path: Path) -> None:
    path = tmp_path / "index.htm"
    path.write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    assert list(load_path(path)) == [IngestFailure(str(path), "no article text found in the HTML")]


def test_the_seed_as_a_web_page_gives_the_same_statements_as_its_text(tmp_path: Path) -> None:
    text = SEED.read_text(encoding="utf-8")
    headline, *paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    path = tmp_path / "seed.html"
    path.write_text(news_page(headline, paragraphs), encoding="utf-8")
    (from_page,) = load_path(path)
    (from_text,) = load_path(SEED)
    assert isinstance(from_page, Article) and isinstance(from_text, Article)
    assert from_page.headline == from_text.headline
    assert statements(parse_article(from_page)) == statements(parse_article(from_text))


MARKUP = [
    "<html>", "<body>", "<article>", "<p>", "</p>", "<q>", "</q>", "<br>", "<ul><li>", "</li>",
    "<div>", "</div>", "<h1>", "</h1>", "<title>", "</title>", "<script>", "<!--", "-->",
    "<?xml version='1.0' encoding='utf-8'?>", "&amp;", "&#xD800;", "Anna Berg said it. ",
]  # fmt: skip


@given(st.lists(st.one_of(st.sampled_from(MARKUP), st.text(max_size=20)), max_size=50).map("".join))
@example("<body><html><script>")  # trips the extractor's own cleaning
def test_any_markup_gives_an_article_or_says_there_is_none(markup: str) -> None:
    try:
        page = read_webpage(markup)
    except NoArticleText:
        return
    assert page.text.strip() and "\n\n\n" not in page.text
