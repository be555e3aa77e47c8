"""Ingest: read article files into :class:`~provenance.records.Article` records.

Plain text (first line the headline) and HTML pages, each with an optional
sidecar ``NAME.meta.json``; JSON (one object or a list) and JSON Lines (one
object a line, read as a stream, so a feed may be far larger than memory).
Every problem with an input becomes an :class:`IngestFailure` naming the
file (and line, or list item) and the reason, so one bad file never stops a
run. Text that is not UTF-8 is decoded as Windows-1252 or Latin-1 and the
article records which (:func:`encoding_note` says it in words).
"""

from __future__ import annotations

import codecs
import hashlib
import json
import re
import unicodedata
from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path

from attrs import evolve, frozen
from dateutil import parser as dateparser

from provenance.records import Article
from provenance.webpage import NoArticleText, read_webpage

HTML_SUFFIXES = (".html", ".htm")
SUFFIXES = (".txt", ".json", ".jsonl", *HTML_SUFFIXES)
SIDECAR_SUFFIX = ".meta.json"
DEFAULT_MAX_BYTES = 50 * 1024 * 1024
METADATA_FIELDS = ("url", "outlet", "published", "timezone", "language", "author", "story")
SNIFF_BYTES = 8192

UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
# A well-formed multi-byte UTF-8 sequence: in text that is not valid UTF-8 as a
# whole, its presence means the file mixes UTF-8 with a single-byte encoding.
UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
WINDOWS_1252_ONLY = re.compile(rb"[\x80-\x9f]")
C1_CONTROL = re.compile("[\x80-\x9f]")
UNDEFINED_IN_1252 = frozenset(b"\x81\x8d\x8f\x90\x9d")
MIXED = "utf-8+windows-1252"
ENCODING_NOTES = {
    "utf-16": "decoded as UTF-16 (it starts with a byte-order mark)",
    "windows-1252": "not UTF-8; decoded as Windows-1252",
    "latin-1": "not UTF-8; decoded as Latin-1 (ISO-8859-1)",
    MIXED: "mixed encodings; decoded UTF-8 where it is valid and Windows-1252 elsewhere",
}


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


def _single_byte_fallback(error: UnicodeError) -> tuple[str, int]:
    """Codec error handler: decode the bytes that are not UTF-8 as Windows-1252.

    The five bytes Windows-1252 leaves undefined fall back to Latin-1, where
    they are control characters; :func:`decode` rejects text holding them.
    """
    if not isinstance(error, UnicodeDecodeError):
        raise error
    bad = error.object[error.start : error.end]
    text = "".join(chr(b) if b in UNDEFINED_IN_1252 else bytes([b]).decode("cp1252") for b in bad)
    return text, error.end


codecs.register_error("provenance-single-byte", _single_byte_fallback)


def decode(data: bytes) -> tuple[str, str]:
    """Decode an input's bytes; return the text and the encoding assumed.

    UTF-8 (with or without a byte-order mark) and UTF-16 with a byte-order
    mark are taken as they are. Anything else is read as Windows-1252, a
    superset of Latin-1 (reported as ``latin-1`` when it uses none of the
    characters Windows-1252 adds); a file that mixes UTF-8 with either keeps
    its valid UTF-8 sequences. Bytes that are none of these, and binary
    data, raise :class:`InputError`.
    """
    for bom in UTF16_BOMS:
        if data.startswith(bom):
            try:
                return data.decode("utf-16"), "utf-16"
            except UnicodeDecodeError as error:
                raise InputError(f"undecodable UTF-16 at byte {error.start}") from error
    sample = data[:SNIFF_BYTES]
    if b"\x00" in sample or _control_share(sample) > 0.1:
        raise InputError("binary file, not text")
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8-sig", errors="provenance-single-byte")
    control = C1_CONTROL.search(text)
    if control:
        raise InputError(
            f"undecodable: not UTF-8, Windows-1252 or Latin-1 text (control character "
            f"U+{ord(control.group()):04X} at character {control.start()})"
        )
    if UTF8_SEQUENCE.search(data):
        return text, MIXED
    return text, "windows-1252" if WINDOWS_1252_ONLY.search(data) else "latin-1"


def encoding_note(encoding: str) -> str | None:
    """What was assumed about an input's encoding, in words; None for UTF-8."""
    return ENCODING_NOTES.get(encoding)


def _control_share(sample: bytes) -> float:
    if not sample:
        return 0.0
    controls = sum(1 for byte in sample if byte < 32 and byte not in (9, 10, 12, 13))
    return controls / len(sample)


def check_date(value: str | None) -> str | None:
    """Return an ISO 8601 publication date, or raise :class:`InputError`.

    ISO 8601 and common written forms ("10 December 2019") are accepted; a
    date must name its year, month and day, since a missing part would
    otherwise be filled in from today's date.
    """
    if value is None or value == "":
        return None
    text = str(value).strip()
    try:
        parsed = dateparser.isoparse(text)
        complete = len(re.sub(r"\D", "", text.split("T", 1)[0])) >= 8
    except (ValueError, OverflowError):
        try:
            parsed = dateparser.parse(text, default=datetime(2000, 1, 1))
            complete = parsed == dateparser.parse(text, default=datetime(2004, 2, 2))
        except (ValueError, OverflowError) as error:
            raise InputError(f"invalid publication date {value!r}") from error
    if not complete:
        raise InputError(f"incomplete publication date {value!r}: give year, month and day")
    if parsed.hour or parsed.minute or parsed.second or "T" in text:
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
        author=values["author"] or None,
        story=" ".join(str(values["story"] or "").split()) or None,
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


