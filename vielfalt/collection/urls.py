from django.urls import path

from . import overview, views

app_name = "collection"

urlpatterns = [
    path("uebersicht/", overview.coordination_overview, name="overview"),
    path("<slug:slug>/sammlung/", views.collection_board, name="board"),
    path("<slug:slug>/sammlung/neu/<str:kind>/", views.entry_create, name="create"),
    path("<slug:slug>/sammlung/<int:entry_id>/", views.entry_detail, name="entry"),
    path("<slug:slug>/sammlung/<int:entry_id>/bearbeiten/", views.entry_edit, name="edit"),
    path(
        "<slug:slug>/sammlung/<int:entry_id>/fortschritt/",
        views.approach_update,
        name="update",
    ),
    path(
        "<slug:slug>/sammlung/<int:entry_id>/veroeffentlichen/",
        views.entry_publish,
        name="publish",
    ),
]
