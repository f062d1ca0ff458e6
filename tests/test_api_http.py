"""HTTP behaviour of the content API: validators and 304s, Cache-Control, the response cache and
its invalidation, CORS and gzip. Every request goes through the full middleware stack."""

import datetime
import gzip
import json
import time

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from tests.factories import EventFactory, ResourceFactory, StandardPageFactory

LISTING = "/api/v2/resources/"


@pytest.fixture(autouse=True)
def empty_response_cache():
    """Each test starts and ends with an empty cache: the database is rolled back between
    tests, the local-memory cache is not."""
    caches["default"].clear()
    yield
    caches["default"].clear()


@pytest.fixture
def resources(db):
    """A few published resources: enough for a listing to be worth compressing."""
    return ResourceFactory.create_batch(3)


def listed_ids(response):
    assert response.status_code == 200, response.content
    return {item["id"] for item in response.json()["items"]}


def test_api_responses_carry_an_etag_and_last_modified(client, resources):
    response = client.get(LISTING)
    assert response.status_code == 200
    assert response["ETag"].startswith('"')
    assert response["Last-Modified"].endswith(" GMT")
    detail = client.get(f"{LISTING}{resources[0].pk}/")
    assert detail["ETag"] != response["ETag"]


@pytest.mark.parametrize("response_cache", [True, False])
def test_a_matching_if_none_match_gets_a_304(client, settings, resources, response_cache):
    settings.API_RESPONSE_CACHE = response_cache
    etag = client.get(LISTING)["ETag"]
    response = client.get(LISTING, headers={"If-None-Match": etag})
    assert response.status_code == 304
    assert response.content == b""
    assert response["ETag"] == etag
    assert "s-maxage" in response["Cache-Control"]
    assert client.get(LISTING, headers={"If-None-Match": '"other"'}).status_code == 200


@pytest.mark.parametrize("response_cache", [True, False])
def test_if_modified_since_the_last_change_gets_a_304(client, settings, resources, response_cache):
    settings.API_RESPONSE_CACHE = response_cache
    last_modified = client.get(LISTING)["Last-Modified"]
    response = client.get(LISTING, headers={"If-Modified-Since": last_modified})
    assert response.status_code == 304
    before = "Mon, 01 Jan 2001 00:00:00 GMT"
    assert client.get(LISTING, headers={"If-Modified-Since": before}).status_code == 200


def test_a_304_from_the_cache_costs_no_query(client, resources, django_assert_num_queries):
    etag = client.get(LISTING)["ETag"]
    with django_assert_num_queries(0):
        response = client.get(LISTING, headers={"If-None-Match": etag})
    assert response.status_code == 304
    assert response["X-Cache"] == "HIT"


def test_after_a_publication_the_old_etag_gets_the_new_content(client, resources):
    etag = client.get(LISTING)["ETag"]
    ResourceFactory(live=False).save_revision().publish()
    response = client.get(LISTING, headers={"If-None-Match": etag})
    assert response.status_code == 200
    assert response["ETag"] != etag
    assert len(listed_ids(response)) == 4


def test_anonymous_responses_may_be_kept_by_shared_caches(client, resources):
    response = client.get(LISTING)
    assert response["Cache-Control"] == (
        "public, max-age=60, s-maxage=300, stale-while-revalidate=600"
    )
    assert "Authorization" in response["Vary"]


def test_cache_lifetimes_come_from_the_settings(client, settings, resources):
    settings.API_CACHE_CONTROL_MAX_AGE = 5
    settings.API_CACHE_CONTROL_S_MAXAGE = 30
    settings.API_CACHE_CONTROL_STALE_WHILE_REVALIDATE = 90
    for _ in range(2):  # made now, then from the cache
        response = client.get(LISTING)
        assert (
            response["Cache-Control"] == "public, max-age=5, s-maxage=30, stale-while-revalidate=90"
        )


@pytest.fixture
def event_ending_soon(db):
    """An event that stops being upcoming in 40 seconds."""
    now = timezone.now()
    return EventFactory(
        starts_at=now - datetime.timedelta(hours=2), ends_at=now + datetime.timedelta(seconds=40)
    )


def test_which_events_are_upcoming_is_kept_no_longer_than_it_holds(client, event_ending_soon):
    for _ in range(2):  # made now, then from the cache
        response = client.get("/api/v2/events/?upcoming=true")
        max_age, s_maxage = (
            int(part.split("=")[1])
            for part in response["Cache-Control"].split(", ")
            if part.startswith(("max-age", "s-maxage"))
        )
        assert 30 <= max_age <= 40 and 30 <= s_maxage <= 40
        assert "stale-while-revalidate" not in response["Cache-Control"]
    assert response["X-Cache"] == "HIT"


def test_a_cached_upcoming_listing_is_not_served_once_the_event_has_ended(
    client, monkeypatch, event_ending_soon
):
    assert client.get("/api/v2/events/?upcoming=true")["X-Cache"] == "MISS"
    real_time = time.time
    monkeypatch.setattr(time, "time", lambda: real_time() + 60)
    assert client.get("/api/v2/events/?upcoming=true")["X-Cache"] == "MISS"


def test_errors_are_neither_cached_nor_public(client, db):
    for _ in range(2):
        response = client.get(f"{LISTING}999999/")
        assert response.status_code == 404
        assert response["X-Cache"] == "MISS"
        assert response["Cache-Control"] == "no-cache"


def test_a_repeated_anonymous_request_is_served_from_the_cache(
    client, resources, django_assert_num_queries
):
    first = client.get(LISTING)
    assert first["X-Cache"] == "MISS"
    with django_assert_num_queries(0):
        second = client.get(LISTING)
    assert second["X-Cache"] == "HIT"
    assert second.content == first.content
    assert second["ETag"] == first["ETag"]
    assert second["Content-Type"] == first["Content-Type"]
    # Another query string is another response.
    assert client.get(f"{LISTING}?limit=1")["X-Cache"] == "MISS"


