"""Export: the fixture's story as W3C PROV, read back by the prov package."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import sqlite_utils
from click.testing import CliRunner
from prov.model import ProvDocument

from provenance.cli import build_database, cli
from provenance.export import build_document, export
from tests.helpers import LEAK


@pytest.fixture(scope="module")
def leak_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("export") / "provenance.db"
    build_database([LEAK], path, {}, progress=False)
    return path


@pytest.fixture(scope="module")
def prov_json(leak_path: Path) -> dict[str, dict[str, dict[str, object]]]:
    return json.loads(export(sqlite_utils.Database(leak_path), "prov-json"))


@pytest.mark.parametrize(("name", "reader"), [("prov-json", "json"), ("prov-n", "provn")])
def test_the_export_reads_back_as_the_same_document(
    leak_path: Path, name: str, reader: str
) -> None:
    db = sqlite_utils.Database(leak_path)
    text = export(db, name)
    assert ProvDocument.deserialize(content=text, format=reader) == build_document(db)
    assert export(db, name) == text


def relations(document: dict[str, dict[str, dict[str, object]]], kind: str) -> list[dict]:
    return list(document.get(kind, {}).values())


def labels(document: dict[str, dict[str, dict[str, object]]]) -> dict[str, object]:
    found = {}
    for kind in ("agent", "entity"):
        for key, record in document.get(kind, {}).items():
            found[key] = record.get("prov:label") or record.get("prov:value")
    return found


def test_remarks_are_attributed_to_their_speaker(prov_json: dict) -> None:
    named = labels(prov_json)
    attributed = {
        (named[r["prov:entity"]], named[r["prov:agent"]])
        for r in relations(prov_json, "wasAttributedTo")
        if r["prov:entity"].startswith("provenance:remark_")
    }
    assert ("a f*****g shambles", "Robert Hartley") in attributed


def test_statements_are_quoted_from_the_recording(prov_json: dict) -> None:
    quoted = [
        r
        for r in relations(prov_json, "wasDerivedFrom")
        if r.get("prov:type", {}).get("$") == "prov:Quotation"
    ]
    sources = {r["prov:usedEntity"].split("_")[0] for r in quoted}
    assert sources == {"provenance:channel", "provenance:remark"}
    drifted = [
        key for key, entity in prov_json["entity"].items() if entity.get("provenance:drift") is True
    ]
    assert len(drifted) == 1


def test_reports_have_the_recording_as_primary_source_and_derive_from_the_first(
    prov_json: dict,
) -> None:
    named = labels(prov_json)
    derivations = relations(prov_json, "wasDerivedFrom")
    primary = [r for r in derivations if r.get("prov:type", {}).get("$") == "prov:PrimarySource"]
    assert {named[r["prov:usedEntity"]] for r in primary} <= {
        "a recording",
        "a leaked recording",
        "leaked recording",
        "caught",
        "recorded",
        "the leaked recording",
        "the recording",
    }
    assert len({r["prov:generatedEntity"] for r in primary}) == 4
    between_reports = {
        (named[r["prov:generatedEntity"]], named[r["prov:usedEntity"]])
        for r in derivations
        if "prov:type" not in r
    }
    first = "Minister caught calling his own rail plan a shambles"
    # The Courier first gave his words as 'the regions "will never see a penny
    # of it"'; the Gazette, repeating that wording, derives from the Courier.
    courier = "Hartley says rail remarks were 'off the cuff'"
    gazette = "Minister faces calls to quit over leaked recording"
    assert {source for _, source in between_reports} == {first, courier}
    assert {report for report, source in between_reports if source == courier} == {gazette}


def test_events_are_activities_with_their_times(prov_json: dict) -> None:
    activities = prov_json["activity"]
    dated = {
        record["prov:type"]["$"]: record["prov:startTime"]
        for record in activities.values()
        if "prov:startTime" in record and "prov:type" in record
    }
    assert dated["provenance:leak"] == "2024-03-04T00:00:00"
    publications = [key for key in activities if key.startswith("provenance:publication_")]
    assert len(publications) == 4


def test_the_command_writes_prov_n_to_a_file(leak_path: Path, tmp_path: Path) -> None:
    output = tmp_path / "story.provn"
    result = CliRunner().invoke(
        cli, ["export", "--db", str(leak_path), "--format", "prov-n", "-o", str(output)]
    )
    assert result.exit_code == 0, result.output
    document = ProvDocument.deserialize(source=str(output), format="provn")
    assert document == build_document(sqlite_utils.Database(leak_path))


def test_exporting_a_missing_database_is_a_clean_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["export", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1
    assert "run 'provenance build' first" in result.stderr
