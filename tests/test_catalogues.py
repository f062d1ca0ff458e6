"""The project's own strings are translated into Arabic and Sorani."""

from pathlib import Path

import polib
import pytest
from django.utils import translation

from home.models import StandardPage

LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"


@pytest.mark.parametrize("language", ["ar", "ckb"])
def test_every_string_is_translated(language):
    catalogue = polib.pofile(str(LOCALE_DIR / language / "LC_MESSAGES" / "django.po"))
    assert len(catalogue) > 20
    assert catalogue.untranslated_entries() == []
    assert catalogue.fuzzy_entries() == []


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "standard page"), ("ar", "صفحة عادية"), ("ckb", "پەڕەی ئاسایی")],
)
def test_editors_see_page_types_in_their_language(language, expected):
    with translation.override(language):
        assert str(StandardPage._meta.verbose_name) == expected
