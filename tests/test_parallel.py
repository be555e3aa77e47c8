"""Parallel builds: ``build --jobs N`` parses in N processes and writes what one process writes.

Results come back in the order of the input, and the input is read as the
results are used, a bounded number of articles ahead, so a build's memory
does not grow with the size of its input.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from click.testing import CliRunner

from provenance.cli import cli
from provenance.parallel import CHUNK, CHUNKS_PER_JOB, in_order
from tests.helpers import LEAK, ROOT, SEED, article_count, table_dump

ARTICLES = ROOT / "tests" / "articles"


def squares(numbers: list[int]) -> list[int]:
    return [n * n for n in numbers]


def test_a_build_in_two_processes_writes_what_a_build_in_one_does(tmp_path: Path) -> None:
    outputs = {}
    for jobs in (1, 2):
        db_path = tmp_path / f"jobs{jobs}.db"
        result = CliRunner().invoke(
            cli,
            [
                "build",
                str(SEED),
                str(LEAK),
                str(ARTICLES),
                "--db",
                str(db_path),
                "--jobs",
                str(jobs),
            ],
        )
        assert result.exit_code == 0, result.output
        outputs[jobs] = result.output
        count = article_count([SEED, LEAK, ARTICLES])
        assert f"{count} inputs: {count} added" in result.output
    assert outputs[1] == outputs[2].replace("jobs2.db", "jobs1.db")
    assert table_dump(tmp_path / "jobs1.db") == table_dump(tmp_path / "jobs2.db")


def test_results_come_in_order_and_the_input_is_read_only_a_little_ahead() -> None:
    drawn: list[int] = []

    def numbers() -> Iterator[int]:
        for n in range(1000):
            drawn.append(n)
            yield n

    results = in_order(squares, numbers(), jobs=2)
    assert next(results) == (0, 0)
    assert len(drawn) <= 2 * CHUNKS_PER_JOB * CHUNK + CHUNK
    assert list(results) == [(n, n * n) for n in range(1, 1000)]


def test_jobs_must_be_at_least_one(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli, ["build", str(SEED), "--db", str(tmp_path / "x.db"), "--jobs", "0"]
    )
    assert result.exit_code == 2
    assert "--jobs" in result.output
