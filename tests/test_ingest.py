"""Ingest: files become articles, and every bad input becomes a clear failure."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from provenance.ingest import (
    IngestFailure,
    article_id,
    collect_paths,
    decode,
    load_path,
    make_article,
    normalise_text,
)
from provenance.records import Article


def load_one(path: Path, **overrides: str) -> Article | IngestFailure:
    results = list(load_path(path, overrides))
    assert len(results) == 1
    return results[0]


def test_text_file_with_sidecar_metadata(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text("Headline here\n\nBody text.\n", encoding="utf-8")
    (tmp_path / "story.meta.json").write_text(
        json.dumps(
            {
                "url": "https://example.org/a",
                "outlet": "Example News",
                "published": "2020-03-04",
                "timezone": "Europe/London",
            }
        ),
        encoding="utf-8",
    )
    loaded = load_one(tmp_path / "story.txt")
    assert isinstance(loaded, Article)
    assert loaded.headline == "Headline here"
    assert loaded.text == "Headline here\n\nBody text."
    assert (loaded.url, loaded.outlet, loaded.published, loaded.timezone) == (
        "https://example.org/a",
        "Example News",
        "2020-03-04",
        "Europe/London",
    )


def test_flags_override_the_sidecar(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Title\n\nText.", encoding="utf-8")
    loaded = load_one(tmp_path / "a.txt", outlet="Other Paper", published="2021-01-02")
    assert isinstance(loaded, Article)
    assert (loaded.outlet, loaded.published) == ("Other Paper", "2021-01-02")


def test_the_id_depends_only_on_the_text_up_to_whitespace() -> None:
    assert article_id("A  headline\n\nBody") == article_id("A headline\r\n\r\nBody ")
    assert article_id("A headline") != article_id("Another headline")


def test_normalisation_keeps_what_offsets_need() -> None:
    assert normalise_text("\ufeffTitle  \r\n\r\nCafe\u0301 text\t \n\n") == "Title\n\nCafé text"


def test_json_lines_report_the_bad_line_and_keep_the_good_ones(tmp_path: Path) -> None:
    lines = [
        json.dumps({"headline": "One", "text": "First body.", "published": "2020-01-01"}),
        "{not json",
        json.dumps({"headline": "No text"}),
        json.dumps({"text": "Third body.", "published": "yesterday-ish"}),
    ]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    results = list(load_path(path))
    assert isinstance(results[0], Article) and results[0].text == "One\n\nFirst body."
    failures = [r for r in results if isinstance(r, IngestFailure)]
    assert [f.source for f in failures] == [f"{path}:2", f"{path}:3", f"{path}:4"]
    assert "malformed JSON" in failures[0].reason
    assert "no 'text'" in failures[1].reason
    assert "invalid publication date" in failures[2].reason


def test_a_json_file_may_hold_a_list(tmp_path: Path) -> None:
    path = tmp_path / "two.json"
    path.write_text(json.dumps([{"text": "A\n\nB."}, {"text": "C\n\nD."}]), encoding="utf-8")
    assert [a.headline for a in load_path(path) if isinstance(a, Article)] == ["A", "C"]


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\n \n", "no text"),
        ("binary.txt", bytes(range(256)) * 4, "binary file"),
        ("bad.json", b'{"text": ', "malformed JSON"),
        ("object.json", b'{"title": "no body"}', "no 'text'"),
        ("page.html", b"<html><body><nav><a href=\"/\">Home</a></nav></body></html>", "no article text"),
    ],
)
def test_bad_files_become_failures_naming_the_reason(
    tmp_path: Path, name: str, content: bytes, reason: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    loaded = load_one(path)
    assert isinstance(loaded, IngestFailure)
    assert loaded.source == str(path)
    assert reason in loaded.reason


def test_a_missing_file_is_a_failure(tmp_path: Path) -> None:
    loaded = load_one(tmp_path / "nope.txt")
    assert isinstance(loaded, IngestFailure) and loaded.reason == "no such file"


def test_invalid_sidecar_date_is_a_failure(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Title\n\nText.", encoding="utf-8")
    (tmp_path / "a.meta.json").write_text(json.dumps({"published": "32/13/2019"}), encoding="utf-8")
    loaded = load_one(tmp_path / "a.txt")
    assert isinstance(loaded, IngestFailure) and "invalid publication date" in loaded.reason


def test_windows_1252_text_is_decoded_and_says_so() -> None:
    text, encoding = decode("“Quoted” – café".encode("cp1252"))
    assert (text, encoding) == ("“Quoted” – café", "windows-1252")


def test_folders_expand_to_article_files_without_sidecars(tmp_path: Path) -> None:
    for name in ("b.txt", "a.json", "a.meta.json", "notes.md", "sub/c.jsonl"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    found = [p.relative_to(tmp_path).as_posix() for p in collect_paths([tmp_path])]
    assert found == ["a.json", "b.txt", "sub/c.jsonl"]


def test_a_json_headline_is_put_in_the_text_once() -> None:
    made = make_article("Title\n\nBody.", "x", headline="Title")
    assert made.text == "Title\n\nBody."
    made = make_article("Body only.", "x", headline="A title")
    assert made.text == "A title\n\nBody only."
