"""The back office of events and committees (coordinators)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from vielfalt.process.models import Milestone

from .documents import check_document
from .models import Briefing, BriefingDocument, Committee, Event, ForumPreference, Registration


class CoordinatorsManage:
    """Coordinators run events and briefings (the app is not among COORDINATED_APPS)."""

    def _allowed(self, request: HttpRequest) -> bool:
        return bool(getattr(request.user, "is_coordinator", False) or request.user.is_superuser)

    def has_module_permission(self, request: HttpRequest) -> bool:
        return self._allowed(request)

    def has_view_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return self._allowed(request)

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return self._allowed(request)

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return self._allowed(request)

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return self._allowed(request)


class PreferenceInline(CoordinatorsManage, admin.TabularInline):  # type: ignore[type-arg]
    model = ForumPreference
    extra = 0


@admin.register(Event)
class EventAdmin(CoordinatorsManage, admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ["title", "kind", "starts_at", "capacity", "is_public"]
    list_filter = ["kind", "is_public"]
    search_fields = ["title", "description", "place"]
    date_hierarchy = "starts_at"
    filter_horizontal = ["forums"]
    autocomplete_fields = ["organiser_person", "organiser_organisation"]


@admin.register(Registration)
class RegistrationAdmin(CoordinatorsManage, admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ["name", "email", "event", "status", "attended", "created"]
    list_filter = ["status", "attended", "event"]
    search_fields = ["name", "email", "organisation_name"]
    list_select_related = ["event"]
    raw_id_fields = ["person"]
    inlines = [PreferenceInline]


@admin.register(Committee)
class CommitteeAdmin(CoordinatorsManage, admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ["name", "kind"]
    list_filter = ["kind"]
    search_fields = ["name"]


class DocumentForm(forms.ModelForm):  # type: ignore[type-arg]
    class Meta:
        model = BriefingDocument
        fields = ["title", "file", "url"]

    def clean_file(self) -> Any:
        upload = self.cleaned_data.get("file")
        if upload and hasattr(upload, "content_type"):  # a new upload, not the stored file
            check_document(upload)
        return upload

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if bool(cleaned.get("file")) == bool(cleaned.get("url")):
            raise forms.ValidationError(
                _("Bitte laden Sie eine Datei hoch oder geben Sie einen Link an, nicht beides.")
            )
        return cleaned


class DocumentInline(CoordinatorsManage, admin.TabularInline):  # type: ignore[type-arg]
    model = BriefingDocument
    form = DocumentForm
    extra = 1


@admin.register(Briefing)
class BriefingAdmin(CoordinatorsManage, admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ["date", "committee", "topic", "is_public"]
    list_filter = ["committee", "is_public"]
    search_fields = ["topic", "summary", "feedback"]
    date_hierarchy = "date"
    filter_horizontal = ["forums"]
    list_select_related = ["committee"]
    inlines = [DocumentInline]


class MilestoneEventInline(CoordinatorsManage, admin.TabularInline):  # type: ignore[type-arg]
    """A milestone's events on its page in the back office (linked from the event's side)."""

    model = Event
    fields = ["title", "kind", "starts_at"]
    readonly_fields = ["title", "kind", "starts_at"]
    extra = 0
    show_change_link = True

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


class MilestoneBriefingInline(MilestoneEventInline):
    model = Briefing  # type: ignore[assignment]
    fields = ["date", "committee", "topic"]
    readonly_fields = ["date", "committee", "topic"]


# process registers MilestoneAdmin without knowing about events (it sits below
# them); events adds its inlines to the registered instance.
milestone_admin = admin.site.get_model_admin(Milestone)
milestone_admin.inlines = [  # type: ignore[misc]
    *milestone_admin.inlines,
    MilestoneEventInline,
    MilestoneBriefingInline,
]
