"""Shared fixtures: every test gets a migrated, empty graph database, on SQLite and on PostgreSQL.

SQLite tests copy a database file migrated once per session. PostgreSQL tests share one database made
for this test session (a random name, dropped at the end) and find it emptied before each test.
PostgreSQL is started when it is installed but down, and its tests are skipped when it is not installed
(a fresh machine running ``make test`` with only Python).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, make_url, text
from sqlmodel import Session

from app.settings import get_settings
from graph.store.db import make_engine, migrate
from graph.store.models import metadata

POSTGRES_URL = os.environ.get("DIPLOGRAPH_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


def _pg_isready(host: str, port: int) -> bool:
    if shutil.which("pg_isready") is None:
        return False
    result = subprocess.run(["pg_isready", "-q", "-h", host, "-p", str(port)], check=False)
    return result.returncode == 0


def _start_postgres() -> None:
    clusters = Path("/etc/postgresql")
    if shutil.which("pg_ctlcluster") is None or not clusters.is_dir():
        return
    for version in sorted(p.name for p in clusters.iterdir()):
        subprocess.run(
            ["pg_ctlcluster", "--skip-systemctl-redirect", version, "main", "start"],
            check=False,
            capture_output=True,
        )


@pytest.fixture(scope="session")
def postgres_admin() -> Iterator[Engine]:
    """An autocommit engine on the PostgreSQL server's maintenance database, for CREATE/DROP DATABASE."""
    url = make_url(POSTGRES_URL)
    host, port = url.host or "127.0.0.1", url.port or 5432
    if not _pg_isready(host, port):
        _start_postgres()
        for _ in range(50):
            if _pg_isready(host, port):
                break
            time.sleep(0.2)
        else:
            pytest.skip(f"PostgreSQL is not available at {host}:{port}")
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    yield engine
    engine.dispose()


def _create_database(admin: Engine) -> str:
    name = f"diplograph_test_{uuid.uuid4().hex[:12]}"
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    return make_url(POSTGRES_URL).set(database=name).render_as_string(hide_password=False)


def _drop_database(admin: Engine, url: str) -> None:
    name = make_url(url).database
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@pytest.fixture(scope="session")
def _postgres_database(postgres_admin: Engine) -> Iterator[str]:
    url = _create_database(postgres_admin)
    migrate(url)
    yield url
    _drop_database(postgres_admin, url)


@pytest.fixture(scope="session")
def _sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "graph.db"
    migrate(f"sqlite:///{path}")
    return path


def _empty_postgres(url: str) -> None:
    tables = ", ".join(f'"{table.name}"' for table in metadata.sorted_tables)
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
    engine.dispose()


@pytest.fixture(params=BACKENDS)
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The URL of a migrated database holding no rows, for this test alone."""
    if request.param == "sqlite":
        path = tmp_path / "graph.db"
        shutil.copyfile(request.getfixturevalue("_sqlite_template"), path)
        return f"sqlite:///{path}"
    url: str = request.getfixturevalue("_postgres_database")
    _empty_postgres(url)
    return url


@pytest.fixture(params=BACKENDS)
def empty_database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The URL of a database with no tables at all (for migration tests), for this test alone."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'empty.db'}"
        return
    admin: Engine = request.getfixturevalue("postgres_admin")
    url = _create_database(admin)
    yield url
    _drop_database(admin, url)


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    engine = make_engine(database_url)
    yield engine
    engine.dispose()


@pytest.fixture
def session(engine: Engine) -> Iterator[Session]:
    """A session on the test database; tests commit when the code under test expects committed rows."""
    with Session(engine, expire_on_commit=False) as session:
        yield session


@pytest.fixture
def cli_database(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[str], None]]:
    """Point ``diplograph`` commands at a database: the environment names its URL and no other setting."""

    def point_at(url: str) -> None:
        for key in [k for k in os.environ if k.startswith("DIPLOGRAPH_")]:
            monkeypatch.delenv(key)
        monkeypatch.setenv("DIPLOGRAPH_DATABASE_URL", url)
        get_settings.cache_clear()

    yield point_at
    get_settings.cache_clear()
