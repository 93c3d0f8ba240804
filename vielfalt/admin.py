from django.contrib import admin
from django.utils.translation import gettext_lazy as _


class VielfaltAdminSite(admin.AdminSite):
    """The back office: open to coordinators (and superusers) only."""

    site_header = _("Vielfalt – Verwaltung")
    site_title = _("Vielfalt – Verwaltung")
    index_title = _("Netzwerk verwalten")

    def has_permission(self, request):
        user = request.user
        return user.is_active and getattr(user, "is_coordinator", False)
