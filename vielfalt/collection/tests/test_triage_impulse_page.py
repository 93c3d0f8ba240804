from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django.utils import timezone

from vielfalt.collection.models import Impulse, PublicSuggestion, Source
from vielfalt.forums.models import Forum

from .triage_helpers import make_entry, make_impulse


def test_the_page_shows_text_source_and_the_decision_forms(moderator_client, forum):
    make_entry(forum, "Sprachcafé")
    impulse = make_impulse(forum, source=Source.MEETING, source_note="Treffen im März")

    page = moderator_client.get(reverse("triage:impulse", args=[impulse.pk])).content.decode()

    assert "Impuls: Mehr Sprachkurse am Abend" in page
    assert "Viele Eltern arbeiten tagsüber" in page
    assert "Forumstreffen (Treffen im März)" in page
    assert "Noch offen" in page
    assert "In die Sammlung einsortieren" in page
    assert "Bedarf: Sprachcafé" in page  # offered for the merge
    assert "Verwerfen" in page


def test_the_source_is_linked_where_it_has_a_page(moderator_client, forum):
    impulse = make_impulse(
        forum, source_type=ContentType.objects.get_for_model(Forum), source_id=forum.pk
    )

    page = moderator_client.get(reverse("triage:impulse", args=[impulse.pk])).content.decode()

    assert f'<a href="{forum.get_absolute_url()}">Forumstreffen</a>' in page


def test_a_decided_impulse_shows_no_forms_but_what_became_of_it(moderator_client, moderator, forum):
    entry = make_entry(forum, "Sprachcafé")
    impulse = make_impulse(
        forum,
        status=Impulse.Status.MERGED,
        entry=entry,
        decided_by=moderator.person,
        decided_at=timezone.now(),
    )

    page = moderator_client.get(reverse("triage:impulse", args=[impulse.pk])).content.decode()

    link = f'<a href="{entry.get_absolute_url()}">Sprachcafé</a>'
    assert f"Zusammengeführt mit {link} (Forum Sprache und Bildung)" in page
    assert "von Mona Moderation" in page
    assert "Einsortieren</button>" not in page


def test_the_senders_address_is_shown_to_coordinators_only(
    coordinator_client, client, moderator, forum
):
    impulse = make_impulse(forum, source=Source.PUBLIC)
    PublicSuggestion.objects.create(
        impulse=impulse,
        name="Ayşe Yılmaz",
        email="ayse@example.org",
        consent_given_at=timezone.now(),
        consent_text="Ja",
        confirmed_at=timezone.now(),
    )
    url = reverse("triage:impulse", args=[impulse.pk])

    coordinator_page = coordinator_client.get(url).content.decode()
    client.force_login(moderator)
    moderator_page = client.get(url).content.decode()

    assert "Ayşe Yılmaz" in coordinator_page and "ayse@example.org" in coordinator_page
    assert "Ayşe Yılmaz" in moderator_page and "ayse@example.org" not in moderator_page


def test_an_unconfirmed_suggestion_has_no_page(coordinator_client, forum):
    impulse = make_impulse(forum, status=Impulse.Status.UNCONFIRMED)
    response = coordinator_client.get(reverse("triage:impulse", args=[impulse.pk]))
    assert response.status_code == 404
    assert "Mehr Sprachkurse am Abend" not in response.content.decode()
