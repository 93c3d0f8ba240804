from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DashboardConfig(AppConfig):
    """Mein Bereich: a signed-in person's page, their data download, the invitation page."""

    name = "vielfalt.dashboard"
    label = "dashboard"
    verbose_name = _("Mein Bereich")
