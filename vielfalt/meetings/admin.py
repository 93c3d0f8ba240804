"""The back office of meetings: coordinators correct meetings and action items."""

from django.contrib import admin
from django.db import models
from simple_history.admin import SimpleHistoryAdmin

from .models import ActionItem, Attachment, Meeting


class ActionItemInline(admin.TabularInline):
    model = ActionItem
    extra = 0
    fields = ["what", "responsible", "responsible_name", "due_on", "done", "done_at"]
    autocomplete_fields = ["responsible"]


class AttachmentInline(admin.TabularInline):
    model = Attachment
    extra = 0
    fields = ["original_name", "content_type", "size", "uploaded_by", "uploaded_at"]
    readonly_fields = fields
    can_delete = True

    def has_add_permission(self, request, obj=None):  # type: ignore[no-untyped-def]
        return False  # uploads go through the meeting page, which checks the content


@admin.register(Meeting)
class MeetingAdmin(SimpleHistoryAdmin):
    list_display = ["title", "forum", "starts_at", "place"]
    list_filter = ["forum"]
    search_fields = ["title", "place", "agenda", "minutes", "decisions"]
    date_hierarchy = "starts_at"
    list_select_related = ["forum"]
    autocomplete_fields = ["created_by"]
    inlines = [ActionItemInline, AttachmentInline]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}


@admin.register(ActionItem)
class ActionItemAdmin(SimpleHistoryAdmin):
    list_display = ["what", "meeting", "responsible_display", "due_on", "done"]
    list_filter = ["done", "meeting__forum"]
    search_fields = ["what", "responsible__name", "responsible_name", "meeting__title"]
    list_select_related = ["meeting__forum", "responsible"]
    autocomplete_fields = ["responsible", "meeting"]

    @admin.display(description=ActionItem._meta.get_field("responsible").verbose_name)
    def responsible_display(self, obj: ActionItem) -> str:
        return obj.responsible_label
