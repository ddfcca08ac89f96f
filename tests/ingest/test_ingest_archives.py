"""WARC archives shaped like CC-NEWS, and RSS/Atom feeds whose links are fetched from a real local server."""

from __future__ import annotations

import datetime as dt
import gzip
import http.server
import threading
from collections.abc import Iterator
from io import BytesIO
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsclaims import ingest
from newsclaims.model import RawDocument, Skipped

ARTICLE = (
    "<html><head><title>Flood toll rises</title></head><body><article><h1>Flood toll rises</h1>"
    "<p>The regional emergency office said on Tuesday that at least 41 people had died.</p>"
    "</article></body></html>"
)


def _response(writer: WARCWriter, uri: str, body: bytes, content_type: str, status: str = "200 OK",
              date: str = "2025-03-04T10:20:30Z") -> None:
    http_headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
    record = writer.create_warc_record(uri, "response", payload=BytesIO(body), http_headers=http_headers,
                                       warc_headers_dict={"WARC-Date": date})
    writer.write_record(record)


def write_ccnews(path: Path, *, gz: bool = True) -> None:
    """A CC-NEWS-shaped archive: warcinfo, request, HTML responses, an image, a 404, a bad charset."""
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=gz)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "test", "format": "WARC/1.0"}))
        writer.write_record(writer.create_warc_record("https://news.example/a", "request", payload=BytesIO(b"GET /a HTTP/1.1\r\n\r\n")))
        _response(writer, "https://news.example/a", ARTICLE.encode(), "text/html; charset=utf-8")
        _response(writer, "https://news.example/b", ARTICLE.replace("41", "57").encode("latin-1"),
                  "text/html; charset=ISO-8859-1", date="2025-03-05T08:00:00Z")
        _response(writer, "https://news.example/logo.png", b"\x89PNG\r\n\x1a\n\x00\x00", "image/png")
        _response(writer, "https://news.example/gone", b"<html>gone</html>", "text/html", status="404 Not Found")
        _response(writer, "https://news.example/bin", b"\x00\x01binary\x00", "text/html")


@pytest.mark.parametrize("name,gz", [("news.warc.gz", True), ("news.warc", False)])
def test_ccnews_warc(tmp_path: Path, name: str, gz: bool) -> None:
    path = tmp_path / name
    write_ccnews(path, gz=gz)
    items = list(ingest.read(str(path)))
    docs = [i for i in items if isinstance(i, RawDocument)]
    skipped = [i for i in items if isinstance(i, Skipped)]
    assert [d.uri for d in docs] == ["https://news.example/a", "https://news.example/b"]
    # WARC-Date is when the page was captured, not its publication date (the page's own comes first)
    assert docs[0].captured == dt.datetime(2025, 3, 4, 10, 20, 30, tzinfo=dt.timezone.utc)
    assert docs[0].published is None
    assert docs[0].media_type == "text/html" and "at least 41 people" in docs[0].content
    assert "57 people" in docs[1].content  # declared charset honoured
    assert len(skipped) == 1 and "binary" in skipped[0].reason and "news.example/bin" in skipped[0].uri


def test_damaged_warc_keeps_what_came_before(tmp_path: Path) -> None:
    good = tmp_path / "good.warc"
    write_ccnews(good, gz=False)
    data = good.read_bytes()
    cut = data.index(b"WARC/1.0", data.index(b"news.example/b"))  # the record after /b starts here
    damaged = tmp_path / "damaged.warc"
    damaged.write_bytes(data[:cut] + b"garbage where a record should start\r\n\r\nmore")
    items = list(ingest.read(str(damaged)))
    assert [i.uri for i in items if isinstance(i, RawDocument)] == ["https://news.example/a", "https://news.example/b"]
    assert isinstance(items[-1], Skipped) and "damaged WARC" in items[-1].reason


@pytest.mark.parametrize("gz", [False, True])
def test_archive_cut_off_anywhere_in_a_record(tmp_path: Path, gz: bool) -> None:
    """A download cut off mid-file, at every point of one record: what came before is kept, the
    cut record is never stored half, and one line says the archive is damaged or the record cut."""
    whole = tmp_path / ("whole.warc.gz" if gz else "whole.warc")
    write_ccnews(whole, gz=gz)
    with whole.open("rb") as stream:  # where /b's response record starts and ends in the file
        records = ArchiveIterator(stream)
        for record in records:
            if record.rec_type == "response" and record.rec_headers.get_header("WARC-Target-URI").endswith("/b"):
                start = records.get_record_offset()
                record.content_stream().read()
                records.read_to_end(record)
                end = start + records.get_record_length()
                break
    data = whole.read_bytes()
    path = tmp_path / whole.name.replace("whole", "cut")
    for cut in range(start + 1, end):
        path.write_bytes(data[:cut])
        items = list(ingest.read(str(path)))
        docs = [i for i in items if isinstance(i, RawDocument)]
        skipped = [i for i in items if isinstance(i, Skipped)]
        if gz and len(docs) == 2:  # cut in the gzip member's last bytes (end of stream, checksum):
            assert docs[1].content.endswith("57 people had died.</p></article></body></html>"), cut  # all there
            assert not skipped, cut
            continue
        assert [d.uri for d in docs] == ["https://news.example/a"], cut
        assert len(skipped) == 1 and ("truncated" in skipped[0].reason or "damaged" in skipped[0].reason), cut


