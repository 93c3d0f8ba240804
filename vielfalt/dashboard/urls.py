from django.urls import path

from . import views

app_name = "dashboard"

urlpatterns = [
    path("start/", views.dashboard, name="dashboard"),
    path("einladung/<str:uidb64>/<str:token>/", views.invitation, name="invitation"),
]
