from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OfferingsConfig(AppConfig):
    name = "vielfalt.offerings"
    label = "offerings"
    verbose_name = _("Angebote")

    def ready(self):
        from .facets import connect_signals

        connect_signals()
