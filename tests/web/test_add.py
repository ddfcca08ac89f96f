"""Adding articles through POST /api/articles: files and URLs, through the real pipeline.

URL safety (http(s) only; no loopback, private or link-local address unless the app allows
it) is the ingest stage's check; these tests make sure the app passes the flag through and
answers refusals in the error shape.
"""

from __future__ import annotations

import functools
import http.server
import threading
import warnings

import pytest

ARTICLE = (
    b"Floods in Eastvale\n\n"
    b"More than 1,200 people were displaced by the floods, the relief agency said on Monday. "
    b"At least 14 people died, officials said.\n"
)


def app_client(url: str, **options):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # starlette warns that its TestClient prefers httpx2
        from fastapi.testclient import TestClient
    from newsclaims.web import create_app

    return TestClient(create_app(url, **options), base_url="http://localhost", raise_server_exceptions=False)


REFUSED = [
    ("http://127.0.0.1:9/article", "127.0.0.1"),
    ("http://localhost:9/article", "not public"),
    ("http://169.254.169.254/latest/meta-data", "169.254.169.254"),
    ("http://10.1.2.3/article", "10.1.2.3"),
    ("http://[::1]:9/article", "not public"),
    ("file:///etc/passwd", "scheme"),
    ("ftp://example.com/article", "scheme"),
]


@pytest.mark.parametrize(("url", "says"), REFUSED)
def test_unsafe_urls_are_refused(db_url, url, says):
    with app_client(db_url) as client:
        response = client.post("/api/articles", data={"urls": [url]})
        assert response.status_code == 422
        error = response.json()["error"]
        assert error["code"] == "no_usable_source" and says in error["message"]
        assert client.get("/api/overview").json()["articles"] == 0


@pytest.mark.parametrize(
    ("name", "content", "says"),
    [("binary.txt", b"\x00\x01\x02" * 50, "binary"), ("empty.txt", b"", "empty")],
)
def test_unusable_uploads_are_refused_by_their_name(db_url, name, content, says):
    with app_client(db_url) as client:
        response = client.post("/api/articles", files=[("files", (name, content, "text/plain"))])
        message = response.json()["error"]["message"]
        assert response.status_code == 422 and message.startswith(f"upload:{name}") and says in message.lower()
        assert "newsclaims-upload" not in message


@pytest.mark.model
def test_upload_adds_an_article_once(db_url):
    with app_client(db_url) as client:
        first = client.post("/api/articles", files=[("files", ("eastvale.txt", ARTICLE, "text/plain"))])
        assert first.status_code == 201 and len(first.json()["added"]) == 1
        again = client.post("/api/articles", files=[("files", ("eastvale.txt", ARTICLE, "text/plain"))])
        assert again.status_code == 200 and again.json()["unchanged"] == first.json()["added"]
        overview = client.get("/api/overview").json()
        assert overview["articles"] == 1 and overview["claims"] >= 1
        assert [a["uri"] for a in client.get("/api/articles").json()] == ["upload:eastvale.txt"]
        article_id = first.json()["added"][0]
        page = client.get(f"/articles/{article_id}").text
        assert '<mark id="claim-' in page and "1,200" in page


@pytest.fixture
def local_site(tmp_path):
    """A web server on a loopback port serving one article."""
    (tmp_path / "article.txt").write_bytes(ARTICLE)
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(tmp_path))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/article.txt"
    server.shutdown()
    server.server_close()


@pytest.mark.model
def test_allow_private_lets_a_loopback_url_through(db_url, local_site):
    with app_client(db_url) as client:
        assert client.post("/api/articles", data={"urls": [local_site]}).status_code == 422
    with app_client(db_url, allow_private=True) as client:
        response = client.post("/api/articles", data={"urls": [local_site]})
        assert response.status_code == 201, response.text
        assert client.get("/api/overview").json()["articles"] == 1


def test_local_paths_are_never_read(db_url, tmp_path):
    """The API adds only uploads and http(s) URLs: a path to a real file or folder on the server
    is refused exactly like one that does not exist, and nothing is stored."""
    secret = tmp_path / "secret.txt"
    secret.write_bytes(ARTICLE)
    (tmp_path / "folder").mkdir()
    (tmp_path / "folder" / "inside.txt").write_bytes(ARTICLE)
    messages = []
    with app_client(db_url) as client:
        for source in (str(secret), str(tmp_path / "folder"), str(tmp_path / "missing.txt"), f"file://{secret}",
                       "secret.txt", "../" * 8 + "etc/passwd"):
            response = client.post("/api/articles", data={"urls": [source]})
            assert response.status_code == 422, source
            message = response.json()["error"]["message"]
            assert "not an http(s) URL" in message and "Eastvale" not in response.text
            messages.append(message.replace(source[:200], "SOURCE"))
        assert client.get("/api/overview").json()["articles"] == 0
    assert len(set(messages)) == 1  # the answer says nothing about which paths exist


@pytest.mark.parametrize(("line", "says"), [
    (b'{"text": ' + b"[" * 100_000 + b"]" * 100_000 + b"}", "nested too deeply"),
    (b'{"text": "x", "n": ' + b"9" * 5000 + b"}", "5000 digits"),
    (b'{"text": "Soldiers \\ud800 left"}', "invalid Unicode"),
    (b'{"text": "unterminated', "not valid JSON"),
])
def test_a_hostile_jsonl_upload_is_refused_by_line(db_url, line, says):
    with app_client(db_url) as client:
        response = client.post("/api/articles", files=[("files", ("feed.jsonl", line + b"\n", "application/x-ndjson"))])
        assert response.status_code == 422, response.text
        message = response.json()["error"]["message"]
        assert message.startswith("upload:feed.jsonl#L1: line 1: ") and says in message
