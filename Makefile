# The two commands of the README: `make run` and `make test`. Both build .venv from scratch on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install run test lint migrate eval bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

migrate: install
	$(BIN)/diplograph migrate

run: migrate
	$(BIN)/diplograph ingest samples/
	$(BIN)/diplograph serve --host 127.0.0.1 --port 8000

lint: install
	$(BIN)/ruff check app graph tests bench
	$(BIN)/mypy

test: install lint
	$(BIN)/pytest

eval: install
	$(BIN)/diplograph eval tests/corpus/dev
	$(BIN)/diplograph eval tests/corpus/heldout

bench: install
	$(BIN)/python bench/extraction.py

clean:
	rm -rf $(VENV) diplograph.db .pytest_cache .mypy_cache .ruff_cache