def test_with_the_response_cache_off_every_request_is_made_anew(client, settings, resources):
    settings.API_RESPONSE_CACHE = False
    client.get(LISTING)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(LISTING)
    assert len(queries) > 0
    assert response["X-Cache"] == "BYPASS"
    assert "s-maxage" in response["Cache-Control"]


def cached_listing(client):
    """The listing's ids, after checking that a second request comes from the cache."""
    ids = listed_ids(client.get(LISTING))
    repeat = client.get(LISTING)
    assert repeat["X-Cache"] == "HIT"
    assert listed_ids(repeat) == ids
    return ids


def test_publishing_a_resource_refreshes_a_cached_listing(client, resources):
    draft = ResourceFactory(live=False)
    assert draft.pk not in cached_listing(client)
    draft.save_revision().publish()
    response = client.get(LISTING)
    assert response["X-Cache"] == "MISS"
    assert draft.pk in listed_ids(response)


def test_unpublishing_a_resource_refreshes_a_cached_listing(client, resources):
    assert resources[0].pk in cached_listing(client)
    resources[0].unpublish()
    assert resources[0].pk not in listed_ids(client.get(LISTING))


def test_deleting_a_resource_refreshes_a_cached_listing(client, resources):
    pk = resources[0].pk
    assert pk in cached_listing(client)
    resources[0].delete()
    assert pk not in listed_ids(client.get(LISTING))


def test_publishing_a_page_refreshes_the_cached_pages_listing(client, home_page):
    draft = StandardPageFactory(parent=home_page, live=False)
    pages = listed_ids(client.get("/api/v2/pages/"))
    assert client.get("/api/v2/pages/")["X-Cache"] == "HIT"
    assert draft.pk not in pages
    draft.save_revision().publish()
    assert draft.pk in listed_ids(client.get("/api/v2/pages/"))


def test_saving_a_draft_keeps_the_cached_listing(client, resources):
    cached_listing(client)
    resources[0].title = "A draft title"
    resources[0].save_revision()
    response = client.get(LISTING)
    assert response["X-Cache"] == "HIT"
    assert b"A draft title" not in response.content


def test_a_response_cached_while_a_publication_commits_is_dropped_after_the_commit(
    client, resources, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        ResourceFactory(live=False).save_revision().publish()
        # Another reader could cache what it saw before the commit under the new generation.
        client.get(LISTING)
        assert client.get(LISTING)["X-Cache"] == "HIT"
    assert client.get(LISTING)["X-Cache"] == "MISS"


def test_a_signed_in_reader_is_never_cached(client, resources):
    anonymous = client.get(LISTING)
    editor = get_user_model().objects.create_user("editor", password="pw-12345678")
    client.force_login(editor)
    for _ in range(2):
        with CaptureQueriesContext(connection) as queries:
            response = client.get(LISTING)
        assert len(queries) > 0
        assert response.status_code == 200
        assert response["Cache-Control"] == "private, no-store"
        assert response["X-Cache"] == "BYPASS"
    assert response["ETag"] == anonymous["ETag"]


def test_an_api_token_request_is_never_cached(client, resources):
    client.get(LISTING)
    assert client.get(LISTING)["X-Cache"] == "HIT"
    token = {"Authorization": "Bearer wagtail_preview-token"}
    for _ in range(2):
        response = client.get(LISTING, headers=token)
        assert response["Cache-Control"] == "private, no-store"
        assert response["X-Cache"] == "BYPASS"
    # Nor did those requests leave anything in the cache for anonymous readers.
    assert client.get(LISTING)["X-Cache"] == "HIT"


@pytest.mark.parametrize("cache_status", ["MISS", "HIT"])
def test_cors_allows_only_the_configured_origins(client, settings, resources, cache_status):
    settings.CORS_ALLOWED_ORIGINS = ["https://www.cop.example.org"]
    if cache_status == "HIT":
        client.get(LISTING, headers={"Origin": "https://www.cop.example.org"})
    allowed = client.get(LISTING, headers={"Origin": "https://www.cop.example.org"})
    other = client.get(LISTING, headers={"Origin": "https://elsewhere.example.com"})
    assert allowed["X-Cache"] == cache_status
    assert allowed["Access-Control-Allow-Origin"] == "https://www.cop.example.org"
    assert other.status_code == 200
    assert "Access-Control-Allow-Origin" not in other


def test_responses_are_gzipped_for_clients_that_accept_it(client, resources):
    plain = client.get(LISTING)
    for cache_status in ("MISS", "HIT"):
        compressed = client.get(LISTING, headers={"Accept-Encoding": "gzip, deflate"})
        assert compressed["X-Cache"] == cache_status
        assert compressed["Content-Encoding"] == "gzip"
        assert "Accept-Encoding" in compressed["Vary"]
        assert len(compressed.content) < len(plain.content)
        assert json.loads(gzip.decompress(compressed.content)) == plain.json()
        # The same representation, compressed: a weak tag that still matches If-None-Match.
        assert compressed["ETag"] == f"W/{plain['ETag']}"
    revalidated = client.get(
        LISTING, headers={"Accept-Encoding": "gzip", "If-None-Match": compressed["ETag"]}
    )
    assert revalidated.status_code == 304
    # A client without gzip never gets the compressed bytes from the cache.
    again = client.get(LISTING)
    assert again["X-Cache"] == "HIT"
    assert "Content-Encoding" not in again
    assert again.content == plain.content


def test_other_urls_are_left_alone(client, db):
    response = client.get("/healthz")
    assert "X-Cache" not in response
    assert "ETag" not in response
