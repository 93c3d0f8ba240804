import pytest
from django.urls import reverse

from .helpers import make_event


@pytest.mark.parametrize("name", ["event", "registration", "committee", "briefing"])
def test_coordinators_manage_events_and_briefings_in_the_back_office(coordinator_client, name):
    make_event()

    listing = coordinator_client.get(reverse(f"admin:events_{name}_changelist"))
    adding = coordinator_client.get(reverse(f"admin:events_{name}_add"))

    assert listing.status_code == 200
    assert adding.status_code == 200
    assert 'name="_save"' in adding.content.decode()


def test_a_member_does_not_reach_the_events_back_office(member_client, db):
    response = member_client.get(reverse("admin:events_event_changelist"))

    assert response.status_code == 302
    assert "/login/" in response["Location"]


def test_a_milestone_shows_its_events_in_the_back_office(coordinator_client, db):
    import datetime

    from vielfalt.process.models import Milestone

    milestone = Milestone.objects.create(date=datetime.date(2023, 8, 1), title="Auftakt")
    make_event(title="Auftaktworkshop", milestone=milestone)

    page = coordinator_client.get(
        reverse("admin:process_milestone_change", args=[milestone.pk])
    ).content.decode()

    assert "Auftaktworkshop" in page
