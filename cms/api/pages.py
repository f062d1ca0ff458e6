"""The pages endpoint: Wagtail's, with the same language features as the content endpoints."""

from rest_framework.response import Response
from wagtail.api.v2.filters import (
    AncestorOfFilter,
    ChildOfFilter,
    DescendantOfFilter,
    OrderingFilter,
    SearchFilter,
)
from wagtail.api.v2.serializers import PageSerializer
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.models import Page

from cms.api.auth import may_read_drafts
from cms.api.content import FieldValueFilter, LanguageAwareMixin
from cms.api.localization import apply_locale
from cms.api.representations import FallbackField, LocaleCodeField, TranslationsField


class CmsPageSerializer(PageSerializer):
    """Wagtail's page serializer with meta.translations and meta.fallback."""

    locale = LocaleCodeField()
    translations = TranslationsField()
    fallback = FallbackField()


class LanguageFilter:
    """locale, fallback and translation_of for pages: a 400, not a 404, for an unknown locale."""

    def filter_queryset(self, request, queryset, view):
        child_of = getattr(queryset, "_filtered_by_child_of", None)
        queryset = apply_locale(queryset, request.GET, view.visible_queryset())
        if child_of:
            queryset._filtered_by_child_of = child_of
        return queryset


class CmsPagesAPIViewSet(LanguageAwareMixin, PagesAPIViewSet):
    """Live, public pages in every language; drafts for a preview token."""

    base_serializer_class = CmsPageSerializer
    model = Page
    filter_backends = [
        FieldValueFilter,
        ChildOfFilter,
        AncestorOfFilter,
        DescendantOfFilter,
        OrderingFilter,
        LanguageFilter,
        SearchFilter,
    ]
    known_query_parameters = PagesAPIViewSet.known_query_parameters | {"fallback"}
    meta_fields = [*PagesAPIViewSet.meta_fields, "translations", "fallback"]
    listing_default_fields = [*PagesAPIViewSet.listing_default_fields, "translations", "fallback"]

    def visible_queryset(self):
        return self.get_base_queryset()

    def get_base_queryset(self):
        """Live, public pages of the site and its translations; every page for a preview
        token. Worked out once per request: Wagtail reads every view restriction (and the
        site's root translations) each time, and a listing asks several times."""
        if not hasattr(self, "_base_pages"):
            if may_read_drafts(self.request):
                self._base_pages = Page.objects.filter(depth__gt=1)
            else:
                self._base_pages = super().get_base_queryset()
        return self._base_pages.all()

    def listing_view(self, request):
        queryset = self.get_queryset()
        self.check_query_parameters(queryset)
        queryset = self.filter_queryset(queryset)
        return self.respond_with_listing(queryset)

    def detail_view(self, request, pk):
        instance = self.get_object()
        if may_read_drafts(request):
            instance = instance.get_latest_revision_as_object()
        self.prepare([instance])
        return Response(self.get_serializer(instance).data)
