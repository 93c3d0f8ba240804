from django import forms
from django.utils.translation import gettext_lazy as _


class KnownValuesField(forms.MultipleChoiceField):
    """Several values from a list; unknown ones are dropped, not an error.

    Finder links get shared and bookmarked; a value that no longer exists
    should not empty the page. ``ignored`` holds what was dropped.
    """

    def clean(self, value):
        values = self.to_python(value)
        known = {str(key) for key, _label in self.choices}
        self.ignored = [v for v in values if v not in known]
        return [v for v in values if v in known]


class FinderForm(forms.Form):
    """The finder's GET form: free text, the filter groups, "kostenlos" and the page."""

    q = forms.CharField(
        label=_("Suchbegriff"),
        max_length=200,
        required=False,
        help_text=_("Zum Beispiel: Sprachkurs, Beratung, Schwimmen"),
        error_messages={"max_length": _("Bitte höchstens %(limit_value)d Zeichen eingeben.")},
    )
    free = forms.BooleanField(label=_("nur kostenlose Angebote"), required=False)
    pro = forms.BooleanField(
        label=_("nur Fortbildungen und Fachtage für Fachkräfte"), required=False
    )
    page = forms.IntegerField(min_value=1, required=False)

    def __init__(self, data, facets):
        super().__init__(data)
        self.facets = facets
        for facet in facets:
            self.fields[facet.key] = KnownValuesField(
                label=facet.legend,
                required=False,
                choices=[(option.slug, str(option)) for option in facet.options],
            )

    def cleaned(self, name, default):
        """The field's clean value, or ``default`` when it was invalid."""
        return self.cleaned_data.get(name, default) if hasattr(self, "cleaned_data") else default

    @property
    def query(self):
        return self.cleaned("q", "") or ""

    @property
    def page_number(self):
        return self.cleaned("page", 1) or 1

    @property
    def only_free(self):
        return self.cleaned("free", False)

    @property
    def for_professionals(self):
        """Offerings for professionals instead of those for families."""
        return self.cleaned("pro", False)

    def selected(self):
        """Facet key -> ids of the chosen options."""
        chosen = {}
        for facet in self.facets:
            slugs = set(self.cleaned(facet.key, []))
            chosen[facet.key] = [option.pk for option in facet.options if option.slug in slugs]
        return chosen

    def ignored_values(self):
        """Filter values in the URL that match nothing (and were left out)."""
        return [
            value
            for facet in self.facets
            for value in getattr(self.fields[facet.key], "ignored", [])
        ]

    @property
    def q_error(self):
        return "q" in self.errors
