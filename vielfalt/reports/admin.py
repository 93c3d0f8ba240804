from django.contrib import admin

from .models import ChainCell, ConceptIntroduction


@admin.register(ChainCell)
class ChainCellAdmin(admin.ModelAdmin):
    list_display = ["life_phase", "forum", "does_not_apply", "reason"]
    list_filter = ["does_not_apply", "life_phase", "forum"]
    list_select_related = ["life_phase", "forum"]


@admin.register(ConceptIntroduction)
class ConceptIntroductionAdmin(admin.ModelAdmin):
    list_display = ["title", "updated", "updated_by"]
    readonly_fields = ["updated", "updated_by"]

    def save_model(self, request, obj, form, change):
        obj.updated_by = request.user
        super().save_model(request, obj, form, change)
