"""The ``diplograph`` command line: serve, run workers, migrate, ingest files, load actor dictionaries.

Each command is one small function over the shared helpers at the top (settings, engine, ``fail``);
a new command (``eval``, ``ask``, ``export``) is one more decorated function in its section below.
Usage errors (a missing file, a bad date, unreadable input) print what is wrong and exit 2 before
anything is written.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import signal
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer
import yaml
from pydantic import ValidationError
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from sqlalchemy import Engine

from app.intake import ArticleSubmission, article_id, enqueue, process_now, too_long
from app.settings import Settings, get_settings
from app.worker import Worker, new_worker_id
from graph.errors import GraphError
from graph.ingestion import SupportsExtract
from graph.store.models import Article, ArticleStatus

cli = typer.Typer(
    name="diplograph",
    help="Turn news about diplomacy into a knowledge graph of contacts and deployments.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
console = Console()
err_console = Console(stderr=True)

USAGE_ERROR = 2  # click's own code for bad usage: the same for problems found in the inputs


# --- shared helpers ---------------------------------------------------------------------------------


def fail(message: str) -> NoReturn:
    err_console.print(f"[bold red]error:[/] {message}", highlight=False, soft_wrap=True)
    raise typer.Exit(USAGE_ERROR)


def describe(exc: ValidationError) -> str:
    """Pydantic's errors as one line a reader can act on: ``field: message; …``."""
    return "; ".join(f"{'.'.join(map(str, e['loc'])) or 'value'}: {e['msg']}" for e in exc.errors())


def load_settings() -> Settings:
    """The environment's settings; a bad ``DIPLOGRAPH_*`` value is a usage error, not a traceback."""
    try:
        return get_settings()
    except ValidationError as exc:
        fail("; ".join(f"DIPLOGRAPH_{str(e['loc'][0]).upper()}: {e['msg']}" for e in exc.errors()))


def open_database(settings: Settings) -> Engine:
    """Migrate (a no-op when current), then connect: commands work on a fresh database."""
    from graph.store.db import make_engine, migrate

    migrate(settings.database_url)
    return make_engine(settings.database_url)


def load_extractor() -> SupportsExtract:
    from graph.extraction import Extractor  # spaCy loads in ~1 s: only commands that extract pay it

    with console.status("Loading the spaCy pipeline…"):
        return Extractor()


def configure_logging() -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("alembic").setLevel(logging.WARNING)  # its plugin set-up lines drown the service's own


# --- service ------------------------------------------------------------------------------------------


@cli.command()
def serve(
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="TCP port.")] = 8000,
) -> None:
    """Serve the HTTP API (Swagger UI at /docs), with an embedded ingestion worker.

    The app's lifespan migrates the database before the first request; DIPLOGRAPH_EMBEDDED_WORKER=false
    leaves ingestion to `diplograph worker` processes.
    """
    import uvicorn

    from app.api.main import create_app

    configure_logging()
    uvicorn.run(create_app(load_settings()), host=host, port=port)


@cli.command()
def worker() -> None:
    """Run a standalone ingestion worker until SIGTERM or Ctrl-C; run as many as you like.

    It does not migrate (concurrent migrations race): until `diplograph migrate` or `serve` has run, it
    logs the error and retries.
    """
    from graph.store.db import make_engine

    configure_logging()
    settings = load_settings()
    ingestion = Worker(
        make_engine(settings.database_url),
        load_extractor(),
        poll_seconds=settings.worker_poll_seconds,
        stale_after_seconds=settings.stale_claim_seconds,
    )
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: ingestion.stop())
    ingestion.run()


@cli.command()
def migrate() -> None:
    """Bring the database schema to the latest version."""
    from graph.store.db import migrate as migrate_to_head

    settings = load_settings()
    migrate_to_head(settings.database_url)
    console.print(f"Database schema is current ({_redacted(settings.database_url)}).")


