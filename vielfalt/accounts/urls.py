from django.urls import path

from . import ratelimit, views

app_name = "accounts"

urlpatterns = [
    path("start/", views.dashboard, name="dashboard"),
    path("entsperren/<str:token>/", ratelimit.unlock, name="login_unlock"),
    path("einladung/<str:uidb64>/<str:token>/", views.invitation, name="invitation"),
]
