# Two entry points a fresh machine needs: `make run` and `make test`.
# Each creates its own virtual environment in .venv and installs the project into it.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

.PHONY: run demo test lint bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(PY) -m astra_desktop.qt_deps
	$(PY) -m astra_desktop

demo: $(STAMP)
	$(PY) -m astra_desktop.qt_deps
	$(PY) -m astra_desktop --demo 2000

lint: $(STAMP)
	$(VENV)/bin/ruff check astra_desktop tests bench build_installer.py
	$(VENV)/bin/ruff format --check astra_desktop tests bench build_installer.py
	$(VENV)/bin/mypy

test: lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -n 2

bench: $(STAMP)
	$(PY) -m bench

clean:
	rm -rf $(VENV)
