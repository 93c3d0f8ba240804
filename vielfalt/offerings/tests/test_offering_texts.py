"""Offerings in several languages: search in every language, the reader's language shown."""

import pytest
from django.urls import reverse
from django.utils import translation

from vielfalt.offerings.models import Offering, OfferingText
from vielfalt.offerings.search import normalise, search
from vielfalt.offerings.tests.test_search import make_offering, make_vocabularies
from vielfalt.vocabularies.models import Language


@pytest.fixture(autouse=True)
def _restore_the_language():
    """Requests to English pages activate English in this thread; the next tests expect German."""
    with translation.override("de"):
        yield


@pytest.fixture
def vocab(db):
    vocab = make_vocabularies()
    turkish = Language.objects.create(
        slug="tr", code="tr", name="Türkisch", native_name="Türkçe", position=9
    )
    vocab["languages"]["tr"] = turkish
    return vocab


@pytest.fixture
def homework_help(organisation, vocab):
    offering = make_offering(
        organisation,
        "Hausaufgabenhilfe im Jugendtreff",
        "Hilfe bei den Hausaufgaben für Kinder der Klassen 1 bis 6.",
        languages=[vocab["languages"]["de"], vocab["languages"]["tr"]],
    )
    OfferingText.objects.create(
        offering=offering,
        language="tr",
        name="Ödev yardımı",
        short_description="1. ile 6. sınıf arasındaki çocuklar için ödevlerde yardım.",
    )
    OfferingText.objects.create(
        offering=offering,
        language="ar",
        name="المساعدة في الواجبات المدرسية",
        short_description="مساعدة الأطفال في واجباتهم المدرسية.",
    )
    return offering


def found(query):
    return sorted(search(Offering.objects.all(), query).values_list("name", flat=True))


def test_a_turkish_term_finds_the_offering_through_its_turkish_text(homework_help):
    assert found("ödev") == ["Hausaufgabenhilfe im Jugendtreff"]
    assert found("Ödev yardımı") == ["Hausaufgabenhilfe im Jugendtreff"]
    # Written without the Turkish letters, as on a German keyboard.
    assert found("odev yardimi") == ["Hausaufgabenhilfe im Jugendtreff"]


def test_a_turkish_word_with_an_ending_finds_its_stem(homework_help):
    # "ödevler" (homework, plural) finds "Ödev yardımı" through the Turkish stemmer.
    assert found("ödevlerde") == ["Hausaufgabenhilfe im Jugendtreff"]


def test_a_german_term_still_finds_it_through_its_german_text(homework_help):
    assert found("Hausaufgaben") == ["Hausaufgabenhilfe im Jugendtreff"]


def test_an_arabic_term_finds_it_through_its_arabic_text(homework_help):
    assert found("الواجبات") == ["Hausaufgabenhilfe im Jugendtreff"]


def test_a_changed_translation_is_searchable_and_a_deleted_one_no_longer(homework_help):
    text = homework_help.texts.get(language="tr")
    text.name = "Ders desteği"
    text.save()
    assert found("desteği") == ["Hausaufgabenhilfe im Jugendtreff"]
    text.delete()
    assert found("desteği") == []


def test_turkish_and_cyrillic_letters_are_folded_like_the_stored_text():
    assert normalise("İSTANBUL ışık ŞĞÇÖÜ") == "istanbul isik sgcou"
    assert normalise("ДОПОМОГА Українська") == "допомога українська"


@pytest.mark.parametrize("query", ["Türkisch", "turkish", "Türkçe", "TÜRKÇE", "türkische"])
def test_a_language_name_finds_the_offerings_held_in_that_language(
    organisation, vocab, homework_help, query
):
    make_offering(organisation, "Elterncafé", languages=[vocab["languages"]["de"]])
    make_offering(organisation, "Sprechstunde", languages=[vocab["languages"]["tr"]])

    assert found(query) == ["Hausaufgabenhilfe im Jugendtreff", "Sprechstunde"]


