"""Reader for JSON Lines files: one article per line.

Each line is a JSON object with ``text`` or ``html`` (required; ``text`` wins when both are
given), and optionally ``url``, ``title``, ``outlet`` and ``published`` (an ISO 8601 date or
date-time). A document's uri is its ``url`` when the line has one, else ``path#L<n>``.

A malformed line (not JSON, not an object, no text, wrong types, a bad date, larger than the
size cap, nested deeper than :data:`MAX_DEPTH`, an integer over :data:`MAX_DIGITS` digits, a
lone surrogate escape) is one Skipped naming ``path#L<n>``; the other lines go on. The size cap applies to
each line, not to the file, so a large JSONL corpus is read as a stream.

A gzipped file (``.jsonl.gz``, as scrapers and dataset dumps ship them) is inflated as it is read,
line by line under the same cap; a file that is not gzip, or is cut off, ends with one Skipped
naming why, after the lines read before the damage.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import re
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from ..errors import InputError
from ..model import RawDocument, Skipped
from .registry import ReadOptions
from .text import decode, megabytes

_OPTIONAL_STRINGS = ("url", "title", "outlet", "published")
MAX_DEPTH = 64  # nesting of arrays and objects in one line
MAX_DIGITS = 100  # digits of one integer
_STRINGS = re.compile(r'"(?:[^"\\]|\\.)*"', re.S)
_BRACKETS = re.compile(r"[\[\]{}]")


def read_jsonl(path: Path, options: ReadOptions) -> Iterator[RawDocument | Skipped]:
    """Every article in a JSONL file, or a Skipped for each line that cannot be used."""
    yield from _read_handle(path, options, gzipped=False)


def read_gzipped_jsonl(path: Path, options: ReadOptions) -> Iterator[RawDocument | Skipped]:
    """Every article in a gzipped JSONL file (``.jsonl.gz``), as :func:`read_jsonl`."""
    yield from _read_handle(path, options, gzipped=True)


def _read_handle(path: Path, options: ReadOptions, *, gzipped: bool) -> Iterator[RawDocument | Skipped]:
    try:
        with (gzip.open(path, "rb") if gzipped else path.open("rb")) as handle:
            if b"\x00" in handle.read(8192):
                yield Skipped(str(path), "binary data (contains NUL bytes), not JSON Lines")
                return
            handle.seek(0)
            yield from _read_lines(path, handle, options.max_bytes)
    except EOFError:
        yield Skipped(str(path), "the gzipped file ends early (cut off)")
    except (OSError, zlib.error) as exc:
        yield Skipped(str(path), f"cannot read: {getattr(exc, 'strerror', None) or exc}")


def _read_lines(path: Path, handle: BinaryIO, max_bytes: int) -> Iterator[RawDocument | Skipped]:
    seen_any = False
    for number, line in enumerate(_capped_lines(handle, max_bytes), start=1):
        where = f"{path}#L{number}"
        if line is not None and not line.strip():
            continue
        seen_any = True
        try:
            yield _document(where, line, max_bytes)
        except InputError as exc:
            yield Skipped(where, f"line {number}: {exc}")
    if not seen_any:
        yield Skipped(str(path), "empty (no lines)")


def _capped_lines(handle: BinaryIO, max_bytes: int) -> Iterator[bytes | None]:
    """Each line's bytes, or None for a line longer than ``max_bytes`` (skipped unread)."""
    while line := handle.readline(max_bytes + 1):
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while (rest := handle.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass
            yield None
        else:
            yield line


def _document(where: str, line: bytes | None, max_bytes: int) -> RawDocument:
    if line is None:
        raise InputError(f"too large (more than {megabytes(max_bytes)})")
    record = _parse(line)
    content, media_type = _content(record)
    return RawDocument(
        uri=record.get("url") or where,
        content=content,
        media_type=media_type,
        title=record.get("title") or None,
        published=_published(record.get("published")),
        outlet=record.get("outlet") or None,
        url=record.get("url") or None,
    )


def _parse(line: bytes) -> dict[str, Any]:
    text = decode(line).strip()
    _check_depth(text)
    try:
        record = json.loads(text, parse_int=_integer)
    except json.JSONDecodeError as exc:
        raise InputError(f"not valid JSON ({exc.msg}: column {exc.colno})") from exc
    except RecursionError as exc:  # nesting the depth scan did not see (it should not happen)
        raise InputError(f"nested too deeply (more than {MAX_DEPTH} levels)") from exc
    if not isinstance(record, dict):
        raise InputError(f"expected a JSON object, got {type(record).__name__}")
    for key in (*_OPTIONAL_STRINGS, "text", "html"):
        if record.get(key) is not None and not isinstance(record[key], str):
            raise InputError(f"{key!r} must be a string")
        if record.get(key) and not _encodable(record[key]):
            raise InputError(f"{key!r} holds invalid Unicode (a lone surrogate escape such as \\ud800)")
    return record


def _check_depth(text: str) -> None:
    """InputError when arrays and objects nest deeper than MAX_DEPTH (strings are not looked into)."""
    depth = 0
    for match in _BRACKETS.finditer(_STRINGS.sub('""', text)):
        depth += 1 if match.group() in "[{" else -1
        if depth > MAX_DEPTH:
            raise InputError(f"nested too deeply (more than {MAX_DEPTH} levels)")


def _integer(digits: str) -> int:
    """json's parse_int, refusing integers longer than MAX_DIGITS (Python's own limit is 4300)."""
    if len(digits.lstrip("-")) > MAX_DIGITS:
        raise InputError(f"an integer of {len(digits.lstrip('-'))} digits (more than {MAX_DIGITS})")
    return int(digits)


def _encodable(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _content(record: dict[str, Any]) -> tuple[str, str]:
    if (record.get("text") or "").strip():
        return record["text"], "text/plain"
    if (record.get("html") or "").strip():
        return record["html"], "text/html"
    raise InputError("no article: 'text' and 'html' are missing or empty")


def _published(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    try:
        return dt.datetime.fromisoformat(value.strip())
    except ValueError as exc:
        raise InputError(f"'published' is not an ISO 8601 date: {value!r}") from exc
