from django.contrib import admin, messages
from django.db.models import Count
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from vielfalt.network.models import Person

from . import revival
from .models import Forum, ForumMembership, ForumMembershipRequest, Pledge


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
    readonly_fields = ["reactivated_on"]
    actions = ["reactivate_forums"]

    @admin.action(description=_("Ruhende Foren wieder beleben (Zusagende per Mail informieren)"))
    def reactivate_forums(self, request, queryset):
        if not request.user.has_perm("forums.reactivate_forum"):
            self.message_user(request, _("Das darf nur die Koordination."), messages.ERROR)
            return
        revived = [forum for forum in queryset if revival.reactivate(forum) is not None]
        self.message_user(
            request,
            ngettext(
                "%(count)d Forum ist wieder aktiv.",
                "%(count)d Foren sind wieder aktiv.",
                len(revived),
            )
            % {"count": len(revived)},
        )

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


@admin.register(Pledge)
class PledgeAdmin(admin.ModelAdmin):
    list_display = ["name", "forum", "person", "created", "confirmed_at", "notified_at"]
    list_filter = ["forum", "language"]
    search_fields = ["name", "email", "message"]
    list_select_related = ["forum", "person"]
    readonly_fields = [
        "forum",
        "person",
        "language",
        "consent_given_at",
        "consent_text",
        "created",
        "confirmed_at",
        "notified_at",
    ]
