"""The demo collection: every active forum has inventory, needs and approaches."""

from io import StringIO

from django.core.management import call_command
from django.db.models import Count, Q

from vielfalt.collection.models import ApproachUpdate, CrossCuttingNote, Entry
from vielfalt.forums.models import Forum


def test_every_active_forum_has_its_collection(demo_data):
    active = Forum.objects.filter(status="active")
    assert active.count() == 5
    for forum in active.annotate(
        inventory=Count("entries", filter=Q(entries__kind="inventory")),
        needs=Count("entries", filter=Q(entries__kind="need")),
        approaches=Count("entries", filter=Q(entries__kind="approach")),
    ):
        assert forum.inventory >= 8 and forum.needs >= 6 and forum.approaches >= 4, forum.slug
        statuses = set(forum.entries.approaches().values_list("status", flat=True))
        assert len(statuses) >= 3, forum.slug
    assert not Entry.objects.filter(forum__status="dormant").exists()


def test_approaches_have_logs_carriers_and_answer_needs(demo_data):
    approaches = Entry.objects.approaches()
    assert ApproachUpdate.objects.count() >= 20
    assert approaches.filter(organisations__isnull=False).distinct().count() >= 15
    assert approaches.filter(needs__isnull=False).distinct().count() == approaches.count()
    for discarded in approaches.filter(status="discarded"):
        assert discarded.discard_reason


def test_most_entries_have_notes_and_some_needs_a_theme_not_considered(demo_data):
    with_notes = Entry.objects.filter(theme_notes__isnull=False).distinct().count()
    assert with_notes >= 0.9 * Entry.objects.count()
    gaps = CrossCuttingNote.objects.filter(entry__kind="need", considered=False)
    assert gaps.values("entry").distinct().count() >= 10


def test_the_may_2024_network_meeting_is_visible(demo_data):
    from_may = Entry.objects.filter(source_note="1. Netzwerktreffen, Mai 2024")
    assert from_may.filter(kind="inventory").count() >= 5 * 4
    assert from_may.filter(kind="need").count() >= 5 * 3
    assert set(from_may.values_list("source", flat=True)) <= {"workshop", "other"}


def test_inventory_links_demo_offerings_of_the_forum(demo_data):
    linked = Entry.objects.inventory().filter(offerings__isnull=False).distinct()
    assert linked.count() >= 10
    for entry in linked:
        assert all(entry.forum in o.forums.all() for o in entry.offerings.all())


def test_some_needs_and_approaches_are_published(demo_data, client):
    assert Entry.objects.published().filter(kind="need").count() >= 10
    page = client.get("/foren/sport-und-freizeit/").content.decode()
    assert "Intensiv-Schwimmkurse in den Ferien" in page


def test_loading_twice_adds_nothing(demo_data):
    before = {
        model: model.objects.count()
        for model in (Entry, CrossCuttingNote, ApproachUpdate, Entry.history.model)
    }
    call_command("load_demo", stdout=StringIO())
    after = {model: model.objects.count() for model in before}
    assert after == before


def test_the_history_of_a_demo_entry_starts_when_it_was_collected(demo_data):
    entry = Entry.objects.get(title="Sprachkurse für Erwachsene")
    assert entry.created.date().isoformat() == "2024-05-16"
    assert {h.history_date.date().isoformat() for h in entry.history.all()} == {"2024-05-16"}
