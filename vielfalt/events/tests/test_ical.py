import shutil
import subprocess

import icalendar
import pytest
from django.urls import reverse

from .helpers import make_event


def parse(response):
    assert response["Content-Type"].startswith("text/calendar")
    return icalendar.Calendar.from_ical(response.content)


def test_an_events_ical_file_holds_its_title_place_and_times(client, db):
    event = make_event(title="Netzwerktreffen Herbst", place="Rathaus, Ratssaal")

    calendar = parse(client.get(reverse("events:ics", args=[event.pk])))

    [component] = calendar.walk("VEVENT")
    assert str(component["SUMMARY"]) == "Netzwerktreffen Herbst"
    assert str(component["LOCATION"]) == "Rathaus, Ratssaal"
    assert component.decoded("DTSTART") == event.starts_at.replace(microsecond=0)
    assert component.decoded("DTEND") == event.ends_at.replace(microsecond=0)


def test_the_feed_holds_every_public_event_and_no_internal_one(client, db):
    make_event(title="Offenes Treffen")
    make_event(title="Internes Treffen", is_public=False)

    calendar = parse(client.get(reverse("events:feed")))

    assert [str(e["SUMMARY"]) for e in calendar.walk("VEVENT")] == ["Offenes Treffen"]


def test_a_forums_feed_holds_only_that_forums_events(client, forum, other_forum):
    make_event(title="Sprachforum trifft sich", forums=[forum])
    make_event(title="Sportforum trifft sich", forums=[other_forum])

    calendar = parse(client.get(reverse("events:forum_feed", args=[forum.slug])))

    assert [str(e["SUMMARY"]) for e in calendar.walk("VEVENT")] == ["Sprachforum trifft sich"]
    assert client.get(reverse("events:forum_feed", args=["gibt-es-nicht"])).status_code == 404


def test_calcurse_imports_the_feed_without_errors(client, db, tmp_path):
    calcurse = shutil.which("calcurse")
    if calcurse is None:
        pytest.skip("calcurse is not installed here (Debian package calcurse; CI installs it)")
    make_event(title="Netzwerktreffen Herbst", description="Mit Umlauten: Grüße, Straße")
    make_event(title="Auftaktworkshop")
    ics = tmp_path / "veranstaltungen.ics"
    ics.write_bytes(client.get(reverse("events:feed")).content)
    data = tmp_path / "calcurse"
    data.mkdir()

    result = subprocess.run(  # noqa: S603 (a fixed program on files of this test)
        [calcurse, "-D", str(data), "-i", str(ics)],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )

    assert result.returncode == 0, result.stderr
    report = result.stdout + result.stderr
    assert "2 apps / 0 events / 0 todos / 0 skipped" in report, report
    apts = (data / "apts").read_text()
    assert "Netzwerktreffen Herbst" in apts
    assert "Auftaktworkshop" in apts
