"""The pages in a real browser: `provenance serve` driven by headless Chromium.

Debian's ``chromium`` package (installed by ``.ci/run``) is driven through
Playwright; screenshots are saved under ``test-artifacts/``.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlite_utils
from playwright.sync_api import BrowserContext, Page, sync_playwright

from tests.helpers import ROOT

CHROMIUM = "/usr/bin/chromium"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = ROOT / "test-artifacts"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_until_serving(url: str, server: subprocess.Popen[bytes], seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        assert server.poll() is None, "provenance serve exited"
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise AssertionError(f"{url} did not answer within {seconds} s")


@pytest.fixture(scope="module")
def server(stories_db_path: Path) -> Iterator[str]:
    """The real `provenance serve` on a free port; yields its base URL."""
    port = free_port()
    command = [sys.executable, "-m", "provenance", "serve", "--db", str(stories_db_path)]
    process = subprocess.Popen(
        [*command, "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_serving(f"{base}/-/versions.json", process)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BrowserContext]:
    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("chromium-profile")),
            executable_path=CHROMIUM,
            headless=True,
            args=FLAGS,
            viewport={"width": 1280, "height": 900},
        )
        yield context
        context.close()


class Visit:
    """A page that records console errors, uncaught exceptions and dialogs."""

    def __init__(self, context: BrowserContext) -> None:
        self.page: Page = context.new_page()
        self.problems: list[str] = []
        self.page.on(
            "console",
            lambda message: message.type == "error" and self.problems.append(message.text),
        )
        self.page.on("pageerror", lambda error: self.problems.append(str(error)))
        self.page.on("dialog", self._dialog)

    def _dialog(self, dialog) -> None:  # type: ignore[no-untyped-def]
        self.problems.append(f"dialog: {dialog.message}")
        dialog.dismiss()

    def open(self, url: str) -> Page:
        response = self.page.goto(url, wait_until="load")
        assert response is not None and response.status == 200, url
        return self.page

    def save(self, name: str) -> None:
        """A full-page screenshot of the current page, kept as a test artefact."""
        ARTIFACTS.mkdir(exist_ok=True)
        self.page.screenshot(path=str(ARTIFACTS / name), full_page=True)


def story(db_path: Path, headline_start: str) -> tuple[str, int]:
    """A story's id and its number of events."""
    db = sqlite_utils.Database(db_path)
    row = next(
        db.query(
            "select a.story_id, (select count(*) from events e where e.story_id = a.story_id"
            " and e.type not in ('background', 'prospect')) as n"
            " from articles a where a.headline like ? || '%'",
            [headline_start],
        )
    )
    return row["story_id"], row["n"]


def test_home_and_event_pages_in_chromium(
    server: str, browser: BrowserContext, stories_db_path: Path
) -> None:
    story_id, events = story(stories_db_path, "Jeremy Corbyn")
    visit = Visit(browser)
    home = visit.open(f"{server}/?story={story_id}")
    drawing = home.locator("svg.story-timeline")
    assert drawing.is_visible()
    assert drawing.locator(".event-mark").count() == events == 5
    visit.save("home.png")

    drawing.locator(".event-mark circle").first.click()
    home.wait_for_url("**/provenance/-/event/*")
    event = visit.page
    assert "remark" in event.locator("h1").inner_text().lower()
    assert event.locator(".article-text .hl-quote").count() > 0
    visit.save("event.png")
    assert visit.problems == []


def test_an_article_holding_markup_stays_text_in_chromium(
    server: str, browser: BrowserContext, stories_db_path: Path
) -> None:
    story_id, _ = story(stories_db_path, "Senator")
    visit = Visit(browser)
    home = visit.open(f"{server}/?story={story_id}")
    assert "<script>alert(1)</script>" in home.locator("h1").inner_text()
    pages = [home.locator(".event-mark").nth(i).get_attribute("href") for i in range(2)]
    pages.append(home.locator("#articles a").first.get_attribute("href"))
    for path in pages:
        opened = visit.open(f"{server}{path}")
        assert "<script>alert(1)</script>" in opened.locator(".article-text").first.inner_text()
        assert opened.evaluate("document.querySelector('[onmouseover], [onerror], img')") is None
        assert not opened.evaluate(
            "[...document.scripts].some(s => s.textContent.includes('alert('))"
        )
    visit.save("markup-article.png")
    assert visit.problems == []
