"""TimeML: read an annotated document into plain text, its creation date and its times.

A TimeML file is XML. ``<DCT><TIMEX3 value="1998-01-08" .../></DCT>`` gives
the document creation (publication) date; inside ``<TEXT>``, each
``<TIMEX3 type=... value=...>`` marks a time expression with its normalised
value, among other markup (``<EVENT>``, ``<SIGNAL>``). Stripping the tags
gives the plain text, and the positions of the ``TIMEX3`` tags in it give
each expression's character span.
"""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from pathlib import Path

from attrs import frozen


@frozen
class TimexAnnotation:
    """One annotated time expression: its span in the plain text, type and value."""

    start: int
    end: int
    text: str
    type: str
    value: str


@frozen
class TimeMLDocument:
    """The plain text of a TimeML document, its creation date and annotated times."""

    name: str
    doc_id: str
    text: str
    creation_date: str | None
    timexes: tuple[TimexAnnotation, ...]


class TimeMLError(ValueError):
    """A file that is not a TimeML document this reader understands."""


def read_timeml(path: Path) -> TimeMLDocument:
    """Parse one TimeML file; raise :class:`TimeMLError` if it cannot be read."""
    try:
        root = ElementTree.parse(path).getroot()
    except (ElementTree.ParseError, OSError) as error:
        raise TimeMLError(f"{path}: {error}") from error
    body = root.find("TEXT")
    if body is None:
        raise TimeMLError(f"{path}: no <TEXT> element")
    pieces: list[str] = []
    spans: list[tuple[int, int, str, str]] = []
    _flatten(body, pieces, spans, 0)
    text = "".join(pieces)
    dct = root.find("DCT/TIMEX3")
    doc_id = root.findtext("DOCID") or path.stem
    return TimeMLDocument(
        name=path.name,
        doc_id=doc_id.strip(),
        text=text,
        creation_date=dct.get("value") if dct is not None else None,
        timexes=tuple(
            TimexAnnotation(start, end, text[start:end], kind, value)
            for start, end, kind, value in sorted(spans)
        ),
    )


def _flatten(
    element: ElementTree.Element,
    pieces: list[str],
    spans: list[tuple[int, int, str, str]],
    offset: int,
) -> int:
    """Append the element's text to ``pieces``, recording each TIMEX3 span; return the end."""
    start = offset
    if element.text:
        pieces.append(element.text)
        offset += len(element.text)
    for child in element:
        offset = _flatten(child, pieces, spans, offset)
        if child.tail:
            pieces.append(child.tail)
            offset += len(child.tail)
    if element.tag == "TIMEX3":
        spans.append((start, offset, element.get("type", ""), element.get("value", "")))
    return offset


def timeml_files(folder: Path) -> list[Path]:
    """Every ``.tml`` file under ``folder``, in a stable order."""
    return sorted(folder.rglob("*.tml"))
