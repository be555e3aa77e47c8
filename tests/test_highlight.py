"""Highlighting spans of article text: cut at span boundaries, escape, then wrap."""

from __future__ import annotations

from markupsafe import Markup

from provenance.pages.highlight import (
    Highlight,
    Label,
    colour_class,
    render_highlighted,
    speaker_colours,
)
from tests.helpers import article_text, highlighted, marked_runs


def shown(html: Markup) -> str:
    return f'<div class="article-text">{html}</div>'


def test_unmarked_text_is_only_escaped() -> None:
    assert render_highlighted('a < b & "c"', []) == "a &lt; b &amp; &#34;c&#34;"


def test_a_span_is_wrapped_with_its_role_colour_and_title() -> None:
    html = render_highlighted("He said yes.", [Highlight(8, 11, "quote", 2, title="Ann: direct")])
    assert html == 'He said <span class="hl-quote spk-2" title="Ann: direct">yes</span>.'


def test_nested_and_overlapping_spans_become_flat_pieces_with_every_role() -> None:
    text = "Ann said the plan was a disaster today."
    html = shown(
        render_highlighted(
            text,
            [
                Highlight(9, 32, "quote", 0),
                Highlight(22, 32, "quote", 1),
                Highlight(4, 8, "cue"),
                Highlight(28, 38, "time"),
            ],
        )
    )
    assert article_text(html) == text
    assert marked_runs(html, "hl-quote") == ["the plan was a disaster"]
    assert marked_runs(html, "hl-time") == ["ster today"]
    assert marked_runs(html, "hl-cue") == ["said"]
    assert ("hl-time hl-quote spk-1", None, "ster") in highlighted(html)
    assert ("hl-quote spk-0", None, "the plan was ") in highlighted(html)


def test_markup_in_the_text_titles_and_labels_is_shown_as_text() -> None:
    text = 'She wrote "<script>alert(1)</script>" onmouseover="x"'
    html = render_highlighted(
        text,
        [Highlight(11, 36, "quote", 0, title='"><script>', anchor='q" onclick="x')],
        [Label(len(text), "<b>Ann</b>", href='" onmouseover="y')],
    )
    for raw in ("<script>", '" onmouseover="', '" onclick="', "<b>"):
        assert raw not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert article_text(shown(html)).startswith(text)


def test_labels_follow_the_text_they_close_and_anchors_mark_where_spans_start() -> None:
    html = render_highlighted(
        "Yes. No.",
        [Highlight(0, 4, "quote", 0, anchor="q-1")],
        [Label(4, "Ann", href="/ann", colour=0)],
    )
    assert html == (
        '<span id="q-1"></span><span class="hl-quote spk-0">Yes.</span>'
        '<a class="who spk-0" href="/ann">Ann</a> No.'
    )


def test_spans_outside_the_text_or_empty_are_ignored() -> None:
    html = render_highlighted("abc", [Highlight(2, 9, "quote"), Highlight(1, 1, "cue")])
    assert html == "abc"


def test_each_speaker_keeps_one_colour_in_order_of_first_appearance() -> None:
    colours = speaker_colours(["b", None, "a", "b", "c"])
    assert colours == {"b": 0, "a": 1, "c": 2}
    assert colour_class(colours["a"]) == "spk-1"
    assert colour_class(None) == "spk-none"
    assert colour_class(9) == "spk-1"
