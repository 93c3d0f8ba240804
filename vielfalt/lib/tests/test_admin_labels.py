"""Every field of the back office's forms has a name a screen reader announces:
the columns of inline tables and editable lists by column and row, the date and
the time of a split field each by its part (the outside audit's axe findings)."""

import re

import pytest
from django.contrib import admin

from vielfalt.forums.models import ForumMembership
from vielfalt.lib.admin_labels import LabelledFieldsAdmin
from vielfalt.vocabularies.models import District


def aria_labels(html):
    return set(re.findall(r'aria-label="([^"]+)"', html))


def test_every_registered_admin_names_its_fields():
    unlabelled = [
        type(model_admin).__name__
        for model_admin in admin.site._registry.values()
        if not isinstance(model_admin, LabelledFieldsAdmin)
    ]

    assert unlabelled == []


def test_the_inline_table_names_each_field_by_column_and_row(coordinator_client, forum, moderator):
    response = coordinator_client.get(f"/verwaltung/forums/forum/{forum.pk}/change/")

    html = response.content.decode()
    assert {"Person, Zeile 1", "Rolle, Zeile 1", "Löschen, Zeile 1"} <= aria_labels(html)
    assert {"Person, neue Zeile", "Rolle, neue Zeile"} <= aria_labels(html)
    assert '<select name="memberships-0-role" aria-label="Rolle, Zeile 1"' in html


def test_no_column_heading_of_an_inline_table_is_empty(coordinator_client, forum, moderator):
    response = coordinator_client.get(f"/verwaltung/forums/forum/{forum.pk}/change/")

    html = response.content.decode()
    assert '<th class="original"><span class="visually-hidden">Eintrag</span></th>' in html
    assert "<th></th>" not in html


def test_the_editable_list_names_each_field_by_row(coordinator_client):
    District.objects.create(name="Morsbach", slug="morsbach", position=3)
    District.objects.create(name="Broichweiden", slug="broichweiden", position=1)

    response = coordinator_client.get("/verwaltung/vocabularies/district/")

    assert {"Reihenfolge, Zeile 1", "Reihenfolge, Zeile 2"} <= aria_labels(
        response.content.decode()
    )


def test_the_editable_list_still_saves(coordinator_client):
    district = District.objects.create(name="Morsbach", slug="morsbach", position=3)

    response = coordinator_client.post(
        "/verwaltung/vocabularies/district/",
        {
            "form-TOTAL_FORMS": "1",
            "form-INITIAL_FORMS": "1",
            "form-0-id": str(district.pk),
            "form-0-position": "9",
            "_save": "Sichern",
        },
        follow=True,
    )

    district.refresh_from_db()
    assert district.position == 9
    assert "erfolgreich geändert" in response.content.decode()


def test_date_and_time_of_a_split_field_each_have_a_label(coordinator_client):
    response = coordinator_client.get("/verwaltung/network/person/add/")

    html = response.content.decode()
    assert {"Einwilligung am: Datum", "Einwilligung am: Zeit"} <= aria_labels(html)
    assert '<label for="id_consent_given_at_0">Datum:</label>' in html
    assert '<label for="id_consent_given_at_1">Zeit:</label>' in html


@pytest.mark.parametrize("role", [ForumMembership.Role.MEMBER, ForumMembership.Role.MODERATOR])
def test_the_inline_still_saves_a_role(coordinator_client, forum, moderator, role):
    membership = ForumMembership.objects.get(forum=forum)
    page = coordinator_client.get(f"/verwaltung/forums/forum/{forum.pk}/change/")
    data = {
        key: value
        for key, value in page.context["adminform"].form.initial.items()
        if isinstance(value, str | int)
    }
    data.update(
        {
            "memberships-TOTAL_FORMS": "1",
            "memberships-INITIAL_FORMS": "1",
            "memberships-0-id": str(membership.pk),
            "memberships-0-forum": str(forum.pk),
            "memberships-0-person": str(membership.person_id),
            "memberships-0-role": role,
            "memberships-0-joined_on": membership.joined_on.isoformat(),
        }
    )

    response = coordinator_client.post(f"/verwaltung/forums/forum/{forum.pk}/change/", data)

    membership.refresh_from_db()
    assert membership.role == role, response.content.decode()[:3000]
