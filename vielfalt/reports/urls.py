from django.urls import path

from . import chain_views

app_name = "reports"

urlpatterns = [
    path("praeventionskette/", chain_views.prevention_chain, name="chain"),
    path("praeventionskette/angebote/", chain_views.chain_offerings, name="chain_offerings"),
    path("praeventionskette/zellen/", chain_views.chain_cells, name="chain_cells"),
]
