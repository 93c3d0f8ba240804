from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from .models import InterestRequest, Milestone, TopicProposal


@admin.register(Milestone)
class MilestoneAdmin(admin.ModelAdmin):
    list_display = ["title", "date", "precision", "is_done", "position"]
    list_filter = ["is_done", "precision"]
    search_fields = ["title", "title_en", "description"]
    date_hierarchy = "date"


class ConfirmedFilter(admin.SimpleListFilter):
    title = _("E-Mail bestätigt")
    parameter_name = "confirmed"

    def lookups(self, request, model_admin):
        return [("yes", _("ja")), ("no", _("nein"))]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.exclude(status=InterestRequest.Status.UNCONFIRMED)
        if self.value() == "no":
            return queryset.filter(status=InterestRequest.Status.UNCONFIRMED)
        return queryset


@admin.register(InterestRequest)
class InterestRequestAdmin(admin.ModelAdmin):
    list_display = [
        "name",
        "email",
        "is_confirmed",
        "status",
        "forum_names",
        "new_topic",
        "created",
        "decided_by",
    ]
    list_filter = ["status", ConfirmedFilter, "forums", "language"]
    search_fields = ["name", "email", "organisation_name", "new_topic", "message"]
    list_select_related = ["decided_by"]
    date_hierarchy = "created"
    actions = ["accept_requests", "decline_requests"]
    filter_horizontal = ["forums"]
    readonly_fields = [
        "status",
        "consent_given_at",
        "consent_text",
        "language",
        "created",
        "confirmed_at",
        "decided_at",
        "decided_by",
        "person",
    ]
    fieldsets = [
        (None, {"fields": ["name", "email", "organisation_name"]}),
        (_("Wunsch"), {"fields": ["forums", "new_topic", "message"]}),
        (
            _("Ablauf"),
            {"fields": ["status", "created", "confirmed_at", "decided_at", "decided_by", "person"]},
        ),
        (_("Einwilligung"), {"fields": ["consent_given_at", "consent_text", "language"]}),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("forums")

    def has_add_permission(self, request):
        # Requests come through the public form, with the person's own consent.
        return False

    @admin.display(description=_("bestätigt"), boolean=True, ordering="confirmed_at")
    def is_confirmed(self, obj):
        return obj.is_confirmed

    @admin.display(description=_("Foren"))
    def forum_names(self, obj):
        return ", ".join(forum.name for forum in obj.forums.all())

    @admin.action(description=_("Ausgewählte Anfragen annehmen"))
    def accept_requests(self, request, queryset):
        self._decide(request, queryset, InterestRequest.accept)

    @admin.action(description=_("Ausgewählte Anfragen ablehnen"))
    def decline_requests(self, request, queryset):
        self._decide(request, queryset, InterestRequest.decline)

    def _decide(self, request, queryset, decide):
        done = skipped = 0
        for interest in queryset:
            if decide(interest, request.user):
                done += 1
            else:
                skipped += 1
        if done:
            self.message_user(
                request,
                ngettext("%(count)d Anfrage entschieden.", "%(count)d Anfragen entschieden.", done)
                % {"count": done},
                messages.SUCCESS,
            )
        if skipped:
            self.message_user(
                request,
                ngettext(
                    "%(count)d Anfrage übersprungen: nicht bestätigt oder schon entschieden.",
                    "%(count)d Anfragen übersprungen: nicht bestätigt oder schon entschieden.",
                    skipped,
                )
                % {"count": skipped},
                messages.WARNING,
            )


@admin.register(TopicProposal)
class TopicProposalAdmin(admin.ModelAdmin):
    """For looking up; coordinators decide on the page "Vorgeschlagene Themen"."""

    list_display = ["title", "name", "status", "created", "forum", "decided_by"]
    list_filter = ["status"]
    search_fields = ["title", "name", "email", "answer"]
    list_select_related = ["forum", "decided_by"]
    readonly_fields = [
        "interest",
        "status",
        "forum",
        "answer",
        "language",
        "created",
        "decided_at",
        "decided_by",
    ]
