"""load_demo_content: the CoP's pages in English, Arabic and Sorani, idempotent, through the
registry."""

import re

import pytest
from django.core.management import call_command
from django.db import transaction
from django.test import TestCase, override_settings
from wagtail.models import Locale, Page
from wagtail_localize.models import StringTranslation, Translation

from home.models import HomePage, StandardPage
from tests.sample_plugin.models import FieldNote

# Declares database use, so that pytest-django sets up the test database even when this module
# runs alone (its module-scoped fixture would otherwise reach the development database).
pytestmark = pytest.mark.django_db

ARABIC_LETTERS = re.compile(r"[\u0621-\u064A]")
SORANI_ONLY_LETTERS = re.compile(r"[ەێۆڕڵ]")


def load_demo_content():
    # wagtail-localize publishes translations once the transaction commits.
    with TestCase.captureOnCommitCallbacks(execute=True):
        call_command("load_demo_content", verbosity=0)


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker, tmp_path_factory):
    """Every plugin's demo content, loaded once for this module and rolled back after it."""
    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=tmp_path_factory.mktemp("m")):
        with transaction.atomic():
            load_demo_content()
            yield
            transaction.set_rollback(True)


@pytest.fixture
def locales(demo):
    return {locale.language_code: locale for locale in Locale.objects.all()}


def titles(locale_code):
    return sorted(
        Page.objects.filter(locale__language_code=locale_code, depth__gt=1)
        .live()
        .values_list("title", flat=True)
    )


def test_every_language_gets_the_home_and_about_pages(demo):
    for code in ("en", "ar", "ckb"):
        assert HomePage.objects.filter(locale__language_code=code).live().count() == 1
        assert StandardPage.objects.filter(locale__language_code=code).live().count() == 4


def test_translations_are_written_in_arabic_and_sorani(demo):
    english = titles("en")
    arabic = titles("ar")
    sorani = titles("ckb")
    assert all(ARABIC_LETTERS.search(title) for title in arabic)
    assert all(SORANI_ONLY_LETTERS.search(title) or "ی" in title for title in sorani)
    assert not set(arabic) & set(english)
    assert not set(sorani) & set(arabic)


def test_translations_are_stored_as_wagtail_localize_translations(demo, locales):
    home = HomePage.objects.get(locale=locales["en"])
    translation = Translation.objects.get(
        source__object_id=home.translation_key, target_locale=locales["ar"]
    )
    segments = set(translation.source.stringsegment_set.values_list("string_id", "context_id"))
    translated = set(
        StringTranslation.objects.filter(locale=locales["ar"]).values_list(
            "translation_of_id", "context_id"
        )
    )
    assert len(segments) > 10
    assert segments <= translated


def test_the_arabic_home_page_links_to_the_arabic_about_page(demo, client, locales):
    home = HomePage.objects.get(locale=locales["ar"])
    response = client.get(f"/api/v2/pages/{home.pk}/")
    cta = next(b for b in response.json()["body"] if b["type"] == "call_to_action")
    linked = Page.objects.get(pk=cta["value"]["page"]["id"])
    assert linked.locale == locales["ar"]


def test_running_it_again_adds_nothing(demo):
    counts = (Page.objects.count(), Translation.objects.count(), FieldNote.objects.count())
    load_demo_content()
    assert (Page.objects.count(), Translation.objects.count(), FieldNote.objects.count()) == counts


def test_if_empty_leaves_existing_content_alone(demo):
    with transaction.atomic():
        StandardPage.objects.get(slug="about").delete()
        call_command("load_demo_content", "--if-empty", verbosity=0)
        assert not StandardPage.objects.filter(slug="about").exists()
        transaction.set_rollback(True)


def test_plugins_add_their_demo_content_through_the_registry(demo):
    assert FieldNote.objects.filter(title="Notes from the Erbil coordination meeting").exists()


def test_the_arabic_api_listing_returns_arabic_pages(demo, client):
    response = client.get("/api/v2/pages/?locale=ar&limit=20")
    items = response.json()["items"]
    assert len(items) == 5
    assert {item["meta"]["locale"] for item in items} == {"ar"}
    assert all(ARABIC_LETTERS.search(item["title"]) for item in items)
