"""WARC and WARC.gz archives, as Common Crawl's CC-NEWS publishes them, read as a stream.

Rules:

* the archive is streamed record by record with warcio (a maintained WARC library), so an
  archive of any size is read in constant memory; the size cap applies to each record's
  payload, not to the archive;
* ``response`` records whose HTTP status is 2xx and whose payload is HTML or plain text become
  documents: ``WARC-Target-URI`` is the document's URI and URL, ``WARC-Date`` its capture
  date (the page is no later; its own metadata and URL date it first, see ``clean.dating``); other record types (warcinfo, request, metadata) and other payloads
  (images, PDFs, redirects) are passed over silently - they are not news text;
* a record that cannot be used (undecodable, binary, too large, cut short by the end of the
  file) is one Skipped naming the archive and the record's URI; a damaged archive stops at the
  damage with one Skipped, and every document read before it is kept.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator

from ..errors import InputError, first_line
from ..model import RawDocument, Skipped
from .registry import ReadOptions, register
from .text import decode, megabytes

_TEXT_TYPES = {"text/html": "text/html", "application/xhtml+xml": "text/html", "text/plain": "text/plain"}


def read_warc(path: Path, options: ReadOptions) -> Iterator[RawDocument | Skipped]:
    """Every usable response record of the archive at ``path``."""
    try:
        with path.open("rb") as stream:
            records = ArchiveIterator(stream, arc2warc=True)
            for record in records:
                if not _headers_whole(record):
                    yield Skipped(str(path), f"damaged WARC archive: it ends inside a record's headers "
                                             f"(byte {records.offset})")
                    return
                item = _document(path, record, options)
                if item is None and _cut_short(record):  # cut inside its HTTP headers
                    item = Skipped(f"{path} {_uri(path, record)}", "truncated record: the archive ends inside it")
                if item is not None:
                    yield item
            if _ends_inside_a_record(records, path.stat().st_size):
                yield Skipped(str(path), "damaged WARC archive: it ends inside a record")
    except Exception as exc:  # noqa: BLE001 - ArchiveLoadFailed, OSError, EOFError, and warcio's own
        # AttributeErrors or ValueErrors on damaged headers: all mean the rest cannot be read
        yield Skipped(str(path), f"damaged WARC archive, reading stopped: {first_line(exc)}")


def _headers_whole(record) -> bool:
    """A record's headers the file ends inside: warcio still makes a record of them, with no type
    or no usable ``Content-Length`` (which every WARC record has)."""
    length = record.rec_headers.get_header("Content-Length") or ""
    return record.rec_type is not None and length.strip().isdigit()


def _ends_inside_a_record(records: ArchiveIterator, size: int) -> bool:
    """warcio ends without a word where the file ends inside a gzip member: it stops short of
    the file's end."""
    return records.offset < size


def _document(path: Path, record, options: ReadOptions) -> RawDocument | Skipped | None:
    if record.rec_type != "response" or record.http_headers is None:
        return None
    status = record.http_headers.get_statuscode() or ""
    media_type, charset = _content_type(record.http_headers.get_header("Content-Type") or "")
    if not status.startswith("2") or media_type not in _TEXT_TYPES:
        return None
    uri = _uri(path, record)
    data = record.content_stream().read(options.max_bytes + 1)
    try:
        if len(data) > options.max_bytes:
            raise InputError(f"too large (more than {megabytes(options.max_bytes)})")
        if _cut_short(record):
            raise InputError("truncated record: the archive ends inside it")
        content = decode(data, html=_TEXT_TYPES[media_type] == "text/html", charset=charset)
    except InputError as exc:
        return Skipped(f"{path} {uri}", str(exc))
    return RawDocument(
        uri=uri,
        content=content,
        media_type=_TEXT_TYPES[media_type],
        captured=_warc_date(record.rec_headers.get_header("WARC-Date")),
        url=uri,
    )


def _uri(path: Path, record) -> str:
    return record.rec_headers.get_header("WARC-Target-URI") or f"{path}#{record.rec_headers.get_header('WARC-Record-ID')}"


def _cut_short(record) -> bool:
    """Whether the archive ended before the record's declared ``Content-Length``: warcio then
    hands over the bytes that are there without a word (a download cut off mid-file)."""
    raw = record.raw_stream
    return getattr(raw, "limit", 0) > 0 and raw.read(1) == b""


def _content_type(header: str) -> tuple[str, str | None]:
    """``'text/html; charset=ISO-8859-1'`` -> ``('text/html', 'iso-8859-1')``."""
    parts = [p.strip() for p in header.split(";")]
    charset = next((p.split("=", 1)[1].strip("\"' ").lower() for p in parts[1:] if p.lower().startswith("charset=")), None)
    return parts[0].lower(), charset


def _warc_date(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    try:
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


register([".warc", ".warc.gz", ".arc", ".arc.gz"], read_warc)
