"""The OpenAPI document at /api/v2/openapi.json, the docs page made from it, and schemathesis
against the API it describes: no server error, no response that breaks the document."""

import json
import os

import pytest
import schemathesis
from cop_glossary.models import Term
from django.conf import settings
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from django.utils import translation
from hypothesis import HealthCheck
from hypothesis import settings as hypothesis_settings
from openapi_spec_validator import validate
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from cms.api.openapi import get_document
from cms.api.router import api_router
from cms.demo import get_or_create_demo_document, get_or_create_demo_image
from tests.factories import (
    EventFactory,
    FieldNoteFactory,
    OrganizationFactory,
    ResourceFactory,
    StandardPageFactory,
    TopicFactory,
    WebinarFactory,
)

EXAMPLES_PER_OPERATION = 20


@pytest.fixture
def document(client):
    response = client.get("/api/v2/openapi.json")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    return response.json()


def test_the_document_is_valid_openapi(document):
    validate(document)
    assert document["openapi"].startswith("3.")
    assert document["components"]["securitySchemes"]["apiToken"]["scheme"] == "bearer"


def test_every_registered_endpoint_and_declared_filter_is_described(document):
    paths = document["paths"]
    for name, viewset in api_router._endpoints.items():
        listing = paths[f"/api/v2/{name}/"]["get"]
        parameters = {p["name"]: p for p in listing["parameters"]}
        for spec in getattr(viewset, "filters", ()):
            assert parameters[spec.name]["schema"] == spec.openapi_schema, (name, spec.name)
            assert spec.description in parameters[spec.name]["description"]
        if name != "search":
            assert "get" in paths[f"/api/v2/{name}/{{id}}/"], name
    # The test plugins, one from INSTALLED_APPS and one from an entry point, are there too.
    assert {"/api/v2/field-notes/", "/api/v2/glossary/"} <= set(paths)


def test_common_parameters_facets_and_languages_have_their_values(document):
    resources = {p["name"]: p for p in document["paths"]["/api/v2/resources/"]["get"]["parameters"]}
    codes = list(settings.CONTENT_LANGUAGE_CODES)
    assert resources["locale"]["schema"]["enum"] == codes
    assert resources["fallback"]["schema"]["enum"] == codes
    assert {"limit", "offset", "order", "fields", "search", "translation_of"} <= set(resources)
    assert resources["facets"]["schema"]["items"]["enum"] == [
        "topic",
        "type",
        "language",
        "organization",
        "year",
    ]
    assert "topics" in resources["fields"]["schema"]["items"]["enum"]
    pages = {p["name"] for p in document["paths"]["/api/v2/pages/"]["get"]["parameters"]}
    assert {"type", "child_of", "descendant_of", "ancestor_of", "locale", "fallback"} <= pages
    search = {p["name"]: p for p in document["paths"]["/api/v2/search/"]["get"]["parameters"]}
    assert search["search"]["required"] is True
    assert "resources.Resource" in search["type"]["schema"]["items"]["enum"]
    listing = document["paths"]["/api/v2/resources/"]["get"]["responses"]
    assert set(listing) == {"200", "400", "404"}
    item = document["components"]["schemas"]["ResourcesItem"]["properties"]
    assert {"type", "detail_url", "locale", "translations", "fallback"} <= set(
        item["meta"]["properties"]
    )


def test_the_document_is_built_once_per_language():
    english = get_document()
    assert get_document() is english
    with translation.override("ar"):
        arabic = get_document()
    assert arabic is not english and set(arabic["paths"]) == set(english["paths"])


