"""The content plugins' rules: what editors are told, what readers never see, what it costs."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Locale

from events.models import Event
from resources.models import Resource
from tests.factories import (
    EventFactory,
    OrganizationFactory,
    ResourceFactory,
    TopicFactory,
    WebinarFactory,
)


@pytest.fixture
def admin_client(client, db):
    user = get_user_model().objects.create_superuser("staff", "staff@example.org", "pw-12345678")
    client.force_login(user)
    return client


def test_a_resource_needs_a_file_or_a_link(db):
    resource = ResourceFactory.build(external_url="", document=None)
    with pytest.raises(ValidationError) as error:
        resource.full_clean()
    assert "Attach a file or enter an external link" in str(error.value.message_dict["document"])


def test_the_admin_refuses_a_resource_without_file_or_link_and_saves_nothing(admin_client):
    en = Locale.get_default()
    response = admin_client.post(
        "/admin/snippets/resources/resource/add/",
        {
            "title": "Guide without a file",
            "summary": "Nothing to download.",
            "abstract": '{"blocks": [], "entityMap": {}}',
            "resource_type": "guide",
            "document_languages": [en.pk],
            "publication_year": "2021",
            "external_url": "",
            "external_id": "",
        },
    )
    assert response.status_code == 200
    assert "Attach a file or enter an external link" in response.content.decode()
    assert not Resource.objects.exists()


def test_an_event_cannot_end_before_it_starts_or_be_online_without_a_link(db):
    start = timezone.now()
    event = EventFactory.build(
        mode="online",
        city="",
        online_url="",
        starts_at=start,
        ends_at=start - datetime.timedelta(1),
    )
    with pytest.raises(ValidationError) as error:
        event.full_clean()
    assert set(error.value.message_dict) >= {"ends_at", "online_url"}


def test_upcoming_and_past_events_follow_the_dates(db):
    now = timezone.now()
    past = EventFactory(
        starts_at=now - datetime.timedelta(days=9), ends_at=now - datetime.timedelta(days=8)
    )
    coming = EventFactory(
        starts_at=now + datetime.timedelta(days=8), ends_at=now + datetime.timedelta(days=9)
    )
    assert list(Event.objects.upcoming()) == [coming]
    assert list(Event.objects.past()) == [past]
    assert coming.is_upcoming and not past.is_upcoming


def test_a_webinar_has_a_recording_or_a_video_link_not_both(db):
    from wagtailmedia.models import get_media_model

    recording = get_media_model().objects.create(
        title="Recording", type="audio", duration=60, file="media/x.wav"
    )
    webinar = WebinarFactory.build(recording=recording, video_url="https://video.example.org/1")
    with pytest.raises(ValidationError, match="not both"):
        webinar.full_clean()


def test_an_organisations_contact_email_is_in_no_api_response(client, db):
    organization = OrganizationFactory(contact_email="director@private.example.org")
    for url in (
        "/api/v2/organizations/?fields=*",
        f"/api/v2/organizations/{organization.pk}/",
        f"/api/v2/organizations/{organization.pk}/?fields=*",
    ):
        response = client.get(url)
        assert response.status_code == 200
        assert "director@private.example.org" not in response.content.decode()
    assert client.get("/api/v2/organizations/?fields=contact_email").status_code == 400


def test_drafts_and_unpublished_translations_are_not_public(client, db, locales):
    live = ResourceFactory(title="Published toolkit")
    draft = ResourceFactory(title="Draft toolkit", live=False)
    translation = live.copy_for_translation(locales["ar"])
    translation.title = "مجموعة أدوات"
    translation.live = False
    translation.save()
    ids = [item["id"] for item in client.get("/api/v2/resources/").json()["items"]]
    assert ids == [live.pk]
    assert client.get(f"/api/v2/resources/{draft.pk}/").status_code == 404
    assert client.get(f"/api/v2/resources/{translation.pk}/").status_code == 404


def test_scheduled_publishing_keeps_a_resource_private_until_it_goes_live(client, db):
    resource = ResourceFactory(live=False)
    resource.go_live_at = timezone.now() + datetime.timedelta(days=2)
    resource.save_revision().publish()
    resource.refresh_from_db()
    assert not resource.live
    assert client.get(f"/api/v2/resources/{resource.pk}/").status_code == 404


def test_resources_are_searchable_by_title_summary_and_topic(db):
    topic = TopicFactory(name="Transitional justice")
    resource = ResourceFactory(title="Compensation scheme review", summary="Lessons learned.")
    resource.topics.set([topic])
    resource.save()
    assert list(Resource.objects.search("compensation")) == [resource]


@pytest.mark.parametrize(
    "url",
    [
        "/admin/snippets/resources/resource/",
        "/admin/snippets/resources/topic/",
        "/admin/snippets/webinars/webinar/",
        "/admin/snippets/webinars/webinarseries/",
        "/admin/snippets/events/event/",
        "/admin/snippets/organizations/organization/",
    ],
)
def test_every_library_listing_opens_for_staff(admin_client, url):
    assert admin_client.get(url).status_code == 200


def test_the_library_menu_groups_the_plugins(admin_client):
    html = admin_client.get("/admin/").content.decode()
    assert "Library" in html
    for label in ("Resources", "Webinars", "Events", "Organisations", "Topics"):
        assert label in html


def listing_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_the_admin_resource_listing_costs_the_same_queries_for_10_or_10000(admin_client):
    organization = OrganizationFactory()
    en = Locale.get_default()
    make = lambda start, count: Resource.objects.bulk_create(  # noqa: E731
        Resource(
            title=f"Report {n}",
            summary="A report.",
            resource_type="report",
            external_url=f"https://library.example.org/{n}",
            organization=organization,
            publication_year=2018 + n % 5,
            locale=en,
            live=True,
        )
        for n in range(start, start + count)
    )
    make(0, 10)
    small = listing_queries(admin_client, "/admin/snippets/resources/resource/")
    make(10, 9_990)
    assert Resource.objects.count() == 10_000
    large = listing_queries(admin_client, "/admin/snippets/resources/resource/")
    assert large == small


def test_the_listing_still_offers_translate_and_sync(
    admin_client, locales, django_capture_on_commit_callbacks
):
    from cms.demo import publish_translation

    untranslated = ResourceFactory(title="Untranslated guide")
    source = ResourceFactory(title="Guide")
    with django_capture_on_commit_callbacks(execute=True):
        for code in ("ar", "ckb"):
            publish_translation(
                source,
                locales[code],
                {"Guide": "دليل", "How observers documented the 2021 elections.": "ملخص"},
            )
    html = admin_client.get("/admin/snippets/resources/resource/?locale=en").content.decode()
    translate_url = f"/admin/localize/submit/snippet/resources/resource/{untranslated.pk}/"
    assert translate_url in html
    assert f"/admin/localize/submit/snippet/resources/resource/{source.pk}/" not in html
    assert "/admin/localize/update/" in html


def test_staff_filter_resources_by_status_and_locale(admin_client, locales):
    ResourceFactory(title="Live guide")
    ResourceFactory(title="Draft guide", live=False)
    html = admin_client.get("/admin/snippets/resources/resource/?live=false").content.decode()
    assert "Draft guide" in html and "Live guide" not in html
    html = admin_client.get(f"/admin/snippets/resources/resource/?locale={locales['ar'].pk}")
    assert "Live guide" not in html.content.decode()