def _redacted(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


# --- data ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class InputArticle:
    label: str
    submission: ArticleSubmission


class InputProblem(Exception):
    """A file that cannot become an article; the message names the file and what to fix."""


def article_files(paths: Iterable[Path]) -> Iterator[Path]:
    """The files named, and the .txt/.json files in folders named (sorted; gold annotations skipped)."""
    for path in paths:
        if path.is_dir():
            found = sorted(
                p for p in path.rglob("*")
                if p.is_file() and p.suffix in {".txt", ".json"} and not p.name.endswith(".gold.json")
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            if not found:
                raise InputProblem(f"{path}: the folder holds no .txt or .json files")
            yield from found
        elif path.is_file():
            yield path
        else:
            raise InputProblem(f"{path}: no such file or folder")


def read_articles(path: Path, published_at: dt.date | None, max_chars: int) -> list[InputArticle]:
    """A text file is one article; a JSON file is one article object or a list of them."""
    try:
        raw = path.read_bytes().decode("utf-8")
    except OSError as exc:
        raise InputProblem(f"{path}: cannot read it ({exc.strerror or exc})") from exc
    except UnicodeDecodeError as exc:
        raise InputProblem(f"{path}: not UTF-8 text (byte {exc.start}); is it a binary file?") from exc
    records: list[Any]
    if path.suffix == ".json":
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as exc:
            where = f"line {exc.lineno}, column {exc.colno}"
            raise InputProblem(f"{path}: not valid JSON ({exc.msg} at {where})") from exc
        records = data if isinstance(data, list) else [data]
    else:
        records = [{"text": raw}]
    articles = []
    for index, record in enumerate(records):
        label = f"{path}[{index}]" if len(records) > 1 else str(path)
        if not isinstance(record, dict):
            raise InputProblem(f'{label}: expected an object {{"text": …, "title"?, "url"?, "source"?, '
                               '"published_at"?}')
        fields = {k: record.get(k) for k in ("text", "title", "url", "source", "published_at") if k in record}
        if fields.get("published_at") is None and published_at is not None:
            fields["published_at"] = published_at
        try:
            submission = ArticleSubmission.model_validate(fields)
        except ValidationError as exc:
            raise InputProblem(f"{label}: {describe(exc)}") from exc
        if message := too_long(submission.text, max_chars):
            raise InputProblem(f"{label}: {message}")
        articles.append(InputArticle(label, submission))
    return articles


def gather(paths: list[Path], published_at: dt.date | None, max_chars: int) -> list[InputArticle]:
    """Every article the paths hold, or exit 2 listing every problem: all are read before any is written."""
    problems: list[str] = []
    articles: list[InputArticle] = []
    try:
        files = list(article_files(paths))
    except InputProblem as exc:
        fail(str(exc))
    for path in files:
        try:
            articles.extend(read_articles(path, published_at, max_chars))
        except InputProblem as exc:
            problems.append(str(exc))
    if problems:
        fail("nothing was ingested:\n  " + "\n  ".join(problems))
    return articles


def publication_day(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"expected a day as YYYY-MM-DD (2022-02-11), got {value!r}") from None


@cli.command()
def ingest(
    paths: Annotated[
        list[Path], typer.Argument(metavar="PATH", help="Text files, JSON article files, or folders of them.")
    ],
    published_at: Annotated[
        dt.date | None,
        typer.Option(
            parser=publication_day,
            metavar="YYYY-MM-DD",
            help="Publication day for articles that do not state one.",
        ),
    ] = None,
    wait: Annotated[
        bool, typer.Option(help="Extract here, with a progress bar (--no-wait: only queue for workers).")
    ] = True,
) -> None:
    """Ingest articles: .txt files (the text), .json files ({"text", "title", "url", "source",
    "published_at"} or a list of them), or folders holding them."""
    settings = load_settings()
    articles = gather(paths, published_at, settings.max_article_chars)
    engine = open_database(settings)
    try:
        queued = enqueue(engine, [item.submission for item in articles])
        failed = extract_all(engine, load_extractor(), articles, queued) if wait else 0
        console.print(summary_table(engine, articles, queued))
    finally:
        engine.dispose()
    if failed:
        raise typer.Exit(1)


def extract_all(
    engine: Engine, extractor: SupportsExtract, articles: list[InputArticle], queued: list[tuple[Article, bool]]
) -> int:
    """Extract the newly queued articles here, under a progress bar; how many failed.

    An article a running worker claimed first is left to it (``process_now`` waits for it).
    """
    new = [(item, stored) for item, (stored, created) in zip(articles, queued, strict=True) if created]
    worker_id = new_worker_id("cli")
    failed = 0
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=console) as progress:
        task = progress.add_task("Extracting", total=len(new))
        for item, stored in new:
            progress.update(task, description=f"Extracting {Path(item.label).name}")
            article = process_now(engine, extractor, article_id(stored), worker_id=worker_id)
            if article.status == ArticleStatus.FAILED:
                failed += 1
                err_console.print(f"[red]failed:[/] {item.label}: {article.error}", highlight=False, soft_wrap=True)
            progress.advance(task)
    return failed


def summary_table(engine: Engine, articles: list[InputArticle], queued: list[tuple[Article, bool]]) -> Table:
    """One row per input: its article, its status, and what the graph now holds from it."""
    from graph.store import queries, queue
    from graph.store.db import session_scope

    table = Table(title="Ingested articles")
    table.add_column("File", overflow="fold")
    table.add_column("Article", justify="right")
    table.add_column("Status")
    table.add_column("Contacts", justify="right")
    table.add_column("Deployments", justify="right")
    contacts = deployments = 0
    with session_scope(engine) as session:
        for item, (stored, created) in zip(articles, queued, strict=True):
            article = queue.get_article(session, article_id(stored))
            found = (0, 0)
            if article.status == ArticleStatus.DONE:
                found = (
                    len(queries.contacts_for_article(session, article_id(article))),
                    len(queries.deployments_for_article(session, article_id(article))),
                )
            contacts, deployments = contacts + found[0], deployments + found[1]
            status = article.status if created else f"{article.status} (already known)"
            table.add_row(item.label, str(article.id), status, str(found[0]), str(found[1]))
    table.add_section()
    table.add_row("total", "", "", str(contacts), str(deployments))
    return table


@cli.command("load-actors")
def load_actors(
    file: Annotated[Path, typer.Argument(exists=True, dir_okay=False, readable=True,
                                         help="An actor dictionary: officials, aliases, roles, terms.")],
) -> None:
    """Load an actor dictionary, so names resolve to known officials from the first article."""
    from graph.store.db import session_scope
    from graph.store.resolver import load_actor_dictionary

    engine = open_database(load_settings())
    try:
        with session_scope(engine) as session:
            count = load_actor_dictionary(session, file)
    except (GraphError, ValueError, yaml.YAMLError) as exc:  # ValueError: undecodable bytes, bad CSV
        fail(f"{file}: {exc}")
    finally:
        engine.dispose()
    console.print(f"Loaded {count} actors from {file}.")


# --- analysis (eval, ask, export) go below ---------------------------------------------------------


@cli.command("eval")
def eval_corpus(
    corpus: Annotated[Path, typer.Argument(exists=True, file_okay=False,
                                           help="A folder of NNN.json articles with NNN.gold.json beside them.")],
    show: Annotated[bool, typer.Option(help="List every miss, extra and mislabelled contact.")] = True,
    predictions: Annotated[Path | None, typer.Option(help="Write the predictions, as gold-format JSON, here.")]
    = None,
) -> None:
    """Score extraction against gold annotations (pair, dated and deploy F1; type and modality accuracy)."""
    from graph.evaluation import evaluate, load_corpus

    articles = load_corpus(corpus)
    if not articles:
        fail(f"{corpus}: no annotated articles (NNN.json with NNN.gold.json, or article.txt with gold.json)")
    report = evaluate(articles, load_extractor())
    if show:
        for result in report.articles:
            for kind, items in (("miss", result.missed), ("extra", result.extra), ("label", result.mislabelled)):
                for item in items:
                    console.print(f"{result.id:>6}  {kind:<5}  {item}", highlight=False)
    table = Table(title=f"{len(articles)} articles in {corpus}")
    for column in ("metric", "value"):
        table.add_column(column)
    for name, value in report.summary().items():
        table.add_row(name, f"{value:.3f}")
    console.print(table)
    if predictions is not None:
        predictions.write_text(json.dumps(report.predictions, indent=1, ensure_ascii=False), encoding="utf-8")
        console.print(f"Predictions written to {predictions}.")


@cli.command()
def ask(
    question: Annotated[str, typer.Argument(help='A question in English, e.g. "Who spoke with Gerasimov?"')],
    as_json: Annotated[bool, typer.Option("--json", help="Print the whole answer (rows, evidence) as JSON.")]
    = False,
) -> None:
    """Answer a question about the graph, offline, with the sentences behind the answer."""
    from graph.ask import answer
    from graph.store.db import session_scope

    engine = open_database(load_settings())
    try:
        with session_scope(engine) as session:
            result = answer(session, question)
    except GraphError as exc:  # not understood (with suggestions), unknown or ambiguous name, bad date
        fail(str(exc))
    finally:
        engine.dispose()
    if as_json:
        typer.echo(result.model_dump_json(indent=1, by_alias=True))
        return
    console.print(result.summary, highlight=False)
    if result.rows:
        table = Table()
        columns = list(dict.fromkeys(key for row in result.rows for key in row))
        for column in columns:
            table.add_column(column)
        for row in result.rows:
            table.add_row(*("" if row.get(c) is None else str(row.get(c)) for c in columns))
        console.print(table)
    for contact in result.contacts:
        names = ", ".join(p.name for p in contact.participants)
        console.print(f"[bold]{contact.date or 'undated'}[/] {contact.type} ({contact.modality}): {names}",
                      highlight=False)
        for source in contact.sources:
            console.print(f"    article {source.article_id}: “{source.sentence}”", highlight=False, soft_wrap=True)
    for deployment in result.deployments:
        console.print(f"[bold]{deployment.date or 'undated'}[/] {deployment.from_.name} → {deployment.to.name}: "
                      f"{deployment.what} ({deployment.modality})", highlight=False)
        for source in deployment.sources:
            console.print(f"    article {source.article_id}: “{source.sentence}”", highlight=False, soft_wrap=True)


EXPORT_SUFFIXES = {".json": "json", ".graphml": "graphml", ".gexf": "gexf", ".zip": "csv"}


@cli.command()
def export(
    output: Annotated[Path | None, typer.Option("--output", "-o", dir_okay=False,
                                                help="File to write (default: standard output).")] = None,
    format: Annotated[str | None, typer.Option(
        "--format", "-f", help="json, graphml, gexf or csv (a zip of nodes.csv and edges.csv); "
        "by default from the output's suffix, else json.")] = None,
    since: Annotated[str | None, typer.Option(help="Facts dated in or after: YYYY, YYYY-MM or YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Facts dated in or before: YYYY, YYYY-MM or YYYY-MM-DD.")]
    = None,
    type: Annotated[list[str] | None, typer.Option("--type", help="Keep this contact type (repeatable).")] = None,
    modality: Annotated[list[str] | None, typer.Option("--modality", help="Keep this modality (repeatable).")]
    = None,
) -> None:
    """Export the graph for Gephi, networkx or a spreadsheet, optionally narrowed by period, type, modality."""
    from sqlmodel import Session

    from graph.analysis import build_graph, to_csv_zip, to_gexf, to_graphml, to_json

    chosen = format or (EXPORT_SUFFIXES.get(output.suffix.lower()) if output else None) or "json"
    if chosen not in ("json", "graphml", "gexf", "csv"):
        fail(f"unknown format {chosen!r}: choose json, graphml, gexf or csv")
    if chosen == "csv" and output is None:
        fail("the csv export is a zip archive: give --output FILE.zip")
    engine = open_database(load_settings())
    try:
        with Session(engine) as session:
            G = build_graph(session, since=since, until=until, types=type, modalities=modality)
    except GraphError as exc:
        fail(str(exc))
    finally:
        engine.dispose()
    content: str | bytes
    if chosen == "json":
        content = json.dumps(to_json(G), ensure_ascii=False, indent=1) + "\n"
    elif chosen == "csv":
        content = to_csv_zip(G)
    else:
        content = to_gexf(G) if chosen == "gexf" else to_graphml(G)
    if output is None:
        typer.echo(content, nl=False)
        return
    if isinstance(content, bytes):
        output.write_bytes(content)
    else:
        output.write_text(content, encoding="utf-8")
    err_console.print(f"Wrote {G.number_of_nodes()} nodes and {G.number_of_edges()} edges to {output} ({chosen}).")


def main() -> None:
    """Console-script entry point (``diplograph``)."""
    cli()


if __name__ == "__main__":
    main()
