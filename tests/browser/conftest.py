"""Browser fixtures: Debian's Chromium driven by Playwright, the report written to disk, and
the app served by a real uvicorn on a free loopback port.

Install the browser with ``scripts/install-browser.sh``; without /usr/bin/chromium these
tests are skipped. Screenshots go to ``artifacts/`` at the repository root.
"""

from __future__ import annotations

import socket
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1] / "report"))  # report_story

import report_story  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "artifacts"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run", "--disable-quic",
]


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing: run scripts/install-browser.sh")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


class Watched:
    """A page with every console error, page error and outside request it caused."""

    def __init__(self, page, allowed_prefix: str) -> None:
        self.page = page
        self.errors: list[str] = []
        self.outside: list[str] = []
        page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        page.on("request", lambda r: r.url.startswith(allowed_prefix) or r.url.startswith("data:") or self.outside.append(r.url))

    def screenshot(self, name: str, **options) -> Path:
        ARTIFACTS.mkdir(exist_ok=True)
        path = ARTIFACTS / name
        self.page.screenshot(path=str(path), **options)
        return path


@pytest.fixture
def watch(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pages: list[Watched] = []

    def open_page(allowed_prefix: str) -> Watched:
        pages.append(Watched(context.new_page(), allowed_prefix))
        return pages[-1]

    yield open_page
    context.close()


def story(tmp_path_factory: pytest.TempPathFactory, *, hostile: bool) -> str:
    from newsclaims.store import Store

    url = f"sqlite:///{tmp_path_factory.mktemp('story') / 'story.db'}"
    with Store(url) as store:
        report_story.fill(store, hostile=hostile)
    return url


@pytest.fixture(scope="module")
def story_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The story with its hostile article."""
    return story(tmp_path_factory, hostile=True)


@pytest.fixture(scope="module")
def clean_story_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The story without its hostile article (for the README's screenshot)."""
    return story(tmp_path_factory, hostile=False)


@pytest.fixture(scope="module")
def server(story_url: str) -> Iterator[str]:
    """The app on a real uvicorn server in a thread; yields its base URL."""
    import uvicorn

    from newsclaims.web import create_app

    port = free_port()
    config = uvicorn.Config(create_app(story_url), host="127.0.0.1", port=port, log_level="warning")
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not running.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    running.should_exit = True
    thread.join(timeout=10)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
