from django import forms
from django.contrib import admin, messages
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from vielfalt.network.models import Organisation

from .models import Location, Offering, OfferingText
from .search import refresh_search_index
from .synonyms import SynonymGroup
from .text_forms import BaseOfferingTextFormSet, OfferingTextForm


class NeedsConfirmationFilter(admin.SimpleListFilter):
    title = _("Bestätigung nötig")
    parameter_name = "needs_confirmation"

    def lookups(self, request, model_admin):
        return [("yes", _("ja")), ("no", _("nein"))]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.filter(needs_confirmation=True)
        if self.value() == "no":
            return queryset.filter(needs_confirmation=False)
        return queryset


class ProviderKindFilter(admin.SimpleListFilter):
    title = _("Art des Anbieters")
    parameter_name = "provider_kind"

    def lookups(self, request, model_admin):
        return Organisation.Kind.choices

    def queryset(self, request, queryset):
        if self.value():
            return queryset.filter(organisation__kind=self.value())
        return queryset


class OfferingTextInline(admin.StackedInline):
    model = OfferingText
    form = OfferingTextForm
    formset = BaseOfferingTextFormSet
    extra = 0
    verbose_name = _("Übersetzung")
    verbose_name_plural = _("Übersetzungen")


@admin.register(Offering)
class OfferingAdmin(admin.ModelAdmin):
    inlines = [OfferingTextInline]
    list_display = [
        "name",
        "organisation",
        "status",
        "last_confirmed",
        "needs_confirmation",
        "is_public",
    ]
    list_filter = [
        "status",
        "is_public",
        "for_professionals",
        NeedsConfirmationFilter,
        ProviderKindFilter,
        "life_phases",
        "forums",
        "languages",
    ]
    search_fields = ["name", "short_description", "description", "organisation__name"]
    autocomplete_fields = ["organisation"]
    filter_horizontal = ["locations", "life_phases", "forums", "target_groups", "languages"]
    list_select_related = ["organisation"]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    date_hierarchy = "last_confirmed"
    readonly_fields = ["created", "updated"]
    actions = ["confirm", "pause", "end"]
    fieldsets = [
        (None, {"fields": ["name", "organisation", "short_description", "description", "url"]}),
        (
            _("Für wen"),
            {
                "fields": [
                    "life_phases",
                    "target_groups",
                    "for_professionals",
                    "forums",
                    "languages",
                    "eligibility",
                ]
            },
        ),
        (
            _("Wann, wo, Kosten"),
            {
                "fields": [
                    "schedule",
                    "locations",
                    "is_free",
                    "fee",
                    "fee_amount",
                    "currency",
                    "accessibility",
                ]
            },
        ),
        (_("Kontakt"), {"fields": ["contact_name", "contact_email", "contact_phone"]}),
        (
            _("Status"),
            {
                "fields": [
                    "status",
                    "is_public",
                    "last_confirmed",
                    "provider_confirmed",
                    "confirmation_requested_at",
                    "external_id",
                    "created",
                    "updated",
                ]
            },
        ),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).with_confirmation_mark()

    @admin.display(description=_("Bestätigung nötig"), boolean=True, ordering="needs_confirmation")
    def needs_confirmation(self, obj):
        return obj.needs_confirmation

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        refresh_search_index([form.instance.pk])

    @admin.action(description=_("Als bestätigt markieren"))
    def confirm(self, request, queryset):
        count = queryset.mark_confirmed()
        self.message_user(
            request,
            ngettext(
                "%(count)d Angebot als bestätigt markiert.",
                "%(count)d Angebote als bestätigt markiert.",
                count,
            )
            % {"count": count},
            messages.SUCCESS,
        )

    @admin.action(description=_("Pausieren"))
    def pause(self, request, queryset):
        count = queryset.set_status(Offering.Status.PAUSED)
        self.message_user(
            request,
            ngettext("%(count)d Angebot pausiert.", "%(count)d Angebote pausiert.", count)
            % {"count": count},
            messages.SUCCESS,
        )

    @admin.action(description=_("Beenden"))
    def end(self, request, queryset):
        count = queryset.set_status(Offering.Status.ENDED)
        self.message_user(
            request,
            ngettext("%(count)d Angebot beendet.", "%(count)d Angebote beendet.", count)
            % {"count": count},
            messages.SUCCESS,
        )


@admin.register(Location)
class LocationAdmin(admin.ModelAdmin):
    list_display = ["name", "organisation", "street", "postal_code", "city", "district"]
    list_filter = ["district", "organisation__kind"]
    search_fields = ["name", "street", "city", "organisation__name"]
    autocomplete_fields = ["organisation"]
    list_select_related = ["organisation", "district"]


@admin.register(SynonymGroup)
class SynonymGroupAdmin(admin.ModelAdmin):
    """Everyday words for the finder; saving or deleting changes its results at once."""

    list_display = ["__str__", "note", "updated"]
    search_fields = ["terms", "note"]
    fields = ["terms", "note"]
    formfield_overrides = {models.TextField: {"widget": forms.Textarea(attrs={"rows": 8})}}
