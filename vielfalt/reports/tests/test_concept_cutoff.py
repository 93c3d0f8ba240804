"""The draft shows the collection as it stood on the cut-off date, whatever changed later."""

import io
import zipfile
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from docx import Document

from vielfalt.collection.models import ApproachUpdate, CrossCuttingNote, Entry
from vielfalt.reports.concept import build_concept, concept_forums
from vielfalt.reports.concept_documents import concept_docx, concept_html
from vielfalt.vocabularies.models import CrossCuttingTheme, LifePhase

CUTOFF_DAYS_AGO = 10


def recorded_on(entry, moment):
    """As if the entry and its notes had been saved on that day (as the demo does)."""
    entry.created = moment
    Entry.objects.filter(pk=entry.pk).update(created=moment)
    entry.history.update(history_date=moment)
    CrossCuttingNote.history.filter(entry_id=entry.pk).update(history_date=moment)


@pytest.fixture
def until():
    return timezone.localdate() - timedelta(days=CUTOFF_DAYS_AGO)


@pytest.fixture
def collection(db, forum, other_forum, organisation, until):
    """Entries recorded twenty days ago, before the cut-off ten days ago."""
    earlier = timezone.now() - timedelta(days=20)
    phase = LifePhase.objects.create(name="Kinder 6–10", slug="6-10", position=1)
    theme = CrossCuttingTheme.objects.create(name="Interkulturelle Öffnung", slug="ikoe")
    need = Entry.objects.create(forum=forum, kind="need", title="Mehr Kita-Plätze")
    need.life_phases.set([phase])
    approach = Entry.objects.create(
        forum=forum, kind="approach", title="Kita-Lotsinnen", status="planned", progress=10
    )
    approach.organisations.set([organisation])
    approach.life_phases.set([phase])
    CrossCuttingNote.objects.create(
        entry=approach, theme=theme, considered=True, note="mehrsprachig"
    )
    ApproachUpdate.objects.create(
        approach=approach,
        date=until - timedelta(days=5),
        text="Start",
        status="planned",
        progress=10,
    )
    for entry in (need, approach):
        recorded_on(entry, earlier)
    return {"need": need, "approach": approach, "phase": phase, "theme": theme}


def draft(until, forums=None):
    return build_concept(concept_forums(forums), until)


def approach_rows(concept):
    return [
        (entry.title, entry.status_label, entry.progress, [org.name for org in entry.carriers])
        for part in concept.forums
        for entry in part.approaches
    ]


def docx_texts(data: bytes) -> list[str]:
    document = Document(io.BytesIO(data))
    cells = [c.text for table in document.tables for row in table.rows for c in row.cells]
    return [p.text for p in document.paragraphs] + cells


def change_everything_later(collection, other_organisation, other_forum):
    """What people do after the cut-off: progress, new titles, carriers, notes, new entries."""
    approach, need = collection["approach"], collection["need"]
    ApproachUpdate.objects.create(
        approach=approach, text="Läuft", status="in_progress", progress=60
    )
    approach.status, approach.progress, approach.title = "in_progress", 60, "Kita-Lotsen"
    approach.save()
    approach.organisations.set([other_organisation])
    need.title = "Viel mehr Kita-Plätze"
    need.save()
    CrossCuttingNote.objects.filter(entry=approach).update(note="in fünf Sprachen")
    CrossCuttingNote.objects.get(entry=approach).save()
    Entry.objects.create(forum=other_forum, kind="need", title="Neu nach dem Stichtag")


def test_a_later_progress_entry_leaves_the_earlier_status(collection, until):
    approach = collection["approach"]
    ApproachUpdate.objects.create(
        approach=approach,
        date=until + timedelta(days=3),
        text="Es geht los",
        status="in_progress",
        progress=40,
    )
    approach.status, approach.progress = "in_progress", 40
    approach.save()

    assert approach_rows(draft(until)) == [
        ("Kita-Lotsinnen", "geplant", 10, ["Familienzentrum Lindenplatz"])
    ]
    assert approach_rows(draft(timezone.localdate()))[0][1:3] == ("in Umsetzung", 40)


def test_a_progress_entry_dated_before_the_cut_off_wins_over_the_record(collection, until):
    ApproachUpdate.objects.create(
        approach=collection["approach"],
        date=until - timedelta(days=1),
        text="Beschlossen",
        status="implemented",
        progress=100,
    )

    assert approach_rows(draft(until))[0][1:3] == ("umgesetzt", 100)


def test_a_plain_save_after_the_cut_off_leaves_the_earlier_title_and_status(
    collection, until, other_organisation
):
    approach = collection["approach"]
    approach.title, approach.status = "Kita-Lotsen", "implemented"
    approach.save()
    approach.organisations.set([other_organisation])

    assert approach_rows(draft(until)) == [
        ("Kita-Lotsinnen", "geplant", 10, ["Familienzentrum Lindenplatz"])
    ]
    assert approach_rows(draft(timezone.localdate())) == [
        ("Kita-Lotsen", "umgesetzt", 10, ["Sportverein Pley"])
    ]


