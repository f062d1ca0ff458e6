"""Content languages: one list in settings, locales made by migrations, direction known."""

from django.test import override_settings
from wagtail.models import Locale

from cms.languages import content_languages, sync_content_locales


def test_migrations_create_a_locale_for_each_content_language(locales):
    assert set(locales) == {"en", "ar", "ckb"}


def test_english_is_the_default_locale(db):
    assert Locale.get_default().language_code == "en"


def test_arabic_and_sorani_are_right_to_left():
    directions = {lang["code"]: lang["direction"] for lang in content_languages()}
    assert directions == {"en": "ltr", "ar": "rtl", "ckb": "rtl"}


def test_languages_are_named_in_their_own_script():
    names = {lang["code"]: lang["name_local"] for lang in content_languages()}
    assert names["ar"] == "العربيّة"
    assert names["ckb"] == "کوردی"


@override_settings(CONTENT_LANGUAGE_CODES=["en", "ar", "ckb", "fr"])
def test_a_newly_configured_language_gets_its_locale_once(locales):
    assert sync_content_locales(Locale) == ["fr"]
    assert sync_content_locales(Locale) == []
    assert Locale.objects.filter(language_code="fr").count() == 1
