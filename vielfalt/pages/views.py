from django.http import Http404
from django.shortcuts import render
from django.utils.translation import gettext as _

from vielfalt.forums.models import Forum
from vielfalt.network.models import Person
from vielfalt.privacy import record
from vielfalt.process.models import Milestone
from vielfalt.vocabularies.models import CrossCuttingTheme, LifePhase

from .models import Page


def home(request):
    forums = list(Forum.objects.public())
    return render(
        request,
        "pages/home.html",
        {
            "milestones": Milestone.objects.all(),
            "active_forums": [f for f in forums if f.status == Forum.Status.ACTIVE],
            "dormant_forums": [f for f in forums if f.status == Forum.Status.DORMANT],
            "proposed_forums": [f for f in forums if f.status == Forum.Status.PROPOSED],
            "themes": CrossCuttingTheme.objects.all(),
            "life_phases": LifePhase.objects.filter(in_prevention_chain=True),
            "coordinators": contact_people(),
        },
    )


def page(request, slug):
    try:
        obj = Page.objects.get(slug=slug)
    except Page.DoesNotExist:
        raise Http404(_("Diese Seite gibt es noch nicht.")) from None
    context = {"page": obj}
    if obj.slug == Page.Slug.PRIVACY:
        # The periods come from the settings, so the notice states what the site does.
        context["retention"] = record.retention_rows()
    return render(request, "pages/page.html", context)


def contact_people():
    """The coordinators whose contact is public, for the contact block."""
    return Person.objects.public_coordinators()
