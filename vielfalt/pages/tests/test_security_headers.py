"""Content-Security-Policy, Permissions-Policy and the language cookie."""

import re
from pathlib import Path

import pytest
from django.conf import settings

from vielfalt.lib.tests.test_settings import manage

TEMPLATE_DIR = Path(settings.BASE_DIR) / "vielfalt" / "templates"


def csp_directives(response):
    header = response["Content-Security-Policy"]
    return {
        name: values
        for name, *values in (part.split() for part in header.split(";") if part.strip())
    }


@pytest.mark.parametrize("path", ["/", "/en/angebote/", "/konto/login/", "/gibt-es-nicht/"])
def test_every_page_has_a_strict_content_security_policy(client, db, path):
    directives = csp_directives(client.get(path))

    assert directives["default-src"] == ["'self'"]
    assert directives["frame-ancestors"] == ["'none'"]
    assert directives["form-action"] == ["'self'"]
    assert directives["base-uri"] == ["'none'"]
    assert directives["object-src"] == ["'none'"]
    for name, values in directives.items():
        assert "'unsafe-inline'" not in values, name
        assert "'unsafe-eval'" not in values, name
        # nothing from other servers
        assert all(value.startswith("'") for value in values), (name, values)


def test_the_back_office_has_the_same_policy(admin_client):
    directives = csp_directives(admin_client.get("/verwaltung/"))

    assert directives["script-src"][0] == "'self'"
    assert "'unsafe-inline'" not in directives["style-src"]


def test_an_inline_script_runs_only_with_the_nonce_of_its_response(rf):
    from csp.middleware import CSPMiddleware
    from django.http import HttpResponse
    from django.template import engines

    template = engines["django"].from_string('<script nonce="{{ CSP_NONCE }}">x()</script>')

    def view(request):
        return HttpResponse(template.render({}, request))

    request = rf.get("/")
    response = CSPMiddleware(view)(request)

    nonce = re.search(r'nonce="([^"]+)"', response.content.decode()).group(1)
    assert f"'nonce-{nonce}'" in csp_directives(response)["script-src"]


def test_a_page_without_inline_script_sends_no_nonce(client, db):
    assert "nonce-" not in client.get("/")["Content-Security-Policy"]


def test_unused_browser_features_are_switched_off(client, db):
    header = client.get("/")["Permissions-Policy"]

    features = dict(part.strip().split("=") for part in header.split(","))
    for feature in ("camera", "microphone", "geolocation", "payment", "usb", "browsing-topics"):
        assert features[feature] == "()", feature


def test_the_language_cookie_is_same_site_and_http_only(client, db):
    response = client.post("/i18n/setlang/", {"language": "en", "next": "/"})

    cookie = response.cookies[settings.LANGUAGE_COOKIE_NAME]
    assert cookie.value == "en"
    assert cookie["samesite"] == "Lax"
    assert cookie["httponly"] is True


def test_the_language_cookie_is_secure_in_production():
    script = (
        "from django.conf import settings\n"
        "print(settings.LANGUAGE_COOKIE_SECURE, settings.LANGUAGE_COOKIE_SAMESITE)\n"
    )

    result = manage(
        "shell", "-c", script, DEBUG="0", SECRET_KEY="x" * 60, ALLOWED_HOSTS="vielfalt.example.org"
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[-2:] == ["True", "Lax"]


INLINE = [
    (
        re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*nonce=\"\{\{ CSP_NONCE \}\}\")[^>]*>"),
        "inline <script>",
    ),
    (re.compile(r"<style(?![^>]*nonce=\"\{\{ CSP_NONCE \}\}\")[^>]*>"), "<style> without nonce"),
    (re.compile(r"\sstyle\s*="), "style attribute"),
    (re.compile(r"\son[a-z]+\s*="), "event handler attribute"),
    (re.compile(r"javascript:"), "javascript: URL"),
]


def test_no_template_has_inline_script_or_style():
    found = []
    for path in sorted(TEMPLATE_DIR.rglob("*.html")):
        if {"mail", "email"} & set(path.relative_to(TEMPLATE_DIR).parts[:-1]):
            continue  # mail bodies are read in mail programs, not under the site's CSP
        text = path.read_text()
        for pattern, what in INLINE:
            for match in pattern.finditer(text):
                line = text.count("\n", 0, match.start()) + 1
                found.append(f"{path.relative_to(TEMPLATE_DIR)}:{line}: {what}")

    assert not found, "\n".join(found)


def test_htmx_is_told_not_to_inject_styles_or_eval(client, db):
    html = client.get("/angebote/").content.decode()

    config = re.search(r"<meta name=\"htmx-config\" content='([^']+)'>", html).group(1)
    assert '"includeIndicatorStyles": false' in config
    assert '"allowEval": false' in config
