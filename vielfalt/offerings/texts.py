"""Which language of an offering's texts a reader sees, and how it is marked.

The offering's own fields are the German source; ``OfferingText`` rows hold
translations. A page shows each text in the reader's language where one
exists and otherwise in German; a text in another language than the page's
carries its own ``lang`` (and ``dir``, so that Arabic runs right to left in
a German page and German left to right in an Arabic one).
"""

from dataclasses import dataclass
from typing import Any

from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

SOURCE_LANGUAGE = "de"
RIGHT_TO_LEFT = {"ar", "arc", "ckb", "dv", "fa", "he", "ku-arab", "ps", "sd", "ug", "ur", "yi"}
TEXT_FIELDS = ("name", "short_description", "description")


def base_code(code: str | None) -> str:
    """``"en-gb"`` -> ``"en"``; the part of a language code that offerings' texts use."""
    return (code or SOURCE_LANGUAGE).lower().split("-")[0].split("_")[0]


def direction(code: str | None) -> str:
    """``"rtl"`` for languages written right to left, else ``"ltr"``."""
    code = (code or "").lower()
    return "rtl" if code in RIGHT_TO_LEFT or base_code(code) in RIGHT_TO_LEFT else "ltr"


@dataclass
class ShownField:
    """One text as shown: its value and the language it is in."""

    value: str
    language: str
    page_language: str

    def __str__(self) -> str:
        return self.value

    def __bool__(self) -> bool:
        return bool(self.value)

    @property
    def dir(self) -> str:
        return direction(self.language)

    @property
    def attrs(self) -> SafeString:
        """`` lang="…" dir="…"`` when the text's language differs from the page's, else ""."""
        if self.language == self.page_language:
            return mark_safe("")  # noqa: S308 - a constant empty string
        return format_html(' lang="{}" dir="{}"', self.language, self.dir)


@dataclass
class ShownText:
    name: ShownField
    short_description: ShownField
    description: ShownField


def translation_for(offering: Any, language: str | None) -> Any:
    """The offering's OfferingText in ``language`` (uses prefetched ``texts``), or None."""
    code = base_code(language)
    if code == SOURCE_LANGUAGE:
        return None
    for text in offering.texts.all():
        if base_code(text.language) == code:
            return text
    return None


def shown_text(offering: Any, language: str | None = None) -> ShownText:
    """The offering's texts in ``language`` (the reader's) where given, else in German."""
    page_language = base_code(language or get_language())
    translation = translation_for(offering, page_language)
    fields = {}
    for field in TEXT_FIELDS:
        translated = getattr(translation, field, "") if translation else ""
        if translated:
            fields[field] = ShownField(translated, page_language, page_language)
        else:
            fields[field] = ShownField(getattr(offering, field), SOURCE_LANGUAGE, page_language)
    return ShownText(**fields)
