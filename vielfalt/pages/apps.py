from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PagesConfig(AppConfig):
    name = "vielfalt.pages"
    label = "pages"
    verbose_name = _("Seiten")

    def ready(self):
        from .fragments import connect_signals

        connect_signals()
