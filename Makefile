# Two commands for a fresh machine: `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Debian packages the tests need: Qt offscreen libraries, a font, pdftoppm, a Secret Service
# keyring (PostgreSQL is started by packaging/ci/postgres.sh); an X server and real input events
# for the desktop tests (what Qt's X11 plugin needs also comes from display-deps); for the bundle
# and the installers (packaging/README.md): X11 libraries Qt's xcb plugin needs (bundled),
# binutils (strip, objdump), NSIS, 7-Zip (lists an installer's files), desktop-file-validate,
# strace (what the bundle opens).
SYSTEM_PACKAGES := libegl1 libgl1 libxkbcommon0 libglib2.0-0 libfontconfig1 libfreetype6 \
	libdbus-1-3 fonts-dejavu-core poppler-utils gnome-keyring libsecret-tools dbus xvfb xdotool \
	libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 binutils nsis p7zip-full desktop-file-utils strace

# Install the Debian packages listed in $$missing as root with apt-get, else name them and stop.
define APT_INSTALL
if [ -z "$$missing" ]; then exit 0; fi; \
if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	echo "Installing system packages: $$missing"; \
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
		--no-install-recommends $$missing >/dev/null; \
else \
	echo "$(1)"; echo "  sudo apt-get install $$missing"; exit 1; \
fi
endef

.PHONY: run test test-quick lint typecheck pytest bench system-deps display-deps clean bundle \
	bundle-dir bundle-test

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Reinstall when the project's dependencies change.
$(VENV)/.installed-run: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet --disable-pip-version-check -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet --disable-pip-version-check -e '.[dev,server]'
	touch $@ $(VENV)/.installed-run

$(VENV)/.installed-bundle: pyproject.toml $(VENV)/.installed-dev
	$(BIN)/pip install --quiet --disable-pip-version-check -e '.[dev,server,bundle]'
	touch $@

run: $(VENV)/.installed-run display-deps
	$(BIN)/migradesk

system-deps:
	@missing=$$(for p in $(SYSTEM_PACKAGES); do \
		dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'ok installed' || echo $$p; done); \
	$(call APT_INSTALL,The tests need these system packages:)

# What Qt's platform plugin cannot load on this machine (libxcb-icccm4, libxcb-keysyms1…: the
# plugin's unresolved libraries, see migradesk/qt_platform.py); X11's plugin for the tests.
display-deps: $(VENV)/.installed-run
	@missing=$$($(if $(DISPLAY_PLATFORM),QT_QPA_PLATFORM=$(DISPLAY_PLATFORM)) \
		$(BIN)/python -m migradesk.qt_platform packages); \
	$(call APT_INSTALL,MigraDesk necesita estos paquetes del sistema para abrir su ventana:)

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(VENV)/.installed-dev
	$(BIN)/mypy

# The server and sync tests also run on a real PostgreSQL: started here when we are root with apt
# (as in CI), or taken from MIGRADESK_TEST_PG; otherwise those cases are skipped.
pytest: $(VENV)/.installed-dev system-deps
	@$(MAKE) --no-print-directory display-deps DISPLAY_PLATFORM=xcb
	@if [ -z "$${MIGRADESK_TEST_PG:-}" ] && [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		MIGRADESK_TEST_PG="$$(bash packaging/ci/postgres.sh)" || exit 1; export MIGRADESK_TEST_PG; \
	fi; \
	if [ -z "$${MIGRADESK_TEST_PG:-}" ]; then \
		echo "PostgreSQL tests skipped: set MIGRADESK_TEST_PG or run as root with apt."; fi; \
	$(BIN)/pytest

# The tests on one core while PyInstaller freezes the app on the other (two cores: ~35 s less
# than one after the other), then the bundle's tests. Under ~10 minutes on two cores.
test: system-deps lint typecheck $(VENV)/.installed-bundle
	@$(MAKE) --no-print-directory -j2 pytest bundle-dir
	$(BIN)/pytest -m bundle

# While developing: all but the tests marked slow (those over ~5 s); `make test` before landing.
test-quick: $(VENV)/.installed-dev system-deps
	$(BIN)/pytest -m "not slow and not bundle"

# The frozen app (dist/migradesk/) and the Linux package (dist/migradesk_<version>_amd64.deb);
# the Windows installer and the macOS app are built by .github/workflows/installers.yml.
bundle: bundle-dir
	$(BIN)/python packaging/linux/build_deb.py

bundle-dir: $(VENV)/.installed-bundle system-deps
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
		packaging/migradesk.spec

# The bundle's tests (marked `bundle`, left out of plain `pytest`): they run the frozen app.
bundle-test: bundle-dir
	$(BIN)/pytest -m bundle

bench: $(VENV)/.installed-dev
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) build dist *.egg-info .mypy_cache .pytest_cache .ruff_cache
