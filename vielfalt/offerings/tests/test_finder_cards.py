"""The finder's result cards: what each shows, in the reader's language, and that a
cached card follows every change of its offering (vielfalt/offerings/cards.py)."""

import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from vielfalt.offerings.models import Offering, OfferingText

from .test_search import make_offering, make_vocabularies

URL = reverse("offerings:finder")


@pytest.fixture
def vocab(db):
    return make_vocabularies()


def cards(client, url=URL, **params):
    html = client.get(url, params).content.decode()
    return re.findall(r'<li class="card offering-card">.*?</li>', html, re.S)


def text(html):
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


@pytest.fixture
def kurs(organisation, vocab):
    return make_offering(
        organisation,
        "Sprachkurs für Eltern",
        "Deutsch lernen, während die Kinder spielen.",
        phases=[vocab["phases"]["3-6"], vocab["phases"]["0-3"]],
        languages=[vocab["languages"]["ar"], vocab["languages"]["de"]],
        districts=[vocab["districts"]["pley"], vocab["districts"]["mitte"]],
        is_free=False,
        fee="5 € im Monat",
    )


def test_a_card_shows_the_offering_its_provider_phases_places_languages_and_cost(client, kurs):
    [card] = cards(client)
    assert f'<a href="/angebote/{kurs.pk}/">Sprachkurs für Eltern</a>' in card
    assert text(card) == (
        "Sprachkurs für Eltern Familienzentrum Lindenplatz "
        "Deutsch lernen, während die Kinder spielen. "
        "Lebensphasen 0 bis 3 Jahre; 3 bis 6 Jahre Stadtteile Würselen-Mitte, Pley "
        "Sprachen Deutsch , العربية Kosten 5 € im Monat"
    )
    assert '<span lang="ar">العربية</span>' in card


def test_a_free_offering_says_so_and_one_without_a_fee_named_costs_something(
    client, organisation, vocab
):
    make_offering(organisation, "Elterncafé", is_free=True)
    make_offering(organisation, "Yoga", is_free=False)
    by_name = {text(card).split()[0]: text(card) for card in cards(client)}
    assert by_name["Elterncafé"].endswith("Kosten kostenlos")
    assert by_name["Yoga"].endswith("Kosten kostenpflichtig")


def test_the_english_page_shows_the_translation_and_marks_german_text_as_german(client, kurs):
    OfferingText.objects.create(offering=kurs, language="en", name="Language course for parents")
    [card] = cards(client, "/en/angebote/")
    assert '<a href="/en/angebote/' in card
    assert ">Language course for parents</a>" in card
    assert '<p lang="de" dir="ltr">Deutsch lernen' in card  # no English short description
    assert "<dt>Languages</dt>" in card and text(card).endswith("Cost 5 € im Monat")


def test_a_card_follows_a_rename_a_pause_and_an_old_confirmation(client, kurs):
    assert "pausiert" not in cards(client)[0]
    kurs.name = "Sprachkurs für Mütter und Väter"
    kurs.save()
    assert ">Sprachkurs für Mütter und Väter</a>" in cards(client)[0]
    # update() sends no signal: the card's key holds the status and the confirmation.
    Offering.objects.filter(pk=kurs.pk).update(status=Offering.Status.PAUSED)
    assert "pausiert zurzeit" in text(cards(client)[0])
    Offering.objects.filter(pk=kurs.pk).update(
        last_confirmed=timezone.localdate() - timedelta(days=3000)
    )
    assert "nicht kürzlich bestätigt" in text(cards(client)[0])


def test_a_new_phase_reaches_the_card(client, kurs, vocab):
    kurs.life_phases.add(vocab["phases"]["schwangerschaft"])
    assert "Schwangerschaft und Geburt; 0 bis 3 Jahre; 3 bis 6 Jahre" in text(cards(client)[0])


def test_markup_in_the_data_is_shown_as_text(client, organisation, vocab):
    make_offering(organisation, "<b>Kurs</b>", "<script>alert(1)</script>", fee="<i>5 €</i>")
    [card] = cards(client)
    assert "<script>" not in card and "<b>" not in card and "<i>" not in card
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in card
