"""A response body decoded as it streams, its size checked on every piece (no decompression bomb).

httpx decodes ``Content-Encoding`` a network chunk at a time, but one 64 KB chunk of a gzip
bomb (or of gzip inside gzip) inflates to gigabytes in one call before any size check can run.
Here each layer inflates at most :data:`PIECE` bytes per call (zlib's ``max_length``), layers
are chained lazily, and :func:`read_decoded` stops as soon as the decoded size passes the cap,
so memory stays within a few pieces whatever the ratio.
"""

from __future__ import annotations

import time
import zlib
from collections.abc import Iterable, Iterator

from ..errors import InputError
from .text import megabytes

PIECE = 1 << 16  # bytes one decompression call may produce
ENCODINGS = ("gzip", "x-gzip", "deflate", "identity")
ACCEPT_ENCODING = "gzip, deflate"


def encodings(header: str) -> list[str]:
    """The ``Content-Encoding`` list in the order applied; InputError for one we cannot decode."""
    found = [part.strip().lower() for part in header.split(",") if part.strip()]
    for name in found:
        if name not in ENCODINGS:
            raise InputError(f"content encoding {name!r} refused (expected gzip or deflate)")
    return [name for name in found if name != "identity"]


def read_decoded(raw: Iterable[bytes], applied: list[str], max_bytes: int, deadline: float) -> bytes:
    """The body decoded from ``raw`` chunks; InputError once it passes ``max_bytes`` (decoded)
    or ``deadline`` (a ``time.monotonic()`` value)."""
    pieces: Iterable[bytes] = raw
    for _ in reversed(applied):  # the last encoding applied is the first undone
        pieces = _inflate(pieces)
    body = bytearray()
    for piece in pieces:
        body.extend(piece)
        if len(body) > max_bytes:
            raise InputError(f"too large (more than {megabytes(max_bytes)})")
        if time.monotonic() > deadline:
            raise InputError("timed out reading the body")
    return bytes(body)


def _inflate(chunks: Iterable[bytes]) -> Iterator[bytes]:
    """One gzip or zlib (deflate) layer undone, at most PIECE bytes at a time."""
    inflater = zlib.decompressobj(zlib.MAX_WBITS | 32)  # gzip or zlib header, detected
    try:
        for chunk in chunks:
            data = chunk
            while data and not inflater.eof:
                yield inflater.decompress(data, PIECE)
                data = inflater.unconsumed_tail
        yield inflater.flush()
    except zlib.error as exc:
        raise InputError(f"cannot decode the compressed body ({exc})") from exc
    if not inflater.eof:
        raise InputError("the compressed body ends early (cut off)")
