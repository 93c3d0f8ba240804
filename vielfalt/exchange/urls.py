"""Import and export of offerings; the paths sit beside the finder's."""

from django.urls import path

from . import translation_views, views

app_name = "exchange"

urlpatterns = [
    path("angebote/export.<str:fmt>", views.export, name="export"),
    path("angebote/import/", views.import_start, name="import"),
    path("angebote/import/vorlage.<str:fmt>", views.import_template, name="import_template"),
    path("angebote/import/<str:token>/", views.import_preview, name="import_preview"),
    path(
        "angebote/uebersetzungen/",
        translation_views.translations_page,
        name="translations",
    ),
]
