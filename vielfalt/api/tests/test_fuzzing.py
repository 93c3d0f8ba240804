"""schemathesis generates requests from the API's OpenAPI document and checks the answers.

It runs in-process against the site's WSGI application (no server), with a
bounded number of examples per operation so that the whole run stays well
under a minute. It must find no 5xx answer and no answer that contradicts
the document (status code, content type, shape).
"""

import pytest
import schemathesis
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, Phase, given
from hypothesis import settings as hypothesis_settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode, checks

from vielfalt.offerings.tests.test_search import make_offering, make_vocabularies

CHECKS = [
    checks.not_a_server_error,
    checks.status_code_conformance,
    checks.content_type_conformance,
    checks.response_schema_conformance,
]


@pytest.fixture
def api_schema(db, organisation, settings):
    settings.API_REQUESTS_PER_MINUTE = 100_000
    vocab = make_vocabularies()
    make_offering(organisation, "Elterncafé", is_free=True, phases=[vocab["phases"]["0-3"]],
                  districts=[vocab["districts"]["mitte"]], contact_phone="02405 1234")  # fmt: skip
    make_offering(organisation, "Sprachkurs", languages=[vocab["languages"]["ar"]])
    # As Django's test client does: the test's transaction must stay open
    # between the requests.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        yield schemathesis.openapi.from_wsgi("/api/v1/openapi.json", WSGIHandler())
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


def fuzz(operation, mode, examples):
    @given(case=operation.as_strategy(generation_mode=mode))
    @hypothesis_settings(
        max_examples=examples,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        database=None,
        phases=[Phase.explicit, Phase.generate],
    )
    def run(case):
        case.call_and_validate(checks=CHECKS)

    run()


def test_the_api_answers_every_generated_request_as_its_document_says(api_schema):
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert len(operations) == 11
    for operation in operations:
        fuzz(operation, GenerationMode.POSITIVE, 8)
        try:
            fuzz(operation, GenerationMode.NEGATIVE, 5)
        except Unsatisfiable:
            # Nothing to send wrong: no parameters, or only ids that may be any text.
            assert operation.path not in ("/api/v1/services", "/api/v1/organizations")
