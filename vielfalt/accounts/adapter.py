from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context as allauth_context
from django.conf import settings
from django.contrib.sites.shortcuts import get_current_site
from django.utils.translation import gettext_lazy as _

from vielfalt.lib.client_ip import client_ip
from vielfalt.outbox.mail import queue_message

from . import ratelimit


class AccountAdapter(DefaultAccountAdapter):
    # allauth's messages in plain German (German is the source language here).
    error_messages = {
        **DefaultAccountAdapter.error_messages,
        "account_inactive": _("Dieses Konto ist zurzeit nicht aktiv."),
        "email_password_mismatch": _("E-Mail-Adresse oder Passwort stimmen nicht."),
        "enter_current_password": _("Das bisherige Passwort stimmt nicht."),
        "incorrect_password": _("Das Passwort stimmt nicht."),
        "invalid_or_expired_key": _("Der Link ist ungültig oder abgelaufen."),
        "invalid_login": _("Die Anmeldung hat nicht geklappt."),
        "invalid_password_reset": _("Der Link zum Zurücksetzen ist ungültig."),
        "too_many_login_attempts": _(
            "Zu viele fehlgeschlagene Anmeldeversuche. Bitte warten Sie eine Minute "
            "und versuchen Sie es dann noch einmal."
        ),
        "too_many_account_login_attempts": _(
            "Für dieses Konto gab es zu viele fehlgeschlagene Anmeldeversuche. Wenn es "
            "Ihr Konto ist, schicken wir Ihnen einen Link, mit dem Sie sich in Ihrem "
            "Browser trotzdem anmelden können. Bitte sehen Sie in Ihr Postfach."
        ),
        "rate_limited": _("Zu viele Anfragen. Bitte warten Sie einen Moment."),
        "same_as_current": _("Der neue Wert muss sich vom bisherigen unterscheiden."),
    }

    def get_client_ip(self, request):
        # One answer for every limit: see vielfalt.lib.client_ip (TRUSTED_PROXY_COUNT).
        return client_ip(request) or super().get_client_ip(request)

    def pre_authenticate(self, request, **credentials):
        # Our limits, in a table that filling the cache cannot flush, counted
        # before the password is hashed (allauth rolls the count back on success).
        try:
            self._login_failed_rl_usage = ratelimit.consume_login(
                request, credentials.get("email", "")
            )
        except ratelimit.LoginRefused as refused:
            key = "too_many_account_login_attempts" if refused.reason == "account" else None
            raise self.validation_error(key or "too_many_login_attempts") from None

    def _delete_login_attempts_cached_email(self, request, **credentials):
        # After a successful password reset the owner starts afresh.
        ratelimit.clear_login(request, credentials.get("email", ""))

    def is_open_for_signup(self, request):
        # Nobody signs up: coordinators invite people by a one-time link.
        return False

    def can_delete_email(self, email_address):
        # The login address is also the person's contact: only coordinators change it.
        return False

    def send_mail(self, template_prefix, email, context):
        # Render now, store in the outbox and send after the commit (see outbox.mail),
        # so that a slow or broken SMTP server never breaks the page nor loses the mail.
        context = {
            "SITE_NAME": settings.SITE_NAME,
            "SITE_TOWN": settings.SITE_TOWN,
            "SITE_URL": settings.SITE_URL,
            **context,
        }
        request = context.get("request") or allauth_context.request
        context.setdefault("current_site", get_current_site(request))
        context.setdefault("request", request)
        context.setdefault("email", email)
        message = self.render_mail(template_prefix, email, context)
        queue_message(message.subject, message.body, message.to)
