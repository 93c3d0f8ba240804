from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("i18n/", include("django.conf.urls.i18n")),
]

urlpatterns += i18n_patterns(
    path("", include("vielfalt.pages.urls")),
    path("foren/", include("vielfalt.forums.urls")),
    path("mitmachen/", include("vielfalt.process.urls")),
    path("", include("vielfalt.offerings.urls")),
    path("konto/", include("vielfalt.accounts.urls")),
    path("konto/", include("allauth.urls")),
    path("verwaltung/", admin.site.urls),
    prefix_default_language=False,
)

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
