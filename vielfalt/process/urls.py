from django.urls import path

from . import topic_views, views

app_name = "process"

urlpatterns = [
    path("", views.join, name="join"),
    path("gesendet/", views.check_mail, name="check_mail"),
    path("bestaetigen/<str:token>/", views.confirm, name="confirm"),
    path("anfragen/", views.triage, name="triage"),
    path("anfragen/<int:pk>/annehmen/", views.accept, name="accept"),
    path("anfragen/<int:pk>/ablehnen/", views.decline, name="decline"),
    path("themen/", topic_views.proposals, name="proposals"),
    path("themen/<int:pk>/", topic_views.proposal_detail, name="proposal"),
    path("themen/<int:pk>/eroeffnen/", topic_views.proposal_open, name="proposal_open"),
    path("themen/<int:pk>/antworten/", topic_views.proposal_answer, name="proposal_answer"),
]
