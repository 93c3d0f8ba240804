# Vielfalt: `make demo` to try it, `make test` to check it.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
export DJANGO_SETTINGS_MODULE := vielfalt.settings

.PHONY: demo install migrate serve test lint format messages clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: requirements.lock pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.lock
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

# After changing interface strings: extract them (needs GNU gettext, developers
# only), add the English in vielfalt/locale/en/LC_MESSAGES/django.po, then compile
# with Babel. The compiled .mo files are committed, so `make demo` needs neither.
messages: install
	cd vielfalt && DEBUG=1 ../$(BIN)/python ../manage.py makemessages -l en --no-obsolete --no-location
	$(BIN)/python scripts/merge_translations.py
	$(BIN)/python scripts/check_translations.py

clean:
	rm -rf $(VENV) staticfiles .pytest_cache .ruff_cache screenshots
