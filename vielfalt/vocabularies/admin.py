from django.contrib import admin

from .models import CrossCuttingTheme, District, Language, LifePhase, TargetGroup


class VocabularyAdmin(admin.ModelAdmin):
    list_display = ["name", "name_en", "slug", "position"]
    list_editable = ["position"]
    search_fields = ["name", "name_en", "name_tr", "name_ar", "name_uk", "slug"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(LifePhase)
class LifePhaseAdmin(VocabularyAdmin):
    list_display = [*VocabularyAdmin.list_display, "min_age", "max_age", "in_prevention_chain"]
    list_filter = ["in_prevention_chain"]


@admin.register(Language)
class LanguageAdmin(VocabularyAdmin):
    list_display = ["name", "native_name", "code", "position"]
    search_fields = [*VocabularyAdmin.search_fields, "code", "native_name"]


admin.site.register(District, VocabularyAdmin)
admin.site.register(CrossCuttingTheme, VocabularyAdmin)
admin.site.register(TargetGroup, VocabularyAdmin)
