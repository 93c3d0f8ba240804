from django.urls import path

from . import views_answer, views_invitations, views_manage, views_results

app_name = "surveys"

M = "umfragen/verwalten/"

urlpatterns = [
    path("umfrage/offen/<str:public_token>/", views_answer.answer_public, name="answer_public"),
    path("umfrage/<str:token>/", views_answer.answer, name="answer"),
    path(M, views_manage.survey_list, name="list"),
    path(f"{M}neu/", views_manage.survey_create, name="create"),
    path(f"{M}<int:pk>/", views_manage.survey_detail, name="detail"),
    path(f"{M}<int:pk>/bearbeiten/", views_manage.survey_edit, name="edit"),
    path(f"{M}<int:pk>/vorschau/", views_manage.preview, name="preview"),
    path(f"{M}<int:pk>/kopieren/", views_manage.survey_copy, name="copy"),
    path(f"{M}<int:pk>/oeffentlicher-link/", views_manage.public_link, name="public_link"),
    path(f"{M}<int:pk>/abschnitte/neu/", views_manage.section_add, name="section_add"),
    path(
        f"{M}<int:pk>/abschnitte/<int:section_pk>/bearbeiten/",
        views_manage.section_edit,
        name="section_edit",
    ),
    path(
        f"{M}<int:pk>/abschnitte/<int:section_pk>/verschieben/",
        views_manage.section_move,
        name="section_move",
    ),
    path(
        f"{M}<int:pk>/abschnitte/<int:section_pk>/loeschen/",
        views_manage.section_delete,
        name="section_delete",
    ),
    path(
        f"{M}<int:pk>/abschnitte/<int:section_pk>/fragen/neu/",
        views_manage.question_add,
        name="question_add",
    ),
    path(
        f"{M}<int:pk>/fragen/<int:question_pk>/bearbeiten/",
        views_manage.question_edit,
        name="question_edit",
    ),
    path(
        f"{M}<int:pk>/fragen/<int:question_pk>/verschieben/",
        views_manage.question_move,
        name="question_move",
    ),
    path(
        f"{M}<int:pk>/fragen/<int:question_pk>/loeschen/",
        views_manage.question_delete,
        name="question_delete",
    ),
    path(f"{M}<int:pk>/einladungen/", views_invitations.invitations, name="invitations"),
    path(
        f"{M}<int:pk>/einladungen/personen/", views_invitations.invite_people, name="invite_people"
    ),
    path(f"{M}<int:pk>/einladungen/import/", views_invitations.import_csv, name="import_csv"),
    path(f"{M}<int:pk>/einladungen/erinnern/", views_invitations.remind, name="remind"),
    path(
        f"{M}<int:pk>/einladungen/<int:invitation_pk>/zurueckziehen/",
        views_invitations.revoke,
        name="revoke",
    ),
    path(f"{M}<int:pk>/ergebnisse/", views_results.results, name="results"),
    path(f"{M}<int:pk>/ergebnisse/export.csv", views_results.export_csv, name="export_csv"),
    path(f"{M}<int:pk>/ergebnisse/export.xlsx", views_results.export_xlsx, name="export_xlsx"),
    path(f"{M}<int:pk>/ergebnisse/bericht.pdf", views_results.report_pdf, name="report_pdf"),
    path(
        f"{M}<int:pk>/ergebnisse/antworten/<int:answer_pk>/",
        views_results.answer_detail,
        name="answer_detail",
    ),
]
