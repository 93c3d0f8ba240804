from django.urls import include, path

from . import views, views_my_chain

app_name = "offerings"

urlpatterns = [
    path("angebote/", views.finder, name="finder"),
    path("angebote/<int:pk>/", views.offering_detail, name="detail"),
    path("angebote/<int:pk>/drucken/", views.offering_print, name="print"),
    path("meine-praeventionskette/", views_my_chain.my_chain, name="my_chain"),
    path(
        "meine-praeventionskette/leaflet.pdf",
        views_my_chain.my_chain_leaflet,
        name="my_chain_leaflet",
    ),
    path("", include("vielfalt.offerings.editing.urls")),
]
