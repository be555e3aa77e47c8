"""The command line: build, timeline, eval, and clear errors for bad input."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import click
import pytest
import sqlite_utils
from click.testing import CliRunner

from provenance.cli import cli
from tests.helpers import ROOT, SEED

EXPECTED_ORDER = ["remark", "leak", "response", "defence", "attack"]


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def contents(db_path: Path) -> dict[str, list[dict[str, object]]]:
    db = sqlite_utils.Database(db_path)
    return {t: list(db.query(f"select * from [{t}] order by 1")) for t in db.table_names()}


def test_build_then_timeline_prints_the_story_in_order(tmp_path: Path) -> None:
    db = tmp_path / "p.db"
    code, out, _ = run("build", "--db", str(db))
    assert code == 0 and "1 added" in out
    code, out, _ = run("timeline", "--db", str(db))
    assert code == 0
    types = re.findall(r"^\s+\d+\. ([A-Z]+):", out, re.MULTILINE)
    assert [t.lower() for t in types] == EXPECTED_ORDER
    assert "publisher: Guido Fawkes" in out and "publisher: ITV News" in out
    assert "when:    Tuesday afternoon (2019-12-10T12:00 to 2019-12-10T18:00)" in out


def test_the_timeline_says_why_and_lists_what_stands_outside_the_sequence(tmp_path: Path) -> None:
    db = tmp_path / "p.db"
    run("build", "--db", str(db))
    _code, out, _ = run("timeline", "--db", str(db))
    assert "why:     after the leak (Guido Fawkes): text: 'Soon after the explosive" in out
    assert "tied with the attack (Boris Johnson): the text does not order them" in out
    background = out.split("  Background (mentioned, before the story):\n", 1)[1]
    assert background.startswith("     2016 (2016): Jonathan Ashworth recalled: ")
    future = out.split("  Future references (said of a time to come; not events that happened):\n")[
        1
    ]
    assert future.startswith("     Friday morning (2019-12-13T06:00 to 2019-12-13T12:00): ")
    unused = out.split("  Cues not used (they contradict stronger evidence):\n")[1]
    assert unused.startswith(
        "     “Meanwhile” would put the defence at the same time as the response"
    )
    _code, out, _ = run("timeline", "--db", str(db), "--json")
    rows = json.loads(out)
    assert rows[1]["why"] == ["after the remark (Jonathan Ashworth): a remark precedes its leak"]


def test_timeline_json_has_the_contract_columns(tmp_path: Path) -> None:
    db = tmp_path / "p.db"
    run("build", "--db", str(db))
    _code, out, _ = run("timeline", "--db", str(db), "--json")
    rows = json.loads(out)
    assert [r["type"] for r in rows] == EXPECTED_ORDER
    for column in (
        "sequence",
        "time_start",
        "time_end",
        "time_text",
        "type",
        "actor",
        "target",
        "channel",
        "publisher",
        "summary",
        "article_id",
        "event_id",
    ):
        assert column in rows[0]
    assert [r["actor"] for r in rows] == [
        "Jonathan Ashworth",
        "Guido Fawkes",
        "Jonathan Ashworth",
        "Jeremy Corbyn",
        "Boris Johnson",
    ]


def test_rebuilding_changes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "p.db"
    run("build", "--db", str(db))
    before = contents(db)
    code, out, _ = run("build", "--db", str(db))
    assert code == 0 and "1 unchanged" in out
    assert contents(db) == before


def test_bad_inputs_are_reported_and_leave_the_database_as_it_was(tmp_path: Path) -> None:
    db = tmp_path / "p.db"
    run("build", "--db", str(db))
    before = contents(db)
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(bytes(range(256)) * 8)
    missing = tmp_path / "missing.txt"
    code, out, err = run("build", str(missing), str(empty), str(binary), "--db", str(db))
    assert code == 1
    assert f"error: {missing}: no such file" in err
    assert f"error: {empty}: empty file" in err
    assert f"error: {binary}: binary file, not text" in err
    assert "3 failed" in out
    assert contents(db) == before


def test_good_files_are_stored_when_others_fail(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEED, folder / SEED.name)
    shutil.copy(SEED.with_name(SEED.stem + ".meta.json"), folder)
    (folder / "broken.json").write_text("{nope")
    code, out, err = run("build", str(folder), "--db", str(tmp_path / "p.db"))
    assert code == 1 and "1 added" in out and "broken.json: malformed JSON" in err


def test_metadata_flags_need_a_single_file(tmp_path: Path) -> None:
    code, _, err = run(
        "build", str(SEED), str(SEED), "--outlet", "X", "--db", str(tmp_path / "p.db")
    )
    assert code == 2 and "single file" in err


def test_timeline_without_a_database_is_a_clean_error(tmp_path: Path) -> None:
    code, _, err = run("timeline", "--db", str(tmp_path / "none.db"))
    assert code == 1 and "run 'provenance build' first" in err


def test_eval_gold_reports_precision_and_recall() -> None:
    code, out, _ = run(
        "eval", "gold", str(ROOT / "tests" / "gold" / "000_f9c6826e7b893974.json"), "--json"
    )
    report = json.loads(out)
    assert code == 0
    assert report["speakers"]["precision"] == 1.0 and report["speakers"]["recall"] == 1.0


@pytest.mark.parametrize(
    "command", [[], ["build"], ["serve"], ["timeline"], ["eval"], ["eval", "gold"]]
)
def test_every_command_explains_itself(command: list[str]) -> None:
    code, out, _ = run(*command, "--help")
    assert code == 0 and "Usage:" in out and len(out.splitlines()) > 5


def test_the_readme_documents_every_command_and_option() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = dict(cli.commands)
    for group in [c for c in cli.commands.values() if isinstance(c, click.Group)]:
        commands |= {f"{group.name} {name}": sub for name, sub in group.commands.items()}
    for name, command in commands.items():
        assert f"provenance {name}" in readme, name
        for param in command.params:
            for option in getattr(param, "opts", []):
                if option.startswith("--") and option != "--help":
                    assert option in readme, (name, option)


def test_ci_runs_the_readme_test_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    command = re.search(r"Run the tests:\n\n    (.+)\n", readme)
    assert command is not None
    assert command.group(1) in ci.splitlines()


def test_the_readme_timeline_example_is_what_the_command_prints(tmp_path: Path) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("    $ provenance build && provenance timeline\n", 1)[1].split("\n\n", 1)[
        0
    ]
    expected = [line.removeprefix("    ") for line in block.splitlines()[1:]]
    db = tmp_path / "provenance.db"
    run("build", "--db", str(db))
    _, out, _ = run("timeline", "--db", str(db))
    assert out.splitlines() == expected
