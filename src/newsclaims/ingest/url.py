"""Fetching one web page safely: :func:`fetch` (used by ``read`` and by feed readers).

Article URLs come from untrusted places (feeds, pasted lists, redirects), so every fetch:

* accepts only ``http`` and ``https`` URLs, on the first request and on every redirect;
* follows at most :data:`MAX_REDIRECTS` redirects, itself, so that each hop is checked;
* unless ``allow_private``, refuses hosts that resolve to loopback, private, link-local,
  shared, multicast or reserved addresses. The check runs inside the connection itself
  (a guarded network backend resolves the name, checks every address, and connects to the
  checked address), so DNS answers that change between check and connect cannot slip by;
* ignores proxy settings from the environment (a proxy would hide the real destination);
* stops at a total deadline of ``timeout`` seconds for the whole fetch, redirects, headers and
  body included (every socket operation gets only the time left, so a server trickling one
  header line at a time cannot hold it longer), on a body larger than ``max_bytes`` (the
  ``Content-Length`` is checked first, then the body is decoded a bounded piece at a time with
  the cap checked on every piece: :mod:`newsclaims.ingest.inflate`), and on a content type
  other than HTML or plain text.

Every refusal is an :class:`~newsclaims.errors.InputError` with a one-line reason.
"""

from __future__ import annotations

import ipaddress
import socket
import ssl
import time
from collections.abc import Collection
from functools import cache

import httpcore
import httpx

from ..errors import InputError, first_line
from ..model import RawDocument
from .inflate import ACCEPT_ENCODING, encodings, read_decoded
from .redact import without_credentials
from .text import decode, megabytes

MAX_REDIRECTS = 5
TEXT_TYPES: frozenset[str] = frozenset({"text/html", "text/plain", "application/xhtml+xml"})
SCHEMES = ("http", "https")
_SAME_AS = {"application/xhtml+xml": "text/html"}  # media types read as another
_USER_AGENT = "newsclaims/0.1 (+https://pypi.org/project/newsclaims/)"


def fetch(
    url: str,
    *,
    max_bytes: int = 5_000_000,
    allow_private: bool = False,
    timeout: float = 20.0,
    accept: Collection[str] = TEXT_TYPES,
) -> RawDocument:
    """Fetch one page and return it as a RawDocument (``uri`` = ``url`` as given, ``url`` =
    the final address after redirects). ``accept`` lists the media types taken (feed readers
    pass theirs). Raises InputError with a one-line reason for anything refused or failed."""
    first = check_url(url)
    deadline = time.monotonic() + timeout
    try:
        with _client(allow_private, timeout, deadline) as client:
            return _follow(client, first, url, max_bytes, deadline, accept)
    except httpx.TimeoutException as exc:
        raise InputError(f"timed out after {timeout:g} s ({type(exc).__name__})") from exc
    except (httpx.HTTPError, httpx.InvalidURL, httpx.StreamError, UnicodeError) as exc:
        raise InputError(f"cannot fetch: {first_line(exc)}") from exc


def check_url(url: str) -> httpx.URL:
    """The parsed URL, or InputError when it is not an absolute http(s) URL with a host."""
    try:
        parsed = httpx.URL(url)
        host = parsed.host  # decodes IDNA labels, which may fail
    except (httpx.InvalidURL, UnicodeError) as exc:  # IDNA errors are UnicodeErrors
        raise InputError(f"not a valid URL ({exc})") from exc
    if parsed.scheme not in SCHEMES:
        raise InputError(f"URL scheme {parsed.scheme or 'missing'!r} refused (only http and https)")
    if not host:
        raise InputError("URL has no host")
    return parsed


def check_address(address: str) -> None:
    """InputError unless ``address`` (an IP) is a public, globally routable one."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    if not ip.is_global or ip.is_multicast:
        raise InputError(f"address {ip} is not public (loopback/private/link-local/reserved) - refused; --allow-private allows it")


def resolve_public(host: str, port: int) -> str:
    """The first address ``host`` resolves to, after checking that every one is public."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise InputError(f"cannot resolve host {host!r}") from exc
    addresses = [str(info[4][0]) for info in infos]
    for address in addresses:
        check_address(address)
    return addresses[0]


