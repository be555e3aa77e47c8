"""TimeML: reading annotated documents and scoring time expressions as TempEval-3 does.

The documents in ``tests/timeml/`` are short texts written for these tests
and annotated by hand following the TimeML guidelines.
"""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from provenance.cli import cli
from provenance.records import TimeExpression
from provenance.time_evaluation import evaluate_folder, score_document
from provenance.timeml import TimexAnnotation, read_timeml

FIXTURES = Path(__file__).parent / "timeml"


def test_reading_strips_the_markup_and_keeps_the_spans() -> None:
    document = read_timeml(FIXTURES / "harbour_strike.tml")
    assert document.doc_id == "harbour_strike"
    assert document.creation_date == "2021-06-09"
    assert (
        "<" not in document.text and "ended their strike Tuesday, after nine days" in document.text
    )
    assert [(t.text, t.type, t.value) for t in document.timexes] == [
        ("Tuesday", "DATE", "2021-06-08"),
        ("nine days", "DURATION", "P9D"),
        ("next Monday", "DATE", "2021-06-14"),
        ("2016", "DATE", "2016"),
        ("a day", "SET", "P1D"),
        ("now", "DATE", "PRESENT_REF"),
    ]
    assert all(document.text[t.start : t.end] == t.text for t in document.timexes)


def expression(start: int, end: int, value: str) -> TimeExpression:
    return TimeExpression(start, end, "x" * (end - start), "DATE", value, "test")


def annotation(start: int, end: int, value: str) -> TimexAnnotation:
    return TimexAnnotation(start, end, "x" * (end - start), "DATE", value)


def test_strict_needs_the_exact_span_relaxed_an_overlap() -> None:
    gold = [annotation(0, 7, "2021-06-08"), annotation(20, 29, "P9D"), annotation(40, 44, "2016")]
    found = [expression(0, 7, "2021-06-08"), expression(17, 29, "P9D"), expression(50, 54, "2017")]
    result = score_document(found, gold)
    assert (result.strict, result.relaxed, result.value) == (1, 2, 2)
    assert [g.value for g in result.missed] == ["2016"]
    assert [e.value for e in result.spurious] == ["2017"]


def test_a_value_counts_only_on_a_match_and_only_when_equal() -> None:
    result = score_document([expression(0, 7, "2021-06-01")], [annotation(0, 7, "2021-06-08")])
    assert (result.relaxed, result.value) == (1, 0)
    assert [(g.value, e.value) for g, e in result.wrong_values] == [("2021-06-08", "2021-06-01")]


def test_each_annotation_is_matched_once() -> None:
    result = score_document(
        [expression(0, 3, "P1D"), expression(4, 7, "P1D")], [annotation(0, 7, "P1D")]
    )
    assert (result.relaxed, len(result.spurious)) == (1, 1)


def test_scores_on_the_fixtures_do_not_drop() -> None:
    report = evaluate_folder(FIXTURES)
    assert (report.documents, report.relaxed.gold, report.relaxed.predicted) == (3, 16, 15)
    assert report.strict.true_positives >= 15
    assert report.relaxed.true_positives >= 15
    assert report.value.true_positives >= 15
    assert report.value_accuracy == 1.0
    missed = [g.text for _, result in report.results for g in result.missed]
    assert missed == ["soon"]


def test_the_command_prints_the_scores_as_json() -> None:
    result = CliRunner().invoke(cli, ["eval", "timeml", str(FIXTURES), "--json"])
    assert result.exit_code == 0
    scores = json.loads(result.stdout)
    assert scores["documents"] == 3
    assert scores["relaxed"]["f1"] >= 0.96 and scores["value_accuracy"] == 1.0


def test_the_command_reports_a_folder_without_timeml_in_one_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["eval", "timeml", str(tmp_path)])
    assert result.exit_code == 1
    assert result.stderr.strip() == f"Error: {tmp_path}: no .tml files"


def test_the_command_reports_a_broken_file_in_one_line(tmp_path: Path) -> None:
    (tmp_path / "broken.tml").write_text("<TimeML><TEXT>unclosed", encoding="utf-8")
    result = CliRunner().invoke(cli, ["eval", "timeml", str(tmp_path)])
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: ") and "broken.tml" in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
