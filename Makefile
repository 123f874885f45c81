# Recall: `make run` to try it, `make test` to check it.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
RUNTIME := $(VENV)/.runtime-stamp
DEV := $(VENV)/.dev-stamp
# The machine's PostgreSQL and Redis, used by the second test run and by the benchmarks.
TEST_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/test
TEST_REDIS_URL ?= redis://127.0.0.1:6379/15

.PHONY: venv run test test-sqlite test-services lint format bench bench-quick bank-report clean

$(RUNTIME): requirements.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

$(DEV): $(RUNTIME) requirements-dev.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

venv: $(DEV)

# Procfile commands (python, celery) must come from the venv, whatever the caller's PATH.
run: $(RUNTIME)
	$(MANAGE) migrate --noinput
	$(MANAGE) bootstrap
	PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/honcho start $$($(MANAGE) runbot --check >/dev/null 2>&1 && echo web worker beat bot || echo web worker beat)

lint: venv
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: venv
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Two runs side by side, each printed whole when it ends: SQLite (what a fresh machine has), and
# every test that touches the database again on PostgreSQL with Redis, with the integration tests
# that need them; tests that touch no database give their answer in the SQLite run. The second run
# mostly waits (on workers, rate limits, the database server), so together they take little more
# than the longer one.
# Connections close with each request and each bot action, so none outlives its test thread
# and the PostgreSQL test database can be dropped at the end.
test test-sqlite test-services: export LOG_LEVEL = ERROR
test test-sqlite test-services: export CONN_MAX_AGE = 0
test: lint
	@$(MAKE) --no-print-directory -j2 --output-sync=target test-sqlite test-services

test-sqlite: venv
	@echo "== SQLite run"
	env -u DATABASE_URL -u REDIS_URL $(BIN)/pytest -m "not integration"

test-services: venv
	@if $(BIN)/python -m tests.services_reachable "$(TEST_DATABASE_URL)" "$(TEST_REDIS_URL)"; then \
		echo "== PostgreSQL + Redis run"; \
		DATABASE_URL="$(TEST_DATABASE_URL)" TEST_REDIS_URL="$(TEST_REDIS_URL)" $(BIN)/pytest --database-tests-only; \
	elif [ -n "$$RECALL_REQUIRE_SERVICES" ]; then \
		echo "PostgreSQL or Redis is unreachable and RECALL_REQUIRE_SERVICES is set: failing."; exit 1; \
	else \
		echo "== Skipped the PostgreSQL + Redis run: $(TEST_DATABASE_URL) or $(TEST_REDIS_URL) is unreachable."; \
	fi

bench: venv
	$(BIN)/python -m benchmarks.run --full

bench-quick: venv
	$(BIN)/python -m benchmarks.run --quick

# What each document becomes, to read as a teacher would: `make bank-report DOCS="notes/*.md" SAMPLE=10`.
DOCS ?= fixtures
SAMPLE ?= 5
bank-report: $(RUNTIME)
	$(MANAGE) bank_report $(DOCS) --sample $(SAMPLE)

clean:
	rm -rf $(VENV) var db.sqlite3* staticfiles
