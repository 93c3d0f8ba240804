from django.urls import path

from . import revival_views, views

app_name = "forums"

urlpatterns = [
    path("", views.forum_list, name="list"),
    path("zusage/gesendet/", revival_views.pledge_check_mail, name="pledge_check_mail"),
    path("zusage/bestaetigen/<str:token>/", revival_views.pledge_confirm, name="pledge_confirm"),
    path("<slug:slug>/", views.forum_detail, name="detail"),
    path("<slug:slug>/arbeitsbereich/", views.forum_workspace, name="workspace"),
    path("<slug:slug>/bearbeiten/", views.forum_edit, name="edit"),
    path("<slug:slug>/mitglieder/", views.forum_members, name="members"),
    path("<slug:slug>/beitreten/", views.forum_join, name="join"),
    path("<slug:slug>/austreten/", views.forum_leave, name="leave"),
    path("<slug:slug>/aufgreifen/", revival_views.forum_pledge, name="pledge"),
    path(
        "<slug:slug>/aufgreifen/zusagen/",
        revival_views.forum_pledge_person,
        name="pledge_person",
    ),
    path("<slug:slug>/wiederbeleben/", revival_views.forum_reactivate, name="reactivate"),
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
