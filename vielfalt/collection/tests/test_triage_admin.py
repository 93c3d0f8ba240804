from django.urls import reverse

from vielfalt.collection.models import Impulse

from .triage_helpers import make_entry, make_impulse


def test_coordinators_read_the_impulses_in_the_back_office(
    coordinator_client, forum, django_assert_max_num_queries
):
    entry = make_entry(forum)
    for n in range(5):
        make_impulse(forum, f"Impuls {n}", status=Impulse.Status.SORTED, entry=entry)

    with django_assert_max_num_queries(15):
        response = coordinator_client.get(reverse("admin:collection_impulse_changelist"))

    assert response.status_code == 200
    assert "Impuls 4" in response.content.decode()


def test_impulses_are_not_added_in_the_back_office(coordinator_client, db):
    response = coordinator_client.get(reverse("admin:collection_impulse_add"))
    assert response.status_code == 403
    changelist = coordinator_client.get(reverse("admin:collection_impulse_changelist"))
    assert reverse("admin:collection_impulse_add") not in changelist.content.decode()


def test_only_an_impulse_without_forum_may_get_one_there(coordinator_client, forum):
    with_forum = make_impulse(forum, "Mit Forum")
    without = make_impulse(None, "Ohne Forum")

    page = coordinator_client.get(
        reverse("admin:collection_impulse_change", args=[with_forum.pk])
    ).content.decode()
    assert 'name="forum"' not in page
    page = coordinator_client.get(
        reverse("admin:collection_impulse_change", args=[without.pk])
    ).content.decode()
    assert 'name="forum"' in page


def test_moderators_have_no_back_office_for_impulses(moderator_client, forum):
    impulse = make_impulse(forum)
    response = moderator_client.get(reverse("admin:collection_impulse_change", args=[impulse.pk]))
    assert response.status_code in (302, 403)
    assert "Mehr Sprachkurse am Abend" not in response.content.decode()
