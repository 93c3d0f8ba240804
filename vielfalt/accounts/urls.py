from django.urls import path

from . import views

app_name = "accounts"

urlpatterns = [
    path("start/", views.dashboard, name="dashboard"),
    path("meine-daten/", views.my_data, name="my_data"),
    path("einladung/<str:uidb64>/<str:token>/", views.invitation, name="invitation"),
]
