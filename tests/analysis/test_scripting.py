"""The scripting API (graph.api), and the README's "Scripted analysis" examples run as written."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

import networkx as nx
import pytest
from sqlalchemy import create_engine

from graph.analysis.centrality import centrality
from graph.api import open_graph
from graph.errors import InvalidInput, NotFound

README = Path(__file__).resolve().parents[2] / "README.md"


def python_blocks() -> list[tuple[str, str]]:
    """Every ``python`` code block of the README that opens a graph, named ``README.md:<n>``."""
    blocks = re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), flags=re.DOTALL)
    return [(f"README.md:{n}", block) for n, block in enumerate(b for b in blocks if "open_graph(" in b)]


BLOCKS = python_blocks()


def run(block: str, directory: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.chdir(directory)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(block, "<docs>", "exec"), {})  # noqa: S102 - our own documentation
    return out.getvalue()


def test_the_five_line_example_ranks_officials_by_betweenness(
    db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    block = next(b for _, b in BLOCKS if "betweenness" in b)
    assert len(block.strip().splitlines()) <= 6  # five lines of code and a blank one
    directory = Path(db_url.removeprefix("sqlite:///")).parent
    lines = run(block, directory, monkeypatch).splitlines()
    with open_graph(db_url) as g:
        expected = centrality(g.networkx(), "betweenness", only="official", top=10)
    assert lines == [f"{row['score']:.3f}  {row['name']}" for row in expected]
    assert len(lines) == 10
    # Macron and Scholz, in Paris with Zelensky, are the only way to Mishustin and Mischustin.
    assert {line.split("  ")[1] for line in lines[:2]} == {"Emmanuel Macron", "Olaf Scholz"}


@pytest.mark.parametrize(("name", "block"), BLOCKS, ids=[b[0] for b in BLOCKS])
def test_every_readme_example_runs(name: str, block: str, db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    directory = Path(db_url.removeprefix("sqlite:///")).parent
    assert run(block, directory, monkeypatch)


def test_the_readme_has_its_examples() -> None:
    assert "## Scripted analysis" in README.read_text(encoding="utf-8")
    assert len(BLOCKS) >= 2


def test_graph_methods(db_url: str, stored_graph: nx.MultiDiGraph) -> None:
    with open_graph(db_url) as g:
        G = g.networkx()
        assert dict(G.nodes(data=True)) == dict(stored_graph.nodes(data=True))
        assert sorted(G.edges(keys=True)) == sorted(stored_graph.edges(keys=True))
        assert g.contact_graph(modalities=["occurred"]).number_of_edges() == 9
        page = g.contacts(participant="Gerasimov", since="2022")
        assert page.total == 1 and page.items[0].date == "2022-02-11"
        assert g.deployments(to="Poland").items[0].quantity == 3000
        assert [c.participant.name for c in g.who_spoke_with("Gerasimov").counterparts] == ["Mark Milley"]
        assert g.ask("Who spoke with Gerasimov?").rows[0]["name"] == "Mark Milley"
        assert "diplograph.db" in repr(g)


def test_open_graph_refuses_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(NotFound, match="No database at"):
        open_graph(f"sqlite:///{tmp_path / 'nothing.db'}")
    assert not (tmp_path / "nothing.db").exists()


def test_open_graph_refuses_a_database_without_the_schema(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect():
        pass
    engine.dispose()
    with pytest.raises(InvalidInput, match="diplograph migrate"):
        open_graph(f"sqlite:///{path}")
