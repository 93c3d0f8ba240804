"""scripts/check_translations.py covers every language of settings.LANGUAGES but German."""

import importlib.util
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import write_po
from django.conf import settings

SCRIPT = Path(settings.BASE_DIR) / "scripts" / "check_translations.py"


@pytest.fixture
def check(tmp_path, monkeypatch):
    spec = importlib.util.spec_from_file_location("check_translations", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    monkeypatch.setattr(module, "ROOT", tmp_path)
    monkeypatch.setattr(module, "BASE", tmp_path)
    return module


def catalogue(root, code, translations, *, compile_it=True):
    catalog = Catalog(locale=code)
    for msgid, msgstr in translations.items():
        catalog.add(msgid, msgstr)
    folder = root / code / "LC_MESSAGES"
    folder.mkdir(parents=True)
    with (folder / "django.po").open("wb") as f:
        write_po(f, catalog)
    if compile_it:
        with (folder / "django.mo").open("wb") as f:
            write_mo(f, catalog)


def test_it_checks_every_language_but_the_source(check, tmp_path, capsys, settings):
    settings.LANGUAGES = [("de", "Deutsch"), ("en", "English"), ("tr", "Türkçe"), ("ar", "العربية")]
    catalogue(tmp_path, "en", {"Hallo": "Hello"})
    catalogue(tmp_path, "tr", {"Hallo": ""})

    assert check.main([]) == 1

    out = capsys.readouterr().out
    assert "Türkçe (tr): untranslated or fuzzy: 'Hallo'" in out
    assert "العربية (ar): no catalogue at ar/LC_MESSAGES/django.po" in out
    assert "English (en)" not in out
    assert "Deutsch" not in out


def test_complete_catalogues_pass_and_a_stale_mo_fails(check, tmp_path, capsys, settings):
    settings.LANGUAGES = [("de", "Deutsch"), ("en", "English"), ("uk", "Українська")]
    catalogue(tmp_path, "en", {"Hallo": "Hello"})
    catalogue(tmp_path, "uk", {"Hallo": "Привіт"})
    assert check.main([]) == 0

    catalogue(tmp_path / "later", "uk", {"Hallo": "Привіт", "Tschüss": "Бувай"}, compile_it=False)
    po = tmp_path / "later" / "uk" / "LC_MESSAGES" / "django.po"
    (tmp_path / "uk" / "LC_MESSAGES" / "django.po").write_bytes(po.read_bytes())

    assert check.main([]) == 1
    assert "Українська (uk): django.mo is stale, lacks 'Tschüss'" in capsys.readouterr().out
