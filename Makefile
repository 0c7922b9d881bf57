# followup-kit: the two commands a newcomer needs are `make report` and `make test`.
# Everything else here is optional.  Python 3.11+ and (for the browser tests) root to
# install Debian's chromium are the only things the machine must have.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
KIT := $(VENV)/bin/followup-kit
STAMP := $(VENV)/.installed
TRACKER ?= data/tracker.sqlite
OUT ?= reports
AS_OF ?= 2026-11-20

.PHONY: lock help setup report test check test-fast test-clocks docs lab app notebooks bench sample clean-venv browser-deps

help:
	@echo "make report     set up .venv and write this week's report for $(TRACKER) into $(OUT)/"
	@echo "make test       set up .venv and run every test (browser tests included)"
	@echo "make test-clocks the in-process tests again under three faked clocks (a date bomb fails there)"
	@echo "make check      lint, formatting, types and the layers contract (part of make test)"
	@echo "make setup      create or update .venv from requirements-lock.txt with uv (idempotent)"
	@echo "make lock       update requirements-lock.txt after changing dependencies in pyproject.toml"
	@echo "make docs       build the documentation site into site/ (offline, warnings as errors)"
	@echo "make lab        open JupyterLab on the desk (creates $(TRACKER) from the sample if missing)"
	@echo "make app        serve the follow-up desk as a Voila app on 127.0.0.1"
	@echo "make notebooks  re-run the notebooks on the sample tracker at $(AS_OF) and store their outputs"
	@echo "make bench      run the speed benchmarks in benchmarks/"

setup: $(STAMP)

# The environment is exactly requirements-lock.txt (runtime + test + docs, with hashes), installed by uv.
# uv comes from pip into the venv itself when the machine has none; `make lock` updates the lock.
UV := $(VENV)/bin/uv
$(STAMP): requirements-lock.txt pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv --without-pip $(VENV)
	@test -x $(UV) || { command -v uv >/dev/null && cp "$$(command -v uv)" $(UV); } || \
		{ $(PYTHON) -m pip install --quiet --target $(VENV)/uv-bootstrap "uv>=0.9" 2>/dev/null && \
		  cp $(VENV)/uv-bootstrap/bin/uv $(UV) && rm -rf $(VENV)/uv-bootstrap; } || \
		{ $(PY) -m ensurepip --default-pip >/dev/null && $(PY) -m pip install --quiet "uv>=0.9"; }
	$(UV) pip sync --quiet --python $(PY) requirements-lock.txt
	$(UV) pip install --quiet --python $(PY) --no-deps -e .
	$(PY) -m ipykernel install --sys-prefix --name python3 --display-name "Python 3 (followup-kit)" >/dev/null
	@touch $(STAMP)

# Update the lock after changing the dependencies in pyproject.toml (it names no index or host).
lock: setup
	$(UV) pip compile pyproject.toml --extra test --extra docs --python-version 3.11 --generate-hashes \
		--no-header --no-annotate --quiet -o requirements-lock.txt

$(TRACKER): | $(STAMP)
	@echo "No tracker at $(TRACKER) yet: creating one from the invented sample, moved so that its story ends today."
	$(KIT) init --sample --tracker $(TRACKER)

report: setup $(TRACKER)
	$(KIT) report --tracker $(TRACKER) --out $(OUT)

browser-deps:
	@bash scripts/install-chromium.sh

# Two workers (this machine has two cores); the tests of one file run on one worker, in order, so a
# notebook's cells stay together and a module's fixtures are made once (--dist loadscope; loadgroup
# cannot regroup tests under pytest 9, whose node ids xdist 3.8 can no longer rewrite).
PARALLEL := -n 2 --dist loadscope

test: setup browser-deps check
	$(VENV)/bin/pytest $(PARALLEL)

# the codebase's own rules: lint, formatting, types (store, io, follow-ups, analysis) and the layers contract
check: setup
	$(VENV)/bin/ruff check followup_kit tests scripts benchmarks conftest.py
	$(VENV)/bin/ruff format --check followup_kit tests scripts benchmarks conftest.py
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports

test-fast: setup
	$(VENV)/bin/pytest $(PARALLEL) -m "not browser and not slow"

# The in-process tests under faked clocks (--fake-now in the root conftest.py), on days that catch a test
# reading the wall clock: New Year's Eve late at night in New York (already 2027 in UTC), the
# Monday after Europe's clocks went forward, and a leap day in Tokyo.  Tests that start another process are skipped there
# (it would not see the faked clock); they run under the real clock in `make test`.  CI runs both.
test-clocks: setup
	$(VENV)/bin/pytest $(PARALLEL) -q -m "not browser and not slow" --fake-now "2026-12-31 23:30 America/New_York"
	$(VENV)/bin/pytest $(PARALLEL) -q -m "not browser and not slow" --fake-now "2027-03-29 08:00 Europe/Berlin"
	$(VENV)/bin/pytest $(PARALLEL) -q -m "not browser and not slow" --fake-now "2028-02-29 12:00 Asia/Tokyo"

# The guide, the API reference from the docstrings and the notebooks with their stored outputs
# (mkdocs.yml); tests/test_docs.py builds the same site with the network cut off.
docs: setup
	NO_MKDOCS_2_WARNING=1 $(VENV)/bin/mkdocs build --strict -d site

# config/lab/overrides.json: no news question, no update check (see config/README.md).
LAB_OPTIONS := --LabApp.extension_manager=readonly --LabApp.news_url=None \
	--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate \
	--LabApp.app_settings_dir=$(abspath config/lab)

lab: setup $(TRACKER)
	FOLLOWUP_KIT_TRACKER=$(abspath $(TRACKER)) $(VENV)/bin/jupyter lab --notebook-dir=notebooks \
		$(LAB_OPTIONS) --LabApp.default_url=/lab/tree/follow_ups.ipynb

app: setup $(TRACKER)
	$(KIT) app --tracker $(TRACKER)

notebooks: setup
	$(PY) scripts/refresh_notebooks.py --as-of $(AS_OF)

bench: setup
	$(PY) benchmarks/run_all.py

clean-venv:
	rm -rf $(VENV)
