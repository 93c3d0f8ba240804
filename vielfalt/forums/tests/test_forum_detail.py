import pytest
from django.utils import timezone

from vielfalt.forums.models import Forum, ForumMembership
from vielfalt.network.models import Organisation, Person


def consented(**extra):
    return {
        "public_contact": True,
        "consent_given_at": timezone.now(),
        "consent_text": "Ja.",
    } | extra


def moderate(forum, **person):
    person = Person.objects.create(**person)
    ForumMembership.objects.create(forum=forum, person=person, role=ForumMembership.Role.MODERATOR)
    return person


@pytest.fixture
def dormant_forum(db):
    return Forum.objects.create(name="Arbeitsmarkt", slug="arbeitsmarkt", status="dormant")


def test_it_shows_the_forum(client, forum):
    forum.description = "Wir sprechen über Kitas und Schulen."
    forum.save()

    html = client.get("/foren/sprache-und-bildung/").content.decode()

    assert "<h1>Forum Sprache und Bildung</h1>" in html
    assert "Wir sprechen über Kitas und Schulen." in html
    assert 'href="/mitmachen/?forum=sprache-und-bildung"' in html


def test_a_dormant_forum_invites_to_revive_it(client, dormant_forum):
    html = client.get("/foren/arbeitsmarkt/").content.decode()

    assert "Dieses Forum ruht – beleben Sie es wieder!" in html
    assert 'action="/foren/arbeitsmarkt/aufgreifen/"' in html
    assert "0 Personen würden dieses Forum aufgreifen" in html
    assert 'href="/mitmachen/?forum=arbeitsmarkt"' in html


def test_it_shows_the_contact_of_moderators_who_consented(client, forum):
    organisation = Organisation.objects.create(name="Familienzentrum Linde", slug="linde")
    moderate(
        forum,
        name="Mona Moderation",
        email="mona@example.org",
        phone="02405 1234",
        organisation=organisation,
        **consented(),
    )

    html = client.get("/foren/sprache-und-bildung/").content.decode()

    assert "Mona Moderation" in html
    assert 'href="mailto:mona@example.org"' in html
    assert "02405 1234" in html
    assert "Familienzentrum Linde" in html


def test_it_hides_moderators_who_did_not_consent(client, forum):
    moderate(
        forum, name="Otto Ohne", email="otto@example.org", phone="0170 99", public_contact=True
    )
    moderate(forum, name="Petra Privat", email="petra@example.org", consent_given_at=timezone.now())

    html = client.get("/foren/sprache-und-bildung/").content.decode()

    assert "Otto Ohne" not in html and "otto@example.org" not in html and "0170 99" not in html
    assert "Petra Privat" not in html and "petra@example.org" not in html
    assert html.count("Kontakt über die Koordination") == 2


def test_it_hides_an_organisation_that_is_not_public(client, forum):
    hidden = Organisation.objects.create(name="Geheimer Träger", slug="geheim", is_public=False)
    moderate(forum, name="Mona Moderation", organisation=hidden, **consented())

    html = client.get("/foren/sprache-und-bildung/").content.decode()

    assert "Mona Moderation" in html
    assert "Geheimer Träger" not in html


def test_a_closed_forum_is_not_found(client, db):
    Forum.objects.create(name="Altes Thema", slug="alt", status="closed")

    response = client.get("/foren/alt/")

    assert response.status_code == 404
    html = response.content.decode()
    assert "Diese Seite gibt es nicht" in html
    assert "Altes Thema" not in html


def test_an_unknown_forum_is_not_found(client, db):
    response = client.get("/foren/gibt-es-nicht/")
    assert response.status_code == 404
    assert "<h1>Diese Seite gibt es nicht</h1>" in response.content.decode()
    assert 'href="/foren/"' in response.content.decode()  # the site's own page, with its menu

    response = client.get("/en/foren/gibt-es-nicht/")
    assert response.status_code == 404
    assert '<html lang="en" dir="ltr">' in response.content.decode()
    assert "To the home page" in response.content.decode()


def test_it_runs_a_constant_number_of_queries(client, forum, django_assert_num_queries):
    for number in range(20):
        organisation = Organisation.objects.create(name=f"Träger {number}", slug=f"t-{number}")
        moderate(forum, name=f"Moderation {number}", organisation=organisation, **consented())
        Person.objects.create(name=f"Koordination {number}", is_coordinator=True, **consented())

    # the page's key (the forum's member count and page version); on a miss of
    # the cache the forum, its organisations' count, its moderators, the
    # coordinators and the collection's published needs and approaches
    with django_assert_num_queries(6):
        response = client.get("/foren/sprache-und-bildung/")

    assert response.content.decode().count("<address>") == 40


def test_in_english_it_shows_the_english_name(client, forum):
    forum.name_en = "Language and education"
    forum.save()

    html = client.get("/en/foren/sprache-und-bildung/").content.decode()

    assert '<html lang="en" dir="ltr">' in html
    assert "Language and education" in html
    assert 'href="/en/mitmachen/?forum=sprache-und-bildung"' in html
