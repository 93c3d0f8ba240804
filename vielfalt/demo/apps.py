from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DemoConfig(AppConfig):
    """All demo data of all apps, ``load_demo`` and the data generator (no models)."""

    name = "vielfalt.demo"
    label = "demo"
    verbose_name = _("Demo")