def test_the_docs_page_lists_every_endpoint_and_parameter(client, document):
    response = client.get("/api/v2/docs/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
    html = response.content.decode()
    assert '<html lang="en" dir="ltr">' in html
    assert "<script" not in html and "https://" not in html.split("</head>")[0]
    for path in document["paths"]:
        assert path in html
    for name in ("field-notes", "glossary", "facets", "topic", "upcoming", "focus_area"):
        assert f"<code>{name}</code>" in html
    assert "GET /api/v2/resources/?" in html


def test_the_docs_page_turns_right_to_left_in_arabic_and_sorani(client):
    for code in ("ar", "ckb"):
        response = client.get(f"/api/v2/docs/?lang={code}")
        assert f'<html lang="{code}" dir="rtl">' in response.content.decode()
        assert response["Content-Language"] == code
    unknown = client.get("/api/v2/docs/?lang=xx")
    assert '<html lang="en" dir="ltr">' in unknown.content.decode()


@pytest.mark.parametrize(
    ("url", "parameter"),
    [
        ("/api/v2/webinars/?starts_at=abc", "starts_at"),
        ("/api/v2/events/?ends_at=2020-13-45", "ends_at"),
        ("/api/v2/resources/?topics=abc", "topics"),
        ("/api/v2/organizations/?focus_areas=abc", "focus_areas"),
        ("/api/v2/pages/?first_published_at=abc", "first_published_at"),
        ("/api/v2/pages/?search=x&search_operator=xor", "search_operator"),
        ("/api/v2/images/?search=x&search_operator=xor", "search_operator"),
        ("/api/v2/resources/?search=%00", "search"),
        ("/api/v2/search/?search=a%00", "search"),
        ("/api/v2/webinars/?speaker=%00", "speaker"),
        ("/api/v2/resources/?offset=99999999999999999999", "offset"),
        ("/api/v2/field-notes/?offset=9223372036854775808", "offset"),
    ],
)
def test_input_that_used_to_be_a_server_error_is_a_400(client, db, url, parameter):
    response = client.get(url)
    assert response.status_code == 400
    assert parameter in response.json()["message"]


@pytest.mark.parametrize(
    "url",
    [
        '/api/v2/resources/?search="',
        '/api/v2/resources/?search=election "guide',
        '/api/v2/pages/?search="',
        "/api/v2/pages/?search=%20",
        '/api/v2/images/?search="x',
        '/api/v2/search/?search="observer"',
    ],
)
def test_double_quotes_and_blanks_in_a_search_are_no_server_error(client, db, url):
    response = client.get(url)
    assert response.status_code in (200, 400)
    assert "message" in response.json() or "items" in response.json()


# Schemathesis ---------------------------------------------------------------------------------

schema = schemathesis.openapi.from_wsgi("/api/v2/openapi.json", get_wsgi_application())
# Explicit examples, then EXAMPLES_PER_OPERATION generated cases, valid and invalid alike. The
# coverage phase (every boundary and mutation of every parameter: some 3,500 requests, minutes)
# runs with SCHEMATHESIS_COVERAGE=1.
schema.config.phases.coverage.enabled = os.environ.get("SCHEMATHESIS_COVERAGE") == "1"


@schema.hook
def map_path_parameters(context, path_parameters):
    """Most ids a generator picks exist nowhere: turn two in three into ids the content
    fixture made, so that detail views show items as well as 404s."""
    value = (path_parameters or {}).get("id")
    if isinstance(value, int) and value > 12 and value % 3:
        path_parameters["id"] = value % 12 + 1
    return path_parameters


CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]


@pytest.fixture
def content(db, home_page, locales, media_root):
    """A little of everything, translated, so that listings, filters, facets, fallback and
    detail views have something to show."""
    image = get_or_create_demo_image("Observers", seed="openapi", width=64, height=48)
    document = get_or_create_demo_document("Observer guide", "observer-guide.pdf")
    topic = TopicFactory(name="Elections", slug="elections")
    organization = OrganizationFactory(logo=image)
    organization.focus_areas.set([topic])
    organization.save()
    for n in range(3):
        resource = ResourceFactory(
            organization=organization, thumbnail=image, document=document, external_url=""
        )
        resource.topics.set([topic])
        resource.related_resources.set([resource])
        resource.save()
        translated = resource.copy_for_translation(locales["ar"])
        translated.title = f"مورد {n}"
        translated.live = True
        translated.save()
        webinar = WebinarFactory()
        webinar.speakers.create(name=f"Speaker {n}", role="Trainer", locale=webinar.locale)
        event = EventFactory()
        event.organizers.set([organization])
        StandardPageFactory(parent=home_page, title=f"Observer training {n}")
        FieldNoteFactory()
        Term.objects.create(term=f"Term {n}", definition="A word.", locale=locales["en"])
    home_page.copy_for_translation(locales["ar"]).save_revision().publish()
    page = StandardPageFactory(parent=home_page, title="Mentorship")
    page.copy_for_translation(locales["ar"]).save_revision().publish()


@pytest.fixture
def wsgi_keeps_the_test_connection():
    """Django's WSGI handler closes a connection found inside a transaction when a request
    starts or finishes (the test client turns that off; schemathesis calls the handler itself):
    keep the test's connection, as SQLite's in-memory database does anyway."""
    for signal in (request_started, request_finished):
        signal.disconnect(close_old_connections)
    yield
    for signal in (request_started, request_finished):
        signal.connect(close_old_connections)


@schema.parametrize()
@hypothesis_settings(
    max_examples=EXAMPLES_PER_OPERATION,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=list(HealthCheck),
)
def test_the_api_keeps_the_promises_of_its_document(case, content, wsgi_keeps_the_test_connection):
    # The WSGI transport does not decompress, and requests' default headers ask for gzip.
    case.call_and_validate(headers={"Accept-Encoding": "identity"}, checks=CHECKS)


def test_the_schemathesis_schema_covers_every_operation():
    operations = {f"{op.ok().method.upper()} {op.ok().path}" for op in schema.get_all_operations()}
    document = json.loads(json.dumps(schema.raw_schema))
    assert len(operations) == sum(len(item) for item in document["paths"].values())
