"""Where the project's bundled folders are: ``schema/`` and ``seeds/``.

In an installed wheel they are inside the package (``provenance/schema``);
in a source checkout or an editable install they sit beside it at the top
of the project, where the project's layout keeps them.
"""

from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parent


def resource_dir(name: str) -> Path:
    """The bundled folder ``name`` (``schema`` or ``seeds``)."""
    packaged = PACKAGE / name
    if packaged.is_dir():
        return packaged
    return PACKAGE.parent / name
