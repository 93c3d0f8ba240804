"""Test data helpers for the join flow."""

from django.utils import timezone

from vielfalt.process.models import InterestRequest


def join_data(**overrides):
    """What a person types into the join form, as POST data."""
    data = {
        "name": "Ayşe Yılmaz",
        "email": "ayse@example.org",
        "organisation_name": "",
        "new_topic": "",
        "message": "Ich möchte gern mitmachen.",
        "consent": "on",
        "website": "",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def make_request(status=InterestRequest.Status.CONFIRMED, forums=(), **fields):
    """An InterestRequest as the form would have stored it."""
    now = timezone.now()
    values = {
        "name": "Ayşe Yılmaz",
        "email": "ayse@example.org",
        "message": "Ich möchte gern mitmachen.",
        "consent_given_at": now,
        "consent_text": "Ich bin einverstanden.",
        "status": status,
        "confirmed_at": now if status != InterestRequest.Status.UNCONFIRMED else None,
    }
    values.update(fields)
    interest = InterestRequest.objects.create(**values)
    interest.forums.set(forums)
    return interest
