from django.urls import path

from . import committees, organise, views

app_name = "events"

urlpatterns = [
    path("", views.event_list, name="list"),
    path("kalender.ics", views.feed_ics, name="feed"),
    path("forum/<slug:slug>/kalender.ics", views.forum_feed_ics, name="forum_feed"),
    path("prozess/", views.process, name="process"),
    path("gremien/<int:pk>/", views.briefing_detail, name="briefing"),
    path("gremien/<int:pk>/rueckmeldung/", committees.record_feedback, name="feedback"),
    path("anmeldung/<str:token>/", views.registered, name="registered"),
    path("abmelden/<str:token>/", views.cancel, name="cancel"),
    path("<int:pk>/", views.event_detail, name="detail"),
    path("<int:pk>/anmelden/", views.register, name="register"),
    path("<int:pk>/kalender.ics", views.event_ics, name="ics"),
    path("<int:pk>/teilnehmende/", organise.participants, name="participants"),
    path("<int:pk>/teilnehmende.csv", organise.export_csv, name="export_csv"),
    path("<int:pk>/teilnehmende.xlsx", organise.export_xlsx, name="export_xlsx"),
    path("<int:pk>/einlass/", organise.check_in, name="check_in"),
    path("<int:pk>/einlass/<int:registration_pk>/", organise.mark_attended, name="mark_attended"),
    path("<int:pk>/namensliste/", organise.name_list, name="name_list"),
    path("<int:pk>/nachricht/", organise.message, name="message"),
    path("<int:pk>/protokoll/", organise.minutes, name="minutes"),
    path("<int:pk>/foren-zuordnen/", organise.assign_forums, name="assign_forums"),
]
