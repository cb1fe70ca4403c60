"""`diplograph ask "…"`: the answer, its table and its sentences; refusals as usage errors."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from sqlalchemy import Engine
from sqlmodel import Session
from typer.testing import CliRunner

from app.cli import cli
from graph.ask import answer

runner = CliRunner()


@pytest.fixture
def corpus_env(corpus_engine: Engine, cli_database: Callable[[str], None]) -> None:
    cli_database(corpus_engine.url.render_as_string(hide_password=False))


def test_ask_prints_the_answer_and_its_sentences(corpus_env: None, session: Session) -> None:
    result = runner.invoke(cli, ["ask", "Who spoke with Gerasimov?"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "Valery Gerasimov had contacts with Mark Milley (3)."
    assert "2022-02-11 phone_call (occurred): Mark Milley, Valery Gerasimov" in result.output
    sources = [s for c in answer(session, "Who spoke with Gerasimov?").contacts for s in c.sources]
    assert len(sources) >= 3
    for source in sources:
        assert f"article {source.article_id}: “{source.sentence}”" in result.output


def test_ask_json(corpus_env: None) -> None:
    result = runner.invoke(cli, ["ask", "--json", "Who is sending troops to Poland?"])
    assert result.exit_code == 0, result.output
    body = json.loads(result.output)
    assert body["interpretation"]["form"] == "deploys_to"
    assert {d["from"]["name"] for d in body["deployments"]} == {"United States", "United Kingdom"}


@pytest.mark.parametrize(("question", "says"), [
    ("What is the weather in Paris?", "Could not understand"),
    ("Who spoke with Zelensky?", "No official, state or organization called 'Zelensky'"),
])
def test_ask_refusals_are_usage_errors(corpus_env: None, question: str, says: str) -> None:
    result = runner.invoke(cli, ["ask", question], env={"COLUMNS": "400"})
    assert result.exit_code == 2
    assert says in " ".join(result.output.split())
