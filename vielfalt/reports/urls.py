from django.urls import path

from . import (
    chain_views,
    concept_views,
    gaps_views,
    lists,
    matrix_views,
    network_views,
    progress_views,
)

app_name = "reports"

urlpatterns = [
    path("praeventionskette/", chain_views.prevention_chain, name="chain"),
    path("praeventionskette/angebote/", chain_views.chain_offerings, name="chain_offerings"),
    path("praeventionskette/zellen/", chain_views.chain_cells, name="chain_cells"),
    path("berichte/", matrix_views.index, name="index"),
    path("berichte/abdeckung/", matrix_views.coverage_matrix, name="matrix"),
    path("berichte/abdeckung.xlsx", matrix_views.coverage_matrix_xlsx, name="matrix_xlsx"),
    path("berichte/luecken/", gaps_views.gaps_list, name="gaps"),
    path("netzwerk/karte/", network_views.network_map, name="map"),
    path("berichte/fortschritt/", progress_views.progress_dashboard, name="progress"),
    path("was-ist-passiert/", progress_views.what_happened, name="what_happened"),
    path("berichte/konzept/", concept_views.concept_draft, name="concept"),
    path(
        "berichte/konzept/einleitung/",
        concept_views.concept_introduction,
        name="concept_introduction",
    ),
    path("berichte/liste/<slug:which>/", lists.entry_list, name="entries"),
]
