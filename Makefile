# Vielfalt: `make demo` to try it, `make test` to check it.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
export DJANGO_SETTINGS_MODULE := vielfalt.settings
# The demo's mails link to the address it is served on (SITE_URL follows PORT).
export PORT

.PHONY: demo install new-venv migrate serve test lint format messages clean

# Python 3.11 or newer, and a .venv made by the same interpreter ("cpython 3 11"):
# a .venv from another one is rebuilt before anything is installed.
PY_ID := import sys; print(sys.implementation.name, *sys.version_info[:2])
ifeq ($(filter clean,$(MAKECMDGOALS)),)
PY_OK := $(shell { $(PYTHON) -c 'import sys; print(int(sys.version_info >= (3, 11)))'; } 2>/dev/null)
ifneq ($(PY_OK),1)
$(error Vielfalt needs Python 3.11 or newer, but $(or $(PYTHON),no python3) is \
$(or $(shell { $(PYTHON) --version; } 2>/dev/null),missing). Install Python 3.11 and run e.g. \
`make PYTHON=/usr/bin/python3.11 demo`)
endif
ifneq ($(shell { $(BIN)/python -c '$(PY_ID)'; } 2>/dev/null),$(shell $(PYTHON) -c '$(PY_ID)'))
$(VENV)/.installed: new-venv
endif
endif

new-venv:
	@echo "Creating $(VENV) with $$($(PYTHON) --version) ($(PYTHON))"
	rm -rf $(VENV)
	$(PYTHON) -m venv $(VENV)

# Both locks: the site's own packages and the tools that develop and test it
# (a production install takes requirements.lock only, see the README).
$(VENV)/.installed: requirements.lock requirements-dev.lock pyproject.toml
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements-dev.lock
	touch $@

install: $(VENV)/.installed

migrate: install
	DEBUG=1 $(BIN)/python manage.py migrate --no-input
	DEBUG=1 $(BIN)/python manage.py createcachetable

demo: migrate
	DEBUG=1 $(BIN)/python manage.py load_demo
	@echo "Vielfalt runs on http://127.0.0.1:$(PORT)/ (stop with Ctrl+C)"
	DEBUG=1 SITE_DEMO=1 $(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

test: install
	bash scripts/run-tests

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# After changing interface strings: extract them for every language in
# settings.LANGUAGES but German, the source (needs GNU gettext, developers only),
# translate the new messages in vielfalt/locale/<code>/LC_MESSAGES/django.po (or
# list them in a JSON file for scripts/merge_translations.py), then compile with
# Babel and check that every catalogue is complete. The compiled .mo files are
# committed, so `make demo` needs neither.
messages: install
	cd vielfalt && DEBUG=1 ../$(BIN)/python ../manage.py makemessages \
		$$(cd .. && DEBUG=1 $(BIN)/python -c 'from django.conf import settings; print(" ".join("-l " + code for code, _ in settings.LANGUAGES if code != settings.LANGUAGE_CODE))') \
		--no-obsolete --no-location
	$(BIN)/python scripts/merge_translations.py
	$(BIN)/python scripts/check_translations.py

clean:
	rm -rf $(VENV) staticfiles .pytest_cache .ruff_cache .mypy_cache .hypothesis screenshots build dist
