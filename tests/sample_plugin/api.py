from wagtail.api.v2.views import BaseAPIViewSet

from tests.sample_plugin.models import FieldNote


class FieldNoteAPIViewSet(BaseAPIViewSet):
    """Field notes at /api/v2/field-notes/."""

    model = FieldNote
    body_fields = [*BaseAPIViewSet.body_fields, "title", "body"]
    listing_default_fields = [*BaseAPIViewSet.listing_default_fields, "title"]
