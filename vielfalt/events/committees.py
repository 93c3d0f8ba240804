"""Committee feedback: recorded on the briefing and sent to a forum's triage inbox."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from vielfalt.collection.models import Impulse, Source
from vielfalt.forums.models import Forum

from .forms import FeedbackForm
from .models import Briefing


def impulse_from_feedback(briefing: Briefing, forum: Forum, title: str, text: str) -> Impulse:
    """An open impulse in ``forum``'s inbox that points back at the briefing."""
    return Impulse.objects.create(
        forum=forum,
        title=title,
        text=text,
        status=Impulse.Status.OPEN,
        source=Source.COMMITTEE,
        source_note=f"{briefing.committee}, {briefing.date:%d.%m.%Y}"[:200],
        source_object=briefing,
    )


@login_required
def record_feedback(request: HttpRequest, pk: int) -> HttpResponse:
    if not request.user.has_perm("events.record_feedback"):
        raise Http404
    briefing = get_object_or_404(Briefing.objects.select_related("committee"), pk=pk)
    form = FeedbackForm(request.POST or None, briefing=briefing)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        with transaction.atomic():
            briefing.feedback = data["feedback"]
            briefing.save(update_fields=["feedback"])
            briefing.forums.add(data["forum"])
            impulse_from_feedback(briefing, data["forum"], data["title"], data["feedback"])
        messages.success(
            request,
            _("Die Rückmeldung liegt jetzt als Impuls beim Forum %(forum)s.")
            % {"forum": data["forum"].label},
        )
        return redirect(briefing)
    return render(request, "events/feedback.html", {"briefing": briefing, "form": form})
