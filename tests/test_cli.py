"""The `diplograph` command, driven in-process with typer's CliRunner on temporary files and databases."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
import tomllib
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import inspect
from typer.testing import CliRunner

from app.cli import cli
from graph.store.db import make_engine, session_scope
from graph.store.models import Article
from graph.store.queue import list_articles

BLINKEN = (
    "Antony Blinken, the US Secretary of State, telephoned Ukraine's Foreign Minister Dmytro Kuleba on "
    "Friday, according to a State Department statement."
)
MACRON = "French President Emmanuel Macron met German Chancellor Olaf Scholz in Berlin on Tuesday for talks."

runner = CliRunner()


def plain(text: str) -> str:
    """Output without rich's boxes and line wrapping, to search for a message."""
    return " ".join(text.translate({ord(c): " " for c in "│╭╮╰╯─"}).split())


def table_rows(output: str) -> list[list[str]]:
    """The cells of the summary table's body rows."""
    return [[cell.strip() for cell in line.split("│")[1:-1]] for line in output.splitlines() if line.startswith("│")]


@pytest.fixture
def database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cli_database: Callable[[str], None]) -> str:
    """A fresh SQLite file named by the environment, as the command reads it; the test runs in tmp_path."""
    monkeypatch.chdir(tmp_path)
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    cli_database(url)
    return url


def stored(url: str) -> list[Article]:
    """The articles in the database, oldest first; none when it was never created."""
    if not Path(url.removeprefix("sqlite:///")).exists():
        return []
    engine = make_engine(url)
    try:
        with session_scope(engine) as session:
            return list(reversed(list_articles(session, limit=500).items))
    finally:
        engine.dispose()


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content)
    return path


def test_migrate_creates_the_schema(database: str) -> None:
    result = runner.invoke(cli, ["migrate"])
    assert result.exit_code == 0, result.output
    assert "Database schema is current" in result.output
    engine = make_engine(database)
    assert {"article", "official", "event", "deployment", "source"} <= set(inspect(engine).get_table_names())
    engine.dispose()


def test_ingest_files_and_folders_with_a_summary(database: str, tmp_path: Path) -> None:
    write(tmp_path / "in" / "blinken.txt", BLINKEN)
    folder = tmp_path / "folder"
    write(folder / "macron.json", json.dumps({"text": MACRON, "title": "Berlin talks", "source": "AFP",
                                              "published_at": "2023-01-10T08:00:00Z"}))
    write(folder / "macron.gold.json", json.dumps({"contacts": []}))  # an annotation, not an article
    write(folder / ".hidden" / "x.txt", "junk")
    write(folder / "notes.md", "not an article")

    result = runner.invoke(cli, ["ingest", "in/blinken.txt", "folder", "--published-at", "2022-02-11"])

    assert result.exit_code == 0, result.output
    assert [row[:3] for row in table_rows(result.output)] == [
        ["in/blinken.txt", "1", "done"], ["folder/macron.json", "2", "done"], ["total", "", ""]
    ]
    articles = stored(database)
    assert [(a.status, a.title, a.source, a.published_at.isoformat() if a.published_at else None)
            for a in articles] == [
        ("done", None, None, "2022-02-11"),
        ("done", "Berlin talks", "AFP", "2023-01-10"),  # the file's own date wins over --published-at
    ]


def test_ingest_twice_creates_nothing_new(database: str, tmp_path: Path) -> None:
    write(tmp_path / "blinken.txt", BLINKEN)
    assert runner.invoke(cli, ["ingest", "--no-wait", "blinken.txt"]).exit_code == 0
    result = runner.invoke(cli, ["ingest", "--no-wait", "blinken.txt"])
    assert result.exit_code == 0, result.output
    assert table_rows(result.output) == [["blinken.txt", "1", "queued (already known)", "0", "0"],
                                         ["total", "", "", "0", "0"]]
    assert len(stored(database)) == 1


def test_no_wait_only_queues(database: str, tmp_path: Path) -> None:
    write(tmp_path / "batch.json", json.dumps([{"text": BLINKEN}, {"text": MACRON}]))
    result = runner.invoke(cli, ["ingest", "--no-wait", "batch.json"])
    assert result.exit_code == 0, result.output
    assert [row[:3] for row in table_rows(result.output)] == [
        ["batch.json[0]", "1", "queued"], ["batch.json[1]", "2", "queued"], ["total", "", ""]
    ]
    assert [a.status for a in stored(database)] == ["queued", "queued"]


