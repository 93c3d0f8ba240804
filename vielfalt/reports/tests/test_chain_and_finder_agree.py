"""The Präventionskette and the finder count the same offerings (issue 18)."""

import re

from django.urls import reverse

from vielfalt.offerings.models import Offering
from vielfalt.reports.chain import build_chain

FOUND = re.compile(
    r'id="finder-count"[^>]*>\s*(\d+) (?:Angebote?|Fortbildungen und Fachtage für Fachkräfte) gefunden'
)


def finder_total(client, **params):
    html = client.get(reverse("offerings:finder"), params).content.decode()
    match = FOUND.search(html)
    assert match, params
    return int(match.group(1)), html


def test_every_cell_of_the_chain_has_the_finders_number(demo_data, client):
    chain = build_chain()
    cells = [cell for row in chain.rows for cell in row["cells"] if not cell.not_applicable]
    assert sum(cell.count for cell in cells) > 50
    assert any(cell.paused for cell in cells)

    for cell in cells:
        total, _html = finder_total(client, phase=cell.phase.slug, topic=cell.topic.slug)
        assert total == cell.count, (cell.phase.slug, cell.topic.slug)
    for row in chain.rows:
        total, _html = finder_total(client, phase=row["phase"].slug)
        assert total == row["total"], row["phase"].slug


def test_the_finder_marks_paused_offerings_and_keeps_events_for_professionals_apart(
    demo_data, client
):
    paused = Offering.objects.for_families().filter(status=Offering.Status.PAUSED).first()
    professional = Offering.objects.public().filter(for_professionals=True).first()
    assert paused is not None and professional is not None

    _total, html = finder_total(client, q=paused.name)
    card = html[html.index(f">{paused.name}</a>") :]
    card = card[: card.index("</li>")]
    assert "pausiert zurzeit" in card

    families, html = finder_total(client)
    assert f">{professional.name}</a>" not in html
    assert families == Offering.objects.for_families().count()
    pros, html = finder_total(client, pro="1")
    assert pros == Offering.objects.public().filter(for_professionals=True).count()
    assert f">{professional.name}</a>" in html
    assert 'name="pro" value="1" checked' in html
