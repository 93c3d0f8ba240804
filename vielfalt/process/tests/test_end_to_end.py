"""The whole join flow, as a person and a coordinator go through it."""

import re

import pytest
from django.core import mail
from django.urls import reverse

from vielfalt.conftest import pass_second_factor
from vielfalt.forums.models import ForumMembership
from vielfalt.network.models import Person
from vielfalt.process.models import InterestRequest

from .helpers import join_data


@pytest.mark.django_db(transaction=True)
def test_a_person_joins_from_the_form_to_the_forums(client, coordinator, forum, dormant_forum):
    # 1. The person fills in the form.
    response = client.post(
        reverse("process:join"),
        join_data(forums=[forum.pk, dormant_forum.pk], email="Neu.Person@example.org"),
    )
    assert response.status_code == 302
    assert "Bitte bestätigen Sie" in client.get(response["Location"]).content.decode()

    # 2. The confirmation mail carries the link.
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["Neu.Person@example.org"]
    link = re.search(r"https?://\S+/mitmachen/bestaetigen/\S+/", mail.outbox[0].body).group(0)
    path = link.split("://", 1)[1].split("/", 1)[1]
    path = "/" + path

    # 3. Opening the link shows a button; pressing it confirms.
    assert "Ja, ich möchte mitmachen" in client.get(path).content.decode()
    assert InterestRequest.objects.get().status == InterestRequest.Status.UNCONFIRMED
    assert "ist bestätigt" in client.post(path).content.decode()
    assert mail.outbox[-1].to == ["clara@example.org"]

    # 4. The coordinator sees it on the triage page and accepts it.
    client.force_login(coordinator)
    pass_second_factor(client, coordinator)
    triage = client.get(reverse("process:triage")).content.decode()
    assert "Ayşe Yılmaz" in triage
    interest = InterestRequest.objects.get()
    client.post(reverse("process:accept", args=[interest.pk]))

    # 5. The person is in the network and in both forums, and was welcomed.
    person = Person.objects.get(email__iexact="neu.person@example.org")
    assert set(
        ForumMembership.objects.filter(person=person).values_list("forum__slug", flat=True)
    ) == {forum.slug, dormant_forum.slug}
    assert person.public_contact is False
    interest.refresh_from_db()
    assert interest.status == InterestRequest.Status.ACCEPTED
    assert interest.person == person
    welcome = mail.outbox[-1]
    assert welcome.to == ["Neu.Person@example.org"]
    assert "Willkommen" in welcome.subject
    assert len(mail.outbox) == 3
