"""Bad input: every bad file is reported by name and reason, every good article stored."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
import sqlite_utils
from click.testing import CliRunner

from provenance import batch
from provenance.cli import cli
from provenance.records import Article, ParsedArticle

STORY = "{title}\n\nAnna Berg, the housing minister, said on Monday that the plan was {word}."


def story(title: str, word: str = "sound") -> str:
    return STORY.format(title=title, word=word)


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def headlines(db_path: Path) -> set[str]:
    return {row["headline"] for row in sqlite_utils.Database(db_path)["articles"].rows}


@pytest.fixture
def mixed_folder(tmp_path: Path) -> tuple[Path, dict[str, str], set[str]]:
    """A folder of good articles and bad files: (folder, reason by bad source, good headlines)."""
    folder = tmp_path / "in"
    folder.mkdir()
    write(folder, "good.txt", story("Good text article"))
    write(folder, "good.meta.json", json.dumps({"published": "2020-05-04", "outlet": "Daily"}))
    write(folder, "latin.txt", story("Café owners react", "naïve").encode("cp1252"))
    write(folder, "mixed.txt", story("“Pasted” copy").encode() + " — naïve".encode("cp1252"))
    page = f"<html><body><article><h1>Good page</h1><p>{story('x').split(chr(10))[-1]}</p>"
    write(folder, "page.html", page + "</article></body></html>")
    write(folder, "list.json", json.dumps([{"text": story("Listed one")}, {"text": story("Two")}]))
    feed = [json.dumps({"text": story("Fed first")}), "{broken", json.dumps({"text": story("Fed")})]
    write(folder, "feed.jsonl", "\n".join(feed))
    bad = {
        "empty.txt": ("", "empty file"),
        "blank.txt": ("\n   \n\n", "no text"),
        "binary.txt": (bytes(range(256)) * 8, "binary file, not text"),
        "undecodable.txt": (b"Title\n\nPrice \x81\x8d list", "undecodable: not UTF-8"),
        "huge.txt": (story("Huge") + " more" * 2000, "over the limit of 4,000"),
        "menu.html": ("<html><body><nav><a href='/'>Home</a></nav></body></html>", "no article"),
        "broken.json": ('{"text": "unterminated', "malformed JSON"),
        "notext.json": (json.dumps({"headline": "Only a headline"}), "JSON object has no 'text'"),
        "number.json": (json.dumps({"text": story("N"), "outlet": 7}), "must be a string"),
        "undated.json": (json.dumps({"text": story("U"), "published": "May"}), "incomplete"),
        "baddate.txt": (story("Bad date"), "invalid publication date '2020-13-45'"),
        "badmeta.txt": (story("Bad sidecar"), "unreadable metadata file badmeta.meta.json"),
    }
    for name, (content, _reason) in bad.items():
        write(folder, name, content)
    write(folder, "baddate.meta.json", json.dumps({"published": "2020-13-45"}))
    write(folder, "badmeta.meta.json", "{not json")
    (folder / "gone.txt").symlink_to(folder / "deleted.txt")
    os.mkfifo(folder / "pipe.txt")
    reasons = {str(folder / name): reason for name, (_content, reason) in bad.items()}
    reasons[str(folder / "gone.txt")] = "broken symbolic link"
    reasons[str(folder / "pipe.txt")] = "not a regular file"
    reasons[f"{folder / 'feed.jsonl'}:2"] = "malformed JSON"
    good = {"Good text article", "Café owners react", "“Pasted” copy", "Good page"}
    return folder, reasons, good | {"Listed one", "Two", "Fed first", "Fed"}


def test_every_good_article_is_stored_and_every_bad_file_reported(
    tmp_path: Path, mixed_folder: tuple[Path, dict[str, str], set[str]]
) -> None:
    folder, reasons, good = mixed_folder
    missing = tmp_path / "missing.txt"
    db = tmp_path / "p.db"
    code, out, err = invoke(
        "build", str(folder), str(missing), "--db", str(db), "--max-bytes", "4000"
    )
    assert code == 1
    assert headlines(db) == good
    errors = [line for line in err.splitlines() if line.startswith("error: ")]
    assert len(errors) == len(reasons) + 1 >= 13
    assert f"error: {missing}: no such file" in errors
    for source, reason in reasons.items():
        assert any(line.startswith(f"error: {source}: ") and reason in line for line in errors), (
            source,
            reason,
        )
    assert f"note: {folder / 'latin.txt'}: not UTF-8; decoded as Latin-1 (ISO-8859-1)" in err
    assert f"note: {folder / 'mixed.txt'}: mixed encodings" in err
    assert out.strip().endswith(f"{len(good)} added, 0 updated, 0 unchanged, {len(errors)} failed")


def test_strict_stops_at_the_first_failure(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    write(folder, "a.txt", story("First"))
    write(folder, "b.json", "{broken")
    write(folder, "c.txt", story("Never reached"))
    db = tmp_path / "p.db"
    code, out, err = invoke("build", str(folder), "--db", str(db), "--strict")
    assert code == 1
    assert "stopped at the first failure (--strict)" in err
    assert headlines(db) == {"First"}
    assert "1 added, 0 updated, 0 unchanged, 1 failed" in out


def test_an_article_the_pipeline_cannot_parse_costs_only_itself(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    parse = batch.parse_article

    def fragile(article: Article) -> ParsedArticle:
        if article.headline == "Cursed":
            raise RuntimeError("stage broke")
        return parse(article)

    monkeypatch.setattr(batch, "parse_article", fragile)
    folder = tmp_path / "in"
    folder.mkdir()
    write(folder, "a.txt", story("Cursed"))
    write(folder, "b.txt", story("Fine"))
    db = tmp_path / "p.db"
    code, _out, err = invoke("build", str(folder), "--db", str(db))
    assert code == 1
    assert f"error: {folder / 'a.txt'}: could not be parsed (RuntimeError: stage broke)" in err
    assert headlines(db) == {"Fine"}


def test_a_file_that_is_not_a_database_is_one_clean_error(tmp_path: Path) -> None:
    db = write(tmp_path, "notes.db", "these are my notes, not a database " * 40)
    code, _out, err = invoke("build", "--db", str(db))
    assert code == 1
    assert err.splitlines() == [f"Error: {db}: file is not a database"]


def test_the_size_limit_must_be_positive(tmp_path: Path) -> None:
    code, _out, err = invoke("build", "--db", str(tmp_path / "p.db"), "--max-bytes", "0")
    assert code == 2 and "--max-bytes" in err
