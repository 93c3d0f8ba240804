from django.contrib.contenttypes.models import ContentType
from django.urls import reverse

from vielfalt.collection.models import Entry, Impulse, Source
from vielfalt.collection.triage_forms import DismissForm, SortForm
from vielfalt.forums.models import Forum

from .triage_helpers import make_entry, make_impulse


def sort_data(forum, kind="need", **extra):
    return {
        "sort-forum": forum.pk,
        "sort-kind": kind,
        "sort-title": "Abendkurse Deutsch",
        "sort-description": "Kurse nach 18 Uhr.",
        **extra,
    }


def test_a_moderator_sorts_an_impulse_into_a_need(moderator_client, moderator, forum):
    impulse = make_impulse(forum, source=Source.MEETING, source_note="Treffen im März")

    response = moderator_client.post(reverse("triage:sort", args=[impulse.pk]), sort_data(forum))

    assert response.status_code == 302
    impulse.refresh_from_db()
    entry = impulse.entry
    assert impulse.status == Impulse.Status.SORTED
    assert impulse.decided_by == moderator.person
    assert impulse.decided_at is not None
    assert (entry.forum, entry.kind, entry.title) == (forum, "need", "Abendkurse Deutsch")
    assert entry.description == "Kurse nach 18 Uhr."
    assert (entry.source, entry.source_note) == (Source.MEETING, "Treffen im März")
    assert entry.status == ""
    assert entry.created_by == moderator.person
    page = moderator_client.get(response["Location"]).content.decode()
    assert "ist in die Sammlung einsortiert" in page
    assert (
        f'Einsortiert als Bedarf: <a href="{entry.get_absolute_url()}">Abendkurse Deutsch</a>'
        in page
    )


def test_an_approach_starts_as_an_idea_with_the_source_object(coordinator_client, forum):
    impulse = make_impulse(
        forum,
        source_type=ContentType.objects.get_for_model(Forum),
        source_id=forum.pk,
    )

    coordinator_client.post(
        reverse("triage:sort", args=[impulse.pk]), sort_data(forum, kind="approach")
    )

    entry = Entry.objects.get()
    assert entry.kind == Entry.Kind.APPROACH
    assert entry.status == Entry.Status.IDEA
    assert entry.source_object == forum


def test_the_coordinator_sorts_an_impulse_without_forum_into_any_forum(
    coordinator_client, other_forum
):
    impulse = make_impulse(None)

    coordinator_client.post(
        reverse("triage:sort", args=[impulse.pk]), sort_data(other_forum, kind="inventory")
    )

    impulse.refresh_from_db()
    assert impulse.forum == other_forum
    assert impulse.entry.forum == other_forum


def test_a_moderator_cannot_sort_into_a_forum_they_do_not_moderate(
    moderator_client, forum, other_forum
):
    impulse = make_impulse(forum)

    response = moderator_client.post(
        reverse("triage:sort", args=[impulse.pk]), sort_data(other_forum)
    )

    assert response.status_code == 400
    assert "In dieses Forum können Sie nicht einsortieren" in response.content.decode()
    assert "Abendkurse Deutsch" in response.content.decode()  # what was typed stays
    impulse.refresh_from_db()
    assert impulse.status == Impulse.Status.OPEN
    assert not Entry.objects.exists()


def test_an_unknown_kind_is_refused(moderator_client, forum):
    impulse = make_impulse(forum)

    response = moderator_client.post(
        reverse("triage:sort", args=[impulse.pk]), sort_data(forum, kind="impulse")
    )

    assert response.status_code == 400
    assert "Diese Art von Eintrag gibt es nicht" in response.content.decode()
    assert not Entry.objects.exists()


def test_merging_appends_the_impulse_text_to_the_entry(moderator_client, forum):
    entry = make_entry(forum, description="Ein offenes Sprachcafé.")
    impulse = make_impulse(forum, text="Auch samstags, bitte.")

    response = moderator_client.post(
        reverse("triage:merge", args=[impulse.pk]),
        {"merge-entry": entry.pk, "merge-append_text": "on"},
    )

    assert response.status_code == 302
    impulse.refresh_from_db()
    entry.refresh_from_db()
    assert impulse.status == Impulse.Status.MERGED
    assert impulse.entry == entry
    assert entry.description.startswith("Ein offenes Sprachcafé.")
    assert "Aus dem Impuls „Mehr Sprachkurse am Abend“" in entry.description
    assert entry.description.endswith("Auch samstags, bitte.")
    assert list(entry.impulses.all()) == [impulse]


