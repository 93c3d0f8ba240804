from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CollectionConfig(AppConfig):
    name = "vielfalt.collection"
    label = "collection"
    verbose_name = _("Sammlung der Foren")

    def ready(self):
        from . import triage_admin  # noqa: F401 (registers the impulses' admin)
        from .suggestions import register_sections

        register_sections()
