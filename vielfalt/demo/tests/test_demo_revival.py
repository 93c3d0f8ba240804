"""The demo's dormant forums carry pledges, and one topic waits for a decision."""

from vielfalt.forums.models import Pledge
from vielfalt.process.models import TopicProposal


def test_the_dormant_forums_show_their_pledges(demo_data, db, client):
    page = client.get("/foren/arbeitsmarkt/").content.decode()
    assert "3 Personen würden dieses Forum aufgreifen" in page
    page = client.get("/foren/kultur-und-religion/").content.decode()
    assert "2 Personen würden dieses Forum aufgreifen" in page
    assert all(p.email.endswith("@example.org") for p in Pledge.objects.all())
    assert Pledge.objects.filter(person__isnull=False).count() == 3


def test_one_topic_proposal_waits_for_the_coordinators(demo_data, db):
    proposal = TopicProposal.objects.get()
    assert proposal.title == "Digitale Teilhabe im Alter" and proposal.is_open
