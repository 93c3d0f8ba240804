from django.contrib import admin
from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from .models import Organisation, Person


class PersonInline(admin.TabularInline):
    model = Person
    fields = ["name", "position", "email", "phone"]
    extra = 0
    show_change_link = True


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "city", "people_count", "is_public", "updated"]
    list_filter = ["kind", "is_public", "districts"]
    search_fields = ["name", "description", "email", "city"]
    prepopulated_fields = {"slug": ["name"]}
    filter_horizontal = ["districts"]
    inlines = [PersonInline]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(people_count=Count("people"))

    @admin.display(description=_("Personen"), ordering="people_count")
    def people_count(self, obj):
        return obj.people_count


@admin.register(Person)
class PersonAdmin(admin.ModelAdmin):
    list_display = ["name", "organisation", "roles_display", "email", "public_contact", "user"]
    list_filter = [
        "is_coordinator",
        "is_expert",
        "is_multiplier",
        "public_contact",
        "organisation__kind",
    ]
    search_fields = ["name", "email", "organisation__name", "position"]
    autocomplete_fields = ["organisation", "user"]
    list_select_related = ["organisation", "user"]
    # Apps above network extend this admin: vielfalt.forums.admin adds the forum
    # memberships, vielfalt.privacy.admin the actions on people (invite, export, erase).
    fieldsets = [
        (None, {"fields": ["name", "organisation", "position", "email", "phone", "user"]}),
        (_("Rollen"), {"fields": ["is_coordinator", "is_expert", "is_multiplier"]}),
        (
            _("Öffentlicher Kontakt"),
            {"fields": ["public_contact", "consent_given_at", "consent_text"]},
        ),
        (_("Intern"), {"fields": ["notes"]}),
    ]

    def get_readonly_fields(self, request, obj=None):
        readonly = list(super().get_readonly_fields(request, obj))
        if not request.user.is_superuser:
            # Being a coordinator, or the login linked to one, grants the back office:
            # only superusers hand that out (see accounts.admin.RIGHTS_FIELDS).
            readonly += ["is_coordinator", "user"]
        return readonly
