"""docker-compose.yml keeps its shape: API, two workers and PostgreSQL, started in a safe order.

No Docker here: the file is read as data (merge keys resolved), which is what `docker compose` sees.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
DATABASE_URL = "postgresql+psycopg://diplograph:diplograph@postgres:5432/diplograph"


@pytest.fixture(scope="module")
def services() -> dict[str, Any]:
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    assert set(compose["volumes"]) == {"pgdata"}
    return compose["services"]  # type: ignore[no-any-return]


def test_the_services(services: dict[str, Any]) -> None:
    assert set(services) == {"postgres", "migrate", "api", "worker"}


def test_postgres_is_checked_before_use_and_keeps_its_data(services: dict[str, Any]) -> None:
    postgres = services["postgres"]
    assert postgres["image"] == "postgres:16"
    assert postgres["environment"] == {
        "POSTGRES_USER": "diplograph",
        "POSTGRES_PASSWORD": "diplograph",
        "POSTGRES_DB": "diplograph",
    }
    assert postgres["volumes"] == ["pgdata:/var/lib/postgresql/data"]
    assert postgres["healthcheck"]["test"] == ["CMD-SHELL", "pg_isready -U diplograph -d diplograph"]


@pytest.mark.parametrize(
    ("service", "command"),
    [
        ("migrate", ["diplograph", "migrate"]),
        ("api", ["diplograph", "serve", "--host", "0.0.0.0", "--port", "8000"]),
        ("worker", ["diplograph", "worker"]),
    ],
)
def test_diplograph_services_share_the_image_and_database(
    services: dict[str, Any], service: str, command: list[str]
) -> None:
    spec = services[service]
    assert spec["build"] == "."
    assert spec["image"] == "diplograph:latest"
    assert spec["command"] == command
    assert spec["environment"]["DIPLOGRAPH_DATABASE_URL"] == DATABASE_URL
    assert spec["depends_on"]["postgres"] == {"condition": "service_healthy"}


@pytest.mark.parametrize("service", ["api", "worker"])
def test_api_and_workers_wait_for_migrations_and_leave_ingestion_to_workers(
    services: dict[str, Any], service: str
) -> None:
    spec = services[service]
    assert spec["depends_on"] == {
        "postgres": {"condition": "service_healthy"},
        "migrate": {"condition": "service_completed_successfully"},
    }
    assert spec["environment"]["DIPLOGRAPH_EMBEDDED_WORKER"] == "false"
    assert spec["environment"]["DIPLOGRAPH_API_KEY"] == "${DIPLOGRAPH_API_KEY:-}"


def test_api_is_published_and_health_checked(services: dict[str, Any]) -> None:
    api = services["api"]
    assert api["ports"] == ["8000:8000"]
    assert "/healthz" in " ".join(api["healthcheck"]["test"])


def test_two_workers_with_time_to_finish_an_article(services: dict[str, Any]) -> None:
    worker = services["worker"]
    assert worker["deploy"] == {"replicas": 2}
    assert worker["stop_grace_period"] == "60s"
    assert "ports" not in worker


def test_migrations_run_once(services: dict[str, Any]) -> None:
    assert services["migrate"]["restart"] == "no"
    assert services["migrate"]["depends_on"] == {"postgres": {"condition": "service_healthy"}}


def test_the_image_installs_the_project_and_serves_by_default() -> None:
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert dockerfile.startswith("#") and "FROM python:3.11-slim" in dockerfile
    assert "RUN pip install ." in dockerfile
    assert 'CMD ["diplograph", "serve", "--host", "0.0.0.0", "--port", "8000"]' in dockerfile


def test_the_image_imports_the_tree_that_holds_migrations() -> None:
    """``diplograph migrate`` finds migrations/ beside graph/, so the image imports the copied tree, not the wheel."""
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert "WORKDIR /srv/diplograph" in dockerfile
    assert "COPY graph graph" in dockerfile and "COPY migrations migrations" in dockerfile
    assert "ENV PYTHONPATH=/srv/diplograph" in dockerfile
