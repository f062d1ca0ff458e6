"""The resources endpoint: /api/v2/resources/."""

from cms.api.content import ContentAPIViewSet
from resources.models import Resource


class ResourceAPIViewSet(ContentAPIViewSet):
    """Live resources of the library."""

    model = Resource
    body_fields = [
        *ContentAPIViewSet.body_fields,
        "title",
        "summary",
        "abstract",
        "resource_type",
        "topics",
        "document_languages",
        "organization",
        "publication_year",
        "document",
        "external_url",
        "thumbnail",
        "related_resources",
    ]
    listing_default_fields = [
        *ContentAPIViewSet.listing_default_fields,
        "title",
        "summary",
        "resource_type",
        "publication_year",
    ]
    select_related = ("organization", "document", "thumbnail")
    prefetch_related = ("topics", "document_languages", "related_resources")