def _left(deadline: float, timeout: float | None) -> float:
    """The time an operation may take: its own timeout, cut to what is left before the deadline."""
    left = deadline - time.monotonic()
    if left <= 0:
        raise httpcore.ReadTimeout("total deadline passed")
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    """A connection whose every operation ends by the fetch's deadline."""

    def __init__(self, stream: httpcore.NetworkStream, deadline: float) -> None:
        self._stream, self._deadline = stream, deadline

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, _left(self._deadline, timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, _left(self._deadline, timeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(self, ssl_context, server_hostname=None, timeout=None):  # type: ignore[no-untyped-def]
        tls = self._stream.start_tls(ssl_context, server_hostname, _left(self._deadline, timeout))
        return _DeadlineStream(tls, self._deadline)

    def get_extra_info(self, info: str):  # type: ignore[no-untyped-def]
        return self._stream.get_extra_info(info)


class _GuardedBackend(httpcore.SyncBackend):
    """Connections that end by the deadline; unless ``allow_private``, only to public addresses,
    checked after DNS resolution, for every connection (so for every redirect hop too)."""

    def __init__(self, allow_private: bool, deadline: float) -> None:
        self.allow_private, self.deadline = allow_private, deadline

    def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):  # type: ignore[no-untyped-def]
        address = host if self.allow_private else resolve_public(host, port)
        stream = super().connect_tcp(address, port, _left(self.deadline, timeout), local_address, socket_options)
        return _DeadlineStream(stream, self.deadline)


class _GuardedTransport(httpx.HTTPTransport):
    """httpx's own transport with the connection pool rebuilt around the guarded backend.

    httpx does not expose httpcore's ``network_backend`` option, so the pool (``_pool``) is
    replaced here; the rest (TLS, HTTP/1.1, request mapping) stays httpx's own code.
    """

    def __init__(self, allow_private: bool, deadline: float) -> None:
        super().__init__(verify=_ssl_context(), trust_env=False)
        self._pool = httpcore.ConnectionPool(
            ssl_context=_ssl_context(),
            network_backend=_GuardedBackend(allow_private, deadline),
        )


@cache
def _ssl_context() -> ssl.SSLContext:
    """One verifying TLS context per process (loading the CA bundle takes a few tenths of a second)."""
    return httpx.create_ssl_context(trust_env=True)  # honours SSL_CERT_FILE / SSL_CERT_DIR


def _client(allow_private: bool, timeout: float, deadline: float) -> httpx.Client:
    return httpx.Client(
        transport=_GuardedTransport(allow_private, deadline),
        timeout=httpx.Timeout(timeout),
        follow_redirects=False,
        trust_env=False,
        headers={"User-Agent": _USER_AGENT, "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9",
                 "Accept-Encoding": ACCEPT_ENCODING},
    )


def _follow(client: httpx.Client, current: httpx.URL, url: str, max_bytes: int, deadline: float, accept: Collection[str]) -> RawDocument:
    for _ in range(MAX_REDIRECTS + 1):
        with client.stream("GET", current) as response:
            if response.next_request is None:
                return _document(url, response, max_bytes, deadline, accept)
            current = check_url(str(response.next_request.url))
    raise InputError(f"too many redirects (more than {MAX_REDIRECTS})")


def _document(url: str, response: httpx.Response, max_bytes: int, deadline: float, accept: Collection[str]) -> RawDocument:
    if response.status_code >= 400 or response.status_code < 200:
        raise InputError(f"HTTP {response.status_code} {response.reason_phrase}".rstrip())
    media_type = _media_type(response, accept)
    body = _read_body(response, max_bytes, deadline)
    media_type = _SAME_AS.get(media_type, media_type)
    content = decode(body, html=media_type != "text/plain", charset=response.charset_encoding)
    return RawDocument(uri=without_credentials(url), content=content, media_type=media_type,
                       url=without_credentials(str(response.url)))


def _media_type(response: httpx.Response, accept: Collection[str]) -> str:
    media_type = response.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    if media_type not in accept:
        wanted = ", ".join(sorted(accept))
        raise InputError(f"content type {media_type or 'missing'!r} refused (expected {wanted})")
    return media_type


def _read_body(response: httpx.Response, max_bytes: int, deadline: float) -> bytes:
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise InputError(f"too large ({megabytes(int(declared))}; the cap is {megabytes(max_bytes)})")
    applied = encodings(response.headers.get("content-encoding", ""))
    return read_decoded(response.iter_raw(), applied, max_bytes, deadline)
