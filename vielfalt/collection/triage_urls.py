"""The triage inbox and the public suggestions (included under /foren/ before the forums)."""

from django.urls import path

from . import suggestions, triage

app_name = "triage"

urlpatterns = [
    path("impulse/", triage.inbox, name="inbox"),
    path("impulse/neu/", triage.impulse_new, name="new"),
    path("impulse/<int:pk>/", triage.impulse_detail, name="impulse"),
    path("impulse/<int:pk>/einsortieren/", triage.sort, name="sort"),
    path("impulse/<int:pk>/zusammenfuehren/", triage.merge, name="merge"),
    path("impulse/<int:pk>/verwerfen/", triage.dismiss, name="dismiss"),
    path(
        "vorschlag/bestaetigen/<str:token>/",
        suggestions.suggestion_confirm,
        name="suggestion_confirm",
    ),
    path("<slug:slug>/vorschlag/", suggestions.suggest, name="suggest"),
    path("<slug:slug>/vorschlag/gesendet/", suggestions.suggestion_sent, name="suggestion_sent"),
]
