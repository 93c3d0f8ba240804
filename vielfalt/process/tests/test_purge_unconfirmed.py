from datetime import timedelta

from django.core.management import call_command
from django.utils import timezone

from vielfalt.process.models import InterestRequest

from .helpers import join_data, make_request

Status = InterestRequest.Status


def age(interest, days):
    InterestRequest.objects.filter(pk=interest.pk).update(
        created=timezone.now() - timedelta(days=days)
    )


def test_it_deletes_only_unconfirmed_requests_whose_link_expired(db, forum):
    stale = make_request(status=Status.UNCONFIRMED, forums=[forum])
    fresh = make_request(status=Status.UNCONFIRMED, email="fresh@example.org")
    old_but_confirmed = make_request(email="old@example.org")
    for interest, days in ((stale, 8), (fresh, 6), (old_but_confirmed, 30)):
        age(interest, days)

    call_command("purge_unconfirmed_requests")

    assert set(InterestRequest.objects.all()) == {fresh, old_but_confirmed}


def test_a_new_submission_also_clears_expired_ones(client, db):
    stale = make_request(status=Status.UNCONFIRMED)
    age(stale, 8)
    client.post("/mitmachen/", join_data(email="new@example.org"))
    assert list(InterestRequest.objects.values_list("email", flat=True)) == ["new@example.org"]
