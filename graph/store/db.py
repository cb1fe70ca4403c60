"""Engines and sessions for SQLite and PostgreSQL, and schema migration through Alembic."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlmodel import Session

MIGRATIONS_DIR = Path(__file__).resolve().parents[2] / "migrations"


def is_sqlite(url: str) -> bool:
    return url.startswith("sqlite")


def make_engine(url: str, **kwargs: Any) -> Engine:
    """An engine with the per-backend settings the store relies on.

    SQLite gets WAL (readers never block the one writer), enforced foreign keys, a busy timeout, and
    ``BEGIN IMMEDIATE`` for every transaction: the write lock is taken up front, so two workers never
    both read "queued" and then both claim the same article.
    """
    if is_sqlite(url):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30}, **kwargs)

        @event.listens_for(engine, "connect")
        def _sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
            dbapi_connection.isolation_level = None  # let SQLAlchemy's "begin" hook emit BEGIN itself
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA busy_timeout=30000")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _sqlite_begin(connection: Any) -> None:
            connection.exec_driver_sql("BEGIN IMMEDIATE")

        return engine
    return create_engine(url, pool_pre_ping=True, **kwargs)


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """One short transaction: commit on success, roll back everything on any error."""
    with Session(engine, expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise


# Any constant will do: it names the one advisory lock that graph writers share on PostgreSQL.
_GRAPH_WRITE_LOCK = 0x6469706C  # "dipl"


def lock_graph_for_writing(session: Session) -> None:
    """Serialize graph writers until the transaction ends.

    Merging an event reads "is there already an event like this?" and then writes; two PostgreSQL
    transactions doing that at once would both see nothing and both create the event. One transaction-
    scoped advisory lock makes graph writes take turns (they are short: extraction runs outside them).
    SQLite needs nothing: every transaction already begins IMMEDIATE, holding the one write lock.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.connection().execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _GRAPH_WRITE_LOCK})


def migrate(url: str, revision: str = "head") -> None:
    """Bring the database at ``url`` to ``revision`` with the project's Alembic migrations."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    command.upgrade(config, revision)
