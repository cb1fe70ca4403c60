"""What ``ask`` answers: the reading of the question, the result rows, and the evidence behind them."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from graph.store.views import ContactView, DeploymentView

__all__ = ["Interpretation", "Answer"]


class Interpretation(BaseModel):
    """How the question was read, so a user can tell a wrong reading from a wrong answer."""

    form: str = Field(description="The question form that matched.", examples=["who_spoke_with"])
    description: str = Field(description="The form restated with its slots filled.",
                             examples=["who had contact with Valery Gerasimov"])
    slots: dict[str, str] = Field(description="Each slot and the canonical name it was resolved to.",
                                  examples=[{"a": "Valery Gerasimov"}])
    since: str | None = Field(default=None, description="First day of the period asked about.")
    until: str | None = Field(default=None, description="Last day of the period asked about.")
    types: list[str] | None = Field(default=None, description="Contact types counted (null: all).")
    modalities: list[str] | None = Field(default=None, description="Modalities counted (null: all).")


class Answer(BaseModel):
    """The reading of a question, the answer in a sentence and in rows, and the evidence behind it."""

    question: str
    interpretation: Interpretation
    summary: str = Field(description="The answer in one sentence.")
    rows: list[dict[str, Any]] = Field(description="The result, one row per item; columns depend on the form.")
    contacts: list[ContactView] = Field(default_factory=list,
                                        description="The contacts behind the rows, with their sentences.")
    deployments: list[DeploymentView] = Field(default_factory=list,
                                              description="The deployments behind the rows, with sentences.")
