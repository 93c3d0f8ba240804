from django.contrib.admin.apps import AdminConfig


class VielfaltAdminConfig(AdminConfig):
    default_site = "vielfalt.admin.VielfaltAdminSite"
