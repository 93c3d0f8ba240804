from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

from vielfalt.collection.models import Impulse, PublicSuggestion
from vielfalt.collection.triage_personal_data import (
    CATEGORIES,
    erase,
    erase_decisions,
    purge,
    retention,
)
from vielfalt.lib.personal_data import Subject

from .test_suggestion_confirm import make_suggestion
from .triage_helpers import make_impulse


def test_erasure_deletes_the_contact_and_unconfirmed_suggestions(forum):
    confirmed = make_suggestion(forum, title="Bestätigt")
    Impulse.objects.filter(pk=confirmed.impulse_id).update(status=Impulse.Status.OPEN)
    make_suggestion(forum, title="Unbestätigt")
    other = make_suggestion(forum, email="jemand@example.org", title="Fremd")
    subject = Subject(emails={"ayse@example.org"})

    assert erase(subject) == 2

    assert list(PublicSuggestion.objects.all()) == [other]
    assert set(Impulse.objects.values_list("title", flat=True)) == {"Bestätigt", "Fremd"}
    assert "Ayşe Yılmaz" in subject.names


def test_purge_removes_expired_suggestions_and_old_contacts(forum):
    now = timezone.now()
    stale = make_suggestion(forum, title="Abgelaufen")
    Impulse.objects.filter(pk=stale.impulse_id).update(created=now - timedelta(days=8))
    decided = make_suggestion(forum, title="Längst entschieden")
    Impulse.objects.filter(pk=decided.impulse_id).update(
        status=Impulse.Status.DISMISSED, decided_at=now - timedelta(days=400)
    )
    fresh = make_suggestion(forum, title="Frisch")

    assert purge(now) == 3  # the stale impulse with its suggestion, and one contact

    assert set(Impulse.objects.values_list("title", flat=True)) == {"Längst entschieden", "Frisch"}
    assert list(PublicSuggestion.objects.all()) == [fresh]


def test_the_record_names_the_periods():
    assert "7 Tagen" in retention()
    assert CATEGORIES[0].key == "collection.public_suggestions"


def test_erasure_keeps_the_decision_but_not_who_made_it(moderator_client, moderator, forum):
    impulse = make_impulse(forum)
    moderator_client.post(reverse("triage:dismiss", args=[impulse.pk]), {"dismiss-reason": "Nein"})
    subject = Subject(person=moderator.person, user=moderator)

    assert erase_decisions(subject) >= 2

    impulse.refresh_from_db()
    assert impulse.status == Impulse.Status.DISMISSED
    assert impulse.decided_by is None
    assert not impulse.history.filter(decided_by_id=moderator.person.pk).exists()
    assert not impulse.history.filter(history_user_id=moderator.pk).exists()
