"""OpenAPI 3: the schema validates cleanly, the docs are served locally, and schemathesis finds no 5xx and no
response that breaks the schema."""

from __future__ import annotations

import io

from django.conf import settings
from django.core.cache import cache
from django.core.management import call_command
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from django.test import TestCase, override_settings
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings

from .factories import UserFactory, build_story_package

NO_THROTTLE = {**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": {"anon": "100000/minute"}}


class OpenAPISchemaTests(TestCase):
    def test_schema_validates_without_warnings(self):
        out = io.StringIO()
        call_command("spectacular", "--validate", "--fail-on-warn", "--file", "/dev/null", stdout=out, stderr=out)

    def test_schema_and_docs_are_served_from_the_project(self):
        cache.clear()
        schema = self.client.get("/api/v1/schema/")
        self.assertEqual(schema.status_code, 200)
        self.assertIn(b"/api/v1/visits/{slug}/", schema.content)
        docs = self.client.get("/api/v1/docs/")
        self.assertEqual(docs.status_code, 200)
        self.assertIn(b"/static/drf_spectacular_sidecar/", docs.content)
        self.assertNotIn(b"cdn.jsdelivr.net", docs.content)


@override_settings(REST_FRAMEWORK=NO_THROTTLE)
class SchemathesisTests(TestCase):
    """Property-based requests against every operation, through the WSGI app (no server)."""

    MAX_EXAMPLES = 25

    @classmethod
    def setUpTestData(cls):
        build_story_package(author=UserFactory(), count=2, slug="in-belgrade")

    def test_no_server_errors_and_responses_match_the_schema(self):
        import schemathesis
        from schemathesis.checks import not_a_server_error
        from schemathesis.specs.openapi.checks import (
            content_type_conformance,
            response_schema_conformance,
            status_code_conformance,
        )

        from newsroom.wsgi import application

        # Like Django's test client: a request must not close the test's connection (inside its transaction,
        # Django would close it at request end, which PostgreSQL does, unlike in-memory SQLite).
        for signal in (request_started, request_finished):
            signal.disconnect(close_old_connections)
            self.addCleanup(signal.connect, close_old_connections)
        schema = schemathesis.openapi.from_wsgi("/api/v1/schema/?format=json", application)
        checks = [not_a_server_error, response_schema_conformance, content_type_conformance, status_code_conformance]
        operations = [result.ok() for result in schema.get_all_operations()]
        self.assertGreaterEqual(len(operations), 12)
        for operation in operations:
            with self.subTest(operation=operation.label):

                @hypothesis_settings(
                    max_examples=self.MAX_EXAMPLES,
                    deadline=None,
                    database=None,
                    suppress_health_check=list(HealthCheck),
                )
                @given(case=operation.as_strategy())
                def run(case):
                    case.call_and_validate(checks=checks)

                run()
