from django.urls import path

from . import views

app_name = "meetings"

# Under /foren/<slug>/treffen/ (see vielfalt/urls.py).
urlpatterns = [
    path("", views.meeting_list, name="list"),
    path("neu/", views.meeting_edit, name="create"),
    path("<int:pk>/", views.meeting_detail, name="detail"),
    path("<int:pk>/bearbeiten/", views.meeting_edit, name="edit"),
    path("<int:pk>/aufgaben/neu/", views.item_edit, name="item_add"),
    path("<int:pk>/aufgaben/<int:item_pk>/bearbeiten/", views.item_edit, name="item_edit"),
    path("<int:pk>/aufgaben/<int:item_pk>/erledigt/", views.item_done, name="item_done"),
    path("<int:pk>/anhaenge/neu/", views.attachment_add, name="attachment_add"),
    path("<int:pk>/anhaenge/<int:attachment_pk>/", views.attachment_download, name="attachment"),
    path(
        "<int:pk>/anhaenge/<int:attachment_pk>/loeschen/",
        views.attachment_delete,
        name="attachment_delete",
    ),
]
