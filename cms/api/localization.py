"""Languages in the content API: locale, translation_of and fallback, for any translatable
model, and the lookups that show each item's translations and related items in its language.
"""

from django.db.models import BooleanField, Case, Q, Value, When
from wagtail.api.v2.utils import BadRequestError
from wagtail.models import Locale

from cms.api.representations import compact_fields


def get_locale(code, parameter):
    """The Locale for ``code``; a 400 naming ``parameter`` when there is none."""
    locale = Locale.objects.filter(language_code=code).first() if code else None
    if locale is None:
        known = ", ".join(
            Locale.objects.order_by("language_code").values_list("language_code", flat=True)
        )
        raise BadRequestError(f"{parameter}: unknown locale '{code[:20]}' (one of: {known})")
    return locale


def parse_id(raw, parameter):
    try:
        value = int(raw)
        if value < 1:
            raise ValueError
    except ValueError:
        raise BadRequestError(f"{parameter} must be a positive integer") from None
    return value


def apply_locale(queryset, params, visible):
    """Filter ``queryset`` by ``locale``, ``fallback`` and ``translation_of``.

    ``visible`` is the queryset of everything the reader may see (live items for anonymous
    readers), used to decide which translations exist. With ``locale=ckb&fallback=en`` the
    result holds each item in Sorani where a visible Sorani translation exists and otherwise
    in English, annotated ``_is_fallback``; filters, counts and ordering then apply to that set.
    """
    if "fallback" in params and "locale" not in params:
        raise BadRequestError("fallback: give locale as well (locale=ckb&fallback=en)")
    if "translation_of" in params:
        pk = parse_id(params["translation_of"], "translation_of")
        source = visible.filter(pk=pk).values_list("translation_key", flat=True).first()
        if source is None:
            raise BadRequestError("translation_of: no such item")
        queryset = queryset.filter(translation_key=source).exclude(pk=pk)
    if "locale" not in params:
        return queryset
    locale = get_locale(params["locale"], "locale")
    if "fallback" not in params:
        return queryset.filter(locale=locale)
    fallback = get_locale(params["fallback"], "fallback")
    if fallback == locale:
        return queryset.filter(locale=locale)
    translated = visible.filter(locale=locale).values("translation_key")
    return queryset.filter(
        Q(locale=locale) | (Q(locale=fallback) & ~Q(translation_key__in=translated))
    ).annotate(
        _is_fallback=Case(
            When(locale=locale, then=Value(False)), default=Value(True), output_field=BooleanField()
        )
    )


class TranslationIndex:
    """The visible translations of a page of items, fetched in one query.

    ``translations(item)`` lists the other visible versions of ``item`` as
    ``{"locale": code, "id": pk}``.
    """

    def __init__(self, visible, items):
        keys = {item.translation_key for item in items}
        self.by_key = {}
        if keys:
            rows = visible.filter(translation_key__in=keys).values_list(
                "translation_key", "locale__language_code", "pk"
            )
            for key, code, pk in rows.order_by():
                self.by_key.setdefault(key, []).append({"locale": code, "id": pk})

    def translations(self, item):
        return sorted(
            (row for row in self.by_key.get(item.translation_key, []) if row["id"] != item.pk),
            key=lambda row: row["locale"],
        )


class RelatedLocalizer:
    """Shows related translatable items (topics, organisations) in the language of the item
    that refers to them, when a live translation exists: one query per related model."""

    def __init__(self):
        self.translations = {}

    def prepare(self, model, related_items, locale_ids):
        keys = {item.translation_key for item in related_items}
        if not keys or not locale_ids:
            return
        queryset = model._default_manager.filter(
            translation_key__in=keys, locale_id__in=locale_ids
        ).only(*compact_fields(model))
        if hasattr(model, "live"):
            queryset = queryset.filter(live=True)
        for item in queryset:
            self.translations[(model, item.translation_key, item.locale_id)] = item

    def localize(self, item, locale_id):
        if item is None or getattr(item, "locale_id", locale_id) == locale_id:
            return item
        return self.translations.get((type(item), item.translation_key, locale_id), item)
