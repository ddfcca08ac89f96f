"""URL ingest against a real HTTP server on 127.0.0.1 (so allow_private=True), plus the
address and scheme checks that keep fetches off private networks."""

from __future__ import annotations

import gzip
import re
import threading
import zlib
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from newsclaims import ingest
from newsclaims.errors import InputError
from newsclaims.ingest import fetch
from newsclaims.ingest.url import check_address, check_url, resolve_public
from newsclaims.model import RawDocument, Skipped

PAGE = "<html><head><title>Troops sent</title></head><body><p>The army said 300 soldiers left.</p></body></html>"


def _bomb(size: int) -> bytes:
    """``size`` bytes of HTML, gzipped twice (built a megabyte at a time): a few kB on the wire."""
    inner = zlib.compressobj(9, zlib.DEFLATED, 31)
    once = b"".join([inner.compress(b"<p>"), *(inner.compress(b"a" * (1 << 20)) for _ in range(size >> 20)), inner.flush()])
    return gzip.compress(once, 9)


BOMB = _bomb(200 << 20)  # 200 MB inflated
# path -> (status, headers, body chunks, seconds to wait before each chunk)
ROUTES: dict[str, tuple[int, dict[str, str], list[bytes], float]] = {
    "/article": (200, {"Content-Type": "text/html; charset=utf-8"}, [PAGE.encode()], 0),
    "/plain": (200, {"Content-Type": "text/plain"}, [b"The army said 300 soldiers left."], 0),
    "/latin": (200, {"Content-Type": "text/html; charset=iso-8859-1"}, ["<p>Caf\xe9 owners said 12 shops closed.</p>".encode("latin-1")], 0),
    "/xhtml": (200, {"Content-Type": "application/xhtml+xml"}, [PAGE.encode()], 0),
    "/redirect": (302, {"Location": "/article"}, [], 0),
    "/redirect-twice": (301, {"Location": "/redirect"}, [], 0),
    "/loop": (302, {"Location": "/loop"}, [], 0),
    "/to-file": (302, {"Location": "file:///etc/passwd"}, [], 0),
    "/to-ftp": (307, {"Location": "ftp://127.0.0.1/x"}, [], 0),
    "/image": (200, {"Content-Type": "image/png"}, [b"\x89PNG\r\n"], 0),
    "/no-type": (200, {}, [b"hello"], 0),
    "/big": (200, {"Content-Type": "text/html", "Content-Length": "50000"}, [b"a" * 50_000], 0),
    "/big-stream": (200, {"Content-Type": "text/html"}, [b"a" * 4000] * 10, 0),
    "/slow": (200, {"Content-Type": "text/html"}, [PAGE.encode()], 2.0),
    "/drip": (200, {"Content-Type": "text/html"}, [b"<p>a</p>"] * 12, 0.15),
    "/missing": (404, {"Content-Type": "text/html"}, [b"not found"], 0),
    "/empty": (200, {"Content-Type": "text/html"}, [], 0),
    "/binary": (200, {"Content-Type": "text/plain"}, [b"\x00\x01\x02"], 0),
    "/gzip": (200, {"Content-Type": "text/html", "Content-Encoding": "gzip"}, [gzip.compress(PAGE.encode())], 0),
    "/deflate": (200, {"Content-Type": "text/html", "Content-Encoding": "deflate"}, [zlib.compress(PAGE.encode())], 0),
    "/bomb": (200, {"Content-Type": "text/html", "Content-Encoding": "gzip, gzip"}, [BOMB], 0),
    "/bad-gzip": (200, {"Content-Type": "text/html", "Content-Encoding": "gzip"}, [b"not gzip at all"], 0),
    "/brotli": (200, {"Content-Type": "text/html", "Content-Encoding": "br"}, [b"\x1b"], 0),
    "/trickle": (200, {f"X-Line-{n}": "x" for n in range(40)}, [PAGE.encode()], 0.2),
}


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        status, headers, chunks, delay = ROUTES[self.path]
        if self.path == "/slow":
            time.sleep(delay)
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
            if self.path == "/trickle":  # one header line every 0.2 s: each read is quick, the whole is not
                self.flush_headers()
                time.sleep(delay)
        self.end_headers()
        for chunk in chunks:
            if self.path == "/drip":
                time.sleep(delay)
            try:
                self.wfile.write(chunk)
                self.wfile.flush()
            except (BrokenPipeError, ConnectionResetError):
                return

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.mark.parametrize(
    ("path", "media_type", "final", "text"),
    [
        ("/article", "text/html", "/article", "300 soldiers"),
        ("/plain", "text/plain", "/plain", "300 soldiers"),
        ("/latin", "text/html", "/latin", "Café"),
        ("/xhtml", "text/html", "/xhtml", "300 soldiers"),
        ("/redirect", "text/html", "/article", "300 soldiers"),
        ("/redirect-twice", "text/html", "/article", "300 soldiers"),
        ("/gzip", "text/html", "/gzip", "300 soldiers"),
        ("/deflate", "text/html", "/deflate", "300 soldiers"),
    ],
)
def test_fetch(server: str, path: str, media_type: str, final: str, text: str) -> None:
    raw = fetch(server + path, allow_private=True)
    assert (raw.uri, raw.url, raw.media_type) == (server + path, server + final, media_type)
    assert text in raw.content


