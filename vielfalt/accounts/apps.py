from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "vielfalt.accounts"
    label = "accounts"
    verbose_name = _("Benutzerkonten")

    def ready(self):
        from . import idle_timeout, second_factor  # noqa: F401 (connect their receivers)
