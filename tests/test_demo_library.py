"""The member directory's and the resource library's demo content: the CoP's real numbers (22
members, 24 implementing partners, 85 resources) in the source language, a good share of it in
Arabic and Sorani, written in each language's own script, and safe to load twice."""

import re

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import transaction
from django.test import TestCase, override_settings
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale
from wagtail_localize.models import Translation

from organizations.demo_content import ORGANIZATIONS
from organizations.models import Organization, OrganizationKind
from resources.demo_content import RESOURCES, TOPICS
from resources.models import Resource, ResourceType, Topic

# Declares database use, so that pytest-django sets up the test database even when this module
# runs alone (its module-scoped fixture would otherwise reach the development database).
pytestmark = pytest.mark.django_db

REQUIRED_TOPICS = {
    "democracy",
    "human-rights",
    "governance",
    "elections",
    "digital-security",
    "advocacy",
    "monitoring-and-evaluation",
    "fundraising",
    "organisational-development",
    "womens-participation",
    "youth",
    "peacebuilding",
    "transitional-justice",
    "access-to-information",
}
ARABIC_LETTERS = re.compile(r"[\u0621-\u064A]")
# Letters of Sorani orthography that Arabic does not use, and Arabic's own kaf and yeh, which
# Sorani writes as ک and ی.
SORANI_LETTERS = re.compile(r"[ەێۆڕڵڤگچپژیک]")
ARABIC_ONLY_LETTERS = re.compile(r"[كيةى]")


@pytest.fixture(scope="module")
def demo_content(django_db_setup, django_db_blocker, tmp_path_factory):
    """Every plugin's demo content, loaded once for this module (it takes a while) inside a
    transaction that is rolled back when the module's tests are done."""
    media = tmp_path_factory.mktemp("media")
    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=media), transaction.atomic():
        # wagtail-localize publishes translations once the transaction commits.
        with TestCase.captureOnCommitCallbacks(execute=True):
            call_command("load_demo_content", verbosity=0)
        yield
        transaction.set_rollback(True)


@pytest.fixture
def library(demo_content, db):
    return Locale.get_default()


def other_locales():
    return Locale.objects.exclude(pk=Locale.get_default().pk).filter(
        language_code__in=settings.CONTENT_LANGUAGE_CODES
    )


def test_the_directory_has_the_22_members_and_24_implementing_partners(library):
    organizations = Organization.objects.filter(locale=library).live()
    kinds = list(organizations.values_list("kind", flat=True))
    assert len(kinds) == 46
    assert (
        kinds.count(OrganizationKind.INTERNATIONAL_NGO) + kinds.count(OrganizationKind.LOCAL_NGO)
        == 22
    )
    assert kinds.count(OrganizationKind.IMPLEMENTING_PARTNER) == 24
    assert OrganizationKind.INTERNATIONAL_NGO in kinds and OrganizationKind.LOCAL_NGO in kinds


def test_every_organisation_has_focus_areas_governorates_a_logo_and_example_addresses(library):
    for organization in Organization.objects.filter(locale=library):
        assert organization.focus_areas.exists(), organization
        assert organization.governorates.exists(), organization
        assert organization.logo is not None
        assert (organization.logo.width, organization.logo.height) == (256, 256)
        assert organization.website.endswith(".example.org")
        assert organization.contact_email.endswith(".example.org")
        assert 2018 <= organization.member_since <= 2022


def test_the_library_has_85_resources_of_every_type(library):
    resources = Resource.objects.filter(locale=library).live()
    assert resources.count() == 85
    assert set(resources.values_list("resource_type", flat=True)) == set(ResourceType.values)


def test_the_taxonomy_has_every_topic_of_the_programme(library):
    slugs = set(Topic.objects.filter(locale=library).values_list("slug", flat=True))
    assert REQUIRED_TOPICS <= slugs
    assert len(slugs) == len(TOPICS)


