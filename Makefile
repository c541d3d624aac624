# Cuentas — the two commands a newcomer types:
#   make run    set up .venv, install Cuentas, open the desktop app on the demo book
#   make test   set up .venv with the test tools, run the whole suite
#               (with a throw-away PostgreSQL when its server binaries are installed)
# and the one a translator types:
#   make translations   find new and changed strings in ui/ and app/, compile the
#                       desktop's .qm, say how many are left to translate
# and the build: make package   the Linux desktop build, self-tested, and its tarball in
#                               dist/ (packaging/README.md; other systems are there too)

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin

.PHONY: run test lint bench screenshots handouts translations package clean

QM := ui/i18n/cuentas_es.qm

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

$(VENV)/.installed-package: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev,package]'
	touch $@

# The desktop's compiled catalogue (never in git): rebuilt when its .ts changes.
ui/i18n/%.qm: ui/i18n/%.ts | $(VENV)/.installed
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(VENV)/.installed
	$(BIN)/python scripts/translations update

run: $(VENV)/.installed $(QM)
	$(BIN)/cuentas --demo

test: $(VENV)/.installed $(QM)
	QT_QPA_PLATFORM=offscreen scripts/with-test-postgres $(BIN)/python -m pytest -q

lint: $(VENV)/.installed
	$(BIN)/ruff check .
	$(BIN)/mypy app

bench: $(VENV)/.installed
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -s --timeout=0 \
	  -o python_files='bench_*.py' tests/benchmarks
	$(BIN)/python tests/benchmarks/bench_upgrade.py

screenshots: $(VENV)/.installed $(QM)
	$(BIN)/cuentas docs screenshots --lang en
	$(BIN)/cuentas docs screenshots --lang es

handouts: $(VENV)/.installed
	$(BIN)/cuentas handouts --lang en --out handouts/en
	$(BIN)/cuentas handouts --lang es --out handouts/es

package: $(VENV)/.installed-package
	$(BIN)/python packaging/build_linux.py

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache .mypy_cache ui/i18n/*.qm
