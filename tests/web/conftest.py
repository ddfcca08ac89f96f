"""Web fixtures: the app over a real SQLite store holding the report tests' story."""

from __future__ import annotations

import socket
import sys
import threading
import time
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1] / "report"))  # report_story

import report_story  # noqa: E402


@pytest.fixture(scope="module")
def story_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    from newsclaims.store import Store

    url = f"sqlite:///{tmp_path_factory.mktemp('story') / 'story.db'}"
    with Store(url) as store:
        report_story.fill(store)
    return url


@pytest.fixture(scope="module")
def client(story_url: str):
    """A test client of the app over the story (read-only tests share it)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # starlette warns that its TestClient prefers httpx2
        from fastapi.testclient import TestClient
    from newsclaims.web import create_app

    with TestClient(create_app(story_url), base_url="http://localhost", raise_server_exceptions=False) as test_client:
        yield test_client


@contextmanager
def uvicorn_server(app) -> Iterator[str]:
    """``app`` on a real uvicorn server on a free loopback port, in a thread; yields its base URL."""
    import uvicorn

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    running = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not running.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        running.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="session")
def serve_app():
    """``serve_app(app)``: a context manager running ``app`` on a real loopback uvicorn server."""
    return uvicorn_server