@pytest.mark.parametrize(
    ("files", "message"),
    [
        ({}, "missing.txt: no such file or folder"),
        ({"empty": b""}, "empty: text: text is empty: send the article body"),
        ({"image.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"}, "image.txt: not UTF-8 text (byte 0); is it a binary"),
        ({"nul.txt": "The minister\x00 met the envoy."}, "nul.txt: text: text contains a binary or control character"),
        ({"bad.json": "{'text': 1}"}, "bad.json: not valid JSON (Expecting property name enclosed in double quotes "
                                      "at line 1, column 2)"),
        ({"notext.json": '{"title": "x"}'}, "notext.json: text: Field required"),
        ({"list.json": "[1]"}, "list.json: expected an object"),
        ({"date.json": json.dumps({"text": BLINKEN, "published_at": "11/02/2022"})},
         "date.json: published_at: published_at must be a date YYYY-MM-DD"),
        ({"german.txt": "Der Kanzler traf sich am Freitag mit dem Präsidenten in Berlin und sprach über die Lage."},
         "german.txt: text: text does not look like English prose"),
        ({"emptydir/": ""}, "emptydir: the folder holds no .txt or .json files"),
    ],
)
def test_bad_inputs_exit_2_and_write_nothing(
    database: str, tmp_path: Path, files: dict[str, str | bytes], message: str
) -> None:
    good = write(tmp_path / "good.txt", BLINKEN)
    paths = [str(good)]
    for name, content in files.items():
        if name.endswith("/"):
            (tmp_path / name).mkdir()
            paths.append(str(tmp_path / name.rstrip("/")))
        else:
            paths.append(str(write(tmp_path / name, content)))
    if not files:
        paths.append(str(tmp_path / "missing.txt"))

    result = runner.invoke(cli, ["ingest", *paths])

    assert result.exit_code == 2, result.output
    assert message in plain(result.stderr), result.stderr
    assert stored(database) == []


def test_a_bad_published_at_option_is_a_usage_error(database: str, tmp_path: Path) -> None:
    path = write(tmp_path / "blinken.txt", BLINKEN)
    result = runner.invoke(cli, ["ingest", str(path), "--published-at", "11/02/2022"])
    assert result.exit_code == 2
    assert "Invalid value for '--published-at': expected a day as YYYY-MM-DD (2022-02-11), got '11/02/2022'" in plain(
        result.stderr
    )
    assert stored(database) == []


def test_text_over_the_limit_exits_2(database: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DIPLOGRAPH_MAX_ARTICLE_CHARS", "50")
    path = write(tmp_path / "long.txt", BLINKEN)
    result = runner.invoke(cli, ["ingest", str(path)])
    assert result.exit_code == 2
    assert f"long.txt: text is {len(BLINKEN)} characters; the limit is 50" in plain(result.stderr)


def test_a_bad_setting_is_named(database: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DIPLOGRAPH_DATABASE_URL", "mysql://nope")
    result = runner.invoke(cli, ["migrate"])
    assert result.exit_code == 2
    assert "DIPLOGRAPH_DATABASE_URL: Value error, DIPLOGRAPH_DATABASE_URL must be a sqlite://" in plain(
        result.stderr
    )


def test_load_actors(database: str, tmp_path: Path) -> None:
    path = write(tmp_path / "actors.yaml", "- name: Valery Gerasimov\n  aliases: [Gerasimov]\n  country: Russia\n"
                                           "  roles: [{role: Chief of the General Staff, start: 2012-11-09}]\n")
    result = runner.invoke(cli, ["load-actors", str(path)])
    assert result.exit_code == 0, result.output
    assert "Loaded 1 actors" in result.output


@pytest.mark.parametrize(
    ("content", "message"),
    [(None, "does not exist"), ("- aliases: [Nobody]\n", "entry 1 has no name"), ("[unclosed", "actors.yaml")],
)
def test_load_actors_refuses_bad_files(database: str, tmp_path: Path, content: str | None, message: str) -> None:
    path = tmp_path / "actors.yaml"
    if content is not None:
        write(path, content)
    result = runner.invoke(cli, ["load-actors", str(path)])
    assert result.exit_code == 2
    assert message in plain(result.stderr)


def test_worker_processes_the_queue_and_stops_on_sigterm(database: str, tmp_path: Path) -> None:
    path = write(tmp_path / "blinken.txt", BLINKEN)
    assert runner.invoke(cli, ["ingest", "--no-wait", str(path)]).exit_code == 0
    saved = {signum: signal.getsignal(signum) for signum in (signal.SIGTERM, signal.SIGINT)}

    def stop_when_done() -> None:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and [a.status for a in stored(database)] != ["done"]:
            time.sleep(0.1)
        os.kill(os.getpid(), signal.SIGTERM)

    watcher = threading.Thread(target=stop_when_done)
    watcher.start()
    try:
        result = runner.invoke(cli, ["worker"])
    finally:
        watcher.join()
        for signum, handler in saved.items():
            signal.signal(signum, handler)
    assert result.exit_code == 0, result.output
    assert [a.status for a in stored(database)] == ["done"]


def test_main_is_the_console_script_and_lists_the_commands() -> None:
    root = Path(__file__).resolve().parents[1]
    assert tomllib.loads((root / "pyproject.toml").read_text())["project"]["scripts"] == {
        "diplograph": "app.cli:main"
    }
    result = subprocess.run([sys.executable, "-m", "app.cli", "--help"], cwd=root, capture_output=True,
                            text=True, check=False)
    assert result.returncode == 0, result.stderr
    for command in ("serve", "worker", "migrate", "ingest", "load-actors"):
        assert f" {command} " in result.stdout, command
