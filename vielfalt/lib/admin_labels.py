"""Names for the back office's form fields that have no label of their own.

Django's admin shows the fields of a tabular inline and the editable columns of
a list (``list_editable``) under a column heading, with no ``<label>``: a screen
reader announces an unnamed field. And the date and the time of a split date
and time field share one label that points at neither. Here every such field
gets an ``aria-label`` naming the field and its row ("Rolle, Zeile 2"), and
each part of a split field its part ("Einwilligung am: Zeit").

``LabelledFieldsAdmin`` applies this to a ModelAdmin's form, its inlines and
its list; the back office's site mixes it into every ModelAdmin it registers
(vielfalt.admin.VielfaltAdminSite), so an app's admin needs nothing for it.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib.admin.widgets import AdminSplitDateTime
from django.db import models
from django.forms.utils import pretty_name
from django.utils.translation import gettext as _


class LabelledSplitDateTime(AdminSplitDateTime):
    """The admin's date and time inputs, each with a visible label ("Datum:", "Zeit:")."""

    template_name = "lib/widgets/split_datetime.html"


def part_names(widget: forms.MultiWidget) -> list[str]:
    """What the inputs of a widget of several inputs are, in order."""
    if isinstance(widget, forms.SplitDateTimeWidget):
        # Django's own words for them, as its widget shows them ("Datum:", "Zeit:").
        return [_("Date:").rstrip(":"), _("Time:").rstrip(":")]
    return [
        _("Teil %(number)d") % {"number": number} for number in range(1, len(widget.widgets) + 1)
    ]


def name_parts(widget: forms.Widget, label: str) -> None:
    """Give each input of a widget of several inputs its own name."""
    inner = getattr(widget, "widget", widget)  # the admin's RelatedFieldWidgetWrapper
    if isinstance(inner, forms.MultiWidget):
        for part, name in zip(inner.widgets, part_names(inner), strict=True):
            part.attrs["aria-label"] = _("%(field)s: %(part)s") % {"field": label, "part": name}


def field_label(form: forms.BaseForm, name: str) -> str:
    field = form.fields[name]
    return str(field.label) if field.label else pretty_name(name)


def label_row_fields(form: forms.BaseForm, index: int | None) -> None:
    """The fields of one row of a table of forms, named by column and row."""
    for name, field in form.fields.items():
        widget = field.widget
        if widget.is_hidden:
            continue
        if index is None:  # the row the admin's script copies for "add another"
            label = _("%(field)s, neue Zeile") % {"field": field_label(form, name)}
        else:
            label = _("%(field)s, Zeile %(row)d") % {
                "field": field_label(form, name),
                "row": index + 1,
            }
        # The admin's RelatedFieldWidgetWrapper renders its inner widget (a
        # copied wrapper's own attrs are still the original inner widget's).
        inner: forms.Widget = getattr(widget, "widget", None) or widget
        inner.attrs["aria-label"] = label
        name_parts(widget, label)


def labelled_formset(
    formset_class: type[forms.BaseFormSet[Any]],
) -> type[forms.BaseFormSet[Any]]:
    """``formset_class``, with each form's fields named by column and row."""

    class LabelledFormSet(formset_class):  # type: ignore[valid-type,misc]
        def add_fields(self, form: forms.BaseForm, index: int | None) -> None:
            super().add_fields(form, index)
            label_row_fields(form, index)

    LabelledFormSet.__name__ = LabelledFormSet.__qualname__ = formset_class.__name__
    return LabelledFormSet


class LabelledFieldsAdmin:
    """A ModelAdmin mixin: every field of its form, inlines and list has a name."""

    def formfield_for_dbfield(self, db_field: Any, request: Any, **kwargs: Any) -> Any:
        # Django's own choice for a date and time (not one an admin made) gets labels.
        overrides = getattr(self, "formfield_overrides", {}).get(type(db_field), {})
        if (
            isinstance(db_field, models.DateTimeField)
            and overrides.get("widget") is AdminSplitDateTime
        ):
            kwargs.setdefault("widget", LabelledSplitDateTime)
        formfield = super().formfield_for_dbfield(db_field, request, **kwargs)  # type: ignore[misc]
        if formfield is not None and formfield.label:
            # A field with its own label: only the parts of a split field need names.
            name_parts(formfield.widget, str(formfield.label))
        return formfield

    def get_formsets_with_inlines(self, request: Any, obj: Any = None) -> Any:
        for formset, inline in super().get_formsets_with_inlines(request, obj):  # type: ignore[misc]
            yield labelled_formset(formset), inline

    def get_changelist_formset(self, request: Any, **kwargs: Any) -> Any:
        return labelled_formset(super().get_changelist_formset(request, **kwargs))  # type: ignore[misc]
