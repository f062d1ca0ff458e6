"""Snippet listings whose cost does not grow with their length.

wagtail-localize gives each row of a snippet listing "Translate" and "Sync translated snippets"
buttons, and looks up each row's translations and translation source to decide: two queries a
row. ``LibrarySnippetViewSet`` fetches those facts with the listing's own query (annotations),
and ``translation_buttons`` answers from them, so a page of 50 rows costs what a page of 10 does.
"""

from django.db.models import Exists, OuterRef, Subquery
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.admin.widgets.button import Button as SnippetListingButton
from wagtail.models import Locale, TranslatableMixin
from wagtail.snippets.views.snippets import SnippetViewSet
from wagtail_localize.models import Translation, TranslationSource

HOOK = "register_snippet_listing_buttons"


def annotate_translation_state(queryset):
    """Add to each row: whether a locale lacks its translation, and its translation source."""
    model = queryset.model
    translated_locales = model._default_manager.filter(
        translation_key=OuterRef(OuterRef("translation_key"))
    ).values("locale_id")
    source = TranslationSource.objects.filter(
        object_id=OuterRef("translation_key"), locale_id=OuterRef("locale_id")
    ).values("pk")[:1]
    enabled = Translation.objects.filter(
        source__object_id=OuterRef("translation_key"),
        source__locale_id=OuterRef("locale_id"),
        enabled=True,
    )
    return queryset.annotate(
        _has_locale_to_translate_to=Exists(Locale.objects.exclude(id__in=translated_locales)),
        _translation_source_id=Subquery(source),
        _has_enabled_translations=Exists(enabled),
    )


class LibrarySnippetViewSet(SnippetViewSet):
    """A snippet viewset whose listing costs a constant number of queries.

    ``list_select_related`` names the relations that the listing's columns read.
    """

    list_select_related = ()

    def get_queryset(self, request):
        queryset = self.model._default_manager.select_related(*self.list_select_related)
        if issubclass(self.model, TranslatableMixin):
            queryset = annotate_translation_state(queryset.select_related("locale"))
        return queryset


def translation_buttons(original):
    """wagtail-localize's listing buttons, answered from the annotations when they are there."""

    def buttons(snippet, user, next_url=None):
        if not hasattr(snippet, "_has_locale_to_translate_to"):
            yield from original(snippet, user, next_url)
            return
        if not user.has_perm("wagtail_localize.submit_translation"):
            return
        model = type(snippet)
        if snippet._has_locale_to_translate_to:
            yield SnippetListingButton(
                _("Translate"),
                reverse(
                    "wagtail_localize:submit_snippet_translation",
                    args=[model._meta.app_label, model._meta.model_name, snippet.pk],
                ),
                attrs={"aria-label": _("Translate '%(title)s'") % {"title": str(snippet)}},
                icon_name="wagtail-localize-language",
                priority=100,
            )
        if snippet._translation_source_id and snippet._has_enabled_translations:
            url = reverse(
                "wagtail_localize:update_translations", args=[snippet._translation_source_id]
            )
            if next_url is not None:
                url += "?" + urlencode({"next": next_url})
            yield SnippetListingButton(
                _("Sync translated snippets"),
                url,
                attrs={
                    "aria-label": _("Sync translations of '%(title)s'") % {"title": str(snippet)}
                },
                icon_name="resubmit",
                priority=106,
            )

    return buttons


def use_annotated_translation_buttons():
    """Swap wagtail-localize's per-row listing hook for the annotated version.

    Its hooks module is imported first so that its registration has happened (and will not
    happen again when Wagtail searches for hooks).
    """
    import wagtail_localize.wagtail_hooks as localize_hooks

    original = localize_hooks.register_snippet_listing_buttons
    registered = hooks._hooks.get(HOOK, [])
    for index, (fn, order) in enumerate(registered):
        if fn is original:
            registered[index] = (translation_buttons(original), order)
