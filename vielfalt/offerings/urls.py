from django.urls import include, path

from . import views

app_name = "offerings"

urlpatterns = [
    path("angebote/", views.finder, name="finder"),
    path("angebote/<int:pk>/", views.offering_detail, name="detail"),
    path("angebote/<int:pk>/drucken/", views.offering_print, name="print"),
    path("", include("vielfalt.offerings.editing.urls")),
]
