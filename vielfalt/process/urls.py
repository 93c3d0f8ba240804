from django.urls import path

from . import views

app_name = "process"

urlpatterns = [
    path("", views.join, name="join"),
    path("gesendet/", views.check_mail, name="check_mail"),
    path("bestaetigen/<str:token>/", views.confirm, name="confirm"),
    path("anfragen/", views.triage, name="triage"),
    path("anfragen/<int:pk>/annehmen/", views.accept, name="accept"),
    path("anfragen/<int:pk>/ablehnen/", views.decline, name="decline"),
]