def test_record_over_the_cap_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "big.warc.gz"
    write_ccnews(path)
    items = list(ingest.read(str(path), max_bytes=100))
    assert not [i for i in items if isinstance(i, RawDocument)]
    assert any("too large" in i.reason for i in items if isinstance(i, Skipped))


def test_not_gzip_at_all(tmp_path: Path) -> None:
    path = tmp_path / "broken.warc.gz"
    path.write_bytes(gzip.compress(b"this is not a warc archive\n" * 10))
    items = list(ingest.read(str(path)))
    assert len(items) == 1 and isinstance(items[0], Skipped)


# --- feeds -----------------------------------------------------------------------------------

class _Pages(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        if self.path == "/story":
            body, status = ARTICLE.encode(), 200
        else:
            body, status = b"missing", 404
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Pages)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def _rss(site: str) -> str:
    long_text = "<p>" + " ".join(["word"] * 200) + "</p>"
    return f"""<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Example</title>
<item><title>Flood toll rises</title><link>{site}/story</link><pubDate>Tue, 04 Mar 2025 09:00:00 GMT</pubDate></item>
<item><title>Gone</title><link>{site}/gone</link><pubDate>Wed, 05 Mar 2025 09:00:00 GMT</pubDate></item>
<item><title>Inline</title><link>{site}/also-gone</link><content:encoded><![CDATA[{long_text}]]></content:encoded></item>
<item><title>Nothing</title></item>
</channel></rss>"""


def test_rss_items_fetched_with_their_dates(tmp_path: Path, site: str) -> None:
    path = tmp_path / "feed.rss"
    path.write_text(_rss(site))
    items = list(ingest.read(str(path), allow_private=True))
    docs = [i for i in items if isinstance(i, RawDocument)]
    skipped = [i for i in items if isinstance(i, Skipped)]
    assert [d.title for d in docs] == ["Flood toll rises", "Inline"]
    assert docs[0].published == dt.datetime(2025, 3, 4, 9, 0, tzinfo=dt.timezone.utc)
    assert "at least 41 people" in docs[0].content and docs[0].uri == f"{site}/story"
    assert len(skipped) == 2 and any("404" in s.reason for s in skipped)


def test_feed_links_obey_the_private_address_rule(tmp_path: Path, site: str) -> None:
    path = tmp_path / "feed.rss"
    path.write_text(_rss(site))
    docs = [i for i in ingest.read(str(path)) if isinstance(i, RawDocument)]
    assert [d.title for d in docs] == ["Inline"]  # fetching 127.0.0.1 refused; only inline text used


def test_not_a_feed(tmp_path: Path) -> None:
    path = tmp_path / "feed.atom"
    path.write_text("just some words, no feed here")
    items = list(ingest.read(str(path)))
    assert len(items) == 1 and isinstance(items[0], Skipped) and "feed" in items[0].reason


def test_warc_record_dated_by_its_page_then_its_url_then_its_capture(tmp_path: Path) -> None:
    """An archive user's dates do not shift to the capture date: the page's own metadata and URL come first."""
    from newsclaims.clean import clean

    body = ("<body><article><h1>Flood toll rises</h1><p>The regional emergency office said that at least 41 people "
            "had died in the floods.</p><p>Rescue teams were still searching villages along the river.</p>"
            "</article></body></html>")
    meta = '<html><head><meta property="article:published_time" content="2023-09-12T06:00:00Z"></head>'
    path = tmp_path / "old.warc.gz"
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        _response(writer, "https://news.example/2023/09/11/flood", (meta + body).encode(), "text/html",
                  date="2026-01-05T00:00:00Z")
        _response(writer, "https://news.example/2018/07/02/flood", ("<html>" + body).encode(), "text/html",
                  date="2026-01-05T00:00:00Z")
        _response(writer, "https://news.example/flood", ("<html>" + body).encode(), "text/html",
                  date="2026-01-05T00:00:00Z")
    dated = [(a.published, a.published_basis) for a in map(clean, ingest.read(str(path)))]
    assert dated == [(dt.date(2023, 9, 12), "metadata"), (dt.date(2018, 7, 2), "url"), (dt.date(2026, 1, 5), "metadata")]
