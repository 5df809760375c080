# Two entry points a fresh machine needs: `make run` and `make test`.
# Each creates its own virtual environment in .venv and installs the project into it.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

.PHONY: run demo test test-deps lint bench installer clean translations screenshots samples

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	touch $(STAMP)

# The .qm catalogues are built, never committed (python -m tools.update_translations --release;
# that also builds astra_services_*.qm, the services' error messages, via tools.service_messages).
translations: $(STAMP)
	$(PY) -m tools.update_translations --release

run: $(STAMP) translations
	$(PY) -m astra_desktop.qt_deps
	$(PY) -m astra_desktop

demo: $(STAMP) translations
	$(PY) -m astra_desktop.qt_deps
	$(PY) -m astra_desktop --demo 2000

lint: $(STAMP)
	$(VENV)/bin/ruff check astra_desktop tests bench build_installer.py tools/update_translations.py tools/service_messages.py tools/make_common_words.py
	$(VENV)/bin/ruff format --check astra_desktop tests bench build_installer.py tools/update_translations.py tools/service_messages.py tools/make_common_words.py
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports

test: lint translations test-deps
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -n 2

# The team-sync test carries a change between two real Syncthing instances on 127.0.0.1
# (Debian's package). Installed here when missing and we may (root with apt); elsewhere that
# one test is skipped, except under CI, where it fails rather than pass unseen.
test-deps:
	@command -v syncthing >/dev/null || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null \
		&& apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq syncthing >/dev/null; } \
		|| echo "syncthing is not installed: the Syncthing test will be skipped"

# Deliberately regenerates docs/screenshots (an ordinary test run never writes into the checkout).
screenshots: $(STAMP) translations
	ASTRA_SCREENSHOTS=1 QT_QPA_PLATFORM=offscreen $(PY) -m pytest -n 2 tests/gui

# Deliberately regenerates docs/samples (fictional court documents in every language).
samples: $(STAMP)
	ASTRA_SAMPLES=1 $(PY) -m pytest tests/test_court_document_samples.py

bench: $(STAMP)
	$(PY) -m bench

installer: $(STAMP)
	$(PY) build_installer.py

clean:
	rm -rf $(VENV)
