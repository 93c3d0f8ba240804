from vielfalt.collection.models import ApproachUpdate, Entry, Impulse
from vielfalt.conftest import assert_not_found, pass_second_factor
from vielfalt.network.models import Organisation
from vielfalt.privacy.erasure import erase_person


def url(entry):
    return f"/foren/sprache-und-bildung/sammlung/{entry.pk}/"


def test_a_need_shows_its_themes_and_what_came_of_it(moderator_client, need, approach):
    page = moderator_client.get(url(need)).content.decode()
    assert "<h1>Sprachförderung vor der Einschulung</h1>" in page
    assert "Interkulturelle Öffnung:</strong>" in page
    assert "Mehrsprachige Eltern einbezogen." in page
    # Gleichstellung has no note: listed anyway, as not considered yet.
    assert "Gleichstellung:</strong>" in page
    assert "noch nicht berücksichtigt" in page
    assert "Was daraus wurde" in page
    assert "Vorlesepat:innen in Kitas</a> – geplant, 20 %" in page


def test_an_approach_shows_status_progress_needs_carriers_and_log(
    moderator_client, approach, organisation
):
    approach.organisations.add(organisation)
    ApproachUpdate.objects.create(
        approach=approach, text="Zwei Kitas machen mit.", status="planned", progress=20
    )
    page = moderator_client.get(url(approach)).content.decode()
    assert '<progress id="entry-progress" max="100" value="20">' in page
    assert "Sprachförderung vor der Einschulung</a>" in page
    assert "Familienzentrum Lindenplatz" in page
    assert "Zwei Kitas machen mit." in page


def test_a_discarded_approach_shows_the_reason(moderator_client, approach):
    approach.status, approach.discard_reason = "discarded", "Keine Räume frei."
    approach.save()
    assert "Keine Räume frei." in moderator_client.get(url(approach)).content.decode()


def test_it_shows_the_impulses_that_became_the_entry(moderator_client, need):
    Impulse.objects.create(title="Idee vom Elternabend", text="…", entry=need, status="sorted")
    assert "Idee vom Elternabend" in moderator_client.get(url(need)).content.decode()


def test_it_shows_the_source_note(moderator_client, need):
    need.source, need.source_note = "workshop", "1. Netzwerktreffen, Mai 2024"
    need.save()
    assert (
        "Workshop: 1. Netzwerktreffen, Mai 2024" in moderator_client.get(url(need)).content.decode()
    )


def test_it_links_a_source_object_with_a_page(moderator_client, need, organisation):
    from vielfalt.offerings.models import Offering

    offering = Offering.objects.create(
        name="Hausaufgabenhilfe", short_description="Hilfe", organisation=organisation
    )
    need.source_object = offering
    need.save()
    assert (
        f'href="{offering.get_absolute_url()}"' in moderator_client.get(url(need)).content.decode()
    )


def test_the_history_shows_who_changed_which_field_from_what_to_what(
    moderator_client, moderator, approach
):
    moderator_client.post(
        f"{url(approach)}bearbeiten/",
        {
            "title": "Vorlesepat:innen in allen Kitas",
            "source": "other",
            "status": "in_progress",
            "progress": "40",
            "needs": [n.pk for n in approach.needs.all()],
        },
    )
    page = moderator_client.get(url(approach)).content.decode()
    assert "Mona Moderation:" in page
    assert "Titel: „Vorlesepat:innen in Kitas“ → „Vorlesepat:innen in allen Kitas“" in page
    assert "Stand: „geplant“ → „in Umsetzung“" in page
    assert "Fortschritt (%): „20 %“ → „40 %“" in page


def test_the_history_survives_erasure_as_an_erased_person(client, moderator, coordinator, approach):
    client.force_login(moderator)
    client.post(
        f"{url(approach)}bearbeiten/",
        {"title": "Neuer Titel", "source": "other", "status": "planned", "progress": "20"},
    )
    erase_person(moderator.person)
    approach.refresh_from_db()
    assert approach.title == "Neuer Titel"
    client.force_login(coordinator)
    pass_second_factor(client, coordinator)
    page = client.get(url(approach)).content.decode()
    assert "gelöschte Person:" in page
    assert "Mona Moderation" not in page
    assert "„Vorlesepat:innen in Kitas“ → „Neuer Titel“" in page


