"""The demo's Forum Arbeitsmarkt comes back to life: a logged-in pledge, a
public pledge confirmed through the mail's link, the coordinator's
reactivation, and exactly one mail to each of the two."""

import re

from django.test import Client
from django.urls import reverse

from vielfalt.accounts.models import User
from vielfalt.conftest import pass_second_factor
from vielfalt.forums.models import Forum, ForumMembership
from vielfalt.outbox.models import Mail


def test_a_pledge_revives_forum_arbeitsmarkt_and_the_pledgers_are_told(demo_data, db):
    forum = Forum.objects.get(slug="arbeitsmarkt")
    assert forum.status == Forum.Status.DORMANT
    before = Forum.objects.get(pk=forum.pk).pledges.confirmed().count()

    # 1. A person of the network pledges with one button.
    network = Client()
    member = User.objects.get(email="mitglied@example.org")
    network.force_login(member)
    network.post(reverse("forums:pledge_person", args=[forum.slug]))

    # 2. Someone from the public pledges with the form and confirms by the mail's button.
    public = Client()
    public.post(
        reverse("forums:pledge", args=[forum.slug]),
        {"name": "Jana Beispiel", "email": "jana.beispiel@example.org", "consent": "on"},
    )
    confirmation = Mail.objects.get(to="jana.beispiel@example.org")
    path = re.search(r"https?://[^/\s]+(/\S+/)\s", confirmation.body).group(1)
    public.post(path)
    page = public.get(forum.get_absolute_url()).content.decode()
    assert f"{before + 2} Personen würden dieses Forum aufgreifen" in page

    # 3. The coordinator reactivates the forum in one step.
    coordination = Client()
    coordinator = User.objects.get(email="koordination@example.org")
    coordination.force_login(coordinator)
    pass_second_factor(coordination, coordinator)
    assert (
        "Jana Beispiel"
        in coordination.get(reverse("forums:reactivate", args=[forum.slug])).content.decode()
    )
    coordination.post(reverse("forums:reactivate", args=[forum.slug]))
    coordination.post(
        reverse("forums:reactivate", args=[forum.slug])
    )  # a second click sends nothing

    # 4. Each pledger got exactly one mail about it.
    told = Mail.objects.filter(subject__contains="Arbeitsmarkt startet wieder")
    assert told.filter(to="mitglied@example.org").count() == 1
    assert told.filter(to="jana.beispiel@example.org").count() == 1
    assert "Hallo Jana Beispiel" in told.get(to="jana.beispiel@example.org").body
    assert "Sie sind jetzt Mitglied im Forum" in told.get(to="mitglied@example.org").body
    assert told.count() == before + 2
    assert ForumMembership.objects.filter(forum=forum, person__user=member).exists()

    # 5. The public page follows the status.
    page = public.get(forum.get_absolute_url()).content.decode()
    assert "Dieses Forum ruht" not in page
    assert "aktiv" in page and "wieder aktiv" in page
    assert "In diesem Forum mitmachen" in page
