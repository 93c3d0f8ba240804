from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    name = "vielfalt.events"
    label = "events"
    verbose_name = _("Veranstaltungen und Gremien")

    def ready(self) -> None:
        from . import rules  # noqa: F401 (registers the permissions)
