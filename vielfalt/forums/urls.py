from django.urls import path

from . import views

app_name = "forums"

urlpatterns = [
    path("", views.forum_list, name="list"),
    path("<slug:slug>/", views.forum_detail, name="detail"),
]
