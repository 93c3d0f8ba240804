from django.urls import path

from . import idle_timeout, ratelimit, second_factor

app_name = "accounts"

urlpatterns = [
    path("entsperren/<str:token>/", ratelimit.unlock, name="login_unlock"),
    path(
        "zwei-faktoren/",
        second_factor.second_factor_required,
        name="second_factor_required",
    ),
    path("sitzung/", idle_timeout.keep_alive, name="keep_alive"),
    path("eingaben/", idle_timeout.kept_input, name="kept_input"),
]
