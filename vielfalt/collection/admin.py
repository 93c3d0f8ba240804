from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import ApproachUpdate, CrossCuttingNote, Entry


class CrossCuttingNoteInline(admin.TabularInline):
    model = CrossCuttingNote
    extra = 0


class ApproachUpdateInline(admin.TabularInline):
    model = ApproachUpdate
    extra = 0
    autocomplete_fields = ["author"]


@admin.register(Entry)
class EntryAdmin(SimpleHistoryAdmin):
    list_display = ["title", "kind", "forum", "status", "progress", "is_published"]
    list_filter = ["kind", "status", "is_published", "forum"]
    search_fields = ["title", "description"]
    list_select_related = ["forum"]
    autocomplete_fields = ["created_by", "organisations", "offerings", "needs"]
    filter_horizontal = ["life_phases", "districts", "target_groups"]
    inlines = [CrossCuttingNoteInline, ApproachUpdateInline]


@admin.register(ApproachUpdate)
class ApproachUpdateAdmin(admin.ModelAdmin):
    list_display = ["approach", "date", "status", "progress"]
    list_filter = ["status"]
    list_select_related = ["approach"]
    search_fields = ["approach__title", "text"]
    autocomplete_fields = ["approach", "author"]
