from django.contrib import admin
from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from vielfalt.network.models import Person

from .models import Forum, ForumMembership, ForumMembershipRequest


class MembershipInline(admin.TabularInline):
    model = ForumMembership
    extra = 1
    autocomplete_fields = ["person"]


@admin.register(Forum)
class ForumAdmin(admin.ModelAdmin):
    list_display = ["name", "status", "member_count", "position", "updated"]
    list_filter = ["status"]
    list_editable = ["position"]
    search_fields = ["name", "name_en", "description"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [MembershipInline]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(member_count=Count("memberships"))

    @admin.display(description=_("Mitglieder"), ordering="member_count")
    def member_count(self, obj):
        return obj.member_count


@admin.register(ForumMembership)
class ForumMembershipAdmin(admin.ModelAdmin):
    list_display = ["person", "forum", "role", "joined_on"]
    list_filter = ["role", "forum"]
    search_fields = ["person__name", "person__email", "forum__name"]
    autocomplete_fields = ["person", "forum"]
    list_select_related = ["person", "forum"]


class PersonMembershipInline(admin.TabularInline):
    """A person's forums on their page in the back office."""

    model = ForumMembership
    extra = 0
    autocomplete_fields = ["forum"]


# network registers PersonAdmin without knowing about forums (it sits below
# them); forums adds the memberships to the registered instance.
person_admin = admin.site.get_model_admin(Person)
person_admin.inlines = [*person_admin.inlines, PersonMembershipInline]


@admin.register(ForumMembershipRequest)
class ForumMembershipRequestAdmin(admin.ModelAdmin):
    list_display = ["person", "forum", "status", "requested_at", "decided_at", "decided_by"]
    list_filter = ["status", "forum"]
    list_select_related = ["person", "forum", "decided_by"]
    search_fields = ["person__name", "person__email", "forum__name"]
    autocomplete_fields = ["person", "decided_by"]
    readonly_fields = ["requested_at", "decided_at", "decided_by"]
