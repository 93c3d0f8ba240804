from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

from vielfalt.api.endpoints import api
from vielfalt.privacy import views as privacy_views

# The open API has no language prefix: its address must not change with the language.
urlpatterns = [path("api/v1/", api.urls)]
urlpatterns += i18n_patterns(
    # Inside the language prefix: set_language can only translate the "next"
    # URL of a page in the language that is active when it runs.
    path("i18n/", include("django.conf.urls.i18n")),
    path("", include("vielfalt.pages.urls")),
    # Before the forums: "impulse/" would otherwise read as a forum's slug.
    path("foren/", include("vielfalt.collection.triage_urls")),
    path("foren/<slug:slug>/treffen/", include("vielfalt.meetings.urls")),
    # Before the forums: "foren/uebersicht/" would otherwise be a forum's slug.
    path("foren/", include("vielfalt.collection.urls")),
    path("foren/", include("vielfalt.forums.urls")),
    path("mitmachen/", include("vielfalt.process.urls")),
    path("veranstaltungen/", include("vielfalt.events.urls")),
    path("", include("vielfalt.surveys.urls")),
    path("", include("vielfalt.reports.urls")),
    path("", include("vielfalt.offerings.urls")),
    path("", include("vielfalt.exchange.urls")),
    path("konto/", include("vielfalt.accounts.urls")),
    path("konto/", include("vielfalt.privacy.urls")),
    path("konto/", include("vielfalt.dashboard.urls")),
    path("konto/", include("allauth.urls")),
    path(
        "verwaltung/verarbeitungsverzeichnis/",
        admin.site.admin_view(privacy_views.processing_record),
        name="processing_record",
    ),
    path("verwaltung/", admin.site.urls),
    prefix_default_language=False,
)

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

handler400 = "vielfalt.pages.errors.bad_request"
handler403 = "vielfalt.pages.errors.permission_denied"
handler404 = "vielfalt.pages.errors.page_not_found"
handler500 = "vielfalt.pages.errors.server_error"
