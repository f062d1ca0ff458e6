"""Shared machinery for content plugins' API endpoints (Wagtail API v2 viewsets)."""

from wagtail.api.v2.serializers import BaseSerializer, PageLocaleField
from wagtail.api.v2.views import BaseAPIViewSet


class ContentSerializer(BaseSerializer):
    """Wagtail's serializer, with the item's language in ``meta.locale`` as pages have it."""

    locale = PageLocaleField(read_only=True)


class ContentAPIViewSet(BaseAPIViewSet):
    """An endpoint for a plugin's content model: only live items, relations fetched in bulk.

    Subclasses set ``model`` and name the relations their fields read in ``select_related``
    and ``prefetch_related``, so a listing costs the same queries whatever its size.
    """

    base_serializer_class = ContentSerializer
    meta_fields = [*BaseAPIViewSet.meta_fields, "locale"]
    listing_default_fields = [*BaseAPIViewSet.listing_default_fields, "locale"]
    select_related = ()
    prefetch_related = ()

    def get_queryset(self):
        queryset = self.model.objects.all()
        if hasattr(self.model, "live"):
            queryset = queryset.filter(live=True)
        return (
            queryset.select_related("locale", *self.select_related)
            .prefetch_related(*self.prefetch_related)
            .order_by("id")
        )
