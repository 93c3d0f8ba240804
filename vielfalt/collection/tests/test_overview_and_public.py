"""The coordinators' overview across all forums, and the public forum page's section."""

from datetime import timedelta

from django.utils import timezone

from vielfalt.collection.models import CrossCuttingNote, Entry
from vielfalt.meetings.models import ActionItem, Meeting

OVERVIEW = "/foren/uebersicht/"


def add_needs(forum, themes, count, start=0):
    for i in range(start, start + count):
        need = Entry.objects.create(forum=forum, kind="need", title=f"Bedarf {i:03}")
        CrossCuttingNote.objects.create(entry=need, theme=themes[0], considered=True)
        if i % 2:
            approach = Entry.objects.create(
                forum=forum, kind="approach", status="in_progress", title=f"Ansatz {i:03}"
            )
            approach.needs.add(need)


def test_the_overview_is_for_coordinators_only(moderator_client, forum):
    response = moderator_client.get(OVERVIEW)
    assert response.status_code == 403
    assert "Überblick über alle Foren" not in response.content.decode()


def test_anonymous_visitors_are_sent_to_the_login(client):
    response = client.get(OVERVIEW)
    assert response.status_code == 302
    assert response["Location"].startswith("/konto/login/")


def test_it_shows_needs_without_approach_statuses_and_theme_gaps(
    coordinator_client, forum, other_forum, need, approach, themes
):
    lonely = Entry.objects.create(forum=other_forum, kind="need", title="Schwimmkurse für Mädchen")
    discarded = Entry.objects.create(
        forum=other_forum, kind="approach", status="discarded", discard_reason="x", title="Kurs"
    )
    discarded.needs.add(lonely)
    page = coordinator_client.get(OVERVIEW).content.decode()
    assert "Forum Sprache und Bildung" in page and "Forum Sport und Freizeit" in page
    # A need answered only by a discarded approach still has none.
    assert "1 Bedarf ohne Lösungsansatz" in page
    assert f'href="/foren/sport-und-freizeit/sammlung/{lonely.pk}/">Schwimmkurse' in page
    assert "geplant: <strong>1</strong>" in page
    assert "verworfen: <strong>1</strong>" in page
    # need: one of two themes considered; lonely: none.
    assert "Sprachförderung vor der Einschulung</a> (1 Thema offen)" in page
    assert "Schwimmkurse für Mädchen</a> (2 Themen offen)" in page


def test_the_overview_runs_a_constant_number_of_queries(
    coordinator_client, forum, other_forum, themes, django_assert_num_queries
):
    add_needs(forum, themes, 2)
    add_meetings_with_items(forum, 1)
    coordinator_client.get(OVERVIEW)
    with django_assert_num_queries(10) as first:
        coordinator_client.get(OVERVIEW)
    add_needs(forum, themes, 20, start=10)
    add_needs(other_forum, themes, 20, start=40)
    add_meetings_with_items(forum, 5)
    add_meetings_with_items(other_forum, 5)
    with django_assert_num_queries(len(first.captured_queries)):
        coordinator_client.get(OVERVIEW)


def test_the_dashboard_links_coordinators_to_the_overview(coordinator_client):
    assert f'href="{OVERVIEW}"' in coordinator_client.get("/konto/start/").content.decode()


# --- The public forum page ---------------------------------------------------


def test_the_forum_page_shows_published_needs_and_approaches(client, need, approach):
    need.is_published = approach.is_published = True
    need.save()
    approach.save()
    page = client.get("/foren/sprache-und-bildung/").content.decode()
    assert "Woran das Forum arbeitet" in page
    assert "Sprachförderung vor der Einschulung" in page
    assert "Vorlesepat:innen in Kitas</strong> – geplant" in page
    assert 'value="20"' in page


def test_nothing_unpublished_leaks_to_the_forum_page(client, forum, need, approach):
    inventory = Entry.objects.create(
        forum=forum, kind="inventory", title="Bestand öffentlich", is_published=True
    )
    approach.is_published = True
    approach.save()
    page = client.get("/foren/sprache-und-bildung/").content.decode()
    assert "Vorlesepat:innen in Kitas" in page
    assert "Sprachförderung vor der Einschulung" not in page
    assert inventory.title not in page


