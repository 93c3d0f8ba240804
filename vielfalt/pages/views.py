from django.conf import settings
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
        if slug != Page.Slug.EASY_READ:
            raise Http404(_("Diese Seite gibt es noch nicht.")) from None
        # Every header links here, so the page is never missing: until the
        # coordinators write their own, a short general text stands in.
        obj = Page(slug=slug, title="Leichte Sprache", body=default_easy_read_text())
    context = {"page": obj}
    if obj.slug == Page.Slug.PRIVACY:
        # The periods come from the settings, so the notice states what the site does.
        context["retention"] = record.retention_rows()
    if obj.slug == Page.Slug.EASY_READ:
        context["sections"] = easy_read_sections(obj.body)
        return render(request, "pages/easy_read.html", context)
    return render(request, "pages/page.html", context)


def default_easy_read_text():
    """A short text in Leichte Sprache that fits any installation (German on purpose)."""
    town = settings.SITE_TOWN
    return (
        "Hier erklären wir diese Internet-Seite in Leichter Sprache.\n\n"
        "Was ist diese Internet-Seite?\n"
        f"Die Seite ist für die Menschen in {town}.\n"
        "Auf der Seite finden Sie Hilfe und Angebote.\n"
        "Zum Beispiel Kurse und Beratung.\n\n"
        "Wie finden Sie Hilfe?\n"
        "Gehen Sie auf die Seite: Angebote finden.\n"
        "Dort können Sie ein Wort eingeben.\n"
        "Dann sehen Sie passende Angebote.\n\n"
        "Wie können Sie mitmachen?\n"
        "Gehen Sie auf die Seite: Mitmachen.\n"
        "Dort können Sie uns schreiben."
    )


def easy_read_sections(text):
    """Leichte Sprache as headed sections: a paragraph whose first line is a
    question and is followed by more lines starts a section with that question
    as its heading; every line is one sentence and stays on its own line."""
    sections = []
    for block in text.replace("\r\n", "\n").split("\n\n"):
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        if not lines:
            continue
        if len(lines) > 1 and lines[0].endswith("?"):
            sections.append({"heading": lines[0], "paragraphs": [lines[1:]]})
        elif sections:
            sections[-1]["paragraphs"].append(lines)
        else:
            sections.append({"heading": "", "paragraphs": [lines]})
    return sections


def contact_people():
    """The coordinators whose contact is public, for the contact block."""
    return Person.objects.public_coordinators()
