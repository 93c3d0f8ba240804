"""The main menu and the footer, rendered once per page kind and language (base.html):
each page still marks itself, a signed-in person sees their area, each language its words."""

import re

from django.test import Client
from django.urls import reverse


def current(html):
    """The menu and footer entries marked as the current page."""
    return re.findall(r'<a href="([^"]+)" aria-current="page">', html)


def test_each_page_marks_itself_in_the_menu_and_footer(client, db):
    assert current(client.get(reverse("pages:home")).content.decode()) == ["/"]
    assert current(client.get(reverse("forums:list")).content.decode()) == ["/foren/"]
    assert current(client.get(reverse("pages:imprint")).content.decode()) == ["/impressum/"]
    assert current(client.get(reverse("pages:home")).content.decode()) == ["/"]


def test_a_signed_in_person_sees_their_area_and_a_visitor_the_login(coordinator_client):
    visitor = Client().get(reverse("forums:list")).content.decode()
    signed_in = coordinator_client.get(reverse("forums:list")).content.decode()
    assert ">Anmelden</a>" in visitor and ">Mein Bereich</a>" not in visitor
    assert ">Mein Bereich</a>" in signed_in and ">Anmelden</a>" not in signed_in


def test_the_english_page_has_the_english_menu(client, db):
    client.get(reverse("forums:list"))
    html = client.get("/en/foren/").content.decode()
    assert ">Find offerings</a>" in html and ">Angebote finden</a>" not in html
