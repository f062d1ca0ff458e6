"""The webinars endpoint: /api/v2/webinars/."""

from wagtail.api import APIField

from cms.api.content import ContentAPIViewSet
from cms.api.filters import IntegerFilter, SlugFilter, TextFilter
from cms.api.representations import (
    ApiRichTextField,
    DocumentField,
    EmbedField,
    MediaField,
    RelatedItemsField,
)
from webinars.models import Webinar


class WebinarAPIViewSet(ContentAPIViewSet):
    """Live webinar recordings, filterable by series, year and speaker."""

    model = Webinar
    body_fields = [
        *ContentAPIViewSet.body_fields,
        "title",
        APIField("series", serializer=RelatedItemsField("series")),
        "starts_at",
        "time_zone",
        "duration_minutes",
        APIField("summary", serializer=ApiRichTextField()),
        "speaker_list",
        APIField("recording", serializer=MediaField()),
        APIField("video", serializer=EmbedField("video_url")),
        APIField("slides", serializer=DocumentField()),
        "transcript",
        APIField("related_resources", serializer=RelatedItemsField("related_resources", many=True)),
    ]
    listing_default_fields = [
        *ContentAPIViewSet.listing_default_fields,
        "title",
        "series",
        "starts_at",
        "duration_minutes",
        "speaker_list",
    ]
    detail_only_fields = ["transcript"]
    filters = [
        SlugFilter("series", "series__slug", "Series slug(s), e.g. what-works."),
        IntegerFilter(
            "year", "starts_at__year", "Year(s) the webinar took place.", minimum=1990, maximum=2100
        ),
        TextFilter("speaker", "speakers__name", "Part of a speaker's name."),
    ]
    select_related = ("series", "recording", "slides")
    prefetch_related = ("speakers", "related_resources")
    relations_read_by = {"speaker_list": ("speakers",), "video": ("video_url",)}
    localized_relations = ("series", "related_resources")
    embed_fields = ("video_url",)