def test_every_resource_has_a_file_or_a_link_and_is_filed_under_one_to_three_topics(library):
    external_ids = set()
    for resource in Resource.objects.filter(locale=library).prefetch_related("topics"):
        assert resource.document_id or resource.external_url, resource
        assert 1 <= len(resource.topics.all()) <= 3, resource
        assert resource.document_languages.exists(), resource
        assert resource.organization.locale == library
        assert 2018 <= resource.publication_year <= 2022
        assert re.fullmatch(r"cop-res-\d{3}", resource.external_id)
        external_ids.add(resource.external_id)
    assert len(external_ids) == 85


def test_most_resources_have_a_generated_pdf_and_some_only_a_link(library):
    resources = Resource.objects.filter(locale=library)
    with_file = resources.exclude(document=None)
    assert 60 <= with_file.count() < 85
    assert resources.filter(document=None).exclude(external_url="").exists()
    assert all(r.document.file.name.endswith(".pdf") for r in with_file.select_related("document"))
    assert resources.exclude(thumbnail=None).count() > 40
    assert resources.exclude(related_resources=None).exists()


def test_topics_are_translated_into_every_language_with_the_same_slug(library):
    source_slugs = set(Topic.objects.filter(locale=library).values_list("slug", flat=True))
    for locale in other_locales():
        translated = Topic.objects.filter(locale=locale)
        assert set(translated.values_list("slug", flat=True)) == source_slugs
        english = set(Topic.objects.filter(locale=library).values_list("name", flat=True))
        assert not english & set(translated.values_list("name", flat=True))


@pytest.mark.parametrize("model", [Organization, Resource])
def test_a_good_share_but_not_all_is_translated(library, model):
    total = model.objects.filter(locale=library).count()
    for code in ("ar", "ckb"):
        translated = model.objects.filter(locale__language_code=code).live().count()
        assert 0 < translated < total, code


def test_translations_are_stored_as_wagtail_localize_translations(library):
    arabic = Resource.objects.filter(locale__language_code="ar")
    keys = set(arabic.values_list("translation_key", flat=True))
    stored = set(
        Translation.objects.filter(
            target_locale__language_code="ar", source__object_id__in=keys, enabled=True
        ).values_list("source__object_id", flat=True)
    )
    assert keys and stored == keys


def names_and_titles(code):
    return list(
        Organization.objects.filter(locale__language_code=code).values_list("name", flat=True)
    ) + list(Resource.objects.filter(locale__language_code=code).values_list("title", flat=True))


def test_arabic_texts_are_in_arabic_script(library):
    for text in names_and_titles("ar"):
        assert ARABIC_LETTERS.search(text), text
        assert not re.search(r"[ەێۆڕڵیک]", text), text


def test_sorani_texts_are_in_sorani_orthography_not_copies_of_arabic(library):
    arabic = set(names_and_titles("ar"))
    for text in names_and_titles("ckb"):
        assert SORANI_LETTERS.search(text), text
        assert not ARABIC_ONLY_LETTERS.search(text), text
        assert text not in arabic


def test_translated_resources_keep_their_classification(library):
    for translated in Resource.objects.filter(locale__language_code="ckb"):
        source = translated.get_translation(library)
        assert translated.external_id == source.external_id
        assert translated.resource_type == source.resource_type
        assert translated.document_id == source.document_id


def test_running_it_again_adds_nothing(library, django_capture_on_commit_callbacks):
    def counts():
        return (
            Topic.objects.count(),
            Organization.objects.count(),
            Resource.objects.count(),
            Translation.objects.count(),
            get_document_model().objects.count(),
            get_image_model().objects.count(),
        )

    before = counts()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo_content", verbosity=0)
    assert counts() == before


def test_every_translated_demo_item_has_all_its_texts_in_that_language():
    """An item is translated into a language completely or not at all (publish_translation
    refuses a partial one), and the Sorani texts never use Arabic's kaf, yeh or ta marbuta."""
    items = [(spec["name"], spec["description"]) for spec in ORGANIZATIONS] + [
        tuple(text for text in (spec["title"], spec["summary"], spec["abstract"]) if text)
        for spec in RESOURCES
    ]
    for texts in items:
        languages = {frozenset(text.translations) for text in texts}
        assert len(languages) == 1, texts[0]
        for text in texts:
            assert not ARABIC_ONLY_LETTERS.search(text.translations.get("ckb", "")), text
