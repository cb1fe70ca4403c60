"""Every docstring example of the analysis, ask and scripting modules runs and shows what it says."""

from __future__ import annotations

import doctest
import importlib
import inspect
import pkgutil

import pytest

import graph.analysis
import graph.ask

MODULES = sorted(
    {f"{package.__name__}.{info.name}" for package in (graph.analysis, graph.ask)
     for info in pkgutil.iter_modules(package.__path__)} | {"graph.api"}
)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0


@pytest.mark.parametrize("name", MODULES)
def test_public_names_are_listed_and_documented(name: str) -> None:
    module = importlib.import_module(name)
    assert module.__doc__, f"{name} needs a module docstring saying why it exists"
    for public in getattr(module, "__all__", []):
        obj = getattr(module, public)
        if inspect.isfunction(obj) or inspect.isclass(obj):
            assert obj.__doc__, f"{name}.{public} needs a docstring"
