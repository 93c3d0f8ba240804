"""The demo's triage inboxes hold open impulses from meetings and from the public."""

from io import StringIO

from django.core.management import call_command

from vielfalt.accounts.models import User
from vielfalt.collection.models import Impulse


def test_every_active_forum_has_open_impulses(demo_data):
    forums = set(Impulse.objects.open().values_list("forum__slug", flat=True))
    assert {"sprache-und-bildung", "sport-und-freizeit", "gesundheit"} <= forums


def test_an_impulse_from_minutes_links_to_its_meeting(demo_data, client):
    impulse = Impulse.objects.get(title="Abendkurs Deutsch für berufstätige Väter")
    assert impulse.source_object.title == "Forumstreffen Herbst 2024"
    client.force_login(User.objects.get(email="moderation@example.org"))
    page = client.get(f"/foren/impulse/{impulse.pk}/").content.decode()
    assert impulse.source_object.get_absolute_url() in page


def test_public_senders_have_example_addresses_only(demo_data):
    senders = Impulse.objects.filter(source="public").values_list("suggestion__email", flat=True)
    assert senders and all(email.endswith("@example.org") for email in senders)


def test_loading_again_adds_no_impulse(demo_data):
    count = Impulse.objects.count()
    call_command("load_demo", stdout=StringIO())
    assert Impulse.objects.count() == count
