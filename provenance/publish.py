"""Publish: serve a provenance database with Datasette.

The Datasette metadata is kept in ``schema/`` as two files, so the move to
Datasette 1.0 is a file split, not a rewrite: ``metadata.yaml`` says what
the data is (titles, descriptions), ``datasette.yaml`` how to present it
(facets, label columns, canned queries). Datasette 0.65 reads both as one
metadata document, merged here.

The database is always served under the name ``provenance`` (so URLs such
as ``/provenance/timeline.json`` hold whatever the file is called), read
only unless asked otherwise, bound to 127.0.0.1 by default.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from datasette.app import Datasette
from datasette.database import Database

from provenance.pages.links import DATABASE_NAME
from provenance.resources import resource_dir


def merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    """Deep-merge two metadata documents; ``extra`` wins on conflicts."""
    merged = dict(base)
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def load_metadata() -> dict[str, Any]:
    """The project's Datasette metadata and configuration, as one document."""
    folder = resource_dir("schema")
    documents = [
        yaml.safe_load((folder / name).read_text(encoding="utf-8"))
        for name in ("metadata.yaml", "datasette.yaml")
    ]
    return merge(documents[0], documents[1])


def make_datasette(db_path: str | Path, mutable: bool = False) -> Datasette:
    """A Datasette instance serving ``db_path`` as the ``provenance`` database."""
    datasette = Datasette(metadata=load_metadata())
    datasette.add_database(
        Database(datasette, path=str(db_path), is_mutable=mutable), name=DATABASE_NAME
    )
    datasette.remove_database("_memory")
    return datasette