def test_a_language_name_and_a_word_find_the_offerings_in_that_language_with_that_word(
    organisation, vocab, homework_help
):
    make_offering(organisation, "Sprechstunde", languages=[vocab["languages"]["tr"]])
    make_offering(organisation, "Hausaufgabenhilfe Nord", languages=[vocab["languages"]["de"]])

    assert found("Hausaufgaben Türkisch") == ["Hausaufgabenhilfe im Jugendtreff"]


def test_deutsch_in_a_query_means_the_word_not_every_offering_held_in_german(organisation, vocab):
    make_offering(organisation, "Deutschkurs", languages=[vocab["languages"]["de"]])
    make_offering(organisation, "Elterncafé", languages=[vocab["languages"]["de"]])

    assert found("Deutsch") == ["Deutschkurs"]


@pytest.mark.parametrize("query", ["Arabisch", "Arabic", "العربية", "Ukrainisch", "Українська"])
def test_other_language_names_work_in_german_english_and_the_language_itself(
    organisation, vocab, query
):
    make_offering(
        organisation,
        "Beratung",
        languages=[vocab["languages"]["ar"], vocab["languages"]["uk"]],
    )
    make_offering(organisation, "Kurs", languages=[vocab["languages"]["de"]])

    assert found(query) == ["Beratung"]


def test_the_finder_counts_follow_a_new_translation(client, homework_help):
    url = reverse("offerings:finder")
    assert client.get(url, {"q": "homework"}).context["result"].total == 0

    OfferingText.objects.create(offering=homework_help, language="en", name="Homework help")
    response = client.get(url, {"q": "homework"})

    assert response.context["result"].total == 1
    # Found through its English text; a German page shows the German name.
    assert "Hausaufgabenhilfe im Jugendtreff" in response.content.decode()


def test_a_reader_sees_the_text_in_their_language_and_otherwise_german_marked(
    client, homework_help
):
    with translation.override("en"):
        url = homework_help.get_absolute_url()
    OfferingText.objects.create(
        offering=homework_help,
        language="en",
        name="Homework help at the youth club",
        short_description="",
    )

    html = client.get(url).content.decode()

    assert "<h1>Homework help at the youth club</h1>" in html
    # No English short description: the German one, marked as German.
    assert (
        '<p class="lead" lang="de" dir="ltr">Hilfe bei den Hausaufgaben für Kinder der Klassen 1 bis 6.</p>'
        in html
    )


def test_a_german_reader_sees_the_german_text_unmarked(client, homework_help):
    with translation.override("de"):
        url = homework_help.get_absolute_url()

    html = client.get(url).content.decode()

    assert "<h1>Hausaufgabenhilfe im Jugendtreff</h1>" in html
    assert "Ödev" not in html


def test_arabic_text_on_a_german_page_runs_right_to_left():
    from vielfalt.offerings.texts import ShownField

    arabic = ShownField("المساعدة", "ar", "de")
    german_on_arabic_page = ShownField("Hilfe", "de", "ar")

    assert str(arabic.attrs) == ' lang="ar" dir="rtl"'
    assert str(german_on_arabic_page.attrs) == ' lang="de" dir="ltr"'


def test_the_print_view_shows_the_readers_language(client, homework_help):
    OfferingText.objects.create(offering=homework_help, language="en", name="Homework help")
    with translation.override("en"):
        url = reverse("offerings:print", args=[homework_help.pk])

    html = client.get(url).content.decode()

    assert "<h1>Homework help</h1>" in html
    assert "<title>Homework help" in html


def test_a_finder_result_shows_the_readers_language(client, homework_help):
    OfferingText.objects.create(
        offering=homework_help, language="en", name="Homework help", short_description="For kids."
    )
    with translation.override("en"):
        url = reverse("offerings:finder")

    html = client.get(url).content.decode()

    assert ">Homework help</a>" in html
    assert "<p>For kids.</p>" in html
