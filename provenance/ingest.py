"""Ingest: read article files into :class:`~provenance.records.Article` records.

Plain text (first line the headline) with an optional sidecar
``NAME.meta.json``, JSON (one object or a list) and JSON Lines (one object a
line). Every problem with an input becomes an :class:`IngestFailure` naming
the file (and line) and the reason, so one bad file never stops a run.
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path

from attrs import evolve, frozen
from dateutil import parser as dateparser

from provenance.records import Article

SUFFIXES = (".txt", ".json", ".jsonl")
SIDECAR_SUFFIX = ".meta.json"
DEFAULT_MAX_BYTES = 50 * 1024 * 1024
METADATA_FIELDS = ("url", "outlet", "published", "timezone", "language")


@frozen
class IngestFailure:
    """An input that could not be read as an article, and why."""

    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


class InputError(ValueError):
    """Raised inside ingestion for a problem with one input."""


def normalise_text(text: str) -> str:
    """The stored form of an article's text: NFC, ``\\n`` line ends, no trailing spaces."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = text.lstrip("\ufeff")
    lines = [line.rstrip() for line in text.split("\n")]
    return "\n".join(lines).strip("\n")


def article_id(text: str) -> str:
    """A stable id: the start of the SHA-256 of the text with whitespace collapsed."""
    collapsed = " ".join(text.split())
    return hashlib.sha256(collapsed.encode("utf-8")).hexdigest()[:16]


def decode(data: bytes) -> tuple[str, str]:
    """Decode bytes as UTF-8, else Windows-1252, else Latin-1; return (text, encoding)."""
    if b"\x00" in data[:8192] or _control_share(data[:8192]) > 0.1:
        raise InputError("binary file, not text")
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "windows-1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def _control_share(sample: bytes) -> float:
    if not sample:
        return 0.0
    controls = sum(1 for byte in sample if byte < 32 and byte not in (9, 10, 12, 13))
    return controls / len(sample)


def check_date(value: str | None) -> str | None:
    """Return an ISO 8601 publication date, or raise :class:`InputError`."""
    if value is None or value == "":
        return None
    try:
        parsed = dateparser.isoparse(str(value))
    except (ValueError, OverflowError):
        try:
            parsed = dateparser.parse(str(value))
        except (ValueError, OverflowError) as error:
            raise InputError(f"invalid publication date {value!r}") from error
    if parsed.hour or parsed.minute or parsed.second or "T" in str(value):
        return parsed.isoformat(timespec="minutes")
    return parsed.date().isoformat()


def make_article(
    text: str, source: str, metadata: dict[str, object] | None = None, headline: str | None = None
) -> Article:
    """Build an :class:`Article` from raw text and metadata, validating both."""
    metadata = metadata or {}
    body = normalise_text(text)
    if headline:
        headline = " ".join(headline.split())
        if not body.startswith(headline):
            body = f"{headline}\n\n{body}" if body else headline
    if not body.strip():
        raise InputError("no text")
    first_line = body.split("\n", 1)[0].strip()
    values = {field: metadata.get(field) for field in METADATA_FIELDS}
    for field, value in values.items():
        if value is not None and not isinstance(value, str):
            raise InputError(f"metadata field {field!r} must be a string, not {value!r}")
    return Article(
        id=article_id(body),
        text=body,
        headline=first_line,
        url=values["url"] or None,
        outlet=values["outlet"] or None,
        published=check_date(values["published"]),
        timezone=values["timezone"] or None,
        language=values["language"] or None,
        source=source,
    )


def read_sidecar(path: Path) -> dict[str, object]:
    """The metadata in ``NAME.meta.json`` beside ``NAME.txt``, or an empty dict."""
    sidecar = path.with_name(path.stem + SIDECAR_SUFFIX)
    if not sidecar.exists():
        return {}
    try:
        data = json.loads(sidecar.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise InputError(f"unreadable metadata file {sidecar.name}: {error}") from error
    if not isinstance(data, dict):
        raise InputError(f"metadata file {sidecar.name} is not a JSON object")
    return data


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    if not path.exists():
        raise InputError("no such file")
    if not path.is_file():
        raise InputError("not a file")
    size = path.stat().st_size
    if size == 0:
        raise InputError("empty file")
    if size > max_bytes:
        raise InputError(f"file is {size:,} bytes, over the limit of {max_bytes:,}")
    try:
        return path.read_bytes()
    except OSError as error:
        raise InputError(f"unreadable: {error.strerror or error}") from error


def _from_object(data: object, source: str, overrides: dict[str, str]) -> Article:
    if not isinstance(data, dict):
        raise InputError("expected a JSON object with a 'text' field")
    text = data.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError("JSON object has no 'text'")
    headline = data.get("headline") or data.get("title")
    if headline is not None and not isinstance(headline, str):
        raise InputError("'headline' must be a string")
    metadata = {**{k: data.get(k) for k in METADATA_FIELDS}, **overrides}
    return make_article(text, source, metadata, headline)


def load_path(
    path: Path, overrides: dict[str, str] | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Article | IngestFailure]:
    """Articles read from one file, or failures saying what went wrong with it."""
    overrides = {k: v for k, v in (overrides or {}).items() if v is not None}
    name = str(path)
    try:
        if path.suffix.lower() in (".html", ".htm"):
            raise InputError("HTML input is not supported; save the article text as .txt or .json")
        text, encoding = decode(_read_bytes(path, max_bytes))
        if path.suffix == ".jsonl":
            yield from _load_lines(text, name, overrides, encoding)
            return
        if path.suffix == ".json":
            try:
                data = json.loads(text)
            except json.JSONDecodeError as error:
                raise InputError(f"malformed JSON: {error}") from error
            for item in data if isinstance(data, list) else [data]:
                yield evolve(_from_object(item, name, overrides), encoding=encoding)
            return
        metadata = {**read_sidecar(path), **overrides}
        yield evolve(make_article(text, name, metadata), encoding=encoding)
    except InputError as error:
        yield IngestFailure(name, str(error))


def _load_lines(
    text: str, name: str, overrides: dict[str, str], encoding: str
) -> Iterator[Article | IngestFailure]:
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        source = f"{name}:{number}"
        try:
            yield evolve(_from_object(json.loads(line), source, overrides), encoding=encoding)
        except json.JSONDecodeError as error:
            yield IngestFailure(source, f"malformed JSON: {error.msg}")
        except InputError as error:
            yield IngestFailure(source, str(error))


def collect_paths(paths: Iterable[Path]) -> list[Path]:
    """Expand folders into the article files they hold, in a stable order.

    Sidecar metadata files are not articles. A path that does not exist is
    kept, so that ingesting it reports the problem.
    """
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(
                child
                for child in sorted(path.rglob("*"))
                if child.is_file()
                and child.suffix in SUFFIXES
                and not child.name.endswith(SIDECAR_SUFFIX)
            )
        else:
            found.append(path)
    return found
