"""The content languages as the rest of the project sees them.

The list itself lives once, in ``settings.CONTENT_LANGUAGE_CODES``; everything else (locales in
the database, names in their own language, text direction) is derived from it here.
"""

from django.conf import settings
from django.conf.locale import LANG_INFO


def content_languages():
    """Each content language as a dict: code, name, name_local, direction, is_default."""
    default = settings.LANGUAGE_CODE
    return [
        {
            "code": code,
            "name": LANG_INFO[code]["name"],
            "name_local": LANG_INFO[code]["name_local"],
            "direction": "rtl" if LANG_INFO[code]["bidi"] else "ltr",
            "is_default": code == default,
        }
        for code in settings.CONTENT_LANGUAGE_CODES
    ]


def sync_content_locales(locale_model):
    """Create a Wagtail Locale for every configured content language that lacks one.

    Takes the model as an argument so that data migrations can pass their historical model.
    Returns the codes it created.
    """
    existing = set(locale_model.objects.values_list("language_code", flat=True))
    missing = [code for code in settings.CONTENT_LANGUAGE_CODES if code not in existing]
    locale_model.objects.bulk_create([locale_model(language_code=code) for code in missing])
    return missing


def sync_content_locales_after_migrate(**kwargs):
    """After ``migrate``, add locales for languages configured since the data migration ran."""
    from wagtail.models import Locale

    sync_content_locales(Locale)
