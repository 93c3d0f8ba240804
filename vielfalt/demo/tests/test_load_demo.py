"""``manage.py load_demo``: the Würselen demo, loaded once or many times."""

from datetime import date
from io import StringIO

import pytest
from django.apps import apps
from django.contrib.auth.password_validation import validate_password
from django.core.management import call_command
from django.db.models import Count, Q

from vielfalt.accounts.models import User
from vielfalt.demo import wuerselen
from vielfalt.demo.management.commands import load_demo
from vielfalt.demo.network import DEMO_PASSWORD
from vielfalt.forums.models import Forum, ForumMembership
from vielfalt.network.models import Organisation, Person
from vielfalt.pages.models import Page
from vielfalt.process.models import Milestone
from vielfalt.vocabularies.models import District, Language, LifePhase

DEMO_LOGINS = ["koordination@example.org", "moderation@example.org", "mitglied@example.org"]


def run_load_demo():
    out = StringIO()
    call_command("load_demo", stdout=out)
    return out.getvalue()


def count_every_model():
    return {model._meta.label: model.objects.count() for model in apps.get_models()}


@pytest.fixture(autouse=True)
def fast_hashing(settings):
    # Argon2 is slow on purpose; the demo loads its three logins in every test.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def output(demo_data):
    """The demo, loaded once per session; each test's changes are rolled back."""
    return demo_data


def test_it_loads_the_seven_forums_in_the_order_of_the_page(output):
    forums = [(f.slug, f.name, f.status) for f in Forum.objects.all()]
    assert len(forums) == 7
    assert forums == [(slug, name, status) for slug, name, _en, status, *_texts in wuerselen.FORUMS]
    for forum in Forum.objects.all():
        assert forum.description and forum.description_en and forum.name_en


def test_the_milestones_run_from_january_2023_to_may_2024_in_order(output):
    steps = list(Milestone.objects.all())
    assert len(steps) == 6
    assert [s.date for s in steps] == sorted(s.date for s in steps)
    assert len({s.date for s in steps}) == 6
    first, last = steps[0], steps[-1]
    assert (first.date, first.precision) == (date(2023, 1, 1), "month")
    assert first.title.startswith("Abfrage")
    assert (steps[3].date, steps[3].precision) == (date(2023, 8, 1), "month")
    assert "60 Teilnehmenden" in steps[3].title
    assert (last.date, last.precision) == (date(2024, 5, 1), "month")
    assert last.title == "1. Netzwerktreffen"
    # The steps without a date on the page show none, but still sort in place.
    assert [s.precision for s in steps[1:3]] == ["none", "none"]
    assert steps[4].precision == "none"
    assert date(2023, 8, 1) < steps[4].date < date(2024, 5, 1)
    assert all(s.is_done and s.title_en and s.description and s.description_en for s in steps)


def test_the_public_contact_is_exactly_the_two_coordinators_of_the_page(output, client):
    contacts = Person.objects.coordinators().public_contacts().order_by("name")
    assert [(p.name, p.phone, p.email) for p in contacts] == [
        ("Andrea Schmidt", "02405 67-5007", "andrea.schmidt@wuerselen.de"),
        ("Nathalie Thomé", "02405 67-5164", "nathalie.thome@wuerselen.de"),
    ]
    for person in contacts:
        assert person.organisation.slug == "stadt-wuerselen"
        assert person.position == "Koordinierungsstelle Prävention und Integration"
        assert "Website" in person.consent_text
        assert person.user is None

    html = client.get("/").content.decode()
    assert "andrea.schmidt@wuerselen.de" in html
    assert "nathalie.thome@wuerselen.de" in html
    assert "koordination@example.org" not in html


def test_it_loads_the_vocabularies_of_the_contract(output):
    phases = list(LifePhase.objects.values_list("slug", "in_prevention_chain", "min_age"))
    assert phases == [
        ("schwangerschaft", True, None),
        ("0-3", True, 0),
        ("3-6", True, 3),
        ("6-10", True, 6),
        ("10-16", True, 10),
        ("16-27", True, 16),
        ("erwachsene", False, 18),
        ("aeltere", False, 65),
    ]
    assert District.objects.count() == 10
    assert Language.objects.get(slug="uk").native_name == "Українська"
    assert Language.objects.count() == 16


def test_it_loads_enough_organisations_and_people(output):
    assert Organisation.objects.count() >= 25
    assert Person.objects.count() >= 60
    fictional = Person.objects.exclude(email__endswith="@wuerselen.de")
    assert not fictional.exclude(email__endswith="@example.org").exists()
    assert fictional.filter(Q(is_expert=True) | Q(is_multiplier=True)).count() >= 30
    pley = Organisation.objects.get(slug="sv-pley")
    assert (pley.kind, pley.postal_code, pley.city) == ("association", "52146", "Würselen")
    assert list(pley.districts.values_list("slug", flat=True)) == ["pley"]
    assert pley.email.endswith("@example.org")
    assert pley.phone.startswith("02405 ")
    # Every organisation but the town says it is a demo.
    assert (
        not Organisation.objects.exclude(slug="stadt-wuerselen")
        .exclude(name__endswith="(Demo)")
        .exists()
    )


