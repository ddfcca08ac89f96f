"""Request guards in front of the app: the Host allow-list, cross-site protection and the body cap.

* **Host allow-list** (every route): the ``Host`` header must name one of the allowed hosts
  (loopback names by default), so a page on a rebound DNS name (``evil.example`` pointing at
  127.0.0.1) is refused with 400 ``bad_host``.
* **Cross-site requests** (POST, PUT, PATCH, DELETE): an ``Origin`` header, when sent, must be
  this server's own origin (same host and port, an allowed host); ``Origin: null`` and a
  foreign origin are refused with 403 ``cross_site``. Without ``Origin`` the ``Referer`` is
  checked the same way. Browsers send ``Origin`` on every cross-site POST, so a request with
  neither comes from a non-browser client (curl, a script) and is let through. A
  ``Sec-Fetch-Site: cross-site`` request is refused whatever else it says.
* **Body cap**: a declared ``Content-Length`` over the cap is refused at once with 413
  ``too_large``; a body sent without one (chunked) is counted as it arrives and cut at the cap,
  so an upload is never written to disk in full first.

Refusals use the app's one error shape, ``{"error": {"code": ..., "message": ...}}``.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, Collection, MutableMapping
from typing import Any
from urllib.parse import urlsplit

from starlette.exceptions import HTTPException

LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "[::1]")
UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
DEFAULT_MAX_BODY = 32 * 1024 * 1024

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


def host_name(host: str) -> str:
    """``Host`` header value -> its lower-cased name without the port (``[::1]`` keeps brackets)."""
    host = host.strip().lower()
    if host.startswith("["):
        return host[: host.find("]") + 1] if "]" in host else host
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def normalise_hosts(hosts: Collection[str]) -> frozenset[str]:
    """Allowed names as compared: lower case, no port, an IPv6 address in brackets."""
    names = set()
    for host in hosts:
        name = host_name(host)
        names.add(f"[{name}]" if ":" in name and not name.startswith("[") else name)
    return frozenset(names)


class Guard:
    """ASGI middleware applying the three checks above to every HTTP request."""

    def __init__(self, app: ASGIApp, allowed_hosts: Collection[str] = LOOPBACK_HOSTS,
                 max_body: int = DEFAULT_MAX_BODY) -> None:
        self.app = app
        self.allowed = normalise_hosts(allowed_hosts)
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", ())}
        refusal = self.refusal(scope["method"], headers)
        if refusal is not None:
            await _answer(send, *refusal)
            return
        await self.app(scope, _capped(receive, self.max_body), send)

    def refusal(self, method: str, headers: dict[str, str]) -> tuple[int, str, str] | None:
        """(status, code, message) for a request to refuse, else None."""
        host = headers.get("host", "")
        if host_name(host) not in self.allowed:
            return 400, "bad_host", "this server does not answer for that Host name"
        if method.upper() in UNSAFE_METHODS:
            why = cross_site(headers, host)
            if why:
                return 403, "cross_site", why
            declared = headers.get("content-length", "")
            if declared.isdigit() and int(declared) > self.max_body:
                return 413, "too_large", f"request body over the cap ({self.max_body} bytes)"
        return None


def cross_site(headers: dict[str, str], host: str) -> str | None:
    """Why a state-changing request is cross-site, or None when it is same-origin (or from a
    non-browser client that sends neither Origin nor Referer)."""
    if headers.get("sec-fetch-site", "") == "cross-site":
        return "cross-site request refused"
    origin = headers.get("origin")
    if origin is not None:
        return None if _same_origin(origin, host) else "cross-site request refused (foreign Origin)"
    referer = headers.get("referer")
    if referer is not None and not _same_origin(referer, host):
        return "cross-site request refused (foreign Referer)"
    return None


def _same_origin(url: str, host: str) -> bool:
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.netloc) and parts.netloc.lower() == host.strip().lower()


def _capped(receive: Receive, limit: int) -> Receive:
    """``receive`` that raises 413 once more than ``limit`` body bytes have arrived."""
    seen = 0

    async def capped() -> Message:
        nonlocal seen
        message = await receive()
        if message["type"] == "http.request":
            seen += len(message.get("body", b""))
            if seen > limit:
                raise HTTPException(413, f"request body over the cap ({limit} bytes)")
        return message

    return capped


async def _answer(send: Send, status: int, code: str, message: str) -> None:
    body = json.dumps({"error": {"code": code, "message": message}}).encode()
    await send({"type": "http.response.start", "status": status, "headers": [
        (b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
        (b"x-content-type-options", b"nosniff"),
    ]})
    await send({"type": "http.response.body", "body": body})