def test_merging_without_the_tick_only_links_the_entry(moderator_client, forum):
    entry = make_entry(forum, description="Ein offenes Sprachcafé.")
    impulse = make_impulse(forum)

    moderator_client.post(reverse("triage:merge", args=[impulse.pk]), {"merge-entry": entry.pk})

    entry.refresh_from_db()
    assert entry.description == "Ein offenes Sprachcafé."
    assert list(entry.impulses.all()) == [impulse]


def test_merging_into_another_forums_entry_is_refused(moderator_client, forum, other_forum):
    foreign = make_entry(other_forum, description="Unverändert")
    impulse = make_impulse(forum)

    response = moderator_client.post(
        reverse("triage:merge", args=[impulse.pk]),
        {"merge-entry": foreign.pk, "merge-append_text": "on"},
    )

    assert response.status_code == 400
    assert "Diesen Eintrag gibt es in diesem Forum nicht" in response.content.decode()
    impulse.refresh_from_db()
    foreign.refresh_from_db()
    assert impulse.status == Impulse.Status.OPEN
    assert foreign.description == "Unverändert"


def test_dismissing_needs_a_reason(moderator_client, forum):
    impulse = make_impulse(forum)

    response = moderator_client.post(
        reverse("triage:dismiss", args=[impulse.pk]), {"dismiss-reason": "   "}
    )

    assert response.status_code == 400
    assert "Bitte schreiben Sie, warum der Impuls verworfen wird." in response.content.decode()
    impulse.refresh_from_db()
    assert impulse.status == Impulse.Status.OPEN


def test_a_dismissed_impulse_shows_its_reason(moderator_client, moderator, forum):
    impulse = make_impulse(forum)

    response = moderator_client.post(
        reverse("triage:dismiss", args=[impulse.pk]),
        {"dismiss-reason": "Das gibt es schon beim Jugendamt."},
        follow=True,
    )

    impulse.refresh_from_db()
    assert impulse.status == Impulse.Status.DISMISSED
    assert impulse.dismiss_reason == "Das gibt es schon beim Jugendamt."
    page = response.content.decode()
    assert "Verworfen: Das gibt es schon beim Jugendamt." in page
    assert "von Mona Moderation" in page


def test_a_decided_impulse_cannot_be_decided_again(moderator_client, forum):
    impulse = make_impulse(forum)
    url = reverse("triage:dismiss", args=[impulse.pk])
    moderator_client.post(url, {"dismiss-reason": "Erledigt"})

    response = moderator_client.post(
        reverse("triage:sort", args=[impulse.pk]), sort_data(forum), follow=True
    )

    assert "Dieser Impuls wurde schon entschieden (verworfen" in response.content.decode()
    assert "Es hat sich nichts geändert." in response.content.decode()
    impulse.refresh_from_db()
    assert impulse.status == Impulse.Status.DISMISSED
    assert not Entry.objects.exists()


def test_of_two_people_deciding_at_once_only_one_wins(coordinator, moderator, forum):
    impulse = make_impulse(forum)
    # Both forms were loaded while the impulse was open.
    first = DismissForm({"dismiss-reason": "Passt nicht"}, impulse=impulse, user=coordinator)
    second = SortForm(sort_data(forum), impulse=Impulse.objects.get(pk=impulse.pk), user=moderator)
    assert first.is_valid() and second.is_valid()

    assert first.decide() is True
    assert second.decide() is False

    impulse.refresh_from_db()
    assert impulse.status == Impulse.Status.DISMISSED
    assert impulse.decided_by == coordinator.person
    assert not Entry.objects.exists()


def test_another_forums_impulse_is_404_for_a_moderator(moderator_client, other_forum):
    impulse = make_impulse(other_forum)

    for name in ("impulse", "sort", "merge", "dismiss"):
        url = reverse(f"triage:{name}", args=[impulse.pk])
        response = moderator_client.post(url) if name != "impulse" else moderator_client.get(url)
        assert response.status_code == 404
    impulse.refresh_from_db()
    assert impulse.status == Impulse.Status.OPEN


def test_a_member_cannot_decide(member_client, other_forum):
    impulse = make_impulse(other_forum)

    response = member_client.post(
        reverse("triage:dismiss", args=[impulse.pk]), {"dismiss-reason": "Nein"}
    )

    assert response.status_code == 404
    impulse.refresh_from_db()
    assert impulse.status == Impulse.Status.OPEN


def test_the_decision_is_in_the_impulses_history(moderator_client, forum):
    impulse = make_impulse(forum)

    moderator_client.post(reverse("triage:dismiss", args=[impulse.pk]), {"dismiss-reason": "Nein"})

    latest = impulse.history.first()
    assert latest.status == Impulse.Status.DISMISSED
    assert latest.dismiss_reason == "Nein"
