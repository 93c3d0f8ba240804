"""A person's forum memberships on their page in the back office (added by forums,
which sits above network in the layers)."""

from django.urls import reverse

from vielfalt.network.models import Person


def test_a_persons_page_lists_their_forums(coordinator_client, moderator, forum):
    person = Person.objects.get(user=moderator)

    html = coordinator_client.get(reverse("admin:network_person_change", args=[person.pk]))
    html = html.content.decode()

    assert "forum_memberships-TOTAL_FORMS" in html
    assert f'<option value="{forum.pk}" selected>{forum.name}</option>' in html