def _check_file(path: Path) -> int:
    """The size of a regular, non-empty file, or :class:`InputError` saying what it is."""
    if not path.exists():
        raise InputError("broken symbolic link" if path.is_symlink() else "no such file")
    if not path.is_file():
        raise InputError("not a regular file")
    size = path.stat().st_size
    if size == 0:
        raise InputError("empty file")
    return size


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    size = _check_file(path)
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


def _from_webpage(html: str, source: str, metadata: dict[str, object]) -> Article:
    """The article in an HTML page; the sidecar and flags override what the page states."""
    try:
        page = read_webpage(html)
    except NoArticleText as error:
        raise InputError(str(error)) from error
    stated = {
        "url": page.url,
        "outlet": page.outlet,
        "published": page.published,
        "author": page.author,
    }
    return make_article(page.text, source, {**stated, **metadata}, page.headline)


def load_path(
    path: Path, overrides: dict[str, str] | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Article | IngestFailure]:
    """Articles read from one file, or failures saying what went wrong with it.

    ``max_bytes`` limits the size of a file, and of each line of a JSON
    Lines file (whose lines are read one at a time).
    """
    overrides = {k: v for k, v in (overrides or {}).items() if v is not None}
    name = str(path)
    suffix = path.suffix.lower()
    try:
        if suffix == ".jsonl":
            yield from _load_lines(path, overrides, max_bytes)
            return
        text, encoding = decode(_read_bytes(path, max_bytes))
        if suffix == ".json":
            yield from _load_json(text, name, overrides, encoding)
            return
        metadata = {**read_sidecar(path), **overrides}
        if suffix in HTML_SUFFIXES:
            yield evolve(_from_webpage(text, name, metadata), encoding=encoding)
            return
        yield evolve(make_article(text, name, metadata), encoding=encoding)
    except InputError as error:
        yield IngestFailure(name, str(error))
    except OSError as error:
        yield IngestFailure(name, f"unreadable: {error.strerror or error}")


def _load_json(
    text: str, name: str, overrides: dict[str, str], encoding: str
) -> Iterator[Article | IngestFailure]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(f"malformed JSON: {error}") from error
    if not isinstance(data, list):
        yield evolve(_from_object(data, name, overrides), encoding=encoding)
        return
    if not data:
        raise InputError("empty JSON list")
    for index, item in enumerate(data):
        source = f"{name}[{index}]"
        try:
            yield evolve(_from_object(item, source, overrides), encoding=encoding)
        except InputError as error:
            yield IngestFailure(source, str(error))


def _load_lines(
    path: Path, overrides: dict[str, str], max_bytes: int
) -> Iterator[Article | IngestFailure]:
    """One article per line; a bad line is a failure naming the line, the rest go on."""
    _check_file(path)
    found = False
    for number, line in _read_lines(path, max_bytes):
        source = f"{path}:{number}"
        try:
            if line is None:
                raise InputError(f"line is over the limit of {max_bytes:,} bytes")
            if not line.strip():
                continue
            found = True
            text, encoding = decode(line)
            try:
                data = json.loads(text)
            except json.JSONDecodeError as error:
                raise InputError(f"malformed JSON: {error.msg}") from error
            yield evolve(_from_object(data, source, overrides), encoding=encoding)
        except InputError as error:
            found = True
            yield IngestFailure(source, str(error))
    if not found:
        raise InputError("no articles: every line is blank")


def _read_lines(path: Path, max_bytes: int) -> Iterator[tuple[int, bytes | None]]:
    """Each line's number and bytes, or None for a line over ``max_bytes`` (then skipped)."""
    try:
        with path.open("rb") as handle:
            if b"\x00" in handle.read(SNIFF_BYTES):
                raise InputError("binary file, not text")
            handle.seek(0)
            number = 0
            while line := handle.readline(max_bytes + 1):
                number += 1
                if len(line) > max_bytes and not line.endswith(b"\n"):
                    while line and not line.endswith(b"\n"):
                        line = handle.readline(max_bytes + 1)
                    yield number, None
                else:
                    yield number, line
    except OSError as error:
        raise InputError(f"unreadable: {error.strerror or error}") from error


def collect_paths(paths: Iterable[Path]) -> list[Path]:
    """Expand folders into the article files they hold, in a stable order.

    Sidecar metadata files are not articles. A path that does not exist,
    or is not a regular file (a broken link, a pipe) but is named like an
    article, is kept, so that ingesting it reports the problem.
    """
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(
                child
                for child in sorted(path.rglob("*"))
                if not child.is_dir()
                and child.suffix.lower() in SUFFIXES
                and not child.name.lower().endswith(SIDECAR_SUFFIX)
            )
        else:
            found.append(path)
    return found
