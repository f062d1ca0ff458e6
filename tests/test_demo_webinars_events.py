"""Demo content of the webinars and events plugins: the programme's real numbers (24 What Works
webinars, 4 coordination meetings, 3 annual stakeholders workshops), past and upcoming events,
a share translated into Arabic and Sorani, and a second load that adds nothing."""

import re

import pytest
from django.core.management import call_command
from django.db import transaction
from django.test import TestCase, override_settings
from wagtail.documents import get_document_model
from wagtail_localize.models import Translation
from wagtailmedia.models import get_media_model

from cms.demo import T
from events.demo_content import EVENTS
from events.models import Event
from tests.factories import OrganizationFactory, ResourceFactory
from webinars.demo_content import SERIES, SPEAKERS, WEBINARS
from webinars.models import Webinar, WebinarSeries, WebinarSpeaker

# Declares database use, so that pytest-django sets up the test database even when this module
# runs alone (its module-scoped fixture would otherwise reach the development database).
pytestmark = pytest.mark.django_db

ARABIC_LETTERS = re.compile(r"[\u0621-\u064A]")
SORANI_LETTERS = re.compile(r"[ەێۆڕڵیک]")
# Arabic kaf, yeh, alef maqsura and ta marbuta: Sorani spells these sounds with its own letters.
ARABIC_ONLY_LETTERS = re.compile(r"[كيىة]")


def load_demo_content():
    # wagtail-localize publishes translations once the transaction commits.
    with TestCase.captureOnCommitCallbacks(execute=True):
        call_command("load_demo_content", verbosity=0)


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker, tmp_path_factory):
    """Every plugin's demo content, loaded once for this module and rolled back after it.

    A resource and a member organisation exist first, as the library's and the directory's
    demo content would provide them, whatever state those plugins' demo content is in.
    """
    media_root = tmp_path_factory.mktemp("demo-media")
    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=media_root):
        with transaction.atomic():
            extras = {
                "media_root": media_root,
                "resource": ResourceFactory(title="Election observation handbook for observers"),
                "organization": OrganizationFactory(kind="international-ngo"),
            }
            load_demo_content()
            yield extras
            transaction.set_rollback(True)


def in_locale(queryset, code):
    return queryset.filter(locale__language_code=code)


def texts(value):
    """Every T inside nested dicts, lists and tuples."""
    if isinstance(value, T):
        yield value
    elif isinstance(value, dict):
        for child in value.values():
            yield from texts(child)
    elif isinstance(value, list | tuple):
        for child in value:
            yield from texts(child)


def test_the_what_works_series_has_its_24_webinars_from_2019_to_2022(demo, db):
    series = WebinarSeries.objects.get(slug="what-works", locale__language_code="en")
    webinars = in_locale(Webinar.objects.live(), "en").filter(series=series)
    assert webinars.count() == 24
    assert {w.starts_at.year for w in webinars} == {2019, 2020, 2021, 2022}
    for webinar in webinars:
        assert webinar.time_zone == "Asia/Baghdad"
        assert 60 <= webinar.duration_minutes <= 120
        assert 1 <= webinar.speakers.count() <= 3


def test_the_programme_events_are_there(demo, db):
    events = in_locale(Event.objects.live(), "en")
    meetings = events.filter(kind="coordination-meeting")
    assert meetings.count() == 4
    assert sorted(meetings.values_list("mode", flat=True)) == [
        "in-person",
        "in-person",
        "online",
        "online",
    ]
    workshops = events.filter(kind="annual-stakeholders-workshop")
    assert workshops.count() == 3
    assert {"in-person", "online"} <= set(workshops.values_list("mode", flat=True))
    assert 3 <= events.filter(kind__in=["training", "workshop"]).count() <= 5


def test_events_are_both_past_and_upcoming(demo, db):
    events = in_locale(Event.objects.live(), "en")
    upcoming = events.upcoming()
    assert upcoming.count() >= 2
    assert all(event.registration_url for event in upcoming)
    assert events.past().exists()
    assert not events.past().exclude(starts_at__year__range=(2019, 2022)).exists()


