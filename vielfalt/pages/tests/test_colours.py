"""Text colours of the base layout keep 4.5:1 contrast, also in the states that
axe-core cannot see in a screenshot (hover) and on every background they meet."""

import re
from pathlib import Path

import pytest
from django.conf import settings

CSS = (Path(settings.BASE_DIR) / "vielfalt" / "static" / "vielfalt" / "site.css").read_text()
ROOT = dict(re.findall(r"--([\w-]+):\s*(#[0-9a-fA-F]{6})", CSS.split("}", 1)[0]))
WHITE = "#ffffff"

# (text, background, where)
PAIRS = [
    ("ink", "paper", "body text"),
    ("ink", "tint", "text on tinted blocks, messages"),
    ("muted", "paper", "help texts"),
    ("muted", "tint", "footer text"),
    ("brand", "paper", "links"),
    ("brand-dark", "paper", "headings, link hover, skip link, secondary button"),
    ("brand-dark", "tint", "footer links, secondary button hover"),
    (WHITE, "brand-dark", "header, language switch, button hover"),
    (WHITE, "brand", "main navigation, buttons"),
    ("brand-dark", WHITE, "current language, language button hover"),
    ("ok", "paper", "badge: active"),
    ("warn", "paper", "badge: dormant"),
    ("warn", "tint", "badge on a dormant forum's card"),
    ("warn", "warn-bg", "demo banner"),
    ("ink", "warn-bg", "notice text"),
    ("accent", "paper", "badge: proposed, planned"),
    ("muted", "tint", "badge: closed on a tinted card"),
    ("error", "paper", "error messages"),
    ("error", "error-bg", "error messages in the summary"),
    ("ink", "error-bg", "error summary text"),
    (WHITE, "error", "danger button"),
]


def colour(name):
    return name if name.startswith("#") else ROOT[name]


def luminance(hex_colour):
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(foreground, background):
    lighter, darker = sorted([luminance(foreground), luminance(background)], reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def test_the_contrast_formula_is_right():
    assert contrast("#000000", "#ffffff") == pytest.approx(21)
    assert contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)


@pytest.mark.parametrize(("text", "background", "where"), PAIRS, ids=[p[2] for p in PAIRS])
def test_text_keeps_a_contrast_of_at_least_4_5_to_1(text, background, where):
    ratio = contrast(colour(text), colour(background))

    assert ratio >= 4.5, f"{where}: {text} on {background} is only {ratio:.2f}:1"
