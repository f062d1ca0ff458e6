"""The member directory endpoint: /api/v2/organizations/."""

from wagtail.api import APIField

from cms.api.content import ContentAPIViewSet
from cms.api.filters import SlugFilter, choice_filter
from cms.api.representations import ApiRichTextField, ImageField, RelatedItemsField
from organizations.models import Organization, OrganizationGovernorate


class OrganizationAPIViewSet(ContentAPIViewSet):
    """Live member organisations. The contact email is staff-only and is not a field here."""

    model = Organization
    body_fields = [
        *ContentAPIViewSet.body_fields,
        "name",
        "kind",
        APIField("description", serializer=ApiRichTextField()),
        APIField("focus_areas", serializer=RelatedItemsField("focus_areas", many=True)),
        "governorate_codes",
        "website",
        APIField("logo", serializer=ImageField()),
        "member_since",
    ]
    listing_default_fields = [
        *ContentAPIViewSet.listing_default_fields,
        "name",
        "kind",
        "focus_areas",
        "governorate_codes",
        "logo",
    ]
    filters = [
        choice_filter("kind", Organization, "kind", description="Kind(s) of organisation."),
        SlugFilter("focus_area", "focus_areas__slug", "Topic slug(s) of focus areas."),
        choice_filter(
            "governorate",
            OrganizationGovernorate,
            "governorate",
            path="governorates__governorate",
            description="Governorate code(s) where the organisation works.",
        ),
    ]
    prefetch_related = ("focus_areas", "governorates")
    relations_read_by = {"governorate_codes": ("governorates",)}
    image_relations = ("logo",)
    localized_relations = ("focus_areas",)
