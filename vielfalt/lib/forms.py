"""What every public form of the site says the same way: length and e-mail errors, the
consent that must be given, and the honeypot field that only bots fill in."""

from django.utils.translation import gettext_lazy as _

# The field bots fill in and people never see (hidden by CSS, aria-hidden, no tab stop).
HONEYPOT_FIELD = "website"

LENGTH_MESSAGE = _("Bitte höchstens %(limit_value)d Zeichen eingeben (jetzt: %(show_value)d).")

CONSENT_REQUIRED = _("Bitte stimmen Sie zu, damit wir Ihre Angaben speichern dürfen.")

NAME_ERRORS = {
    "required": _("Bitte geben Sie Ihren Namen ein."),
    "max_length": LENGTH_MESSAGE,
}

EMAIL_ERRORS = {
    "required": _("Bitte geben Sie Ihre E-Mail-Adresse ein."),
    "invalid": _("Bitte geben Sie eine gültige E-Mail-Adresse ein, zum Beispiel name@example.org."),
    "max_length": LENGTH_MESSAGE,
}
