import io

import pytest
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone, translation
from pypdf import PdfReader

from vielfalt.conftest import make_person
from vielfalt.offerings.models import Offering
from vielfalt.offerings.views_my_chain import leaflet_html
from vielfalt.vocabularies.models import District, Language, LifePhase

from .test_search import make_offering

URL = reverse("offerings:my_chain")
LEAFLET = reverse("offerings:my_chain_leaflet")


@pytest.fixture
def chain(db, organisation):
    phases = {
        slug: LifePhase.objects.create(
            slug=slug, name=name, position=i, min_age=low, max_age=high, in_prevention_chain=True
        )
        for i, (slug, name, low, high) in enumerate(
            [
                ("schwangerschaft", "Schwangerschaft und Geburt", None, None),
                ("0-3", "0 bis 3 Jahre", 0, 3),
                ("3-6", "3 bis 6 Jahre", 3, 6),
                ("6-10", "6 bis 10 Jahre", 6, 10),
            ]
        )
    }
    districts = {
        slug: District.objects.create(slug=slug, name=name, position=i)
        for i, (slug, name) in enumerate([("mitte", "Würselen-Mitte"), ("pley", "Pley")])
    }
    languages = {
        code: Language.objects.create(slug=code, code=code, name=name, native_name=native)
        for code, name, native in [("de", "Deutsch", "Deutsch"), ("tr", "Türkisch", "Türkçe")]
    }
    make_offering(
        organisation, "Hebammensprechstunde", phases=[phases["schwangerschaft"]],
        districts=[districts["mitte"]], contact_name="Frau Berg", contact_phone="02405 123-45",
    )  # fmt: skip
    make_offering(organisation, "Babytreff Mitte", phases=[phases["0-3"]],
                  districts=[districts["mitte"]])  # fmt: skip
    make_offering(organisation, "Babytreff Pley", phases=[phases["0-3"]],
                  districts=[districts["pley"]])  # fmt: skip
    make_offering(organisation, "Anne-çocuk grubu", phases=[phases["0-3"]],
                  languages=[languages["tr"]])  # fmt: skip
    make_offering(organisation, "Kita-Einstieg", phases=[phases["3-6"]])
    make_offering(organisation, "Schulstart", phases=[phases["6-10"]])
    make_offering(organisation, "Pausierter Treff", phases=[phases["0-3"]],
                  status=Offering.Status.PAUSED)  # fmt: skip
    make_offering(organisation, "Verborgener Treff", phases=[phases["0-3"]], is_public=False)
    make_offering(organisation, "Fachtag Frühe Hilfen", phases=[phases["0-3"]],
                  for_professionals=True)  # fmt: skip
    make_person("Andrea Schmidt", "andrea@example.org", is_coordinator=True, public_contact=True,
                consent_given_at=timezone.now(), phone="02405 67-5007")  # fmt: skip
    return phases


def names_on(response):
    return [o.name for step in response.context["chain"].steps for o in step.offerings]


def test_the_page_asks_three_questions_and_stores_nothing(client, chain):
    html = client.get(URL).content.decode()

    assert "Wie alt ist Ihr Kind?" in html
    assert "In welchem Stadtteil wohnen Sie?" in html
    assert "Welche Sprache sprechen Sie zu Hause?" in html
    assert 'method="get"' in html
    assert "Wir speichern Ihre Antworten nicht." in html
    assert "Ihre Präventionskette" not in html


def test_a_pregnancy_gets_the_pregnancy_phase_and_the_first_years(client, chain):
    response = client.get(URL, {"alter": "s5"})

    html = response.content.decode()
    assert "Jetzt: Schwangerschaft und Geburt" in html
    assert "Danach: 0 bis 3 Jahre" in html
    assert "Hebammensprechstunde" in html
    assert "Frau Berg" in html
    assert '<a href="tel:0240512345" dir="ltr">02405 123-45</a>' in html
    assert "Kita-Einstieg" not in html


def test_a_two_year_old_gets_the_phase_0_to_3_and_then_3_to_6(client, chain):
    response = client.get(URL, {"alter": "2"})

    assert [step.phase.slug for step in response.context["chain"].steps] == ["0-3", "3-6"]
    assert "Kita-Einstieg" in names_on(response)
    assert "Schulstart" not in names_on(response)


def test_only_active_public_offerings_for_families_are_shown(client, chain):
    shown = names_on(client.get(URL, {"alter": "1"}))

    assert "Babytreff Mitte" in shown
    assert "Pausierter Treff" not in shown
    assert "Verborgener Treff" not in shown
    assert "Fachtag Frühe Hilfen" not in shown


