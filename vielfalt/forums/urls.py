from django.urls import path

from . import views

app_name = "forums"

urlpatterns = [
    path("", views.forum_list, name="list"),
    path("<slug:slug>/", views.forum_detail, name="detail"),
    path("<slug:slug>/arbeitsbereich/", views.forum_workspace, name="workspace"),
    path("<slug:slug>/bearbeiten/", views.forum_edit, name="edit"),
    path("<slug:slug>/mitglieder/", views.forum_members, name="members"),
    path("<slug:slug>/beitreten/", views.forum_join, name="join"),
    path("<slug:slug>/austreten/", views.forum_leave, name="leave"),
    path(
        "<slug:slug>/mitglieder/anfragen/<int:request_id>/",
        views.forum_request_decide,
        name="request_decide",
    ),
    path(
        "<slug:slug>/mitglieder/<int:membership_id>/rolle/",
        views.forum_member_role,
        name="member_role",
    ),
    path(
        "<slug:slug>/mitglieder/<int:membership_id>/entfernen/",
        views.forum_member_remove,
        name="member_remove",
    ),
]
