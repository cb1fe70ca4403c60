"""`diplograph export`: the graph to a file or standard output, in every format, with filters."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Callable
from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

from app.cli import cli

runner = CliRunner()


@pytest.fixture
def env(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cli_database: Callable[[str], None]
) -> Path:
    monkeypatch.chdir(tmp_path)
    cli_database(db_url)
    return tmp_path


@pytest.mark.parametrize(("name", "read"), [
    ("graph.graphml", lambda p: nx.read_graphml(p, force_multigraph=True)),
    ("graph.gexf", nx.read_gexf),
])
def test_export_to_a_file_by_suffix(env: Path, stored_graph: nx.MultiDiGraph, name: str, read: object) -> None:
    result = runner.invoke(cli, ["export", "-o", name])
    assert result.exit_code == 0, result.output
    H = read(env / name)  # type: ignore[operator]
    assert set(H.nodes) == set(stored_graph.nodes)
    assert sorted(H.edges(keys=True)) == sorted(stored_graph.edges(keys=True))


def test_export_json_to_stdout_with_filters(env: Path) -> None:
    result = runner.invoke(cli, ["export", "--since", "2022", "--type", "phone_call", "--modality", "occurred"])
    assert result.exit_code == 0, result.output
    G = nx.node_link_graph(json.loads(result.output), edges="edges")
    assert {d["type"] for _, d in G.nodes(data=True) if d["kind"] == "event"} == {"phone_call"}


def test_export_csv_needs_a_file(env: Path, stored_graph: nx.MultiDiGraph) -> None:
    assert runner.invoke(cli, ["export", "--format", "csv"]).exit_code == 2
    result = runner.invoke(cli, ["export", "-f", "csv", "-o", "graph.zip"])
    assert result.exit_code == 0, result.output
    with zipfile.ZipFile(io.BytesIO((env / "graph.zip").read_bytes())) as archive:
        assert len(archive.read("nodes.csv").decode().splitlines()) == stored_graph.number_of_nodes() + 1


@pytest.mark.parametrize("args", [["--since", "2022-13"], ["--type", "telepathy"], ["--format", "pdf"]])
def test_export_bad_input_is_a_usage_error(env: Path, args: list[str]) -> None:
    result = runner.invoke(cli, ["export", *args])
    assert result.exit_code == 2
    assert "error" in result.output
