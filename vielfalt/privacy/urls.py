from django.urls import path

from . import views

app_name = "privacy"

urlpatterns = [
    path("meine-daten/", views.my_data, name="my_data"),
]
