from django.urls import path

from . import views

app_name = "pages"

urlpatterns = [
    path("", views.home, name="home"),
    path("impressum/", views.page, {"slug": "impressum"}, name="imprint"),
    path("datenschutz/", views.page, {"slug": "datenschutz"}, name="privacy"),
    path("leichte-sprache/", views.page, {"slug": "leichte-sprache"}, name="easy_read"),
    path("barrierefreiheit/", views.page, {"slug": "barrierefreiheit"}, name="accessibility"),
]
