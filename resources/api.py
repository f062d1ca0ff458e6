"""The resources endpoint: /api/v2/resources/."""

from wagtail.api import APIField

from cms.api.content import ContentAPIViewSet
from cms.api.filters import IntegerFilter, SlugFilter, choice_filter
from cms.api.representations import (
    ApiRichTextField,
    DocumentField,
    ImageField,
    LanguageCodesField,
    RelatedItemsField,
)
from resources.models import FIRST_YEAR, Resource


class ResourceAPIViewSet(ContentAPIViewSet):
    """Live resources of the library, filterable by topic, type, language, organisation and
    year."""

    model = Resource
    body_fields = [
        *ContentAPIViewSet.body_fields,
        "title",
        "summary",
        APIField("abstract", serializer=ApiRichTextField()),
        "resource_type",
        APIField("topics", serializer=RelatedItemsField("topics", many=True)),
        APIField("document_languages", serializer=LanguageCodesField("document_languages")),
        APIField("organization", serializer=RelatedItemsField("organization")),
        "publication_year",
        APIField("document", serializer=DocumentField()),
        "external_url",
        APIField("thumbnail", serializer=ImageField()),
        APIField("related_resources", serializer=RelatedItemsField("related_resources", many=True)),
    ]
    listing_default_fields = [
        *ContentAPIViewSet.listing_default_fields,
        "title",
        "summary",
        "resource_type",
        "topics",
        "publication_year",
        "thumbnail",
    ]
    filters = [
        SlugFilter("topic", "topics__slug", "Topic slug(s), e.g. human-rights,elections."),
        choice_filter("type", Resource, "resource_type", description="Resource type(s)."),
        SlugFilter(
            "language",
            "document_languages__language_code",
            "Language(s) the document is written in, e.g. ar.",
        ),
        IntegerFilter("organization", "organization_id", "Organisation id(s).", minimum=1),
        IntegerFilter(
            "year", "publication_year", "Publication year(s).", minimum=FIRST_YEAR, maximum=2100
        ),
    ]
    select_related = ("organization", "document")
    prefetch_related = ("topics", "document_languages", "related_resources")
    image_relations = ("thumbnail",)
    localized_relations = ("topics", "organization", "related_resources")
