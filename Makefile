# Two commands are all it takes: `make run` and `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
STAMP := $(VENV)/.installed

export DJANGO_SETTINGS_MODULE ?= newsroom.settings

.PHONY: run serve test install migrate demo lint bench eval browser gettext clean

$(STAMP): requirements.txt pyproject.toml
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Python 3.11 is required ($(PYTHON) not found)"; exit 1; }
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	$(PY) -m pip install --quiet --no-deps -e .
	touch $(STAMP)

install: $(STAMP)

migrate: install
	DEBUG=1 $(PY) manage.py migrate --noinput

demo: migrate
	DEBUG=1 $(PY) manage.py load_demo

# The task worker (renditions, compiled story pages, webhooks, feed pings) runs beside the server and stops with it.
run: demo
	DEBUG=1 $(PY) manage.py db_worker --no-reload & worker=$$!; \
	trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	DEBUG=1 $(PY) manage.py runserver 127.0.0.1:8000; \
	status=$$?; kill $$worker 2>/dev/null; exit $$status

# Production-style, with the environment of README's "Deployment": static files, migrations, the deployment
# checks, the task worker, and gunicorn with 2 × CPUs + 1 workers (WORKERS=n and BIND=host:port override).
WORKERS ?= $(shell echo $$((2 * $$(nproc) + 1)))
BIND ?= 127.0.0.1:8000
serve: install
	$(PY) manage.py collectstatic --noinput -v0
	$(PY) manage.py migrate --noinput
	$(PY) manage.py check --deploy
	$(PY) manage.py db_worker & worker=$$!; \
	trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	$(BIN)/gunicorn newsroom.wsgi --bind $(BIND) --workers $(WORKERS) --timeout 30 --access-logfile -; \
	status=$$?; kill $$worker 2>/dev/null; exit $$status

# What tests/test_browser.py needs: Debian's chromium (never a downloaded browser) and axe-core from package.json.
browser:
	command -v chromium >/dev/null 2>&1 || (apt-get update && apt-get install -y chromium)
	test -f node_modules/axe-core/axe.min.js || npm ci --no-audit --no-fund

# What tests/test_locale.py needs: gettext's extraction and compilation tools (Debian's gettext).
gettext:
	command -v xgettext >/dev/null 2>&1 && command -v msgmerge >/dev/null 2>&1 || (apt-get update && apt-get install -y gettext)

test: install browser gettext
	$(PY) -m pytest -q

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

eval: install
	$(PY) eval/run_extraction.py

bench: install
	$(PY) bench/run.py

clean:
	rm -rf $(VENV) db.sqlite3 media staticfiles
