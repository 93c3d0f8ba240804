from django.contrib import admin, messages
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from .models import Mail
from .sending import retry


def is_coordinator(request) -> bool:
    return bool(getattr(request.user, "is_coordinator", False))


@admin.register(Mail)
class MailAdmin(admin.ModelAdmin):
    """What the site sent or tries to send. Read-only; failed mails can be sent again.

    The text of a mail is not shown: it may hold a one-time link (an
    invitation, a password reset) that would let its reader into the account.
    """

    list_display = ["created_at", "to", "subject", "state_display", "attempts", "next_attempt_at"]
    list_filter = ["state"]
    search_fields = ["to"]
    date_hierarchy = "created_at"
    actions = ["send_again"]
    fields = [
        "to",
        "reply_to",
        "subject",
        "language",
        "state",
        "attempts",
        "created_at",
        "next_attempt_at",
        "sent_at",
        "last_error",
    ]
    readonly_fields = fields

    class Media:
        css = {"all": ["vielfalt/outbox-admin.css"]}

    @admin.display(description=gettext_lazy("Zustand"), ordering="state")
    def state_display(self, obj):
        if obj.state == Mail.State.FAILED:
            return format_html('<strong class="outbox-failed">{}</strong>', obj.get_state_display())
        return obj.get_state_display()

    @admin.action(description=gettext_lazy("Erneut senden"), permissions=["change"])
    def send_again(self, request, queryset):
        count = retry(queryset)
        skipped = queryset.count() - count
        if count:
            self.message_user(
                request,
                ngettext(
                    "%(count)d E-Mail wird erneut verschickt.",
                    "%(count)d E-Mails werden erneut verschickt.",
                    count,
                )
                % {"count": count},
                messages.SUCCESS,
            )
        if skipped:
            self.message_user(
                request,
                _(
                    "Schon verschickte oder gerade gesendete E-Mails wurden nicht noch "
                    "einmal gesendet (%(count)d)."
                )
                % {"count": skipped},
                messages.WARNING,
            )

    # Coordinators see the outbox; nobody writes or deletes mails by hand.
    def has_module_permission(self, request):
        return is_coordinator(request)

    def has_view_permission(self, request, obj=None):
        return is_coordinator(request)

    def has_change_permission(self, request, obj=None):
        # Only for the action: every field is read-only.
        return is_coordinator(request)

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
