"""On English pages the collection names phases, districts and themes in English."""

from vielfalt.vocabularies.models import District


def test_the_board_and_the_entry_use_the_english_names(moderator_client, need, phase, themes):
    phase.name_en = "Children 6–10"
    phase.save()
    district = District.objects.create(name="Stadtmitte", name_en="Town centre", slug="mitte")
    need.life_phases.add(phase)
    need.districts.add(district)
    themes[0].name_en = "Intercultural opening"
    themes[0].save()

    board = moderator_client.get("/en/foren/sprache-und-bildung/sammlung/").content.decode()
    entry_url = f"/en/foren/sprache-und-bildung/sammlung/{need.pk}/"
    entry = moderator_client.get(entry_url).content.decode()

    assert "Children 6–10" in board
    assert "Town centre" in board
    assert "Kinder 6–10" not in board
    assert "Children 6–10" in entry
    assert "Intercultural opening" in entry
