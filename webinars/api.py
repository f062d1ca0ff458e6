"""The webinars endpoint: /api/v2/webinars/."""

from cms.api.content import ContentAPIViewSet
from webinars.models import Webinar


class WebinarAPIViewSet(ContentAPIViewSet):
    """Live webinar recordings."""

    model = Webinar
    body_fields = [
        *ContentAPIViewSet.body_fields,
        "title",
        "series",
        "starts_at",
        "time_zone",
        "duration_minutes",
        "summary",
        "speaker_list",
        "recording",
        "video_url",
        "slides",
        "transcript",
        "related_resources",
    ]
    listing_default_fields = [
        *ContentAPIViewSet.listing_default_fields,
        "title",
        "series",
        "starts_at",
    ]
    detail_only_fields = ["transcript"]
    select_related = ("series", "recording", "slides")
    prefetch_related = ("speakers", "related_resources")
