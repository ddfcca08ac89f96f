"""The request guards (web/guard.py): Host allow-list, cross-site refusals, the body cap.

POSTs here carry no usable source, so a request that passes the guard gets the API's own 422
``no_sources``; one refused by the guard gets 400/403/413 and is never processed.
"""

from __future__ import annotations

import http.client
import warnings
from urllib.parse import urlsplit

import httpx
import pytest

from newsclaims.web.guard import host_name


def app_client(url: str, base_url: str = "http://localhost", **options):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    from newsclaims.web import create_app

    return TestClient(create_app(url, **options), base_url=base_url, raise_server_exceptions=False)


@pytest.mark.parametrize(("host", "name"), [
    ("localhost:8000", "localhost"), ("127.0.0.1", "127.0.0.1"), ("[::1]:80", "[::1]"),
    ("LOCALHOST", "localhost"), ("evil.example:8000", "evil.example"),
])
def test_host_name(host, name):
    assert host_name(host) == name


@pytest.mark.parametrize("base", ["http://localhost", "http://127.0.0.1:8000", "http://[::1]:8000"])
def test_loopback_hosts_are_served(client, base):
    assert client.get(f"{base}/api/overview").status_code == 200


@pytest.mark.parametrize("path", ["/", "/facts", "/api/overview", "/api/claims", "/static/app.js", "/openapi.json"])
def test_a_foreign_host_is_refused_on_every_route(client, path):
    response = client.get(path, headers={"Host": "evil.example"})
    assert response.status_code == 400
    assert response.json() == {"error": {"code": "bad_host", "message": response.json()["error"]["message"]}}


def test_allowed_host_adds_a_name(story_url):
    with app_client(story_url, base_url="http://claims.lan:8000", allowed_hosts=("claims.lan",)) as client:
        assert client.get("/api/overview").status_code == 200
        assert client.get("/api/overview", headers={"Host": "other.lan"}).status_code == 400


CROSS_SITE = [
    {"Origin": "http://evil.example"},
    {"Origin": "null"},
    {"Origin": "http://localhost:9999"},  # another port is another origin
    {"Origin": "https://evil.example", "Referer": "http://localhost/"},
    {"Referer": "http://evil.example/page"},
    {"Sec-Fetch-Site": "cross-site"},
    {"Origin": "file://"},
]


@pytest.mark.parametrize("headers", CROSS_SITE)
@pytest.mark.parametrize("method", ["POST", "PUT", "PATCH", "DELETE"])
def test_cross_site_state_changes_are_refused(client, headers, method):
    response = client.request(method, "/api/articles", headers=headers, data={"urls": ["http://example.com/a"]})
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "cross_site"


@pytest.mark.parametrize("headers", [
    {"Origin": "http://localhost"},
    {"Referer": "http://localhost/articles"},
    {},  # a non-browser client: neither Origin nor Referer
])
def test_same_origin_and_plain_clients_pass(client, headers):
    response = client.post("/api/articles", headers=headers)
    assert response.status_code == 422 and response.json()["error"]["code"] == "no_sources"


def test_cross_site_gets_are_served(client):
    assert client.get("/api/overview", headers={"Origin": "http://evil.example"}).status_code == 200


def test_a_declared_oversized_body_is_refused_unread(story_url):
    with app_client(story_url, max_body=1000) as client:
        response = client.post("/api/articles", files=[("files", ("big.txt", b"x" * 5000, "text/plain"))])
        assert response.status_code == 413 and response.json()["error"]["code"] == "too_large"


def _raw_post(base: str, path: str, headers: dict[str, str], chunks) -> tuple[int, bytes]:
    """A POST over a plain socket, the body sent chunked (no Content-Length)."""
    parts = urlsplit(base)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    try:
        conn.request("POST", path, body=chunks, headers=headers, encode_chunked=True)
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        conn.close()


def test_on_a_real_server(story_url, serve_app):
    """The guards hold on uvicorn too: a rebinding Host, a foreign Origin, a chunked upload
    with no declared length cut at the cap."""
    from newsclaims.web import create_app

    with serve_app(create_app(story_url, max_body=200_000)) as base:
        assert httpx.get(f"{base}/api/overview").status_code == 200
        assert httpx.get(f"{base}/facts", headers={"Host": "evil.example"}).status_code == 400
        foreign = httpx.post(f"{base}/api/articles", headers={"Origin": "http://evil.example"},
                             data={"urls": ["http://example.com/a"]})
        assert foreign.status_code == 403 and foreign.json()["error"]["code"] == "cross_site"
        same = httpx.post(f"{base}/api/articles", headers={"Origin": base})
        assert same.status_code == 422
        boundary = "b0undary"
        head = f'--{boundary}\r\nContent-Disposition: form-data; name="files"; filename="big.txt"\r\n\r\n'.encode()
        body = (chunk for chunk in [head, *([b"x" * 65536] * 64)])  # 4 MB, never declared
        status, answer = _raw_post(base, "/api/articles", {"Content-Type": f"multipart/form-data; boundary={boundary}"},
                                   body)
        assert 400 <= status < 500 and b"error" in answer
