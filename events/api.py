"""The events endpoint: /api/v2/events/."""

from cms.api.content import ContentAPIViewSet
from events.models import Event


class EventAPIViewSet(ContentAPIViewSet):
    """Live events, past and upcoming."""

    model = Event
    body_fields = [
        *ContentAPIViewSet.body_fields,
        "title",
        "kind",
        "mode",
        "starts_at",
        "ends_at",
        "is_upcoming",
        "city",
        "governorate",
        "online_url",
        "description",
        "agenda",
        "organizers",
        "registration_url",
        "related_resources",
    ]
    listing_default_fields = [
        *ContentAPIViewSet.listing_default_fields,
        "title",
        "kind",
        "mode",
        "starts_at",
        "is_upcoming",
    ]
    prefetch_related = ("organizers", "related_resources")
