"""Coordinators see and edit an offering's translations in the back office."""

from django.urls import reverse

from vielfalt.offerings.models import Offering, OfferingText


def test_the_change_page_shows_the_translations_inline(coordinator_client, organisation):
    offering = Offering.objects.create(
        organisation=organisation, name="Elterncafé", short_description="Ein Treffpunkt."
    )
    OfferingText.objects.create(offering=offering, language="tr", name="Veli kafesi")

    response = coordinator_client.get(
        reverse("admin:offerings_offering_change", args=[offering.pk])
    )

    html = response.content.decode()
    assert "Übersetzungen" in html
    assert 'name="texts-TOTAL_FORMS"' in html
    assert 'value="Veli kafesi"' in html
    assert '<option value="tr" selected>' in html


def test_members_cannot_open_the_translations_in_the_back_office(member_client, organisation):
    offering = Offering.objects.create(
        organisation=organisation, name="Elterncafé", short_description="Ein Treffpunkt."
    )
    OfferingText.objects.create(offering=offering, language="tr", name="Veli kafesi")

    response = member_client.get(reverse("admin:offerings_offering_change", args=[offering.pk]))

    assert "Veli kafesi" not in response.content.decode()