def test_members_of_another_forum_get_404(member_client, need):
    assert_not_found(member_client.get(url(need)))


def test_an_entry_of_another_forum_under_this_forum_url_is_404(moderator_client, other_need):
    assert_not_found(moderator_client.get(url(other_need)))
    assert_not_found(moderator_client.get(f"/foren/sport-und-freizeit/sammlung/{other_need.pk}/"))


def test_anonymous_visitors_are_sent_to_the_login(client, need):
    response = client.get(url(need))
    assert response.status_code == 302
    assert response["Location"].startswith("/konto/login/")


def test_the_carrier_list_is_empty_without_organisations(moderator_client, approach):
    assert Organisation.objects.count() >= 1
    assert "Noch kein Träger" in moderator_client.get(url(approach)).content.decode()


def test_an_inventory_entry_lists_its_offerings(moderator_client, forum, organisation):
    from vielfalt.offerings.models import Offering

    offering = Offering.objects.create(
        name="Sprachcafé", short_description="Deutsch üben", organisation=organisation
    )
    entry = Entry.objects.create(forum=forum, kind="inventory", title="Sprachcafés")
    entry.offerings.add(offering)
    page = moderator_client.get(url(entry)).content.decode()
    assert "Sprachcafé</a> (Familienzentrum Lindenplatz)" in page


def test_the_history_shows_changes_of_the_theme_notes(moderator_client, need, themes):
    moderator_client.post(
        f"{url(need)}bearbeiten/",
        {
            "title": need.title,
            "source": "other",
            f"theme_{themes[1].pk}_considered": "on",
            f"theme_{themes[1].pk}_note": "Mädchen und Jungen gleich angesprochen.",
        },
    )
    page = moderator_client.get(url(need)).content.decode()
    assert "Gleichstellung: berücksichtigt: „–“ → „ja“" in page
    assert "Gleichstellung: Notiz: „–“ → „Mädchen und Jungen gleich angesprochen.“" in page
    # Interkulturelle Öffnung was unticked by the same save.
    assert "Interkulturelle Öffnung: berücksichtigt: „ja“ → „nein“" in page


def test_one_save_shows_as_one_step(moderator_client, need, phase, themes):
    moderator_client.post(
        f"{url(need)}bearbeiten/",
        {"title": "Neuer Titel", "source": "other", "life_phases": [phase.pk]},
    )
    page = moderator_client.get(url(need)).content.decode()
    assert page.count("Mona Moderation:") == 1
    assert "Lebensphasen: „–“ → „Kinder 6–10“" in page


# The lists on the page (phases, districts, groups, needs, carriers, log,
# impulses, history with its many-to-many rows and names, the notes' history)
# and the permission checks: the same number however long the lists grow.
ENTRY_QUERIES = 30


def test_the_entry_page_runs_a_constant_number_of_queries(
    moderator_client, approach, phase, district, organisation, django_assert_num_queries
):
    def grow(number):
        for i in range(number):
            approach.title = f"Titel {number}-{i}"
            approach.save()
            ApproachUpdate.objects.create(
                approach=approach, text=f"Schritt {i}", status="planned", progress=i
            )
            Impulse.objects.create(title=f"Impuls {number}-{i}", text="…", entry=approach)
        approach.life_phases.add(phase)
        approach.districts.add(district)
        approach.organisations.add(organisation)

    grow(1)
    moderator_client.get(url(approach))
    with django_assert_num_queries(ENTRY_QUERIES):
        moderator_client.get(url(approach))
    grow(10)
    with django_assert_num_queries(ENTRY_QUERIES):
        page = moderator_client.get(url(approach)).content.decode()
    assert "Schritt 9" in page and "Impuls 10-9" in page
