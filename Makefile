# kohortpay-python: needs only python3 (>= 3.11) and GNU make. `make help` lists the targets.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := all
MAKEFLAGS += --no-builtin-rules --no-print-directory

PYTHON      ?= python3
VENV        := .venv
BIN         := $(CURDIR)/$(VENV)/bin
STAMP       := $(VENV)/.installed
# uv installs the pinned toolchain and the wheel venvs (~8 s where pip takes ~35 s); it is pinned here and
# installed by the venv's own pip, so a machine still needs only python3 and make.
UV_VERSION := 0.13.9
UV         := $(BIN)/uv

SPEC       ?= openapi.yaml
GEN_CONFIG ?= generator-config.yml
TEMPLATES  ?= templates
OUT        := generated/kohortpay_client
REGEN      := build/regen
# The generator's post-hooks run `ruff` from PATH, in the output folder: put the venv first, by absolute path.
GENERATE    = PATH=$(BIN):$$PATH openapi-python-client generate --path $(SPEC) --config $(GEN_CONFIG) \
              --custom-template-path $(TEMPLATES) --meta none --overwrite --fail-on-warning
# Then the project's own step (codegen/): the SDK's resource classes, the facts table and the records.
CODEGEN     = PATH=$(BIN):$$PATH $(BIN)/python -m codegen generate --config $(GEN_CONFIG)

SRC_DIRS  := $(wildcard overlays codegen tests examples bench tools)
TYPED     := overlays/kohortpay $(OUT) codegen tests examples bench tools
DEMO_VENV := build/demo-venv
DEMO      := examples/quickstart.py
DOWNSTREAM_VENV := build/downstream-venv
# The newest CPython above 3.11 that runs here (on PATH or installed by pyenv; Debian 12 packages
# none): the downstream suite runs on it too.
NEWER_PYTHON := $(shell for v in 3.15 3.14 3.13 3.12; do \
  for p in $$(command -v python$$v) $${PYENV_ROOT:-$$HOME/.pyenv}/versions/$$v.*/bin/python$$v; do \
    [ -x "$$p" ] && "$$p" -c '' 2>/dev/null && { echo "$$p"; exit; }; done; done)

# The wheel must contain these, and kohortpay/openapi.yaml must be the spec's content (not a link).
WHEEL_FILES := kohortpay/__init__.py kohortpay/py.typed kohortpay/openapi.yaml kohortpay/testing/contract/divergences.yaml \
               kohortpay_client/__init__.py kohortpay_client/py.typed

# $(call wheel-venv,DIR[,MORE PACKAGES]): a fresh venv holding only the built wheel with its
# testing extra (pinned like our own toolchain), as a user would install it.
define wheel-venv
	rm -rf $(1)
	{ $(UV) venv --quiet --python $(PYTHON) $(1) \
	  && $(UV) pip install --compile-bytecode --python $(1)/bin/python -c requirements-dev.txt "$$(ls dist/*.whl)[testing]" $(2) ; } \
	  > $(1).log 2>&1 || { cat $(1).log; exit 1; }
endef

.PHONY: bytecode docs docs-check api-diff api-check all help venv generate check-generated lint typecheck spec pytest test contract contract-live live parity parity-record downstream downstream-on wheel demo bench clean

all: check-generated wheel demo ## venv, regenerate (no diff allowed), build the wheel, run the quickstart

help:
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/:.*## /\t/' | expand -t 18

venv: $(STAMP) ## create .venv with the pinned toolchain (redone when the pins change)
$(STAMP): requirements-dev.txt pyproject.toml Makefile
	$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "error: Python >= 3.11 is required")'
	$(PYTHON) -m venv $(VENV)
	@echo "installing the pinned toolchain into $(VENV) (log: $(VENV)/install.log)"
	{ $(BIN)/python -m pip install --disable-pip-version-check uv==$(UV_VERSION) \
	  && $(UV) pip install --compile-bytecode --python $(BIN)/python -r requirements-dev.txt \
	  && $(UV) pip install --python $(BIN)/python --no-deps --no-build-isolation -e . ; } > $(VENV)/install.log 2>&1 \
	  || { cat $(VENV)/install.log; exit 1; }
	touch $@

# Start from an empty folder: --overwrite alone would keep stray files outside api/ and models/.
generate: $(STAMP) ## regenerate generated/kohortpay_client from openapi.yaml
	rm -rf $(OUT)
	$(GENERATE) --output-path $(OUT)
	$(CODEGEN) $(OUT) $(SPEC)

