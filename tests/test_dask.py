"""Building on Dask: shards built by a local cluster of two workers, merged into one database.

The database is the one a plain ``provenance build`` of the same files
makes: the same rows in every table, the same stories linked.
"""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from provenance.cli import cli
from provenance.shards import split_evenly
from tests.helpers import LEAK, ROOT, SEED, article_count, table_dump

INPUTS = [str(SEED), str(LEAK), str(ROOT / "tests" / "articles")]


def test_a_build_on_a_two_worker_cluster_is_the_plain_build(tmp_path: Path) -> None:
    plain = CliRunner().invoke(cli, ["build", *INPUTS, "--db", str(tmp_path / "plain.db")])
    assert plain.exit_code == 0, plain.output
    shards = tmp_path / "shards"
    on_dask = CliRunner().invoke(
        cli,
        [
            "dask-build",
            *INPUTS,
            "--db",
            str(tmp_path / "dask.db"),
            "--workers",
            "2",
            "--partitions",
            "3",
            "--shards",
            str(shards),
        ],
    )
    assert on_dask.exit_code == 0, on_dask.output
    count = article_count([Path(p) for p in INPUTS])
    assert f"{count} inputs: {count} added" in on_dask.output
    assert len(list(shards.glob("shard-*.db"))) == 3
    assert table_dump(tmp_path / "dask.db") == table_dump(tmp_path / "plain.db")


def test_a_second_run_on_dask_changes_nothing(tmp_path: Path) -> None:
    arguments = ["dask-build", str(SEED), "--db", str(tmp_path / "dask.db"), "--workers", "1"]
    assert CliRunner().invoke(cli, arguments).exit_code == 0
    first = table_dump(tmp_path / "dask.db")
    again = CliRunner().invoke(cli, arguments)
    assert "1 input: 0 added, 0 updated, 1 unchanged" in again.output
    assert table_dump(tmp_path / "dask.db") == first
    assert not list(tmp_path.glob("shards-*"))


def test_files_are_split_into_exactly_the_partitions_asked_for() -> None:
    files = [Path(f"article-{number}.txt") for number in range(160)]
    chunks = split_evenly(files, 3)
    assert [len(chunk) for chunk in chunks] == [54, 53, 53]
    assert [f for chunk in chunks for f in chunk] == files
    assert split_evenly(files[:2], 3) == [[files[0]], [files[1]]]
