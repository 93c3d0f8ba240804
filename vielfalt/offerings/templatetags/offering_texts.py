from django import template

from vielfalt.offerings.texts import ShownText, shown_text

register = template.Library()


@register.simple_tag
def offering_text(offering) -> ShownText:
    """``{% offering_text offering as text %}``: the texts in the reader's language, else German."""
    return shown_text(offering)
