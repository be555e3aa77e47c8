"""Serving safely: read-only, local by default, time-limited, and live while a build writes."""

from __future__ import annotations

import json
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from contextlib import closing
from pathlib import Path

import pytest

from provenance.cli import build_database, serve
from provenance.publish import make_datasette
from provenance.serving import checkpoint
from provenance.store import open_database, save_parsed
from tests.corpus import write_corpus
from tests.helpers import SEED, parse

ARTICLES = 60
REQUESTS = 2000


def free_port() -> int:
    with closing(socket.socket()) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def get_json(url: str) -> object:
    with urllib.request.urlopen(url, timeout=10) as response:
        assert response.status == 200
        return json.loads(response.read())


def count_articles(base: str) -> int:
    query = urllib.parse.urlencode({"sql": "select count(*) as n from articles", "_shape": "array"})
    rows = get_json(f"{base}/provenance.json?{query}")
    assert isinstance(rows, list)
    return int(rows[0]["n"])


def wait_until_serving(base: str, server: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        assert server.poll() is None, "the server exited"
        try:
            count_articles(base)
            return
        except (urllib.error.URLError, ConnectionError):
            time.sleep(0.1)
    pytest.fail("the server did not answer within 30 seconds")


def test_the_server_answers_while_a_build_writes(tmp_path: Path) -> None:
    db = tmp_path / "live.db"
    build_database([SEED], db, {}, progress=False)
    corpus = tmp_path / "corpus"
    write_corpus(corpus, ARTICLES, in_feed=10)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    command = [sys.executable, "-m", "provenance"]
    server_log = tmp_path / "server.log"
    server = subprocess.Popen(
        [*command, "serve", "--db", str(db), "--port", str(port)],
        stderr=server_log.open("wb"),
    )
    try:
        wait_until_serving(base, server)
        build = subprocess.Popen(
            [*command, "build", str(corpus), "--db", str(db)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        seen = [count_articles(base)]
        for _ in range(REQUESTS):
            if build.poll() is not None:
                break
            seen.append(count_articles(base))
            assert isinstance(get_json(f"{base}/provenance/timeline.json?_shape=array"), list)
            assert isinstance(get_json(f"{base}/provenance/quotes.json?_search=said"), dict)
        out, err = build.communicate(timeout=120)
        assert build.returncode == 0, err
        assert f"{ARTICLES} added" in out.decode()
        assert seen == sorted(seen), "an article vanished from the reader's view"
        assert len(set(seen)) >= 3, f"the reader saw no build in progress: {seen}"
        assert count_articles(base) == ARTICLES + 1
    finally:
        server.terminate()
        server.wait(timeout=30)
    assert "Traceback" not in server_log.read_text()


def test_served_read_connections_refuse_writes(seed_db_path: Path) -> None:
    database = make_datasette(seed_db_path, mutable=True).get_database("provenance")
    with closing(database.connect()) as connection, pytest.raises(sqlite3.OperationalError):
        connection.execute("delete from articles")


async def test_the_sql_time_limit_stays_on(seed_db_path: Path) -> None:
    datasette = make_datasette(seed_db_path, mutable=True)
    assert datasette.setting("sql_time_limit_ms") == 1000
    slow = "with recursive n(i) as (select 1 union all select i + 1 from n) select count(*) from n"
    response = await datasette.client.get(f"/provenance.json?sql={urllib.parse.quote(slow)}")
    assert response.status_code == 400
    assert "too long" in response.text


def test_serve_is_local_and_not_immutable_unless_asked() -> None:
    defaults = serve.make_context("serve", []).params
    assert (defaults["host"], defaults["immutable"]) == ("127.0.0.1", False)


def test_checkpoint_lets_an_immutable_reader_see_every_article(tmp_path: Path) -> None:
    path = tmp_path / "open.db"
    writer = open_database(path)
    save_parsed(writer, parse("Committed\n\nAnna Berg said the vote was rigged."))

    def immutable_count() -> int:
        with closing(sqlite3.connect(f"file:{path}?immutable=1", uri=True)) as reader:
            return int(reader.execute("select count(*) from articles").fetchone()[0])

    with pytest.raises(sqlite3.OperationalError):
        immutable_count()
    checkpoint(path)
    assert immutable_count() == 1
    writer.close()


def test_checkpoint_refuses_while_a_reader_holds_the_log(tmp_path: Path) -> None:
    path = tmp_path / "busy.db"
    writer = open_database(path)
    save_parsed(writer, parse("First\n\nAnna Berg said the vote was rigged."))
    with closing(sqlite3.connect(path, isolation_level=None)) as reader:
        reader.execute("begin")
        reader.execute("select count(*) from articles").fetchone()
        save_parsed(writer, parse("Second\n\nOmar Said said the count was fair."))
        with pytest.raises(sqlite3.OperationalError, match="still in use"):
            checkpoint(path, timeout=0.1)
    writer.close()
