"""The events endpoint: /api/v2/events/."""

from django.db.models import Min, Q
from django.utils import timezone
from wagtail.api import APIField

from cms.api.content import ContentAPIViewSet
from cms.api.filters import BooleanFilter, choice_filter
from cms.api.representations import ApiRichTextField, RelatedItemsField
from events.models import Event


class EventAPIViewSet(ContentAPIViewSet):
    """Live events, past and upcoming, filterable by kind, mode and whether upcoming."""

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
        APIField("description", serializer=ApiRichTextField()),
        APIField("agenda", serializer=ApiRichTextField()),
        APIField("organizers", serializer=RelatedItemsField("organizers", many=True)),
        "registration_url",
        APIField("related_resources", serializer=RelatedItemsField("related_resources", many=True)),
    ]
    listing_default_fields = [
        *ContentAPIViewSet.listing_default_fields,
        "title",
        "kind",
        "mode",
        "starts_at",
        "ends_at",
        "is_upcoming",
        "city",
    ]
    filters = [
        choice_filter("kind", Event, "kind", description="Kind(s) of event."),
        choice_filter("mode", Event, "mode", description="in-person, online or hybrid."),
        BooleanFilter(
            "upcoming",
            "ends_at",
            "true: events that have not ended; false: past events.",
            true_lookup=lambda now: Q(ends_at__gte=now),
        ),
    ]
    prefetch_related = ("organizers", "related_resources")
    localized_relations = ("organizers", "related_resources")

    def content_valid_until(self):
        """Which events are upcoming (``is_upcoming``, ``?upcoming=``) changes when the next
        live event ends."""
        next_end = (
            self.visible_queryset()
            .filter(ends_at__gte=timezone.now())
            .aggregate(next_end=Min("ends_at"))["next_end"]
        )
        return next_end.timestamp() if next_end else None