# Regenerate into build/regen/ (git-ignored, inside the repo) and compare with what is committed.
check-generated: $(STAMP) ## fail if generated/ differs from a fresh generation
	rm -rf $(REGEN) && mkdir -p $(REGEN)/generated
	{ $(GENERATE) --output-path $(REGEN)/$(OUT) && $(CODEGEN) $(REGEN)/$(OUT) $(SPEC); } > $(REGEN)/generate.log 2>&1 \
	  || { cat $(REGEN)/generate.log; exit 1; }
	diff -r -x .ruff_cache -x __pycache__ $(OUT) $(REGEN)/$(OUT) \
	  || { echo "error: $(OUT) is out of date with $(SPEC): run 'make generate' and commit" >&2; exit 1; }
	@echo "check-generated: $(OUT) is up to date"

lint: $(STAMP) ## ruff check + ruff format --check
	$(BIN)/ruff check $(SRC_DIRS)
	$(BIN)/ruff format --check $(SRC_DIRS)

typecheck: $(STAMP) ## mypy --strict on the overlay and the generated package
	$(BIN)/mypy --strict $(TYPED)

spec: $(STAMP) ## validate openapi.yaml, and its x-kohortpay extension against x-kohortpay.schema.yaml
	$(BIN)/openapi-spec-validator $(SPEC)
	$(BIN)/python -m codegen check $(SPEC)

# Imports compiled once (PYTHONDONTWRITEBYTECODE may be set: without bytecode every process compiles
# every module it imports again, about half a second each).
bytecode: $(STAMP)
	@$(BIN)/python -m compileall -q -j 0 $(SRC_DIRS) generated > /dev/null

pytest: $(STAMP) bytecode ## the test suite, on both cores (pytest-xdist)
	$(BIN)/pytest -n 2 --dist worksteal

test: lint typecheck spec check-generated pytest downstream docs api-check ## everything CI runs

# The testing kit as a user gets it: only the wheel and its `testing` extra (pinned like our own
# toolchain), in a venv of its own, running a shop's test suite under pytest-xdist, with both async
# plugins shops use (anyio's and pytest-asyncio). The venv is made again only when what it installs
# changes (the pins, pyproject.toml); the wheel is reinstalled each run.
$(DOWNSTREAM_VENV)/.installed: requirements-dev.txt pyproject.toml | wheel
	$(call wheel-venv,$(DOWNSTREAM_VENV),pytest-xdist pytest-asyncio)
	touch $@

DOWNSTREAM_MAIN = $(MAKE) -o wheel downstream-on DOWNSTREAM_ARGS="-n 2 --hypothesis-show-statistics"

# 3.11 under pytest-xdist and, at the same time, the newest CPython above 3.11 found here on one worker:
# together they keep both cores busy (one after the other, each on two workers, left them half idle).
downstream: wheel ## install the wheel with [testing] into a venv and run tests/downstream there (3.11 and newer)
ifneq ($(NEWER_PYTHON),)
	newer=0; main=0; \
	$(MAKE) -o wheel downstream-on PYTHON=$(NEWER_PYTHON) DOWNSTREAM_VENV=build/downstream-venv-$(notdir $(NEWER_PYTHON)) \
	  DOWNSTREAM_ARGS=-q > build/downstream-newer.log 2>&1 & pid=$$!; \
	$(DOWNSTREAM_MAIN) || main=$$?; \
	wait $$pid || newer=$$?; \
	if [ $$newer = 0 ]; then echo "downstream on $(NEWER_PYTHON): $$(tail -n 1 build/downstream-newer.log)"; \
	else cat build/downstream-newer.log; fi; \
	exit $$(( main || newer ))
else
	$(DOWNSTREAM_MAIN)
	@echo "downstream: no CPython newer than 3.11 on this machine; tested on $$($(PYTHON) -V) only"
endif

# The shop suite in one venv: `make downstream-on PYTHON=/path/to/python3.13 DOWNSTREAM_VENV=build/…`.
DOWNSTREAM_ARGS ?= -n 2
downstream-on: wheel $(DOWNSTREAM_VENV)/.installed
	$(UV) pip install --compile-bytecode --python $(DOWNSTREAM_VENV)/bin/python --no-deps --reinstall "$$(ls dist/*.whl)" > $(DOWNSTREAM_VENV).log 2>&1 \
	  || { cat $(DOWNSTREAM_VENV).log; exit 1; }
	cd tests/downstream && $(CURDIR)/$(DOWNSTREAM_VENV)/bin/pytest $(DOWNSTREAM_ARGS)

