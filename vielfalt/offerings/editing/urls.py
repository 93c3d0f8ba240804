"""Pages where providers maintain offerings; included into the offerings namespace."""

from django.urls import path

from . import views

urlpatterns = [
    path("angebote/verwalten/", views.manage, name="manage"),
    path("angebote/neu/", views.create, name="create"),
    path("angebote/<int:pk>/bearbeiten/", views.edit, name="edit"),
    path("angebote/<int:pk>/status/", views.change_status, name="status"),
]
