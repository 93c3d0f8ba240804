from django import template

from vielfalt.lib.i18n import localized

register = template.Library()


@register.filter
def tr(obj, field):
    """``{{ forum|tr:"name" }}``: the field in the active language."""
    return localized(obj, field)


@register.simple_tag(takes_context=True)
def query_replace(context, **kwargs):
    """The current query string with some parameters replaced (for pagination links)."""
    query = context["request"].GET.copy()
    for key, value in kwargs.items():
        if value in (None, ""):
            query.pop(key, None)
        else:
            query[key] = value
    return query.urlencode()