contract: $(STAMP) ## deep contract run: the kit vs the mock: every phase (500 examples/op), stateful, life cycle
	KOHORTPAY_DEEP_CONTRACT=1 $(BIN)/pytest -n 2 tests/contract
	$(BIN)/python tests/contract/deep.py

# A real server: URL=… KEY=… on the command line, or KOHORTPAY_LIVE_URL / KOHORTPAY_LIVE_API_KEY in the
# environment (the key then stays out of the process list). The recipes are not echoed: they hold the key.
LIVE_ENV = $(if $(URL),KOHORTPAY_LIVE_URL='$(URL)') $(if $(KEY),KOHORTPAY_LIVE_API_KEY='$(KEY)')

docs: $(STAMP) ## build the documentation site into build/site, strictly (a warning or a broken link fails)
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --quiet
	@echo "docs: build/site/index.html ($$(find build/site -name '*.html' | wc -l) pages)"

docs-check: docs ## load every page of the site in headless Chromium (Debian's chromium, installed when missing)
	@command -v chromium >/dev/null || command -v chromium-browser >/dev/null || { \
	  echo "docs-check: installing Debian's chromium (log: build/chromium-install.log)"; \
	  $$([ "$$(id -u)" = 0 ] || echo sudo) apt-get install -y chromium > build/chromium-install.log 2>&1 \
	  || { cat build/chromium-install.log; exit 1; }; }
	$(BIN)/python tools/docs_check.py

api-diff: $(STAMP) ## what changed for users since BASE=<git ref> (default: the latest v* tag): breaking or not, the bump, a CHANGELOG draft
	$(BIN)/python tools/api_diff.py $(if $(BASE),--base $(BASE))

api-check: $(STAMP) ## fail when the version is not bumped enough for the changes since the latest release tag
	$(BIN)/python tools/api_diff.py --check

contract-live: $(STAMP) ## the contract suite against a real server, judged by divergences.yaml (URL=… KEY=sk_test_…)
	@$(LIVE_ENV) $(BIN)/python tests/contract/contract_live.py

live: $(STAMP) ## the SDK smoke suite (every method, sync/async, raw/parsed) against a real server (URL=… KEY=…)
	@$(LIVE_ENV) $(BIN)/pytest tests/live -v

parity: $(STAMP) ## the parity tests: the mock against the reference server's recorded exchanges
	$(BIN)/pytest tests/parity

# Needs a reference server started with ../shared/refserver/start.sh: KOHORTPAY_REFSERVER=<its work dir>.
parity-record: $(STAMP) ## re-record tests/parity/snapshots against the reference server (KOHORTPAY_REFSERVER=…)
	@test -n "$${KOHORTPAY_REFSERVER:-}" || { echo "error: set KOHORTPAY_REFSERVER to the reference server's work dir" >&2; exit 1; }
	KOHORTPAY_PARITY_RECORD=1 $(BIN)/pytest tests/parity

wheel: $(STAMP) ## build the wheel into dist/ and check its contents
	rm -rf dist
	$(BIN)/python -m build --wheel --no-isolation --outdir dist .
	rm -rf build/wheel && $(BIN)/python -m zipfile -e dist/*.whl build/wheel
	cd build/wheel && ls $(WHEEL_FILES) > /dev/null && cmp kohortpay/openapi.yaml $(CURDIR)/openapi.yaml && cmp kohortpay/testing/contract/divergences.yaml $(CURDIR)/divergences.yaml

# Main job: install ONLY the built wheel (with its testing extra, for the embedded mock) into a
# throwaway venv and run the quickstart against the mock.
demo: wheel ## install the wheel into a throwaway venv and run the quickstart against the embedded mock
	$(call wheel-venv,$(DEMO_VENV))
	$(DEMO_VENV)/bin/python $(DEMO)

bench: $(STAMP) ## benchmarks: SDK vs raw httpx, mock vs bare Starlette, mock growth and lifecycle
	$(BIN)/python bench/bench_client.py
	$(BIN)/python bench/mock_throughput.py
	$(BIN)/python bench/mock_growth.py
	$(BIN)/python bench/mock_lifecycle.py

clean: ## remove .venv, dist, build output and caches (not generated/)
	rm -rf $(VENV) dist build *.egg-info .mypy_cache .pytest_cache .ruff_cache .hypothesis .schemathesis
	find . -path ./.git -prune -o \( -name __pycache__ -o -name .ruff_cache \) -type d -print0 | xargs -0 -r rm -rf
