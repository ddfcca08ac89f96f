"""Bytes to text: the checks every reader shares (size, binary, encoding, emptiness).

Rules, in the order they apply:

* a file larger than the cap is refused before it is read (``stat``), and at most
  ``max_bytes + 1`` bytes are ever read, so a growing or special file cannot blow the cap;
* a byte-order mark decides the encoding (UTF-8, UTF-16 LE/BE);
* NUL bytes without a UTF-16 mark mean binary data;
* otherwise the text must be valid UTF-8 or, for HTML only, the charset the page declares in
  a ``<meta>`` tag (or the ``Content-Type`` header for URLs); nothing is guessed;
* text that is empty or only whitespace is refused.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from ..errors import InputError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def megabytes(size: int) -> str:
    """A size for one-line messages: ``5000000`` -> ``"5.0 MB"``, ``2000`` -> ``"2.0 kB"``."""
    if size >= 1_000_000:
        return f"{size / 1_000_000:.1f} MB"
    return f"{size / 1000:.1f} kB" if size >= 1000 else f"{size} bytes"


def read_capped(path: Path, max_bytes: int) -> bytes:
    """The bytes of ``path``; InputError when it cannot be read or is larger than ``max_bytes``."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(f"too large ({megabytes(size)}; the cap is {megabytes(max_bytes)})")
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}") from exc
    if len(data) > max_bytes:
        raise InputError(f"too large (more than {megabytes(max_bytes)})")
    return data


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in its first 4 KB (``<meta charset>`` or http-equiv)."""
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii").lower() if match else None


def decode(data: bytes, *, html: bool = False, charset: str | None = None) -> str:
    """Decode document bytes to text, or raise InputError naming why it is not usable text.

    ``charset`` is a declared encoding (HTTP header); for HTML the page's own ``<meta>``
    declaration is used when UTF-8 fails.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _nonblank(_decode_as(data, encoding))
    if b"\x00" in data:
        raise InputError("binary data (contains NUL bytes), not text")
    encodings = [charset] if charset else []
    encodings.append("utf-8")
    if html:
        encodings.append(declared_charset(data))
    return _nonblank(_first_decoding(data, [e for e in encodings if e]))


def _first_decoding(data: bytes, encodings: list[str]) -> str:
    error: InputError | None = None
    for encoding in dict.fromkeys(encodings):  # unique, in order
        try:
            return _decode_as(data, encoding)
        except InputError as exc:
            error = error or exc
    assert error is not None
    raise error


def _decode_as(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except LookupError as exc:
        raise InputError(f"unknown character encoding {encoding!r}") from exc
    except UnicodeDecodeError as exc:
        name = "UTF-8" if encoding.startswith("utf-8") else encoding
        raise InputError(f"not valid {name} text (byte 0x{data[exc.start]:02x} at offset {exc.start})") from exc


def _nonblank(text: str) -> str:
    if not text.strip():
        raise InputError("empty (no text)")
    return text