BAD_URLS = [
    ("/loop", {}, r"too many redirects \(more than 5\)"),
    ("/to-file", {}, "URL scheme 'file' refused"),
    ("/to-ftp", {}, "URL scheme 'ftp' refused"),
    ("/image", {}, "content type 'image/png' refused"),
    ("/no-type", {}, "content type 'missing' refused"),
    ("/big", {"max_bytes": 10_000}, r"too large \(50.0 kB; the cap is 10.0 kB\)"),
    ("/big-stream", {"max_bytes": 10_000}, r"too large \(more than 10.0 kB\)"),
    ("/slow", {"timeout": 0.5}, r"timed out after 0.5 s"),
    ("/drip", {"timeout": 1.0}, "timed out"),
    ("/trickle", {"timeout": 1.0}, r"timed out after 1 s"),
    ("/bomb", {"max_bytes": 1_000_000}, r"too large \(more than 1.0 MB\)"),
    ("/bad-gzip", {}, "cannot decode the compressed body"),
    ("/brotli", {}, "content encoding 'br' refused"),
    ("/missing", {}, "HTTP 404 Not Found"),
    ("/empty", {}, "empty"),
    ("/binary", {}, "binary data"),
]


@pytest.mark.parametrize(("path", "options", "reason"), BAD_URLS, ids=[b[0] for b in BAD_URLS])
def test_bad_urls_are_skipped(server: str, path: str, options: dict, reason: str) -> None:
    (item,) = ingest.read(server + path, allow_private=True, **options)
    assert isinstance(item, Skipped) and item.uri == server + path
    assert re.search(reason, item.reason), item.reason


def test_private_addresses_refused_by_default(server: str) -> None:
    (item,) = ingest.read(server + "/article")
    assert isinstance(item, Skipped) and "127.0.0.1 is not public" in item.reason
    port = server.rsplit(":", 1)[1]
    (item,) = ingest.read(f"http://localhost:{port}/article")  # checked after DNS resolution
    assert isinstance(item, Skipped) and "is not public" in item.reason


@pytest.mark.parametrize("url", ["http://a..b/", "http://127.0.0.1:1/", "http://no-such-host.invalid/"])
def test_unreachable_hosts_are_skipped(url: str) -> None:
    (item,) = ingest.read(url, allow_private=True, timeout=2)
    assert isinstance(item, Skipped) and item.reason.startswith("cannot fetch: ")


def test_read_url_ok(server: str) -> None:
    (item,) = ingest.read(server + "/article", allow_private=True)
    assert isinstance(item, RawDocument)


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("file:///etc/passwd", "URL scheme 'file' refused"),
        ("ftp://example.com/a", "URL scheme 'ftp' refused"),
        ("gopher://example.com/", "URL scheme 'gopher' refused"),
        ("http://", "URL has no host"),
        ("http://[::1/", "not a valid URL"),
        ("http://xn--/", "not a valid URL"),
    ],
)
def test_bad_url_schemes(url: str, reason: str) -> None:
    with pytest.raises(InputError, match=reason):
        check_url(url)
    (item,) = ingest.read(url)
    assert isinstance(item, Skipped) and reason in item.reason


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("127.0.0.1", False), ("10.1.2.3", False), ("172.16.0.1", False), ("192.168.1.1", False),
        ("169.254.169.254", False), ("100.64.0.1", False), ("0.0.0.0", False), ("224.0.0.1", False),
        ("240.0.0.1", False), ("::1", False), ("fe80::1%eth0", False), ("fc00::1", False),
        ("::ffff:127.0.0.1", False), ("::ffff:10.0.0.1", False),
        ("8.8.8.8", True), ("1.1.1.1", True), ("2606:4700:4700::1111", True), ("::ffff:8.8.8.8", True),
    ],
)
def test_address_check(address: str, public: bool) -> None:
    if public:
        check_address(address)
    else:
        with pytest.raises(InputError, match="is not public"):
            check_address(address)


def test_names_are_checked_after_resolution() -> None:
    with pytest.raises(InputError, match="is not public"):
        resolve_public("localhost", 80)
    with pytest.raises(InputError, match="cannot resolve host"):
        resolve_public("no-such-host.invalid", 80)


def test_a_trickling_server_is_cut_at_the_total_deadline(server: str) -> None:
    started = time.monotonic()
    (item,) = ingest.read(server + "/trickle", allow_private=True, timeout=1.0)
    assert isinstance(item, Skipped) and time.monotonic() - started < 3


def test_a_decompression_bomb_is_cut_without_inflating_it(server: str) -> None:
    import tracemalloc

    tracemalloc.start()
    try:
        (item,) = ingest.read(server + "/bomb", allow_private=True, max_bytes=1_000_000)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert isinstance(item, Skipped) and "too large" in item.reason
    assert len(BOMB) < 100_000 and peak < 10_000_000  # a few pieces, never the 200 MB
