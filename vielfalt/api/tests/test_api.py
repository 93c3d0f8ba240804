"""The open API: public offerings as valid HSDS 3.0 records, filtered like the finder."""

import pytest
from django.urls import reverse

from vielfalt.exchange.ids import hsds_id
from vielfalt.forums.models import Forum
from vielfalt.lib.models import LimitCounter
from vielfalt.offerings.models import Location, Offering
from vielfalt.offerings.tests.test_search import make_offering, make_vocabularies

from .hsds import PAGE_KEYS, errors, hsds_validator

API = "/api/v1"


@pytest.fixture
def vocab(db):
    return make_vocabularies()


@pytest.fixture
def offerings(organisation, other_organisation, vocab):
    forum = vocab["forums"]["sprache-und-bildung"]
    mitte = vocab["districts"]["mitte"]
    made = [
        make_offering(organisation, "Elterncafé", "Austausch für Eltern.", is_free=True,
                      phases=[vocab["phases"]["0-3"]], forums=[forum], districts=[mitte],
                      languages=[vocab["languages"]["ar"]], contact_phone="02405 1234",
                      contact_email="cafe@example.org", schedule="montags 10 Uhr"),
        make_offering(organisation, "Hebammensprechstunde", "Beratung rund um die Geburt.",
                      phases=[vocab["phases"]["schwangerschaft"]], fee="5 Euro"),
        make_offering(other_organisation, "Sprachkurs für Eltern", "Deutsch lernen.",
                      groups=[vocab["groups"]["eltern"]], districts=[vocab["districts"]["pley"]]),
    ]  # fmt: skip
    make_offering(organisation, "Geheimes Angebot", is_public=False)
    make_offering(organisation, "Altes Angebot", status=Offering.Status.ENDED)
    return made


def get(client, path, **params):
    response = client.get(f"{API}{path}", params)
    assert response.status_code == 200, response.content
    return response.json()


def names(page):
    return [service["name"] for service in page["contents"]]


def test_services_are_the_public_offerings_as_valid_hsds_in_a_page(client, offerings):
    page = get(client, "/services")
    assert set(page) == PAGE_KEYS
    assert names(page) == ["Elterncafé", "Hebammensprechstunde", "Sprachkurs für Eltern"]
    assert page["total_items"] == 3 and page["first_page"] and page["last_page"]
    validator = hsds_validator("service")
    for service in page["contents"]:
        assert errors(validator, service) == [], service["name"]


def test_the_finder_filters_and_text_search_narrow_the_services(client, offerings):
    assert names(get(client, "/services", search="Beratung")) == ["Hebammensprechstunde"]
    assert names(get(client, "/services", phase="0-3")) == ["Elterncafé"]
    assert names(get(client, "/services", district=["mitte", "pley"])) == [
        "Elterncafé",
        "Sprachkurs für Eltern",
    ]
    assert names(get(client, "/services", group="eltern")) == ["Sprachkurs für Eltern"]
    assert names(get(client, "/services", language="ar", free="true")) == ["Elterncafé"]
    assert names(get(client, "/services", topic="sprache-und-bildung")) == ["Elterncafé"]
    assert names(get(client, "/services", search="Eltern", district="pley")) == [
        "Sprachkurs für Eltern"
    ]


def test_a_taxonomy_term_id_filters_like_the_matching_finder_filter(client, offerings):
    terms = get(client, "/taxonomy_terms", per_page=100)["contents"]
    baby = next(term for term in terms if term["code"] == "schwangerschaft")
    assert names(get(client, "/services", taxonomy_term_id=baby["id"])) == ["Hebammensprechstunde"]


def test_pages_follow_hsds_and_a_page_beyond_the_last_is_empty(client, offerings):
    second = get(client, "/services", per_page=2, page=2)
    assert names(second) == ["Sprachkurs für Eltern"]
    assert (second["total_items"], second["total_pages"], second["size"]) == (3, 2, 1)
    assert not second["first_page"] and second["last_page"]
    beyond = get(client, "/services", per_page=2, page=5)
    assert beyond["contents"] == [] and beyond["empty"] and beyond["page_number"] == 5


def test_one_service_by_its_hsds_id_and_a_hidden_one_is_not_found(client, offerings):
    cafe = offerings[0]
    found = get(client, f"/services/{hsds_id('offering', cafe.pk, cafe.external_id)}")
    assert found["name"] == "Elterncafé"
    assert found["organization"]["name"] == "Familienzentrum Lindenplatz"
    hidden = Offering.objects.get(name="Geheimes Angebot")
    response = client.get(f"{API}/services/{hsds_id('offering', hidden.pk)}")
    assert response.status_code == 404
    assert response.json() == {"detail": "Nicht gefunden."}


