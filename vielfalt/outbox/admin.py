from django.contrib import admin, messages
from django.http import HttpRequest
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from .models import Mail, MailQuerySet
from .sending import retry


def is_coordinator(request: HttpRequest) -> bool:
    return bool(getattr(request.user, "is_coordinator", False))


# Shown, all read-only (a tuple: the admin reads it, nobody changes it).
FIELDS = (
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
)


@admin.register(Mail)
class MailAdmin(admin.ModelAdmin[Mail]):
    """What the site sent or tries to send. Read-only; failed mails can be sent again.

    The text of a mail is not shown: it may hold a one-time link (an
    invitation, a password reset) that would let its reader into the account.
    """

    list_display = ["created_at", "to", "subject", "state_display", "attempts", "next_attempt_at"]
    list_filter = ["state"]
    search_fields = ["to"]
    date_hierarchy = "created_at"
    actions = ["send_again"]
    fields = FIELDS
    readonly_fields = FIELDS

    class Media:
        css = {"all": ["vielfalt/outbox-admin.css"]}

    @admin.display(description=gettext_lazy("Zustand"), ordering="state")
    def state_display(self, obj: Mail) -> str:
        if obj.state == Mail.State.FAILED:
            return format_html('<strong class="outbox-failed">{}</strong>', obj.get_state_display())
        return obj.get_state_display()

    @admin.action(description=gettext_lazy("Erneut senden"), permissions=["change"])
    def send_again(self, request: HttpRequest, queryset: MailQuerySet) -> None:
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
    def has_module_permission(self, request: HttpRequest) -> bool:
        return is_coordinator(request)

    def has_view_permission(self, request: HttpRequest, obj: Mail | None = None) -> bool:
        return is_coordinator(request)

    def has_change_permission(self, request: HttpRequest, obj: Mail | None = None) -> bool:
        # Only for the action: every field is read-only.
        return is_coordinator(request)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Mail | None = None) -> bool:
        return False
