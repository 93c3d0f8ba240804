from django.apps import AppConfig


class LibConfig(AppConfig):
    name = "vielfalt.lib"
    label = "lib"