def test_each_webinar_has_a_recording_or_a_video_link_not_both(demo, db, settings):
    settings.MEDIA_ROOT = demo["media_root"]
    webinars = Webinar.objects.all()
    assert webinars.filter(recording__isnull=False).exists()
    assert webinars.exclude(video_url="").exists()
    for webinar in webinars:
        assert bool(webinar.recording_id) != bool(webinar.video_url), webinar.title
        if webinar.recording_id:
            assert webinar.recording.type == "audio"
            assert webinar.recording.file.read(4) == b"RIFF"


def test_webinars_and_events_pass_their_own_validation(demo, db):
    # Event.clean: a city for in-person and hybrid events, a link for online and hybrid ones.
    for item in [*Webinar.objects.all(), *Event.objects.all()]:
        item.full_clean()


def test_slides_are_generated_pdfs(demo, db, settings):
    settings.MEDIA_ROOT = demo["media_root"]
    with_slides = in_locale(Webinar.objects, "en").filter(slides__isnull=False)
    assert with_slides.count() >= 12
    assert with_slides.first().slides.file.read(5) == b"%PDF-"


@pytest.mark.parametrize("model", [Webinar, Event])
@pytest.mark.parametrize("code", ["ar", "ckb"])
def test_a_share_but_not_all_is_translated(demo, db, model, code):
    total = in_locale(model.objects.live(), "en").count()
    translated = in_locale(model.objects.live(), code).count()
    assert 0 < translated < total
    assert translated >= total // 3


def test_translations_are_written_in_arabic_and_sorani(demo, db):
    for model in (Webinar, Event):
        english = set(in_locale(model.objects, "en").values_list("title", flat=True))
        arabic = set(in_locale(model.objects, "ar").values_list("title", flat=True))
        sorani = set(in_locale(model.objects, "ckb").values_list("title", flat=True))
        assert all(ARABIC_LETTERS.search(title) for title in arabic)
        assert all(SORANI_LETTERS.search(title) for title in sorani)
        assert not any(ARABIC_ONLY_LETTERS.search(title) for title in sorani)
        assert not (arabic & english or sorani & english or sorani & arabic)
    assert {s.name for s in in_locale(WebinarSpeaker.objects, "ckb")} <= {
        speaker["name"].translations["ckb"] for speaker in SPEAKERS.values()
    }
    erbil = in_locale(Event.objects, "ckb").filter(governorate="erbil", mode="in-person").get()
    assert erbil.city == "هەولێر"


def test_the_series_is_translated_before_its_webinars(demo, db):
    assert in_locale(WebinarSeries.objects, "ar").get(slug="what-works").title == "ما الذي ينجح"
    assert in_locale(WebinarSeries.objects, "ckb").get(slug="what-works").title == "چی سەردەکەوێت"


def test_sorani_demo_texts_use_sorani_spelling():
    """Every Sorani text is written with Sorani letters, and is neither the Arabic nor the
    English text copied."""
    sorani = [
        text for text in texts([SERIES, SPEAKERS, WEBINARS, EVENTS]) if "ckb" in text.translations
    ]
    assert len(sorani) > 100
    for text in sorani:
        translation = text.translations["ckb"]
        assert not ARABIC_ONLY_LETTERS.search(translation), translation
        assert translation not in (str(text), text.translations.get("ar"))


def test_webinars_link_library_resources_and_events_name_their_organisers(demo, db):
    elections = in_locale(Webinar.objects, "en").get(title__startswith="Observing elections")
    assert demo["resource"] in elections.related_resources.all()
    for event in in_locale(Event.objects, "en"):
        assert event.organizers.exists(), event.title


def test_running_it_again_adds_nothing(demo, db):
    def counts():
        return [
            model.objects.count()
            for model in (
                WebinarSeries,
                Webinar,
                WebinarSpeaker,
                Event,
                Translation,
                get_media_model(),
                get_document_model(),
            )
        ]

    before = counts()
    load_demo_content()
    assert counts() == before