def test_offerings_in_the_familys_district_come_first_then_their_language(client, chain):
    response = client.get(URL, {"alter": "1", "stadtteil": "pley", "sprache": "tr"})

    first_phase = [o.name for o in response.context["chain"].steps[0].offerings]
    assert first_phase == ["Babytreff Pley", "Anne-çocuk grubu", "Babytreff Mitte"]
    html = response.content.decode()
    assert "in Ihrem Stadtteil" in html
    assert "in Ihrer Sprache" in html


def test_the_answers_are_the_shareable_address_and_the_leaflet_link_keeps_them(client, chain):
    html = client.get(URL, {"alter": "1", "stadtteil": "pley"}).content.decode()

    assert f'href="{LEAFLET}?alter=1&amp;stadtteil=pley"' in html


def test_the_chain_names_whom_to_call(client, chain):
    html = client.get(URL, {"alter": "1"}).content.decode()

    assert "So geht es weiter" in html
    assert "Andrea Schmidt" in html
    assert 'href="tel:02405675007" dir="ltr"' in html


def test_a_turkish_family_on_the_german_page_is_offered_the_turkish_page(client, chain):
    html = client.get(URL, {"alter": "1", "sprache": "tr"}).content.decode()

    assert (
        '<a href="/tr/meine-praeventionskette/?alter=1&amp;sprache=tr" hreflang="tr" lang="tr">Türkçe</a>'
        in html
    )


@pytest.mark.parametrize(
    "params", [{"alter": "x"}, {"alter": "s12"}, {"alter": "1", "stadtteil": "mond"}, {"alter": ""}]
)
def test_bad_answers_are_explained_and_never_break_the_page(client, chain, params):
    response = client.get(URL, params)

    assert response.status_code == 200
    assert "Bitte wählen Sie das Alter Ihres Kindes" in response.content.decode()


def test_an_age_beyond_the_chain_says_so(client, chain):
    html = client.get(URL, {"alter": "20"}).content.decode()

    assert "Für dieses Alter hat die Präventionskette keine Lebensphase." in html


def test_the_number_of_queries_is_constant(client, chain, organisation, django_assert_num_queries):
    client.get(URL, {"alter": "1", "stadtteil": "pley", "sprache": "tr"})
    with django_assert_num_queries(22) as few:
        client.get(URL, {"alter": "1", "stadtteil": "pley", "sprache": "tr"})
    for i in range(20):
        make_offering(organisation, f"Weiterer Treff {i}", phases=[chain["0-3"]])
    with django_assert_num_queries(len(few.captured_queries)):
        client.get(URL, {"alter": "1", "stadtteil": "pley", "sprache": "tr"})


def pdf_text(response):
    assert response["Content-Type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(response.content))
    return reader, "\n".join(page.extract_text() for page in reader.pages)


def test_the_leaflet_is_an_a4_pdf_in_german(client, chain):
    response = client.get(LEAFLET, {"alter": "s5"})

    reader, text = pdf_text(response)
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
    assert "Meine Präventionskette" in text
    assert "So geht es weiter" in text
    assert "Hebammensprechstunde" in text
    assert "02405 123-45" in text
    assert "Andrea Schmidt" in text


def test_the_leaflet_is_in_the_chosen_interface_language(client, chain):
    LifePhase.objects.filter(slug="0-3").update(name_en="0 to 3 years")

    response = client.get("/en" + LEAFLET, {"alter": "2", "stadtteil": "pley"})

    _reader, text = pdf_text(response)
    assert "0 to 3 years" in text
    assert "District: Pley" in text
    assert "Contact" in text
    assert "Stadtteil:" not in text
    assert "Kontakt" not in text
    assert "Kita-Einstieg" in text


def test_the_arabic_leaflet_runs_right_to_left(chain):
    request = RequestFactory().get(LEAFLET, {"alter": "2"})
    with translation.override("ar"):
        html = leaflet_html(request)

    assert '<html lang="ar" dir="rtl">' in html
    assert '<span class="ltr" dir="ltr">02405 67-5007</span>' in html


def test_a_leaflet_without_answers_shows_the_questions(client, chain):
    response = client.get(LEAFLET)

    assert response["Content-Type"].startswith("text/html")
    assert "Wie alt ist Ihr Kind?" in response.content.decode()