def test_organizations_are_the_providers_of_public_offerings_as_valid_hsds(
    client, offerings, organisation
):
    page = get(client, "/organizations")
    assert [o["name"] for o in page["contents"]] == [
        "Familienzentrum Lindenplatz",
        "Sportverein Pley",
    ]
    validator = hsds_validator("organization")
    for record in page["contents"]:
        assert errors(validator, record) == []
    one = get(client, f"/organizations/{hsds_id('organisation', organisation.pk)}")
    assert one["name"] == "Familienzentrum Lindenplatz"


def test_locations_are_the_places_of_public_offerings_as_valid_hsds(client, offerings):
    Location.objects.create(name="Ort ohne Angebot")
    page = get(client, "/locations")
    assert [place["name"] for place in page["contents"]] == [
        "Treffpunkt Pley",
        "Treffpunkt Würselen-Mitte",
    ]
    validator = hsds_validator("location")
    for record in page["contents"]:
        assert errors(validator, record) == []
    first = page["contents"][0]
    assert get(client, f"/locations/{first['id']}")["name"] == "Treffpunkt Pley"


def test_taxonomies_hold_life_phases_topics_and_target_groups_as_valid_hsds(client, offerings):
    Forum.objects.create(name="Beendetes Forum", slug="beendet", status=Forum.Status.CLOSED)
    taxonomies = get(client, "/taxonomies")["contents"]
    assert [t["name"] for t in taxonomies] == ["Lebensphasen", "Themen", "Zielgruppen"]
    taxonomy, term = hsds_validator("taxonomy"), hsds_validator("taxonomy_term")
    for record in taxonomies:
        assert errors(taxonomy, record) == []
        assert get(client, f"/taxonomies/{record['id']}")["name"] == record["name"]
    topics = get(client, "/taxonomy_terms", taxonomy_id=taxonomies[1]["id"])["contents"]
    assert [t["name"] for t in topics] == ["Sprache und Bildung", "Gesundheit"]
    every = get(client, "/taxonomy_terms", per_page=100)["contents"]
    assert {"0 bis 3 Jahre", "Sprache und Bildung", "Eltern"} <= {t["name"] for t in every}
    for record in every:
        assert errors(term, record) == [], record["name"]
    assert get(client, f"/taxonomy_terms/{every[0]['id']}")["id"] == every[0]["id"]


def test_the_openapi_document_is_served_at_a_stable_address_without_a_docs_page(client, db):
    document = get(client, "/openapi.json")
    assert document["info"]["title"] == "Vielfalt API"
    assert "/api/v1/services" in document["paths"]
    assert client.get(f"{API}/docs").status_code == 404


def test_other_sites_may_read_but_not_send_credentials(client, offerings):
    response = client.get(f"{API}/services", HTTP_ORIGIN="https://portal.example.org")
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "Access-Control-Allow-Credentials" not in response
    preflight = client.options(f"{API}/services", HTTP_ORIGIN="https://portal.example.org",
                               HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET")  # fmt: skip
    assert preflight.status_code == 204
    assert preflight["Access-Control-Allow-Methods"] == "GET, HEAD, OPTIONS"
    head = client.head(f"{API}/taxonomies", HTTP_ORIGIN="https://portal.example.org")
    assert (head.status_code, head.content) == (200, b"")
    assert head["Access-Control-Allow-Origin"] == "*"
    posted = client.post(f"{API}/services", HTTP_ORIGIN="https://portal.example.org")
    assert "Access-Control-Allow-Origin" not in posted
    page = client.get(reverse("offerings:finder"), HTTP_ORIGIN="https://portal.example.org")
    assert "Access-Control-Allow-Origin" not in page


def test_a_client_beyond_its_limit_gets_429_with_retry_after(client, offerings, settings):
    settings.API_REQUESTS_PER_MINUTE = 3
    for _ in range(3):
        assert client.get(f"{API}/taxonomies").status_code == 200
    refused = client.get(f"{API}/taxonomies")
    assert refused.status_code == 429
    assert 1 <= int(refused["Retry-After"]) <= 60
    assert "Zu viele Anfragen" in refused.json()["detail"]
    other = client.get(f"{API}/taxonomies", REMOTE_ADDR="192.0.2.7")
    assert other.status_code == 200
    assert LimitCounter.objects.filter(key__startswith="api:").count() == 2


def test_the_number_of_queries_does_not_grow_with_the_services(
    client, organisation, vocab, django_assert_max_num_queries
):
    for number in range(30):
        make_offering(organisation, f"Kurs {number:02}", phases=[vocab["phases"]["0-3"]],
                      districts=[vocab["districts"]["mitte"]])  # fmt: skip
    get(client, "/services", per_page=5, search="Kurs")  # warm the worker's id map and caches
    with django_assert_max_num_queries(30) as few:
        small = get(client, "/services", per_page=5, search="Kurs")
    with django_assert_max_num_queries(30) as many:
        large = get(client, "/services", per_page=30, search="Kurs")
    assert (len(small["contents"]), len(large["contents"])) == (5, 30)
    assert len(many.captured_queries) == len(few.captured_queries)
