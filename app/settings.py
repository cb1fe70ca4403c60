"""Service configuration: environment → one ``Settings`` → passed down to the domain."""

from __future__ import annotations

from functools import lru_cache

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Everything the service reads from the environment (prefix ``DIPLOGRAPH_``)."""

    model_config = SettingsConfigDict(env_prefix="DIPLOGRAPH_", extra="ignore")

    database_url: str = Field(
        default="sqlite:///./diplograph.db",
        description="SQLAlchemy URL: sqlite:///path.db or postgresql+psycopg://user@host/db",
    )
    api_key: SecretStr | None = Field(
        default=None, description="When set, writes under /v1 need 'Authorization: Bearer <key>'."
    )
    worker_poll_seconds: float = Field(default=0.5, gt=0, description="Idle wait between queue polls.")
    stale_claim_seconds: int = Field(
        default=600, gt=0, description="A 'processing' article older than this is handed to another worker."
    )
    max_article_chars: int = Field(default=200_000, gt=0, description="Longer texts are refused with 413.")
    embedded_worker: bool = Field(default=True, description="`serve` runs an ingestion worker in-process.")

    @field_validator("database_url")
    @classmethod
    def _known_backend(cls, value: str) -> str:
        if not value.startswith(("sqlite://", "postgresql")):
            raise ValueError("DIPLOGRAPH_DATABASE_URL must be a sqlite:// or postgresql+psycopg:// URL")
        if value.startswith("postgresql://"):
            value = "postgresql+psycopg://" + value.removeprefix("postgresql://")
        return value

    @field_validator("api_key")
    @classmethod
    def _empty_key_is_none(cls, value: SecretStr | None) -> SecretStr | None:
        return value if value is not None and value.get_secret_value() else None


@lru_cache
def get_settings() -> Settings:
    """The process-wide settings, read once; tests build their own ``Settings`` instead."""
    return Settings()
