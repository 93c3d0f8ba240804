"""Two submits of the same link at the same moment store one response (PostgreSQL)."""

import threading

import pytest
from django.db import connection
from django.test import Client

from vielfalt.surveys.models import Invitation, Response

from .conftest import answers_for, build_survey

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="needs row locks of a real database server"
)


@pytest.mark.django_db(transaction=True)
def test_parallel_submits_of_one_link_count_once(forum):
    survey = build_survey()
    invitation = Invitation.objects.create(survey=survey, name="Ina", email="ina@example.org")
    data = answers_for(survey, forum)
    pages, start = [], threading.Barrier(3)

    def submit():
        start.wait()
        try:
            pages.append(Client().post(f"/umfrage/{invitation.token}/", data))
        finally:
            connection.close()

    threads = [threading.Thread(target=submit) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sorted(page.status_code for page in pages) == [200, 200, 200]
    texts = [page.content.decode() for page in pages]
    assert sum("Ihre Antworten sind eingegangen." in t for t in texts) == 1
    assert sum("schon eingegangen" in t for t in texts) == 2
    assert Response.objects.count() == 1
    assert Response.objects.get().answers.count() == 8
