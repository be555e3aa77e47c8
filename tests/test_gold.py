"""Gold annotations: the pipeline scored against articles annotated by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.evaluation import report_text, score_gold

GOLD = sorted((Path(__file__).parent / "gold").glob("*.json"))
SEED_GOLD = Path(__file__).parent / "gold" / "000_f9c6826e7b893974.json"


def test_the_seed_scores_perfectly() -> None:
    report = score_gold(SEED_GOLD)
    print(report_text(report))
    for score in (report.statements, report.speakers, report.sources, report.events):
        assert (score.precision, score.recall) == (1.0, 1.0), report_text(report)
    assert report.sequence_exact


@pytest.mark.parametrize("gold", GOLD, ids=[g.stem for g in GOLD])
def test_gold_articles_stay_above_their_floor(gold: Path) -> None:
    import json

    floor = json.loads(gold.read_text(encoding="utf-8"))["floor"]
    assert floor, "every gold file sets the scores it must keep"
    report = score_gold(gold)
    print(report_text(report))
    for name, minimum in floor.items():
        assert getattr(report, name).f1 >= minimum, report_text(report)