def test_the_forum_page_writes_each_entry_escaped_with_a_shortened_description(client, forum):
    long_text = "Erste Zeile <b>fett</b> " + " ".join(f"w{i}" for i in range(50))
    Entry.objects.create(
        forum=forum,
        kind="need",
        title="Kita & Schule <script>",
        description=long_text,
        is_published=True,
    )
    Entry.objects.create(
        forum=forum,
        kind="need",
        title="Zweiter Bedarf",
        description="Zeile 1\nZeile 2",
        is_published=True,
    )
    Entry.objects.create(
        forum=forum,
        kind="approach",
        title='Ansatz "A"',
        status="in_progress",
        progress=40,
        is_published=True,
    )
    Entry.objects.create(
        forum=forum, kind="approach", title="Verworfen", status="discarded", is_published=True
    )
    page = client.get("/foren/sprache-und-bildung/").content.decode()
    words = " ".join(f"w{i}" for i in range(37))  # 40 words in all
    assert (
        "<li><strong>Kita &amp; Schule &lt;script&gt;</strong><div>Erste Zeile "
        f"&lt;b&gt;fett&lt;/b&gt; {words} …</div></li>"
    ) in page
    assert "<li><strong>Zweiter Bedarf</strong><div>Zeile 1 Zeile 2</div></li>" in page
    assert (
        '<li><strong>Ansatz &quot;A&quot;</strong> – in Umsetzung, <progress max="100" '
        'value="40" aria-label="Fortschritt: Ansatz &quot;A&quot;">40 %</progress> 40 %</li>'
    ) in page
    assert "<li><strong>Verworfen</strong> – verworfen</li>" in page
    english = client.get("/en/foren/sprache-und-bildung/").content.decode()
    assert (
        '<li><strong>Ansatz &quot;A&quot;</strong> – in progress, <progress max="100" '
        'value="40" aria-label="Progress: Ansatz &quot;A&quot;">40 %</progress> 40 %</li>'
    ) in english


def test_the_section_is_left_out_when_nothing_is_published(client, need):
    assert (
        "Woran das Forum arbeitet" not in client.get("/foren/sprache-und-bildung/").content.decode()
    )


def test_the_workspace_shows_the_collection_counts(moderator_client, need, approach):
    page = moderator_client.get("/foren/sprache-und-bildung/arbeitsbereich/").content.decode()
    assert "Bedarf: <strong>1</strong>" in page
    assert 'href="/foren/sprache-und-bildung/sammlung/"' in page


def add_meetings_with_items(forum, count):
    for number in range(count):
        meeting = Meeting.objects.create(
            forum=forum,
            title=f"Treffen {forum.pk}-{number}",
            starts_at=timezone.now() - timedelta(days=30 + number),
        )
        ActionItem.objects.create(meeting=meeting, what="Raum buchen", responsible_name="Frau Lenz")


def test_it_shows_the_last_meeting_and_the_open_action_items(coordinator_client, forum):
    old = Meeting.objects.create(
        forum=forum, title="Frühjahrstreffen", starts_at=timezone.now() - timedelta(days=200)
    )
    last = Meeting.objects.create(
        forum=forum, title="Herbsttreffen", starts_at=timezone.now() - timedelta(days=20)
    )
    Meeting.objects.create(
        forum=forum, title="Wintertreffen", starts_at=timezone.now() + timedelta(days=20)
    )
    ActionItem.objects.create(
        meeting=old,
        what="Elternbrief übersetzen",
        responsible_name="Frau Lenz",
        due_on=timezone.localdate() - timedelta(days=3),
    )
    ActionItem.objects.create(meeting=last, what="Erledigtes", responsible_name="X", done=True)

    page = coordinator_client.get(OVERVIEW).content.decode()

    assert f'<a href="{last.get_absolute_url()}">Herbsttreffen</a>' in page
    assert "Wintertreffen" not in page
    assert "1 offene Aufgabe aus Treffen" in page
    assert "Elternbrief übersetzen (Frau Lenz" in page
    assert "überfällig" in page
    assert "Erledigtes" not in page
