"""The impulses in the back office: a read-mostly list for the coordinators.

Decisions are made in the triage inbox (/foren/impulse/), where they are
conditional updates with their checks; here coordinators search, look, give
and give an impulse without a forum its forum.
"""

from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import Impulse, PublicSuggestion


class PublicSuggestionInline(admin.StackedInline):
    model = PublicSuggestion
    can_delete = False
    extra = 0
    max_num = 0
    fields = ["name", "email", "consent_given_at", "consent_text", "language", "confirmed_at"]
    readonly_fields = fields


@admin.register(Impulse)
class ImpulseAdmin(SimpleHistoryAdmin):
    list_display = ["title", "forum", "status", "source", "created", "decided_by", "entry"]
    list_filter = ["status", "source", "forum"]
    search_fields = ["title", "text", "source_note", "dismiss_reason"]
    list_select_related = ["forum", "decided_by", "entry"]
    date_hierarchy = "created"
    inlines = [PublicSuggestionInline]
    fields = [
        "forum",
        "title",
        "text",
        "status",
        "source",
        "source_note",
        "entry",
        "dismiss_reason",
        "created",
        "decided_at",
        "decided_by",
    ]
    readonly_fields = [
        "title",
        "text",
        "status",
        "source",
        "source_note",
        "entry",
        "dismiss_reason",
        "created",
        "decided_at",
        "decided_by",
    ]

    # Coordinators only (the collection is not among the apps whose every
    # permission they hold); nobody adds or deletes here: impulses come
    # through the inbox's form or the public one, and are dismissed, not deleted.
    def has_module_permission(self, request):
        return request.user.is_coordinator

    def has_view_permission(self, request, obj=None):
        return request.user.is_coordinator

    def has_change_permission(self, request, obj=None):
        return request.user.is_coordinator

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def get_readonly_fields(self, request, obj=None):
        # Only an impulse that waits for a forum may get one here.
        if obj is not None and obj.forum_id is not None:
            return [*self.readonly_fields, "forum"]
        return self.readonly_fields