def test_without_a_record_before_the_cut_off_the_first_record_counts(collection, until):
    """An entry dated back (created before the cut-off, first recorded after it)."""
    approach = collection["approach"]
    approach.history.update(history_date=timezone.now())
    approach.title = "Kita-Lotsen"
    approach.save()

    assert approach_rows(draft(until))[0][0] == "Kita-Lotsinnen"


def test_the_documents_stay_the_same_after_later_changes(
    collection, until, other_organisation, other_forum
):
    before = concept_html(draft(until)), concept_docx(draft(until))

    change_everything_later(collection, other_organisation, other_forum)
    after = concept_html(draft(until)), concept_docx(draft(until))

    assert after[0] == before[0]
    assert docx_texts(after[1]) == docx_texts(before[1])
    assert after[1] == before[1]
    assert "Kita-Lotsinnen" in before[0] and "mehrsprachig" in before[0]
    today = concept_html(draft(timezone.localdate()))
    assert "Kita-Lotsen<" in today and "Neu nach dem Stichtag" in today
    assert "in fünf Sprachen" in today


def test_the_docx_parts_carry_no_time_of_generation(collection, until):
    with zipfile.ZipFile(io.BytesIO(concept_docx(draft(until)))) as archive:
        core = archive.read("docProps/core.xml").decode()
        assert {info.date_time for info in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
    assert until.isoformat() in core and timezone.localdate().isoformat() not in core


def test_the_gaps_name_the_needs_as_they_were(collection, until):
    need = collection["need"]
    need.title = "Viel mehr Kita-Plätze"
    need.save()

    concept = draft(until)

    [gap] = [g for g in concept.gaps if g.topic.slug == "sprache-und-bildung"]
    assert [n.title for n in gap.needs] == ["Mehr Kita-Plätze"]
    assert [(a.title, a.status_label) for a in gap.approaches] == [("Kita-Lotsinnen", "geplant")]
    assert "Angebote haben keinen Verlauf" in concept_html(concept)


def test_an_approach_discarded_later_shows_its_status_on_the_cut_off_date(collection, until):
    approach = collection["approach"]
    approach.status, approach.discard_reason = "discarded", "Keine Mittel"
    approach.save()

    assert approach_rows(draft(until))[0][1] == "geplant"
    assert approach_rows(draft(timezone.localdate())) == []


def test_an_entry_moved_later_stays_in_its_forum_of_the_cut_off_date(
    collection, until, other_forum
):
    need = collection["need"]
    need.forum = other_forum
    need.save()

    parts = {part.forum.slug: part for part in draft(until).forums}
    assert [n.title for n in parts["sprache-und-bildung"].needs] == ["Mehr Kita-Plätze"]
    assert parts["sport-und-freizeit"].needs == []


def test_an_entry_deleted_later_is_left_out(collection, until, coordinator_client):
    """Deletion removes mistakes and personal data: an old draft does not bring them back."""
    collection["need"].delete()

    assert "Mehr Kita-Plätze" not in concept_html(draft(until))
    page = coordinator_client.get(reverse("reports:concept")).content.decode()
    assert "wie sie an diesem Tag waren; später gelöschte Einträge fehlen" in page


def test_a_note_first_recorded_after_the_cut_off_is_not_shown(collection, until):
    theme = CrossCuttingTheme.objects.create(name="Gleichstellung", slug="gleichstellung")
    CrossCuttingNote.objects.create(
        entry=collection["need"], theme=theme, considered=True, note="später bedacht"
    )

    assert "später bedacht" not in concept_html(draft(until))
    assert "später bedacht" in concept_html(draft(timezone.localdate()))


def add_entries(forum, organisation, phase, until, count):
    earlier = timezone.now() - timedelta(days=20)
    for i in range(count):
        entry = Entry.objects.create(
            forum=forum, kind="approach", title=f"Ansatz {i}", status="idea", progress=0
        )
        entry.organisations.set([organisation])
        entry.life_phases.set([phase])
        ApproachUpdate.objects.create(
            approach=entry, date=until, text="…", status="planned", progress=5
        )
        recorded_on(entry, earlier)
        entry.title = f"Ansatz {i} (neu)"
        entry.save()
    Entry.objects.bulk_create(  # no history at all: the current values count
        Entry(forum=forum, kind="need", title=f"Bedarf {i}", created=earlier) for i in range(count)
    )


def test_the_draft_takes_the_same_number_of_queries_for_more_entries(
    collection, until, forum, organisation
):
    build_concept(concept_forums(), until)  # the chain's offering part is cached from here
    add_entries(forum, organisation, collection["phase"], until, 2)
    with CaptureQueriesContext(connection) as few:
        build_concept(concept_forums(), until)

    add_entries(forum, organisation, collection["phase"], until, 20)
    with CaptureQueriesContext(connection) as many:
        concept = build_concept(concept_forums(), until)

    assert len(many) == len(few)
    titles = [entry.title for part in concept.forums for entry in part.approaches]
    assert "Ansatz 19" in titles and len(titles) == 23
