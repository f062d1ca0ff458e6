"""Embeds are fetched when content is published, and the API shows them without ever asking
a provider while a reader waits."""

import pytest
from wagtail.embeds.models import Embed

from tests import embed_finder
from tests.factories import StandardPageFactory, WebinarFactory


@pytest.fixture(autouse=True)
def fresh_finder_log():
    embed_finder.asked.clear()


def publish(item, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        item.save_revision().publish()


def test_publishing_a_webinar_stores_its_video_embed_for_the_api(
    client, db, django_capture_on_commit_callbacks
):
    webinar = WebinarFactory(live=False, video_url="https://video.example.org/coalitions")
    publish(webinar, django_capture_on_commit_callbacks)
    assert Embed.objects.filter(url="https://video.example.org/coalitions").exists()
    video = client.get(f"/api/v2/webinars/{webinar.pk}/").json()["video"]
    assert video["provider"] == "Example Video"
    assert video["html"] == '<iframe src="https://video.example.org/embed/coalitions"></iframe>'


def test_a_video_no_provider_takes_is_shown_as_a_bare_link(
    client, db, django_capture_on_commit_callbacks
):
    webinar = WebinarFactory(live=False, video_url="https://elsewhere.example.net/talk")
    publish(webinar, django_capture_on_commit_callbacks)
    video = client.get(f"/api/v2/webinars/{webinar.pk}/").json()["video"]
    assert video == {"url": "https://elsewhere.example.net/talk", "provider": None, "html": None}


def test_publishing_a_page_stores_the_embeds_of_its_body(
    client, home_page, django_capture_on_commit_callbacks
):
    page = StandardPageFactory(
        parent=home_page,
        live=False,
        body=[("embed", {"embed": "https://video.example.org/workshop", "caption": "Workshop"})],
    )
    publish(page, django_capture_on_commit_callbacks)
    embed_finder.asked.clear()
    block = client.get(f"/api/v2/pages/{page.pk}/").json()["body"][0]["value"]
    assert block["provider"] == "Example Video" and block["caption"] == "Workshop"
    assert embed_finder.asked == []  # read from what publishing stored


def test_reading_an_embed_never_fetched_does_not_ask_the_provider(client, home_page):
    page = StandardPageFactory(
        parent=home_page,
        body=[("embed", {"embed": "https://video.example.org/unseen", "caption": ""})],
    )
    block = client.get(f"/api/v2/pages/{page.pk}/").json()["body"][0]["value"]
    assert block["url"] == "https://video.example.org/unseen" and block["html"] is None
    assert embed_finder.asked == []


def test_with_the_task_queue_publishing_leaves_the_fetch_to_the_worker(
    settings, client, db, django_capture_on_commit_callbacks, monkeypatch
):
    from django.core.management import call_command

    from cms.settings.base import TASK_BACKENDS

    # The worker shares the test's connection, inside the test's transaction: it must not
    # close it between tasks, as it does with a connection of its own (PostgreSQL).
    monkeypatch.setattr(
        "django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None
    )

    settings.TASKS = {"default": {"BACKEND": TASK_BACKENDS["database"]}}
    webinar = WebinarFactory(live=False, video_url="https://video.example.org/queued")
    publish(webinar, django_capture_on_commit_callbacks)
    assert embed_finder.asked == []  # publishing only queued the fetch
    assert client.get(f"/api/v2/webinars/{webinar.pk}/").json()["video"]["html"] is None
    call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)
    assert embed_finder.asked == ["https://video.example.org/queued"]
    video = client.get(f"/api/v2/webinars/{webinar.pk}/").json()["video"]
    assert video["provider"] == "Example Video"
