from django.shortcuts import render
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from vielfalt.forums.models import Forum

from . import progress
from .charts import bar_chart, line_chart
from .rules import coordinators_only


@coordinators_only
def progress_dashboard(request):
    today = progress.today()
    forums = list(Forum.objects.public().exclude(status=Forum.Status.PROPOSED))
    months, members = progress.members_over_time(forums, today)
    events = progress.event_attendance()
    surveys = progress.survey_response_rates()
    statuses = progress.approaches_by_status(forums)
    month_labels = [date_format(month, "M Y") for month in months]
    return render(
        request,
        "reports/progress.html",
        {
            "months": month_labels,
            "members": members,
            "members_chart": line_chart(
                month_labels, [(str(forum.label), values) for forum, values in members]
            ),
            "events": events,
            "events_chart": bar_chart([(event.title, event.attended_count) for event in events]),
            "surveys": surveys,
            "surveys_chart": bar_chart(
                [(survey.title, survey.rate) for survey in surveys if survey.rate is not None],
                suffix=" %",
            ),
            "statuses": statuses,
            "statuses_chart": bar_chart([(str(label), n) for _s, label, n in statuses]),
            "confirmed": progress.recently_confirmed(today),
            "chart_title_members": _("Mitglieder je Forum in den letzten zwölf Monaten"),
        },
    )


def what_happened(request):
    return render(
        request,
        "reports/what_happened.html",
        {"forums": progress.published_approaches_by_forum()},
    )
