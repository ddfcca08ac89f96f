"""Feeds known by their content: ``.xml`` files and URLs whose body is RSS/Atom, from a real
local server; and the up-front document count behind the progress bar."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsclaims import ingest
from newsclaims.ingest.count import documents
from newsclaims.ingest.feeds import is_feed
from newsclaims.model import RawDocument, Skipped

PAGE = "<html><head><title>Bridge closed</title></head><body><p>Engineers said 3 bridges were shut.</p></body></html>"
ATOM = """<?xml version="1.0" encoding="utf-8"?>
<!-- a comment before the root -->
<feed xmlns="http://www.w3.org/2005/Atom"><title>Example</title>
<entry><title>Bridge closed</title><link href="{site}/page"/><updated>2025-03-04T09:00:00Z</updated></entry>
</feed>"""
SITEMAP = '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>x</loc></url></urlset>'
# path -> (content type, body)
ROUTES = {
    "/page": ("text/html; charset=utf-8", PAGE),
    "/feed-text-xml": ("text/xml", ATOM),
    "/feed-app-xml": ("application/xml; charset=utf-8", ATOM),
    "/feed-rss-type": ("application/rss+xml", ATOM),
    "/sitemap": ("application/xml", SITEMAP),
}


class _Site(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        content_type, body = ROUTES[self.path]
        data = body.replace("{site}", f"http://127.0.0.1:{self.server.server_address[1]}").encode()
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Site)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


@pytest.mark.parametrize(
    ("text", "feed"),
    [
        ('<?xml version="1.0"?><rss version="2.0"><channel/></rss>', True),
        ("\ufeff<rss version='0.91'>", True),
        (ATOM, True),
        ('<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"></rdf:RDF>', True),
        (SITEMAP, False),
        ("<html><body>rss</body></html>", False),
        ("just words about a feed", False),
        ("<feedback>no</feedback>", False),
    ],
)
def test_is_feed_by_root_element(text: str, feed: bool) -> None:
    assert is_feed(text) is feed


@pytest.mark.parametrize("path", ["/feed-text-xml", "/feed-app-xml", "/feed-rss-type"])
def test_feed_urls_accepted_by_content(site: str, path: str) -> None:
    items = list(ingest.read(site + path, allow_private=True))
    assert len(items) == 1 and isinstance(items[0], RawDocument)
    assert items[0].title == "Bridge closed" and "3 bridges" in items[0].content


def test_xml_that_is_not_a_feed_is_skipped(site: str) -> None:
    items = list(ingest.read(site + "/sitemap", allow_private=True))
    assert len(items) == 1 and isinstance(items[0], Skipped) and "not an RSS/Atom feed" in items[0].reason


def test_pages_still_read_as_pages(site: str) -> None:
    items = list(ingest.read(site + "/page", allow_private=True))
    assert len(items) == 1 and isinstance(items[0], RawDocument) and items[0].media_type == "text/html"


def test_xml_files_read_as_feeds_when_they_are(tmp_path: Path, site: str) -> None:
    (tmp_path / "feed.xml").write_text(ATOM.replace("{site}", site))
    (tmp_path / "sitemap.xml").write_text(SITEMAP)
    feed = list(ingest.read(str(tmp_path / "feed.xml"), allow_private=True))
    assert [type(i) for i in feed] == [RawDocument] and feed[0].title == "Bridge closed"
    other = list(ingest.read(str(tmp_path / "sitemap.xml")))
    assert len(other) == 1 and isinstance(other[0], Skipped) and "not an RSS/Atom feed" in other[0].reason


def test_private_refusal_names_the_option() -> None:
    items = list(ingest.read("http://127.0.0.1:9/story"))
    assert len(items) == 1 and isinstance(items[0], Skipped) and "--allow-private" in items[0].reason


def test_documents_counted_up_front(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("one")
    (tmp_path / "b.html").write_text("<p>two</p>")
    (tmp_path / "c.jsonl").write_text('{"text": "x"}\n\n{"text": "y"}\n{"text": "z"}\n')
    (tmp_path / "notes.csv").write_text("passed over in a directory")
    (tmp_path / ".hidden.txt").write_text("hidden")
    assert documents([str(tmp_path)]) == 5
    assert documents([str(tmp_path / "a.txt"), "https://news.example/story", str(tmp_path / "missing.txt")]) == 3
    (tmp_path / "feed.rss").write_text("<rss/>")
    assert documents([str(tmp_path)]) is None  # a feed's items are known only once read
