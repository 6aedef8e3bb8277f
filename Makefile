# Two commands for a fresh machine: `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Debian packages the tests need: Qt offscreen libraries, a font, pdftoppm, a Secret Service
# keyring (PostgreSQL is started by packaging/ci/postgres.sh).
SYSTEM_PACKAGES := libegl1 libgl1 libxkbcommon0 libglib2.0-0 libfontconfig1 libfreetype6 \
	libdbus-1-3 fonts-dejavu-core poppler-utils gnome-keyring libsecret-tools dbus

.PHONY: run test lint typecheck pytest bench system-deps clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Reinstall when the project's dependencies change.
$(VENV)/.installed-run: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet --disable-pip-version-check -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet --disable-pip-version-check -e '.[dev,server]'
	touch $@ $(VENV)/.installed-run

run: $(VENV)/.installed-run
	$(BIN)/migradesk --demo-if-empty

system-deps:
	@missing=$$(for p in $(SYSTEM_PACKAGES); do \
		dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'ok installed' || echo $$p; done); \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		echo "Installing system packages: $$missing"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
			--no-install-recommends $$missing >/dev/null; \
	else \
		echo "The tests need these system packages (install them, e.g. with apt-get):"; \
		echo "  $$missing"; exit 1; \
	fi

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(VENV)/.installed-dev
	$(BIN)/mypy

# The server and sync tests also run on a real PostgreSQL: started here when we are root with apt
# (as in CI), or taken from MIGRADESK_TEST_PG; otherwise those cases are skipped.
pytest: $(VENV)/.installed-dev system-deps
	@if [ -z "$${MIGRADESK_TEST_PG:-}" ] && [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		MIGRADESK_TEST_PG="$$(bash packaging/ci/postgres.sh)" || exit 1; export MIGRADESK_TEST_PG; \
	fi; \
	if [ -z "$${MIGRADESK_TEST_PG:-}" ]; then \
		echo "PostgreSQL tests skipped: set MIGRADESK_TEST_PG or run as root with apt."; fi; \
	$(BIN)/pytest

test: system-deps lint typecheck pytest

bench: $(VENV)/.installed-dev
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) build *.egg-info .mypy_cache .pytest_cache .ruff_cache