def test_every_active_forum_has_members_and_a_moderator(output):
    forums = Forum.objects.annotate(
        moderator_count=Count("memberships", filter=Q(memberships__role="moderator")),
        member_count=Count("memberships"),
    )
    for forum in forums:
        if forum.status == Forum.Status.ACTIVE:
            assert 6 <= forum.member_count <= 15, forum.slug
            assert 1 <= forum.moderator_count <= 2, forum.slug
        else:
            assert forum.member_count <= 3, forum.slug
            assert forum.moderator_count == 0, forum.slug


def test_moderators_show_a_contact_only_with_recorded_consent(output):
    moderators = Person.objects.filter(forum_memberships__role="moderator").distinct()
    public = moderators.filter(public_contact=True)
    assert public.exists()
    assert moderators.filter(public_contact=False).exists()
    for person in public:
        assert person.consent_given_at is not None
        assert "einverstanden" in person.consent_text
    for person in moderators.filter(public_contact=False):
        assert person.consent_given_at is None


def test_running_it_twice_duplicates_nothing(output):
    before = count_every_model()
    stamps = sorted(Person.objects.values_list("updated", flat=True))

    run_load_demo()

    assert count_every_model() == before
    # Nothing was even written again.
    assert sorted(Person.objects.values_list("updated", flat=True)) == stamps


def test_a_second_run_restores_edited_demo_texts_without_duplicating(output):
    before = count_every_model()
    Forum.objects.filter(slug="gesundheit").update(description="Geändert im Backoffice.")
    Milestone.objects.filter(title="1. Netzwerktreffen").update(title="Netzwerktreffen 2024")
    Page.objects.filter(slug="impressum").update(body="Neuer Text.")
    Person.objects.filter(email="andrea.schmidt@wuerselen.de").update(
        email="Andrea.Schmidt@wuerselen.de"
    )
    User.objects.filter(email="mitglied@example.org").update(password="!")

    run_load_demo()

    assert count_every_model() == before
    assert Forum.objects.get(slug="gesundheit").description.startswith("Gesund aufwachsen")
    assert Milestone.objects.filter(title="1. Netzwerktreffen").count() == 1
    assert "Morlaixplatz 1" in Page.objects.get(slug="impressum").body
    assert Person.objects.filter(email__iexact="andrea.schmidt@wuerselen.de").count() == 1
    assert User.objects.get(email="mitglied@example.org").check_password(DEMO_PASSWORD)


def test_a_failing_step_leaves_nothing_behind(db, monkeypatch):
    monkeypatch.setattr(load_demo, "STEPS", [*load_demo.STEPS, "vielfalt.pages.tests.no_such"])

    with pytest.raises(ModuleNotFoundError):
        run_load_demo()

    assert not Forum.objects.exists()
    assert not Person.objects.exists()
    assert not User.objects.exists()


@pytest.mark.parametrize("email", DEMO_LOGINS)
def test_the_demo_logins_can_log_in(output, client, email):
    assert client.login(email=email, password=DEMO_PASSWORD)


def test_the_demo_logins_have_their_roles(output):
    coordinator = User.objects.get(email="koordination@example.org")
    assert coordinator.is_coordinator
    assert not coordinator.person.public_contact

    moderator = User.objects.get(email="moderation@example.org")
    assert not moderator.is_coordinator
    assert ForumMembership.objects.get(person=moderator.person).forum.slug == (
        "sprache-und-bildung"
    )
    assert moderator.person.forum_memberships.get().role == "moderator"

    member = User.objects.get(email="mitglied@example.org")
    assert member.person.organisation.slug == "sv-pley"
    membership = member.person.forum_memberships.get()
    assert (membership.forum.slug, membership.role) == ("sport-und-freizeit", "member")

    # Only the demo logins have an account.
    assert sorted(User.objects.values_list("email", flat=True)) == sorted(DEMO_LOGINS)


def test_the_demo_password_passes_the_password_rules(output):
    for user in User.objects.all():
        validate_password(DEMO_PASSWORD, user)


def test_it_prints_what_it_loaded_and_the_demo_logins(output):
    assert "30 Organisationen" in output
    assert "7 Foren" in output
    assert "6 Meilensteine" in output
    for email in DEMO_LOGINS:
        assert email in output
    assert DEMO_PASSWORD in output
    assert "nur in der Demo" in output


def test_it_loads_the_imprint_privacy_and_accessibility_pages(output, client):
    imprint = client.get("/impressum/").content.decode()
    assert "Demo-Installation" in imprint
    assert "Morlaixplatz 1" in imprint
    privacy = Page.objects.get(slug="datenschutz")
    assert "Double-Opt-in" in privacy.body
    assert "Tracking" in privacy.body
    accessibility = Page.objects.get(slug="barrierefreiheit")
    assert "WCAG 2.1" in accessibility.body
    # Leichte Sprache is German on every language's page.
    for page in Page.objects.exclude(slug="leichte-sprache"):
        assert page.title_en and len(page.body_en) > 500
    easy_read = Page.objects.get(slug="leichte-sprache")
    assert "Wie können Sie mitmachen?" in easy_read.body and not easy_read.body_en
