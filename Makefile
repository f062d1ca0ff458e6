# CoP CMS: `make run` to serve, `make test` to run the suite, `make bench` for benchmarks.
# Everything installs into .venv from requirements.lock, so every machine gets the same set.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
INSTALLED := $(VENV)/.installed

.PHONY: help install setup run test lint format bench lock clean

help:
	@echo "make run    set up everything and serve on 127.0.0.1:$(PORT)"
	@echo "make test   set up and run the whole test suite (DATABASE_URL=postgres://... for PostgreSQL)"
	@echo "make lint   ruff check and ruff format --check"
	@echo "make bench  print the benchmark report"
	@echo "make lock   re-resolve requirements.lock from pyproject.toml"

$(INSTALLED): requirements.lock
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed (set PYTHON=...)")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.lock
	@touch $@

install: $(INSTALLED)

# Database schema, content locales, translation catalogues and static files.
setup: install
	$(BIN)/python manage.py migrate --no-input
	$(BIN)/python manage.py compilemessages --ignore "$(VENV)/*" -v 0
	$(BIN)/python manage.py collectstatic --no-input -v 0

run: setup
	$(BIN)/python manage.py configure_media_bucket
	$(BIN)/python manage.py load_demo_content --if-empty
	$(BIN)/python manage.py ensure_superuser
	@echo ""
	@echo "  CoP CMS is starting on http://127.0.0.1:$(PORT)/"
	@echo "  Admin:  http://127.0.0.1:$(PORT)/admin/"
	@echo "  API:    http://127.0.0.1:$(PORT)/api/v2/pages/?locale=ar"
	@echo "  Health: http://127.0.0.1:$(PORT)/readyz"
	@echo "  Log in: set DJANGO_SUPERUSER_USERNAME and DJANGO_SUPERUSER_PASSWORD before 'make run'"
	@echo "          (or run '$(BIN)/python manage.py createsuperuser')."
	@echo ""
	@# The task worker (embeds fetched on publish, and Wagtail's own tasks) runs beside the
	@# server and stops with it.
	$(BIN)/python manage.py db_worker --no-startup-delay & worker=$$!; \
		trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
		$(BIN)/python manage.py runserver --noreload 127.0.0.1:$(PORT)

test: install
	$(BIN)/python manage.py compilemessages --ignore "$(VENV)/*" -v 0
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Builds (once) and serves its own dataset in bench/results/; BENCH_N, BENCH_SCALES,
# BENCH_DURATION and BENCH_CONNECTIONS tune it (see README.md).
bench: setup
	$(BIN)/python -m bench

lock: install
	$(BIN)/pip-compile --quiet --strip-extras --extra dev --no-emit-index-url \
		--no-emit-find-links -o requirements.lock pyproject.toml

clean:
	rm -rf $(VENV) static .pytest_cache .ruff_cache
