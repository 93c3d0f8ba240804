"""Content fields with an optional English twin (``name`` and ``name_en``)."""

from django.utils.translation import get_language


def localized(obj, field):
    """The value of ``field`` in the active language, falling back to German."""
    lang = (get_language() or "de").split("-")[0]
    if lang != "de":
        value = getattr(obj, f"{field}_{lang}", "")
        if value:
            return value
    return getattr(obj, field)
