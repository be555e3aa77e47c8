"""Ingest: files become articles, and every bad input becomes a clear failure."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from provenance.ingest import (
    MIXED,
    IngestFailure,
    InputError,
    article_id,
    check_date,
    collect_paths,
    decode,
    encoding_note,
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
        (
            "page.html",
            b'<html><body><nav><a href="/">Home</a></nav></body></html>',
            "no article text",
        ),
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


@pytest.mark.parametrize(
    ("data", "text", "encoding"),
    [
        ("Plain “curly” text".encode(), "Plain “curly” text", "utf-8"),
        ("\ufeffWith a mark".encode(), "With a mark", "utf-8"),
        ("Two bytes each".encode("utf-16"), "Two bytes each", "utf-16"),
        ("Café au lait, naïve".encode("latin-1"), "Café au lait, naïve", "latin-1"),
        ("“Dashes” – and €".encode("cp1252"), "“Dashes” – and €", "windows-1252"),
        ("“Pasted” ".encode() + "then naïve".encode("cp1252"), "“Pasted” then naïve", MIXED),
    ],
    ids=["utf-8", "utf-8 bom", "utf-16 bom", "latin-1", "windows-1252", "mixed"],
)
def test_text_is_decoded_and_the_encoding_recorded(data: bytes, text: str, encoding: str) -> None:
    assert decode(data) == (text, encoding)
    assert (encoding_note(encoding) is None) == (encoding == "utf-8")


def test_bytes_that_are_no_known_text_encoding_are_undecodable() -> None:
    with pytest.raises(InputError, match=r"undecodable: .*U\+0081"):
        decode(b"Price \x81\x81 list")


@pytest.mark.parametrize(
    ("value", "stored"),
    [("2019-12-10", "2019-12-10"), ("10 December 2019", "2019-12-10"), ("20191210", "2019-12-10")],
)
def test_publication_dates_are_stored_as_iso_8601(value: str, stored: str) -> None:
    assert check_date(value) == stored


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("2019-02-30", "invalid publication date"),
        ("soon", "invalid publication date"),
        ("December 2019", "incomplete publication date"),
        ("2019-12", "incomplete publication date"),
        ("Tuesday", "incomplete publication date"),
    ],
)
def test_invalid_or_incomplete_dates_are_rejected(value: str, reason: str) -> None:
    with pytest.raises(InputError, match=reason):
        check_date(value)


def test_a_file_over_the_size_limit_is_not_read(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text("Title\n\n" + "word " * 100, encoding="utf-8")
    (failure,) = load_path(path, max_bytes=100)
    assert isinstance(failure, IngestFailure)
    assert failure.reason == f"file is {path.stat().st_size:,} bytes, over the limit of 100"


def test_the_size_limit_applies_to_each_json_lines_line(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    lines = [json.dumps({"text": "Short\n\nA."}), json.dumps({"text": "x" * 500}), "", "{}"]
    path.write_text("\n".join([*lines, json.dumps({"text": "Also short\n\nB."})]))
    results = list(load_path(path, max_bytes=200))
    assert [r.headline for r in results if isinstance(r, Article)] == ["Short", "Also short"]
    assert [str(r) for r in results if isinstance(r, IngestFailure)] == [
        f"{path}:2: line is over the limit of 200 bytes",
        f"{path}:4: JSON object has no 'text'",
    ]


@pytest.mark.parametrize(
    ("content", "reason"),
    [(b"\n  \n\n", "no articles: every line is blank"), (b"\x00\x01" * 50, "binary file")],
)
def test_a_json_lines_file_with_no_lines_to_read_is_one_failure(
    tmp_path: Path, content: bytes, reason: str
) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_bytes(content)
    (failure,) = load_path(path)
    assert isinstance(failure, IngestFailure) and reason in failure.reason


def test_each_json_lines_line_is_decoded_on_its_own(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_bytes(
        '{"text": "Caf\u00e9 news\\n\\nBody."}\n'.encode("cp1252")
        + '{"text": "Caf\u00e9 news two\\n\\nBody."}\n'.encode()
    )
    first, second = load_path(path)
    assert isinstance(first, Article) and isinstance(second, Article)
    assert (first.headline, first.encoding) == ("Café news", "latin-1")
    assert (second.headline, second.encoding) == ("Café news two", "utf-8")


def test_a_bad_item_of_a_json_list_is_named_by_its_index(tmp_path: Path) -> None:
    path = tmp_path / "two.json"
    path.write_text(json.dumps([{"text": "A\n\nB."}, {"headline": "none"}, "text"]))
    results = list(load_path(path))
    assert isinstance(results[0], Article)
    assert [str(r) for r in results[1:]] == [
        f"{path}[1]: JSON object has no 'text'",
        f"{path}[2]: expected a JSON object with a 'text' field",
    ]


def test_an_unreadable_file_is_a_failure(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "locked.txt"
    path.write_text("Title\n\nBody.")

    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", refuse)
    assert list(load_path(path)) == [IngestFailure(str(path), "unreadable: Permission denied")]


def test_links_and_pipes_named_like_articles_are_reported_not_skipped(tmp_path: Path) -> None:
    (tmp_path / "gone.txt").symlink_to(tmp_path / "deleted.txt")
    os.mkfifo(tmp_path / "pipe.txt")
    found = collect_paths([tmp_path])
    assert [p.name for p in found] == ["gone.txt", "pipe.txt"]
    assert [str(f) for path in found for f in load_path(path)] == [
        f"{tmp_path / 'gone.txt'}: broken symbolic link",
        f"{tmp_path / 'pipe.txt'}: not a regular file",
    ]


def test_the_author_comes_from_the_sidecar_or_the_json_object(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Title\n\nText.")
    (tmp_path / "a.meta.json").write_text(json.dumps({"author": "Lena Fox"}))
    (tmp_path / "b.json").write_text(json.dumps({"text": "T\n\nB.", "author": "Omar Said"}))
    authors = [a.author for p in collect_paths([tmp_path]) for a in load_path(p)]
    assert authors == ["Lena Fox", "Omar Said"]
