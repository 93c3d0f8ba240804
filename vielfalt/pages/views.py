from django.http import Http404
from django.shortcuts import render
from django.utils.functional import cached_property
from django.utils.translation import gettext as _

from vielfalt.forums.models import Forum
from vielfalt.network.models import Person
from vielfalt.privacy import record
from vielfalt.process.models import Milestone
from vielfalt.vocabularies.models import CrossCuttingTheme, LifePhase

from .fragments import home_key
from .models import Page


class ForumsByStatus:
    """The public forums by status, read when the template first asks (not on a cache hit)."""

    @cached_property
    def _all(self):
        return list(Forum.objects.public())

    def _with(self, status):
        return [forum for forum in self._all if forum.status == status]

    def active(self):
        return self._with(Forum.Status.ACTIVE)

    def dormant(self):
        return self._with(Forum.Status.DORMANT)

    def proposed(self):
        return self._with(Forum.Status.PROPOSED)


def home(request):
    forums = ForumsByStatus()
    # Querysets and callables only: on a hit of the content's cache nothing is read.
    return render(
        request,
        "pages/home.html",
        {
            "home_key": home_key(),
            "milestones": Milestone.objects.all(),
            "active_forums": forums.active,
            "dormant_forums": forums.dormant,
            "proposed_forums": forums.proposed,
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
