"""Replaying the migrations yields exactly the models' schema, on both backends."""

from __future__ import annotations

import doctest
import importlib

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from graph.store.db import make_engine, migrate
from graph.store.models import metadata


def test_migrations_match_the_models(empty_database_url: str) -> None:
    migrate(empty_database_url)
    engine = make_engine(empty_database_url)
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            differences = compare_metadata(context, metadata)
            tables = set(inspect(connection).get_table_names())
    finally:
        engine.dispose()
    assert differences == []
    assert tables == {t.name for t in metadata.sorted_tables} | {"alembic_version"}


def test_downgrade_then_upgrade_round_trips(empty_database_url: str) -> None:
    migrate(empty_database_url)
    migrate_down(empty_database_url)
    migrate(empty_database_url)
    engine = make_engine(empty_database_url)
    try:
        with engine.connect() as connection:
            assert set(inspect(connection).get_table_names()) >= {"article", "event", "official"}
    finally:
        engine.dispose()


def migrate_down(url: str) -> None:
    from alembic import command
    from alembic.config import Config

    from graph.store.db import MIGRATIONS_DIR

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    command.downgrade(config, "base")


@pytest.mark.parametrize(
    "module",
    ["graph.store.dates", "graph.store.queue", "graph.store.resolver", "graph.store.writer"],
)
def test_docstring_examples_run(module: str) -> None:
    result = doctest.testmod(importlib.import_module(module))
    assert result.failed == 0
    assert result.attempted > 0
