from django.contrib import admin

from .models import Milestone


@admin.register(Milestone)
class MilestoneAdmin(admin.ModelAdmin):
    list_display = ["title", "date", "precision", "is_done", "position"]
    list_filter = ["is_done", "precision"]
    search_fields = ["title", "title_en", "description"]
    date_hierarchy = "date"
